/** The rules that read live DNS: each fires on its case and is quiet on the near misses. */
import { diffRRsets } from '../../src/diff/diff.js';
import type { Change } from '../../src/diff/types.js';
import type { Delegation, LiveSnapshot, LiveZone, ServerHealth } from '../../src/live/types.js';
import { computeDs, formatDs, parseDnskey } from '../../src/model/dnssec.js';
import type { Zone } from '../../src/model/zone.js';
import { danglingCname } from '../../src/rules/checks/dangling-cname.js';
import { dnssecDisable } from '../../src/rules/checks/dnssec-disable.js';
import { drift } from '../../src/rules/checks/drift.js';
import { dsMismatch } from '../../src/rules/checks/ds-mismatch.js';
import { lameDelegation } from '../../src/rules/checks/lame-delegation.js';
import { missingGlue } from '../../src/rules/checks/missing-glue.js';
import { nsCount } from '../../src/rules/checks/ns-count.js';
import { nsMismatch } from '../../src/rules/checks/ns-mismatch.js';
import { singleProvider } from '../../src/rules/checks/single-provider.js';
import { runRules } from '../../src/rules/engine.js';
import { DEFAULT_POLICY } from '../../src/rules/policy.js';
import type { Rule, RuleContext } from '../../src/rules/types.js';
import { contextFor } from '../helpers/context.js';
import { liveSnapshot } from '../helpers/live.js';
import { zone, zoneSet } from '../helpers/zones.js';

const Z = 'example.com.';
// RFC 6605 §6 example keys, used here as the keys of example.com.
const KEY_A =
  '257 3 13 GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQLc8NAA==';
const KEY_B =
  '257 3 14 xKYaNhWdGOfJ+nPrL8/arkwf2EY3MDJ+SErKivBVSum1w/egsXvSADtNJhyem5RCOpgQ6K8X1DRSEkrbYQ+OB+v8/uX45NBwY8rp65F6Glur8I/mlVNgF6W/qTI37m40';
const dsOf = (owner: string, key: string, digest = 2) =>
  formatDs(computeDs(owner, parseDnskey(key)!, digest)!);

const NS = ['@ 3600 NS ns1.example.net.', '@ 3600 NS ns2.example.org.'];

function server(name: string, extra: Partial<ServerHealth> = {}): ServerHealth {
  return {
    name,
    address: '192.0.2.53',
    port: 53,
    responded: true,
    authoritative: true,
    soaSerial: 1,
    ns: ['ns1.example.net.', 'ns2.example.org.'],
    dnskey: [KEY_A],
    ...extra,
  };
}

function liveOf(zones: Partial<LiveZone>[], extra: Partial<LiveSnapshot> = {}): LiveSnapshot {
  return liveSnapshot(
    zones.map((z) => ({
      zone: Z,
      servers: [server('ns1.example.net.'), server('ns2.example.org.')],
      ...z,
    })),
    { takenAt: new Date('2026-11-26T12:00:00Z'), ...extra },
  );
}

function delegation(extra: Partial<Delegation> = {}): Delegation {
  return {
    parent: 'com.',
    parentServers: [{ name: 'a.gtld-servers.net.', address: '192.0.2.1', port: 53 }],
    ns: ['ns1.example.net.', 'ns2.example.org.'],
    nsTtl: 172800,
    glue: [],
    ds: [dsOf(Z, KEY_A)],
    dsTtl: 86400,
    ...extra,
  };
}

async function run(
  rule: Rule,
  base: Zone | undefined,
  head: Zone | undefined,
  extra: Parameters<typeof contextFor>[2] = {},
) {
  const ctx = contextFor(base ? zoneSet(base) : zoneSet(), head ? zoneSet(head) : zoneSet(), extra);
  return (await runRules(ctx, [rule])).findings;
}

const plain = zone(Z, [...NS, 'www 300 A 192.0.2.1']);
const edited = zone(Z, [...NS, 'www 300 A 192.0.2.2']);

describe('ds-mismatch', () => {
  it('is quiet when the parent DS matches a served key', async () => {
    expect(
      await run(dsMismatch, plain, edited, { live: liveOf([{ delegation: delegation() }]) }),
    ).toEqual([]);
  });
  it('reports an existing mismatch between the parent DS and the served keys', async () => {
    const live = liveOf([{ delegation: delegation({ ds: [dsOf(Z, KEY_B)] }) }]);
    const f = await run(dsMismatch, plain, edited, { live });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'ds-mismatch',
      severity: 'critical',
      introduced: false,
      type: 'DS',
    });
    expect(f[0]!.message).toMatch(/no DS for example\.com\./);
  });
  it('is introduced when head replaces the key the DS points to', async () => {
    const head = zone(Z, [...NS, `@ 3600 DNSKEY ${KEY_B}`]);
    const f = await run(dsMismatch, plain, head, { live: liveOf([{ delegation: delegation() }]) });
    expect(f).toHaveLength(1);
    expect(f[0]!.introduced).toBe(true);
  });
  it('accepts a pre-published extra DS, and leaves digest types it cannot compute alone', async () => {
    const prepublished = delegation({ ds: [dsOf(Z, KEY_A), dsOf(Z, KEY_B)] });
    expect(
      await run(dsMismatch, plain, edited, { live: liveOf([{ delegation: prepublished }]) }),
    ).toEqual([]);
    const gost = delegation({
      ds: [`${dsOf(Z, KEY_B).split(' ').slice(0, 2).join(' ')} 3 ABCDEF`],
    });
    expect(await run(dsMismatch, plain, edited, { live: liveOf([{ delegation: gost }]) })).toEqual(
      [],
    );
  });
  it('says so when DS exists but the zone serves no key', async () => {
    const live = liveOf([
      { delegation: delegation(), servers: [server('ns1.example.net.', { dnskey: [] })] },
    ]);
    const f = await run(dsMismatch, plain, edited, { live });
    expect(f[0]!.message).toMatch(/serves no usable DNSKEY/);
  });
  it("checks a child's DS in the zone against the child's keys", async () => {
    const child = 'sub.example.com.';
    const keys = { name: child, rcode: 'NOERROR', dnskey: [KEY_A] };
    const head = zone(Z, [...NS, 'sub 3600 NS ns.other.net.', `sub 3600 DS ${dsOf(child, KEY_B)}`]);
    const good = zone(Z, [...NS, 'sub 3600 NS ns.other.net.', `sub 3600 DS ${dsOf(child, KEY_A)}`]);
    const live = liveOf([{ keys: [keys] }]);
    const f = await run(dsMismatch, good, head, { live });
    expect(f).toEqual([expect.objectContaining({ introduced: true, name: child })]);
    expect(await run(dsMismatch, head, good, { live })).toEqual([]);
  });
});

describe('dnssec-disable', () => {
  const on = zone(Z, NS, { dnssec: 'on' });
  const off = zone(Z, NS, { dnssec: 'off' });
  it('fires when signing is turned off while the parent has DS', async () => {
    const f = await run(dnssecDisable, on, off, { live: liveOf([{ delegation: delegation() }]) });
    expect(f).toEqual([
      expect.objectContaining({ severity: 'critical', introduced: true, type: 'DNSKEY' }),
    ]);
    expect(f[0]!.message).toMatch(/com\. still publishes 1 DS \(TTL 86400 s\)/);
  });
  it('fires when every DNSKEY is removed from the config', async () => {
    const signed = zone(Z, [...NS, `@ 3600 DNSKEY ${KEY_A}`]);
    const f = await run(dnssecDisable, signed, zone(Z, NS), {
      live: liveOf([{ delegation: delegation() }]),
    });
    expect(f).toHaveLength(1);
  });
  it('is quiet without DS at the parent, or when nothing is switched off', async () => {
    const noDs = liveOf([{ delegation: delegation({ ds: [] }) }]);
    expect(await run(dnssecDisable, on, off, { live: noDs })).toEqual([]);
    expect(
      await run(dnssecDisable, off, off, { live: liveOf([{ delegation: delegation() }]) }),
    ).toEqual([]);
  });
  it('without live DNS it still warns, one level lower', async () => {
    const f = await run(dnssecDisable, on, off);
    expect(f).toEqual([expect.objectContaining({ severity: 'high' })]);
    expect(f[0]!.message).toMatch(/could not confirm/);
  });
});

describe('lame-delegation', () => {
  it('fires for a delegated server that refuses or is silent, as existing', async () => {
    const live = liveOf([
      {
        delegation: delegation(),
        servers: [
          server('ns1.example.net.'),
          server('ns2.example.org.', { authoritative: false, error: 'REFUSED' }),
          server('ns3.example.org.', {
            responded: false,
            authoritative: false,
            error: 'no answer',
          }),
        ],
      },
    ]);
    const f = await run(lameDelegation, plain, edited, { live });
    expect(f).toHaveLength(2);
    expect(f.every((x) => x.introduced === false && x.severity === 'high')).toBe(true);
    expect(f.map((x) => x.message).join('\n')).toMatch(/ns2\.example\.org\..*REFUSED/);
    expect(f.map((x) => x.message).join('\n')).toMatch(
      /ns3\.example\.org\..*does not answer at all/,
    );
  });
  it('is quiet when every server answers, or when servers were given by hand', async () => {
    expect(
      await run(lameDelegation, plain, edited, { live: liveOf([{ delegation: delegation() }]) }),
    ).toEqual([]);
    const handPicked = liveOf([{ servers: [server('192.0.2.9', { authoritative: false })] }]);
    expect(await run(lameDelegation, plain, edited, { live: handPicked })).toEqual([]);
  });
});

describe('ns-mismatch', () => {
  const three = zone(Z, [...NS, '@ 3600 NS ns3.example.org.']);
  it('is quiet when the parent and the apex agree', async () => {
    expect(
      await run(nsMismatch, plain, edited, { live: liveOf([{ delegation: delegation() }]) }),
    ).toEqual([]);
  });
  it('is introduced when head adds a server the parent does not list', async () => {
    const f = await run(nsMismatch, plain, three, { live: liveOf([{ delegation: delegation() }]) });
    expect(f).toEqual([expect.objectContaining({ introduced: true, severity: 'medium' })]);
    expect(f[0]!.message).toMatch(/only in the zone: ns3\.example\.org\./);
  });
  it('is existing when base already differed, and uses served NS when the config has none', async () => {
    const f = await run(nsMismatch, three, three, { live: liveOf([{ delegation: delegation() }]) });
    expect(f[0]!.introduced).toBe(false);
    const bare = zone(Z, ['www 300 A 192.0.2.1']);
    const live = liveOf([
      {
        delegation: delegation({ ns: ['old.example.net.', 'ns2.example.org.'] }),
      },
    ]);
    const g = await run(nsMismatch, bare, bare, { live });
    expect(g[0]!.message).toMatch(/only at the parent: old\.example\.net\./);
  });
});

describe('ns-count', () => {
  it('fires when head leaves one nameserver', async () => {
    const one = zone(Z, ['@ 3600 NS ns1.example.net.']);
    expect(await run(nsCount, plain, one)).toEqual([
      expect.objectContaining({ introduced: true, severity: 'high' }),
    ]);
    expect((await run(nsCount, one, one))[0]!.introduced).toBe(false);
  });
  it('is quiet with two, and reads live delegation when the config names none', async () => {
    expect(await run(nsCount, plain, edited)).toEqual([]);
    const bare = zone(Z, ['www 300 A 192.0.2.1']);
    const live = liveOf([{ delegation: delegation({ ns: ['solo.example.net.'] }) }]);
    expect((await run(nsCount, bare, bare, { live }))[0]!.message).toMatch(
      /single nameserver, solo/,
    );
    expect(await run(nsCount, bare, bare)).toEqual([]);
  });
});

describe('missing-glue', () => {
  it('fires for an in-zone nameserver without an address, apex or child', async () => {
    const head = zone(Z, [
      '@ 3600 NS ns1.example.com.',
      '@ 3600 NS ns2.example.org.',
      'sub 3600 NS ns.sub.example.com.',
    ]);
    const f = await run(missingGlue, plain, head);
    expect(f.map((x) => x.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ns1\.example\.com\. of example\.com\./),
        expect.stringMatching(/ns\.sub\.example\.com\. of sub\.example\.com\./),
      ]),
    );
    expect(f.every((x) => x.introduced)).toBe(true);
  });
  it('is quiet with glue or with out-of-zone names', async () => {
    const head = zone(Z, [
      '@ 3600 NS ns1.example.com.',
      '@ 3600 NS ns2.example.org.',
      'ns1 3600 A 192.0.2.53',
      'sub 3600 NS ns.other.net.',
    ]);
    expect(await run(missingGlue, plain, head)).toEqual([]);
  });
  it('reports a live referral without glue as existing', async () => {
    const live = liveOf([
      { delegation: delegation({ ns: ['ns1.example.com.', 'ns2.example.org.'] }) },
    ]);
    const f = await run(missingGlue, plain, edited, { live });
    expect(f).toEqual([expect.objectContaining({ introduced: false })]);
  });
});

describe('dangling-cname', () => {
  const withCname = (target: string) => zone(Z, [...NS, `promo 300 CNAME ${target}`]);
  const live = liveOf([
    {
      targets: [
        { name: 'gone.example.net.', rcode: 'NXDOMAIN' },
        { name: 'here.example.net.', rcode: 'NOERROR' },
      ],
    },
  ]);
  it('fires for an added CNAME to an NXDOMAIN target', async () => {
    const f = await run(danglingCname, plain, withCname('gone.example.net.'), { live });
    expect(f).toEqual([
      expect.objectContaining({ introduced: true, severity: 'high', type: 'CNAME' }),
    ]);
  });
  it('a kept CNAME that dangles is existing; an existing target is quiet', async () => {
    const kept = withCname('gone.example.net.');
    expect((await run(danglingCname, kept, kept, { live }))[0]!.introduced).toBe(false);
    expect(await run(danglingCname, plain, withCname('here.example.net.'), { live })).toEqual([]);
    expect(await run(danglingCname, plain, withCname('unknown.example.net.'), { live })).toEqual(
      [],
    );
  });
  it('judges in-zone targets on head, wildcards included', async () => {
    const broken = await run(danglingCname, plain, withCname('nothing.example.com.'));
    expect(broken).toEqual([expect.objectContaining({ severity: 'medium', introduced: true })]);
    // a name in our own zone cannot be taken over: it is broken, and says so once, with one dot
    expect(broken[0]!.message).toBe(
      'promo.example.com. is a CNAME to nothing.example.com., which has no records in example.com. (a zone of this repository): the name does not resolve. A typo, or a record removed too early?',
    );
    expect(broken[0]!.message).not.toMatch(/takeover|claim/i);
    const made = zone(Z, [...NS, 'promo 300 CNAME web.example.com.', 'web 300 A 192.0.2.7']);
    expect(await run(danglingCname, plain, made)).toEqual([]);
    const wild = zone(Z, [...NS, 'promo 300 CNAME x.apps.example.com.', '*.apps 300 A 192.0.2.8']);
    expect(await run(danglingCname, plain, wild)).toEqual([]);
    const cut = zone(Z, [
      ...NS,
      'promo 300 CNAME x.sub.example.com.',
      'sub 300 NS ns.example.net.',
    ]);
    expect(await run(danglingCname, plain, cut)).toEqual([]);
  });
  it('leaves a zone-file target that lost its trailing dot to missing-trailing-dot', async () => {
    expect(
      await run(danglingCname, plain, withCname('shops.example-cdn.com.example.com.')),
    ).toEqual([]);
  });
  it('names the takeover risk only for a target outside the repository', async () => {
    const f = await run(danglingCname, plain, withCname('gone.example.net.'), { live });
    expect(f[0]!.message).toBe(
      'promo.example.com. is a CNAME to gone.example.net., which does not exist (NXDOMAIN): whoever claims that name serves content under promo.example.com.',
    );
  });
});

describe('single-provider', () => {
  const aws = ['@ 3600 NS ns-39.awsdns-04.com.', '@ 3600 NS ns-1612.awsdns-09.co.uk.'];
  it('fires when every nameserver belongs to one known provider', async () => {
    const f = await run(singleProvider, plain, zone(Z, aws));
    expect(f).toEqual([expect.objectContaining({ severity: 'medium', introduced: true })]);
    expect(f[0]!.message).toMatch(/one provider: Amazon Route 53/);
  });
  it('is quiet with two providers', async () => {
    const mixed = zone(Z, [aws[0]!, '@ 3600 NS lola.ns.cloudflare.com.']);
    expect(await run(singleProvider, mixed, mixed)).toEqual([]);
  });
  it('groups unknown hosts by registrable domain, and honours policy patterns', async () => {
    const self = zone(Z, ['@ 3600 NS ns1.example.net.', '@ 3600 NS ns2.example.net.']);
    expect((await run(singleProvider, self, self))[0]!.introduced).toBe(false);
    const policy = { ...DEFAULT_POLICY, providers: { acme: ['*.example.net', 'example.org'] } };
    const f = await run(singleProvider, plain, plain, { policy });
    expect(f[0]!.message).toMatch(/one provider: acme/);
    expect(await run(singleProvider, plain, plain)).toEqual([]);
  });
  it('uses live delegation when the config names no nameservers, then the providers', async () => {
    const bare = zone(Z, ['www 300 A 192.0.2.1'], {
      providers: [{ name: 'cf', type: 'CLOUDFLAREAPI' }],
    });
    const live = liveOf([
      { delegation: delegation({ ns: ['bob.ns.cloudflare.com.', 'lola.ns.cloudflare.com.'] }) },
    ]);
    expect((await run(singleProvider, bare, bare, { live }))[0]!.message).toMatch(/Cloudflare/);
    expect((await run(singleProvider, bare, bare))[0]!.message).toMatch(
      /single DNS provider: CLOUDFLAREAPI/,
    );
    const two = zone(Z, ['www 300 A 192.0.2.1'], {
      providers: [
        { name: 'cf', type: 'CLOUDFLAREAPI' },
        { name: 'r53', type: 'ROUTE53' },
      ],
    });
    expect(await run(singleProvider, two, two)).toEqual([]);
  });
});

describe('drift', () => {
  const base = zone(Z, [...NS, 'www 300 A 192.0.2.1', 'txt 300 TXT "git"']);
  const liveRRsets = zone(Z, [
    ...NS,
    'www 300 A 192.0.2.9',
    'txt 300 TXT "console"',
    'extra 300 A 192.0.2.3',
  ]).rrsets;
  const driftOf = (): Map<string, readonly Change[]> =>
    new Map([[Z, diffRRsets(base.rrsets, liveRRsets)]]);
  const applyOf = (head: Zone): Map<string, readonly Change[]> =>
    new Map([[Z, diffRRsets(liveRRsets, head.rrsets)]]);
  async function runDrift(head: Zone) {
    const ctx: RuleContext = contextFor(zoneSet(base), zoneSet(head), {
      drift: driftOf(),
      apply: applyOf(head),
    });
    return (await runRules(ctx, [drift])).findings;
  }
  it('fires for a drifted record the change touches (introduced) and for ones the push reverts', async () => {
    const head = zone(Z, [...NS, 'www 300 A 192.0.2.2', 'txt 300 TXT "git"']);
    const f = await runDrift(head);
    const by = (n: string) => f.find((x) => x.name === `${n}.example.com.`);
    expect(by('www')).toMatchObject({ introduced: true, severity: 'medium', type: 'A' });
    expect(by('txt')).toMatchObject({ introduced: false });
    expect(by('extra')!.message).toMatch(/exists live but not in git.*deletes it/);
  });
  it('is quiet where head already matches live', async () => {
    const adopt = zone(Z, [
      ...NS,
      'www 300 A 192.0.2.9',
      'txt 300 TXT "console"',
      'extra 300 A 192.0.2.3',
    ]);
    expect(await runDrift(adopt)).toEqual([]);
  });
});
