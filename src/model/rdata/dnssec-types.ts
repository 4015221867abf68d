/**
 * DNSSEC records of a signed zone file, and their ancestors (RFC 4034, 5155, 7477; SIG, KEY
 * and NXT of RFC 2535): read so that a signed zone loads and diffs, and kept as RFC 3597 data.
 * A review compares them base to head; it does not check signatures.
 */
import { algorithm } from './dnssec-algorithms.js';
import { base64Rest, hexRest, name, token, U8, U16, U32, uint } from './fields.js';
import { typeNumber } from './type-names.js';
import { type RdataContext, RdataError, type RdataToken } from './types.js';
import { base64Bytes, done, type Encoder, hexBytes, nameWire, u16, u32 } from './wire-write.js';

/** RFC 4034 §4.1.2 type bitmap: windows of up to 32 octets, each bit one type. */
function typeBitmap(tokens: readonly RdataToken[], from: number): number[] {
  const types = new Set<number>();
  for (let i = from; i < tokens.length; i++) types.add(typeNumber(tokens, i, 'a type'));
  const out: number[] = [];
  const sorted = [...types].sort((a, b) => a - b);
  for (let k = 0; k < sorted.length; ) {
    const window = sorted[k]! >> 8;
    const bits = new Array<number>(32).fill(0);
    let last = 0;
    for (; k < sorted.length && sorted[k]! >> 8 === window; k++) {
      const low = sorted[k]! & 255;
      bits[low >> 3]! |= 0x80 >> (low & 7);
      last = low >> 3;
    }
    out.push(window, last + 1, ...bits.slice(0, last + 1));
  }
  return out;
}

/**
 * An RRSIG/SIG time: `YYYYMMDDHHmmSS` (UTC), or seconds since the epoch as a plain number
 * (BIND reads both; the wire keeps the value modulo 2^32, RFC 4034 §3.1.5).
 */
function sigTime(tokens: readonly RdataToken[], i: number, what: string): number {
  const s = token(tokens, i, what).text;
  if (!/^\d{14}$/.test(s)) return uint(tokens, i, U32, what);
  const [y, mo, d, h, mi, se] = [0, 4, 6, 8, 10, 12].map((k, j) =>
    Number(s.slice(k, j === 0 ? 4 : k + 2)),
  ) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, se);
  const back = new Date(ms);
  if (y < 1970 || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59)
    throw new RdataError(`${what} ${s} is not a valid time (YYYYMMDDHHmmSS)`, i);
  if (se > 60) throw new RdataError(`${what} ${s} is not a valid time (YYYYMMDDHHmmSS)`, i);
  return (ms / 1000) % 2 ** 32;
}

/** RRSIG (RFC 4034 §3.2) and SIG (RFC 2535 §4.1): the same fields. */
const signature: Encoder = (t, ctx) => [
  ...u16(typeNumber(t, 0, 'type covered')),
  algorithm(t, 1),
  uint(t, 2, U8, 'labels'),
  ...u32(uint(t, 3, U32, 'original TTL')),
  ...u32(sigTime(t, 4, 'signature expiration')),
  ...u32(sigTime(t, 5, 'signature inception')),
  ...u16(uint(t, 6, U16, 'key tag')),
  ...nameWire(name(t, 7, ctx, "signer's name")),
  ...base64Bytes(base64Rest(t, 8, 'signature')),
];

const BASE32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

/** RFC 4648 base32hex without padding, as NSEC3 writes the next hashed owner. */
function base32hex(tokens: readonly RdataToken[], i: number): number[] {
  const s = token(tokens, i, 'next hashed owner name').text.toUpperCase();
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of s) {
    const v = BASE32HEX.indexOf(c);
    if (v === -1) throw new RdataError('next hashed owner name is not base32hex', i);
    acc = ((acc << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 255);
    }
  }
  if (bits >= 5 || (acc & ((1 << bits) - 1)) !== 0 || out.length === 0 || out.length > 255)
    throw new RdataError('next hashed owner name is not base32hex of whole octets', i);
  return out;
}

/** A salt: `-` for none, else hex (at most 255 octets). */
function salt(tokens: readonly RdataToken[], i: number): number[] {
  const t = token(tokens, i, 'salt');
  const bytes = t.text === '-' ? [] : hexBytes(hexRest([t], 0, 'salt'));
  if (bytes.length > 255) throw new RdataError('salt is longer than 255 octets', i);
  return [bytes.length, ...bytes];
}

/** KEY (RFC 2535 §3.1): a key may be absent when the flags say "no key" (both top bits). */
const key: Encoder = (t) => {
  const flags = uint(t, 0, U16, 'flags');
  const head = [...u16(flags), uint(t, 1, U8, 'protocol'), algorithm(t, 2)];
  if (t.length === 3 && (flags & 0xc000) === 0xc000) return head;
  return [...head, ...base64Bytes(base64Rest(t, 3, 'public key'))];
};

/** NXT (RFC 2535 §5.2): next name and a bitmap of types 1–127 without windows. */
const nxt: Encoder = (t, ctx: RdataContext) => {
  const next = nameWire(name(t, 0, ctx, 'next domain name'));
  const bits = new Array<number>(16).fill(0);
  let last = -1;
  for (let i = 1; i < t.length; i++) {
    const n = typeNumber(t, i, 'a type');
    if (n > 127) throw new RdataError('NXT lists types up to 127 only', i);
    bits[n >> 3]! |= 0x80 >> (n & 7);
    last = Math.max(last, n >> 3);
  }
  return [...next, ...bits.slice(0, last + 1)];
};

export const DNSSEC_ENCODERS: Record<string, [number, Encoder]> = {
  SIG: [24, signature],
  KEY: [25, key],
  NXT: [30, nxt],
  RRSIG: [46, signature],
  NSEC: [47, (t, ctx) => [...nameWire(name(t, 0, ctx, 'next domain name')), ...typeBitmap(t, 1)]],
  NSEC3: [
    50,
    (t) => {
      const hash = base32hex(t, 4);
      return [
        uint(t, 0, U8, 'hash algorithm'),
        uint(t, 1, U8, 'flags'),
        ...u16(uint(t, 2, U16, 'iterations')),
        ...salt(t, 3),
        hash.length,
        ...hash,
        ...typeBitmap(t, 5),
      ];
    },
  ],
  NSEC3PARAM: [
    51,
    (t) =>
      done(t, 4, [
        uint(t, 0, U8, 'hash algorithm'),
        uint(t, 1, U8, 'flags'),
        ...u16(uint(t, 2, U16, 'iterations')),
        ...salt(t, 3),
      ]),
  ],
  RKEY: [57, key],
  CSYNC: [
    62,
    (t) => [
      ...u32(uint(t, 0, U32, 'SOA serial')),
      ...u16(uint(t, 1, U16, 'flags')),
      ...typeBitmap(t, 2),
    ],
  ],
};
