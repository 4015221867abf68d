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
