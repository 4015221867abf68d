// Bundles the entry points into dist/ (committed: the Action runs dist/index.js as is).
// `node scripts/build.mjs --out DIR` builds elsewhere, for the stale-bundle check.
//
// dist/cli.js and dist/index.js hold what every run needs; what only some runs need is in
// dist/chunks/, loaded by dynamic import() when a run gets there: each CLI command, the live-DNS
// phase, the DNSControl sandbox worker's text and its QuickJS engine's WebAssembly, the HCL
// parser's WebAssembly (scripts/wasm-bundle.mjs). A start-up compiles only
// its own path (`npm run bench -- startup`). Chunk names carry a hash of their content, so a
// stale chunk can never be loaded by a fresh entry; the folder is emptied before each build.
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { sandboxWorkerPlugin } from './sandbox-worker-bundle.mjs';
import { wasmPlugin } from './wasm-bundle.mjs';

const outIndex = process.argv.indexOf('--out');
const outdir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
await mkdir(outdir, { recursive: true });
await rm(join(outdir, 'chunks'), { recursive: true, force: true });

// Some dependencies are CommonJS and call require(); give every ES module of the bundle one.
const banner = [
  "import { createRequire as __zgCreateRequire } from 'node:module';",
  'const require = __zgCreateRequire(import.meta.url);',
].join('\n');

// output name (without .js) → source
const entryPoints = Object.fromEntries(
  [
    ['cli', 'src/cli.ts'],
    ['index', 'src/action.ts'],
  ].filter(([, src]) => existsSync(src)),
);

// Imports `with { type: 'text' }` (the sandbox prelude) are inlined as strings by esbuild itself;
// the DNSControl sandbox worker is bundled on its own and inlined as text by the plugin.
await build({
  entryPoints,
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner }, // esbuild keeps src/cli.ts's own shebang on top
  legalComments: 'none',
  logLevel: 'warning',
  // Paths as written (node_modules/…), not where a linked node_modules really lives: the same
  // bundle from every checkout.
  preserveSymlinks: true,
  plugins: [sandboxWorkerPlugin, wasmPlugin],
});
