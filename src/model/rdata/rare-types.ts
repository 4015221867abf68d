/**
 * The rarer types BIND reads (obsolete, experimental and recent ones: MB, WKS, NSAP, PX, A6,
 * APL, IPSECKEY, HIP, CERT, AMTRELAY, DSYNC, …): encoded from their presentation form to wire
 * octets, field by field as their RFCs and BIND write them, and kept as RFC 3597 data. One
 * unfamiliar record is then data to compare, never a reason to stop the review. Not here:
 * MD and MF (BIND refuses them as obsolete), NULL, UINFO, UID, GID and UNSPEC (BIND reads
 * them only as RFC 3597 data, `\# <length> <hex>`, which any type accepts).
 */
import { parseIPv4, parseIPv6 } from './address.js';
import { algorithm } from './dnssec-algorithms.js';
import { base64Rest, charString, hexRest, name, token, U8, U16, U32, uint } from './fields.js';
import { typeNumber } from './type-names.js';
import { RdataError, type RdataToken } from './types.js';
import {
  base64Bytes,
  done,
  type Encoder,
  hexBytes,
  nameWire,
  octets,
  str,
  u16,
  u32,
} from './wire-write.js';

const oneName: Encoder = (t, ctx) => done(t, 1, nameWire(name(t, 0, ctx, 'name')));
const twoNames: Encoder = (t, ctx) =>
  done(t, 2, [...nameWire(name(t, 0, ctx, 'name')), ...nameWire(name(t, 1, ctx, 'name'))]);

/** One or more character-strings, as TXT (NINFO, AVC, RESINFO, WALLET). */
const strings: Encoder = (t) => {
  if (t.length === 0) throw new RdataError('expected at least one character-string', 0);
  return t.flatMap((_, i) => str(charString(t, i, 'character-string')));
};

/** Base64 to the end; `optional` lets it be absent. */
function base64Tail(t: readonly RdataToken[], from: number, what: string, optional = false) {
  return optional && t.length <= from ? [] : base64Bytes(base64Rest(t, from, what));
}

function ipv4(t: readonly RdataToken[], i: number, what: string): number[] {
  const a = parseIPv4(token(t, i, what).text);
  if (!a) throw new RdataError(`expected ${what} (an IPv4 address)`, i);
  return a;
}

function ipv6(t: readonly RdataToken[], i: number, what: string): number[] {
  const w = parseIPv6(token(t, i, what).text);
  if (!w) throw new RdataError(`expected ${what} (an IPv6 address)`, i);
  return w.flatMap(u16);
}

/** Hex with optional dots, after a `0x` (NSAP) or bare (ATMA). */
function dottedHex(i: number, s: string, what: string): number[] {
  const digits = s.replaceAll('.', '');
  if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length % 2 !== 0)
    throw new RdataError(`${what} must be an even number of hex digits`, i);
  return hexBytes(digits);
}

// Protocols and services a WKS record names, as the IANA registries spell them (BIND looks
// them up in the system's tables; these are the well-known ones every system has).
const PROTOCOLS: Record<string, number> = { icmp: 1, tcp: 6, udp: 17 };
const SERVICES: Record<string, number> = {
  tcpmux: 1,
  echo: 7,
  discard: 9,
  systat: 11,
  daytime: 13,
  netstat: 15,
  qotd: 17,
  chargen: 19,
  'ftp-data': 20,
  ftp: 21,
  ssh: 22,
  telnet: 23,
  smtp: 25,
  time: 37,
  whois: 43,
  domain: 53,
  bootps: 67,
  bootpc: 68,
  tftp: 69,
  gopher: 70,
  finger: 79,
  http: 80,
  www: 80,
  kerberos: 88,
  pop3: 110,
  sunrpc: 111,
  auth: 113,
  nntp: 119,
  ntp: 123,
  imap: 143,
  imap2: 143,
  snmp: 161,
  ldap: 389,
  https: 443,
  submission: 587,
  imaps: 993,
  pop3s: 995,
};

function byNameOrNumber(
  t: readonly RdataToken[],
  i: number,
  names: Record<string, number>,
  max: number,
  what: string,
): number {
  const text = token(t, i, what).text;
  const known = names[text.toLowerCase()] ?? names[text.toUpperCase()];
  return known ?? uint(t, i, max, what);
}

/** WKS (RFC 1035 §3.4.2): address, protocol, and a bitmap of the ports offered. */
const wks: Encoder = (t) => {
  const address = ipv4(t, 0, 'address');
  const protocol = byNameOrNumber(t, 1, PROTOCOLS, U8, 'protocol');
  const bits: number[] = [];
  for (let i = 2; i < t.length; i++) {
    const port = byNameOrNumber(t, i, SERVICES, U16, 'service');
    while (bits.length <= port >> 3) bits.push(0);
    bits[port >> 3]! |= 0x80 >> (port & 7);
  }
  return [...address, protocol, ...bits];
};

/** A6 (RFC 2874): prefix length, the address bits after the prefix, the prefix's name. */
const a6: Encoder = (t, ctx) => {
  const prefix = uint(t, 0, 128, 'prefix length');
  const out = [prefix];
  let i = 1;
  if (prefix < 128) {
    const addr = ipv6(t, i++, 'address suffix');
    const skip = prefix >> 3;
    addr[skip]! &= 0xff >> (prefix & 7);
    out.push(...addr.slice(skip));
  }
  if (prefix > 0) out.push(...nameWire(name(t, i++, ctx, 'prefix name')));
  return done(t, i, out);
};

/** APL (RFC 3123): `[!]afi:address/prefix` items, addresses without trailing zero octets. */
const apl: Encoder = (t) =>
  t.flatMap((tok, i) => {
    const m = /^(!?)(\d+):([^/]+)\/(\d+)$/.exec(tok.text);
    if (!m || tok.quoted) throw new RdataError('expected [!]afi:address/prefix', i);
    const family = Number(m[2]);
    const prefix = Number(m[4]);
    const bytes =
      family === 1 ? parseIPv4(m[3]!) : family === 2 ? parseIPv6(m[3]!)?.flatMap(u16) : undefined;
    if (!bytes) throw new RdataError(`bad APL address for family ${m[2]}`, i);
    if (prefix > bytes.length * 8) throw new RdataError(`APL prefix /${prefix} is too long`, i);
    let len = bytes.length;
    while (len > 0 && bytes[len - 1] === 0) len--;
    return [...u16(family), prefix, (m[1] ? 0x80 : 0) | len, ...bytes.slice(0, len)];
  });

/** A gateway or relay by its type: 0 none (`.`), 1 IPv4, 2 IPv6, 3 a name. */
function gateway(t: readonly RdataToken[], i: number, type: number, ctx: { origin: string }) {
  if (type === 0) {
    if (token(t, i, 'gateway').text !== '.') throw new RdataError('gateway type 0 needs "."', i);
    return [];
  }
  if (type === 1) return ipv4(t, i, 'gateway');
  if (type === 2) return ipv6(t, i, 'gateway');
  if (type === 3) return nameWire(name(t, i, ctx, 'gateway'));
  throw new RdataError(`gateway type ${type} is unknown`, i - 2);
}

const CERT_TYPES: Record<string, number> = {
  PKIX: 1,
  SPKI: 2,
  PGP: 3,
  IPKIX: 4,
  ISPKI: 5,
  IPGP: 6,
  ACPKIX: 7,
  IACPKIX: 8,
  URI: 253,
  OID: 254,
};

export const RARE_ENCODERS: Record<string, [number, Encoder]> = {
  MB: [7, oneName],
  MG: [8, oneName],
  MR: [9, oneName],
  WKS: [11, wks],
  ISDN: [
    20,
    (t) => {
      const out = str(charString(t, 0, 'ISDN address'));
      if (t.length > 1) out.push(...str(charString(t, 1, 'subaddress')));
      return done(t, Math.min(t.length, 2), out);
    },
  ],
  NSAP: [
    22,
    (t) => {
      const s = token(t, 0, 'NSAP address').text;
      if (!/^0x/i.test(s)) throw new RdataError('an NSAP address starts with 0x', 0);
      return done(t, 1, dottedHex(0, s.slice(2), 'NSAP address'));
    },
  ],
  'NSAP-PTR': [23, oneName],
  PX: [
    26,
    (t, ctx) =>
      done(t, 3, [
        ...u16(uint(t, 0, U16, 'preference')),
        ...nameWire(name(t, 1, ctx, 'MAP822')),
        ...nameWire(name(t, 2, ctx, 'MAPX400')),
      ]),
  ],
  GPOS: [
    27,
    (t) =>
      done(t, 3, [
        ...str(charString(t, 0, 'longitude')),
        ...str(charString(t, 1, 'latitude')),
        ...str(charString(t, 2, 'altitude')),
      ]),
  ],
  EID: [31, (t) => hexBytes(hexRest(t, 0, 'EID'))],
  NIMLOC: [32, (t) => hexBytes(hexRest(t, 0, 'NIMLOC'))],
  ATMA: [
    34,
    (t) => {
      const s = token(t, 0, 'ATM address').text;
      if (s.startsWith('+')) {
        if (!/^\+\d+$/.test(s)) throw new RdataError('an E.164 ATM address is + and digits', 0);
        return done(t, 1, [1, ...octets(s.slice(1))]);
      }
      return done(t, 1, [0, ...dottedHex(0, s, 'ATM address')]);
    },
  ],
  CERT: [
    37,
    (t) => [
      ...u16(byNameOrNumber(t, 0, CERT_TYPES, U16, 'certificate type')),
      ...u16(uint(t, 1, U16, 'key tag')),
      algorithm(t, 2),
      ...base64Tail(t, 3, 'certificate'),
    ],
  ],
  A6: [38, a6],
  SINK: [
    40,
    (t) => [
      uint(t, 0, U8, 'meaning'),
      uint(t, 1, U8, 'coding'),
      uint(t, 2, U8, 'subcoding'),
      ...base64Tail(t, 3, 'data', true),
    ],
  ],
  APL: [42, apl],
  IPSECKEY: [
    45,
    (t, ctx) => {
      const type = uint(t, 1, U8, 'gateway type');
      return [
        uint(t, 0, U8, 'precedence'),
        type,
        uint(t, 2, U8, 'algorithm'),
        ...gateway(t, 3, type, ctx),
        ...base64Tail(t, 4, 'public key'),
      ];
    },
  ],
  HIP: [
    55,
    (t, ctx) => {
      const alg = uint(t, 0, U8, 'PK algorithm');
      const hit = hexBytes(hexRest([token(t, 1, 'HIT')], 0, 'HIT'));
      const key = base64Bytes(base64Rest([token(t, 2, 'public key')], 0, 'public key'));
      if (hit.length > 255) throw new RdataError('HIT is longer than 255 octets', 1);
      const servers = t.slice(3).flatMap((_, k) => nameWire(name(t, 3 + k, ctx, 'server')));
      return [hit.length, alg, ...u16(key.length), ...hit, ...key, ...servers];
    },
  ],
  NINFO: [56, strings],
  TALINK: [58, twoNames],
  DSYNC: [
    66,
    (t, ctx) =>
      done(t, 4, [
        ...u16(typeNumber(t, 0, 'type')),
        byNameOrNumber(t, 1, { NOTIFY: 1, notify: 1 }, U8, 'scheme'),
        ...u16(uint(t, 2, U16, 'port')),
        ...nameWire(name(t, 3, ctx, 'target')),
      ]),
  ],
  HHIT: [67, (t) => base64Tail(t, 0, 'HHIT data')],
  BRID: [68, (t) => base64Tail(t, 0, 'BRID data')],
  AVC: [258, strings],
  DOA: [
    259,
    (t) => {
      const media = str(charString(t, 3, 'media type'));
      const data = token(t, 4, 'data').text === '-' ? done(t, 5, []) : base64Tail(t, 4, 'data');
      return [
        ...u32(uint(t, 0, U32, 'enterprise')),
        ...u32(uint(t, 1, U32, 'type')),
        uint(t, 2, U8, 'location'),
        ...media,
        ...data,
      ];
    },
  ],
  AMTRELAY: [
    260,
    (t, ctx) => {
      const discovery = uint(t, 1, 1, 'discovery optional');
      const type = uint(t, 2, 127, 'relay type');
      return done(t, 4, [
        uint(t, 0, U8, 'precedence'),
        (discovery << 7) | type,
        ...gateway(t, 3, type, ctx),
      ]);
    },
  ],
  RESINFO: [261, strings],
  WALLET: [262, strings],
};
