// Bundles the entry points into dist/ (committed: the Action runs dist/index.js as is).
// `node scripts/build.mjs --out DIR` builds elsewhere, for the stale-bundle check.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { sandboxWorkerPlugin } from './sandbox-worker-bundle.mjs';

const outIndex = process.argv.indexOf('--out');
const outdir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
await mkdir(outdir, { recursive: true });

// Some dependencies are CommonJS and call require(); give the ESM bundle one.
const banner = [
  "import { createRequire as __zgCreateRequire } from 'node:module';",
  'const require = __zgCreateRequire(import.meta.url);',
].join('\n');

const entries = [
  { src: 'src/cli.ts', out: 'cli.js' },
  { src: 'src/action.ts', out: 'index.js' },
].filter((e) => existsSync(e.src));

// Imports `with { type: 'text' }` (the sandbox prelude) are inlined as strings by esbuild itself;
// the DNSControl sandbox worker is bundled on its own and inlined as text by the plugin.
for (const entry of entries) {
  await build({
    entryPoints: [entry.src],
    outfile: join(outdir, entry.out),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: banner }, // esbuild keeps src/cli.ts's own shebang on top
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [sandboxWorkerPlugin],
  });
}
