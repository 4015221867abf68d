import * as packet from 'dns-packet';
import fc from 'fast-check';
import { aaaaText, decodeResponse, OVERRUN } from '../../../src/live/dns/decode.js';

/** Either the decoded message or the error message: what a caller can observe. */
function outcome(decode: (b: Buffer) => unknown, buf: Buffer): unknown {
  try {
    return { ok: decode(buf) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/**
 * The message as plain data: the authority and additional sections may be read only when
 * asked for (getters), so they are asked for here.
 */
function plain(r: packet.DecodedPacket): packet.DecodedPacket {
  return { ...r, authorities: r.authorities, additionals: r.additionals };
}

/**
 * Ours equals dns-packet's, except that we refuse a message dns-packet reads beyond its end
 * (it trusts some record lengths; `decode.bytes` then says how far it went), possibly with
 * another message than the error dns-packet meets further on.
 */
function same(buf: Buffer): void {
  const ours = outcome((b) => plain(decodeResponse(b)), buf);
  const theirs = outcome(packet.decode, buf);
  if ((ours as { error?: string }).error !== OVERRUN) expect(ours).toEqual(theirs);
  else if ('ok' in (theirs as object)) expect(packet.decode.bytes <= buf.length).toBe(false);
}

/**
 * An answer as NSD writes it, with name compression (dns-packet's encoder never compresses):
 * `r7.bench.test. A`, the zone's NS in authority, the server's address and OPT in additional.
 */
function compressed(): Buffer {
  const parts: number[] = [];
  const u16 = (n: number) => parts.push(n >> 8, n & 0xff);
  const u32 = (n: number) => {
    u16(n >>> 16);
    u16(n & 0xffff);
  };
  const labels = (...ls: string[]) => {
    for (const l of ls) parts.push(l.length, ...Buffer.from(l, 'ascii'));
  };
  u16(0x1234);
  u16(0x8400); // QR, AA
  u16(1);
  u16(2);
  u16(1);
  u16(2);
  labels('r7', 'Bench', 'test'); // offset 12; "Bench" at 15
  parts.push(0);
  u16(1);
  u16(1);
  u16(0xc00c); // r7.Bench.test. A
  u16(1);
  u16(1);
  u32(300);
  u16(4);
  parts.push(192, 0, 2, 7);
  u16(0xc00c); // r7.Bench.test. MX 10 mx.Bench.test.
  u16(15);
  u16(1);
  u32(300);
  u16(5);
  u16(10);
  labels('mx');
  u16(0xc00f);
  u16(0xc00f); // Bench.test. NS ns.Bench.test.
  u16(2);
  u16(1);
  u32(3600);
  u16(5);
  const nsAt = parts.length;
  labels('ns');
  u16(0xc00f);
  u16(0xc000 | nsAt); // ns.Bench.test. AAAA
  u16(28);
  u16(1);
  u32(3600);
  u16(16);
  parts.push(0x20, 0x01, 0x0d, 0xb8, ...new Array(11).fill(0), 1);
  parts.push(0); // OPT
  u16(41);
  u16(1232);
  u32(0x8000);
  u16(0);
  return Buffer.from(parts);
}

const sample: packet.Packet = {
  type: 'response',
  id: 77,
  flags: packet.AUTHORITATIVE_ANSWER | 3,
  questions: [{ name: 'x.example', type: 'TXT', class: 'IN' }],
  answers: [
    { name: 'x.example', type: 'TXT', ttl: 60, data: ['a', '', 'v=spf1 -all'] },
    { name: 'x.example', type: 'CNAME', ttl: 60, data: 'y.example' },
    { name: 'x.example', type: 'PTR', ttl: 60, data: 'p.example' },
    { name: 'x.example', type: 'SOA', ttl: 60, data: soa() },
    { name: 'x.example', type: 'DS', ttl: 60, data: ds() },
    { name: 'x.example', type: 'CAA', ttl: 60, data: { flags: 0, tag: 'issue', value: 'ca.test' } },
  ],
};
function soa() {
  return {
    mname: 'ns.example',
    rname: 'host.example',
    serial: 7,
    refresh: 1,
    retry: 2,
    expire: 3,
    minimum: 4,
  };
}
function ds() {
  return { keyTag: 1, algorithm: 13, digestType: 2, digest: Buffer.alloc(32, 9) };
}

describe('decodeResponse', () => {
  it('reads a compressed NSD-style answer as dns-packet does', () => {
    const buf = compressed();
    same(buf);
    const r = decodeResponse(buf);
    expect(r.answers?.map((a) => a.type)).toEqual(['A', 'MX']);
    expect(r.answers?.[1]).toMatchObject({ data: { preference: 10, exchange: 'mx.Bench.test' } });
    expect(r.authorities?.[0]).toMatchObject({ name: 'Bench.test', data: 'ns.Bench.test' });
    expect(r.additionals?.[0]).toMatchObject({ type: 'AAAA', data: '2001:db8::1' });
  });

  it('reads names that point to the question as dns-packet does, after a label or not', () => {
    // Question a.B. A; answers: a.B. (pointer), x.a.B. (a label, then the pointer), root OPT.
    const head = [0, 1, 0x84, 0, 0, 1, 0, 3, 0, 0, 0, 0];
    const question = [1, 0x61, 1, 0x42, 0, 0, 1, 0, 1];
    const a = (...owner: number[]) => [...owner, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1];
    same(Buffer.from([...head, ...question, ...a(0xc0, 12), ...a(1, 0x78, 0xc0, 12)]));
    const deep = Buffer.from([
      ...head,
      ...question,
      ...a(0xc0, 12),
      ...a(1, 0x78, 0xc0, 12),
      ...a(0xc0, 14),
    ]);
    same(deep);
    expect(decodeResponse(deep).answers?.map((r) => r.name)).toEqual(['a.B', 'x.a.B', 'B']);
  });

  it('hands other types, classes and odd names to dns-packet', () => {
    same(packet.encode(sample));
    const hinfo = packet.encode({
      ...sample,
      answers: [
        { name: 'ünï.example', type: 'A', ttl: 1, data: '192.0.2.1' },
        { name: 'x.example', type: 'A', class: 'CH', ttl: 1, data: '192.0.2.1' },
      ],
    });
    same(hinfo);
  });

  it('agrees with dns-packet on every mutation of real messages, errors included', () => {
    const seeds = [compressed(), packet.encode(sample)];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.option(fc.nat()),
        (which, flips, cut) => {
          const buf = Buffer.from(seeds[which]!);
          for (const [at, value] of flips) buf[at % buf.length] = value;
          same(cut === null ? buf : buf.subarray(0, cut % (buf.length + 1)));
        },
      ),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('reads the authority and additional sections when asked, as dns-packet reads them at once', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const name = fc.array(label, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('.'));
    const octet = fc.integer({ min: 0, max: 255 });
    const ipv6 = fc
      .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), {
        minLength: 8,
        maxLength: 8,
      })
      .map((ws) => ws.map((w) => w.toString(16)).join(':'));
    const record = fc.oneof(
      fc.record({
        name,
        type: fc.constant('A' as const),
        ttl: fc.nat(),
        data: fc.tuple(octet, octet, octet, octet).map((o) => o.join('.')),
      }),
      fc.record({ name, type: fc.constant('AAAA' as const), ttl: fc.nat(), data: ipv6 }),
      fc.record({ name, type: fc.constant('NS' as const), ttl: fc.nat(), data: name }),
      fc.record({
        name,
        type: fc.constant('MX' as const),
        ttl: fc.nat(),
        data: fc.record({ preference: fc.integer({ min: 0, max: 0xffff }), exchange: name }),
      }),
      fc.record({
        name,
        type: fc.constant('TXT' as const),
        ttl: fc.nat(),
        data: fc.array(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 3 }),
      }),
      // Not on the fast path: the sections holding it are read at once.
      fc.record({
        name,
        type: fc.constant('SOA' as const),
        ttl: fc.nat(),
        data: fc.constant(soa()),
      }),
    );
    const section = fc.array(record, { maxLength: 3 });
    fc.assert(
      fc.property(name, section, section, section, (q, answers, authorities, additionals) => {
        const buf = packet.encode({
          type: 'response',
          id: 1,
          flags: packet.AUTHORITATIVE_ANSWER,
          questions: [{ name: q, type: 'A', class: 'IN' }],
          answers,
          authorities,
          additionals,
        });
        same(buf);
        // Asked for later, or never, the sections do not change what else the message says.
        const r = decodeResponse(buf);
        expect(r.answers).toEqual(packet.decode(buf).answers);
        expect(r.additionals).toEqual(packet.decode(buf).additionals);
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it('writes IPv6 addresses as dns-packet does (the first run of zero groups as ::)', () => {
    const group = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), fc.nat({ max: 4 }), (ws, at) => {
        const buf = Buffer.alloc(at + 18);
        for (const [k, w] of ws.entries()) buf.writeUInt16BE(w, at + 2 + 2 * k);
        const theirs = (
          packet as unknown as { aaaa: { decode(b: Buffer, o: number): string } }
        ).aaaa.decode(buf, at);
        expect(aaaaText(buf, at + 2)).toBe(theirs);
      }),
      { numRuns: 3000, seed: 3 },
    );
  });
});
