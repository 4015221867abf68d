/**
 * Types BIND reads that ZoneGuard has no typed codec for (HINFO, RP, URI, the DNSSEC records of
 * a signed zone in `dnssec-types.ts`, the rarer ones in `rare-types.ts`): their presentation
 * text is encoded to wire form and kept as RFC 3597 data under `TYPEnnn`, so a zone that uses
 * them still loads and diffs exactly.
 */
import type { GenericType } from '../record-type.js';
import { parseIPv4 } from './address.js';
import { DNSSEC_ENCODERS } from './dnssec-types.js';
import { charString, hexRest, name, token, U8, U16, U32, uint } from './fields.js';
import { genericCodec } from './generic.js';
import { RARE_ENCODERS } from './rare-types.js';
import { type RdataContext, RdataError, type RdataToken } from './types.js';
import { done, type Encoder, hexBytes, nameWire, str, u16, u32 } from './wire-write.js';

const prefName: Encoder = (t, ctx) =>
  done(t, 2, [...u16(uint(t, 0, U16, 'preference')), ...nameWire(name(t, 1, ctx, 'name'))]);
const twoNames: Encoder = (t, ctx) =>
  done(t, 2, [...nameWire(name(t, 0, ctx, 'name')), ...nameWire(name(t, 1, ctx, 'name'))]);
const dsLike: Encoder = (t) => [
  ...u16(uint(t, 0, U16, 'key tag')),
  uint(t, 1, U8, 'algorithm'),
  uint(t, 2, U8, 'digest type'),
  ...hexBytes(hexRest(t, 3, 'digest')),
];

function eui(octets: number): Encoder {
  return (t) => {
    const s = token(t, 0, 'EUI address').text;
    const re =
      octets === 6
        ? /^[0-9a-fA-F]{2}(?:-[0-9a-fA-F]{2}){5}$/
        : /^[0-9a-fA-F]{2}(?:-[0-9a-fA-F]{2}){7}$/;
    if (!re.test(s)) throw new RdataError(`expected ${octets} hex octets separated by "-"`, 0);
    return done(t, 1, hexBytes(s.replaceAll('-', '')));
  };
}

function locator64(t: readonly RdataToken[], i: number): number[] {
  const s = token(t, i, 'locator').text;
  if (!/^[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){3}$/.test(s))
    throw new RdataError('expected a locator xxxx:xxxx:xxxx:xxxx', i);
  return s.split(':').flatMap((g) => u16(Number.parseInt(g, 16)));
}

const ZONEMD_DIGEST_LENGTHS: Record<number, number> = { 1: 48, 2: 64 };

const ENCODERS: Record<string, [number, Encoder]> = {
  ...DNSSEC_ENCODERS,
  ...RARE_ENCODERS,
  HINFO: [13, (t) => done(t, 2, [...str(charString(t, 0, 'CPU')), ...str(charString(t, 1, 'OS'))])],
  MINFO: [14, twoNames],
  RP: [17, twoNames],
  AFSDB: [18, prefName],
  X25: [19, (t) => done(t, 1, str(charString(t, 0, 'PSDN address')))],
  RT: [21, prefName],
  KX: [36, prefName],
  ZONEMD: [
    63,
    (t) => {
      const digest = hexBytes(hexRest(t, 3, 'digest'));
      if (digest.length < 12) throw new RdataError('ZONEMD digest is shorter than 12 octets', 3);
      // RFC 8976 §5.3: SHA-384 and SHA-512 digests have their lengths (BIND checks them).
      const want = ZONEMD_DIGEST_LENGTHS[uint(t, 2, U8, 'hash algorithm')];
      if (want !== undefined && digest.length !== want)
        throw new RdataError(`ZONEMD digest is ${digest.length} octets, not ${want}`, 3);
      return [
        ...u32(uint(t, 0, U32, 'serial')),
        uint(t, 1, U8, 'scheme'),
        uint(t, 2, U8, 'hash algorithm'),
        ...digest,
      ];
    },
  ],
  NID: [104, (t) => done(t, 2, [...u16(uint(t, 0, U16, 'preference')), ...locator64(t, 1)])],
  L32: [
    105,
    (t) => {
      const a = parseIPv4(token(t, 1, 'locator').text);
      if (!a) throw new RdataError('expected an IPv4-style locator', 1);
      return done(t, 2, [...u16(uint(t, 0, U16, 'preference')), ...a]);
    },
  ],
  L64: [106, (t) => done(t, 2, [...u16(uint(t, 0, U16, 'preference')), ...locator64(t, 1)])],
  LP: [107, prefName],
  EUI48: [108, eui(6)],
  EUI64: [109, eui(8)],
  URI: [
    256,
    (t) => {
      const target = charString(t, 2, 'URI target', 65535);
      if (!t[2]!.quoted) throw new RdataError('the URI target must be quoted', 2);
      if (target.length === 0) throw new RdataError('the URI target is empty', 2);
      return done(t, 3, [
        ...u16(uint(t, 0, U16, 'priority')),
        ...u16(uint(t, 1, U16, 'weight')),
        ...[...target].map((c) => c.charCodeAt(0)),
      ]);
    },
  ],
  TA: [32768, dsLike],
  DLV: [32769, dsLike],
};

/** The type number of a mnemonic this module encodes, or undefined. */
export function otherTypeNumber(mnemonic: string): number | undefined {
  return ENCODERS[mnemonic.toUpperCase()]?.[0];
}

/**
 * `TYPEnnn` and its canonical RFC 3597 value for a record of such a type, from either its
 * own presentation form or `\#` data. Throws RdataError on bad input; undefined for a
 * mnemonic this module does not know.
 */
export function otherTypeRdata(
  mnemonic: string,
  tokens: readonly RdataToken[],
  ctx: RdataContext,
): { type: GenericType; value: string } | undefined {
  const entry = ENCODERS[mnemonic.toUpperCase()];
  if (!entry) return undefined;
  const [number, encode] = entry;
  const type = `TYPE${number}` as GenericType;
  if (tokens[0]?.text === '\\#' && !tokens[0].quoted)
    return { type, value: genericCodec.format(genericCodec.parse(tokens)) };
  const bytes = encode(tokens, ctx);
  return {
    type,
    value: genericCodec.format({ data: Buffer.from(bytes).toString('hex').toUpperCase() }),
  };
}
