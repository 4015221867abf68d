import * as packet from 'dns-packet';
import fc from 'fast-check';
import { decodeResponse, OVERRUN } from '../../../src/live/dns/decode.js';

/** Either the decoded message or the error message: what a caller can observe. */
function outcome(decode: (b: Buffer) => unknown, buf: Buffer): unknown {
  try {
    return { ok: decode(buf) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/**
 * Ours equals dns-packet's, except that we refuse a message dns-packet reads beyond its end
 * (it trusts some record lengths; `decode.bytes` then says how far it went), possibly with
 * another message than the error dns-packet meets further on.
 */
function same(buf: Buffer): void {
  const ours = outcome(decodeResponse, buf);
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
});
