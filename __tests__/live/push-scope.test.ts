/**
 * What a push touches, against real DNS (docs/push-scope.md): DNSControl and octoDNS
 * repositories whose zones the loopback world serves, reviewed by `zoneguard check` with live
 * DNS. The providers' apex NS is not "in git" and is never said to be deleted; real drift is
 * still reported; a zone new to the config that live DNS already serves is said to be purged.
 */
import type { Report } from '../../src/report/types.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { startWorld, type World } from './world/world.js';

let world: World;
const repos: TestRepo[] = [];

beforeAll(async () => {
  world = await startWorld({ net: 63 });
}, 60_000);
afterAll(async () => {
  for (const r of repos) r.remove();
  await world?.stop();
});

/** signed.example. as the world serves it, but for its apex NS and the TXT changed outside git. */
const SIGNED_RECORDS = (www: string) => [
  ['ns1', 'A', world.ip(10)],
  ['ns2', 'A', world.ip(11)],
  ['www', 'A', www],
  ['mail', 'A', '192.0.2.25'],
  ['drift', 'TXT', 'in git'],
];

const TTLS: Record<string, number> = { www: 86400, ns1: 3600, ns2: 3600 };

const dnsconfig = (www: string, extra = '') => `var REG = NewRegistrar("none");
var DNS = NewDnsProvider("bind");
D("signed.example", REG, DnsProvider(DNS),
${SIGNED_RECORDS(www)
  .map(([n, t, v]) => `  ${t}("${n}", "${v}", TTL(${TTLS[n] ?? 300})),`)
  .join('\n')}
  MX("@", 10, "mail", TTL(300)),
);
${extra}`;
const CREDS = '{ "none": { "TYPE": "NONE" }, "bind": { "TYPE": "BIND" } }';

async function check(files: (step: 'base' | 'head') => Record<string, string>): Promise<Report> {
  const repo = makeRepo();
  repos.push(repo);
  const base = repo.commit(files('base'), 'base');
  const head = repo.commit(files('head'), 'head');
  const r = await runCli([
    'check',
    '--repo',
    repo.dir,
    '--base',
    base,
    '--head',
    head,
    '--resolver',
    world.resolver,
    '--output',
    'json',
  ]);
  if (r.code === 2) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Report;
}

const driftOf = (report: Report, zone: string) =>
  report.findings.filter((f) => f.rule === 'drift' && f.zone === zone);
const zoneDrift = (report: Report, zone: string) =>
  report.zones.find((z) => z.zone === zone)?.drift.map((c) => `${c.name} ${c.type}`);

describe('DNSControl against live DNS', () => {
  it('does not report the providers’ apex NS as drift, and still reports real drift', async () => {
    const report = await check((step) => ({
      'dnsconfig.js': dnsconfig(step === 'base' ? '192.0.2.1' : '192.0.2.10'),
      'creds.json': CREDS,
    }));
    expect(report.live?.status).toBe('ok');
    expect(zoneDrift(report, 'signed.example.')).toEqual(['drift.signed.example. TXT']);
    expect(driftOf(report, 'signed.example.')).toEqual([
      expect.objectContaining({ name: 'drift.signed.example.', type: 'TXT', introduced: false }),
    ]);
    expect(report.findings.some((f) => / NS exists live but not in git/.test(f.message))).toBe(
      false,
    );
  });

  it('compares NAMESERVER() with the live apex NS when no provider adds its own', async () => {
    // DnsProvider(DNS, 0): the apex NS is NAMESERVER() alone, so the push does replace it.
    const report = await check((step) => ({
      'dnsconfig.js': dnsconfig(step === 'base' ? '192.0.2.1' : '192.0.2.10')
        .replace(
          'DnsProvider(DNS),',
          'DnsProvider(DNS, 0), NAMESERVER("ns1"), NAMESERVER_TTL(3600),',
        )
        .replace('TXT("drift", "in git"', 'TXT("drift", "changed outside git"'),
      'creds.json': CREDS,
    }));
    // Live has ns1 and ns2: ns2 is not in the config, and the push removes it from the set.
    expect(zoneDrift(report, 'signed.example.')).toEqual(['signed.example. NS']);
    expect(driftOf(report, 'signed.example.')[0]?.message).toContain('overwrites it');
  });

  it('says that the first push of a zone live DNS already serves purges what the config lacks', async () => {
    const report = await check((step) => ({
      'dnsconfig.js': dnsconfig(
        '192.0.2.1',
        step === 'head'
          ? 'D("shop.example", REG, DnsProvider(DNS), A("www", "192.0.2.6"), A("new", "192.0.2.7"));\n'
          : '',
      ),
      'creds.json': CREDS,
    }));
    const [adopted] = driftOf(report, 'shop.example.');
    expect(adopted).toMatchObject({ name: 'shop.example.', introduced: true });
    expect(adopted!.message).toContain('live DNS already serves it');
    expect(adopted!.message).toContain('overwrites 1 live RRset (www.shop.example. A)');
    // The provider's apex NS is not among what the push deletes.
    expect(adopted!.message).not.toContain('deletes 1');
    expect(adopted!.message).toMatch(/asked only about the 3 names and types/);
  });
});

describe('octoDNS against live DNS', () => {
  const CONFIG = `providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
    enforce_order: false
  route53:
    class: octodns_route53.Route53Provider
zones:
  signed.example.:
    sources: [config]
    targets: [route53]
`;
  const zoneFile = (www: string) =>
    `${SIGNED_RECORDS(www)
      .map(([n, t, v]) => `${n}:\n  ttl: ${TTLS[n] ?? 300}\n  type: ${t}\n  value: ${v}\n`)
      .join(
        '',
      )}'':\n  ttl: 300\n  type: MX\n  value:\n    exchange: mail.signed.example.\n    preference: 10\n`;

  it('leaves the root NS alone when the zone file has none', async () => {
    const report = await check((step) => ({
      'config/production.yaml': CONFIG,
      'zones/signed.example.yaml': zoneFile(step === 'base' ? '192.0.2.1' : '192.0.2.10'),
    }));
    expect(report.live?.status).toBe('ok');
    expect(zoneDrift(report, 'signed.example.')).toEqual(['drift.signed.example. TXT']);
    expect(driftOf(report, 'signed.example.').map((f) => f.name)).toEqual([
      'drift.signed.example.',
    ]);
  });
});
