import * as packet from 'dns-packet';
import fc from 'fast-check';
import { absolute, canonicalValue, presentation, rrsetFrom } from '../../src/live/records.js';
import { canonicalName } from '../../src/model/name.js';
import { canonicalRdata } from '../../src/model/rdata/registry.js';
import type { RecordType } from '../../src/model/record-type.js';
import { rrsets } from '../helpers/zones.js';

/** Live values must equal what a zone file says, or every RRset would look like drift. */
const CASES: [RecordType, unknown, string][] = [
  ['A', '192.0.2.1', '192.0.2.1'],
  ['AAAA', '2001:db8::1', '2001:DB8:0::1'],
  ['NS', 'NS1.Example.NET', 'ns1.example.net.'],
  ['CNAME', 'target.example.net', 'target.example.net.'],
  ['MX', { preference: 10, exchange: 'Mail.example.com' }, '10 mail.example.com.'],
  ['MX', { preference: 0, exchange: '' }, '0 .'],
  [
    'TXT',
    [Buffer.from('v=spf1 -all'), Buffer.from('say "hi"\\')],
    '"v=spf1 -all" "say \\"hi\\"\\\\"',
  ],
  ['TXT', [Buffer.from([0x00, 0xe9, 0x41])], '"\\000\\233A"'],
  [
    'SRV',
    { priority: 1, weight: 2, port: 443, target: 'svc.example.com' },
    '1 2 443 svc.example.com.',
  ],
  ['CAA', { flags: 0, tag: 'issue', value: 'letsencrypt.org' }, '0 issue "letsencrypt.org"'],
  [
    'SOA',
    {
      mname: 'ns1.example.com',
      rname: 'hostmaster.example.com',
      serial: 2026112601,
      refresh: 3600,
      retry: 900,
      expire: 604800,
      minimum: 300,
    },
    'ns1.example.com. hostmaster.example.com. 2026112601 3600 900 604800 300',
  ],
  [
    'DS',
    {
      keyTag: 60485,
      algorithm: 5,
      digestType: 1,
      digest: Buffer.from('2BB183AF5F22588179A53B0A98631FAD1A292118', 'hex'),
    },
    '60485 5 1 2bb183af5f22588179a53b0a98631fad1a292118',
  ],
  [
    'DNSKEY',
    {
      flags: 257,
      algorithm: 13,
      key: Buffer.from(
        'GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQLc8NAA==',
        'base64',
      ),
    },
    '257 3 13 GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edb krSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQLc8NAA==',
  ],
];

describe('live answers in canonical form', () => {
  it.each(CASES.map((c, i) => [i, ...c] as const))('#%i %s', (_i, type, data, zoneText) => {
    const encoded = packet.encode({
      type: 'response',
      id: 1,
      questions: [{ type: type as packet.RecordType, name: 'x.example.com' }],
      answers: [{ type, name: 'X.Example.COM', ttl: 300, data } as packet.Answer],
    });
    const decoded = packet.decode(encoded);
    const rrset = rrsetFrom(decoded.answers, 'x.example.com.', type);
    const expected = canonicalRdata(type, zoneText, 'example.com.');
    expect(expected.ok).toBe(true);
    expect(rrset?.values).toEqual([(expected as { value: string }).value]);
    expect(rrset?.ttl).toBe(300);
  });

  it('types dns-packet does not know come as RFC 3597 data and still canonicalise', () => {
    const raw = Buffer.from('00010000010003026832', 'hex'); // HTTPS 1 . alpn=h2 (wire)
    const encoded = packet.encode({
      type: 'response',
      id: 1,
      questions: [{ type: 'UNKNOWN_65' as packet.RecordType, name: 'x.example.com' }],
      answers: [{ type: 'UNKNOWN_65', name: 'x.example.com', ttl: 60, data: raw } as never],
    });
    const rrset = rrsetFrom(packet.decode(encoded).answers, 'x.example.com.', 'HTTPS');
    expect(rrset?.values).toEqual([
      (canonicalRdata('HTTPS', '1 . alpn=h2', 'example.com.') as { value: string }).value,
    ]);
  });
});

describe('types dns-packet decodes into objects', () => {
  it('read SSHFP, TLSA and NAPTR answers as the zone-file codecs write them', () => {
    const answers = [
      {
        type: 'SSHFP',
        name: 'host.example.com',
        ttl: 300,
        data: { algorithm: 4, hash: 2, fingerprint: 'AB12'.repeat(16) },
      },
      {
        type: 'TLSA',
        name: '_443._tcp.example.com',
        ttl: 300,
        data: { usage: 3, selector: 1, matchingType: 1, certificate: Buffer.from('abcd', 'hex') },
      },
      {
        type: 'NAPTR',
        name: 'example.com',
        ttl: 300,
        data: {
          order: 100,
          preference: 10,
          flags: 'S',
          services: 'SIP+D2U',
          regexp: '',
          replacement: '_sip._udp.example.com',
        },
      },
    ];
    const decoded = packet.decode(
      packet.encode({ type: 'response', id: 1, answers: answers as packet.Answer[] }),
    ).answers;
    const expected: [string, RecordType, string][] = [
      ['host.example.com.', 'SSHFP', `host 300 SSHFP 4 2 ${'AB12'.repeat(16)}`],
      ['_443._tcp.example.com.', 'TLSA', '_443._tcp 300 TLSA 3 1 1 ABCD'],
      ['example.com.', 'NAPTR', '@ 300 NAPTR 100 10 "S" "SIP+D2U" "" _sip._udp.example.com.'],
    ];
    for (const [name, type, line] of expected) {
      const live = rrsetFrom(decoded, name, type);
      const fromFile = rrsets('example.com.', [line])[0]!;
      expect(live?.values).toEqual(fromFile.values);
    }
  });
});

describe('canonical values built directly from decoded fields', () => {
  /** The long way: presentation text, parsed and formatted by the zone-file codecs. */
  const longWay = (type: RecordType, data: unknown) => {
    const text = presentation(type, data);
    if (text === undefined) return undefined;
    const r = canonicalRdata(type, text, '.');
    return r.ok ? r.value : text;
  };
  // Labels as dns-packet hands them over: mostly plain, some with case, escapes or odd octets.
  const label = fc.oneof(
    fc.stringMatching(/^[a-z0-9_-]{1,63}$/),
    fc.stringMatching(/^[A-Za-z0-9*\\. "]{1,20}$/),
  );
  const name = fc.array(label, { minLength: 0, maxLength: 5 }).map((ls) => ls.join('.'));
  const typed: fc.Arbitrary<[RecordType, unknown]> = fc.oneof(
    fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255))
      .map((b) => ['A', b.join('.')] as [RecordType, unknown]),
    fc
      .tuple(
        fc.array(fc.oneof(fc.constant(0), fc.nat(0xffff)), { minLength: 8, maxLength: 8 }),
        fc.boolean(),
      )
      .map(([words, upper]) => {
        const text = words.map((w) => w.toString(16)).join(':');
        return ['AAAA', upper ? text.toUpperCase() : text] as [RecordType, unknown];
      }),
    fc.tuple(fc.constantFrom('NS', 'CNAME', 'PTR', 'DNAME'), name) as fc.Arbitrary<
      [RecordType, unknown]
    >,
    fc
      .tuple(fc.nat(0xffff), name)
      .map(([preference, exchange]) => ['MX', { preference, exchange }] as [RecordType, unknown]),
    fc
      .array(fc.uint8Array({ maxLength: 40 }), { minLength: 0, maxLength: 4 })
      .map((parts) => ['TXT', parts.map((p) => Buffer.from(p))] as [RecordType, unknown]),
  );

  it('names: the plain-name shortcut agrees with the model for every name', () => {
    fc.assert(
      fc.property(name, (n) => {
        const r = canonicalName(n === '' ? '.' : `${n}.`);
        expect(absolute(n)).toBe(r.ok ? r.name : undefined);
      }),
      { numRuns: 3000, seed: 6 },
    );
  });

  it('equal the long way for every value', () => {
    fc.assert(
      fc.property(typed, ([type, data]) => {
        expect(canonicalValue(type, data)).toBe(longWay(type, data));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});
