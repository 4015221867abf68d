/**
 * The registry over RDAP in a whole review: a real git repository, a local RDAP server
 * (node:http) serving RFC 9083 documents, `--rdap URL` with live DNS off. The registry rules
 * fire on what the server says and stay quiet for a locked, long-lived registration; an
 * unreachable server leaves the review complete.
 */
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { computeDs, formatDs, parseDnskey } from '../../src/model/dnssec.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { runReview } from '../../src/review/review.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { domainDocument, json, type RdapServer, startRdapServer } from '../helpers/rdap-server.js';
import { reviewSettings } from '../helpers/review.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const DAY = 86_400_000;
const LOCKED = [
  'client transfer prohibited',
  'server transfer prohibited',
  'server update prohibited',
  'server delete prohibited',
];
const KSK = `257 3 13 ${Buffer.alloc(64, 1).toString('base64')}`;
const NEW_KSK = `257 3 13 ${Buffer.alloc(64, 2).toString('base64')}`;
const dsOf = (key: string) => computeDs('example.com.', parseDnskey(key)!, 2)!;

const ZONE = (serial: number, ns: readonly string[], extra = '') => `$ORIGIN example.com.
$TTL 300
@   IN SOA ns1.example.net. host.example.com. ${serial} 7200 3600 1209600 300
${ns.map((n) => `    IN NS ${n}`).join('\n')}
www IN A 192.0.2.${serial % 200}
${extra}`;

const NS = ['ns1.example.net.', 'ns1.example.org.'];

let server: RdapServer;
let repo: TestRepo;
beforeEach(async () => {
  server = await startRdapServer();
  repo = makeRepo();
});
afterEach(async () => {
  repo.remove();
  await server.close();
});

async function review(
  base: string,
  head: string,
  extra: Parameters<typeof reviewSettings>[3] = {},
): Promise<Report> {
  const r = await runReview(
    reviewSettings(repo.dir, base, head, { now: NOW, registry: { baseUrl: server.url }, ...extra }),
  );
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.report;
}

const registryFindings = (report: Report) =>
  report.findings
    .filter((f) =>
      [
        'registrar-lock-missing',
        'registry-lock-missing',
        'domain-expiring',
        'registry-delegation-mismatch',
      ].includes(f.rule),
    )
    .map((f) => [f.rule, f.severity, f.introduced]);

describe('the registry in a review', () => {
  it('stays quiet for a locked, long-lived registration that matches the zone', async () => {
    server.route(
      '/domain/example.com',
      json(
        200,
        domainDocument({
          name: 'example.com',
          status: LOCKED,
          expires: new Date(NOW.getTime() + 400 * DAY),
          nameservers: NS,
        }),
      ),
    );
    const base = repo.commit({ 'zones/example.com.zone': ZONE(1, NS) });
    const head = repo.commit({ 'zones/example.com.zone': ZONE(2, NS) }, 'www');
    const report = await review(base, head);
    expect(registryFindings(report)).toEqual([]);
    expect(report.registry).toMatchObject({
      status: 'ok',
      source: `--rdap ${server.url}`,
      domains: [
        {
          domain: 'example.com.',
          zones: ['example.com.'],
          outcome: 'found',
          registration: {
            status: LOCKED,
            nameservers: NS,
            registrar: { name: 'Test Registrar, Inc.' },
          },
        },
      ],
    });
    const md = renderMarkdown(report);
    expect(md).toContain('Registry facts (RDAP)');
    expect(md).toContain('live DNS: off · registry: ok</sub>');
    expect(md).toContain('| `example.com.` | Test Registrar, Inc. | 2027-12-31 | client, server |');
  });

  it('reports a missing lock and a near expiry as existing findings that do not block', async () => {
    server.route(
      '/domain/example.com',
      json(
        200,
        domainDocument({
          name: 'example.com',
          status: ['active'],
          expires: new Date(NOW.getTime() + 20 * DAY),
          nameservers: NS,
        }),
      ),
    );
    const base = repo.commit({ 'zones/example.com.zone': ZONE(1, NS) });
    const head = repo.commit({ 'zones/example.com.zone': ZONE(2, NS) }, 'www');
    const report = await review(base, head);
    expect(registryFindings(report)).toEqual([
      ['domain-expiring', 'high', false],
      ['registrar-lock-missing', 'medium', false],
      ['registry-lock-missing', 'low', false],
    ]);
    expect(report.verdict).toBe('pass');
    expect(report.findings.find((f) => f.rule === 'domain-expiring')?.message).toBe(
      `The registration of example.com. expires on 2026-12-16, in 20 days (registry: ${new URL(server.url).host}).`,
    );
  });

  it('weighs expiry by distance, and a protected zone raises the registry lock', async () => {
    server.route(
      '/domain/example.com',
      json(
        200,
        domainDocument({
          name: 'example.com',
          expires: new Date(NOW.getTime() + 60 * DAY),
          nameservers: NS,
        }),
      ),
    );
    const base = repo.commit({ 'zones/example.com.zone': ZONE(1, NS) });
    const head = repo.commit(
      {
        'zones/example.com.zone': ZONE(2, NS),
      },
      'www',
    );
    const report = await review(base, head);
    expect(registryFindings(report)).toEqual([
      ['domain-expiring', 'medium', false],
      ['registry-lock-missing', 'low', false],
    ]);
    const protectedRepo = makeRepo();
    try {
      const b = protectedRepo.commit({
        'zones/example.com.zone': ZONE(1, NS),
        '.zoneguard.yml': 'protected-zones: [example.com]\n',
      });
      const h = protectedRepo.commit({ 'zones/example.com.zone': ZONE(2, NS) }, 'www');
      const r = await runReview(
        reviewSettings(protectedRepo.dir, b, h, { now: NOW, registry: { baseUrl: server.url } }),
      );
      if (!r.ok) throw new Error('review failed');
      expect(registryFindings(r.report)).toEqual([
        ['domain-expiring', 'high', false],
        ['registry-lock-missing', 'medium', false],
      ]);
    } finally {
      protectedRepo.remove();
    }
  });

  it('names the registrar step when the change moves the zone away from the registry NS', async () => {
    server.route(
      '/domain/example.com',
      json(
        200,
        domainDocument({
          name: 'example.com',
          status: LOCKED,
          expires: new Date(NOW.getTime() + 400 * DAY),
          nameservers: NS,
        }),
      ),
    );
    const moved = ['ns-1.newdns.example.', 'ns-2.newdns.example.'];
    const base = repo.commit({ 'zones/example.com.zone': ZONE(1, NS) });
    const head = repo.commit({ 'zones/example.com.zone': ZONE(2, moved) }, 'move');
    const report = await review(base, head);
    expect(registryFindings(report)).toEqual([['registry-delegation-mismatch', 'high', true]]);
    const f = report.findings.find((x) => x.rule === 'registry-delegation-mismatch')!;
    expect(f.message).toContain(
      'Registrar step: set the nameservers to ns-1.newdns.example., ns-2.newdns.example. once they all serve the zone.',
    );
    expect(report.verdict).toBe('block');
    const registrar = report.rollback.find((r) => r.zone === 'example.com.')?.registrar ?? '';
    expect(registrar).toContain('The registry holds now (RDAP');
    expect(registrar).toContain(
      'NS:\n  ns1.example.net.\n  ns1.example.org.\nDS: none (the delegation is unsigned)',
    );
  });

  it('names the DS to set when the zone stops matching the registry DS', async () => {
    server.route(
      '/domain/example.com',
      json(
        200,
        domainDocument({
          name: 'example.com',
          status: LOCKED,
          expires: new Date(NOW.getTime() + 400 * DAY),
          nameservers: NS,
          ds: [dsOf(KSK)],
        }),
      ),
    );
    const base = repo.commit({ 'zones/example.com.zone': ZONE(1, NS, `@ IN DNSKEY ${KSK}\n`) });
    const head = repo.commit(
      { 'zones/example.com.zone': ZONE(2, NS, `@ IN DNSKEY ${NEW_KSK}\n`) },
      'rollover',
    );
    const report = await review(base, head);
    const f = report.findings.find((x) => x.rule === 'registry-delegation-mismatch');
    expect(f).toMatchObject({ severity: 'high', introduced: true, type: 'DS' });
    expect(f?.message).toContain(`Registrar step: set DS ${formatDs(dsOf(NEW_KSK))}`);
    // Keeping the old key published beside the new one matches: no finding.
    const both = repo.commit(
      { 'zones/example.com.zone': ZONE(3, NS, `@ IN DNSKEY ${KSK}\n@ IN DNSKEY ${NEW_KSK}\n`) },
      'pre-publish',
    );
    const quiet = await review(base, both);
    expect(registryFindings(quiet)).toEqual([]);
  });

  it('says "no registration data" on 404, and a dead RDAP server leaves the review complete', async () => {
    const base = repo.commit({ 'zones/example.com.zone': ZONE(1, NS) });
    const head = repo.commit({ 'zones/example.com.zone': ZONE(2, NS) }, 'www');
    const missing = await review(base, head);
    expect(missing.registry).toMatchObject({ status: 'ok', domains: [{ outcome: 'not-found' }] });
    expect(registryFindings(missing)).toEqual([]);

    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const dead = await review(base, head, { registry: { baseUrl: `http://127.0.0.1:${port}/` } });
    expect(dead.registry?.status).toBe('failed');
    expect(dead.registry?.reasons[0]).toContain('ECONNREFUSED');
    expect(registryFindings(dead)).toEqual([]);
    expect(dead.verdict).toBe('pass');
  });

  it('the CLI: --rdap asks the server even with --no-live; --no-rdap and --no-live alone do not', async () => {
    server.route(
      '/domain/example.com',
      json(200, domainDocument({ name: 'example.com', status: LOCKED, nameservers: NS })),
    );
    const base = repo.commit({ 'zones/example.com.zone': ZONE(1, NS) });
    const head = repo.commit({ 'zones/example.com.zone': ZONE(2, NS) }, 'www');
    const args = [
      'check',
      '--repo',
      repo.dir,
      '--base',
      base,
      '--head',
      head,
      '--output',
      'json',
      '--no-live',
    ];
    const asked = await runCli([...args, '--rdap', server.url]);
    expect(JSON.parse(asked.stdout).registry.status).toBe('ok');
    expect(server.requests.map((r) => r.path)).toEqual(['/domain/example.com']);
    const off = await runCli(args);
    expect(JSON.parse(off.stdout).registry).toEqual({
      status: 'off',
      reasons: [
        'the registry was not asked over RDAP (--no-rdap, or --no-live without --rdap URL)',
      ],
      requests: 0,
      domains: [],
    });
    const refused = await runCli([...args, '--rdap', 'ftp://x.example/']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--rdap: ftp: is not HTTP(S)');
    expect(server.requests).toHaveLength(1);
  });
});
