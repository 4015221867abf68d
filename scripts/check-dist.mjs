// Fails when dist/ differs from a fresh build of src/: the Action would run stale code. Every
// file counts, the chunks in dist/chunks/ too: one missing, extra or different is stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Paths of the files under `dir`, relative to it. */
const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1));

const fresh = mkdtempSync(join(tmpdir(), 'zoneguard-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', fresh], { stdio: 'inherit' });
  const names = new Set([...filesUnder(fresh), ...filesUnder('dist')]);
  const stale = [...names].sort().filter((name) => {
    try {
      return !readFileSync(join(fresh, name)).equals(readFileSync(join('dist', name)));
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`dist/ is stale (${stale.join(', ')}): run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ matches a fresh build.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
