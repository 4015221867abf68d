/**
 * The judgement layer on a large zone: the record rules (spf-invalid, dmarc-weakened,
 * caa-change, weak-dnssec-algorithm) over a 100,000-RRset zone with 5% of it changed, against
 * the diff of the same zones (the stage before them). Goal: ≤ 1.0× the diff, although the
 * state rules judge base and head both. Also: the secret scan of 2 MB of config text.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffZoneSets } from '../src/diff/diff.js';
import { makeRRset, type RRset, type ZoneSet } from '../src/model/zone.js';
import { caaChange } from '../src/rules/checks/caa-change.js';
import { dmarcWeakened } from '../src/rules/checks/dmarc-weakened.js';
import { spfInvalid } from '../src/rules/checks/spf-invalid.js';
import { weakDnssecAlgorithm } from '../src/rules/checks/weak-dnssec-algorithm.js';
import { DEFAULT_POLICY } from '../src/rules/policy.js';
import type { RuleContext } from '../src/rules/types.js';
import { findSecrets } from '../src/secrets/secrets.js';
import { openTree } from '../src/sources/git.js';

const RRSETS = 100_000;
const RUNS = 5;
const APEX = 'bench.example.';
const DIGEST = '49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE96D8F9E5A4CEF7A91AB44AB0';

function rrsets(changed: boolean): RRset[] {
  const out: RRset[] = [];
  for (let i = 0; i < RRSETS; i++) {
    const name = `host${i}.${APEX}`;
    const flip = changed && Math.floor(i / 10) % 20 === 0;
    const k = i % 10;
    if (k < 5)
      out.push(
        makeRRset({
          name,
          type: 'A',
          ttl: 300,
          values: [`10.0.${(i >> 8) & 255}.${flip ? 1 : i & 255}`],
        }),
      );
    else if (k < 7)
      out.push(
        makeRRset({
          name,
          type: 'TXT',
          ttl: 300,
          values: [
            `"v=spf1 ip4:192.0.2.${i & 255} include:_spf.${APEX} ${flip ? '~all' : '-all'}"`,
          ],
        }),
      );
    else if (k < 8)
      out.push(
        makeRRset({
          name,
          type: 'CAA',
          ttl: 3600,
          values: flip
            ? ['0 issue "digicert.com"']
            : ['0 issue "letsencrypt.org"', '0 issue "digicert.com"'],
        }),
      );
    else if (k < 9)
      out.push(
        makeRRset({
          name: `_dmarc.${name}`,
          type: 'TXT',
          ttl: 3600,
          values: [flip ? '"v=DMARC1; p=none"' : '"v=DMARC1; p=reject"'],
        }),
      );
    else
      out.push(makeRRset({ name, type: 'DS', ttl: 3600, values: [`${i & 65535} 13 2 ${DIGEST}`] }));
  }
  out.push(
    makeRRset({ name: `_spf.${APEX}`, type: 'TXT', ttl: 300, values: ['"v=spf1 a mx -all"'] }),
  );
  return out;
}

const set = (changed: boolean): ZoneSet => ({
  zones: [{ name: APEX, format: 'bind', rrsets: rrsets(changed), providers: [], unmanaged: [] }],
  credentials: [],
  files: [],
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const base = set(false);
const head = set(true);
const tree = await openTree(mkdtempSync(join(tmpdir(), 'zg-bench-')), undefined);
const diffTimes: number[] = [];
const ruleTimes: number[] = [];
let findings = 0;
for (let run = 0; run < RUNS; run++) {
  let diffs: ReturnType<typeof diffZoneSets> = [];
  diffTimes.push(await time(() => (diffs = diffZoneSets(base, head))));
  const ctx: RuleContext = {
    base,
    head,
    diffs,
    drift: new Map(),
    apply: new Map(),
    live: undefined,
    policy: DEFAULT_POLICY,
    headTree: tree,
    baseTree: undefined,
    changedFiles: [],
    history: undefined,
    baseRef: undefined,
    now: new Date(),
  };
  ruleTimes.push(
    await time(async () => {
      findings = 0;
      for (const rule of [spfInvalid, dmarcWeakened, caaChange, weakDnssecAlgorithm]) {
        const t = performance.now();
        findings += (await rule.check(ctx)).length;
        if (process.env.ZG_BENCH_DETAIL) console.log(rule.id, (performance.now() - t).toFixed(1));
      }
    }),
  );
}
const d = median(diffTimes);
const r = median(ruleTimes);
console.log(`zone of ${RRSETS} RRsets, 5% changed, ${findings} findings`);
console.log(`diff        median ${d.toFixed(1)} ms`);
console.log(`record rules median ${r.toFixed(1)} ms`);
console.log(`ratio rules/diff ${(r / d).toFixed(2)}× (goal ≤ 1.0×)`);

const config = Array.from(
  { length: 40_000 },
  (_, i) => `  "key${i}": "value-${i}-${'x'.repeat(i % 30)}",`,
).join('\n');
const scanTimes: number[] = [];
for (let run = 0; run < RUNS; run++) scanTimes.push(await time(() => findSecrets(config)));
console.log(
  `secret scan of ${(config.length / 1e6).toFixed(1)} MB: median ${median(scanTimes).toFixed(1)} ms`,
);
