/**
 * The DNSSEC rules end to end: `zoneguard check --resolver <our unbound>` on a repository
 * whose zones the DNSSEC world serves signed (`dnssec-world.ts`). Each broken zone gets its
 * rule, and the healthy zones (one signer, two cross-published signers) get none of them.
 */
import { collectLive } from '../../../src/live/live-phase.js';
import type { LiveZone } from '../../../src/live/types.js';
import { runCli } from '../../helpers/cli.js';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.js';
import {
  BROKEN_ZONES,
  type DnssecWorld,
  type DnssecZone,
  HEALTHY_ZONES,
  startDnssecWorld,
} from './dnssec-world.js';

const DNSSEC_RULES = ['rrsig-expired', 'rrsig-expiring', 'dnssec-bogus', 'cds-mismatch'];

interface Finding {
  rule: string;
  zone: string;
  name: string;
  type: string;
  introduced: boolean;
  message: string;
  severity: string;
}

let world: DnssecWorld;
let repo: TestRepo;
let findings: Finding[];
let report: { live: { status: string; reasons: string[] }; findings: Finding[] };

async function review(zones: readonly DnssecZone[], extra: Record<string, string> = {}) {
  const files = (www: string) => ({
    ...extra,
    ...Object.fromEntries(zones.map((z) => [`zones/${z}zone`, world.records(z, www)])),
  });
  repo = makeRepo();
  const base = repo.commit(files('192.0.2.1'), 'base', new Date(Date.now() - 30 * 86_400_000));
  const head = repo.commit(files('192.0.2.2'), 'head');
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
  expect(r.stderr).toBe('');
  repo.remove();
  return JSON.parse(r.stdout);
}

beforeAll(async () => {
  world = await startDnssecWorld(72);
}, 120_000);
afterAll(async () => {
  await world?.stop();
});

const of = (zone: string) =>
  findings.filter((f) => f.zone === zone && DNSSEC_RULES.includes(f.rule));

describe('the DNSSEC rules against zones broken one way each', () => {
  beforeAll(async () => {
    report = await review([...BROKEN_ZONES, ...HEALTHY_ZONES]);
    findings = report.findings;
  }, 60_000);

  it('asks live DNS without trouble', () => {
    expect(report.live.status).toBe('ok');
  });

  it('rrsig-expired: signatures that ended a day ago, on both servers, as one existing finding per RRset', () => {
    const found = of('expired.example.');
    expect(new Set(found.map((f) => f.rule))).toEqual(new Set(['rrsig-expired']));
    const dnskey = found.find((f) => f.type === 'DNSKEY')!;
    expect(dnskey).toMatchObject({ severity: 'critical', introduced: false });
    expect(dnskey.message).toMatch(/ended \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(dnskey.message).toContain('ns1.expired.example.');
    expect(dnskey.message).toContain('ns2.expired.example.');
    expect(found.map((f) => f.type)).toEqual(expect.arrayContaining(['SOA', 'NS', 'A']));
  });

  it('rrsig-expired: signatures that begin tomorrow', () => {
    const found = of('future.example.');
    expect(new Set(found.map((f) => f.rule))).toEqual(new Set(['rrsig-expired']));
    expect(found.find((f) => f.type === 'SOA')!.message).toMatch(
      /^The signature over future\.example\. SOA is not valid before \d{4}-\d\d-\d\d \d\d:\d\d UTC \(key \d+\) on ns1/,
    );
  });

  it('rrsig-expiring: signatures that end in 12 hours', () => {
    const found = of('expiring.example.');
    expect(new Set(found.map((f) => f.rule))).toEqual(new Set(['rrsig-expiring']));
    const www = found.find((f) => f.name === 'www.expiring.example.')!;
    expect(www).toMatchObject({ severity: 'high', type: 'A', introduced: false });
    expect(www.message).toMatch(/in 1[12] h: within 3 days/);
  });

  it('rrsig-expiring: within twice the TTL even when the policy window is shorter', async () => {
    const found = (
      await review(['expiring.example.'], { '.zoneguard.yml': 'rrsig-expiring-days: 0\n' })
    ).findings.filter((f: Finding) => f.rule === 'rrsig-expiring');
    // Only the TXT cached for a day (two days > 12 hours left); www (TTL 300) is quiet.
    expect(found.map((f: Finding) => `${f.name} ${f.type}`)).toEqual(['day.expiring.example. TXT']);
    expect(found[0].message).toContain('sooner than twice its TTL (86400 s)');
  });

  it('dnssec-bogus: a DNSKEY set signed only by a key no DS references', () => {
    const found = of('unanchored.example.');
    expect(found.map((f) => [f.rule, f.type])).toEqual([['dnssec-bogus', 'DNSKEY']]);
    expect(found[0]!.message).toMatch(
      /is signed only by keys \d+, and no valid signature by a key a DS references \(\d+\)/,
    );
    // ds-mismatch does not also fire: the DS does match a key the zone serves.
    expect(
      findings.filter((f) => f.zone === 'unanchored.example.').map((f) => f.rule),
    ).not.toContain('ds-mismatch');
  });

  it("dnssec-bogus: two signers that do not publish each other's zone-signing keys, naming each", () => {
    const found = of('multi.example.');
    expect(found.every((f) => f.rule === 'dnssec-bogus' && f.type === 'DNSKEY')).toBe(true);
    expect(found).toHaveLength(2);
    const messages = found.map((f) => f.message).sort();
    expect(messages[0]).toMatch(
      /^Answers from ns1\.multi\.example\. \(127\.72\.\d+\.10\) \(.*\) are signed by key \d+, which the DNSKEY set served by ns2\.multi\.example\. \(127\.72\.\d+\.11\) lacks/,
    );
    expect(messages[1]).toMatch(
      /^Answers from ns2\.multi\.example\. \(127\.72\.\d+\.11\) \(.*\) are signed by key \d+, which the DNSKEY set served by ns1\.multi\.example\. \(127\.72\.\d+\.10\) lacks/,
    );
  });

  it('dnssec-bogus: a provider that serves an unsigned copy, named once', () => {
    const found = of('halfsigned.example.');
    expect(found.map((f) => [f.rule, f.type])).toEqual([['dnssec-bogus', 'DNSKEY']]);
    expect(found[0]!.message).toMatch(
      /^ns2\.halfsigned\.example\. \(127\.72\.\d+\.11\) serves no DNSKEY set for halfsigned\.example\. and its answers \(.*\) do not validate \(no RRSIG\)/,
    );
  });

  it('cds-mismatch: CDS/CDNSKEY for a key the DS does not name', () => {
    const found = of('cds.example.');
    expect(found.map((f) => [f.rule, f.severity, f.introduced])).toEqual([
      ['cds-mismatch', 'medium', false],
    ]);
    expect(found[0]!.message).toMatch(/CDS \d+\/13 differs from the DS at the parent \(\d+\/13\)/);
    expect(found[0]!.message).toContain('CDNSKEY');
  });

  it('cds-mismatch: the delete form is reported as a request', () => {
    const found = of('cdsdelete.example.');
    expect(found.map((f) => f.rule)).toEqual(['cds-mismatch']);
    expect(found[0]!.message).toContain('publish the DNSSEC delete request');
    expect(found[0]!.message).toContain('It is a request, not yet done');
  });

  it('says nothing about the healthy zones, one signer or two cross-published', () => {
    for (const zone of HEALTHY_ZONES) expect([zone, of(zone)]).toEqual([zone, []]);
  });

  it('never blocks on live DNSSEC facts alone: they are existing findings', () => {
    for (const f of findings.filter((x) => DNSSEC_RULES.includes(x.rule)))
      expect(f.introduced).toBe(false);
  });
});

describe('the DNSSEC step of the live phase', () => {
  const collect = async (zone: string, signed: { name: string; type: string }[]) => {
    const snap = await collectLive(
      [{ zone, rrsets: [{ name: zone, type: 'NS' }], signed: signed as never }],
      { resolvers: [world.resolver], authoritative: new Map(), deadlineMs: 15_000 },
    );
    return snap.zones[0] as LiveZone;
  };

  it('checks every signature on every server: the apex sets and the touched RRsets, over TCP when large, wildcards as their owner, types dns-packet leaves raw', async () => {
    const z = await collect('healthy.example.', [
      { name: 'www.healthy.example.', type: 'A' },
      { name: 'big.healthy.example.', type: 'TXT' },
      { name: 'x.wild.healthy.example.', type: 'A' },
      { name: 'svc.healthy.example.', type: 'HTTPS' },
      { name: 'missing.healthy.example.', type: 'A' },
    ]);
    const facts = z.dnssec!;
    expect(facts.keySets).toHaveLength(1);
    expect(facts.keySets[0]!.servers).toHaveLength(2);
    expect(facts.keySets[0]!.dsKeys).toHaveLength(1);
    const seen = facts.rrsets.map((r) => `${r.server.split(' ')[0]} ${r.name} ${r.type}`).sort();
    const expected = ['ns1', 'ns2'].flatMap((ns) =>
      [
        'healthy.example. CDNSKEY',
        'healthy.example. CDS',
        'healthy.example. DNSKEY',
        'healthy.example. NS',
        'healthy.example. SOA',
        'big.healthy.example. TXT',
        'svc.healthy.example. HTTPS',
        'www.healthy.example. A',
        'x.wild.healthy.example. A',
      ].map((q) => `${ns}.healthy.example. ${q}`),
    );
    expect(seen).toEqual(expected.sort());
    // The DNSKEY set is checked against the DS-referenced key alone: the KSK's signature is
    // valid, the ZSK's (which signs it too) is no anchor. BIND signs CDS and CDNSKEY with both
    // keys (RFC 7344 §4.1 wants a key the DS references among them).
    for (const r of facts.rrsets)
      expect([r.name, r.type, r.signatures.map((s) => s.outcome).sort()]).toEqual([
        r.name,
        r.type,
        r.type === 'DNSKEY'
          ? ['no-key', 'valid']
          : r.type === 'CDS' || r.type === 'CDNSKEY'
            ? ['valid', 'valid']
            : ['valid'],
      ]);
    expect(facts.cds.every((c) => c.cds.length === 1 && c.cdnskey.length === 1)).toBe(true);
  });

  it('keeps one key set per signer and checks each server against both', async () => {
    const z = await collect('multi.example.', []);
    const facts = z.dnssec!;
    expect(facts.keySets.map((k) => k.servers.length)).toEqual([1, 1]);
    const soa = facts.rrsets.filter((r) => r.type === 'SOA');
    // Each server's SOA against each key set: valid under its own, no key under the other.
    expect(
      soa
        .map((r) => [facts.keySets[r.keySet]!.servers.includes(r.server), r.signatures[0]!.outcome])
        .sort(),
    ).toEqual([
      [false, 'no-key'],
      [false, 'no-key'],
      [true, 'valid'],
      [true, 'valid'],
    ]);
  });

  it('asks nothing of a zone whose parent publishes no DS', async () => {
    const snap = await collectLive(
      [{ zone: 'example.', rrsets: [{ name: 'example.', type: 'NS' }] }],
      {
        resolvers: [world.resolver],
        authoritative: new Map(),
        deadlineMs: 15_000,
      },
    );
    expect(snap.zones[0]!.dnssec).toBeUndefined();
  });
});
