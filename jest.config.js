// ESM + TypeScript through swc: fast on two cores; type checking is `npm run typecheck`.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    // The sandbox prelude is imported as text, never run as a module (see prelude.ts).
    '/sandbox-prelude\\.js$': '<rootDir>/scripts/jest-text-transform.mjs',
    // The sandbox worker's bundled text, as dist/ has it (see sandbox-worker-bundle.mjs).
    '/sandbox-worker-bundle\\.js$': '<rootDir>/scripts/sandbox-worker-bundle.mjs',
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  maxWorkers: 2,
  testTimeout: 60000,
};
