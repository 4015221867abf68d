// `npm run demo [-- --output json]`: the main job on the bundled example. Builds a small git
// repository from examples/bind/ (a base commit and a head commit) and reviews the change
// with the built CLI, exactly as `zoneguard check` would in a real DNS repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const example = resolve(process.env.ZONEGUARD_EXAMPLE ?? 'examples/bind');
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
  rmSync(join(repo, 'zones'), { recursive: true, force: true });
  cpSync(join(example, 'head'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'head: the pull request');
  const head = git('rev-parse', 'HEAD');
  const args = [
    'check',
    '--repo',
    repo,
    '--base',
    base,
    '--head',
    head,
    '--no-live',
    ...process.argv.slice(2),
  ];
  console.error(`$ zoneguard ${args.join(' ').replace(repo, '<demo-repo>')}\n`);
  const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  const meaning =
    { 0: 'pass or warn', 1: 'block: a CI check would fail here', 2: 'error' }[run.status] ??
    'unexpected';
  console.error(`\nzoneguard exited ${run.status} (${meaning}).`);
  process.exitCode = run.status === 2 ? 2 : 0;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
