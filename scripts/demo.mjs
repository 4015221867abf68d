// `npm run demo [-- EXAMPLE] [-- --output json]`: the main job on a bundled example
// (examples/bind/ by default; `npm run demo -- terraform` for examples/terraform/). Builds a
// small git repository from the example's base/ and head/ (a base commit and a head commit) and
// reviews the change with the built CLI, exactly as `zoneguard check` would in a real DNS
// repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const named = args[0] && !args[0].startsWith('-') ? args.shift() : undefined;
const example = resolve(process.env.ZONEGUARD_EXAMPLE ?? `examples/${named ?? 'bind'}`);
if (!existsSync(join(example, 'base')) || !existsSync(join(example, 'head'))) {
  console.error(`${example} has no base/ and head/ to review.`);
  process.exit(2);
}
const cli = resolve('dist/cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}
const repo = mkdtempSync(join(tmpdir(), 'zoneguard-demo-'));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Demo',
  GIT_AUTHOR_EMAIL: 'demo@example.invalid',
  GIT_COMMITTER_NAME: 'Demo',
  GIT_COMMITTER_EMAIL: 'demo@example.invalid',
};
const git = (...args) =>
  execFileSync('git', ['-C', repo, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] })
    .toString()
    .trim();
try {
  git('init', '-q', '-b', 'main');
  cpSync(join(example, 'base'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'base: the zones as they are on main');
  const base = git('rev-parse', 'HEAD');
  // head/ replaces base/: what head/ does not have is deleted by the pull request.
  for (const entry of readdirSync(repo))
    if (entry !== '.git') rmSync(join(repo, entry), { recursive: true, force: true });
  cpSync(join(example, 'head'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'head: the pull request');
  const head = git('rev-parse', 'HEAD');
  const check = ['check', '--repo', repo, '--base', base, '--head', head, '--no-live', ...args];
  console.error(`$ zoneguard ${check.join(' ').replace(repo, '<demo-repo>')}\n`);
  const run = spawnSync(process.execPath, [cli, ...check], { stdio: 'inherit' });
  const meaning =
    { 0: 'pass or warn', 1: 'block: a CI check would fail here', 2: 'error' }[run.status] ??
    'unexpected';
  console.error(`\nzoneguard exited ${run.status} (${meaning}).`);
  process.exitCode = run.status === 2 ? 2 : 0;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
