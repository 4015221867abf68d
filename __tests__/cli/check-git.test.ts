/**
 * How `zoneguard check` uses git, counted by a real git wrapper on PATH: each ref resolved once,
 * objects through one `git cat-file --batch`, history through one `git log`, however many files
 * the change touches; and a folder outside any repository refused before anything is read.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

let bin: string;
let log: string;
const saved = { path: process.env['PATH'], log: process.env['ZG_GIT_LOG'] };

beforeAll(() => {
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  bin = mkdtempSync(join(tmpdir(), 'zg-git-wrapper-'));
  log = join(bin, 'calls.log');
  writeFileSync(
    join(bin, 'git'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> "$ZG_GIT_LOG"\nexec ${JSON.stringify(realGit)} "$@"\n`,
  );
  chmodSync(join(bin, 'git'), 0o755);
});
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** The git sub-commands `check` ran (after `-C DIR`), in order. */
async function gitCalls(args: string[]) {
  writeFileSync(log, '');
  process.env['PATH'] = `${bin}:${saved.path}`;
  process.env['ZG_GIT_LOG'] = log;
  try {
    const run = await runCli(['check', ...args]);
    const calls = readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ')[2]);
    return { run, calls };
  } finally {
    process.env['PATH'] = saved.path;
    if (saved.log === undefined) delete process.env['ZG_GIT_LOG'];
    else process.env['ZG_GIT_LOG'] = saved.log;
  }
}

function zone(serial: number, wwwTtl: number, address: string): string {
  return `$ORIGIN example.com.
$TTL 3600
@    IN SOA ns1.example.net. hostmaster.example.com. ${serial} 7200 900 1209600 300
     IN NS  ns1.example.net.
     IN NS  ns2.example.org.
www  ${wwwTtl} IN A ${address}
mail IN A   192.0.2.20
@    IN MX  10 mail
api  IN CNAME www
txt  IN TXT "hello"
`;
}

describe('git processes of one review', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo();
    const hour = 3600_000;
    // The TTL was lowered an hour before the change: the TTL rule reads the history.
    repo.commit(
      { 'zones/example.com.zone': zone(1, 86400, '192.0.2.10') },
      'one',
      new Date(Date.now() - 2 * hour),
    );
    repo.commit(
      { 'zones/example.com.zone': zone(2, 300, '192.0.2.10') },
      'two',
      new Date(Date.now() - hour),
    );
    repo.commit({ 'zones/example.com.zone': zone(3, 300, '192.0.2.11') }, 'three');
  });
  afterAll(() => repo.remove());

  it('are three for a small change whose TTL history is read', async () => {
    const { run, calls } = await gitCalls([
      '--repo',
      repo.dir,
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--no-live',
      '--output',
      'json',
    ]);
    expect(run.code).toBeLessThan(2);
    expect(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule)).toContain(
      'ttl-not-lowered',
    );
    expect(calls).toEqual(['rev-parse', 'cat-file', 'log']);
  });

  it('stay three when the change touches hundreds of files', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 300; i++) many[`site/page-${i}.html`] = `<p>${i}</p>\n`;
    const before = repo.commit(many, 'pages');
    for (let i = 0; i < 300; i++) many[`site/page-${i}.html`] = `<p>${i + 1}</p>\n`;
    const after = repo.commit(
      { ...many, 'zones/example.com.zone': zone(4, 300, '192.0.2.12') },
      'pages and zone',
    );
    const { run, calls } = await gitCalls([
      '--repo',
      repo.dir,
      '--base',
      before,
      '--head',
      after,
      '--no-live',
      '--output',
      'json',
    ]);
    expect(run.code).toBeLessThan(2);
    expect(calls).toEqual(['rev-parse', 'cat-file', 'log']);
  });
});

describe('a folder outside any git repository', () => {
  it('is refused at once, with a message that says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zg-not-git-'));
    try {
      writeFileSync(join(dir, 'example.com.zone'), zone(1, 300, '192.0.2.1'));
      const { run, calls } = await gitCalls(['--repo', dir, '--no-live']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${dir} is not inside a git repository`);
      expect(run.stdout).toBe('');
      expect(calls).toEqual(['rev-parse']); // nothing listed, nothing read
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
