/**
 * Findings at scale: a zone where 20,000 records already break one rule (a malformed SPF in
 * base and head alike) must not drown the review. The Markdown groups them into one entry with
 * the count and the first few locations; the JSON report keeps every one.
 */
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

const BROKEN = 20_000;

function zoneFile(serial: number, www: string): string {
  const lines = [
    '$ORIGIN example.com.',
    '$TTL 3600',
    `@ SOA ns1.example.net. hostmaster ${serial} 7200 900 1209600 300`,
    '@ NS ns1.example.net.',
    '@ NS ns2.example.org.',
    `www 300 A ${www}`,
  ];
  // 192.0.2.300 is no IPv4 address: a permerror receivers reject (RFC 7208).
  for (let i = 0; i < BROKEN; i++) lines.push(`h${i} TXT "v=spf1 ip4:192.0.2.300 -all"`);
  return `${lines.join('\n')}\n`;
}

let repo: TestRepo;
let report: Report;
const args = () => ['check', '--repo', repo.dir, '--base', 'HEAD~1', '--head', 'HEAD', '--no-live'];

beforeAll(async () => {
  repo = makeRepo();
  repo.commit({ 'zones/example.com.zone': zoneFile(1, '192.0.2.1') });
  repo.commit({ 'zones/example.com.zone': zoneFile(2, '192.0.2.2') });
  const run = await runCli([...args(), '--output', 'json']);
  expect(run.stderr).toBe('');
  report = JSON.parse(run.stdout) as Report;
}, 60_000);
afterAll(() => repo.remove());

test('the JSON keeps every existing finding', () => {
  const spf = report.findings.filter((f) => f.rule === 'spf-invalid');
  expect(spf).toHaveLength(BROKEN);
  expect(spf.every((f) => !f.introduced)).toBe(true);
  expect(new Set(spf.map((f) => f.fingerprint)).size).toBe(BROKEN);
  expect(report.verdict).toBe('pass');
});

test('the Markdown shows them as one entry: the count, the first few locations, one example', async () => {
  const run = await runCli([...args(), '--output', 'markdown']);
  expect(run.code).toBe(0);
  const text = run.stdout;
  // The CLI prints the whole review (no comment budget): it stays small all the same.
  expect(text.length).toBeLessThan(6_000);
  expect(text).toContain('20,000 existing findings (collapsed below) do not count against it.');
  expect(text).toContain('`spf-invalid` · `example.com.` · **20,000 findings**');
  expect(text).toContain('and 19,995 more (every one is in the JSON report)');
  expect(text).toContain('`h0.example.com.` TXT (`zones/example.com.zone:7`)');
  expect(text).toContain('The first: SPF record of h0.example.com. is invalid');
  // The comment's own budget is not needed: the grouped list fits, nothing is cut.
  const comment = renderMarkdown(report);
  expect(comment).not.toContain('The list does not fit here');
  expect(comment).toContain('**20,000 findings**');
});

test('five or fewer of one rule in one zone are listed one by one', () => {
  const few: Report = {
    ...report,
    findings: report.findings.filter((f) => f.rule !== 'spf-invalid' || /^h[0-4]\./.test(f.name!)),
  };
  const text = renderMarkdown(few);
  expect(text).not.toContain('findings**');
  expect(text.match(/`spf-invalid` · `h\d\.example\.com\.` TXT/g)).toHaveLength(5);
});

describe('a report of 100,000 changes', () => {
  test('the comment keeps to its budget; the CLI text has every change', () => {
    const changes = Array.from({ length: 100_000 }, (_, i) => ({
      name: `h${i}.example.com.`,
      type: 'A' as const,
      kind: 'modify' as const,
      before: { ttl: 300, values: [`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`] },
      after: { ttl: 301, values: [`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`] },
    }));
    const big: Report = {
      ...report,
      zones: [{ ...report.zones[0]!, status: 'changed', changes }],
    };
    const comment = renderMarkdown(big);
    expect(comment.length).toBeLessThanOrEqual(60_000);
    expect(comment).toContain('| `example.com.` | bind | changed | 0 | 100000 | 0 | — |');
    expect(comment).toMatch(/sections? (was|were) left out to fit the comment/);
    const full = renderMarkdown(big, { maxChars: Number.POSITIVE_INFINITY });
    expect(full).toContain('Changes in example.com. (100,000 RRsets)');
    expect(full).toContain('+ h99999 301 A 10.1.134.159');
  });
});

test('an audit counts them all, and groups them in its findings section alike', () => {
  const audit: Report = { ...report, kind: 'audit', base: null };
  const text = renderMarkdown(audit);
  expect(text).toMatch(/^## ZoneGuard audit: /);
  expect(text).toContain(`### Findings (${report.findings.length.toLocaleString('en-US')})`);
  expect(text).toContain('`spf-invalid` · `example.com.` · **20,000 findings**');
  expect(text.length).toBeLessThan(6_000);
});
