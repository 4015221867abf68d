// The DNSControl sandbox worker (src/formats/dnscontrol/sandbox-worker.ts) bundled into one ES
// module's text, which src/formats/dnscontrol/sandbox.ts starts as a worker thread from a data:
// URL. It stands in for the placeholder sandbox-worker-bundle.js in every build:
// - `sandboxWorkerPlugin`: esbuild (scripts/build.mjs, bench/run.mjs, the conformance run);
// - the default export: a Jest transform, so the tests start the same worker as dist/ does.
// A data: module has no file of its own: `import.meta.url` (which the QuickJS glue reads to make a
// `require` for Node's built-in modules) is given a fixed file URL.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'src/formats/dnscontrol/sandbox-worker.ts';
const PLACEHOLDER = /[\\/]sandbox-worker-bundle\.js$/;

/** The worker as one ES module's text (deterministic, so dist/ compares equal across builds). */
export function bundleSandboxWorker() {
  const out = buildSync({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    preserveSymlinks: true, // node_modules/… as written, from every checkout (see build.mjs)
    define: { 'import.meta.url': JSON.stringify('file:///zoneguard-dnscontrol-sandbox.js') },
  });
  return out.outputFiles[0].text;
}

const asModule = (text) => `export default ${JSON.stringify(text)};\n`;

export const sandboxWorkerPlugin = {
  name: 'zoneguard-sandbox-worker',
  setup(build) {
    build.onLoad({ filter: PLACEHOLDER }, () => ({
      contents: asModule(bundleSandboxWorker()),
      loader: 'js',
    }));
  },
};

// Jest: one bundle per test process; the cache key is the bundle itself, so a change anywhere in
// the worker's sources is a new key.
let bundled;
const current = () => {
  bundled ??= bundleSandboxWorker();
  return bundled;
};
export default {
  getCacheKey: () => createHash('sha256').update(current()).digest('hex'),
  process: () => ({ code: asModule(current()) }),
};
