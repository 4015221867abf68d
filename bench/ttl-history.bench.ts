/**
 * ttl-not-lowered over git history: a BIND repository with 50 commits of a 5,000-RRset zone,
 * 20 changed RRsets that all need their history read. The rule against loading the 50 commits
 * once each by hand: the per-commit cache must make the rule cost about one load per commit,
 * not one per RRset. Goal: ≤ 1.2×.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffZoneSets } from '../src/diff/diff.js';
import { formatById } from '../src/formats/registry.js';
import type { ZoneSet } from '../src/model/zone.js';
import { ttlNotLowered } from '../src/rules/checks/ttl-not-lowered.js';
import { DEFAULT_POLICY } from '../src/rules/policy.js';
import { gitHistory, openTree } from '../src/sources/git.js';

const COMMITS = 50;
const RECORDS = 5_000;
const CHANGED = 20;
const RUNS = 3;
const NOW = Date.now();

const dir = mkdtempSync(join(tmpdir(), 'zg-ttl-bench-'));
const git = (args: string[], date?: Date) =>
  execFileSync('git', ['-C', dir, ...args], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@example.invalid',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@example.invalid',
      ...(date
        ? { GIT_AUTHOR_DATE: date.toISOString(), GIT_COMMITTER_DATE: date.toISOString() }
        : {}),
    },
  });

function zone(commit: number, changedTtl: number, address: number): string {
  const lines = [
    '$ORIGIN bench.example.',
    '@ 3600 IN SOA ns1 hostmaster 1 7200 900 1209600 300',
    '@ 3600 IN NS ns1',
    'ns1 IN A 192.0.2.1',
  ];
  for (let i = 0; i < RECORDS; i++) {
    const ttl = i < CHANGED ? changedTtl : 3600;
    lines.push(
      `h${i} ${ttl} IN A 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i < CHANGED ? address : i & 255}`,
    );
  }
  lines.push(`marker IN TXT "commit ${commit}"`);
  return `${lines.join('\n')}\n`;
}

try {
  git(['init', '-q', '-b', 'main']);
  for (let c = 0; c < COMMITS; c++) {
    // TTL 86400 until ten minutes ago, then 300: every changed RRset needs the whole walk.
    const lowered = c === COMMITS - 1;
    writeFileSync(join(dir, 'bench.example.zone'), zone(c, lowered ? 300 : 86400, 1));
    git(['add', '-A']);
    const when = new Date(NOW - (lowered ? 600 : (COMMITS - c) * 3600) * 1000);
    git(['commit', '-q', '-m', `c${c}`], when);
  }
  writeFileSync(join(dir, 'bench.example.zone'), zone(COMMITS, 300, 2));
  const bind = formatById('bind')!;
  const load = async (ref: string | undefined): Promise<ZoneSet> => {
    const r = await bind.load(await openTree(dir, ref), { path: '' });
    if (!r.ok) throw new Error('load failed');
    return r.value;
  };
  const base = await load('main');
  const head = await load(undefined);
  const history = gitHistory(dir);
  const commits = await history.log('main', ['bench.example.zone'], COMMITS);

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rule: number[] = [];
  const byHand: number[] = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    for (const c of commits) await bind.load(await history.treeAt(c.sha), { path: '' });
    byHand.push(performance.now() - t);
    t = performance.now();
    findings = (
      await ttlNotLowered.check({
        base,
        head,
        diffs: diffZoneSets(base, head),
        drift: new Map(),
        apply: new Map(),
        live: undefined,
        policy: DEFAULT_POLICY,
        headTree: await openTree(dir, undefined),
        baseTree: await openTree(dir, 'main'),
        changedFiles: [],
        history,
        baseRef: 'main',
        now: new Date(NOW),
      })
    ).length;
    rule.push(performance.now() - t);
  }
  const r = median(rule);
  const h = median(byHand);
  console.log(
    `${COMMITS} commits × ${RECORDS} RRsets, ${CHANGED} changed RRsets, ${findings} findings`,
  );
  console.log(`loading every commit once  median ${h.toFixed(0)} ms`);
  console.log(`ttl-not-lowered            median ${r.toFixed(0)} ms`);
  console.log(`ratio rule/loads ${(r / h).toFixed(2)}× (goal ≤ 1.2×)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
