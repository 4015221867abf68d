/**
 * Types BIND reads that ZoneGuard has no typed codec for (HINFO, RP, URI, NSEC3PARAM, …): their
 * presentation text is encoded to wire form and kept as RFC 3597 data under `TYPEnnn`, so a
 * zone that uses them still loads and diffs exactly. Signed-zone types (RRSIG, NSEC, NSEC3)
 * are not among them.
 */
import type { GenericType } from '../record-type.js';
import { parseIPv4 } from './address.js';
import { charString, end, hexRest, name, token, U8, U16, U32, uint } from './fields.js';
import { genericCodec } from './generic.js';
import { type RdataContext, RdataError, type RdataToken } from './types.js';

type Encoder = (tokens: readonly RdataToken[], ctx: RdataContext) => number[];

/** Wire form of a canonical absolute name (no compression). */
export function nameWire(canonical: string): number[] {
  const out: number[] = [];
  let label: number[] = [];
  for (let k = 0; k < canonical.length; k++) {
    const c = canonical.charCodeAt(k);
    if (c === 0x2e) {
      if (label.length > 0) out.push(label.length, ...label);
      label = [];
    } else if (c === 0x5c) {
      const d = canonical.slice(k + 1, k + 4);
      if (/^\d{3}$/.test(d)) {
        label.push(Number(d));
        k += 3;
      } else {
        label.push(canonical.charCodeAt(k + 1));
        k++;
      }
    } else label.push(c);
  }
  out.push(0);
  return out;
}

const u16 = (v: number): number[] => [v >> 8, v & 255];
const u32 = (v: number): number[] => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
const str = (s: string): number[] => [s.length, ...[...s].map((c) => c.charCodeAt(0))];
const hexBytes = (h: string): number[] => [...Buffer.from(h, 'hex')];

function done(tokens: readonly RdataToken[], n: number, bytes: number[]): number[] {
  end(tokens, n);
  return bytes;
}

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

const ENCODERS: Record<string, [number, Encoder]> = {
  HINFO: [13, (t) => done(t, 2, [...str(charString(t, 0, 'CPU')), ...str(charString(t, 1, 'OS'))])],
  MINFO: [14, twoNames],
  RP: [17, twoNames],
  AFSDB: [18, prefName],
  X25: [19, (t) => done(t, 1, str(charString(t, 0, 'PSDN address')))],
  RT: [21, prefName],
  KX: [36, prefName],
  NSEC3PARAM: [
    51,
    (t) => {
      const salt = token(t, 3, 'salt').text;
      const saltBytes = salt === '-' ? [] : hexBytes(hexRest(t, 3, 'salt'));
      if (saltBytes.length > 255) throw new RdataError('salt is longer than 255 octets', 3);
      return done(t, 4, [
        uint(t, 0, U8, 'hash algorithm'),
        uint(t, 1, U8, 'flags'),
        ...u16(uint(t, 2, U16, 'iterations')),
        saltBytes.length,
        ...saltBytes,
      ]);
    },
  ],
  ZONEMD: [
    63,
    (t) => {
      const digest = hexBytes(hexRest(t, 3, 'digest'));
      if (digest.length < 12) throw new RdataError('ZONEMD digest is shorter than 12 octets', 3);
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
