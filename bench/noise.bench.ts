/**
 * `npm run bench -- noise [DIR…] [--commits N]`: replays the last N commits (default 30) of each
 * git repository given, as a pull request each (base = the commit's first parent, head = the
 * commit, no live DNS), and prints the verdict per commit with the rules that blocked or warned.
 * Without a DIR it replays a repository built from the bundled examples. This is how often a
 * real team would see red or amber: a routine change must pass.
 *
 * Commits that do not touch the DNS configuration are skipped (the review would say nothing);
 * a side that does not load is counted as `error` with its first message. `--findings` prints,
 * under each row, the introduced findings of medium or above with their messages, to read by hand.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { runReview } from '../src/review/review.js';

interface Row {
  readonly repo: string;
  readonly commit: string;
  readonly subject: string;
  readonly verdict: string;
  readonly changes: number;
  readonly blocking: readonly string[];
  /** Introduced findings of medium or above that do not block. */
  readonly warning: readonly string[];
  /** Findings base or live already had, medium or above. */
  readonly existing: readonly string[];
  /** With `--findings`: each introduced finding of medium or above, as `severity rule: message`. */
  readonly details: readonly string[];
}

const args = process.argv.slice(2);
const commitsAt = args.indexOf('--commits');
const depth = commitsAt >= 0 ? Number(args[commitsAt + 1]) : 30;
const showFindings = args.includes('--findings');
const dirs = args.filter((a, i) => !a.startsWith('--') && (commitsAt < 0 || i !== commitsAt + 1));

function git(dir: string, ...rest: string[]): string {
  return execFileSync('git', ['-C', dir, ...rest], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** A repository built from examples/bind/: its base commit, then its head commit. */
function exampleRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zoneguard-noise-'));
  const commit = (message: string) =>
    git(
      dir,
      '-c',
      'user.name=bench',
      '-c',
      'user.email=bench@example.invalid',
      'commit',
      '-qm',
      message,
    );
  git(dir, 'init', '-q', '-b', 'main');
  cpSync(join('examples', 'bind', 'base'), dir, { recursive: true });
  git(dir, 'add', '-A');
  commit('base');
  rmSync(join(dir, 'zones'), { recursive: true, force: true });
  cpSync(join('examples', 'bind', 'head'), dir, { recursive: true });
  git(dir, 'add', '-A');
  commit('example change');
  return dir;
}

async function replay(dir: string): Promise<Row[]> {
  const log = git(dir, 'log', '--first-parent', '--format=%H%x09%P%x09%s', `-${depth}`);
  const rows: Row[] = [];
  for (const line of log.split('\n').filter(Boolean)) {
    const [commit, parents, subject] = line.split('\t') as [string, string, string];
    const parent = parents.split(' ')[0];
    if (!parent) continue; // the root commit has nothing to compare with
    const result = await runReview({
      repo: dir,
      base: parent,
      head: commit,
      path: '',
      format: 'auto',
      policyFile: undefined,
      failOn: undefined,
      live: false,
      liveOptions: { resolvers: [], authoritative: new Map() },
    });
    const short = commit.slice(0, 8);
    if (!result.ok) {
      rows.push({
        repo: repoName(dir),
        commit: short,
        subject,
        verdict: 'error',
        changes: 0,
        blocking: [result.errors[0]?.message.slice(0, 80) ?? ''],
        warning: [],
        existing: [],
        details: [],
      });
      continue;
    }
    const { report } = result;
    const changes = report.zones.reduce((n, z) => n + z.changes.length, 0);
    if (changes === 0 && report.findings.every((f) => !f.introduced)) continue;
    const rules = (pick: (f: (typeof report.findings)[number]) => boolean) => [
      ...new Set(report.findings.filter(pick).map((f) => f.rule)),
    ];
    rows.push({
      repo: repoName(dir),
      commit: short,
      subject: subject.slice(0, 50),
      verdict: report.verdict,
      changes,
      blocking: rules((f) => f.introduced && !f.accepted && blocks(f.severity, report.failOn)),
      warning: rules(
        (f) => f.introduced && atLeast(f.severity, 'medium') && !blocks(f.severity, report.failOn),
      ),
      existing: rules((f) => !f.introduced && atLeast(f.severity, 'medium')),
      details: report.findings
        .filter((f) => f.introduced && atLeast(f.severity, 'medium'))
        .map((f) => `${f.severity} ${f.rule}: ${f.message}`),
    });
  }
  return rows;
}

/** The folder's name, or its parent's for a bare-looking `…/name/repo` checkout. */
function repoName(dir: string): string {
  const name = basename(dir.replace(/\/+$/, ''));
  return name === 'repo' || name === '.git' ? basename(dirname(dir.replace(/\/+$/, ''))) : name;
}

const RANK = ['info', 'low', 'medium', 'high', 'critical'];
function atLeast(severity: string, floor: string): boolean {
  return RANK.indexOf(severity) >= RANK.indexOf(floor);
}
function blocks(severity: string, failOn: string): boolean {
  return atLeast(severity, failOn);
}

const repos = dirs.length > 0 ? dirs : [exampleRepo()];
const all: Row[] = [];
for (const dir of repos) all.push(...(await replay(dir)));

console.log(
  '| repository | commit | subject | changes | verdict | blocking rules | warning rules | existing rules |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of all) {
  console.log(
    `| ${r.repo} | ${r.commit} | ${r.subject.replace(/\|/g, '/')} | ${r.changes} | ${r.verdict} | ${r.blocking.join(', ')} | ${r.warning.join(', ')} | ${r.existing.join(', ')} |`,
  );
  if (showFindings) for (const d of r.details) console.log(`    ${d.slice(0, 400)}`);
}
const count = (v: string) => all.filter((r) => r.verdict === v).length;
console.log(
  `\n${all.length} reviews: ${count('pass')} pass, ${count('warn')} warn, ${count('block')} block, ${count('error')} error`,
);
