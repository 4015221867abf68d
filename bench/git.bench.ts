/**
 * Git in bulk: a DNSControl repository shaped like gnome-infra/dns (dnsconfig.js, creds.json,
 * `require_glob('./domains/')`) with 2,084 domain files, all touched by one commit (issue 15: a
 * real one took 2,116 git processes and 68 s).
 * 1. The sources alone: both sides listed, every touched file read on both sides, the changed
 *    files and the history, through one GitRepository; against one `git cat-file blob` process
 *    per file (what the reading cost before: the floor of the old way, without its other calls).
 * 2. The whole `zoneguard check --no-live` (built from src/ into a temp folder), with the git
 *    processes it starts counted by a git wrapper on PATH. Goal: a constant number (≤ 4).
 * `npm run bench -- git [FILES] [RUNS]`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openRepository } from '../src/sources/git.js';

const FILES = Number(process.argv[2] ?? 2084);
const RUNS = Number(process.argv[3] ?? 3);

const dir = mkdtempSync(join(tmpdir(), 'zg-git-bench-'));
const repo = join(dir, 'repo');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const git = (args: string[]) =>
  execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@example.invalid',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@example.invalid',
    },
  });

function domain(i: number, spf: string): string {
  const name = `d${String(i).padStart(4, '0')}.example`;
  const host = (i % 250) + 1;
  return `D("${name}", REG_NONE, DnsProvider(DNS_BIND),
  A("@", "192.0.2.${host}"),
  A("www", "192.0.2.${host}"),
  MX("@", 10, "mail.${name}."),
  A("mail", "198.51.100.${host}"),
  TXT("@", "v=spf1 mx ${spf}all")
);
`;
}

function makeRepository(): string[] {
  mkdirSync(join(repo, 'domains'), { recursive: true });
  git(['init', '-q', '-b', 'main']);
  writeFileSync(
    join(repo, 'dnsconfig.js'),
    `var REG_NONE = NewRegistrar("none");\nvar DNS_BIND = NewDnsProvider("bind");\nrequire_glob('./domains/');\n`,
  );
  writeFileSync(
    join(repo, 'creds.json'),
    '{ "none": { "TYPE": "NONE" }, "bind": { "TYPE": "BIND" } }\n',
  );
  const paths: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const path = `domains/d${String(i).padStart(4, '0')}.example.js`;
    writeFileSync(join(repo, path), domain(i, '-'));
    paths.push(path);
  }
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'base']);
  for (let i = 0; i < FILES; i++) writeFileSync(join(repo, paths[i]!), domain(i, '~'));
  git(['commit', '-q', '-a', '-m', `touch ${FILES} files`]);
  return paths;
}

/** Both sides as a review reads them, through one repository (one cat-file process). */
async function readThroughRepository(paths: readonly string[]): Promise<number> {
  const t = performance.now();
  const repository = openRepository(repo);
  try {
    const [head, base] = await Promise.all([
      repository.openTree('HEAD'),
      repository.openTree('HEAD~1'),
    ]);
    await Promise.all([head.listFiles(), base.listFiles()]);
    const changed = await repository.changedFiles('HEAD~1', 'HEAD');
    if (changed.length !== paths.length) throw new Error(`${changed.length} changed files`);
    for (const p of changed) {
      await head.readText(p);
      await base.readText(p);
    }
    await repository.history().log('HEAD~1', ['dnsconfig.js', 'domains'], 50);
  } finally {
    repository.close();
  }
  return performance.now() - t;
}

/** The old floor: one `git cat-file blob` process per file and side. */
function readOneProcessPerFile(paths: readonly string[]): number {
  const t = performance.now();
  for (const p of paths)
    for (const ref of ['HEAD', 'HEAD~1'])
      execFileSync('git', ['-C', repo, 'cat-file', 'blob', `${ref}:${p}`]);
  return performance.now() - t;
}

/** `zoneguard check` through a git wrapper that counts: wall time and git processes. */
function check(cli: string, bin: string): { ms: number; processes: number; calls: string } {
  const log = join(dir, 'calls.log');
  writeFileSync(log, '');
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [cli, 'check', '--no-live', '--output', 'json', '--head', 'HEAD', '--base', 'HEAD~1'],
    {
      cwd: repo,
      env: { ...process.env, PATH: `${bin}:${process.env['PATH']}`, ZG_GIT_LOG: log },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`check: exit ${r.status}\n${r.stderr}`);
  const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const counts = new Map<string, number>();
  for (const c of calls) {
    const sub = c.split(' ')[2] ?? '?';
    counts.set(sub, (counts.get(sub) ?? 0) + 1);
  }
  return {
    ms,
    processes: calls.length,
    calls: [...counts].map(([sub, n]) => `${n} ${sub}`).join(', '),
  };
}

try {
  const paths = makeRepository();
  console.log(`${FILES} domain files touched by one commit, ${RUNS} runs, medians`);

  const batch: number[] = [];
  const perFile: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    batch.push(await readThroughRepository(paths));
    perFile.push(readOneProcessPerFile(paths));
  }
  const b = median(batch);
  const p = median(perFile);
  console.log(`sources, one repository (list, diff, read both sides, log)  ${b.toFixed(0)} ms`);
  console.log(`one git cat-file process per file and side (the old floor)  ${p.toFixed(0)} ms`);
  console.log(`ratio ${(b / p).toFixed(3)}× (${(p / b).toFixed(0)} times faster)`);

  const dist = join(dir, 'dist');
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', dist], { stdio: 'inherit' });
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(bin, 'git'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> "$ZG_GIT_LOG"\nexec ${JSON.stringify(realGit)} "$@"\n`,
  );
  chmodSync(join(bin, 'git'), 0o755);
  const checks = Array.from({ length: RUNS }, () => check(join(dist, 'cli.js'), bin));
  const last = checks.at(-1)!;
  console.log(
    `zoneguard check --no-live: ${median(checks.map((c) => c.ms)).toFixed(0)} ms, ${last.processes} git processes (${last.calls}; goal ≤ 4, whatever the number of files)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
