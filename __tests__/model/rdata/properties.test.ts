/**
 * Property tests over every record type: typed rdata survives format → parse unchanged;
 * canonical text is a fixed point of parsing; and no token input makes a codec throw.
 */
import fc from 'fast-check';
import { formatIPv6 } from '../../../src/model/rdata/address.js';
import { quoteOctets } from '../../../src/model/rdata/fields.js';
import {
  canonicalRdata,
  decodeRdata,
  formatRdata,
  parseRdata,
  type Rdata,
  type RdataToken,
} from '../../../src/model/rdata/registry.js';
import { type RecordType, STANDARD_TYPES } from '../../../src/model/record-type.js';
import { rdataFor, rng } from '../../formats/bind/zone-generator.js';

const u8 = fc.integer({ min: 0, max: 255 });
const u16 = fc.integer({ min: 0, max: 65535 });
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const label = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);
const name = fc.oneof(
  fc.constant('.'),
  fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => `${l.join('.')}.`),
);
const octets = (maxLength: number, minLength = 0) =>
  fc.array(u8, { minLength, maxLength }).map((b) => String.fromCharCode(...b));
const hex = (minLength: number, maxLength: number) =>
  fc.uint8Array({ minLength, maxLength }).map((b) => Buffer.from(b).toString('hex').toUpperCase());
const b64 = fc
  .uint8Array({ minLength: 1, maxLength: 80 })
  .map((b) => Buffer.from(b).toString('base64'));
const digest = fc.oneof(
  fc
    .constantFrom(1, 2, 4)
    .chain((t) =>
      hex({ 1: 20, 2: 32, 4: 48 }[t]!, { 1: 20, 2: 32, 4: 48 }[t]!).map((d) => [t, d] as const),
    ),
  fc.tuple(fc.integer({ min: 5, max: 255 }), hex(1, 64)),
);
const precision = fc.oneof(
  fc.constant(0),
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 9 }))
    .map(([m, e]) => (m << 4) | e),
);
const svcParams = fc
  .record(
    {
      alpn: fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { minLength: 1, maxLength: 3 }),
      port: u16,
      ipv4hint: fc.array(
        fc.tuple(u8, u8, u8, u8).map((q) => q.join('.')),
        { minLength: 1, maxLength: 3 },
      ),
      ipv6hint: fc.array(fc.array(u16, { minLength: 8, maxLength: 8 }).map(formatIPv6), {
        minLength: 1,
        maxLength: 2,
      }),
      key65000: octets(20),
    },
    { requiredKeys: [] },
  )
  .map((p) => {
    const out: { key: string; value?: string }[] = [];
    if (p.alpn) out.push({ key: 'alpn', value: `"${p.alpn.join(',')}"` });
    if (p.port !== undefined) out.push({ key: 'port', value: String(p.port) });
    if (p.ipv4hint) out.push({ key: 'ipv4hint', value: p.ipv4hint.join(',') });
    if (p.ipv6hint) out.push({ key: 'ipv6hint', value: p.ipv6hint.join(',') });
    if (p.key65000 !== undefined)
      out.push(
        p.key65000 === ''
          ? { key: 'key65000' }
          : { key: 'key65000', value: quoteOctets(p.key65000) },
      );
    return out;
  });

const TYPED: Record<string, fc.Arbitrary<object>> = {
  A: fc.tuple(u8, u8, u8, u8).map((q) => ({ address: q.join('.') })),
  AAAA: fc.array(u16, { minLength: 8, maxLength: 8 }).map((w) => ({ address: formatIPv6(w) })),
  NS: name.map((target) => ({ target })),
  CNAME: name.map((target) => ({ target })),
  DNAME: name.map((target) => ({ target })),
  PTR: name.map((target) => ({ target })),
  MX: fc.record({ preference: u16, exchange: name }),
  SOA: fc.record({
    mname: name,
    rname: name,
    serial: u32,
    refresh: u32,
    retry: u32,
    expire: u32,
    minimum: u32,
  }),
  TXT: fc.array(octets(255), { minLength: 1, maxLength: 4 }).map((strings) => ({ strings })),
  SPF: fc.array(octets(255), { minLength: 1, maxLength: 2 }).map((strings) => ({ strings })),
  SRV: fc.record({ priority: u16, weight: u16, port: u16, target: name }),
  CAA: fc.record({ flags: u8, tag: fc.stringMatching(/^[a-zA-Z0-9]{1,15}$/), value: octets(300) }),
  DS: fc
    .tuple(u16, u8, digest)
    .map(([keyTag, algorithm, [digestType, d]]) => ({ keyTag, algorithm, digestType, digest: d })),
  CDS: fc
    .tuple(u16, u8, digest)
    .map(([keyTag, algorithm, [digestType, d]]) => ({ keyTag, algorithm, digestType, digest: d })),
  DNSKEY: fc.record({ flags: u16, protocol: u8, algorithm: u8, publicKey: b64 }),
  CDNSKEY: fc.record({ flags: u16, protocol: u8, algorithm: u8, publicKey: b64 }),
  SSHFP: fc
    .tuple(u8, fc.integer({ min: 3, max: 255 }), hex(1, 40))
    .map(([algorithm, fpType, fingerprint]) => ({ algorithm, fpType, fingerprint })),
  TLSA: fc.record({ usage: u8, selector: u8, matchingType: u8, data: hex(1, 64) }),
  SMIMEA: fc.record({ usage: u8, selector: u8, matchingType: u8, data: hex(1, 64) }),
  NAPTR: fc.record({
    order: u16,
    preference: u16,
    flags: fc.stringMatching(/^[A-Za-z0-9]{0,3}$/),
    services: octets(40),
    regexp: octets(60),
    replacement: name,
  }),
  SVCB: fc.record({ priority: u16, target: name, params: svcParams }),
  HTTPS: fc.record({ priority: u16, target: name, params: svcParams }),
  LOC: fc.record({
    version: fc.constant(0),
    size: precision,
    horizPre: precision,
    vertPre: precision,
    latitude: fc.integer({ min: 2 ** 31 - 90 * 3600000, max: 2 ** 31 + 90 * 3600000 }),
    longitude: fc.integer({ min: 2 ** 31 - 180 * 3600000, max: 2 ** 31 + 180 * 3600000 }),
    altitude: u32,
  }),
  DHCID: b64.map((data) => ({ data })),
  OPENPGPKEY: b64.map((publicKey) => ({ publicKey })),
};

describe('every standard type has a typed arbitrary', () => {
  it('covers STANDARD_TYPES', () => {
    expect(Object.keys(TYPED).sort()).toEqual([...STANDARD_TYPES].sort());
  });
});

describe.each(Object.keys(TYPED))('%s', (type) => {
  it('parse(format(rdata)) == rdata', () => {
    fc.assert(
      fc.property(TYPED[type]!, (fields) => {
        const rdata = { type, ...fields } as Rdata;
        const text = formatRdata(rdata);
        const r = canonicalRdata(type as RecordType, text, '.');
        if (!r.ok) throw new Error(`${type} "${text}": ${r.message}`);
        expect(r.value).toBe(text);
        expect(decodeRdata(type as RecordType, r.value)).toEqual(rdata);
      }),
      { numRuns: 150 },
    );
  });

  it('format(parse(x)) is stable for zone-file spellings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), (seed) => {
        const text = rdataFor(rng(seed), type, 'zone.example.');
        const once = canonicalRdata(type as RecordType, text, 'zone.example.');
        if (!once.ok) throw new Error(`${type} "${text}": ${once.message}`);
        expect(canonicalRdata(type as RecordType, once.value, 'elsewhere.')).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary tokens give a value or a refusal, never a throw', () => {
    const word = fc.oneof(
      fc.constantFrom(
        '\\#',
        '0',
        '1',
        '4',
        '255',
        '65536',
        '.',
        '@',
        'a.b',
        'alpn=h2',
        'key65000=',
        'N',
        'E',
        '1m',
        'AA==',
        'ABCD',
        '\\',
        '\\0',
        '"',
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.stringMatching(/^[0-9a-fA-F]{0,8}$/),
    );
    const token: fc.Arbitrary<RdataToken> = fc.record({ text: word, quoted: fc.boolean() });
    fc.assert(
      fc.property(fc.array(token, { maxLength: 9 }), (tokens) => {
        const r = parseRdata(type as RecordType, tokens, { origin: 'example.' });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
