/**
 * Records a `D_EXTEND()` adds from a required file carry that file and line through the whole
 * review: the change, the findings on them, and the rollback, which says to edit that file.
 */
import { renderMarkdown } from '../../src/report/markdown.js';
import { runReview } from '../../src/review/review.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';

const DNSCONFIG = `var REG = NewRegistrar("none");
var DNS = NewDnsProvider("bind", "BIND");
D("example.com", REG, DnsProvider(DNS),
  A("@", "192.0.2.1"),
);
require("./records/web.js");
`;

const WEB = (www: string, mx = 'mx1') => `// the web team's records
D_EXTEND("example.com",
  A("www", "${www}"),
  MX("@", 10, "${mx}.example.net."),
);
`;

let repo: TestRepo;
afterEach(() => repo.remove());

async function review(base: Record<string, string>, head: Record<string, string>) {
  repo = makeRepo();
  const b = repo.commit(base, 'base');
  const h = repo.commit(head, 'head');
  const r = await runReview(reviewSettings(repo.dir, b, h));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.report;
}

test('a change in a D_EXTEND file: its location, its finding and its rollback name that file', async () => {
  const report = await review(
    { 'dns/dnsconfig.js': DNSCONFIG, 'dns/records/web.js': WEB('192.0.2.2') },
    {
      'dns/records/web.js': WEB('192.0.2.3', 'mx2'),
    },
  );
  const changes = report.zones[0]!.changes;
  expect(changes.map((c) => [c.type, c.location])).toEqual([
    ['MX', { file: 'dns/records/web.js', line: 4 }],
    ['A', { file: 'dns/records/web.js', line: 3 }],
  ]);
  const mx = report.findings.find((f) => f.rule === 'mx-change');
  expect(mx?.location).toMatchObject({ file: 'dns/records/web.js', line: 4 });
  const snippet = report.rollback[0]!.snippet;
  expect(snippet.split('\n')[0]).toBe(
    '// Rollback of example.com. to base, in dns/records/web.js, where these records are written (D("example.com", …) is in dns/dnsconfig.js):',
  );
  expect(snippet).toContain('A("www", "192.0.2.2", TTL(300))');
  expect(renderMarkdown(report, { maxChars: Number.POSITIVE_INFINITY })).toContain(
    'dns/records/web.js',
  );
});

test('records in both files are both named; records in the config alone name only the D()', async () => {
  const both = await review(
    {
      'dnsconfig.js': DNSCONFIG.replace('./records', './records'),
      'records/web.js': WEB('192.0.2.2'),
    },
    {
      'dnsconfig.js': DNSCONFIG.replace('"192.0.2.1"', '"192.0.2.9"'),
      'records/web.js': WEB('192.0.2.3'),
    },
  );
  expect(both.rollback[0]!.snippet.split('\n')[0]).toBe(
    '// Rollback of example.com. to base, in records/web.js and dnsconfig.js, where these records are written (D("example.com", …) is in dnsconfig.js):',
  );
  repo.remove();
  const alone = await review(
    { 'dns/dnsconfig.js': DNSCONFIG, 'dns/records/web.js': WEB('192.0.2.2') },
    { 'dns/dnsconfig.js': DNSCONFIG.replace('"192.0.2.1"', '"192.0.2.9"') },
  );
  expect(alone.rollback[0]!.snippet.split('\n')[0]).toBe(
    '// Rollback of example.com. to base, in D("example.com", …) in dns/dnsconfig.js:',
  );
});
