import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STREAM_FROM } from '../../src/live/collect.js';
import { createDnsClient } from '../../src/live/dns/client.js';
import { collectLive } from '../../src/live/live-phase.js';
import type { LiveOptions, LiveZone } from '../../src/live/types.js';
import { parseDnskey } from '../../src/model/dnssec.js';
import { HOST, MANY, startWorld, type World } from './world/world.js';

let world: World;
beforeAll(async () => {
  world = await startWorld({ net: 61, slowMs: 200 });
}, 60_000);
afterAll(async () => {
  await world?.stop();
});

const opts = (extra: Partial<LiveOptions> = {}): LiveOptions => ({
  resolvers: [world.resolver],
  authoritative: new Map(),
  // Generous: the slow server answers after 200 ms, and CI machines are busy.
  timeoutMs: 1500,
  retries: 1,
  backoffMs: 20,
  deadlineMs: 15_000,
  ...extra,
});

function zoneOf(snapshot: { zones: readonly LiveZone[] }, name: string): LiveZone {
  const z = snapshot.zones.find((x) => x.zone === name);
  if (!z) throw new Error(`no live zone ${name}`);
  return z;
}

const keyText = (v: string) => {
  const k = parseDnskey(v)!;
  return `${k.flags} ${k.algorithm} ${k.publicKey}`;
};

describe('collectLive against the loopback world', () => {
  it('discovers the delegation and reads a signed zone from its servers', async () => {
    const snap = await collectLive(
      [
        {
          zone: 'signed.example.',
          rrsets: [
            { name: 'www.signed.example.', type: 'A' },
            { name: 'drift.signed.example.', type: 'TXT' },
            { name: 'signed.example.', type: 'NS' },
            { name: 'signed.example.', type: 'DS' },
            { name: 'nothing.signed.example.', type: 'A' },
            { name: 'www.signed.example.', type: 'AAAA' },
            { name: 'big.signed.example.', type: 'TXT' },
            { name: 'www.signed.example.', type: 'ALIAS' },
          ],
          targets: ['promo.gone.example.', 'www.signed.example.'],
        },
      ],
      opts(),
    );
    expect(snap.status).toBe('ok');
    expect(snap.reasons).toEqual([]);
    const z = zoneOf(snap, 'signed.example.');
    expect(z.delegation?.parent).toBe('example.');
    expect(z.delegation?.parentServers.map((s) => s.address)).toEqual([world.ip(HOST.tld)]);
    expect(z.delegation?.ns).toEqual(['ns1.signed.example.', 'ns2.signed.example.']);
    expect(z.delegation?.nsTtl).toBe(86400);
    expect(z.delegation?.glue).toEqual([
      { name: 'ns1.signed.example.', address: world.ip(HOST.provA) },
      { name: 'ns2.signed.example.', address: world.ip(HOST.provB) },
    ]);
    expect(z.delegation?.ds.map((d) => d.replace(/\s+/g, ''))).toEqual(
      world.ds['signed.example.']!.map((d) => d.replace(/\s+/g, '')),
    );
    expect(z.delegation?.dsTtl).toBe(86400);
    expect(z.servers).toHaveLength(2);
    for (const s of z.servers) {
      expect(s).toMatchObject({ responded: true, authoritative: true, soaSerial: 2026112601 });
      expect(s.ns).toEqual(['ns1.signed.example.', 'ns2.signed.example.']);
      expect(s.dnskey!.map(keyText).sort()).toEqual(
        world.dnskeys['signed.example.']!.map(keyText).sort(),
      );
    }
    expect(z.serialsAgree).toBe(true);
    const rr = (name: string, type: string) =>
      z.rrsets.find((r) => r.name === name && r.type === type);
    expect(rr('www.signed.example.', 'A')).toMatchObject({ ttl: 86400, values: ['192.0.2.1'] });
    expect(rr('drift.signed.example.', 'TXT')?.values).toEqual(['"changed outside git"']);
    expect(rr('signed.example.', 'DS')?.ttl).toBe(86400);
    // 12 strings of 200 octets do not fit 1232 octets: the answer came over TCP.
    expect(rr('big.signed.example.', 'TXT')?.values[0]?.split('" "')).toHaveLength(12);
    expect(z.absent).toEqual(
      expect.arrayContaining([
        { name: 'nothing.signed.example.', type: 'A' },
        { name: 'www.signed.example.', type: 'AAAA' },
      ]),
    );
    expect(z.rrsets.some((r) => r.type === 'ALIAS')).toBe(false);
    expect(z.targets).toEqual([
      { name: 'promo.gone.example.', rcode: 'NXDOMAIN' },
      { name: 'www.signed.example.', rcode: 'NOERROR' },
    ]);
    expect(snap.queries).toBeGreaterThan(10);
  });

  it('reads a large zone in bulk (pipelined TCP) exactly as UDP reads its first RRsets', async () => {
    expect(MANY).toBeGreaterThanOrEqual(STREAM_FROM);
    const types = ['A', 'TXT', 'MX'] as const;
    const wanted = Array.from({ length: MANY }, (_, i) => ({
      name: `r${i}.many.example.`,
      type: types[i % 3]!,
    }));
    const bulk = await collectLive([{ zone: 'many.example.', rrsets: wanted }], opts());
    expect(bulk.status).toBe('ok');
    const z = zoneOf(bulk, 'many.example.');
    expect(z.rrsets).toHaveLength(MANY);
    z.rrsets.forEach((rr) => {
      const i = Number(/^r(\d+)\./.exec(rr.name)![1]);
      expect(rr.ttl).toBe(300 + i);
      expect(rr.values).toEqual([
        i % 3 === 0
          ? `192.0.2.${i}`
          : i % 3 === 1
            ? `"record ${i}" "second string"`
            : `${i} mx${i}.many.example.`,
      ]);
    });
    const few = wanted.slice(0, STREAM_FROM - 1);
    const udp = await collectLive([{ zone: 'many.example.', rrsets: few }], opts());
    expect(zoneOf(udp, 'many.example.').rrsets).toEqual(z.rrsets.slice(0, few.length));
  });

  it('NSD answers a pipelined TCP stream: every bulk answer came over TCP', async () => {
    const client = createDnsClient({ timeoutMs: 1500, retries: 0 });
    const server = { address: world.ip(HOST.provA), port: 53 };
    try {
      const results = await Promise.all(
        Array.from({ length: MANY }, (_, i) =>
          client.query(server, { name: `r${i}.many.example.`, type: 'A', stream: true }),
        ),
      );
      expect(results.every((r) => r.ok && r.tcp && r.authoritative)).toBe(true);
      const found = results.filter((r) => r.ok && (r.response.answers?.length ?? 0) > 0);
      expect(found).toHaveLength(MANY / 3); // every third name holds an A record
    } finally {
      client.close();
    }
  });

  it('bulk against failing servers: each answers what it can, over TCP or UDP', async () => {
    const rrsets = Array.from({ length: STREAM_FROM + 20 }, (_, i) => ({
      name: i === 0 ? 'www.faults.example.' : `n${i}.faults.example.`,
      type: 'A' as const,
    }));
    const snap = await collectLive([{ zone: 'faults.example.', rrsets }], opts());
    const z = zoneOf(snap, 'faults.example.');
    expect(z.status).toBe('partial'); // the broken servers, not the data
    expect(z.unresolved).toBeUndefined();
    expect(z.rrsets.map((r) => [r.name, r.values])).toEqual([
      ['www.faults.example.', ['192.0.2.3']],
    ]);
    expect(z.absent).toHaveLength(rrsets.length - 1);
  });

  it('sees the DS of a key the child does not publish', async () => {
    const snap = await collectLive([{ zone: 'broken.example.', rrsets: [] }], opts());
    const z = zoneOf(snap, 'broken.example.');
    expect(z.status).toBe('ok');
    const served = z.servers[0]!.dnskey!.map(keyText);
    expect(served).toHaveLength(2);
    expect(z.delegation?.ds).toHaveLength(1);
  });

  it('records every kind of failing server and still finishes: partial, with reasons', async () => {
    const started = Date.now();
    const snap = await collectLive(
      [{ zone: 'faults.example.', rrsets: [{ name: 'www.faults.example.', type: 'A' }] }],
      opts(),
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(snap.status).toBe('partial');
    const z = zoneOf(snap, 'faults.example.');
    const by = (letter: string) => z.servers.find((s) => s.name === `${letter}.faults.example.`)!;
    expect(by('a')).toMatchObject({ responded: true, authoritative: true });
    expect(by('b')).toMatchObject({ responded: false, authoritative: false });
    expect(by('b').error).toMatch(/no answer/);
    expect(by('c')).toMatchObject({ responded: true, authoritative: true }); // via TCP
    expect(by('d')).toMatchObject({ responded: true, authoritative: false });
    expect(by('d').error).toMatch(/REFUSED/);
    expect(by('e').error).toMatch(/SERVFAIL/);
    expect(by('f')).toMatchObject({ responded: true, authoritative: true }); // slow, in time
    expect(by('g')).toMatchObject({ responded: false, authoritative: false });
    expect(z.rrsets).toEqual([
      expect.objectContaining({ name: 'www.faults.example.', values: ['192.0.2.3'] }),
    ]);
    expect(snap.reasons.join('\n')).toMatch(/b\.faults\.example\. .*no answer/);
    expect(snap.reasons.join('\n')).toMatch(/d\.faults\.example\. .*REFUSED/);
  });

  it('one nameserver of two down: partial, the data still read', async () => {
    const snap = await collectLive(
      [{ zone: 'halfdown.example.', rrsets: [{ name: 'www.halfdown.example.', type: 'A' }] }],
      opts(),
    );
    const z = zoneOf(snap, 'halfdown.example.');
    expect(z.status).toBe('partial');
    expect(z.servers.filter((s) => s.authoritative).map((s) => s.name)).toEqual([
      'ns1.halfdown.example.',
    ]);
    expect(z.rrsets[0]?.values).toEqual(['192.0.2.4']);
    expect(z.unresolved).toBeUndefined();
  });

  it('--authoritative skips discovery and asks the given servers', async () => {
    const servers = [{ name: 'p', address: world.ip(HOST.provB), port: 53 }];
    const snap = await collectLive(
      [{ zone: 'signed.example.', rrsets: [{ name: 'www.signed.example.', type: 'A' }] }],
      opts({ resolvers: [world.ip(250)], authoritative: new Map([['signed.example.', servers]]) }),
    );
    const z = zoneOf(snap, 'signed.example.');
    expect(z.status).toBe('ok');
    expect(z.delegation).toBeUndefined();
    expect(z.servers.map((s) => s.address)).toEqual([world.ip(HOST.provB)]);
    expect(z.rrsets[0]?.values).toEqual(['192.0.2.1']);
  });

  it('unreachable DNS: failed with reasons, no throw; a closed port fails at once', async () => {
    const started = Date.now();
    const snap = await collectLive(
      [{ zone: 'signed.example.', rrsets: [{ name: 'www.signed.example.', type: 'A' }] }],
      opts({ resolvers: [world.ip(250)], deadlineMs: 5000 }),
    );
    expect(Date.now() - started).toBeLessThan(1000); // ICMP port unreachable, no timeouts
    expect(snap.status).toBe('failed');
    expect(snap.reasons.join('\n')).toMatch(/signed\.example\.: .*resolver: port unreachable/);
  });

  it('a silent resolver: failed within the deadline, with the reason', async () => {
    const started = Date.now();
    const snap = await collectLive(
      [{ zone: 'signed.example.', rrsets: [{ name: 'www.signed.example.', type: 'A' }] }],
      opts({ resolvers: [world.ip(HOST.drop)], deadlineMs: 1500, timeoutMs: 400 }),
    );
    expect(Date.now() - started).toBeLessThan(2500);
    expect(snap.status).toBe('failed');
    expect(snap.reasons.join('\n')).toMatch(/signed\.example\.: .*no answer/);
  });

  it('the overall deadline cuts a slow phase short', async () => {
    const started = Date.now();
    const servers = [{ name: 'drop', address: world.ip(HOST.drop), port: 53 }];
    const snap = await collectLive(
      [{ zone: 'faults.example.', rrsets: [{ name: 'www.faults.example.', type: 'A' }] }],
      opts({
        authoritative: new Map([['faults.example.', servers]]),
        timeoutMs: 5000,
        retries: 5,
        deadlineMs: 700,
      }),
    );
    expect(Date.now() - started).toBeLessThan(1500);
    expect(snap.status).toBe('failed');
  });

  it('reads the system resolvers when none are given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zg-resolv-'));
    try {
      const conf = join(dir, 'resolv.conf');
      writeFileSync(conf, `# test\nsearch example\nnameserver ${world.resolver}\n`);
      const snap = await collectLive(
        [{ zone: 'shop.example.', rrsets: [{ name: 'shop.example.', type: 'NS' }] }],
        opts({ resolvers: [], resolvConf: conf }),
      );
      const z = zoneOf(snap, 'shop.example.');
      expect(z.delegation?.ns).toEqual(['a.ns.cloudy.example.', 'b.ns.cloudy.example.']);
      expect(z.rrsets[0]?.values).toEqual([
        'a.ns.cloudy.example.',
        'b.ns.cloudy.example.',
        'c.ns.cloudy.example.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails over to the next resolver when the first is silent', async () => {
    const started = Date.now();
    const snap = await collectLive(
      [{ zone: 'shop.example.', rrsets: [{ name: 'www.shop.example.', type: 'A' }] }],
      opts({ resolvers: [world.ip(250), world.resolver], timeoutMs: 300 }),
    );
    expect(zoneOf(snap, 'shop.example.').rrsets[0]?.values).toEqual(['192.0.2.5']);
    expect(snap.reasons).toContain(`recursive resolver ${world.ip(250)} port 53 did not answer`);
    // The silent resolver costs its retries once, not once per lookup.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a zone nobody delegates is a reason, not a crash', async () => {
    const snap = await collectLive([{ zone: 'missing.example.', rrsets: [] }], opts());
    expect(snap.status).toBe('failed');
    expect(snap.reasons.join('\n')).toMatch(/missing\.example\. .*not delegated|does not exist/);
  });
});
