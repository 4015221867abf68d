import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  entryAt,
  markUniqueByKey
} from "./chunk-43NXJOJ3.js";
import {
  isZoneFileName,
  underPath,
  zoneNameFromFileName
} from "./chunk-NPJJ6ZXY.js";
import {
  MemoAttempt,
  includedTexts,
  readsTheSame
} from "./chunk-QF3ZHR46.js";
import {
  InputBudget,
  budgetMessage
} from "./chunk-7BXAX2Z4.js";
import {
  resolveRepoPath
} from "./chunk-UFWOLI4P.js";
import "./chunk-PW6GGXO2.js";
import {
  RdataError,
  SINGLETON_TYPES,
  TOKEN_SPACE,
  U16,
  U32,
  U8,
  algorithm,
  base64Rest,
  charString,
  end,
  genericCodec,
  hexRest,
  isInZone,
  isPseudoType,
  isTokenSpace,
  name,
  parentName,
  parseDuration,
  parseRdata,
  parseRecordType,
  plainName,
  toAbsoluteName,
  token,
  tokenizeRdata,
  uint
} from "./chunk-UEUQZ7ZE.js";
import {
  fail,
  makeRRset,
  ok,
  parseIPv4,
  parseIPv6,
  quoteInput,
  sameValues
} from "./chunk-NHBBLBWC.js";
import "./chunk-Y6VGXGMD.js";

// src/formats/folder-configs.ts
import { posix } from "node:path";
function folderConfigs(files) {
  const dirs = new Set(files.map((f) => posix.dirname(f)).map((d) => d === "." ? "" : d));
  const inside = (dir, ancestor) => ancestor === "" || dir === ancestor || dir.startsWith(`${ancestor}/`);
  const roots = [...dirs].filter((d) => ![...dirs].some((o) => o !== d && inside(d, o)));
  return (file) => {
    const dir = posix.dirname(file);
    const root = roots.find((r) => inside(dir === "." ? "" : dir, r));
    return root === void 0 || root === "" ? "./" : `${root}/`;
  };
}

// src/model/rdata/type-names.ts
var TYPE_MNEMONICS = {
  A: 1,
  NS: 2,
  MD: 3,
  MF: 4,
  CNAME: 5,
  SOA: 6,
  MB: 7,
  MG: 8,
  MR: 9,
  NULL: 10,
  WKS: 11,
  PTR: 12,
  HINFO: 13,
  MINFO: 14,
  MX: 15,
  TXT: 16,
  RP: 17,
  AFSDB: 18,
  X25: 19,
  ISDN: 20,
  RT: 21,
  NSAP: 22,
  "NSAP-PTR": 23,
  SIG: 24,
  KEY: 25,
  PX: 26,
  GPOS: 27,
  AAAA: 28,
  LOC: 29,
  NXT: 30,
  EID: 31,
  NIMLOC: 32,
  SRV: 33,
  ATMA: 34,
  NAPTR: 35,
  KX: 36,
  CERT: 37,
  A6: 38,
  DNAME: 39,
  SINK: 40,
  OPT: 41,
  APL: 42,
  DS: 43,
  SSHFP: 44,
  IPSECKEY: 45,
  RRSIG: 46,
  NSEC: 47,
  DNSKEY: 48,
  DHCID: 49,
  NSEC3: 50,
  NSEC3PARAM: 51,
  TLSA: 52,
  SMIMEA: 53,
  HIP: 55,
  NINFO: 56,
  RKEY: 57,
  TALINK: 58,
  CDS: 59,
  CDNSKEY: 60,
  OPENPGPKEY: 61,
  CSYNC: 62,
  ZONEMD: 63,
  SVCB: 64,
  HTTPS: 65,
  DSYNC: 66,
  HHIT: 67,
  BRID: 68,
  SPF: 99,
  UINFO: 100,
  UID: 101,
  GID: 102,
  UNSPEC: 103,
  NID: 104,
  L32: 105,
  L64: 106,
  LP: 107,
  EUI48: 108,
  EUI64: 109,
  TKEY: 249,
  TSIG: 250,
  IXFR: 251,
  AXFR: 252,
  MAILB: 253,
  MAILA: 254,
  ANY: 255,
  URI: 256,
  CAA: 257,
  AVC: 258,
  DOA: 259,
  AMTRELAY: 260,
  RESINFO: 261,
  WALLET: 262,
  TA: 32768,
  DLV: 32769
};
function typeNumber(tokens, i, what) {
  const t = tokens[i];
  if (t === void 0) throw new RdataError(`expected ${what}`, i);
  const upper = t.text.toUpperCase();
  const known = t.quoted ? void 0 : TYPE_MNEMONICS[upper];
  if (known !== void 0) return known;
  const m = t.quoted ? null : /^TYPE(\d{1,5})$/.exec(upper);
  if (m && Number(m[1]) <= 65535) return Number(m[1]);
  throw new RdataError(`expected ${what} (a type such as A or TYPE65534), not "${t.text}"`, i);
}

// src/model/rdata/wire-write.ts
function nameWire(canonical) {
  const out = [];
  let label = [];
  for (let k = 0; k < canonical.length; k++) {
    const c = canonical.charCodeAt(k);
    if (c === 46) {
      if (label.length > 0) out.push(label.length, ...label);
      label = [];
    } else if (c === 92) {
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
var u16 = (v) => [v >> 8, v & 255];
var u32 = (v) => [
  v >>> 24 & 255,
  v >>> 16 & 255,
  v >>> 8 & 255,
  v & 255
];
var str = (s) => [s.length, ...[...s].map((c) => c.charCodeAt(0))];
var octets = (s) => [...s].map((c) => c.charCodeAt(0));
var hexBytes = (h) => numbers(Buffer.from(h, "hex"));
var base64Bytes = (b) => numbers(Buffer.from(b, "base64"));
function numbers(buf) {
  const out = new Array(buf.length);
  for (let i = 0; i < buf.length; i++) out[i] = buf[i];
  return out;
}
function done(tokens, n, bytes) {
  end(tokens, n);
  return bytes;
}

// src/model/rdata/dnssec-types.ts
function typeBitmap(tokens, from) {
  const types = /* @__PURE__ */ new Set();
  for (let i = from; i < tokens.length; i++) types.add(typeNumber(tokens, i, "a type"));
  const out = [];
  const sorted = [...types].sort((a, b) => a - b);
  for (let k = 0; k < sorted.length; ) {
    const window = sorted[k] >> 8;
    const bits = new Array(32).fill(0);
    let last = 0;
    for (; k < sorted.length && sorted[k] >> 8 === window; k++) {
      const low = sorted[k] & 255;
      bits[low >> 3] |= 128 >> (low & 7);
      last = low >> 3;
    }
    out.push(window, last + 1, ...bits.slice(0, last + 1));
  }
  return out;
}
function sigTime(tokens, i, what) {
  const s = token(tokens, i, what).text;
  if (!/^\d{14}$/.test(s)) return uint(tokens, i, U32, what);
  const [y, mo, d, h, mi, se] = [0, 4, 6, 8, 10, 12].map(
    (k, j) => Number(s.slice(k, j === 0 ? 4 : k + 2))
  );
  const ms = Date.UTC(y, mo - 1, d, h, mi, se);
  const back = new Date(ms);
  if (y < 1970 || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59)
    throw new RdataError(`${what} ${s} is not a valid time (YYYYMMDDHHmmSS)`, i);
  if (se > 60) throw new RdataError(`${what} ${s} is not a valid time (YYYYMMDDHHmmSS)`, i);
  return ms / 1e3 % 2 ** 32;
}
var signature = (t, ctx) => [
  ...u16(typeNumber(t, 0, "type covered")),
  algorithm(t, 1),
  uint(t, 2, U8, "labels"),
  ...u32(uint(t, 3, U32, "original TTL")),
  ...u32(sigTime(t, 4, "signature expiration")),
  ...u32(sigTime(t, 5, "signature inception")),
  ...u16(uint(t, 6, U16, "key tag")),
  ...nameWire(name(t, 7, ctx, "signer's name")),
  ...base64Bytes(base64Rest(t, 8, "signature"))
];
var BASE32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
function base32hex(tokens, i) {
  const s = token(tokens, i, "next hashed owner name").text.toUpperCase();
  const out = [];
  let acc = 0;
  let bits = 0;
  for (const c of s) {
    const v = BASE32HEX.indexOf(c);
    if (v === -1) throw new RdataError("next hashed owner name is not base32hex", i);
    acc = (acc << 5 | v) & 4095;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push(acc >> bits & 255);
    }
  }
  if (bits >= 5 || (acc & (1 << bits) - 1) !== 0 || out.length === 0 || out.length > 255)
    throw new RdataError("next hashed owner name is not base32hex of whole octets", i);
  return out;
}
function salt(tokens, i) {
  const t = token(tokens, i, "salt");
  const bytes = t.text === "-" ? [] : hexBytes(hexRest([t], 0, "salt"));
  if (bytes.length > 255) throw new RdataError("salt is longer than 255 octets", i);
  return [bytes.length, ...bytes];
}
var key = (t) => {
  const flags = uint(t, 0, U16, "flags");
  const head = [...u16(flags), uint(t, 1, U8, "protocol"), algorithm(t, 2)];
  if (t.length === 3 && (flags & 49152) === 49152) return head;
  return [...head, ...base64Bytes(base64Rest(t, 3, "public key"))];
};
var nxt = (t, ctx) => {
  const next = nameWire(name(t, 0, ctx, "next domain name"));
  const bits = new Array(16).fill(0);
  let last = -1;
  for (let i = 1; i < t.length; i++) {
    const n = typeNumber(t, i, "a type");
    if (n > 127) throw new RdataError("NXT lists types up to 127 only", i);
    bits[n >> 3] |= 128 >> (n & 7);
    last = Math.max(last, n >> 3);
  }
  return [...next, ...bits.slice(0, last + 1)];
};
var DNSSEC_ENCODERS = {
  SIG: [24, signature],
  KEY: [25, key],
  NXT: [30, nxt],
  RRSIG: [46, signature],
  NSEC: [47, (t, ctx) => [...nameWire(name(t, 0, ctx, "next domain name")), ...typeBitmap(t, 1)]],
  NSEC3: [
    50,
    (t) => {
      const hash = base32hex(t, 4);
      return [
        uint(t, 0, U8, "hash algorithm"),
        uint(t, 1, U8, "flags"),
        ...u16(uint(t, 2, U16, "iterations")),
        ...salt(t, 3),
        hash.length,
        ...hash,
        ...typeBitmap(t, 5)
      ];
    }
  ],
  NSEC3PARAM: [
    51,
    (t) => done(t, 4, [
      uint(t, 0, U8, "hash algorithm"),
      uint(t, 1, U8, "flags"),
      ...u16(uint(t, 2, U16, "iterations")),
      ...salt(t, 3)
    ])
  ],
  RKEY: [57, key],
  CSYNC: [
    62,
    (t) => [
      ...u32(uint(t, 0, U32, "SOA serial")),
      ...u16(uint(t, 1, U16, "flags")),
      ...typeBitmap(t, 2)
    ]
  ]
};

// src/model/rdata/rare-types.ts
var oneName = (t, ctx) => done(t, 1, nameWire(name(t, 0, ctx, "name")));
var twoNames = (t, ctx) => done(t, 2, [...nameWire(name(t, 0, ctx, "name")), ...nameWire(name(t, 1, ctx, "name"))]);
var strings = (t) => {
  if (t.length === 0) throw new RdataError("expected at least one character-string", 0);
  return t.flatMap((_, i) => str(charString(t, i, "character-string")));
};
function base64Tail(t, from, what, optional = false) {
  return optional && t.length <= from ? [] : base64Bytes(base64Rest(t, from, what));
}
function ipv4(t, i, what) {
  const a = parseIPv4(token(t, i, what).text);
  if (!a) throw new RdataError(`expected ${what} (an IPv4 address)`, i);
  return a;
}
function ipv6(t, i, what) {
  const w = parseIPv6(token(t, i, what).text);
  if (!w) throw new RdataError(`expected ${what} (an IPv6 address)`, i);
  return w.flatMap(u16);
}
function dottedHex(i, s, what) {
  const digits = s.replaceAll(".", "");
  if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length % 2 !== 0)
    throw new RdataError(`${what} must be an even number of hex digits`, i);
  return hexBytes(digits);
}
var PROTOCOLS = { icmp: 1, tcp: 6, udp: 17 };
var SERVICES = {
  tcpmux: 1,
  echo: 7,
  discard: 9,
  systat: 11,
  daytime: 13,
  netstat: 15,
  qotd: 17,
  chargen: 19,
  "ftp-data": 20,
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
  pop3s: 995
};
function byNameOrNumber(t, i, names, max, what) {
  const text = token(t, i, what).text;
  const known = names[text.toLowerCase()] ?? names[text.toUpperCase()];
  return known ?? uint(t, i, max, what);
}
var wks = (t) => {
  const address = ipv4(t, 0, "address");
  const protocol = byNameOrNumber(t, 1, PROTOCOLS, U8, "protocol");
  const bits = [];
  for (let i = 2; i < t.length; i++) {
    const port = byNameOrNumber(t, i, SERVICES, U16, "service");
    while (bits.length <= port >> 3) bits.push(0);
    bits[port >> 3] |= 128 >> (port & 7);
  }
  return [...address, protocol, ...bits];
};
var a6 = (t, ctx) => {
  const prefix = uint(t, 0, 128, "prefix length");
  const out = [prefix];
  let i = 1;
  if (prefix < 128) {
    const addr = ipv6(t, i++, "address suffix");
    const skip = prefix >> 3;
    addr[skip] &= 255 >> (prefix & 7);
    out.push(...addr.slice(skip));
  }
  if (prefix > 0) out.push(...nameWire(name(t, i++, ctx, "prefix name")));
  return done(t, i, out);
};
var apl = (t) => t.flatMap((tok, i) => {
  const m = /^(!?)(\d+):([^/]+)\/(\d+)$/.exec(tok.text);
  if (!m || tok.quoted) throw new RdataError("expected [!]afi:address/prefix", i);
  const family = Number(m[2]);
  const prefix = Number(m[4]);
  const bytes = family === 1 ? parseIPv4(m[3]) : family === 2 ? parseIPv6(m[3])?.flatMap(u16) : void 0;
  if (!bytes) throw new RdataError(`bad APL address for family ${m[2]}`, i);
  if (prefix > bytes.length * 8) throw new RdataError(`APL prefix /${prefix} is too long`, i);
  let len = bytes.length;
  while (len > 0 && bytes[len - 1] === 0) len--;
  return [...u16(family), prefix, (m[1] ? 128 : 0) | len, ...bytes.slice(0, len)];
});
function gateway(t, i, type, ctx) {
  if (type === 0) {
    if (token(t, i, "gateway").text !== ".") throw new RdataError('gateway type 0 needs "."', i);
    return [];
  }
  if (type === 1) return ipv4(t, i, "gateway");
  if (type === 2) return ipv6(t, i, "gateway");
  if (type === 3) return nameWire(name(t, i, ctx, "gateway"));
  throw new RdataError(`gateway type ${type} is unknown`, i - 2);
}
var CERT_TYPES = {
  PKIX: 1,
  SPKI: 2,
  PGP: 3,
  IPKIX: 4,
  ISPKI: 5,
  IPGP: 6,
  ACPKIX: 7,
  IACPKIX: 8,
  URI: 253,
  OID: 254
};
var RARE_ENCODERS = {
  MB: [7, oneName],
  MG: [8, oneName],
  MR: [9, oneName],
  WKS: [11, wks],
  ISDN: [
    20,
    (t) => {
      const out = str(charString(t, 0, "ISDN address"));
      if (t.length > 1) out.push(...str(charString(t, 1, "subaddress")));
      return done(t, Math.min(t.length, 2), out);
    }
  ],
  NSAP: [
    22,
    (t) => {
      const s = token(t, 0, "NSAP address").text;
      if (!/^0x/i.test(s)) throw new RdataError("an NSAP address starts with 0x", 0);
      return done(t, 1, dottedHex(0, s.slice(2), "NSAP address"));
    }
  ],
  "NSAP-PTR": [23, oneName],
  PX: [
    26,
    (t, ctx) => done(t, 3, [
      ...u16(uint(t, 0, U16, "preference")),
      ...nameWire(name(t, 1, ctx, "MAP822")),
      ...nameWire(name(t, 2, ctx, "MAPX400"))
    ])
  ],
  GPOS: [
    27,
    (t) => done(t, 3, [
      ...str(charString(t, 0, "longitude")),
      ...str(charString(t, 1, "latitude")),
      ...str(charString(t, 2, "altitude"))
    ])
  ],
  EID: [31, (t) => hexBytes(hexRest(t, 0, "EID"))],
  NIMLOC: [32, (t) => hexBytes(hexRest(t, 0, "NIMLOC"))],
  ATMA: [
    34,
    (t) => {
      const s = token(t, 0, "ATM address").text;
      if (s.startsWith("+")) {
        if (!/^\+\d+$/.test(s)) throw new RdataError("an E.164 ATM address is + and digits", 0);
        return done(t, 1, [1, ...octets(s.slice(1))]);
      }
      return done(t, 1, [0, ...dottedHex(0, s, "ATM address")]);
    }
  ],
  CERT: [
    37,
    (t) => [
      ...u16(byNameOrNumber(t, 0, CERT_TYPES, U16, "certificate type")),
      ...u16(uint(t, 1, U16, "key tag")),
      algorithm(t, 2),
      ...base64Tail(t, 3, "certificate")
    ]
  ],
  A6: [38, a6],
  SINK: [
    40,
    (t) => [
      uint(t, 0, U8, "meaning"),
      uint(t, 1, U8, "coding"),
      uint(t, 2, U8, "subcoding"),
      ...base64Tail(t, 3, "data", true)
    ]
  ],
  APL: [42, apl],
  IPSECKEY: [
    45,
    (t, ctx) => {
      const type = uint(t, 1, U8, "gateway type");
      return [
        uint(t, 0, U8, "precedence"),
        type,
        uint(t, 2, U8, "algorithm"),
        ...gateway(t, 3, type, ctx),
        ...base64Tail(t, 4, "public key")
      ];
    }
  ],
  HIP: [
    55,
    (t, ctx) => {
      const alg = uint(t, 0, U8, "PK algorithm");
      const hit = hexBytes(hexRest([token(t, 1, "HIT")], 0, "HIT"));
      const key2 = base64Bytes(base64Rest([token(t, 2, "public key")], 0, "public key"));
      if (hit.length > 255) throw new RdataError("HIT is longer than 255 octets", 1);
      const servers = t.slice(3).flatMap((_, k) => nameWire(name(t, 3 + k, ctx, "server")));
      return [hit.length, alg, ...u16(key2.length), ...hit, ...key2, ...servers];
    }
  ],
  NINFO: [56, strings],
  TALINK: [58, twoNames],
  DSYNC: [
    66,
    (t, ctx) => done(t, 4, [
      ...u16(typeNumber(t, 0, "type")),
      byNameOrNumber(t, 1, { NOTIFY: 1, notify: 1 }, U8, "scheme"),
      ...u16(uint(t, 2, U16, "port")),
      ...nameWire(name(t, 3, ctx, "target"))
    ])
  ],
  HHIT: [67, (t) => base64Tail(t, 0, "HHIT data")],
  BRID: [68, (t) => base64Tail(t, 0, "BRID data")],
  AVC: [258, strings],
  DOA: [
    259,
    (t) => {
      const media = str(charString(t, 3, "media type"));
      const data = token(t, 4, "data").text === "-" ? done(t, 5, []) : base64Tail(t, 4, "data");
      return [
        ...u32(uint(t, 0, U32, "enterprise")),
        ...u32(uint(t, 1, U32, "type")),
        uint(t, 2, U8, "location"),
        ...media,
        ...data
      ];
    }
  ],
  AMTRELAY: [
    260,
    (t, ctx) => {
      const discovery = uint(t, 1, 1, "discovery optional");
      const type = uint(t, 2, 127, "relay type");
      return done(t, 4, [
        uint(t, 0, U8, "precedence"),
        discovery << 7 | type,
        ...gateway(t, 3, type, ctx)
      ]);
    }
  ],
  RESINFO: [261, strings],
  WALLET: [262, strings]
};

// src/model/rdata/other-types.ts
var prefName = (t, ctx) => done(t, 2, [...u16(uint(t, 0, U16, "preference")), ...nameWire(name(t, 1, ctx, "name"))]);
var twoNames2 = (t, ctx) => done(t, 2, [...nameWire(name(t, 0, ctx, "name")), ...nameWire(name(t, 1, ctx, "name"))]);
var dsLike = (t) => [
  ...u16(uint(t, 0, U16, "key tag")),
  uint(t, 1, U8, "algorithm"),
  uint(t, 2, U8, "digest type"),
  ...hexBytes(hexRest(t, 3, "digest"))
];
function eui(octets2) {
  return (t) => {
    const s = token(t, 0, "EUI address").text;
    const re = octets2 === 6 ? /^[0-9a-fA-F]{2}(?:-[0-9a-fA-F]{2}){5}$/ : /^[0-9a-fA-F]{2}(?:-[0-9a-fA-F]{2}){7}$/;
    if (!re.test(s)) throw new RdataError(`expected ${octets2} hex octets separated by "-"`, 0);
    return done(t, 1, hexBytes(s.replaceAll("-", "")));
  };
}
function locator64(t, i) {
  const s = token(t, i, "locator").text;
  if (!/^[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){3}$/.test(s))
    throw new RdataError("expected a locator xxxx:xxxx:xxxx:xxxx", i);
  return s.split(":").flatMap((g) => u16(Number.parseInt(g, 16)));
}
var ZONEMD_DIGEST_LENGTHS = { 1: 48, 2: 64 };
var ENCODERS = {
  ...DNSSEC_ENCODERS,
  ...RARE_ENCODERS,
  HINFO: [13, (t) => done(t, 2, [...str(charString(t, 0, "CPU")), ...str(charString(t, 1, "OS"))])],
  MINFO: [14, twoNames2],
  RP: [17, twoNames2],
  AFSDB: [18, prefName],
  X25: [19, (t) => done(t, 1, str(charString(t, 0, "PSDN address")))],
  RT: [21, prefName],
  KX: [36, prefName],
  ZONEMD: [
    63,
    (t) => {
      const digest = hexBytes(hexRest(t, 3, "digest"));
      if (digest.length < 12) throw new RdataError("ZONEMD digest is shorter than 12 octets", 3);
      const want = ZONEMD_DIGEST_LENGTHS[uint(t, 2, U8, "hash algorithm")];
      if (want !== void 0 && digest.length !== want)
        throw new RdataError(`ZONEMD digest is ${digest.length} octets, not ${want}`, 3);
      return [
        ...u32(uint(t, 0, U32, "serial")),
        uint(t, 1, U8, "scheme"),
        uint(t, 2, U8, "hash algorithm"),
        ...digest
      ];
    }
  ],
  NID: [104, (t) => done(t, 2, [...u16(uint(t, 0, U16, "preference")), ...locator64(t, 1)])],
  L32: [
    105,
    (t) => {
      const a = parseIPv4(token(t, 1, "locator").text);
      if (!a) throw new RdataError("expected an IPv4-style locator", 1);
      return done(t, 2, [...u16(uint(t, 0, U16, "preference")), ...a]);
    }
  ],
  L64: [106, (t) => done(t, 2, [...u16(uint(t, 0, U16, "preference")), ...locator64(t, 1)])],
  LP: [107, prefName],
  EUI48: [108, eui(6)],
  EUI64: [109, eui(8)],
  URI: [
    256,
    (t) => {
      const target = charString(t, 2, "URI target", 65535);
      if (!t[2].quoted) throw new RdataError("the URI target must be quoted", 2);
      if (target.length === 0) throw new RdataError("the URI target is empty", 2);
      return done(t, 3, [
        ...u16(uint(t, 0, U16, "priority")),
        ...u16(uint(t, 1, U16, "weight")),
        ...[...target].map((c) => c.charCodeAt(0))
      ]);
    }
  ],
  TA: [32768, dsLike],
  DLV: [32769, dsLike]
};
function otherTypeNumber(mnemonic) {
  return ENCODERS[mnemonic.toUpperCase()]?.[0];
}
function otherTypeRdata(mnemonic, tokens, ctx) {
  const entry = ENCODERS[mnemonic.toUpperCase()];
  if (!entry) return void 0;
  const [number2, encode] = entry;
  const type = `TYPE${number2}`;
  if (tokens[0]?.text === "\\#" && !tokens[0].quoted)
    return { type, value: genericCodec.format(genericCodec.parse(tokens)) };
  const bytes = encode(tokens, ctx);
  return {
    type,
    value: genericCodec.format({ data: Buffer.from(bytes).toString("hex").toUpperCase() })
  };
}

// src/formats/bind/generate.ts
var MAX = 2 ** 31 - 1;
function parseRange(text) {
  const m = /^(\d{1,10})-(\d{1,10})(?:\/(\d{1,10}))?$/.exec(text);
  if (!m) return `expected a range start-stop[/step], not ${quoteInput(text)}`;
  const start = Number(m[1]);
  const stop = Number(m[2]);
  const step = m[3] === void 0 ? 1 : Number(m[3]);
  if (start > MAX || stop > MAX || step > MAX) return `range ${quoteInput(text)} is above ${MAX}`;
  if (stop < start) return `range ${quoteInput(text)} ends before it starts`;
  if (step < 1) return `range ${quoteInput(text)} has a step below 1`;
  return { start, stop, step };
}
function compileTemplate(text) {
  const parts = [];
  let lit = "";
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === "\\") {
      lit += text.slice(k, k + 2);
      k++;
    } else if (c !== "$") lit += c;
    else if (text[k + 1] === "$") {
      lit += "$";
      k++;
    } else {
      if (lit) parts.push(lit);
      lit = "";
      if (text[k + 1] === "{") {
        const close = text.indexOf("}", k);
        const m = /^\{(-?\d+)(?:,(\d+)(?:,([doxXnN]))?)?\}$/.exec(text.slice(k + 1, close + 1));
        if (close === -1 || !m)
          return `bad modifier in ${quoteInput(text)}: expected \${offset[,width[,base]]}`;
        const width = Number(m[2] ?? 0);
        if (width > 255) return `width ${width} in ${quoteInput(text)} is too large`;
        parts.push({ offset: Number(m[1]), width, base: m[3] ?? "d" });
        k = close;
      } else parts.push({ offset: 0, width: 0, base: "d" });
    }
  }
  if (lit) parts.push(lit);
  return parts;
}
function expand(parts, it) {
  let s = "";
  for (const p of parts) {
    if (typeof p === "string") {
      s += p;
      continue;
    }
    const v = it + p.offset;
    if (v > MAX) return void 0;
    s += number(v, p.width, p.base);
  }
  return s;
}
function number(v, width, base) {
  if (base === "n" || base === "N") return nibbles(v, width, base === "N");
  if (base === "d") {
    const digits2 = String(Math.abs(v));
    return v < 0 ? `-${digits2.padStart(width - 1, "0")}` : digits2.padStart(width, "0");
  }
  const digits = (v >>> 0).toString(base === "o" ? 8 : 16);
  return (base === "X" ? digits.toUpperCase() : digits).padStart(width, "0");
}
function nibbles(value, width, upper) {
  const digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  let v = value >>> 0;
  let w = width;
  let s = "";
  do {
    s += digits[v & 15];
    v >>>= 4;
    if (w > 0) w--;
    if (w > 0 || v !== 0) {
      s += ".";
      if (w > 0) w--;
    }
  } while (v !== 0 || w > 0);
  return s;
}

// src/formats/bind/lexer.ts
var SPACE = 32;
var TAB = 9;
var LF = 10;
var SEMI = 59;
var QUOTE = 34;
var OPEN = 40;
var CLOSE = 41;
var BACKSLASH = 92;
var DELIM = new Uint8Array(128);
for (const c of [...TOKEN_SPACE, SEMI, QUOTE, OPEN, CLOSE]) DELIM[c] = 1;
var ZoneLexer = class {
  /**
   * With `reuse`, each entry, its token objects and its array are recycled by the next call
   * (the caller must be done with an entry before asking for the next): fewer short-lived
   * objects.
   */
  constructor(text, reuse = false, firstLine = 1, inside) {
    this.text = text;
    this.reuse = reuse;
    this.inside = inside;
    this.line = firstLine;
  }
  text;
  reuse;
  inside;
  errors = [];
  i = 0;
  line;
  lineStart = 0;
  pool = [];
  shared = [];
  shown = {
    tokens: [],
    blankOwner: false,
    line: 0
  };
  token(tokens, text, quoted, line, column) {
    if (!this.reuse) {
      tokens.push({ text, quoted, line, column });
      return;
    }
    let t = this.pool[tokens.length];
    if (t === void 0) {
      t = { text, quoted, line, column };
      this.pool.push(t);
    } else {
      t.text = text;
      t.quoted = quoted;
      t.line = line;
      t.column = column;
    }
    tokens.push(t);
  }
  entry(tokens, blankOwner, line) {
    if (!this.reuse) return { tokens, blankOwner, line };
    const e = this.shown;
    e.tokens = tokens;
    e.blankOwner = blankOwner;
    e.line = line;
    return e;
  }
  fresh() {
    if (!this.reuse) return [];
    this.shared.length = 0;
    return this.shared;
  }
  /** The next entry, or undefined at the end of the text. */
  next() {
    const text = this.text;
    const n = text.length;
    let i = this.i;
    let line = this.line;
    let lineStart2 = this.lineStart;
    let depth = 0;
    let openLine = 0;
    let openColumn = 0;
    let tokens = this.fresh();
    let blankOwner = false;
    let entryLine = line;
    let broken = false;
    let atLineStart = i === lineStart2;
    for (; ; ) {
      if (i >= n) {
        if (depth > 0) {
          this.errors.push({
            message: 'unbalanced "(": the file ends before the closing ")"',
            line: openLine,
            column: openColumn
          });
          broken = true;
        }
        this.i = i;
        this.line = line;
        this.lineStart = lineStart2;
        return tokens.length > 0 && !broken ? this.entry(tokens, blankOwner, entryLine) : void 0;
      }
      const c = text.charCodeAt(i);
      if (atLineStart) {
        atLineStart = false;
        if (depth === 0) {
          blankOwner = c === SPACE || c === TAB;
          entryLine = line;
        }
      }
      if (c !== LF && isTokenSpace(c)) {
        i++;
      } else if (c === LF) {
        i++;
        line++;
        lineStart2 = i;
        atLineStart = true;
        if (depth > 0 && this.inside !== void 0) noteInside(this.inside, line);
        if (depth === 0) {
          if (tokens.length > 0 && !broken) {
            this.i = i;
            this.line = line;
            this.lineStart = lineStart2;
            return this.entry(tokens, blankOwner, entryLine);
          }
          tokens = this.fresh();
          broken = false;
        }
      } else if (c === SEMI) {
        while (i < n && text.charCodeAt(i) !== LF) i++;
      } else if (c === OPEN) {
        if (depth === 0) {
          openLine = line;
          openColumn = i - lineStart2 + 1;
        }
        depth++;
        i++;
      } else if (c === CLOSE) {
        if (depth === 0) {
          this.errors.push({
            message: 'unbalanced ")": no "(" is open',
            line,
            column: i - lineStart2 + 1
          });
          broken = true;
        } else depth--;
        i++;
      } else if (c === QUOTE) {
        const startLine = line;
        const column = i - lineStart2 + 1;
        let j = i + 1;
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d === QUOTE || d === LF) break;
          if (d === BACKSLASH && text.charCodeAt(j + 1) !== LF) j++;
        }
        if (j >= n || text.charCodeAt(j) === LF) {
          this.errors.push({
            message: 'unterminated quoted string: expected a closing " on this line',
            line,
            column
          });
          broken = true;
          i = j;
          continue;
        }
        const s = text.slice(i + 1, j);
        this.token(tokens, s, true, startLine, column);
        i = j + 1;
      } else {
        const start = i;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 128 && DELIM[d] === 1) break;
          if (d === BACKSLASH && i + 1 < n && text.charCodeAt(i + 1) !== LF) i += 2;
          else i++;
        }
        this.token(tokens, text.slice(start, i), false, line, start - lineStart2 + 1);
      }
    }
  }
};
function noteInside(inside, line) {
  const n = inside.length;
  if (n > 0 && inside[n - 1] === line - 1) inside[n - 1] = line;
  else inside.push(line, line);
}

// src/formats/bind/reparse.ts
function stateAt(marks, line, zone) {
  let state = { origin: zone, defaultTtl: void 0 };
  for (const m of marks) {
    if (m.line >= line) break;
    state = m;
  }
  return state;
}
var MAX_HUNKS = 64;
var WINDOW = 48;
var BLOCK = 4096;
var MAX_STEPS = 1e4;
var LF2 = 10;
function changedHunks(old, now, inside, maxChars) {
  const raw = [];
  let i = 0;
  let j = 0;
  for (; ; ) {
    const d = sameLength(old, i, now, j);
    if (i + d === old.length && j + d === now.length) break;
    if (raw.length >= MAX_HUNKS) return void 0;
    const start = lineStart(old, i + d, i);
    const hs = [start, j + (start - i)];
    const sync = resync(old, hs[0], now, hs[1]);
    if (sync === void 0) return void 0;
    raw.push([hs[0], sync[0], hs[1], sync[1]]);
    i = sync[0];
    j = sync[1];
  }
  if (raw.length === 0) return [];
  const hunks = [];
  let at = 0;
  let line = 1;
  let shift = 0;
  for (const [os, oe, ns, ne] of raw) {
    line += countLines(old, at, os);
    const oldEndLine = line + countLines(old, os, oe);
    const newLines = countLines(now, ns, ne);
    hunks.push({
      oldStart: os,
      oldEnd: oe,
      newStart: ns,
      newEnd: ne,
      oldLine: line,
      newLine: line + shift,
      oldEndLine,
      newEndLine: line + shift + newLines
    });
    shift += newLines - (oldEndLine - line);
    at = oe;
    line = oldEndLine;
  }
  const safe = safeBoundaries(old, now, hunks, inside);
  if (safe === void 0) return void 0;
  let size = 0;
  for (const h of safe) size += h.oldEnd - h.oldStart + (h.newEnd - h.newStart);
  return size > maxChars ? void 0 : safe;
}
function sameLength(a, i, b, j) {
  const n = Math.min(a.length - i, b.length - j);
  let d = 0;
  while (d + BLOCK <= n && a.slice(i + d, i + d + BLOCK) === b.slice(j + d, j + d + BLOCK))
    d += BLOCK;
  while (d < n && a.charCodeAt(i + d) === b.charCodeAt(j + d)) d++;
  return d;
}
function lineStart(text, at, floor) {
  if (at <= floor) return floor;
  const k = text.lastIndexOf("\n", at - 1);
  return k < floor ? floor : k + 1;
}
function nextLine(text, at) {
  const k = text.indexOf("\n", at);
  return k < 0 ? text.length : k + 1;
}
function previousLine(text, at) {
  return at <= 1 ? 0 : text.lastIndexOf("\n", at - 2) + 1;
}
function countLines(text, from, to) {
  let n = 0;
  for (let k = text.indexOf("\n", from); k >= 0 && k < to; k = text.indexOf("\n", k + 1)) n++;
  return n;
}
function sameLine(a, p, b, q) {
  const ea = nextLine(a, p);
  const eb = nextLine(b, q);
  return ea - p === eb - q && (ea === p || a.slice(p, ea) === b.slice(q, eb));
}
function resync(a, p, b, q) {
  const as = lineStarts(a, p);
  const bs = lineStarts(b, q);
  for (let k = 1; k <= 2 * WINDOW; k++)
    for (let x = Math.max(0, k - WINDOW); x <= Math.min(k, WINDOW); x++) {
      const y = k - x;
      const pa = as[x];
      const pb = bs[y];
      if (pa === void 0 || pb === void 0) continue;
      if (pa === a.length || pb === b.length) {
        if (pa === a.length && pb === b.length) return [pa, pb];
        continue;
      }
      if (!sameLine(a, pa, b, pb)) continue;
      const na = nextLine(a, pa);
      const nb = nextLine(b, pb);
      if (na === a.length && nb === b.length || sameLine(a, na, b, nb)) return [pa, pb];
    }
  return void 0;
}
function lineStarts(text, p) {
  const out = [p];
  for (let at = p; out.length <= WINDOW && at < text.length; ) {
    at = nextLine(text, at);
    out.push(at);
  }
  return out;
}
function insideUntil(inside, line) {
  let lo = 0;
  let hi = inside.length / 2 - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const first = inside[2 * mid];
    const last = inside[2 * mid + 1];
    if (line < first) hi = mid - 1;
    else if (line > last) lo = mid + 1;
    else return last;
  }
  return void 0;
}
function ownerFirst(text, at) {
  for (let p = at; p < text.length; ) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 13 && c !== LF2 && c !== 59 && c !== 36)
      return c !== 40 && c !== 41 && c !== 34;
    let k = p;
    while (k < text.length) {
      const d = text.charCodeAt(k);
      if (d === 32 || d === 9 || d === 13) k++;
      else break;
    }
    if (k < text.length && text.charCodeAt(k) !== LF2 && text.charCodeAt(k) !== 59) return false;
    p = nextLine(text, p);
  }
  return true;
}
function safeBoundaries(old, now, given, inside) {
  const hunks = given.map((h) => ({ ...h }));
  let k = 0;
  for (let steps = 0; k < hunks.length; steps++) {
    if (steps > MAX_STEPS) return void 0;
    const h = hunks[k];
    const prev = k > 0 ? hunks[k - 1] : void 0;
    const next = hunks[k + 1];
    if (insideUntil(inside, h.oldLine) !== void 0 || !ownerFirst(old, h.oldStart) || !ownerFirst(now, h.newStart)) {
      if (prev !== void 0 && prev.oldEnd >= h.oldStart) {
        mergeInto(prev, h);
        hunks.splice(k, 1);
        k--;
        continue;
      }
      if (h.oldStart === 0) return void 0;
      const s = previousLine(old, h.oldStart);
      h.newStart -= h.oldStart - s;
      h.oldStart = s;
      h.oldLine--;
      h.newLine--;
      continue;
    }
    if (h.oldEnd < old.length && (insideUntil(inside, h.oldEndLine) !== void 0 || !ownerFirst(old, h.oldEnd))) {
      if (next !== void 0 && h.oldEnd >= next.oldStart) {
        mergeInto(h, next);
        hunks.splice(k + 1, 1);
        continue;
      }
      const e = nextLine(old, h.oldEnd);
      h.newEnd += e - h.oldEnd;
      h.oldEnd = e;
      h.oldEndLine++;
      h.newEndLine++;
      continue;
    }
    k++;
  }
  return hunks;
}
function mergeInto(a, b) {
  a.oldEnd = b.oldEnd;
  a.newEnd = b.newEnd;
  a.oldEndLine = b.oldEndLine;
  a.newEndLine = b.newEndLine;
}
function reassemble(list, byName, oldHunks, newHunks, hunks, file) {
  const moved = (line) => {
    let shift = 0;
    for (const h of hunks) {
      if (h.oldEndLine > line) break;
      shift = h.newEndLine - h.oldEndLine;
    }
    return line + shift;
  };
  const inOldHunk = (line) => {
    for (const h of hunks) if (h.oldLine <= line && line < h.oldEndLine) return true;
    return false;
  };
  const affected = /* @__PURE__ */ new Set([...oldHunks.keys(), ...newHunks.keys()]);
  const replaced = /* @__PURE__ */ new Set();
  const groups = [];
  for (const name2 of affected) {
    const group = [];
    const types = [];
    for (const m of [byName, newHunks]) {
      const at = m.get(name2);
      if (at === void 0) continue;
      for (const r of Array.isArray(at) ? at : [at]) {
        if (!types.includes(r.type)) types.push(r.type);
        if (m === byName) replaced.add(r);
      }
    }
    for (const type of types) {
      const old = entryAt(byName, name2, type);
      const oh = entryAt(oldHunks, name2, type);
      const nh = entryAt(newHunks, name2, type);
      if (old === void 0) {
        if (oh !== void 0) return void 0;
        if (nh !== void 0) group.push(nh);
        continue;
      }
      const outside = old.values.length - (oh?.values.length ?? 0);
      if (outside < 0) return void 0;
      if (outside === 0) {
        if (nh !== void 0) group.push(nh);
        continue;
      }
      const line = old.location?.line;
      if (line === void 0 || inOldHunk(line)) return void 0;
      const kept = oh === void 0 ? old.values : old.values.filter((v) => !oh.values.includes(v));
      if (kept.length !== outside) return void 0;
      let values = kept;
      let at = moved(line);
      if (nh !== void 0) {
        if (nh.ttl !== old.ttl) return void 0;
        values = makeRRset({ name: name2, type, ttl: old.ttl, values: [...kept, ...nh.values] }).values;
        at = Math.min(at, lineOf(nh));
      }
      if (SINGLETON_TYPES.has(type) && values.length > 1) return void 0;
      group.push(rebuilt(old, values, at, file));
    }
    if (group.length === 0) continue;
    group.sort((a, b) => lineOf(a) - lineOf(b));
    groups.push(group);
  }
  groups.sort((a, b) => lineOf(a[0]) - lineOf(b[0]));
  const out = [];
  let g = 0;
  let lastName;
  for (const r of list) {
    if (replaced.has(r)) continue;
    const line = r.location?.line;
    if (line === void 0 || r.location?.file !== file) return void 0;
    const at = moved(line);
    if (r.name !== lastName) {
      lastName = r.name;
      while (g < groups.length && lineOf(groups[g][0]) < at) out.push(...groups[g++]);
    }
    out.push(at === line ? r : rebuilt(r, r.values, at, file));
  }
  while (g < groups.length) out.push(...groups[g++]);
  return out;
}
function rebuilt(old, values, line, file) {
  const same = values === old.values || sameValues(old.values, values);
  if (same && old.location?.line === line) return old;
  return {
    name: old.name,
    type: old.type,
    ttl: old.ttl,
    values: same ? old.values : values,
    location: { file, line }
  };
}
function lineOf(r) {
  return r.location?.line ?? 0;
}

// src/formats/bind/parse.ts
var MAX_TTL = 2147483647;
var MAX_INCLUDE_DEPTH = 20;
var MAX_INCLUDES = 1e3;
var MAX_GENERATED = 1e6;
var UNSUPPORTED_TYPES = {
  NULL: 10,
  UINFO: 100,
  UID: 101,
  GID: 102,
  UNSPEC: 103
};
var OBSOLETE_TYPES = /* @__PURE__ */ new Set(["MD", "MF"]);
var META_TYPES = /* @__PURE__ */ new Set(["OPT", "TKEY", "TSIG", "IXFR", "AXFR", "MAILB", "MAILA", "ANY"]);
function isMetaType(type, word) {
  if (META_TYPES.has(word.toUpperCase())) return true;
  if (!type.startsWith("TYPE")) return false;
  const n = Number(type.slice(4));
  return n === 0 || n === 41 || n >= 128 && n <= 255;
}
function rdataFor(head, tokens, ctx) {
  if (head.other === void 0) return parseRdata(head.type, tokens, ctx);
  const origin = ctx.origin;
  try {
    const g = otherTypeRdata(head.other, tokens, { origin });
    return { ok: true, type: g.type, value: g.value };
  } catch (e) {
    if (!(e instanceof RdataError)) throw e;
    return e.tokenIndex === void 0 ? { ok: false, message: e.message } : { ok: false, message: e.message, tokenIndex: e.tokenIndex };
  }
}
var ZoneFileParser = class {
  /**
   * Probe mode (`zoneNameFromSoa`): records are not kept, and reading stops at the first SOA,
   * whose owner is noted here.
   */
  constructor(zone, tree, budget, probe, previous) {
    this.zone = zone;
    this.tree = tree;
    this.budget = budget;
    this.probe = probe;
    this.previous = previous;
  }
  zone;
  tree;
  budget;
  probe;
  previous;
  errors = [];
  warnings = [];
  files = [];
  /** RRsets by owner name, then by type (few types per name). */
  rrsets = /* @__PURE__ */ new Map();
  ttl = { defaultTtl: void 0, lastTtl: void 0, warned1035: false };
  includeStack = [];
  ttlWarned = /* @__PURE__ */ new Set();
  singletonWarned = /* @__PURE__ */ new Set();
  includes = 0;
  generated = 0;
  /** For `outline`: lines of the zone's file that begin inside parentheses, and directives. */
  inside = [];
  marks = [];
  /** An $INCLUDE or $GENERATE was read. */
  complex = false;
  /** Directives met (a hunk must hold none; `parseHunk` does not read them). */
  directives = 0;
  hunk = false;
  /** Some RRset got the same value twice (seen by `result`). */
  hadDuplicates = false;
  /** The zone has a DNAME (seen by `checkNsBelowDname`). */
  hadDname = false;
  /** `record`'s rdata tokens and codec context, kept from one record to the next. */
  rdata = [];
  ctx = { origin: "" };
  head = { ttl: void 0, type: "A", other: void 0, next: 0 };
  overBudgetReported = false;
  /** The file itself does not fit in what is left of the budget. */
  overBudgetAt(file) {
    this.overBudget(file, 1);
  }
  /** The budget ran out: said once, at the place that crossed it; reading stops. */
  overBudget(file, line, column, named = file) {
    const kind = this.budget.exceeded;
    if (this.overBudgetReported || kind === void 0) return;
    this.overBudgetReported = true;
    this.error(file, line, column, budgetMessage(kind, this.budget.limits, named), "bind/budget");
  }
  error(file, line, column, message, code) {
    this.errors.push({
      level: "error",
      message,
      code,
      location: column === void 0 ? { file, line } : { file, line, column }
    });
  }
  warn(file, line, message, code) {
    this.warnings.push({ level: "warning", message, code, location: { file, line } });
  }
  /**
   * Reads one file's entries with the given origin. An included file starts with the owner
   * of the line before its `$INCLUDE` (its first line may leave the owner blank), and the
   * including file goes on with its own owner and origin afterwards, as BIND does.
   */
  parseFile(file, text, origin, inherited) {
    if (!this.budget.read(text.length)) return false;
    this.files.push(file);
    this.includeStack.push(file);
    const top = this.includeStack.length === 1;
    this.readEntries(
      file,
      new ZoneLexer(text, true, 1, top ? this.inside : void 0),
      origin,
      inherited
    );
    this.includeStack.pop();
    return true;
  }
  /**
   * Reads the lines of a part of a file, as `parseFile` would reach them with `origin` and
   * `$TTL` `defaultTtl` (reparse): `firstLine` is the line number of its first line. It must
   * start where a parse can (reparse.ts); `directives` counts those it holds. Without a `$TTL`
   * (a file whose every record says its TTL, as a zone transfer's dump does), a record without
   * one is an error here, where the complete parse would take the last record's TTL with a
   * warning: either way the caller reads the whole file.
   */
  parseHunk(file, text, firstLine, origin, defaultTtl) {
    this.ttl.defaultTtl = defaultTtl;
    this.ttl.lastTtl = defaultTtl;
    this.hunk = true;
    this.includeStack.push(file);
    this.readEntries(file, new ZoneLexer(text, true, firstLine), origin, void 0);
    this.includeStack.pop();
  }
  readEntries(file, lexer, origin, inherited) {
    let currentOrigin = origin;
    let owner = inherited;
    for (let entry = lexer.next(); entry; entry = lexer.next()) {
      if (this.probe?.soa !== void 0 || this.budget.exceeded !== void 0) break;
      const first = entry.tokens[0];
      if (!entry.blankOwner && !first.quoted && first.text.charCodeAt(0) === 36) {
        this.directives++;
        if (this.hunk) continue;
        const directive = first.text.toUpperCase();
        const line = entry.line;
        if (directive === "$ORIGIN") {
          const o = this.directiveName(file, entry, currentOrigin);
          if (o !== void 0) currentOrigin = o;
          this.mark(line, currentOrigin);
        } else if (directive === "$TTL") {
          this.ttlDirective(file, entry);
          this.mark(line, currentOrigin);
        } else if (directive === "$INCLUDE") {
          this.complex = true;
          this.include(file, entry, currentOrigin, owner);
        } else if (directive === "$GENERATE") {
          this.complex = true;
          this.generate(file, entry, currentOrigin);
        } else
          this.error(
            file,
            first.line,
            first.column,
            `unknown directive ${first.text}: expected $ORIGIN, $TTL, $INCLUDE or $GENERATE`,
            "bind/directive"
          );
        continue;
      }
      let idx = 0;
      if (entry.blankOwner) {
        if (owner === void 0) {
          this.error(
            file,
            first.line,
            first.column,
            "this line starts with white space but no owner name came before it",
            "bind/no-owner"
          );
          continue;
        }
      } else {
        const plain = plainName(first.text, currentOrigin);
        if (plain !== void 0) owner = plain;
        else {
          const o = toAbsoluteName(first.text, currentOrigin);
          if (!o.ok) {
            owner = void 0;
            this.error(file, first.line, first.column, `bad owner name: ${o.message}`, "bind/name");
            continue;
          }
          owner = o.name;
        }
        idx = 1;
      }
      this.record(file, entry.tokens, idx, owner, currentOrigin, entry.line);
    }
    for (const e of lexer.errors) this.error(file, e.line, e.column, e.message, "bind/syntax");
  }
  /** Notes the state a directive of the zone's own file leaves, for `outline`. */
  mark(line, origin) {
    if (this.includeStack.length === 1)
      this.marks.push({ line, origin, defaultTtl: this.ttl.defaultTtl });
  }
  /**
   * What the other side's parse of a nearby version of the file needs to read only the lines
   * that differ (reparse), when this parse allows it: the zone's file alone ($INCLUDE and
   * $GENERATE make records elsewhere than their line), no diagnostic at all, no record twice
   * (the RRsets' values then count their records), no DNAME (a check of the whole zone).
   */
  outline() {
    if (this.complex || this.files.length !== 1 || this.errors.length > 0 || this.warnings.length > 0 || this.hadDuplicates || this.hadDname)
      return void 0;
    return { inside: this.inside, marks: this.marks };
  }
  directiveName(file, entry, origin) {
    const [d, arg] = entry.tokens;
    if (!arg) {
      this.error(file, d.line, d.column, `${d.text} needs a domain name`, "bind/directive");
      return void 0;
    }
    const r = toAbsoluteName(arg.text, origin);
    if (!r.ok) {
      this.error(file, arg.line, arg.column, `bad $ORIGIN: ${r.message}`, "bind/name");
      return void 0;
    }
    this.extra(file, entry.tokens, 2);
    return r.name;
  }
  extra(file, tokens, from) {
    const t = tokens[from];
    if (t)
      this.error(
        file,
        t.line,
        t.column,
        `unexpected ${quoteInput(t.text)}: expected the end of the line`,
        "bind/syntax"
      );
  }
  ttlDirective(file, entry) {
    const [d, arg] = entry.tokens;
    const v = arg && !arg.quoted ? parseDuration(arg.text) : void 0;
    if (v === void 0) {
      const at = arg ?? d;
      this.error(
        file,
        at.line,
        at.column,
        "$TTL needs a TTL (seconds or units such as 1h30m)",
        "bind/ttl"
      );
      return;
    }
    this.ttl.defaultTtl = this.limitTtl(file, arg.line, v);
    this.ttl.lastTtl = this.ttl.defaultTtl;
    this.extra(file, entry.tokens, 2);
  }
  limitTtl(file, line, v) {
    if (v <= MAX_TTL) return v;
    this.warn(file, line, `TTL ${v} is above ${MAX_TTL}; BIND uses 0`, "bind/ttl-range");
    return 0;
  }
  include(file, entry, origin, owner) {
    const [d, pathTok, originTok] = entry.tokens;
    if (!pathTok) {
      this.error(file, d.line, d.column, "$INCLUDE needs a file name", "bind/directive");
      return;
    }
    let includeOrigin = origin;
    if (originTok) {
      const r = toAbsoluteName(originTok.text, origin);
      if (!r.ok) {
        this.error(
          file,
          originTok.line,
          originTok.column,
          `bad $INCLUDE origin: ${r.message}`,
          "bind/name"
        );
        return;
      }
      includeOrigin = r.name;
      this.extra(file, entry.tokens, 3);
    }
    const at = (message, code) => this.error(file, pathTok.line, pathTok.column, message, code);
    if (!this.tree)
      return at("$INCLUDE is not available here (no repository to read from)", "bind/include");
    const folder = file.slice(0, Math.max(0, file.lastIndexOf("/")));
    const checked = resolveRepoPath(pathTok.text, folder);
    if (!checked.ok)
      return at(
        checked.problem === "leaves" ? `$INCLUDE ${quoteInput(pathTok.text)} leaves the repository` : `$INCLUDE ${checked.message}`,
        "bind/include-outside"
      );
    const target = checked.path;
    if (this.includeStack.includes(target))
      return at(
        `$INCLUDE ${quoteInput(pathTok.text)} includes itself (cycle: ${[...this.includeStack, target].join(" \u2192 ")})`,
        "bind/include-cycle"
      );
    if (this.includeStack.length >= MAX_INCLUDE_DEPTH)
      return at("$INCLUDE nesting is too deep", "bind/include");
    if (++this.includes > MAX_INCLUDES)
      return at(`more than ${MAX_INCLUDES} $INCLUDEs for one zone`, "bind/include");
    let text;
    try {
      text = this.tree.readText(target);
    } catch (e) {
      return at(
        `$INCLUDE ${quoteInput(pathTok.text)}: ${e instanceof Error ? e.message : String(e)}`,
        "bind/include-outside"
      );
    }
    if (text === void 0)
      return at(
        `$INCLUDE ${quoteInput(pathTok.text)}: no such file in the repository (${target})`,
        "bind/include-missing"
      );
    if (!this.parseFile(target, text, includeOrigin, owner))
      this.overBudget(file, pathTok.line, pathTok.column, target);
  }
  generate(file, entry, origin) {
    const t = entry.tokens;
    const d = t[0];
    if (t.length < 5) {
      this.error(
        file,
        d.line,
        d.column,
        "$GENERATE needs: range owner [ttl] [class] type rdata",
        "bind/generate"
      );
      return;
    }
    const range = parseRange(t[1].text);
    if (typeof range === "string")
      return this.error(file, t[1].line, t[1].column, range, "bind/generate");
    const lhs = compileTemplate(t[2].text);
    if (typeof lhs === "string")
      return this.error(file, t[2].line, t[2].column, lhs, "bind/generate");
    const head = this.header(file, t, 3);
    if (!head) return;
    const rhsTok = t[head.next];
    if (!rhsTok)
      return this.error(
        file,
        d.line,
        d.column,
        "$GENERATE needs the rdata template",
        "bind/generate"
      );
    this.extra(file, t, head.next + 1);
    const rhs = compileTemplate(rhsTok.quoted ? unescapeQuotes(rhsTok.text) : rhsTok.text);
    if (typeof rhs === "string")
      return this.error(file, rhsTok.line, rhsTok.column, rhs, "bind/generate");
    this.generated += Math.floor((range.stop - range.start) / range.step) + 1;
    if (this.generated > MAX_GENERATED)
      return this.error(
        file,
        t[1].line,
        t[1].column,
        `$GENERATE makes more than ${MAX_GENERATED} records in this zone`,
        "bind/generate"
      );
    const ttl = this.resolveTtl(file, d.line, d.column, head.ttl, head.type, void 0);
    if (ttl === void 0) return;
    for (let it = range.start; it <= range.stop && this.probe?.soa === void 0 && this.budget.exceeded === void 0; it += range.step) {
      const ownerText = expand(lhs, it);
      const rdataText = expand(rhs, it);
      if (ownerText === void 0 || rdataText === void 0)
        return this.error(file, d.line, d.column, "$GENERATE value overflows", "bind/generate");
      const o = toAbsoluteName(ownerText, origin);
      if (!o.ok)
        return this.error(
          file,
          t[2].line,
          t[2].column,
          `bad generated owner ${quoteInput(ownerText)}: ${o.message}`,
          "bind/generate"
        );
      const tokens = tokenizeRdata(rdataText);
      if ("error" in tokens)
        return this.error(file, rhsTok.line, rhsTok.column, tokens.error, "bind/generate");
      const r = rdataFor(head, tokens, { origin });
      if (!r.ok)
        return this.error(
          file,
          rhsTok.line,
          rhsTok.column,
          `generated ${head.type} ${quoteInput(rdataText)}: ${r.message}`,
          "bind/rdata"
        );
      this.add(file, entry.line, o.name, r.type ?? head.type, ttl, r.value);
    }
  }
  /** `[ttl] [class] type` in either order from `idx`; undefined after reporting an error. */
  header(file, tokens, idx) {
    let ttl;
    let seenClass = false;
    let i = idx;
    for (; i < idx + 2; i++) {
      const t = tokens[i];
      if (!t || t.quoted) break;
      const c0 = t.text.charCodeAt(0);
      if (ttl === void 0 && c0 >= 48 && c0 <= 57) {
        const v = parseDuration(t.text);
        if (v === void 0) {
          this.error(
            file,
            t.line,
            t.column,
            `bad TTL ${quoteInput(t.text)}: expected seconds or units such as 1h30m`,
            "bind/ttl"
          );
          return void 0;
        }
        ttl = this.limitTtl(file, t.line, v);
        continue;
      }
      if (seenClass) break;
      const cls = classWord(t.text);
      if (cls === "IN") {
        seenClass = true;
        continue;
      }
      if (cls === "other") {
        this.error(
          file,
          t.line,
          t.column,
          `class ${t.text} does not match the zone's class IN`,
          "bind/class"
        );
        return void 0;
      }
      break;
    }
    const tt = tokens[i];
    if (!tt) {
      const last = tokens[tokens.length - 1];
      this.error(
        file,
        last.line,
        last.column + last.text.length,
        "expected a record type",
        "bind/syntax"
      );
      return void 0;
    }
    const word = tt.quoted ? void 0 : typeWord(tt.text);
    const type = word?.type;
    if (word?.meta === true) {
      this.error(
        file,
        tt.line,
        tt.column,
        `${tt.text} is a meta type (RFC 6895): it cannot be a record in a zone file`,
        "bind/meta-type"
      );
      return void 0;
    }
    if (type === void 0) {
      const other = tt.quoted ? void 0 : otherTypeNumber(tt.text);
      if (other !== void 0)
        return this.filled(ttl, `TYPE${other}`, tt.text, i + 1);
      if (classWord(tt.text) !== void 0) {
        this.error(
          file,
          tt.line,
          tt.column,
          `${quoteInput(tt.text)} is a class where the record type should be: a record has one class (this zone's is IN), then its type`,
          "bind/class"
        );
        return void 0;
      }
      if (OBSOLETE_TYPES.has(tt.text.toUpperCase())) {
        this.error(
          file,
          tt.line,
          tt.column,
          `${tt.text} is obsolete (RFC 973: use MX); BIND refuses it`,
          "bind/type"
        );
        return void 0;
      }
      const n = UNSUPPORTED_TYPES[tt.text.toUpperCase()];
      const hint = n === void 0 ? ": expected a record type such as A, AAAA, MX, TXT or TYPE65534" : `; ZoneGuard reads ${tt.text.toUpperCase()} only in RFC 3597 form (TYPE${n} \\# <length> <hex>)`;
      this.error(
        file,
        tt.line,
        tt.column,
        `unknown record type ${quoteInput(tt.text)}${hint}`,
        "bind/type"
      );
      return void 0;
    }
    return this.filled(ttl, type, void 0, i + 1);
  }
  /** `header`'s result, in one object this parser refills for each record (used up before the next). */
  filled(ttl, type, other, next) {
    const h = this.head;
    h.ttl = ttl;
    h.type = type;
    h.other = other;
    h.next = next;
    return h;
  }
  record(file, tokens, idx, owner, origin, line) {
    const head = this.header(file, tokens, idx);
    if (!head) return;
    const rdata = this.rdata;
    rdata.length = 0;
    for (let k = head.next; k < tokens.length; k++) rdata.push(tokens[k]);
    if (this.ctx.origin !== origin) this.ctx = { origin };
    const r = rdataFor(head, rdata, this.ctx);
    if (!r.ok) {
      const bad = rdata[r.tokenIndex ?? 0];
      const last = tokens[tokens.length - 1];
      if (bad) this.error(file, bad.line, bad.column, `${head.type}: ${r.message}`, "bind/rdata");
      else
        this.error(
          file,
          last.line,
          last.column + last.text.length,
          `${head.type}: ${r.message}`,
          "bind/rdata"
        );
      return;
    }
    const type = r.type ?? head.type;
    const ttl = this.resolveTtl(file, line, tokens[0].column, head.ttl, type, r.value);
    if (ttl !== void 0) this.add(file, line, owner, type, ttl, r.value);
  }
  /** BIND's rules (lib/dns/master.c): explicit, else $TTL, else the last TTL, else SOA minimum. */
  resolveTtl(file, line, column, explicit, type, soaValue) {
    const s = this.ttl;
    if (explicit !== void 0) {
      s.lastTtl = explicit;
      return explicit;
    }
    if (s.defaultTtl !== void 0) {
      s.lastTtl = s.defaultTtl;
      return s.defaultTtl;
    }
    if (s.lastTtl !== void 0) {
      if (!s.warned1035) {
        s.warned1035 = true;
        this.warn(
          file,
          line,
          "no $TTL: using the previous record's TTL (RFC 1035 semantics)",
          "bind/rfc1035-ttl"
        );
      }
      return s.lastTtl;
    }
    if (type === "SOA" && soaValue !== void 0) {
      const minimum = this.limitTtl(
        file,
        line,
        Number(soaValue.slice(soaValue.lastIndexOf(" ") + 1))
      );
      this.warn(
        file,
        line,
        "no TTL specified; using the SOA minimum instead (add $TTL)",
        "bind/soa-minimum-ttl"
      );
      s.defaultTtl = minimum;
      s.lastTtl = minimum;
      return minimum;
    }
    this.error(
      file,
      line,
      column,
      "no TTL specified and no $TTL before this record",
      "bind/no-ttl"
    );
    return void 0;
  }
  add(file, line, name2, type, ttl, value) {
    if (!this.budget.record()) return void this.overBudget(file, line);
    if (this.probe) {
      if (type === "SOA") this.probe.soa = name2;
      return;
    }
    if (!inZone(name2, this.zone)) {
      this.warn(
        file,
        line,
        `${name2} is outside the zone ${this.zone}; BIND ignores this record`,
        "bind/out-of-zone"
      );
      return;
    }
    if (type === "SOA" && name2 !== this.zone)
      this.warn(
        file,
        line,
        `SOA record at ${name2}, not at the zone apex ${this.zone}; BIND refuses this zone`,
        "bind/soa-not-at-apex"
      );
    const atName = this.rrsets.get(name2);
    if (atName === void 0) {
      const fresh = this.fresh(file, line, name2, type, ttl, value);
      this.rrsets.set(fresh.name, fresh);
      return;
    }
    let acc;
    let at = -1;
    if (Array.isArray(atName)) {
      for (let k = 0; k < atName.length; k++)
        if (atName[k].type === type) {
          acc = atName[k];
          at = k;
        }
      if (acc === void 0)
        return void atName.push(this.fresh(file, line, atName[0].name, type, ttl, value));
    } else if (atName.type === type) acc = atName;
    else
      return void this.rrsets.set(name2, [
        atName,
        this.fresh(file, line, atName.name, type, ttl, value)
      ]);
    if (this.previous !== void 0) {
      const own = this.unshared(acc);
      if (own !== acc) {
        if (at >= 0) atName[at] = own;
        else this.rrsets.set(name2, own);
        acc = own;
      }
    }
    if (SINGLETON_TYPES.has(type) && !this.singletonWarned.has(acc) && !acc.values.includes(value)) {
      this.singletonWarned.add(acc);
      this.warn(
        file,
        line,
        `${name2} has more than one ${type} record; BIND refuses this zone (multiple RRs of singleton type)`,
        "bind/singleton"
      );
    }
    acc.values.push(value);
    if (type === "TYPE46" || type === "TYPE24") return;
    if (ttl !== acc.ttl) this.ttl.lastTtl = acc.ttl;
    if (ttl !== acc.ttl && !this.ttlWarned.has(acc)) {
      this.ttlWarned.add(acc);
      this.warn(
        file,
        line,
        `${name2} ${type} has records with different TTLs; BIND uses the first one (${acc.ttl}), not ${ttl}`,
        "bind/ttl-mismatch"
      );
    }
  }
  /**
   * A new RRset of one record. On the second side of a review (`previous`), the other side's
   * RRset itself when it is equal in every field (the same one value, TTL, file and line), else
   * one that shares its owner name and, when the value is the same, its values: this side's
   * copies then die young instead of filling the heap (issue 15). `unshared` copies before a
   * second record is added.
   */
  fresh(file, line, name2, type, ttl, value) {
    const prev = this.previous === void 0 ? void 0 : entryAt(this.previous, name2, type);
    if (prev === void 0) return { name: name2, type, ttl, values: [value], location: { file, line } };
    if (prev.values.length !== 1 || prev.values[0] !== value)
      return { name: prev.name, type, ttl, values: [value], location: { file, line } };
    if (prev.ttl === ttl && prev.location?.file === file && prev.location.line === line)
      return prev;
    return {
      name: prev.name,
      type,
      ttl,
      values: prev.values,
      location: { file, line }
    };
  }
  /** `acc`, or a copy of it this side owns when it or its values belong to the other side. */
  unshared(acc) {
    const prev = entryAt(this.previous, acc.name, acc.type);
    if (prev === void 0) return acc;
    if (prev === acc) return { ...acc, values: [...acc.values] };
    if (prev.values === acc.values) acc.values = [...acc.values];
    return acc;
  }
  /**
   * An NS whose target lies below a DNAME of this zone (RFC 6672 §2.4: the name cannot exist
   * there): BIND refuses the zone for the apex NS and warns for a delegation.
   */
  checkNsBelowDname() {
    const dnames = /* @__PURE__ */ new Set();
    const nsSets = [];
    const note = (a) => {
      if (a.type === "DNAME") dnames.add(a.name);
      else if (a.type === "NS") nsSets.push(a);
    };
    for (const atName of this.rrsets.values())
      if (Array.isArray(atName)) for (const a of atName) note(a);
      else note(atName);
    if (dnames.size === 0) return;
    this.hadDname = true;
    for (const ns of nsSets)
      for (const target of ns.values) {
        if (!inZone(target, this.zone)) continue;
        for (let up = target; up !== this.zone && up !== "."; ) {
          up = parentName(up);
          if (!dnames.has(up)) continue;
          const apex = ns.name === this.zone;
          this.warn(
            ns.location.file,
            ns.location.line,
            `NS ${target} at ${ns.name} is below the DNAME at ${up}, where no name can exist; BIND ${apex ? "refuses this zone" : "warns"}`,
            "bind/ns-below-dname"
          );
          break;
        }
      }
  }
  /**
   * The zone's RRsets. With `previous` (the RRsets of the same file read on the other side of
   * the review, by owner name), an RRset equal to the one there in every field is that object,
   * and one with the same values shares its owner name and values: two sides of a large zone
   * differ in a handful of RRsets, and each kept once is most of the memory (issue 15).
   * Afterwards the parser's map holds the RRsets given back, for the memo of the other side.
   */
  result() {
    const out = [];
    this.rrsets.forEach((atName, name2) => {
      if (Array.isArray(atName))
        for (let k = 0; k < atName.length; k++) {
          const r = this.finalRRset(atName[k]);
          atName[k] = r;
          out.push(r);
        }
      else {
        const r = this.finalRRset(atName);
        if (r !== atName) this.rrsets.set(name2, r);
        out.push(r);
      }
    });
    return out;
  }
  /**
   * An accumulated RRset as the zone gives it. One of one record is final as made (`fresh`
   * shared what it could); one of several is sorted, and shared with `previous` where equal.
   */
  finalRRset(acc) {
    if (acc.values.length === 1) return acc;
    const own = makeRRset(acc);
    if (own.values.length !== acc.values.length) this.hadDuplicates = true;
    const prev = this.previous && entryAt(this.previous, acc.name, acc.type);
    if (prev === void 0 || !sameValues(prev.values, own.values)) return own;
    if (prev.ttl === own.ttl && prev.location?.file === own.location?.file && prev.location?.line === own.location?.line)
      return prev;
    return {
      name: prev.name,
      type: own.type,
      ttl: own.ttl,
      values: prev.values,
      location: acc.location
    };
  }
  /** After `result`: the RRsets it gave, by owner name (what `result` left in the map). */
  resultByName() {
    return this.rrsets;
  }
};
function inZone(name2, zone) {
  if (zone === "." || name2 === zone) return true;
  const at = name2.length - zone.length - 1;
  if (at < 1 || name2.charCodeAt(at) !== 46 || !name2.endsWith(zone)) return false;
  return name2.includes("\\") ? isInZone(name2, zone) : true;
}
function classWord(text) {
  const n = text.length;
  const c = text.charCodeAt(0) | 32;
  if (n === 2 && c === 105 && (text.charCodeAt(1) | 32) === 110) return "IN";
  const maybe = c === 105 && n === 2 || c === 99 && (n === 2 || n >= 6) || c === 104 && n === 2 || c === 110 && n === 4 || c === 97 && n === 3;
  if (!maybe) return void 0;
  const upper = text.toUpperCase();
  if (upper === "IN" || upper === "CLASS1") return "IN";
  if (upper === "CH" || upper === "HS" || upper === "NONE" || upper === "ANY") return "other";
  return /^CLASS\d+$/.test(upper) ? "other" : void 0;
}
var typeWords = /* @__PURE__ */ new Map();
function typeWord(text) {
  let w = typeWords.get(text);
  if (w === void 0) {
    let type = parseRecordType(text);
    if (type !== void 0 && isPseudoType(type)) type = void 0;
    w = { type, meta: isMetaType(type ?? "A", text) };
    if (typeWords.size < 512) typeWords.set(text, w);
  }
  return w;
}
function unescapeQuotes(text) {
  if (!text.includes('\\"')) return text;
  let out = "";
  for (let k = 0; k < text.length; k++) {
    if (text[k] === "\\" && k + 1 < text.length) {
      out += text[k + 1] === '"' ? '"' : text.slice(k, k + 2);
      k++;
    } else out += text[k];
  }
  return out;
}
function originFromText(text) {
  const lexer = new ZoneLexer(text);
  for (let e = lexer.next(); e; e = lexer.next()) {
    const t = e.tokens[0];
    if (e.blankOwner || t.quoted || !t.text.startsWith("$")) return void 0;
    if (t.text.toUpperCase() === "$ORIGIN" && e.tokens[1]) {
      const r = toAbsoluteName(e.tokens[1].text, ".");
      return r.ok && e.tokens[1].text.endsWith(".") ? r.name : void 0;
    }
  }
  return void 0;
}
var PROBE_ORIGIN = "origin.zoneguard-probe.invalid.";
function zoneNameFromSoa(text, options) {
  const probe = {};
  const meter = (options.budget?.budget ?? new InputBudget()).meter();
  new ZoneFileParser(PROBE_ORIGIN, options.tree, meter, probe).parseFile(
    options.file,
    text,
    PROBE_ORIGIN
  );
  meter.refund();
  const soa = probe.soa;
  return soa === void 0 || isInZone(soa, PROBE_ORIGIN) ? void 0 : soa;
}
function parseZoneFile(text, options) {
  const zoneName = options.origin ?? zoneNameFromSoa(text, options) ?? originFromText(text) ?? options.fallbackOrigin;
  if (zoneName === void 0)
    return fail({
      level: "error",
      message: "cannot tell the zone name: no $ORIGIN and no origin given",
      location: { file: options.file, line: 1 },
      code: "bind/no-origin"
    });
  const budget = options.budget ?? new InputBudget().meter();
  const memo = options.memo;
  const key2 = `bind ${options.file}
${zoneName}`;
  const remembered = memo?.take(key2);
  const read = (path) => options.tree?.readText(path);
  if (remembered !== void 0 && readsTheSame(remembered, text, read) && budget.chargeAll(remembered.charged))
    return remembered.value;
  if (remembered !== void 0) {
    const again = reparse(remembered, text, zoneName, options.file, budget);
    if (again !== void 0) return again;
  }
  const before = budget.charged;
  const previous = remembered?.byName;
  const p = new ZoneFileParser(zoneName, options.tree, budget, void 0, previous);
  if (!p.parseFile(options.file, text, zoneName)) p.overBudgetAt(options.file);
  p.checkNsBelowDname();
  if (p.errors.length > 0) {
    if (remembered !== void 0) memo.keep(key2, remembered);
    return fail(...sortDiagnostics(p.errors));
  }
  const result = parsed(zoneName, options.file, p.result(), p.warnings, p.files, p.resultByName());
  if (memo !== void 0 && remembered === void 0) {
    const outline = p.outline();
    memo.keep(key2, {
      byName: p.resultByName(),
      text,
      includes: includedTexts(p.files.slice(1), read),
      charged: budget.chargedSince(before),
      value: result,
      ...outline !== void 0 ? { outline } : {}
    });
  }
  return result;
}
function parsed(zoneName, file, list, warnings, files, byName) {
  const rrsets = markUniqueByKey(list, byName);
  const zone = {
    name: zoneName,
    format: "bind",
    rrsets,
    providers: [],
    unmanaged: [],
    location: { file },
    ...warnings.length > 0 ? { diagnostics: warnings } : {}
  };
  return ok({ zone, files }, warnings);
}
var REPARSE_SHARE = 0.25;
function reparse(remembered, text, zoneName, file, budget) {
  const outline = remembered.outline;
  const before = remembered.value;
  if (outline === void 0 || !before.ok) return void 0;
  const hunks = changedHunks(remembered.text, text, outline.inside, text.length * REPARSE_SHARE);
  if (hunks === void 0 || hunks.length === 0) return void 0;
  const scratch = new InputBudget();
  const oldMeter = scratch.meter();
  const newMeter = scratch.meter();
  const oldRead = new ZoneFileParser(zoneName, void 0, oldMeter);
  const newRead = new ZoneFileParser(zoneName, void 0, newMeter, void 0, remembered.byName);
  for (const h of hunks) {
    const { origin, defaultTtl } = stateAt(outline.marks, h.oldLine, zoneName);
    const was = remembered.text.slice(h.oldStart, h.oldEnd);
    oldRead.parseHunk(file, was, h.oldLine, origin, defaultTtl);
    newRead.parseHunk(file, text.slice(h.newStart, h.newEnd), h.newLine, origin, defaultTtl);
  }
  newRead.checkNsBelowDname();
  for (const p of [oldRead, newRead])
    if (p.errors.length > 0 || p.warnings.length > 0 || p.directives > 0 || p.hadDname)
      return void 0;
  oldRead.result();
  newRead.result();
  const list = reassemble(
    before.value.zone.rrsets,
    remembered.byName,
    oldRead.resultByName(),
    newRead.resultByName(),
    hunks,
    file
  );
  if (list === void 0) return void 0;
  const records = remembered.charged.records - oldMeter.charged.records + newMeter.charged.records;
  if (!budget.chargeAll({ bytes: text.length, records })) return void 0;
  reparses.count++;
  return parsed(zoneName, file, list, [], [file]);
}
var reparses = { count: 0 };
function sortDiagnostics(ds) {
  return ds.sort(
    (a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) || (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0)
  );
}

// src/formats/bind/load.ts
var MAX_ROUNDS = 25;
async function loadBind(tree, options) {
  const skip = options.skip ?? [];
  const candidates = (await tree.listFiles()).filter((f) => underPath(f, options.path) && isZoneFileName(f)).filter((f) => !skip.some((dir) => underPath(f, dir))).sort();
  const budget = options.budget ?? new InputBudget();
  const cache = /* @__PURE__ */ new Map();
  let cached = 0;
  const fetch = async (path) => {
    if (cached > budget.limits.bytes) {
      cache.set(path, { error: budgetMessage("bytes", budget.limits, path) });
      return;
    }
    try {
      const text = await tree.readText(path);
      cached += text?.length ?? 0;
      cache.set(path, { text });
    } catch (e) {
      cache.set(path, { error: e instanceof Error ? e.message : String(e) });
    }
  };
  for (const f of candidates) await fetch(f);
  const parsed2 = /* @__PURE__ */ new Map();
  let pending = candidates;
  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
    const missing = /* @__PURE__ */ new Set();
    const again = [];
    for (const file of pending) {
      const c = cache.get(file);
      if (!c || !("text" in c) || c.text === void 0) continue;
      parsed2.get(file)?.meter.refund();
      let asked = false;
      const includeTree = {
        readText(path) {
          const hit = cache.get(path);
          if (!hit) {
            missing.add(path);
            asked = true;
            return "";
          }
          if ("error" in hit) throw new Error(hit.error);
          return hit.text;
        }
      };
      const fallback = zoneNameFromFileName(file);
      const meter = budget.meter();
      const memo = options.memo ? new MemoAttempt(options.memo) : void 0;
      const result = parseZoneFile(c.text, {
        file,
        tree: includeTree,
        budget: meter,
        ...fallback ? { fallbackOrigin: fallback } : {},
        ...memo ? { memo } : {}
      });
      memo?.settle(!asked);
      parsed2.set(file, { result, meter });
      if (asked) again.push(file);
    }
    for (const m of missing) await fetch(m);
    pending = again;
  }
  const results = candidates.flatMap((file) => {
    const p = parsed2.get(file);
    return p ? [{ file, result: p.result }] : [];
  });
  const included = /* @__PURE__ */ new Set();
  for (const { result } of results)
    if (result.ok) for (const f of result.value.files.slice(1)) included.add(f);
  const errors = [];
  const zones = [];
  const files = /* @__PURE__ */ new Set();
  for (const { file, result } of results) {
    if (included.has(file)) continue;
    if (!result.ok) errors.push(...result.errors);
    else {
      zones.push(result.value.zone);
      for (const f of result.value.files) files.add(f);
    }
    files.add(file);
  }
  const seen = /* @__PURE__ */ new Map();
  for (const z of zones) {
    const other = seen.get(z.name);
    if (other !== void 0)
      errors.push({
        level: "error",
        code: "bind/duplicate-zone",
        message: `zone ${z.name} is defined twice (also in ${other})`,
        location: { file: z.location?.file ?? "" }
      });
    else seen.set(z.name, z.location?.file ?? "");
  }
  if (errors.length > 0) return fail(...errors);
  const configOf = folderConfigs(candidates.filter((f) => !included.has(f)));
  return ok({
    zones: zones.map((z) => ({ ...z, config: configOf(z.location?.file ?? "") })),
    credentials: [],
    files: [...files].sort()
  });
}
export {
  loadBind
};
