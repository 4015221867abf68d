/**
 * Publishing a huge review. (1) Planning inline comments for a 3,000-file pull request (GitHub's
 * file cap) with 10,000 findings and 2,000 earlier comments, against parsing the JSON of the
 * file listing the client receives anyway: goal ≤ 3× (that listing alone is 30 API pages). (2) Fitting a 1,200-change report into the comment
 * budget (60,000 characters, 262,144 bytes), against one plain rendering: goal ≤ 3×.
 */
import { performance } from 'node:perf_hooks';
import { fitRendering } from '../src/github/body.js';
import { findingTag, planReview } from '../src/github/review-comments.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { Report, ReportFinding } from '../src/report/types.js';

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

// (1) A 3,000-file pull request, each file a 100-line hunk.
const hunk = `@@ -1,100 +1,100 @@\n${Array.from({ length: 100 }, (_, i) => (i % 3 ? ` line ${i}` : `+line ${i}`)).join('\n')}`;
const files = Array.from({ length: 3000 }, (_, i) => ({
  filename: `zones/z${i}.zone`,
  patch: hunk,
}));
const findings: ReportFinding[] = Array.from({ length: 10_000 }, (_, i) => ({
  rule: 'mx-change',
  severity: i % 7 === 0 ? 'critical' : 'medium',
  introduced: true,
  message: `finding ${i}`,
  fix: 'fix it',
  fingerprint: `fp${i}`,
  location: { file: `zones/z${i % 3000}.zone`, line: 1 + (i % 100) },
}));
const earlier = Array.from({ length: 2000 }, (_, i) => ({
  id: i,
  body: `${findingTag(`fp${i * 5}`)}\ntext`,
  author: 'github-actions[bot]',
  path: `zones/z${i}.zone`,
  line: 1,
  inReplyTo: undefined,
}));
const listing = JSON.stringify(files);
const parse = time(() => JSON.parse(listing));
const plan = time(() => planReview(findings, files, earlier, earlier));
console.log(`JSON.parse of the 3,000-file listing:  median ${parse.toFixed(1)} ms`);
console.log(`plan review (10,000 findings):        median ${plan.toFixed(1)} ms`);
console.log(`ratio ${(plan / parse).toFixed(2)}× (goal ≤ 3×)`);

// (2) A report whose full rendering is far above the comment budget.
const changes = Array.from({ length: 1200 }, (_, i) => ({
  name: `host-${i}.example.com.`,
  type: 'TXT' as const,
  kind: 'add' as const,
  after: { ttl: 300, values: [`"record number ${i} of a large change with a long text"`] },
}));
const report: Report = {
  version: 1,
  verdict: 'block',
  highestSeverity: 'critical',
  failOn: 'high',
  base: { ref: 'a'.repeat(40) },
  head: { ref: 'b'.repeat(40) },
  zones: [{ zone: 'example.com.', format: 'bind', status: 'changed', changes, drift: [] }],
  findings: findings.slice(0, 20),
  live: { status: 'off', reasons: [], queries: 0, servers: [], zones: [] },
  rollback: [],
  warnings: [],
};
const full = renderMarkdown(report, { maxChars: 10_000_000 });
const once = time(() => renderMarkdown(report, { maxChars: 60_000 }));
const fit = time(() =>
  fitRendering((n) => renderMarkdown(report, { maxChars: n }), 60_000, 262_144),
);
console.log(`\nfull report: ${full.length.toLocaleString('en')} characters`);
console.log(`render once (60,000 budget):          median ${once.toFixed(1)} ms`);
console.log(`fit to 60,000 chars / 262,144 bytes:  median ${fit.toFixed(1)} ms`);
console.log(`ratio ${(fit / once).toFixed(2)}× (goal ≤ 3×)`);
