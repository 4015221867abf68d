/**
 * End to end through the real review: a pull request that commits a literal token and adds
 * the Cloudflare Global API Key to the DNS workflow. The review blocks, names both problems,
 * and the token appears in no output (JSON, Markdown, SARIF).
 */
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { runReview } from '../../src/review/review.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';

const TOKEN = Array.from(
  { length: 40 },
  (_, i) => 'abcdefghjkmnpqrstuvwxyzABCDEFGH23456789_-'[(i * 17 + 3) % 41],
).join('');

const CONFIG = [
  'var REG = NewRegistrar("none");',
  'var CF = NewDnsProvider("cloudflare");',
  'D("example.com", REG, DnsProvider(CF),',
  '  A("www", "192.0.2.1", TTL(300)),',
  ');',
  '',
].join('\n');

const creds = (apitoken: string) =>
  `${JSON.stringify({ cloudflare: { TYPE: 'CLOUDFLAREAPI', apitoken } }, null, 2)}\n`;

const workflow = (env: string) =>
  [
    'on:',
    '  push:',
    '    branches: [main]',
    'jobs:',
    '  push:',
    '    runs-on: ubuntu-latest',
    '    environment: dns',
    '    steps:',
    '      - run: dnscontrol push',
    '        env:',
    `          ${env}: \${{ secrets.CF }}`,
    '',
  ].join('\n');

describe('review with a committed token', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo();
    repo.commit({
      'dnsconfig.js': CONFIG,
      'creds.json': creds('$CLOUDFLARE_API_TOKEN'),
      '.github/workflows/dns.yml': workflow('CLOUDFLARE_API_TOKEN'),
    });
    repo.git('checkout', '-q', '-b', 'pr');
    repo.commit({
      'creds.json': creds(TOKEN),
      '.github/workflows/dns.yml': workflow('CLOUDFLARE_API_KEY'),
    });
  });
  afterAll(() => repo.remove());

  it('blocks, reports secret-in-repo and broad-token-scope, and never prints the token', async () => {
    const result = await runReview(
      reviewSettings(repo.dir, 'main', 'pr', { now: new Date('2026-11-27T09:00:00Z') }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { report } = result;
    expect(report.verdict).toBe('block');
    const rules = report.findings.map((f) => [f.rule, f.severity, f.introduced]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['secret-in-repo', 'critical', true],
        ['broad-token-scope', 'high', true],
        ['pipeline-change', 'medium', true],
      ]),
    );
    const secret = report.findings.find((f) => f.rule === 'secret-in-repo')!;
    expect(secret.message).toContain(`${TOKEN.slice(0, 4)}…${TOKEN.slice(-2)}`);
    for (const output of [
      renderJson(report),
      renderMarkdown(report),
      JSON.stringify(renderSarif(report)),
    ]) {
      expect(output).not.toContain(TOKEN);
      expect(output).not.toContain(TOKEN.slice(4, -2));
    }
  });
});

describe('the changed files scanned, whether or not both sides load', () => {
  const ghp = `ghp_${Array.from({ length: 36 }, (_, i) => 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjk23456789'[(i * 13 + 5) % 41]).join('')}`;
  const ZONE =
    '$ORIGIN example.com.\n$TTL 300\n@ IN SOA ns1 host 1 7200 3600 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n';
  // A large file: the token at its top, then 600 KiB of notes.
  const big = `token: ${ghp}\n${'notes '.repeat(100_000)}\n`;

  it('a token at the top of a file larger than the scan is found (it was skipped whole)', async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({ 'example.com.zone': ZONE });
      const head = repo.commit({ 'notes/big.txt': big });
      const r = await runReview(reviewSettings(repo.dir, base, head));
      if (!r.ok) throw new Error(r.errors[0]?.message);
      const found = r.report.findings.filter((f) => f.rule === 'secret-in-repo');
      expect(found.map((f) => `${f.location?.file}:${f.location?.line}`)).toEqual([
        'notes/big.txt:1',
      ]);
      expect(JSON.stringify(r.report)).not.toContain(ghp);
    } finally {
      repo.remove();
    }
  });

  it('the same file is found alike when the head does not load', async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({ 'example.com.zone': ZONE });
      const head = repo.commit({
        'notes/big.txt': big,
        'example.com.zone': `${ZONE}bad IN A 300.0.0.1\n`,
      });
      const r = await runReview(reviewSettings(repo.dir, base, head));
      if (r.ok) throw new Error('expected the head not to load');
      expect(r.errors.filter((e) => e.code === 'secret-in-repo').map((e) => e.location)).toEqual([
        { file: 'notes/big.txt', line: 1, column: 8 },
      ]);
    } finally {
      repo.remove();
    }
  });

  it('a changed file that is a link out of the repository is said, not skipped', async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({ 'example.com.zone': ZONE });
      repo.symlink('notes/link.txt', '/etc/hostname');
      const head = repo.commit({});
      const r = await runReview(reviewSettings(repo.dir, base, head));
      if (!r.ok) throw new Error(r.errors[0]?.message);
      expect(
        r.report.findings.filter((f) => f.rule === 'secret-in-repo').map((f) => f.message),
      ).toEqual([
        '"notes/link.txt" changed but could not be scanned for credentials: symlink "notes/link.txt" points outside the repository',
      ]);
    } finally {
      repo.remove();
    }
  });
});
