/**
 * Every server, every answer: `zoneguard check` against zones served by several real NSD
 * instances that disagree (servers-world.ts): a secondary behind on the serial with another
 * address for `www`, AXFR open on one server and refused on the other, and a new provider that
 * lacks one RRset of head. The calm zone, served alike by both servers, stays quiet.
 */
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import {
  calmRecords,
  movingRecords,
  SERVERS_HOST,
  type ServersWorld,
  signedMoveRecords,
  startServersWorld,
  syncRecords,
} from './world/servers-world.js';

let world: ServersWorld;
let repo: TestRepo;
let base: string;
let head: string;

const zoneFile = (zone: string, serial: number, ns: string[], records: string[]) =>
  [
    '$TTL 3600',
    `${zone} 3600 IN SOA ns1.${zone} hostmaster.${zone} ${serial} 3600 900 604800 300`,
    ...ns.map((n) => `${zone} 3600 IN NS ${n}`),
    ...records,
    '',
  ].join('\n');
const twoNs = (zone: string) => [`ns1.${zone}`, `ns2.${zone}`];

beforeAll(async () => {
  world = await startServersWorld({ net: 71 });
  repo = makeRepo();
  const ip = world.ip;
  const moving = movingRecords(ip, 'old');
  base = repo.commit({
    'zones/sync.example.zone': zoneFile(
      'sync.example.',
      2026120602,
      twoNs('sync.example.'),
      syncRecords(ip, 'current'),
    ),
    'zones/calm.example.zone': zoneFile(
      'calm.example.',
      2026120601,
      twoNs('calm.example.'),
      calmRecords(ip),
    ),
    'zones/moving.example.zone': zoneFile(
      'moving.example.',
      2026120601,
      twoNs('moving.example.'),
      moving,
    ),
  });
  head = repo.commit({
    'zones/sync.example.zone': zoneFile('sync.example.', 2026120603, twoNs('sync.example.'), [
      ...syncRecords(ip, 'current'),
      'new.sync.example. 300 IN TXT "added by this change"',
    ]),
    'zones/calm.example.zone': zoneFile('calm.example.', 2026120602, twoNs('calm.example.'), [
      ...calmRecords(ip),
      'docs.calm.example. 300 IN CNAME www.calm.example.',
    ]),
    // The move to the new provider: its nameserver replaces ns1/ns2 (and their addresses).
    'zones/moving.example.zone': zoneFile(
      'moving.example.',
      2026120602,
      ['ns1.newdns.example.'],
      moving.filter((r) => !r.startsWith('ns')),
    ),
    // The same move for a signed zone: the new provider has every record, but not the keys.
    'zones/signedmove.example.zone': zoneFile(
      'signedmove.example.',
      2026120602,
      ['ns1.newdns.example.'],
      signedMoveRecords(),
    ),
  });
}, 60_000);
afterAll(async () => {
  repo?.remove();
  await world?.stop();
});

interface JsonFinding {
  rule: string;
  zone: string;
  name: string;
  type?: string;
  message: string;
  introduced: boolean;
}

async function check(extra: string[] = [], output = 'json') {
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
    output,
    ...extra,
  ]);
  expect(r.stderr).toBe('');
  return r;
}

const findings = (report: { findings: JsonFinding[] }, rule: string, zone?: string) =>
  report.findings.filter((f) => f.rule === rule && (zone === undefined || f.zone === zone));

describe('every server of a zone', () => {
  let report: {
    findings: JsonFinding[];
    live: {
      servers: {
        zone: string;
        name: string;
        upToDate?: boolean;
        axfr?: string;
        soaSerial?: number;
      }[];
      candidates?: {
        zone: string;
        name: string;
        served: number;
        expected: number;
        missing: number;
      }[];
      zones: { zone: string; differences?: { name: string; type: string }[] }[];
    };
  };
  beforeAll(async () => {
    report = JSON.parse((await check()).stdout);
  }, 60_000);

  it('reports the lagging secondary with its serial and the RRset it serves differently', () => {
    const [f, ...more] = findings(report, 'secondary-out-of-sync', 'sync.example.');
    expect(more).toEqual([]);
    expect(f).toMatchObject({ introduced: false, name: 'sync.example.' });
    const secondary = `ns2.sync.example. (${world.ip(SERVERS_HOST.secondary)})`;
    expect(f!.message).toContain(`${secondary} serves serial 2026120601`);
    expect(f!.message).toContain('2026120602');
    expect(f!.message).toMatch(/www\.sync\.example\. A \(.*192\.0\.2\.10.*192\.0\.2\.1 /);
    const sync = report.live.servers.filter((s) => s.zone === 'sync.example.');
    expect(sync.map((s) => [s.name, s.soaSerial, s.upToDate])).toEqual([
      ['ns1.sync.example.', 2026120602, true],
      ['ns2.sync.example.', 2026120601, false],
    ]);
  });

  it('never blames git for what a lagging secondary serves', () => {
    expect(findings(report, 'drift', 'sync.example.')).toEqual([]);
  });

  it('checks the new provider before the switch and names what it lacks', () => {
    const [f, ...more] = findings(report, 'migration-not-ready', 'moving.example.');
    expect(more).toEqual([]);
    expect(f).toMatchObject({ introduced: true, type: 'NS' });
    expect(f!.message).toContain(`ns1.newdns.example. (${world.ip(SERVERS_HOST.newProvider)})`);
    expect(f!.message).toContain('serves 3 of 4 RRsets');
    expect(f!.message).toContain('missing: txt.moving.example. TXT');
    expect(report.live.candidates?.filter((c) => c.zone === 'moving.example.')).toEqual([
      expect.objectContaining({
        zone: 'moving.example.',
        name: 'ns1.newdns.example.',
        authoritative: true,
        expected: 4,
        served: 3,
        missing: 1,
        differing: 0,
      }),
    ]);
  });

  it('finds that no DS at the parent matches the keys the new provider signs with', () => {
    const [f, ...more] = findings(report, 'migration-not-ready', 'signedmove.example.');
    expect(more).toEqual([]);
    expect(f!.message).toContain('ns1.newdns.example.');
    expect(f!.message).toContain(
      'serves a DNSKEY set that none of the 1 DS record at example. matches',
    );
    // It holds every record head has: only the keys are wrong.
    expect(f!.message).not.toContain('missing');
    expect(report.live.candidates?.find((c) => c.zone === 'signedmove.example.')).toMatchObject({
      expected: 1,
      served: 1,
    });
  });

  it('stays quiet about zones whose servers agree, and asks no transfer without --axfr', () => {
    for (const rule of ['secondary-out-of-sync', 'migration-not-ready', 'drift'])
      expect(findings(report, rule, 'calm.example.')).toEqual([]);
    for (const zone of ['moving.example.', 'signedmove.example.'])
      expect(findings(report, 'secondary-out-of-sync', zone)).toEqual([]);
    expect(findings(report, 'zone-transfer-open')).toEqual([]);
    expect(report.live.servers.every((s) => s.axfr === undefined)).toBe(true);
    const calm = report.live.zones.find((z) => z.zone === 'calm.example.');
    expect(calm?.differences).toBeUndefined();
  });

  it("shows the new servers' readiness in the comment", async () => {
    const r = await check([], 'markdown');
    expect(r.stdout).toContain('New nameservers, asked before the switch');
    expect(r.stdout).toMatch(
      /\| `moving\.example\.` \| `ns1\.newdns\.example\.` \| `[\d.]+` \| yes \| 3 of 4 \| 1 \| 0 \|/,
    );
    expect(r.stdout).toContain('2026120601 (behind)');
  });
});

describe('--axfr', () => {
  it('reports the server that gives the zone to anyone, and sees names git never knew', async () => {
    const report = JSON.parse((await check(['--axfr'])).stdout);
    const open = findings(report, 'zone-transfer-open');
    expect(open.map((f) => [f.zone, f.message.split(' gave')[0]])).toEqual([
      ['sync.example.', `Nameserver ns1.sync.example. (${world.ip(SERVERS_HOST.primary)})`],
    ]);
    const sync = report.live.servers.filter((s: { zone: string }) => s.zone === 'sync.example.');
    expect(sync.map((s: { name: string; axfr: string }) => [s.name, s.axfr])).toEqual([
      ['ns1.sync.example.', 'open'],
      ['ns2.sync.example.', 'refused'],
    ]);
    const legacy = findings(report, 'drift', 'sync.example.');
    expect(legacy.map((f) => [f.name, f.type])).toEqual([['legacy.sync.example.', 'A']]);
    expect(legacy[0]!.message).toContain('exists live but not in git');
    for (const rule of ['secondary-out-of-sync', 'drift', 'zone-transfer-open'])
      expect(findings(report, rule, 'calm.example.')).toEqual([]);
  }, 60_000);
});

describe('zoneguard audit in the every-server world', () => {
  it('reports both live drift and the out-of-sync secondary of a zone no change touches', async () => {
    const audited = makeRepo();
    try {
      // git says mail is 192.0.2.99; every server serves 192.0.2.25: drift made outside git.
      audited.commit({
        'zones/sync.example.zone': zoneFile(
          'sync.example.',
          2026120602,
          twoNs('sync.example.'),
          syncRecords(world.ip, 'current').map((r) =>
            r.startsWith('mail.') ? 'mail.sync.example. 300 IN A 192.0.2.99' : r,
          ),
        ),
      });
      const r = await runCli([
        'audit',
        '--repo',
        audited.dir,
        '--resolver',
        world.resolver,
        '--output',
        'json',
      ]);
      const report = JSON.parse(r.stdout) as {
        kind: string;
        findings: { rule: string; name?: string }[];
      };
      expect(report.kind).toBe('audit');
      const rules = report.findings.map((f) => f.rule);
      expect(rules).toEqual(expect.arrayContaining(['drift', 'secondary-out-of-sync']));
      // The drift is git against the up-to-date servers: mail, not the secondary's old www.
      expect(report.findings.filter((f) => f.rule === 'drift').map((f) => f.name)).toEqual([
        'mail.sync.example.',
      ]);
      expect(r.code).toBe(1);
      // export --from-live --axfr: the zone as the primary transfers it, names git never had.
      const exported = await runCli([
        'export',
        '--format',
        'bind',
        '--repo',
        audited.dir,
        '--from-live',
        '--axfr',
        '--resolver',
        world.resolver,
      ]);
      expect(exported.code).toBe(0);
      expect(exported.stdout).toMatch(/^legacy\t\d+\tIN\tA\t/m);
      expect(exported.stdout).toMatch(/^mail\t300\tIN\tA\t192\.0\.2\.25$/m);
    } finally {
      audited.remove();
    }
  });
});
