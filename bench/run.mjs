// `npm run bench`: bundles each bench/*.bench.ts with esbuild and runs it in turn.
// A bench prints its own medians and ratio; `npm run bench -- bind` runs the ones matching (only
// the one of that exact name, if there is one), and any further arguments go to each bench run
// (`npm run bench -- noise DIR…`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { sandboxWorkerPlugin } from '../scripts/sandbox-worker-bundle.mjs';
import { wasmPlugin } from '../scripts/wasm-bundle.mjs';

const filter = process.argv[2] ?? '';
const all = readdirSync('bench').filter((f) => f.endsWith('.bench.ts'));
// A bench named exactly (`git`) runs alone; otherwise every bench whose name holds the filter.
const benches = all.includes(`${filter}.bench.ts`)
  ? [`${filter}.bench.ts`]
  : all.filter((f) => f.includes(filter));
const out = mkdtempSync(join(tmpdir(), 'zoneguard-bench-'));
try {
  for (const file of benches.sort()) {
    const outfile = join(out, file.replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [join('bench', file)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      banner: {
        js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);",
      },
      logLevel: 'warning',
      plugins: [sandboxWorkerPlugin, wasmPlugin],
    });
    console.log(`\n== ${file}`);
    execFileSync(process.execPath, [outfile, ...process.argv.slice(3)], {
      stdio: 'inherit',
      cwd: process.cwd(),
    });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
