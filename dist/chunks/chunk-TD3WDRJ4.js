import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  SourceError,
  defaultCredsFile,
  evaluateDnsconfigFull,
  knownValues,
  maskDiagnostic,
  parseFilepos,
  readCreds,
  resolveRepoPath
} from "./chunk-R3JRNQOD.js";
import {
  CODECS,
  RdataError,
  TOKEN_SPACE,
  U16,
  U32,
  U8,
  algorithm,
  base64Rest,
  canonicalName,
  canonicalRdata,
  charString,
  decodeEscapes,
  decodeRdata,
  end,
  genericCodec,
  hexRest,
  isInZone,
  isPseudoType,
  isStandardType,
  isTokenSpace,
  name,
  parentName,
  parseDuration,
  parseRdata,
  parseRecordType,
  plainName,
  quoteOctets,
  relativeName,
  toAbsoluteName,
  token,
  tokenizeRdata,
  uint
} from "./chunk-ATHLTT4N.js";
import {
  MAX_MESSAGE_CHARS,
  capText,
  fail,
  lineColumnIndex,
  literalGroups,
  makeRRset,
  ok,
  parseIPv4,
  parseIPv6,
  quoteInput,
  rrsetKey
} from "./chunk-Z7STY57L.js";

// src/formats/budget.ts
var DEFAULT_INPUT_LIMITS = {
  bytes: 128 * 1024 * 1024,
  records: 1e6
};
var MAX_RECORDS_LIMIT = 5e7;
var BYTES_PER_RECORD = 128;
function limitsForRecords(records) {
  return {
    records,
    bytes: Math.max(DEFAULT_INPUT_LIMITS.bytes, records * BYTES_PER_RECORD)
  };
}
function parseMaxRecords(text2) {
  const value = /^\s*\d+\s*$/.test(text2) ? Number(text2) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_RECORDS_LIMIT)
    return {
      ok: false,
      message: `--max-records must be a whole number of records from 1 to ${MAX_RECORDS_LIMIT.toLocaleString("en-US")}; got "${text2}"`
    };
  return { ok: true, value };
}
function describeLimit(kind, limits) {
  const MiB = 1024 * 1024;
  if (kind === "records") return `${limits.records.toLocaleString("en-US")} records`;
  return limits.bytes % MiB === 0 ? `${limits.bytes / MiB} MiB of input` : `${limits.bytes.toLocaleString("en-US")} bytes of input`;
}
function budgetMessage(kind, limits, file, doing) {
  const what = doing ?? (kind === "bytes" ? "reading" : "records made by");
  return `${what} ${file} exceeds the review's budget of ${describeLimit(kind, limits)} (for all zones, includes and both sides together; see docs/security.md, Input budgets)`;
}
var InputBudget = class {
  constructor(limits = DEFAULT_INPUT_LIMITS) {
    this.limits = limits;
  }
  limits;
  bytes = 0;
  records = 0;
  /** The limit a charge crossed, once one has: the review is over its budget. */
  exceeded;
  /** A meter that charges this budget and remembers what it charged. */
  meter() {
    return new BudgetMeter(this);
  }
  /** For BudgetMeter: charges `n`, or false (nothing charged) when that crosses the limit. */
  charge(kind, n) {
    const over = kind === "bytes" ? this.bytes + n > this.limits.bytes : this.records + n > this.limits.records;
    if (over) {
      this.exceeded ??= kind;
      return false;
    }
    if (kind === "bytes") this.bytes += n;
    else this.records += n;
    return true;
  }
  /** For BudgetMeter: gives back what a meter charged. */
  refund(bytes, records) {
    this.bytes -= bytes;
    this.records -= records;
  }
  get used() {
    return { bytes: this.bytes, records: this.records };
  }
};
var BudgetMeter = class {
  constructor(budget) {
    this.budget = budget;
  }
  budget;
  bytes = 0;
  records = 0;
  /** The limit crossed, once one is: every later charge fails too. */
  exceeded;
  get limits() {
    return this.budget.limits;
  }
  /** Charges `n` characters read; false when that crosses the limit (nothing is charged). */
  read(n) {
    return this.charge("bytes", n);
  }
  /** Charges one record made; false when that crosses the limit. */
  record() {
    return this.charge("records", 1);
  }
  charge(kind, n) {
    if (this.exceeded !== void 0) return false;
    if (!this.budget.charge(kind, n)) {
      this.exceeded = kind;
      return false;
    }
    if (kind === "bytes") this.bytes += n;
    else this.records += n;
    return true;
  }
  /** Gives back everything this meter charged (an attempt that is thrown away). */
  refund() {
    this.budget.refund(this.bytes, this.records);
    this.bytes = 0;
    this.records = 0;
    this.exceeded = void 0;
  }
};

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
  const known2 = t.quoted ? void 0 : TYPE_MNEMONICS[upper];
  if (known2 !== void 0) return known2;
  const m = t.quoted ? null : /^TYPE(\d{1,5})$/.exec(upper);
  if (m && Number(m[1]) <= 65535) return Number(m[1]);
  throw new RdataError(`expected ${what} (a type such as A or TYPE65534), not "${t.text}"`, i);
}

// src/model/rdata/wire-write.ts
function nameWire(canonical2) {
  const out = [];
  let label = [];
  for (let k = 0; k < canonical2.length; k++) {
    const c = canonical2.charCodeAt(k);
    if (c === 46) {
      if (label.length > 0) out.push(label.length, ...label);
      label = [];
    } else if (c === 92) {
      const d = canonical2.slice(k + 1, k + 4);
      if (/^\d{3}$/.test(d)) {
        label.push(Number(d));
        k += 3;
      } else {
        label.push(canonical2.charCodeAt(k + 1));
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
var str = (s2) => [s2.length, ...[...s2].map((c) => c.charCodeAt(0))];
var octets = (s2) => [...s2].map((c) => c.charCodeAt(0));
var hexBytes = (h) => [...Buffer.from(h, "hex")];
var base64Bytes = (b) => [...Buffer.from(b, "base64")];
function done(tokens, n, bytes) {
  end(tokens, n);
  return bytes;
}

// src/model/rdata/dnssec-types.ts
function typeBitmap(tokens, from) {
  const types = /* @__PURE__ */ new Set();
  for (let i = from; i < tokens.length; i++) types.add(typeNumber(tokens, i, "a type"));
  const out = [];
  const sorted2 = [...types].sort((a, b) => a - b);
  for (let k = 0; k < sorted2.length; ) {
    const window = sorted2[k] >> 8;
    const bits = new Array(32).fill(0);
    let last = 0;
    for (; k < sorted2.length && sorted2[k] >> 8 === window; k++) {
      const low = sorted2[k] & 255;
      bits[low >> 3] |= 128 >> (low & 7);
      last = low >> 3;
    }
    out.push(window, last + 1, ...bits.slice(0, last + 1));
  }
  return out;
}
function sigTime(tokens, i, what) {
  const s2 = token(tokens, i, what).text;
  if (!/^\d{14}$/.test(s2)) return uint(tokens, i, U32, what);
  const [y, mo, d, h, mi, se] = [0, 4, 6, 8, 10, 12].map(
    (k, j) => Number(s2.slice(k, j === 0 ? 4 : k + 2))
  );
  const ms = Date.UTC(y, mo - 1, d, h, mi, se);
  const back = new Date(ms);
  if (y < 1970 || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59)
    throw new RdataError(`${what} ${s2} is not a valid time (YYYYMMDDHHmmSS)`, i);
  if (se > 60) throw new RdataError(`${what} ${s2} is not a valid time (YYYYMMDDHHmmSS)`, i);
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
  const s2 = token(tokens, i, "next hashed owner name").text.toUpperCase();
  const out = [];
  let acc = 0;
  let bits = 0;
  for (const c of s2) {
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
function base64Tail(t, from, what, optional2 = false) {
  return optional2 && t.length <= from ? [] : base64Bytes(base64Rest(t, from, what));
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
function dottedHex(i, s2, what) {
  const digits = s2.replaceAll(".", "");
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
  const text2 = token(t, i, what).text;
  const known2 = names[text2.toLowerCase()] ?? names[text2.toUpperCase()];
  return known2 ?? uint(t, i, max, what);
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
      const s2 = token(t, 0, "NSAP address").text;
      if (!/^0x/i.test(s2)) throw new RdataError("an NSAP address starts with 0x", 0);
      return done(t, 1, dottedHex(0, s2.slice(2), "NSAP address"));
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
      const s2 = token(t, 0, "ATM address").text;
      if (s2.startsWith("+")) {
        if (!/^\+\d+$/.test(s2)) throw new RdataError("an E.164 ATM address is + and digits", 0);
        return done(t, 1, [1, ...octets(s2.slice(1))]);
      }
      return done(t, 1, [0, ...dottedHex(0, s2, "ATM address")]);
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
function eui(octets3) {
  return (t) => {
    const s2 = token(t, 0, "EUI address").text;
    const re = octets3 === 6 ? /^[0-9a-fA-F]{2}(?:-[0-9a-fA-F]{2}){5}$/ : /^[0-9a-fA-F]{2}(?:-[0-9a-fA-F]{2}){7}$/;
    if (!re.test(s2)) throw new RdataError(`expected ${octets3} hex octets separated by "-"`, 0);
    return done(t, 1, hexBytes(s2.replaceAll("-", "")));
  };
}
function locator64(t, i) {
  const s2 = token(t, i, "locator").text;
  if (!/^[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){3}$/.test(s2))
    throw new RdataError("expected a locator xxxx:xxxx:xxxx:xxxx", i);
  return s2.split(":").flatMap((g) => u16(Number.parseInt(g, 16)));
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
      const target2 = charString(t, 2, "URI target", 65535);
      if (!t[2].quoted) throw new RdataError("the URI target must be quoted", 2);
      if (target2.length === 0) throw new RdataError("the URI target is empty", 2);
      return done(t, 3, [
        ...u16(uint(t, 0, U16, "priority")),
        ...u16(uint(t, 1, U16, "weight")),
        ...[...target2].map((c) => c.charCodeAt(0))
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
function parseRange(text2) {
  const m = /^(\d{1,10})-(\d{1,10})(?:\/(\d{1,10}))?$/.exec(text2);
  if (!m) return `expected a range start-stop[/step], not ${quoteInput(text2)}`;
  const start = Number(m[1]);
  const stop = Number(m[2]);
  const step2 = m[3] === void 0 ? 1 : Number(m[3]);
  if (start > MAX || stop > MAX || step2 > MAX) return `range ${quoteInput(text2)} is above ${MAX}`;
  if (stop < start) return `range ${quoteInput(text2)} ends before it starts`;
  if (step2 < 1) return `range ${quoteInput(text2)} has a step below 1`;
  return { start, stop, step: step2 };
}
function compileTemplate(text2) {
  const parts = [];
  let lit = "";
  for (let k = 0; k < text2.length; k++) {
    const c = text2[k];
    if (c === "\\") {
      lit += text2.slice(k, k + 2);
      k++;
    } else if (c !== "$") lit += c;
    else if (text2[k + 1] === "$") {
      lit += "$";
      k++;
    } else {
      if (lit) parts.push(lit);
      lit = "";
      if (text2[k + 1] === "{") {
        const close = text2.indexOf("}", k);
        const m = /^\{(-?\d+)(?:,(\d+)(?:,([doxXnN]))?)?\}$/.exec(text2.slice(k + 1, close + 1));
        if (close === -1 || !m)
          return `bad modifier in ${quoteInput(text2)}: expected \${offset[,width[,base]]}`;
        const width = Number(m[2] ?? 0);
        if (width > 255) return `width ${width} in ${quoteInput(text2)} is too large`;
        parts.push({ offset: Number(m[1]), width, base: m[3] ?? "d" });
        k = close;
      } else parts.push({ offset: 0, width: 0, base: "d" });
    }
  }
  if (lit) parts.push(lit);
  return parts;
}
function expand(parts, it) {
  let s2 = "";
  for (const p of parts) {
    if (typeof p === "string") {
      s2 += p;
      continue;
    }
    const v = it + p.offset;
    if (v > MAX) return void 0;
    s2 += number(v, p.width, p.base);
  }
  return s2;
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
  let s2 = "";
  do {
    s2 += digits[v & 15];
    v >>>= 4;
    if (w > 0) w--;
    if (w > 0 || v !== 0) {
      s2 += ".";
      if (w > 0) w--;
    }
  } while (v !== 0 || w > 0);
  return s2;
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
   * With `reuse`, each entry's token objects and array are recycled by the next call (the
   * caller must be done with an entry before asking for the next): fewer short-lived objects.
   */
  constructor(text2, reuse = false) {
    this.text = text2;
    this.reuse = reuse;
  }
  text;
  reuse;
  errors = [];
  i = 0;
  line = 1;
  lineStart = 0;
  pool = [];
  shared = [];
  token(tokens, text2, quoted, line, column) {
    if (!this.reuse) {
      tokens.push({ text: text2, quoted, line, column });
      return;
    }
    let t = this.pool[tokens.length];
    if (t === void 0) {
      t = { text: text2, quoted, line, column };
      this.pool.push(t);
    } else {
      t.text = text2;
      t.quoted = quoted;
      t.line = line;
      t.column = column;
    }
    tokens.push(t);
  }
  fresh() {
    if (!this.reuse) return [];
    this.shared.length = 0;
    return this.shared;
  }
  /** The next entry, or undefined at the end of the text. */
  next() {
    const text2 = this.text;
    const n = text2.length;
    let i = this.i;
    let line = this.line;
    let lineStart = this.lineStart;
    let depth = 0;
    let openLine = 0;
    let openColumn = 0;
    let tokens = this.fresh();
    let blankOwner = false;
    let entryLine = line;
    let broken = false;
    let atLineStart = i === lineStart;
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
        this.lineStart = lineStart;
        return tokens.length > 0 && !broken ? { tokens, blankOwner, line: entryLine } : void 0;
      }
      const c = text2.charCodeAt(i);
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
        lineStart = i;
        atLineStart = true;
        if (depth === 0) {
          if (tokens.length > 0 && !broken) {
            this.i = i;
            this.line = line;
            this.lineStart = lineStart;
            return { tokens, blankOwner, line: entryLine };
          }
          tokens = this.fresh();
          broken = false;
        }
      } else if (c === SEMI) {
        while (i < n && text2.charCodeAt(i) !== LF) i++;
      } else if (c === OPEN) {
        if (depth === 0) {
          openLine = line;
          openColumn = i - lineStart + 1;
        }
        depth++;
        i++;
      } else if (c === CLOSE) {
        if (depth === 0) {
          this.errors.push({
            message: 'unbalanced ")": no "(" is open',
            line,
            column: i - lineStart + 1
          });
          broken = true;
        } else depth--;
        i++;
      } else if (c === QUOTE) {
        const startLine = line;
        const column = i - lineStart + 1;
        let j = i + 1;
        for (; j < n; j++) {
          const d = text2.charCodeAt(j);
          if (d === QUOTE || d === LF) break;
          if (d === BACKSLASH && text2.charCodeAt(j + 1) !== LF) j++;
        }
        if (j >= n || text2.charCodeAt(j) === LF) {
          this.errors.push({
            message: 'unterminated quoted string: expected a closing " on this line',
            line,
            column
          });
          broken = true;
          i = j;
          continue;
        }
        const s2 = text2.slice(i + 1, j);
        this.token(tokens, s2, true, startLine, column);
        i = j + 1;
      } else {
        const start = i;
        while (i < n) {
          const d = text2.charCodeAt(i);
          if (d < 128 && DELIM[d] === 1) break;
          if (d === BACKSLASH && i + 1 < n && text2.charCodeAt(i + 1) !== LF) i += 2;
          else i++;
        }
        this.token(tokens, text2.slice(start, i), false, line, start - lineStart + 1);
      }
    }
  }
};

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
var SINGLETON_TYPES = /* @__PURE__ */ new Set(["SOA", "CNAME", "DNAME"]);
function rdataFor(head, tokens, origin) {
  if (head.other === void 0) {
    const r = parseRdata(head.type, tokens, { origin });
    return r.ok ? { ok: true, type: head.type, value: r.value } : r;
  }
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
  constructor(zone, tree, budget, probe) {
    this.zone = zone;
    this.tree = tree;
    this.budget = budget;
    this.probe = probe;
  }
  zone;
  tree;
  budget;
  probe;
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
  parseFile(file, text2, origin, inherited) {
    if (!this.budget.read(text2.length)) return false;
    this.files.push(file);
    this.includeStack.push(file);
    const lexer = new ZoneLexer(text2, true);
    let currentOrigin = origin;
    let owner = inherited;
    for (let entry = lexer.next(); entry; entry = lexer.next()) {
      if (this.probe?.soa !== void 0 || this.budget.exceeded !== void 0) break;
      const first = entry.tokens[0];
      if (!entry.blankOwner && !first.quoted && first.text.charCodeAt(0) === 36) {
        const directive = first.text.toUpperCase();
        if (directive === "$ORIGIN") {
          const o = this.directiveName(file, entry, currentOrigin);
          if (o !== void 0) currentOrigin = o;
        } else if (directive === "$TTL") this.ttlDirective(file, entry);
        else if (directive === "$INCLUDE") this.include(file, entry, currentOrigin, owner);
        else if (directive === "$GENERATE") this.generate(file, entry, currentOrigin);
        else
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
    this.includeStack.pop();
    return true;
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
    const target2 = checked.path;
    if (this.includeStack.includes(target2))
      return at(
        `$INCLUDE ${quoteInput(pathTok.text)} includes itself (cycle: ${[...this.includeStack, target2].join(" \u2192 ")})`,
        "bind/include-cycle"
      );
    if (this.includeStack.length >= MAX_INCLUDE_DEPTH)
      return at("$INCLUDE nesting is too deep", "bind/include");
    if (++this.includes > MAX_INCLUDES)
      return at(`more than ${MAX_INCLUDES} $INCLUDEs for one zone`, "bind/include");
    let text2;
    try {
      text2 = this.tree.readText(target2);
    } catch (e) {
      return at(
        `$INCLUDE ${quoteInput(pathTok.text)}: ${e instanceof Error ? e.message : String(e)}`,
        "bind/include-outside"
      );
    }
    if (text2 === void 0)
      return at(
        `$INCLUDE ${quoteInput(pathTok.text)}: no such file in the repository (${target2})`,
        "bind/include-missing"
      );
    if (!this.parseFile(target2, text2, includeOrigin, owner))
      this.overBudget(file, pathTok.line, pathTok.column, target2);
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
      const ownerText2 = expand(lhs, it);
      const rdataText = expand(rhs, it);
      if (ownerText2 === void 0 || rdataText === void 0)
        return this.error(file, d.line, d.column, "$GENERATE value overflows", "bind/generate");
      const o = toAbsoluteName(ownerText2, origin);
      if (!o.ok)
        return this.error(
          file,
          t[2].line,
          t[2].column,
          `bad generated owner ${quoteInput(ownerText2)}: ${o.message}`,
          "bind/generate"
        );
      const tokens = tokenizeRdata(rdataText);
      if ("error" in tokens)
        return this.error(file, rhsTok.line, rhsTok.column, tokens.error, "bind/generate");
      const r = rdataFor(head, tokens, origin);
      if (!r.ok)
        return this.error(
          file,
          rhsTok.line,
          rhsTok.column,
          `generated ${head.type} ${quoteInput(rdataText)}: ${r.message}`,
          "bind/rdata"
        );
      this.add(file, entry.line, o.name, r.type, ttl, r.value);
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
    const type = tt.quoted ? void 0 : recordType(tt.text);
    if (tt.quoted ? false : isMetaType(type ?? "A", tt.text)) {
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
      const other2 = tt.quoted ? void 0 : otherTypeNumber(tt.text);
      if (other2 !== void 0)
        return { ttl, type: `TYPE${other2}`, other: tt.text, next: i + 1 };
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
    return { ttl, type, next: i + 1 };
  }
  record(file, tokens, idx, owner, origin, line) {
    const head = this.header(file, tokens, idx);
    if (!head) return;
    const rdata = tokens.slice(head.next);
    const r = rdataFor(head, rdata, origin);
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
    const ttl = this.resolveTtl(file, line, tokens[0].column, head.ttl, r.type, r.value);
    if (ttl !== void 0) this.add(file, line, owner, r.type, ttl, r.value);
  }
  /** BIND's rules (lib/dns/master.c): explicit, else $TTL, else the last TTL, else SOA minimum. */
  resolveTtl(file, line, column, explicit, type, soaValue) {
    const s2 = this.ttl;
    if (explicit !== void 0) {
      s2.lastTtl = explicit;
      return explicit;
    }
    if (s2.defaultTtl !== void 0) {
      s2.lastTtl = s2.defaultTtl;
      return s2.defaultTtl;
    }
    if (s2.lastTtl !== void 0) {
      if (!s2.warned1035) {
        s2.warned1035 = true;
        this.warn(
          file,
          line,
          "no $TTL: using the previous record's TTL (RFC 1035 semantics)",
          "bind/rfc1035-ttl"
        );
      }
      return s2.lastTtl;
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
      s2.defaultTtl = minimum;
      s2.lastTtl = minimum;
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
    const fresh = { name: name2, type, ttl, values: [value], location: { file, line } };
    const atName = this.rrsets.get(name2);
    if (atName === void 0) {
      this.rrsets.set(name2, fresh);
      return;
    }
    let acc;
    if (Array.isArray(atName)) {
      for (let k = 0; k < atName.length; k++) if (atName[k].type === type) acc = atName[k];
      if (acc === void 0) return void atName.push(fresh);
    } else if (atName.type === type) acc = atName;
    else return void this.rrsets.set(name2, [atName, fresh]);
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
   * An NS whose target lies below a DNAME of this zone (RFC 6672 §2.4: the name cannot exist
   * there): BIND refuses the zone for the apex NS and warns for a delegation.
   */
  checkNsBelowDname() {
    const dnames = /* @__PURE__ */ new Set();
    const nsSets = [];
    for (const atName of this.rrsets.values())
      for (const a of Array.isArray(atName) ? atName : [atName]) {
        if (a.type === "DNAME") dnames.add(a.name);
        else if (a.type === "NS") nsSets.push(a);
      }
    if (dnames.size === 0) return;
    for (const ns of nsSets)
      for (const target2 of ns.values) {
        if (!inZone(target2, this.zone)) continue;
        for (let up = target2; up !== this.zone && up !== "."; ) {
          up = parentName(up);
          if (!dnames.has(up)) continue;
          const apex = ns.name === this.zone;
          this.warn(
            ns.location.file,
            ns.location.line,
            `NS ${target2} at ${ns.name} is below the DNAME at ${up}, where no name can exist; BIND ${apex ? "refuses this zone" : "warns"}`,
            "bind/ns-below-dname"
          );
          break;
        }
      }
  }
  result() {
    const out = [];
    for (const atName of this.rrsets.values())
      for (const a of Array.isArray(atName) ? atName : [atName])
        out.push(a.values.length === 1 ? a : makeRRset(a));
    return out;
  }
};
function inZone(name2, zone) {
  if (zone === "." || name2 === zone) return true;
  const at = name2.length - zone.length - 1;
  if (at < 1 || name2.charCodeAt(at) !== 46 || !name2.endsWith(zone)) return false;
  return name2.includes("\\") ? isInZone(name2, zone) : true;
}
function classWord(text2) {
  const n = text2.length;
  const c = text2.charCodeAt(0) | 32;
  const maybe = c === 105 && n === 2 || c === 99 && (n === 2 || n >= 6) || c === 104 && n === 2 || c === 110 && n === 4 || c === 97 && n === 3;
  if (!maybe) return void 0;
  const upper = text2.toUpperCase();
  if (upper === "IN" || upper === "CLASS1") return "IN";
  if (upper === "CH" || upper === "HS" || upper === "NONE" || upper === "ANY") return "other";
  return /^CLASS\d+$/.test(upper) ? "other" : void 0;
}
var typeCache = /* @__PURE__ */ new Map();
function recordType(text2) {
  let t = typeCache.get(text2);
  if (t === void 0 && !typeCache.has(text2)) {
    t = parseRecordType(text2);
    if (t !== void 0 && isPseudoType(t)) t = void 0;
    if (typeCache.size < 512) typeCache.set(text2, t);
  }
  return t;
}
function unescapeQuotes(text2) {
  if (!text2.includes('\\"')) return text2;
  let out = "";
  for (let k = 0; k < text2.length; k++) {
    if (text2[k] === "\\" && k + 1 < text2.length) {
      out += text2[k + 1] === '"' ? '"' : text2.slice(k, k + 2);
      k++;
    } else out += text2[k];
  }
  return out;
}
function originFromText(text2) {
  const lexer = new ZoneLexer(text2);
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
function zoneNameFromSoa(text2, options) {
  const probe = {};
  const meter = (options.budget?.budget ?? new InputBudget()).meter();
  new ZoneFileParser(PROBE_ORIGIN, options.tree, meter, probe).parseFile(
    options.file,
    text2,
    PROBE_ORIGIN
  );
  meter.refund();
  const soa = probe.soa;
  return soa === void 0 || isInZone(soa, PROBE_ORIGIN) ? void 0 : soa;
}
function parseZoneFile(text2, options) {
  const zoneName = options.origin ?? zoneNameFromSoa(text2, options) ?? originFromText(text2) ?? options.fallbackOrigin;
  if (zoneName === void 0)
    return fail({
      level: "error",
      message: "cannot tell the zone name: no $ORIGIN and no origin given",
      location: { file: options.file, line: 1 },
      code: "bind/no-origin"
    });
  const budget = options.budget ?? new InputBudget().meter();
  const p = new ZoneFileParser(zoneName, options.tree, budget);
  if (!p.parseFile(options.file, text2, zoneName)) p.overBudgetAt(options.file);
  p.checkNsBelowDname();
  if (p.errors.length > 0) return fail(...sortDiagnostics(p.errors));
  const zone = {
    name: zoneName,
    format: "bind",
    rrsets: p.result(),
    providers: [],
    unmanaged: [],
    location: { file: options.file },
    ...p.warnings.length > 0 ? { diagnostics: p.warnings } : {}
  };
  return ok({ zone, files: p.files }, p.warnings);
}
function sortDiagnostics(ds) {
  return ds.sort(
    (a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) || (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0)
  );
}

// src/formats/bind/write.ts
function ownerText(name2, origin) {
  return origin !== "." && isInZone(name2, origin) ? relativeName(name2, origin) : name2;
}
function formatBindRecords(rrsets, origin) {
  let out = "";
  for (const rr of rrsets) {
    const owner = ownerText(rr.name, origin);
    for (const v of rr.values) {
      const line = `${owner}	${rr.ttl}	IN	${rr.type}	${v}`;
      out += isPseudoType(rr.type) ? `; ${line} (provider record: no zone-file form)
` : `${line}
`;
    }
  }
  return out;
}
var ORDER = { SOA: 0, NS: 1 };
function formatZoneFile(zone) {
  const rrsets = [...zone.rrsets].sort((a, b) => {
    const apexA = a.name === zone.name ? 0 : 1;
    const apexB = b.name === zone.name ? 0 : 1;
    if (apexA !== apexB) return apexA - apexB;
    const oa = ORDER[a.type] ?? 2;
    const ob = ORDER[b.type] ?? 2;
    if (apexA === 0 && oa !== ob) return oa - ob;
    if (a.name !== b.name) return a.name < b.name ? -1 : 1;
    return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
  });
  const soa = rrsets.find((r) => r.type === "SOA" && r.name === zone.name);
  const ttl = soa?.ttl ?? rrsets[0]?.ttl ?? 3600;
  return `$ORIGIN ${zone.name}
$TTL ${ttl}
${formatBindRecords(rrsets, zone.name)}`;
}
function exportZoneFile(zone) {
  if (zone.rrsets.some((r) => r.type === "SOA" && r.name === zone.name))
    return formatZoneFile(zone);
  const ns = zone.rrsets.find((r) => r.type === "NS" && r.name === zone.name)?.values[0];
  const mname = ns ?? zone.nameservers?.[0] ?? `ns.${zone.name}`;
  const rname = `hostmaster.${zone.name === "." ? "" : zone.name}`;
  const soa = makeRRset({
    name: zone.name,
    type: "SOA",
    ttl: 3600,
    values: [`${mname} ${rname} 1 7200 3600 1209600 300`]
  });
  return `; SOA made by zoneguard export: the configuration leaves the SOA to the DNS provider
${formatZoneFile({ ...zone, rrsets: [soa, ...zone.rrsets] })}`;
}

// src/formats/bind/format.ts
var MAX_ROUNDS = 25;
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function isZoneFileName(path) {
  const b = baseName(path);
  return b.endsWith(".zone") || b.startsWith("db.") || b.endsWith(".db");
}
function zoneNameFromFileName(path) {
  let b = baseName(path);
  if (b.startsWith("db.")) b = b.slice(3);
  else if (b.endsWith(".zone")) b = b.slice(0, -5);
  else if (b.endsWith(".db")) b = b.slice(0, -3);
  if (b === "") return void 0;
  const r = canonicalName(b.endsWith(".") ? b : `${b}.`);
  return r.ok ? r.name : void 0;
}
function underPath(file, path) {
  const p = path.replace(/^\.?\/+|\/+$/g, "");
  return p === "" || p === "." || file === p || file.startsWith(`${p}/`);
}
var bindFormat = {
  id: "bind",
  mayRead: isZoneFileName,
  detect(files, path) {
    return files.some((f) => underPath(f, path) && isZoneFileName(f));
  },
  async load(tree, options) {
    const skip = options.skip ?? [];
    const candidates = (await tree.listFiles()).filter((f) => underPath(f, options.path) && isZoneFileName(f)).filter((f) => !skip.some((dir) => underPath(f, dir))).sort();
    const budget = options.budget ?? new InputBudget();
    const cache2 = /* @__PURE__ */ new Map();
    let cached = 0;
    const fetch = async (path) => {
      if (cached > budget.limits.bytes) {
        cache2.set(path, { error: budgetMessage("bytes", budget.limits, path) });
        return;
      }
      try {
        const text2 = await tree.readText(path);
        cached += text2?.length ?? 0;
        cache2.set(path, { text: text2 });
      } catch (e) {
        cache2.set(path, { error: e instanceof Error ? e.message : String(e) });
      }
    };
    for (const f of candidates) await fetch(f);
    const parsed = /* @__PURE__ */ new Map();
    let pending = candidates;
    for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
      const missing2 = /* @__PURE__ */ new Set();
      const again = [];
      for (const file of pending) {
        const c = cache2.get(file);
        if (!c || !("text" in c) || c.text === void 0) continue;
        parsed.get(file)?.meter.refund();
        let asked = false;
        const includeTree = {
          readText(path) {
            const hit = cache2.get(path);
            if (!hit) {
              missing2.add(path);
              asked = true;
              return "";
            }
            if ("error" in hit) throw new Error(hit.error);
            return hit.text;
          }
        };
        const fallback = zoneNameFromFileName(file);
        const meter = budget.meter();
        const result = parseZoneFile(c.text, {
          file,
          tree: includeTree,
          budget: meter,
          ...fallback ? { fallbackOrigin: fallback } : {}
        });
        parsed.set(file, { result, meter });
        if (asked) again.push(file);
      }
      for (const m of missing2) await fetch(m);
      pending = again;
    }
    const results = candidates.flatMap((file) => {
      const p = parsed.get(file);
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
      const other2 = seen.get(z.name);
      if (other2 !== void 0)
        errors.push({
          level: "error",
          code: "bind/duplicate-zone",
          message: `zone ${z.name} is defined twice (also in ${other2})`,
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
  },
  write: {
    fenceLanguage: "dns",
    lineComment: ";",
    editUnit: "rrset",
    zoneLocation: (zone) => `the zone file of ${zone} ($ORIGIN ${zone})`,
    records: formatBindRecords,
    zoneFile: { extension: ".zone", text: exportZoneFile }
  }
};

// src/formats/dnscontrol/format.ts
import { posix as posix2 } from "node:path";

// src/formats/dnscontrol/to-model.ts
var NOT_OPTIONS = /* @__PURE__ */ new Set(["orig_custom_type", "skip_fqdn_check"]);
function txtPresentation(text2) {
  const octets3 = Buffer.from(text2, "utf8").toString("latin1");
  if (octets3.length === 0) return '""';
  const parts = [];
  for (let i = 0; i < octets3.length; i += 255) parts.push(quoteOctets(octets3.slice(i, i + 255)));
  return parts.join(" ");
}
function quote(s2) {
  return quoteOctets(Buffer.from(s2, "utf8").toString("latin1"));
}
function recordPresentation(r) {
  const n = (v) => String(v ?? 0);
  switch (r.type) {
    case "MX":
      return `${n(r.mxpreference)} ${r.target}`;
    case "SRV":
      return `${n(r.srvpriority)} ${n(r.srvweight)} ${n(r.srvport)} ${r.target}`;
    case "CAA":
      return `${n(r.caaflag)} ${r.caatag ?? ""} ${quote(r.target)}`;
    case "TXT":
      return txtPresentation(r.target);
    case "SSHFP":
      return `${n(r.sshfpalgorithm)} ${n(r.sshfpfingerprint)} ${r.target}`;
    case "TLSA":
      return `${n(r.tlsausage)} ${n(r.tlsaselector)} ${n(r.tlsamatchingtype)} ${r.target}`;
    case "SMIMEA":
      return `${n(r.smimeausage)} ${n(r.smimeaselector)} ${n(r.smimeamatchingtype)} ${r.target}`;
    case "DS":
      return `${n(r.dskeytag)} ${n(r.dsalgorithm)} ${n(r.dsdigesttype)} ${r.dsdigest ?? ""}`;
    case "DNSKEY":
      return `${n(r.dnskeyflags)} ${n(r.dnskeyprotocol)} ${n(r.dnskeyalgorithm)} ${r.dnskeypublickey ?? ""}`;
    case "SOA":
      return `${r.target} ${r.soambox ?? ""} 0 ${n(r.soarefresh)} ${n(r.soaretry)} ${n(r.soaexpire)} ${n(r.soaminttl)}`;
    case "NAPTR":
      return `${n(r.naptrorder)} ${n(r.naptrpreference)} ${quote(r.naptrflags ?? "")} ${quote(r.naptrservice ?? "")} ${quote(r.naptrregexp ?? "")} ${r.target}`;
    case "SVCB":
    case "HTTPS":
      return `${n(r.svcpriority)} ${r.target}${r.svcparams ? ` ${r.svcparams}` : ""}`;
    case "R53_ALIAS":
    case "AZURE_ALIAS":
      return `${(r.r53_alias ?? r.azure_alias)?.type ?? ""} ${r.target}`;
    default:
      return r.target;
  }
}
function location(pos, file) {
  return parseFilepos(pos) ?? { file };
}
function ownerName(label, apex) {
  const r = toAbsoluteName(label, apex);
  return r.ok ? r.name : void 0;
}
function optionsOf(records) {
  const collected = /* @__PURE__ */ new Map();
  for (const r of records) {
    for (const [k, v] of Object.entries(r.meta ?? {}))
      if (!NOT_OPTIONS.has(k)) collected.set(k, (collected.get(k) ?? /* @__PURE__ */ new Set()).add(v));
    if (r.r53_alias?.zone_id) collected.set("r53_zone_id", /* @__PURE__ */ new Set([r.r53_alias.zone_id]));
    if (r.r53_alias?.evaluate_target_health)
      collected.set("r53_evaluate_target_health", /* @__PURE__ */ new Set([r.r53_alias.evaluate_target_health]));
  }
  const out = {};
  for (const k of [...collected.keys()].sort()) out[k] = [...collected.get(k)].sort().join(",");
  return out;
}
function rrsetsOf(d, apex, file, errors, notes) {
  const groups = /* @__PURE__ */ new Map();
  const add = (r, name2, type, value) => {
    const key2 = `${name2} ${type}`;
    const g = groups.get(key2) ?? { name: name2, type, records: [], values: [] };
    g.records.push(r);
    g.values.push(value);
    groups.set(key2, g);
  };
  for (const r of d.records) {
    const at = location(r.filepos, file);
    const type = parseRecordType(r.type);
    const name2 = ownerName(r.name, apex);
    if (!type || !name2) {
      notes.push({
        level: "warning",
        message: `${r.type} ${r.name}: provider-specific record kept out of the review model`,
        location: at,
        code: "dnscontrol/unmodelled-type"
      });
      continue;
    }
    const value = canonicalRdata(type, recordPresentation(r), apex);
    if (!value.ok) {
      errors.push({
        level: "error",
        message: `${r.type} ${r.name}: ${value.message}`,
        location: at,
        code: "dnscontrol/rdata"
      });
      continue;
    }
    add(r, name2, type, value.value);
  }
  for (const raw of d.rawrecords ?? []) addRaw(raw, apex, file, add);
  const out = [];
  for (const g of groups.values()) {
    out.push(
      makeRRset({
        name: g.name,
        type: g.type,
        ttl: g.records[0].ttl ?? 300,
        values: g.values,
        options: optionsOf(g.records),
        location: location(g.records[0].filepos, file)
      })
    );
  }
  return out;
}
function addRaw(raw, apex, file, add) {
  if (raw.type !== "CLOUDFLAREAPI_SINGLE_REDIRECT") return;
  const text2 = raw.args.map((a) => typeof a === "number" ? String(a) : quote(String(a))).join(" ");
  const rec = { type: "CF_SINGLE_REDIRECT", name: "@", target: text2, ttl: raw.ttl ?? 1 };
  if (raw.filepos) rec.filepos = raw.filepos;
  void file;
  add(rec, apex, "CF_SINGLE_REDIRECT", text2);
}
function unmanagedOf(d, at) {
  const out = [];
  const providers = Object.entries(d.dnsProviders);
  if (providers.length === 0)
    out.push({ name: "*", appliesTo: "live", source: "no DnsProvider()", location: at });
  else if (providers.some(([, n]) => n !== 0))
    out.push({
      name: "@",
      types: ["NS"],
      partial: true,
      appliesTo: "live",
      source: `DnsProvider(${providers.filter(([, n]) => n !== 0).map(([p]) => p).sort().join(", ")})`,
      location: at
    });
  if (d.ignore_external_dns)
    out.push({
      name: "*",
      externalDnsPrefix: d.external_dns_prefix ?? "",
      source: "IGNORE_EXTERNAL_DNS",
      location: at
    });
  for (const u of d.unmanaged ?? []) {
    const types = (u.rType_pattern ?? "*").split(",").map((t) => t.trim()).filter((t) => t !== "" && t !== "*").map((t) => parseRecordType(t)).filter((t) => t !== void 0);
    const target2 = u.target_pattern && u.target_pattern !== "*" ? u.target_pattern : void 0;
    out.push({
      name: u.label_pattern || "*",
      ...types.length ? { types } : {},
      ...target2 ? { target: target2 } : {},
      source: target2 && (u.label_pattern ?? "*") === "*" ? "IGNORE_TARGET" : "IGNORE",
      location: at
    });
  }
  return out;
}
function apexNs(d, apex, names, at) {
  const ttlText = d.meta.ns_ttl;
  const ttl = ttlText !== void 0 && /^\d+$/.test(ttlText) ? Number(ttlText) : 300;
  return makeRRset({
    name: apex,
    type: "NS",
    ttl: ttl <= 4294967295 ? ttl : 300,
    values: names,
    location: at
  });
}
function irToZones(ir, file, types) {
  const zones = [];
  const errors = [];
  const typeOf2 = (list2, name2) => {
    const declared = list2.find((p) => p.name === name2)?.type;
    return declared && declared !== "-" ? declared : types.get(name2);
  };
  for (const d of ir.domains) {
    const at = location(d.filepos, file);
    const apexResult = canonicalName(`${d.name}.`);
    if (!apexResult.ok) {
      errors.push({
        level: "error",
        message: `D("${d.name}"): ${apexResult.message}`,
        location: at,
        code: "dnscontrol/name"
      });
      continue;
    }
    const apex = apexResult.name;
    const notes = [];
    const rrsets = rrsetsOf(d, apex, file, errors, notes);
    const registrarType = typeOf2(ir.registrars, d.registrar);
    const registrar = {
      name: d.registrar,
      ...registrarType ? { type: registrarType } : {}
    };
    const providers = Object.entries(d.dnsProviders).map(([name2, nsCount]) => {
      const type = typeOf2(ir.dns_providers, name2);
      return { name: name2, ...type ? { type } : {}, nsCount };
    });
    const nameservers = [];
    for (const ns of d.nameservers ?? []) {
      const n = canonicalName(`${ns.name}.`);
      if (n.ok) nameservers.push(n.name);
      else
        errors.push({
          level: "error",
          message: `NAMESERVER("${ns.name}"): ${n.message}`,
          location: at,
          code: "dnscontrol/name"
        });
    }
    if (nameservers.length) rrsets.push(apexNs(d, apex, nameservers, at));
    const tag = d.meta.dnscontrol_tag;
    const zone = {
      name: apex,
      format: "dnscontrol",
      rrsets,
      registrar,
      providers,
      unmanaged: unmanagedOf(d, at),
      location: at
    };
    if (tag) zone.tag = tag;
    if (nameservers.length) zone.nameservers = nameservers;
    if (d.auto_dnssec) zone.dnssec = d.auto_dnssec;
    if (d.keepunknown) zone.noPurge = true;
    if (notes.length) zone.diagnostics = notes;
    zones.push(zone);
  }
  return { zones, errors };
}

// src/formats/dnscontrol/write.ts
var s = (x) => JSON.stringify(x);
var utf8 = (octets3) => Buffer.from(octets3, "latin1").toString("utf8");
var R53_OPTIONS = /* @__PURE__ */ new Set(["r53_zone_id", "r53_evaluate_target_health"]);
function modifiers(rrset) {
  const mods = [`TTL(${rrset.ttl})`];
  const options = rrset.options ?? {};
  const meta = Object.entries(options).filter(([k]) => !R53_OPTIONS.has(k));
  if (meta.length) mods.push(`{ ${meta.map(([k, v]) => `${s(k)}: ${s(v)}`).join(", ")} }`);
  return mods;
}
function r53Modifiers(rrset) {
  const o = rrset.options ?? {};
  const out = [];
  if (o.r53_zone_id) out.push(`R53_ZONE(${s(o.r53_zone_id)})`);
  if (o.r53_evaluate_target_health === "true") out.push("R53_EVALUATE_TARGET_HEALTH(true)");
  return out;
}
function locArgs(value) {
  const t = value.split(/\s+/);
  const out = [];
  let k = 0;
  for (const hemis of ["NS", "EW"]) {
    const parts = [0, 0, 0];
    let i = 0;
    while (k < t.length && !hemis.includes(t[k])) parts[i++] = Number(t[k++]);
    out.push(...parts, t[k++] ?? "");
  }
  const metres = t.slice(k).map((x) => Number(x.replace(/m$/, "")));
  while (metres.length < 4) metres.push(0);
  if (out.some((x) => typeof x === "number" && Number.isNaN(x)) || metres.some(Number.isNaN))
    return void 0;
  return [
    ...out.map((x) => typeof x === "string" ? s(x) : String(x)),
    ...metres.map(String)
  ].join(", ");
}
function call(rrset, label, value) {
  const mods = modifiers(rrset).join(", ");
  const fqdn = (n) => s(n);
  let rdata;
  try {
    rdata = decodeRdata(rrset.type, value);
  } catch {
    return `// ${rrset.type} ${label} ${value}: not expressible as a DNSControl record`;
  }
  switch (rdata.type) {
    case "A":
    case "AAAA":
      return `${rdata.type}(${s(label)}, ${s(rdata.address)}, ${mods}),`;
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME":
      return `${rdata.type}(${s(label)}, ${fqdn(rdata.target)}, ${mods}),`;
    case "MX":
      return `MX(${s(label)}, ${rdata.preference}, ${fqdn(rdata.exchange)}, ${mods}),`;
    case "SRV":
      return `SRV(${s(label)}, ${rdata.priority}, ${rdata.weight}, ${rdata.port}, ${fqdn(rdata.target)}, ${mods}),`;
    case "TXT":
      return `TXT(${s(label)}, ${s(utf8(rdata.strings.join("")))}, ${mods}),`;
    case "CAA":
      return `CAA(${s(label)}, ${s(rdata.tag)}, ${s(utf8(rdata.value))}${rdata.flags & 128 ? ", CAA_CRITICAL" : ""}, ${mods}),`;
    case "SSHFP":
      return `SSHFP(${s(label)}, ${rdata.algorithm}, ${rdata.fpType}, ${s(rdata.fingerprint.toLowerCase())}, ${mods}),`;
    case "TLSA":
    case "SMIMEA":
      return `${rdata.type}(${s(label)}, ${rdata.usage}, ${rdata.selector}, ${rdata.matchingType}, ${s(rdata.data.toLowerCase())}, ${mods}),`;
    case "DS":
      return `DS(${s(label)}, ${rdata.keyTag}, ${rdata.algorithm}, ${rdata.digestType}, ${s(rdata.digest)}, ${mods}),`;
    case "DNSKEY":
      return `DNSKEY(${s(label)}, ${rdata.flags}, ${rdata.protocol}, ${rdata.algorithm}, ${s(rdata.publicKey)}, ${mods}),`;
    case "NAPTR":
      return `NAPTR(${s(label)}, ${rdata.order}, ${rdata.preference}, ${s(utf8(rdata.flags))}, ${s(utf8(rdata.services))}, ${s(utf8(rdata.regexp))}, ${fqdn(rdata.replacement)}, ${mods}),`;
    case "SOA":
      return `SOA(${s(label)}, ${fqdn(rdata.mname)}, ${fqdn(rdata.rname)}, ${rdata.refresh}, ${rdata.retry}, ${rdata.expire}, ${rdata.minimum}, ${mods}),`;
    case "SVCB":
    case "HTTPS": {
      const params = rdata.params.map((p) => p.value === void 0 ? p.key : `${p.key}=${p.value}`).join(" ");
      return `${rdata.type}(${s(label)}, ${rdata.priority}, ${fqdn(rdata.target)}, ${s(params)}, ${mods}),`;
    }
    case "LOC": {
      const args = locArgs(value);
      return args ? `LOC(${s(label)}, ${args}, ${mods}),` : `// LOC ${label} ${value}: restore by hand`;
    }
    case "DHCID":
      return `DHCID(${s(label)}, ${s(rdata.data)}, ${mods}),`;
    case "OPENPGPKEY":
      return `OPENPGPKEY(${s(label)}, ${s(rdata.publicKey)}, ${mods}),`;
    default:
      return pseudoCall(rrset, label, value, mods);
  }
}
function pseudoCall(rrset, label, value, mods) {
  const tokens = tokenizeRdata(value);
  const words2 = "error" in tokens ? [] : tokens.map((t) => {
    const octets3 = decodeEscapes(t.text);
    return typeof octets3 === "string" ? utf8(octets3) : t.text;
  });
  switch (rrset.type) {
    case "ALIAS":
    case "URL":
    case "URL301":
    case "FRAME":
      return `${rrset.type}(${s(label)}, ${s(value)}, ${mods}),`;
    case "R53_ALIAS":
    case "AZURE_ALIAS": {
      const extra = rrset.type === "R53_ALIAS" ? r53Modifiers(rrset).map((m) => `, ${m}`).join("") : "";
      return `${rrset.type}(${s(label)}, ${s(words2[0] ?? "")}, ${s(words2[1] ?? "")}${extra}, ${mods}),`;
    }
    case "CF_REDIRECT":
    case "CF_TEMP_REDIRECT":
    case "CF_WORKER_ROUTE": {
      const comma = value.indexOf(",");
      return `${rrset.type}(${s(value.slice(0, comma))}, ${s(value.slice(comma + 1))}, ${mods}),`;
    }
    case "CF_SINGLE_REDIRECT":
      if (words2.length === 4)
        return `CF_SINGLE_REDIRECT(${s(words2[0])}, ${Number(words2[1])}, ${s(words2[2])}, ${s(words2[3])}),`;
      break;
  }
  return `// ${rrset.type} ${label} ${value}: not expressible as a DNSControl record`;
}
function formatDnscontrolRecords(rrsets, zone) {
  const lines = [];
  for (const rrset of rrsets) {
    const label = relativeName(rrset.name, zone);
    if (rrset.type === "NS" && label === "@") {
      for (const value of rrset.values) lines.push(`NAMESERVER(${s(value)}),`);
      continue;
    }
    for (const value of rrset.values) lines.push(call(rrset, label, value));
  }
  return lines.join("\n");
}

// src/formats/dnscontrol/format.ts
var CONFIG = "dnsconfig.js";
var BIND_DEFAULT_DIRECTORY = "zones";
function under(path) {
  const prefix = path === "" || path === "." ? "" : `${path.replace(/\/$/, "")}/`;
  return (f) => f.startsWith(prefix);
}
function findDnsconfigs(files, path) {
  return files.filter(under(path)).filter((f) => posix2.basename(f) === CONFIG).sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : 1));
}
function findDnsconfig(files, path) {
  return findDnsconfigs(files, path)[0];
}
function outside(skip) {
  return (f) => !(skip ?? []).some((dir) => dir === "" || f.startsWith(`${dir}/`));
}
async function loadConfig(tree, file, options) {
  const evaluated = await evaluateDnsconfigFull(tree, file, {
    ...options.vars !== void 0 ? { vars: options.vars } : {},
    ...options.evalTimeoutMs !== void 0 ? { evalTimeoutMs: options.evalTimeoutMs } : {},
    ...options.evalMemoryBytes !== void 0 ? { evalMemoryBytes: options.evalMemoryBytes } : {}
  });
  if (!evaluated.ok) return evaluated;
  const credsFile = options.creds ?? defaultCredsFile(file);
  let credsText;
  try {
    credsText = await tree.readText(credsFile);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
  }
  if (credsText === void 0 && options.creds !== void 0)
    return fail({
      level: "error",
      message: `the creds file ${credsFile} does not exist`,
      location: { file: credsFile }
    });
  const creds = credsText === void 0 ? void 0 : readCreds(credsText, credsFile);
  const model = irToZones(evaluated.value.ir, file, creds?.types ?? /* @__PURE__ */ new Map());
  const masked = knownValues(options.vars);
  const errors = [
    ...model.errors.map((e) => maskDiagnostic(e, masked)),
    ...creds?.errors ?? []
  ];
  if (errors.length) return { ok: false, errors };
  const overBudget2 = chargeRecords(model.zones, file, options.budget);
  if (overBudget2) return fail(overBudget2);
  const outputs = /* @__PURE__ */ new Set();
  for (const zone of model.zones)
    for (const p of zone.providers)
      if (p.type === "BIND") {
        const dir = creds?.bindDirectories.get(p.name) ?? BIND_DEFAULT_DIRECTORY;
        const resolved = resolveRepoPath(dir, posix2.dirname(file).replace(/^\.$/, ""));
        if (resolved.ok) outputs.add(resolved.path);
      }
  const zones = model.zones.map((z) => ({ ...z, config: file }));
  return ok(
    {
      zones,
      credentials: creds?.credentials ?? [],
      files: [...evaluated.value.files, ...credsText === void 0 ? [] : [credsFile]],
      ...evaluated.value.log.length ? { log: evaluated.value.log } : {},
      ...outputs.size ? { outputs: [...outputs].sort() } : {}
    },
    evaluated.warnings
  );
}
function chargeRecords(zones, file, budget) {
  const meter = (budget ?? new InputBudget()).meter();
  for (const zone of zones)
    for (const rrset of zone.rrsets)
      for (let i = 0; i < Math.max(1, rrset.values.length); i++)
        if (!meter.record()) {
          const location2 = rrset.location ?? zone.location ?? { file };
          return {
            level: "error",
            message: budgetMessage("records", meter.limits, location2.file),
            location: location2,
            code: "dnscontrol/budget"
          };
        }
  return void 0;
}
function dnscontrolZoneLocation(zone, where) {
  const d = `D("${zone.replace(/\.$/, "")}", \u2026)`;
  const config = where?.config;
  if (config === void 0) return `${d} in ${CONFIG}`;
  const elsewhere = where.files.filter((f) => f !== config);
  if (elsewhere.length === 0) return `${d} in ${config}`;
  const files = [...elsewhere, ...where.files.includes(config) ? [config] : []];
  const list2 = files.length === 1 ? files[0] : `${files.slice(0, -1).join(", ")} and ${files.at(-1)}`;
  return `${list2}, where these records are written (${d} is in ${config})`;
}
var dnscontrolFormat = {
  id: "dnscontrol",
  // dnsconfig.js, creds.json and what `require` reads.
  mayRead: (path) => /\.(js|json5?)$/.test(path),
  detect(files, path) {
    return findDnsconfig(files, path) !== void 0;
  },
  async load(tree, options) {
    const configs = options.config !== void 0 ? [options.config] : findDnsconfigs(await tree.listFiles(), options.path).filter(outside(options.skip));
    if (configs.length === 0)
      return fail({
        level: "error",
        message: `no ${CONFIG} under ${options.path || "the repository root"}`,
        location: { file: options.path || "." }
      });
    const errors = [];
    const warnings = [];
    const zones = [];
    const credentials = /* @__PURE__ */ new Map();
    const files = /* @__PURE__ */ new Set();
    const log = [];
    const outputs = /* @__PURE__ */ new Set();
    for (const file of configs) {
      const loaded = await loadConfig(tree, file, options);
      if (!loaded.ok) {
        errors.push(...loaded.errors);
        continue;
      }
      warnings.push(...loaded.warnings ?? []);
      zones.push(...loaded.value.zones);
      for (const c of loaded.value.credentials)
        credentials.set(`${c.location.file} ${c.provider}`, c);
      for (const f of loaded.value.files) files.add(f);
      log.push(...loaded.value.log ?? []);
      for (const o of loaded.value.outputs ?? []) outputs.add(o);
    }
    if (errors.length) return { ok: false, errors };
    return ok(
      {
        zones,
        credentials: [...credentials.values()],
        files: [...files],
        ...log.length ? { log } : {},
        ...outputs.size ? { outputs: [...outputs].sort() } : {}
      },
      warnings
    );
  },
  write: {
    fenceLanguage: "js",
    lineComment: "//",
    editUnit: "rrset",
    zoneLocation: dnscontrolZoneLocation,
    records: formatDnscontrolRecords
  }
};

// src/formats/octodns/load.ts
import { posix as posix3 } from "node:path";

// src/model/scope.ts
import { BlockList, isIPv4, isIPv6 } from "node:net";

// src/model/glob.ts
var cache = /* @__PURE__ */ new Map();
function globToRegExp(glob) {
  let re = cache.get(glob);
  if (re) return re;
  let out = "";
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") out += ".*";
    else if (c === "?") out += ".";
    else if (c === "{") {
      inBraces++;
      out += "(?:";
    } else if (c === "}" && inBraces > 0) {
      inBraces--;
      out += ")";
    } else if (c === "," && inBraces > 0) out += "|";
    else if (c === "[") {
      const end2 = glob.indexOf("]", i + 1);
      if (end2 < 0) out += "\\[";
      else {
        const body = glob.slice(i + 1, end2).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${body}]`;
        i = end2;
      }
    } else if (c === "\\" && i + 1 < glob.length) out += escapeRegExp(glob[++i]);
    else out += escapeRegExp(c);
  }
  re = new RegExp(`^(?:${out})$`, "i");
  cache.set(glob, re);
  return re;
}
function escapeRegExp(s2) {
  return s2.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function globMatch(glob, text2) {
  return globToRegExp(glob).test(text2);
}

// src/model/scope.ts
var SYNTHESISED_TYPES = /* @__PURE__ */ new Set([
  "SOA",
  "DNSKEY",
  "CDS",
  "CDNSKEY",
  "TYPE46",
  // RRSIG
  "TYPE47",
  // NSEC
  "TYPE50",
  // NSEC3
  "TYPE51"
  // NSEC3PARAM
]);
var regexCache = /* @__PURE__ */ new Map();
function regex(source) {
  let re = regexCache.get(source);
  if (re === void 0) {
    try {
      re = new RegExp(source);
    } catch {
      re = null;
    }
    regexCache.set(source, re);
  }
  return re;
}
var networkCache = /* @__PURE__ */ new Map();
function network(cidr) {
  let list2 = networkCache.get(cidr);
  if (list2 === void 0) {
    list2 = null;
    const [addr, bits] = cidr.split("/");
    const family = addr && isIPv4(addr) ? "ipv4" : addr && isIPv6(addr) ? "ipv6" : void 0;
    const prefix = bits === void 0 ? family === "ipv4" ? 32 : 128 : Number(bits);
    if (family && Number.isInteger(prefix) && prefix >= 0 && prefix <= (family === "ipv4" ? 32 : 128)) {
      list2 = new BlockList();
      list2.addSubnet(addr, prefix, family);
    }
    networkCache.set(cidr, list2);
  }
  return list2;
}
function txtText(value) {
  const parts = value.match(/"((?:[^"\\]|\\.)*)"/g) ?? [];
  return parts.map((p) => p.slice(1, -1).replace(/\\(["\\])/g, "$1")).join("");
}
function valueTexts(rrset, value) {
  const out = [value];
  if (value.endsWith(".")) out.push(value.slice(0, -1));
  if (rrset.type === "TXT" || rrset.type === "SPF") out.push(txtText(value));
  return out;
}
function nameMatches(sel, name2, apex) {
  if (sel.name !== void 0) {
    const target2 = sel.name.endsWith(".") ? name2 : relativeName(name2, apex);
    if (!globMatch(sel.name, target2)) return false;
  }
  if (sel.nameRegex !== void 0) {
    const label = name2 === apex ? "" : relativeName(name2, apex);
    if (!regex(sel.nameRegex)?.test(label)) return false;
  }
  return true;
}
function selects(sel, rrset, apex) {
  if (sel.types !== void 0 && !sel.types.includes(rrset.type)) return false;
  if (!nameMatches(sel, rrset.name, apex)) return false;
  if (sel.target !== void 0) {
    const glob = sel.target;
    if (!rrset.values.some((v) => valueTexts(rrset, v).some((t) => globMatch(glob, t))))
      return false;
  }
  if (sel.valueRegex !== void 0) {
    const re = regex(sel.valueRegex);
    if (!re || !rrset.values.some((v) => valueTexts(rrset, v).some((t) => re.test(t))))
      return false;
  }
  if (sel.network !== void 0) {
    if (rrset.type !== "A" && rrset.type !== "AAAA") return false;
    const list2 = network(sel.network);
    const family = rrset.type === "A" ? "ipv4" : "ipv6";
    if (!list2 || !rrset.values.some((v) => list2.check(v, family))) return false;
  }
  return true;
}
function matchesPattern(p, rrset, apex) {
  return selects(p, rrset, apex) && !(p.except ?? []).some((e) => selects(e, rrset, apex));
}
function leftAlone(rrset, zone, side) {
  for (const p of zone.unmanaged) {
    if (p.externalDnsPrefix !== void 0) continue;
    if (side === "config" && p.appliesTo === "live") continue;
    if (matchesPattern(p, rrset, zone.name)) return p;
  }
  return void 0;
}
function declaredHandsOff(rrset, zone) {
  const p = leftAlone(rrset, zone, "config");
  return p !== void 0 && !p.partial;
}
function nameManagedElsewhere(name2, zone) {
  return zone.unmanaged.some((p) => {
    if (p.appliesTo === "live" || p.partial || p.externalDnsPrefix !== void 0) return false;
    const catchAll = p.name === "*" && p.nameRegex === void 0;
    const restricted = p.types !== void 0 || p.target !== void 0 || p.valueRegex !== void 0 || p.network !== void 0 || p.except !== void 0;
    if (catchAll && restricted) return false;
    return nameMatches(p, name2, zone.name) && !(p.except ?? []).some((e) => nameMatches(e, name2, zone.name));
  });
}
function pushWritesNothing(zone) {
  return zone.unmanaged.some(
    (p) => p.name === "*" && !p.partial && p.externalDnsPrefix === void 0 && p.except === void 0 && p.nameRegex === void 0 && p.types === void 0 && p.target === void 0 && p.valueRegex === void 0 && p.network === void 0
  );
}
var EXTERNAL_DNS_TYPES = ["A", "AAAA", "CNAME", "NS", "MX", "SRV"];
var EXTERNAL_DNS_PREFIXES = [
  ["aaaa", "AAAA"],
  ["a", "A"],
  ["cname", "CNAME"],
  ["ns", "NS"],
  ["mx", "MX"],
  ["srv", "SRV"],
  ["txt", "TXT"]
];
function escapeGlob(text2) {
  return text2.replace(/[*?{}[\]\\,]/g, "\\$&");
}
function externalDns(current, zone) {
  const out = [];
  for (const p of zone.unmanaged) {
    if (p.externalDnsPrefix === void 0) continue;
    const prefix = p.externalDnsPrefix.toLowerCase();
    for (const r of current) {
      if (r.type !== "TXT" || !r.values.some((v) => txtText(v).includes("heritage=external-dns")))
        continue;
      const label = relativeName(r.name, zone.name);
      const add = (name2, types) => out.push({ name: escapeGlob(name2), types, source: p.source, appliesTo: "live" });
      add(label, ["TXT"]);
      let rest = label;
      if (prefix !== "" && rest.startsWith(prefix)) rest = rest.slice(prefix.length);
      const typed = EXTERNAL_DNS_PREFIXES.find(
        ([t]) => rest.startsWith(`${t}.`) || rest.startsWith(`${t}-`)
      );
      if (typed) add(rest.slice(typed[0].length + 1) || "@", [typed[1]]);
      else if (prefix !== "" && rest !== label) {
        const apexType = EXTERNAL_DNS_PREFIXES.find(([t]) => t === rest);
        if (apexType) add("@", [apexType[1]]);
        else add(rest || "@", EXTERNAL_DNS_TYPES);
      } else add(label, EXTERNAL_DNS_TYPES);
    }
  }
  return out;
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary2 = atob(input);
  const result = new Uint8Array(binary2.length);
  for (let index = 0; index < binary2.length; index++) result[index] = binary2.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary2 = "";
  for (let index = 0; index < object.length; index++) binary2 += String.fromCharCode(object[index]);
  return btoa(binary2);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction2 = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction2));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction2 = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction2 = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction2);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key2 of keys) if (object[key2] !== void 0) result[key2] = object[key2];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key2;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key2 = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key2 = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key2)) return "duplicate key in ordered map";
    carrier.seen.add(key2);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    if (key2 !== null && typeof key2 === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key2);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    if (key2 !== null && typeof key2 === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key2));
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of data) map.set(key2, null);
    return map;
  },
  addPair: (container, key2, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key2);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key2 of tag.implicitFirstChars) keys.add(key2);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key2 of keys) implicitScalarByFirstChar.set(key2, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key2) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key2, value) => {
    container.set(key2, value);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: (container, key2) => container.get(key2),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key2 of Object.keys(obj)) map.set(key2, obj[key2]);
    return map;
  }
});
function normalizeKey(key2) {
  if (Array.isArray(key2)) {
    const array = Array.prototype.slice.call(key2);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key2 === "object" && Object.prototype.toString.call(key2) === "[object Object]") return "[object Object]";
  return String(key2);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    const normalizedKey = normalizeKey(key2);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    const normalizedKey = normalizeKey(key2);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end2) {
  let breaks = 0;
  while (position < end2) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end2) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end2) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end2);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end2) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end2) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end2);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end2);
}
function getDoubleQuotedValue(input, start, end2) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end2) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end2).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end2);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end2);
}
function getBlockValue(input, start, end2, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end2).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar3) {
  if (scalar3.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar3;
  if (scalar3.fast) return input.slice(valueStart, valueEnd);
  switch (scalar3.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar3.indent, scalar3.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar3.indent, scalar3.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err2 = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err2) throwError$1(state, err2);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key2, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key2) && !frame.overridable?.has(key2)) throwError$1(state, "duplicated mapping key");
  const err2 = frame.tag.addPair(frame.value, key2, value);
  if (err2) throwError$1(state, err2);
  frame.overridable?.delete(key2);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err2 = frame.tag.addItem(frame.value, value, frame.index++);
    if (err2) throwError$1(state, err2);
  } else if (frame.hasKey) {
    const key2 = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key2, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name2 = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name2);
        if (!anchor) throwError$1(state, `unidentified alias "${name2}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name2}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end2) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end2));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end2 = state.position;
      state.position++;
      addScalarEvent(state, start, end2, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end2 = state.position;
      state.position++;
      addScalarEvent(state, start, end2, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end2 = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end2 = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end2 === start) return false;
  checkPrintable(state, start, end2);
  addScalarEvent(state, start, end2, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name2 = state.input.slice(nameStart, state.position);
  const args = [];
  if (name2.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name2 === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name2 === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function loadAll(input, iteratorOrOptions, options) {
  let iterator = null;
  if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
  else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
  const documents = loadDocuments(input, options);
  if (iterator === null) return documents;
  for (const document of documents) iterator(document);
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name2) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name2)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/formats/octodns/yaml11.ts
var BOOL_TRUE = /* @__PURE__ */ new Set(["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]);
var BOOL_FALSE = /* @__PURE__ */ new Set(["no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]);
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var INT = /^(?:[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
var TIMESTAMP = /^(?:\d{4}-\d\d-\d\d|\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)$/;
var FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function resolvePlainScalar(text2) {
  if (NULLS.has(text2)) return { type: "null" };
  if (BOOL_TRUE.has(text2)) return { type: "bool", value: true };
  if (BOOL_FALSE.has(text2)) return { type: "bool", value: false };
  if (INT.test(text2)) return { type: "int", value: parseInt11(text2) };
  if (FLOAT.test(text2)) return { type: "float", value: parseFloat11(text2) };
  if (TIMESTAMP.test(text2)) return { type: "timestamp", value: text2 };
  return { type: "str", value: text2 };
}
function parseInt11(text2) {
  let s2 = text2.replace(/_/g, "");
  let sign = 1n;
  if (s2[0] === "-" || s2[0] === "+") {
    if (s2[0] === "-") sign = -1n;
    s2 = s2.slice(1);
  }
  if (s2 === "0") return 0n;
  if (s2.startsWith("0b")) return sign * BigInt(s2);
  if (s2.startsWith("0x")) return sign * BigInt(s2);
  if (s2.includes(":")) {
    let v = 0n;
    for (const part of s2.split(":")) v = v * 60n + BigInt(part);
    return sign * v;
  }
  if (s2.startsWith("0")) return sign * BigInt(`0o${s2.slice(1)}`);
  return sign * BigInt(s2);
}
function parseFloat11(text2) {
  let s2 = text2.replace(/_/g, "").toLowerCase();
  let sign = 1;
  if (s2[0] === "-" || s2[0] === "+") {
    if (s2[0] === "-") sign = -1;
    s2 = s2.slice(1);
  }
  if (s2 === ".inf") return sign * Number.POSITIVE_INFINITY;
  if (s2 === ".nan") return Number.NaN;
  if (s2.includes(":")) {
    let v = 0;
    for (const part of s2.split(":")) v = v * 60 + Number(part);
    return sign * v;
  }
  return sign * Number(s2);
}
function pyStr(s2) {
  switch (s2.type) {
    case "str":
    case "timestamp":
      return s2.value;
    case "int":
      return s2.value.toString();
    case "bool":
      return s2.value ? "True" : "False";
    case "null":
      return "None";
    case "float":
      return pyFloatRepr(s2.value);
  }
}
function pyFloatRepr(v) {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return `${v}.0`;
  return String(v);
}
function naturalCompare(a, b) {
  if (!HAS_DIGIT.test(a) && !HAS_DIGIT.test(b)) return simpleCompare(a, b);
  const ca = chunks(a);
  const cb = chunks(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i];
    const y = cb[i];
    if (typeof x === "bigint" && typeof y === "bigint") {
      if (x !== y) return x < y ? -1 : 1;
    } else if (x !== y) return String(x) < String(y) ? -1 : 1;
  }
  return ca.length - cb.length;
}
var HAS_DIGIT = /\d/;
function chunks(s2) {
  const out = [];
  const re = /(\d+)/g;
  let last = 0;
  for (let m = re.exec(s2); m; m = re.exec(s2)) {
    out.push(s2.slice(last, m.index), BigInt(m[1]));
    last = m.index + m[1].length;
  }
  if (last < s2.length) out.push(s2.slice(last));
  return out;
}
function simpleCompare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/formats/octodns/yaml.ts
var YAML_LIMITS = {
  maxFileBytes: 8 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 1e4,
  /** Nodes a document may expand to through aliases. */
  maxExpandedNodes: 1e6,
  maxIncludeDepth: 8,
  maxIncludedFiles: 500
};
var YamlError = class extends Error {
  constructor(message, location2, code = "octodns/yaml") {
    super(message);
    this.location = location2;
    this.code = code;
    this.name = "YamlError";
  }
  location;
  code;
};
async function loadYaml(file, text2, options = {}) {
  const state = {
    files: [file],
    warnings: [],
    options,
    includes: 0,
    aliases: false,
    budget: options.budget ?? new InputBudget().meter(),
    parsed: /* @__PURE__ */ new Map()
  };
  try {
    const resolved = await resolveDocument(use(file, text2, { file, line: 1 }, state), state, 0, [
      file
    ]);
    const root = resolved && construct(resolved, state);
    return { ok: true, doc: { root, files: state.files, warnings: state.warnings } };
  } catch (e) {
    if (e instanceof YamlError)
      return {
        ok: false,
        error: { level: "error", message: e.message, location: e.location, code: e.code }
      };
    throw e;
  }
}
function use(file, text2, at, state) {
  if (!state.budget.read(text2.length)) throw overBudget(state.budget, file, at);
  let doc = state.parsed.get(file);
  if (!doc) {
    doc = parseRaw(file, text2);
    state.parsed.set(file, doc);
  }
  return doc;
}
function overBudget(meter, file, at, doing) {
  return new YamlError(budgetMessage("bytes", meter.limits, file, doing), at, "octodns/budget");
}
function firstOffset(a, b, c) {
  let m = a;
  if (b >= 0 && (m < 0 || b < m)) m = b;
  if (c >= 0 && (m < 0 || c < m)) m = c;
  return m;
}
var YAML_TAG = "tag:yaml.org,2002:";
function expandTag(tag) {
  if (tag.startsWith("!<") && tag.endsWith(">")) return tag.slice(2, -1);
  if (tag.startsWith("!!")) return YAML_TAG + tag.slice(2);
  return tag;
}
function parseRaw(file, text2) {
  if (text2.length > YAML_LIMITS.maxFileBytes)
    throw new YamlError(
      `file is ${text2.length} bytes, over the ${YAML_LIMITS.maxFileBytes}-byte limit`,
      { file }
    );
  const lineColumnAt = lineColumnIndex(text2);
  const loc2 = (offset) => {
    const { line, column } = lineColumnAt(offset);
    return { file, line, column };
  };
  let events;
  try {
    events = parseEvents(text2, { filename: file, maxDepth: YAML_LIMITS.maxDepth });
  } catch (e) {
    const err2 = e;
    const where = err2.mark ? { file, line: err2.mark.line + 1, column: err2.mark.column + 1 } : { file };
    let message = err2.reason ?? String(err2.message);
    const line = err2.mark ? text2.split("\n", err2.mark.line + 1)[err2.mark.line] ?? "" : "";
    if (/escape/.test(message) && line.includes("\\;"))
      message += " (write TXT values containing \\; unquoted or in single quotes)";
    throw new YamlError(message, where);
  }
  const anchors = /* @__PURE__ */ new Map();
  const stack = [];
  let root;
  const includes = [];
  const aliasUses = [];
  let documents = 0;
  let aliases = 0;
  const slice = (s2, e) => s2 >= 0 ? text2.slice(s2, e) : void 0;
  const attach = (node) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = node;
      return;
    }
    if (top.node.kind === "seq") top.node.items.push(node);
    else if (top.key === void 0) top.key = node;
    else {
      top.node.pairs.push([top.key, node]);
      top.key = void 0;
    }
  };
  for (const ev of events) {
    switch (ev.type) {
      case 1:
        documents++;
        if (documents > 1)
          throw new YamlError("expected a single YAML document, found several", { file });
        break;
      case 2:
      case 3: {
        const tagText = slice(ev.tagStart, ev.tagEnd);
        const tag = tagText === void 0 ? void 0 : expandTag(tagText);
        const start = firstOffset(ev.start, ev.anchorStart, ev.tagStart);
        const node = ev.type === 2 ? { kind: "seq", items: [], tag, loc: loc2(start) } : { kind: "map", pairs: [], tag, loc: loc2(start) };
        attach(node);
        const anchor = slice(ev.anchorStart, ev.anchorEnd);
        stack.push(anchor === void 0 ? { node } : { node, anchor });
        break;
      }
      case 4: {
        const tagText = slice(ev.tagStart, ev.tagEnd);
        const tag = tagText === void 0 ? void 0 : expandTag(tagText);
        const quoted = ev.style !== 1;
        const valueStart = ev.style === 2 || ev.style === 3 ? ev.valueStart - 1 : ev.valueStart;
        const start = firstOffset(valueStart, ev.anchorStart, ev.tagStart);
        const raw = decodeScalar(text2, ev, file, loc2(start));
        const node = {
          kind: "scalar",
          value: quoted || tag !== void 0 ? { type: "str", value: raw } : resolvePlainScalar(raw),
          tag,
          loc: loc2(start),
          raw
        };
        attach(node);
        if (tag === "!include") includes.push(node);
        const anchor = slice(ev.anchorStart, ev.anchorEnd);
        if (anchor !== void 0) anchors.set(anchor, node);
        break;
      }
      case 5: {
        const name2 = text2.slice(ev.anchorStart, ev.anchorEnd);
        if (++aliases > YAML_LIMITS.maxAliases)
          throw new YamlError(
            `more than ${YAML_LIMITS.maxAliases} aliases in one document`,
            loc2(ev.anchorStart - 1)
          );
        const target2 = anchors.get(name2);
        if (!target2)
          throw new YamlError(
            `alias *${name2} refers to no complete anchor &${name2}`,
            loc2(ev.anchorStart - 1)
          );
        attach(target2);
        aliasUses.push({ target: target2, loc: loc2(ev.anchorStart - 1) });
        break;
      }
      case 6: {
        const top = stack.pop();
        if (top?.anchor !== void 0) anchors.set(top.anchor, top.node);
        break;
      }
    }
  }
  return { root, includes, aliasUses, aliases: aliases > 0 };
}
function decodeScalar(text2, ev, file, where) {
  try {
    return getScalarValue(text2, ev);
  } catch (e) {
    throw new YamlError(`cannot read scalar: ${e.message}`, { ...where, file });
  }
}
async function resolveDocument(doc, state, depth, chain) {
  if (doc.aliases) state.aliases = true;
  if (!doc.root) return doc.root;
  let root = doc.root;
  if (doc.includes.length > 0) {
    for (const node of doc.includes) node.resolved = await include(node, state, depth, chain);
    const visit = (node) => {
      if (node.resolved) return node.resolved;
      let out = node;
      if (node.kind === "seq") out = { ...node, items: node.items.map(visit) };
      else if (node.kind === "map")
        out = { ...node, pairs: node.pairs.map(([k, v]) => [k, visit(v)]) };
      node.resolved = out;
      return out;
    };
    root = visit(doc.root);
  }
  chargeAliases(doc, state);
  return root;
}
function chargeAliases(doc, state) {
  for (const { target: target2, loc: loc2 } of doc.aliasUses)
    if (!state.budget.read(weight(target2.resolved ?? target2)))
      throw overBudget(state.budget, loc2.file, loc2, "expanding the aliases of");
}
function weight(node) {
  if (node.weight !== void 0) return node.weight;
  let n = 1;
  if (node.kind === "scalar") n = Math.max(1, node.raw.length);
  else if (node.kind === "seq") for (const i of node.items) n += weight(i.resolved ?? i);
  else for (const [k, v] of node.pairs) n += weight(k) + weight(v.resolved ?? v);
  node.weight = Math.min(n, Number.MAX_SAFE_INTEGER);
  return node.weight;
}
async function include(node, state, depth, chain) {
  const read = state.options.readInclude;
  if (!read) throw new YamlError("!include is not allowed here", node.loc);
  if (depth + 1 > YAML_LIMITS.maxIncludeDepth)
    throw new YamlError(`!include nested more than ${YAML_LIMITS.maxIncludeDepth} deep`, node.loc);
  if (++state.includes > YAML_LIMITS.maxIncludedFiles)
    throw new YamlError(`more than ${YAML_LIMITS.maxIncludedFiles} !include files`, node.loc);
  const got = await read(node.loc.file, node.raw);
  if ("error" in got) throw new YamlError(got.error, node.loc);
  if (chain.includes(got.path))
    throw new YamlError(`!include ${node.raw} includes itself (${chain.join(" -> ")})`, node.loc);
  if (!state.files.includes(got.path)) state.files.push(got.path);
  const doc = use(got.path, got.text, node.loc, state);
  const resolved = await resolveDocument(doc, state, depth + 1, [...chain, got.path]);
  return resolved ?? { kind: "scalar", value: { type: "null" }, tag: void 0, loc: node.loc, raw: "" };
}
function construct(root, state) {
  const size = (node) => {
    if (node.size !== void 0) return node.size;
    let n = 1;
    if (node.kind === "seq") for (const i of node.items) n += size(i);
    else if (node.kind === "map") for (const [k, v] of node.pairs) n += size(k) + size(v);
    node.size = Math.min(n, Number.MAX_SAFE_INTEGER);
    return node.size;
  };
  const total = state.aliases ? size(root) : 0;
  if (total > YAML_LIMITS.maxExpandedNodes)
    throw new YamlError(
      `document expands to ${total > 1e15 ? "more than 10^15" : total} nodes through aliases (limit ${YAML_LIMITS.maxExpandedNodes}): refusing an alias bomb`,
      root.loc
    );
  const build = (node) => {
    if (node.built) return node.built;
    node.built = buildNode(node, build, state);
    return node.built;
  };
  return build(root);
}
function buildNode(node, build, state) {
  if (node.kind === "scalar") return { kind: "scalar", value: taggedScalar(node), loc: node.loc };
  if (node.kind === "seq") {
    if (node.tag !== void 0 && node.tag !== `${YAML_TAG}seq`)
      throw new YamlError(`unsupported tag ${node.tag} on a sequence`, node.loc);
    return { kind: "seq", items: node.items.map(build), loc: node.loc };
  }
  if (node.tag !== void 0 && node.tag !== `${YAML_TAG}map`)
    throw new YamlError(`unsupported tag ${node.tag} on a mapping`, node.loc);
  const entries = [];
  const local = [];
  let index;
  const find = (key2) => {
    if (index) return index.get(key2) ?? -1;
    for (let i = 0; i < entries.length; i++) if (entries[i].key === key2) return i;
    return -1;
  };
  const put = (key2, keyLoc, value, written) => {
    const at = find(key2);
    if (at < 0) {
      entries.push({ key: key2, keyLoc, value });
      local.push(written);
      if (index) index.set(key2, entries.length - 1);
      else if (entries.length > 16) index = new Map(entries.map((e, i) => [e.key, i]));
      return;
    }
    if (written && local[at])
      state.warnings.push({
        level: "warning",
        message: `duplicate key "${key2}": octoDNS keeps only the last one`,
        location: keyLoc,
        code: "octodns/duplicate-key"
      });
    entries[at] = { key: key2, keyLoc: entries[at].keyLoc, value };
    local[at] = local[at] || written;
  };
  for (const [k, v] of node.pairs) {
    if (k.kind !== "scalar")
      throw new YamlError("a mapping key must be a scalar (octoDNS keys are names)", k.loc);
    if (k.tag === void 0 && k.value.type === "str" && k.raw === "<<") {
      const sources = mergeSources(build(v), v.loc);
      for (let m = sources.length - 1; m >= 0; m--)
        for (const e of sources[m].entries) put(e.key, e.keyLoc, e.value, false);
      continue;
    }
    put(pyStr(taggedScalar(k)), k.loc, build(v), true);
  }
  const map = { kind: "map", entries, loc: node.loc };
  if (state.options.enforceOrder) checkOrder(map, state.options.enforceOrder);
  return map;
}
function mergeSources(value, loc2) {
  if (value.kind === "map") return [value];
  if (value.kind === "seq" && value.items.every((i) => i.kind === "map")) {
    return value.items;
  }
  throw new YamlError("expected a mapping or list of mappings for merging (<<)", loc2);
}
function taggedScalar(node) {
  const tag = node.tag;
  if (tag === void 0 || tag === `${YAML_TAG}str`) return node.value;
  const resolved = resolvePlainScalar(node.raw);
  const want = tag.startsWith(YAML_TAG) ? tag.slice(YAML_TAG.length) : void 0;
  if (want === "int" || want === "float" || want === "bool" || want === "null") {
    if (resolved.type === want) return resolved;
    if (want === "float" && resolved.type === "int")
      return { type: "float", value: Number(resolved.value) };
    throw new YamlError(`"${node.raw}" is not a valid !!${want}`, node.loc);
  }
  throw new YamlError(`unsupported tag ${tag}`, node.loc);
}
function checkOrder(map, mode) {
  const compare = mode === "natural" ? naturalCompare : simpleCompare;
  const keys = map.entries.map((e) => e.key);
  let bad = -1;
  for (let i = 1; i < keys.length && bad < 0; i++) if (compare(keys[i - 1], keys[i]) > 0) bad = i;
  if (bad < 0) return;
  const sorted2 = [...keys].sort(compare);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== sorted2[i])
      throw new YamlError(
        `keys out of order: expected ${sorted2[i]} got ${keys[i]} (octoDNS enforce_order)`,
        map.entries[i].keyLoc
      );
  }
}
function getEntry(map, key2) {
  return map.entries.find((e) => e.key === key2);
}
function describe(node) {
  if (node.kind === "map") return "a mapping";
  if (node.kind === "seq") return "a list";
  switch (node.value.type) {
    case "str":
      return "a string";
    case "int":
    case "float":
      return "a number";
    case "bool":
      return `the boolean ${pyStr(node.value)}`;
    case "timestamp":
      return "a date";
    case "null":
      return "null";
  }
}

// src/formats/octodns/values.ts
var ValueError = class extends Error {
  constructor(message, location2) {
    super(message);
    this.location = location2;
    this.name = "ValueError";
  }
  location;
};
function scalarText(node, what) {
  if (node.kind === "scalar" && node.value.type === "str") return node.value.value;
  const hint = node.kind === "scalar" && node.value.type !== "null" ? " (quote it)" : "";
  throw new ValueError(`${what} must be a string, not ${describe(node)}${hint}`, node.loc);
}
function numberOrText(node, what) {
  if (node.kind === "scalar" && (node.value.type === "int" || node.value.type === "float"))
    return node.value.type === "int" ? node.value.value.toString() : String(node.value.value);
  return scalarText(node, what);
}
function intField(node, what, min = 0, max = 65535) {
  let n;
  if (node.kind === "scalar") {
    const v = node.value;
    if (v.type === "int") n = Number(v.value);
    else if (v.type === "float" && Number.isFinite(v.value)) n = Math.trunc(v.value);
    else if (v.type === "str" && /^\s*[-+]?\d+\s*$/.test(v.value)) n = Number(v.value.trim());
  }
  if (n === void 0)
    throw new ValueError(`${what} must be an integer, not ${describe(node)}`, node.loc);
  if (n < min || n > max)
    throw new ValueError(`invalid ${what} "${n}" (expected ${min}-${max})`, node.loc);
  return n;
}
function field(map, key2, what) {
  const e = getEntry(map, key2);
  if (!e || e.value.kind === "scalar" && e.value.value.type === "null")
    throw new ValueError(`missing ${what}`, map.loc);
  return e.value;
}
function optional(map, key2) {
  const e = getEntry(map, key2);
  if (!e || e.value.kind === "scalar" && e.value.value.type === "null") return void 0;
  return e.value;
}
function asMap(node, type) {
  if (node.kind !== "map")
    throw new ValueError(`a ${type} value must be a mapping, not ${describe(node)}`, node.loc);
  return node;
}
function target(text2, node, type, key2, nullOk = false) {
  if (text2 === "") throw new ValueError(`missing ${key2}`, node.loc);
  if (text2 === "." && nullOk) return ".";
  const absolute2 = text2.endsWith(".") ? text2 : `${text2}.`;
  if (text2.includes("{") && text2.includes("}")) return absolute2;
  const r = canonicalName(absolute2);
  if (!r.ok || !isFqdn(r.name))
    throw new ValueError(`${type} ${key2} "${text2}" is not a valid FQDN`, node.loc);
  return r.name;
}
var FQDN_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
function isFqdn(name2) {
  const labels = name2.slice(0, -1).split(".");
  return name2.length - 1 <= 253 && labels.length >= 2 && labels.every((l) => FQDN_LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1]);
}
function replacement(text2, node) {
  if (text2 === "." || text2 === "") return ".";
  const r = canonicalName(text2.endsWith(".") ? text2 : `${text2}.`);
  if (!r.ok) throw new ValueError(`invalid replacement "${text2}": ${r.message}`, node.loc);
  return r.name;
}
function quote2(s2) {
  if (!/["\\\x00-\x1f\x7f]/.test(s2)) return `"${s2}"`;
  let out = "";
  for (const ch of s2) {
    const c = ch.codePointAt(0);
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (c < 32 || c === 127) out += `\\${String(c).padStart(3, "0")}`;
    else out += ch;
  }
  return `"${out}"`;
}
var IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
function isIPv62(s2) {
  if (!/^[0-9a-fA-F:.]+$/.test(s2)) return false;
  let text2 = s2;
  const v4 = /:((?:\d+\.){3}\d+)$/.exec(s2);
  if (v4) {
    if (!IPV4.test(v4[1])) return false;
    text2 = `${s2.slice(0, v4.index)}:0:0`;
  }
  const halves = text2.split("::");
  if (halves.length > 2) return false;
  const groups = halves.map((h) => h === "" ? [] : h.split(":"));
  if (groups.some((g) => g.some((x) => !/^[0-9a-fA-F]{1,4}$/.test(x)))) return false;
  const count = groups.reduce((n, g) => n + g.length, 0);
  return halves.length === 2 ? count < 8 : count === 8;
}
function txtText2(raw, ctx, node) {
  let v = ctx.escapedSemicolons ? raw : raw.replace(/;/g, "\\;");
  if (/\w;/.test(v)) throw new ValueError(`unescaped ; in "${v}" (write \\;)`, node.loc);
  if (/\\\\;/.test(v)) throw new ValueError(`double escaped ; in "${v}"`, node.loc);
  if (/[^\x00-\x7f]/.test(v)) throw new ValueError(`non ASCII character in "${v}"`, node.loc);
  if (v.startsWith('"')) v = v.slice(1, -1);
  v = v.replace(/" "/g, "").replace(/\\;/g, ";");
  const chunks2 = [];
  for (let i = 0; i < v.length; i += 255) chunks2.push(v.slice(i, i + 255));
  return (chunks2.length > 0 ? chunks2 : [""]).map(quote2).join(" ");
}
function valueText(type, node, ctx) {
  switch (type) {
    case "A": {
      const s2 = scalarText(node, "value");
      if (!IPV4.test(s2)) throw new ValueError(`invalid IPv4 address "${s2}"`, node.loc);
      return s2;
    }
    case "AAAA": {
      const s2 = scalarText(node, "value");
      if (!isIPv62(s2)) throw new ValueError(`invalid IPv6 address "${s2}"`, node.loc);
      return s2.toLowerCase();
    }
    case "CNAME":
    case "ALIAS":
    case "DNAME":
    case "NS":
    case "PTR":
      return target(scalarText(node, "value"), node, type, "value");
    case "TXT":
    case "SPF":
      return txtText2(scalarText(node, "value"), ctx, node);
    case "OPENPGPKEY":
      return scalarText(node, "value").replace(/\s+/g, "");
    case "MX": {
      const m = asMap(node, type);
      const pref = optional(m, "preference") ?? optional(m, "priority");
      if (!pref) throw new ValueError("missing preference", m.loc);
      const exch = optional(m, "exchange") ?? optional(m, "value");
      if (!exch) throw new ValueError("missing exchange", m.loc);
      return `${intField(pref, "preference")} ${target(scalarText(exch, "exchange"), exch, type, "exchange", true)}`;
    }
    case "SRV": {
      const m = asMap(node, type);
      const t = field(m, "target", "target");
      return [
        intField(field(m, "priority", "priority"), "priority"),
        intField(field(m, "weight", "weight"), "weight"),
        intField(field(m, "port", "port"), "port"),
        target(scalarText(t, "target"), t, type, "target", true)
      ].join(" ");
    }
    case "URI": {
      const m = asMap(node, type);
      return uriGeneric(
        intField(field(m, "priority", "priority"), "priority"),
        intField(field(m, "weight", "weight"), "weight"),
        scalarText(field(m, "target", "target"), "target")
      );
    }
    case "CAA": {
      const m = asMap(node, type);
      const flags = optional(m, "flags");
      const tag = scalarText(field(m, "tag", "tag"), "tag");
      const value = scalarText(field(m, "value", "value"), "value");
      return `${flags ? intField(flags, "flags", 0, 255) : 0} ${tag} ${quote2(value)}`;
    }
    case "DS": {
      const m = asMap(node, type);
      if (!getEntry(m, "key_tag") && getEntry(m, "public_key"))
        return [
          intField(field(m, "flags", "flags"), "flags"),
          intField(field(m, "protocol", "protocol"), "protocol", 0, 255),
          intField(field(m, "algorithm", "algorithm"), "algorithm", 0, 255),
          scalarText(field(m, "public_key", "public_key"), "public_key")
        ].join(" ");
      return [
        intField(field(m, "key_tag", "key_tag"), "key_tag"),
        intField(field(m, "algorithm", "algorithm"), "algorithm", 0, 255),
        intField(field(m, "digest_type", "digest_type"), "digest_type", 0, 255),
        scalarText(field(m, "digest", "digest"), "digest")
      ].join(" ");
    }
    case "SSHFP": {
      const m = asMap(node, type);
      return [
        intField(field(m, "algorithm", "algorithm"), "algorithm", 0, 255),
        intField(field(m, "fingerprint_type", "fingerprint_type"), "fingerprint_type", 0, 255),
        scalarText(field(m, "fingerprint", "fingerprint"), "fingerprint")
      ].join(" ");
    }
    case "TLSA": {
      const m = asMap(node, type);
      return [
        intField(field(m, "certificate_usage", "certificate_usage"), "certificate_usage", 0, 255),
        intField(field(m, "selector", "selector"), "selector", 0, 255),
        intField(field(m, "matching_type", "matching_type"), "matching_type", 0, 255),
        scalarText(
          field(m, "certificate_association_data", "certificate_association_data"),
          "certificate_association_data"
        )
      ].join(" ");
    }
    case "NAPTR": {
      const m = asMap(node, type);
      const flags = scalarText(field(m, "flags", "flags"), "flags");
      if (!/^[SAUP]?$/i.test(flags)) throw new ValueError(`unrecognized flags "${flags}"`, m.loc);
      const repl = field(m, "replacement", "replacement");
      return [
        intField(field(m, "order", "order"), "order"),
        intField(field(m, "preference", "preference"), "preference"),
        quote2(flags),
        quote2(scalarText(field(m, "service", "service"), "service")),
        quote2(scalarText(field(m, "regexp", "regexp"), "regexp")),
        replacement(scalarText(repl, "replacement"), repl)
      ].join(" ");
    }
    case "LOC":
      return locText(asMap(node, type));
    case "SVCB":
    case "HTTPS":
      return svcbText(asMap(node, type));
    case "URLFWD": {
      const m = asMap(node, type);
      const code = intField(field(m, "code", "code"), "code", 0, 999);
      if (code !== 301 && code !== 302)
        throw new ValueError(`unrecognized return code "${code}"`, m.loc);
      return [
        quote2(scalarText(field(m, "path", "path"), "path")),
        quote2(scalarText(field(m, "target", "target"), "target")),
        code,
        intField(field(m, "masking", "masking"), "masking", 0, 2),
        intField(field(m, "query", "query"), "query", 0, 1)
      ].join(" ");
    }
    default:
      throw new ValueError(`unknown record type "${type}"`, node.loc);
  }
}
function uriGeneric(priority, weight2, targetText) {
  const bytes = Buffer.concat([
    Buffer.from([priority >> 8, priority & 255, weight2 >> 8, weight2 & 255]),
    Buffer.from(targetText, "utf8")
  ]);
  return `\\# ${bytes.length} ${bytes.toString("hex").toUpperCase()}`;
}
function locText(m) {
  const num2 = (key2, max) => {
    const n = field(m, key2, key2);
    const s2 = numberOrText(n, key2);
    const v = Number(s2);
    if (!Number.isFinite(v) || v < 0 || v > max)
      throw new ValueError(`invalid ${key2} "${s2}"`, n.loc);
    return s2;
  };
  const dir = (key2, allowed) => {
    const n = field(m, key2, key2);
    const s2 = scalarText(n, key2).toUpperCase();
    if (!allowed.includes(s2) || s2.length !== 1)
      throw new ValueError(`invalid ${key2} "${s2}"`, n.loc);
    return s2;
  };
  const alt = field(m, "altitude", "altitude");
  const altText = numberOrText(alt, "altitude");
  const altitude = Number(altText);
  if (!Number.isFinite(altitude) || altitude < -1e5 || altitude > 4284967295e-2)
    throw new ValueError(`invalid altitude "${altText}"`, alt.loc);
  return [
    intField(field(m, "lat_degrees", "lat_degrees"), "lat_degrees", 0, 90),
    intField(field(m, "lat_minutes", "lat_minutes"), "lat_minutes", 0, 59),
    num2("lat_seconds", 59.999),
    dir("lat_direction", "NS"),
    intField(field(m, "long_degrees", "long_degrees"), "long_degrees", 0, 180),
    intField(field(m, "long_minutes", "long_minutes"), "long_minutes", 0, 59),
    num2("long_seconds", 59.999),
    dir("long_direction", "EW"),
    `${altText}m`,
    `${num2("size", 9e7)}m`,
    `${num2("precision_horz", 9e7)}m`,
    `${num2("precision_vert", 9e7)}m`
  ].join(" ");
}
function svcbText(m) {
  const prio = intField(field(m, "svcpriority", "svcpriority"), "svcpriority");
  const t = field(m, "targetname", "targetname");
  const parts = [String(prio), target(scalarText(t, "targetname"), t, "SVCB", "targetname", true)];
  const params = optional(m, "svcparams");
  if (params) {
    if (params.kind !== "map")
      throw new ValueError(`svcparams must be a mapping, not ${describe(params)}`, params.loc);
    if (prio === 0 && params.entries.length > 0)
      throw new ValueError("svcparams are not allowed in AliasMode (svcpriority 0)", params.loc);
    for (const e of params.entries) {
      const key2 = e.key;
      if (!/^(?:mandatory|alpn|no-default-alpn|port|ipv4hint|ech|ipv6hint|key\d{1,5})$/.test(key2))
        throw new ValueError(`unknown SvcParam key "${key2}"`, e.keyLoc);
      const v = e.value;
      if (key2 === "no-default-alpn") {
        if (!(v.kind === "scalar" && v.value.type === "null"))
          throw new ValueError("no-default-alpn takes no value", v.loc);
        parts.push(key2);
        continue;
      }
      const text2 = v.kind === "seq" ? v.items.map((i) => numberOrText(i, key2).replace(/([,\\])/g, "\\$1")).join(",") : numberOrText(v, key2);
      parts.push(`${key2}=${quote2(text2)}`);
    }
  }
  return parts.join(" ");
}

// src/formats/octodns/dynamic.ts
var DYNAMIC_TYPES = /* @__PURE__ */ new Set(["A", "AAAA", "CNAME", "DNAME"]);
var GEO = /^[A-Z]{2}(?:-[A-Z]{2}(?:-[A-Z0-9]{1,3})?)?$/;
function isNull(n) {
  return n === void 0 || n.kind === "scalar" && n.value.type === "null";
}
function text(n) {
  return n?.kind === "scalar" && n.value.type !== "null" ? pyStr(n.value) : void 0;
}
function validateDynamic(type, body, dynamic, ctx) {
  const reasons = [];
  const add = (message, location2) => reasons.push({ message, location: location2 });
  if (getEntry(body, "geo")) add('"dynamic" record with "geo" content', dynamic.loc);
  if (dynamic.kind !== "map") {
    add(`dynamic must be a mapping, not ${describe(dynamic)}`, dynamic.loc);
    return reasons;
  }
  const pools = getEntry(dynamic, "pools")?.value;
  const poolIds = /* @__PURE__ */ new Set();
  const fallbacks = /* @__PURE__ */ new Set();
  if (isNull(pools) || pools?.kind === "map" && pools.entries.length === 0)
    add("missing pools", pools?.loc ?? dynamic.loc);
  else if (pools?.kind !== "map") add("pools must be a dict", pools.loc);
  else {
    for (const { key: id, value: pool } of pools.entries) {
      if (pool.kind !== "map") {
        add(`pool "${id}" must be a dict`, pool.loc);
        continue;
      }
      const values = getEntry(pool, "values")?.value;
      if (!values) {
        add(`pool "${id}" is missing values`, pool.loc);
        continue;
      }
      poolIds.add(id);
      const items = values.kind === "seq" ? values.items : [values];
      for (const [i, item] of items.entries())
        checkPoolValue(type, id, i + 1, item, items.length, ctx, add);
      const fallback = text(getEntry(pool, "fallback")?.value);
      if (fallback !== void 0) {
        if (pools.entries.some((e) => e.key === fallback)) fallbacks.add(fallback);
        else
          add(
            `undefined fallback "${fallback}" for pool "${id}"`,
            getEntry(pool, "fallback").value.loc
          );
        const seen = [id, fallback];
        let next = fallback;
        while (next !== void 0) {
          const p = pools.entries.find((e) => e.key === next)?.value;
          next = p?.kind === "map" ? text(getEntry(p, "fallback")?.value) : void 0;
          if (next !== void 0 && seen.includes(next)) {
            add(`loop in pool fallbacks: ${seen.join(" -> ")}`, pool.loc);
            break;
          }
          if (next !== void 0) seen.push(next);
        }
      }
    }
  }
  const used = checkRules(getEntry(dynamic, "rules")?.value, dynamic, poolIds, add);
  const unused = [...poolIds].filter((p) => !used.has(p) && !fallbacks.has(p)).sort();
  if (unused.length > 0 && pools) add(`unused pools: "${unused.join('", "')}"`, pools.loc);
  return reasons;
}
function checkPoolValue(type, id, n, item, count, ctx, add) {
  if (item.kind !== "map") {
    add(`pool "${id}" value ${n} must be a mapping, not ${describe(item)}`, item.loc);
    return;
  }
  const weightNode = getEntry(item, "weight")?.value;
  if (weightNode) {
    const w = text(weightNode);
    const weight2 = w !== void 0 && /^[-+]?\d+$/.test(w) ? Number(w) : Number.NaN;
    if (!(weight2 >= 1 && weight2 <= 100))
      add(
        `invalid weight "${w ?? describe(weightNode)}" in pool "${id}" value ${n}`,
        weightNode.loc
      );
    else if (count === 1 && weight2 !== 1)
      add(`pool "${id}" has single value with weight!=1`, weightNode.loc);
  }
  const statusNode = getEntry(item, "status")?.value;
  const status = text(statusNode);
  if (statusNode && !["up", "down", "obey"].includes(status ?? ""))
    add(`invalid status "${status}" in pool "${id}" value ${n}`, statusNode.loc);
  const value = getEntry(item, "value")?.value;
  if (!value) {
    add(`missing value in pool "${id}" value ${n}`, item.loc);
    return;
  }
  try {
    valueText(type, value, ctx);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    add(e.message, e.location);
  }
}
function checkRules(rules, dynamic, pools, add) {
  const seenPools = /* @__PURE__ */ new Set();
  if (isNull(rules) || rules?.kind === "seq" && rules.items.length === 0) {
    add("missing rules", rules?.loc ?? dynamic.loc);
    return seenPools;
  }
  if (rules?.kind !== "seq") {
    add("rules must be a list", rules.loc);
    return seenPools;
  }
  const geosSeen = /* @__PURE__ */ new Map();
  let seenDefault = false;
  const targeting = (r) => {
    const m = r?.kind === "map" ? r : void 0;
    const subnets = m && getEntry(m, "subnets")?.value;
    const geos = m && getEntry(m, "geos")?.value;
    const nonEmpty = (x) => !isNull(x) && !(x?.kind === "seq" && x.items.length === 0);
    return { subnets, geos, hasSubnets: nonEmpty(subnets), hasGeos: nonEmpty(geos) };
  };
  rules.items.forEach((rule, i) => {
    const num2 = i + 1;
    if (rule.kind !== "map") {
      add(`rule ${num2} must be a mapping, not ${describe(rule)}`, rule.loc);
      return;
    }
    const poolNode = getEntry(rule, "pool")?.value;
    const t = targeting(rule);
    if (!poolNode) add(`rule ${num2} missing pool`, rule.loc);
    else {
      const pool = poolNode.kind === "scalar" && poolNode.value.type === "str" ? poolNode.value.value : void 0;
      if (pool === void 0)
        add(`rule ${num2} invalid pool "${text(poolNode) ?? describe(poolNode)}"`, poolNode.loc);
      else if (!pools.has(pool)) add(`rule ${num2} undefined pool "${pool}"`, poolNode.loc);
      else if (seenPools.has(pool) && (t.hasSubnets || t.hasGeos))
        add(`rule ${num2} invalid, target pool "${pool}" reused`, poolNode.loc);
      if (pool !== void 0) seenPools.add(pool);
    }
    if (i > 0) {
      const prev = targeting(rules.items[i - 1]);
      if (t.hasSubnets && t.hasGeos && !prev.hasSubnets && prev.hasGeos)
        add(
          `rule ${num2} with subnet(s) and geo(s) should appear before all geo-only rules`,
          rule.loc
        );
      else if (t.hasSubnets && !t.hasGeos && prev.hasGeos)
        add(
          `rule ${num2} with only subnet targeting should appear before all geo targeting rules`,
          rule.loc
        );
    }
    if (!t.hasSubnets && !t.hasGeos) {
      if (seenDefault) add(`rule ${num2} duplicate default`, rule.loc);
      seenDefault = true;
    }
    if (t.subnets && !isNull(t.subnets) && t.subnets.kind !== "seq")
      add(`rule ${num2} subnets must be a list`, t.subnets.loc);
    if (t.geos && !isNull(t.geos)) {
      if (t.geos.kind !== "seq") add(`rule ${num2} geos must be a list`, t.geos.loc);
      else {
        const geos = t.geos.items.map((g) => ({ code: text(g) ?? "", loc: g.loc }));
        for (const { code, loc: loc2 } of geos.sort(
          (a, b) => a.code < b.code ? -1 : a.code > b.code ? 1 : 0
        )) {
          if (!GEO.test(code)) add(`rule ${num2} invalid geo code "${code}"`, loc2);
          for (const [seen, where] of geosSeen) {
            if (code === seen)
              add(
                `rule ${num2} targets geo ${code} which has previously been seen in rule ${where}`,
                loc2
              );
            else if (code.startsWith(seen))
              add(
                `rule ${num2} targets geo ${code} which is more specific than the previously seen ${seen} in rule ${where}`,
                loc2
              );
          }
          geosSeen.set(code, num2);
        }
      }
    }
  });
  const last = targeting(rules.items[rules.items.length - 1]);
  if (last.hasSubnets || last.hasGeos)
    add(
      'final rule has "subnets" and/or "geos" and is not catchall',
      rules.items[rules.items.length - 1].loc
    );
  return seenPools;
}

// src/formats/octodns/records.ts
var OCTODNS_TYPES = [
  "A",
  "AAAA",
  "ALIAS",
  "CAA",
  "CNAME",
  "DNAME",
  "DS",
  "HTTPS",
  "LOC",
  "MX",
  "NAPTR",
  "NS",
  "OPENPGPKEY",
  "PTR",
  "SPF",
  "SRV",
  "SSHFP",
  "SVCB",
  "TLSA",
  "TXT",
  "URI",
  "URLFWD"
];
var KNOWN = new Set(OCTODNS_TYPES);
var SINGLE_VALUE_TYPES = /* @__PURE__ */ new Set(["CNAME", "ALIAS", "DNAME"]);
function modelType(octodnsType) {
  return octodnsType === "URI" ? "TYPE256" : octodnsType;
}
function readZoneFile(root, opts) {
  const out = { records: [], unmanaged: [], diagnostics: [] };
  if (!root || root.kind === "scalar" && root.value.type === "null") return out;
  if (root.kind !== "map") {
    out.diagnostics.push(
      err(`a zone file must be a mapping of names, not ${describe(root)}`, root.loc)
    );
    return out;
  }
  for (const entry of root.entries) {
    if (entry.value.kind === "seq")
      for (const body of entry.value.items)
        readRecord(entry.key, entry.keyLoc, body, body.loc, opts, out);
    else readRecord(entry.key, entry.keyLoc, entry.value, entry.keyLoc, opts, out);
  }
  return out;
}
function err(message, location2, code = "octodns/record") {
  return { level: "error", message, location: location2, code };
}
function readRecord(rawName, nameLoc, body, at, opts, out) {
  let lenient = opts.lenient;
  const report = (message, location2, code = "octodns/record") => {
    out.diagnostics.push({ ...err(message, location2, code), level: lenient ? "warning" : "error" });
  };
  if (body.kind !== "map") {
    report(`record "${rawName}" must be a mapping, not ${describe(body)}`, body.loc);
    return;
  }
  const meta = getEntry(body, "octodns")?.value;
  if (meta?.kind === "map" && isTrue(getEntry(meta, "lenient")?.value)) lenient = true;
  const name2 = checkName(rawName, nameLoc, opts.origin, report);
  const typeNode = getEntry(body, "type")?.value;
  if (!typeNode || typeNode.kind === "scalar" && typeNode.value.type === "null") {
    report(`record "${rawName}" is missing type`, body.loc);
    return;
  }
  let type;
  try {
    type = scalarText(typeNode, "type");
  } catch (e) {
    report(e.message, typeNode.loc);
    return;
  }
  if (type.includes("/")) {
    out.diagnostics.push({
      level: "warning",
      message: `provider-specific type "${type}" is not compared by ZoneGuard`,
      location: typeNode.loc,
      code: "octodns/provider-type"
    });
    return;
  }
  if (!KNOWN.has(type)) {
    report(`Unknown record type: "${type}"`, typeNode.loc);
    return;
  }
  if (name2 === void 0) return;
  const ttl = readTtl(body, opts.defaultTtl, report);
  if (ttl === void 0) return;
  const subzone = opts.subzones.find((z) => name2 === z || name2.endsWith(`.${z}`));
  if (subzone && !(name2 === subzone && (type === "NS" || type === "DS"))) {
    if (opts.ignoreSubzoneAdds) {
      out.diagnostics.push({
        level: "warning",
        message: `record "${rawName}" ${type} is in sub-zone ${subzone} and is dropped (ignore_subzone_adds)`,
        location: nameLoc,
        code: "octodns/subzone-record"
      });
      return;
    }
    report(
      `record "${rawName}" ${type} is under a managed sub-zone (${subzone}); only NS and DS may sit at its boundary`,
      nameLoc,
      "octodns/subzone-record"
    );
    return;
  }
  const reason = meta?.kind === "map" && isTrue(getEntry(meta, "ignored")?.value) ? "octodns.ignored" : meta?.kind === "map" && opts.targets && !reachesATarget(meta, opts.targets) ? "octodns.included/excluded" : void 0;
  if (reason) {
    out.unmanaged.push({
      name: relativeLabel(name2, opts.origin),
      types: [modelType(type)],
      source: reason,
      location: nameLoc
    });
    return;
  }
  const checked = recordChecks(rawName, nameLoc, type, body, meta, opts, report);
  const values = readValues(type, body, opts, report);
  if (!checked || values === void 0) return;
  const options = {};
  for (const key2 of ["dynamic", "geo"]) {
    const node = getEntry(body, key2)?.value;
    if (node && !(node.kind === "scalar" && node.value.type === "null"))
      options[key2] = canonicalJson(node);
  }
  const record = {
    name: name2,
    type: modelType(type),
    ttl,
    values,
    location: at,
    ...Object.keys(options).length > 0 ? { options } : {}
  };
  out.records.push(record);
}
function reachesATarget(meta, targets) {
  const ids = (key2) => {
    const node = getEntry(meta, key2)?.value;
    return node?.kind === "seq" ? node.items.flatMap(
      (i) => i.kind === "scalar" && i.value.type === "str" ? [i.value.value] : []
    ) : [];
  };
  const included = ids("included");
  const excluded = new Set(ids("excluded"));
  return targets.some((t) => (included.length === 0 || included.includes(t)) && !excluded.has(t));
}
function recordChecks(rawName, nameLoc, type, body, meta, opts, report) {
  let ok2 = true;
  const fail2 = (message, location2) => {
    report(message, location2);
    ok2 = false;
  };
  if (type === "CNAME" && rawName === "") fail2("root CNAME not allowed", nameLoc);
  if (type === "ALIAS" && rawName !== "") fail2("non-root ALIAS not allowed", nameLoc);
  if (type === "SRV" && !/^(\*|_[^.]+)\.[^.]+/.test(rawName))
    fail2("invalid name for SRV record", nameLoc);
  if (type === "URI" && !/^(\*|_[^.]+)\.[^.]+/.test(rawName))
    fail2("invalid name for URI record", nameLoc);
  const hc = meta?.kind === "map" ? getEntry(meta, "healthcheck")?.value : void 0;
  const protocol = hc?.kind === "map" ? getEntry(hc, "protocol")?.value : void 0;
  if (protocol && !(protocol.kind === "scalar" && protocol.value.type === "str" && /^(HTTPS?|ICMP|TCP|UDP)$/.test(protocol.value.value)))
    fail2("invalid healthcheck protocol", protocol.loc);
  const dynamic = getEntry(body, "dynamic")?.value;
  if (dynamic && DYNAMIC_TYPES.has(type))
    for (const r of validateDynamic(type, body, dynamic, {
      origin: opts.origin,
      escapedSemicolons: opts.escapedSemicolons
    }))
      fail2(r.message, r.location);
  return ok2;
}
function checkName(rawName, loc2, origin, report) {
  if (rawName === "@") {
    report('invalid name "@", use "" instead', loc2, "octodns/name");
    return void 0;
  }
  if (/\s/.test(rawName)) {
    report(`invalid name "${rawName}": whitespace is not allowed`, loc2, "octodns/name");
    return void 0;
  }
  if (rawName.includes("..") || rawName.endsWith(".")) {
    report(`invalid name, double \`.\` in "${rawName}.${origin}"`, loc2, "octodns/name");
    return void 0;
  }
  const fqdn = rawName === "" ? origin : `${rawName}.${origin}`;
  const label = rawName.split(".").find((l) => l.length > 63);
  if (label !== void 0) {
    report(
      `invalid label, "${label}" is too long at ${label.length} chars, max is 63`,
      loc2,
      "octodns/name"
    );
    return void 0;
  }
  if (fqdn.length > 253) {
    report(
      `invalid fqdn, "${fqdn}" is too long at ${fqdn.length} chars, max is 253`,
      loc2,
      "octodns/name"
    );
    return void 0;
  }
  const r = canonicalName(fqdn);
  if (!r.ok) {
    report(`invalid name "${rawName}": ${r.message}`, loc2, "octodns/name");
    return void 0;
  }
  return r.name;
}
function readTtl(body, defaultTtl, report) {
  const node = getEntry(body, "ttl")?.value;
  if (!node) return defaultTtl;
  let ttl;
  if (node.kind === "scalar") {
    const v = node.value;
    if (v.type === "int") ttl = Number(v.value);
    else if (v.type === "float" && Number.isFinite(v.value)) ttl = Math.trunc(v.value);
    else if (v.type === "str" && /^\s*[-+]?\d+\s*$/.test(v.value)) ttl = Number(v.value);
  }
  if (ttl === void 0 || ttl < 0 || ttl > 2 ** 31 - 1) {
    report(
      `invalid ttl: ${node.kind === "scalar" ? JSON.stringify(scalarOrText(node)) : describe(node)}`,
      node.loc
    );
    return void 0;
  }
  return ttl;
}
function scalarOrText(node) {
  try {
    return numberOrText(node, "ttl");
  } catch {
    return describe(node);
  }
}
function readValues(type, body, opts, report) {
  const single = SINGLE_VALUE_TYPES.has(type);
  const valuesNode = single ? void 0 : getEntry(body, "values")?.value;
  const valueNode = getEntry(body, "value")?.value;
  const chosen = valuesNode ?? valueNode;
  if (!chosen || chosen.kind === "scalar" && chosen.value.type === "null") {
    report(single ? "missing value" : "missing value(s)", body.loc);
    return void 0;
  }
  if (single && chosen.kind === "seq") {
    report(`${type} takes a single value, not a list`, chosen.loc);
    return void 0;
  }
  const items = chosen.kind === "seq" ? chosen.items : [chosen];
  if (items.length === 0) {
    report("missing value(s)", chosen.loc);
    return void 0;
  }
  const values = [];
  let failed = false;
  const ctx = { origin: opts.origin, escapedSemicolons: opts.escapedSemicolons };
  for (const item of items) {
    try {
      values.push(canonical(type, valueText(type, item, ctx), opts.origin, item));
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      report(e.message, e.location);
      failed = true;
    }
  }
  return failed ? void 0 : [...new Set(values)].sort();
}
function canonical(octodnsType, text2, origin, node) {
  const type = modelType(octodnsType);
  if (isStandardType(type) && !(type in CODECS)) return text2;
  const r = canonicalRdata(type, text2, origin);
  if (!r.ok) throw new ValueError(`invalid ${octodnsType} value: ${r.message}`, node.loc);
  return r.value;
}
function isTrue(node) {
  return node?.kind === "scalar" && node.value.type === "bool" && node.value.value;
}
function relativeLabel(name2, origin) {
  return name2 === origin ? "@" : name2.slice(0, name2.length - origin.length - 1);
}
function canonicalJson(node) {
  const memo = /* @__PURE__ */ new Map();
  const go = (n) => {
    const done2 = memo.get(n);
    if (done2 !== void 0) return done2;
    let s2;
    if (n.kind === "seq") s2 = `[${n.items.map(go).join(",")}]`;
    else if (n.kind === "map")
      s2 = `{${[...n.entries].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0).map((e) => `${JSON.stringify(e.key)}:${go(e.value)}`).join(",")}}`;
    else {
      const v = n.value;
      s2 = v.type === "null" ? "null" : v.type === "bool" ? String(v.value) : v.type === "str" ? JSON.stringify(v.value) : v.type === "int" ? v.value.toString() : Number.isFinite(v.value) ? String(v.value) : JSON.stringify(String(v.value));
    }
    memo.set(n, s2);
    return s2;
  };
  return go(node);
}

// src/formats/octodns/config.ts
var YAML_CLASSES = /* @__PURE__ */ new Set([
  "octodns.provider.yaml.YamlProvider",
  "octodns.provider.yaml.SplitYamlProvider"
]);
var NON_SECRET_KEYS = /* @__PURE__ */ new Set([
  "class",
  "directory",
  "default_ttl",
  "enforce_order",
  "order_mode",
  "populate_should_replace",
  "supports_root_ns",
  "split_extension",
  "split_catchall",
  "shared_filename",
  "disable_zonefile",
  "escaped_semicolons",
  "ignore_missing_zones",
  "update_pcent_threshold",
  "delete_pcent_threshold",
  "strict_supports",
  "root_ns_warnings"
]);
var SECRET_KEY = /(token|secret|password|passwd|key|auth|credential|private)/i;
function looksLikeOctodnsConfig(text2) {
  return /^providers\s*:/m.test(text2) && /^zones\s*:/m.test(text2);
}
function readConfig(file, root) {
  const diagnostics = [];
  const error = (message, location2) => diagnostics.push({ level: "error", message, location: location2, code: "octodns/config" });
  if (!root || root.kind !== "map") {
    error("an octoDNS config must be a mapping with providers and zones", root?.loc ?? { file });
    return { diagnostics };
  }
  const providersNode = getEntry(root, "providers")?.value;
  const zonesNode = getEntry(root, "zones")?.value;
  if (providersNode?.kind !== "map") error('missing or invalid "providers" mapping', root.loc);
  if (zonesNode?.kind !== "map") error('missing or invalid "zones" mapping', root.loc);
  if (providersNode?.kind !== "map" || zonesNode?.kind !== "map") return { diagnostics };
  const handlers = /* @__PURE__ */ new Set(["env"]);
  const handlersNode = getEntry(root, "secret_handlers")?.value;
  if (handlersNode?.kind === "map") for (const e of handlersNode.entries) handlers.add(e.key);
  const providers = /* @__PURE__ */ new Map();
  const credentials = [];
  const group = literalGroups();
  for (const e of providersNode.entries) {
    if (e.value.kind !== "map") {
      error(`provider "${e.key}" must be a mapping, not ${describe(e.value)}`, e.value.loc);
      continue;
    }
    const p = readProvider(e.key, e.keyLoc, e.value, error);
    if (p) providers.set(e.key, p);
    const cred = credentialInfo(e.key, e.keyLoc, e.value, handlers, group);
    if (cred) credentials.push(cred);
  }
  const processors = /* @__PURE__ */ new Map();
  const procNode = getEntry(root, "processors")?.value;
  if (procNode?.kind === "map")
    for (const e of procNode.entries) processors.set(e.key, canonicalJson(e.value));
  const managerNode = getEntry(root, "manager")?.value;
  const managerList = (key2) => managerNode?.kind === "map" ? stringList(managerNode, key2, "manager", error).ids : [];
  const globalProcessors = managerList("processors");
  const globalPostProcessors = managerList("post_processors");
  for (const id of [...globalProcessors, ...globalPostProcessors])
    if (!processors.has(id)) error(`Manager, unknown processor: ${id}`, managerNode.loc);
  const zones = [];
  for (const e of zonesNode.entries) {
    const zone = readZoneEntry(e.key, e.keyLoc, e.value, providers, processors, error);
    if (zone) zones.push(zone);
  }
  return {
    config: {
      file,
      providers,
      zones,
      processors,
      globalProcessors,
      globalPostProcessors,
      credentials
    },
    diagnostics
  };
}
function scalar(node) {
  return node?.kind === "scalar" && node.value.type !== "null" ? pyStr(node.value) : void 0;
}
function bool(map, key2, dflt, report) {
  const node = getEntry(map, key2)?.value;
  if (!node || node.kind === "scalar" && node.value.type === "null") return dflt;
  if (node.kind === "scalar" && node.value.type === "bool") return node.value.value;
  report(`${key2} must be true or false, not ${describe(node)}`, node.loc);
  return dflt;
}
function fraction(map, key2, report) {
  const node = getEntry(map, key2)?.value;
  if (!node) return void 0;
  if (node.kind === "scalar" && (node.value.type === "float" || node.value.type === "int")) {
    const v = Number(node.value.value);
    if (v >= 0) return v;
  }
  report(`${key2} must be a non-negative number (a fraction such as 0.3)`, node.loc);
  return void 0;
}
function readProvider(id, loc2, map, report) {
  const cls = scalar(getEntry(map, "class")?.value);
  if (!cls) {
    report(`provider "${id}" is missing class`, loc2);
    return void 0;
  }
  const updatePercent = fraction(map, "update_pcent_threshold", report);
  const deletePercent = fraction(map, "delete_pcent_threshold", report);
  const base = {
    id,
    class: cls,
    location: loc2,
    ...updatePercent !== void 0 ? { updatePercent } : {},
    ...deletePercent !== void 0 ? { deletePercent } : {}
  };
  if (!YAML_CLASSES.has(cls)) return base;
  const split = cls.endsWith(".SplitYamlProvider");
  const directory = scalar(getEntry(map, "directory")?.value);
  if (!directory) {
    report(`YamlProvider "${id}" is missing directory`, loc2);
    return void 0;
  }
  let defaultTtl = 3600;
  const ttlNode = getEntry(map, "default_ttl")?.value;
  if (ttlNode) {
    if (ttlNode.kind === "scalar" && ttlNode.value.type === "int" && ttlNode.value.value >= 0n)
      defaultTtl = Number(ttlNode.value.value);
    else
      report(`default_ttl must be a non-negative integer, not ${describe(ttlNode)}`, ttlNode.loc);
  }
  const orderMode = scalar(getEntry(map, "order_mode")?.value) ?? "natural";
  if (orderMode !== "natural" && orderMode !== "simple")
    report(`Invalid order_mode, "${orderMode}", options are "natural", "simple"`, loc2);
  const splitExtNode = getEntry(map, "split_extension")?.value;
  const splitExtension = splitExtNode?.kind === "scalar" && splitExtNode.value.type === "str" ? splitExtNode.value.value : split ? "." : void 0;
  return {
    ...base,
    yaml: {
      directory,
      defaultTtl,
      enforceOrder: bool(map, "enforce_order", true, report),
      orderMode: orderMode === "simple" ? "simple" : "natural",
      populateShouldReplace: bool(map, "populate_should_replace", false, report),
      splitExtension,
      sharedFilename: scalar(getEntry(map, "shared_filename")?.value),
      disableZonefile: bool(map, "disable_zonefile", split, report),
      escapedSemicolons: bool(map, "escaped_semicolons", true, report),
      ignoreMissingZones: bool(map, "ignore_missing_zones", false, report)
    }
  };
}
function stringList(map, key2, zone, report) {
  const node = getEntry(map, key2)?.value;
  if (!node || node.kind === "scalar" && node.value.type === "null") return { ids: [] };
  if (node.kind !== "seq") {
    report(`zone ${zone}: ${key2} must be a list, not ${describe(node)}`, node.loc);
    return { ids: [] };
  }
  const ids = [];
  for (const item of node.items) {
    const s2 = scalar(item);
    if (s2 === void 0) report(`zone ${zone}: ${key2} entries must be names`, item.loc);
    else ids.push(s2);
  }
  return { ids, loc: node.loc };
}
function readZoneEntry(key2, loc2, node, providers, processors, report) {
  if (node.kind !== "map") {
    report(`zone ${key2} must be a mapping, not ${describe(node)}`, node.loc);
    return void 0;
  }
  const dynamic = key2.startsWith("*");
  if (!dynamic && !key2.endsWith(".")) {
    report(`Invalid zone name ${key2}, missing ending dot`, loc2);
    return void 0;
  }
  const alias = scalar(getEntry(node, "alias")?.value);
  const sources = stringList(node, "sources", key2, report);
  const targets = stringList(node, "targets", key2, report);
  const procs = stringList(node, "processors", key2, report);
  if (!alias) {
    if (sources.ids.length === 0) report(`Zone ${key2} is missing sources`, loc2);
    if (targets.ids.length === 0) report(`Zone ${key2} is missing targets`, loc2);
  }
  for (const [ids, what, where] of [
    [sources.ids, "source", sources.loc],
    [targets.ids, "target", targets.loc]
  ])
    for (const id of ids)
      if (!providers.has(id)) report(`Zone ${key2}, unknown ${what}: ${id}`, where ?? loc2);
  for (const id of procs.ids)
    if (!processors.has(id)) report(`Zone ${key2}, unknown processor: ${id}`, procs.loc ?? loc2);
  const updatePercent = fraction(node, "update_pcent_threshold", report);
  const deletePercent = fraction(node, "delete_pcent_threshold", report);
  const glob = scalar(getEntry(node, "glob")?.value);
  const regex2 = scalar(getEntry(node, "regex")?.value);
  return {
    key: key2,
    location: loc2,
    sources: sources.ids,
    targets: targets.ids,
    processors: procs.ids,
    lenient: bool(node, "lenient", false, report),
    ignoreSubzoneAdds: bool(node, "ignore_subzone_adds", false, report),
    ...alias ? { alias } : {},
    ...glob ? { glob } : {},
    ...regex2 ? { regex: regex2 } : {},
    ...updatePercent !== void 0 ? { updatePercent } : {},
    ...deletePercent !== void 0 ? { deletePercent } : {}
  };
}
function credentialInfo(id, loc2, map, handlers, group) {
  const fields = [];
  const walk = (m, prefix) => {
    for (const e of m.entries) {
      const key2 = prefix + e.key;
      if (!prefix && NON_SECRET_KEYS.has(e.key)) continue;
      if (e.value.kind === "map") {
        walk(e.value, `${key2}.`);
        continue;
      }
      if (e.value.kind !== "scalar" || e.value.value.type !== "str") continue;
      const text2 = e.value.value.value;
      const slash = text2.indexOf("/");
      const handler = slash > 0 ? text2.slice(0, slash) : "";
      if (handlers.has(handler) && slash < text2.length - 1)
        fields.push({
          key: key2,
          literal: false,
          ...handler === "env" ? { env: text2.slice(slash + 1) } : {},
          location: e.keyLoc
        });
      else if (SECRET_KEY.test(e.key) && text2.length > 0)
        fields.push({ key: key2, literal: true, literalGroup: group(text2), location: e.keyLoc });
    }
  };
  walk(map, "");
  const cls = scalar(getEntry(map, "class")?.value);
  if (fields.length === 0) return void 0;
  return { provider: id, ...cls ? { type: cls } : {}, location: loc2, fields };
}

// src/formats/octodns/processors.ts
var PREFIX = "octodns.processor.filter.";
function strings2(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string") ? v : void 0;
}
function escapeGlob2(text2) {
  return text2.replace(/[*?{}[\]\\,]/g, "\\$&");
}
function entrySelector(entry, apex, on) {
  if (entry.length >= 2 && entry.startsWith("/") && entry.endsWith("/"))
    return on === "name" ? { nameRegex: entry.slice(1, -1) } : { valueRegex: entry.slice(1, -1) };
  if (on === "value") return { target: escapeGlob2(entry) };
  const absolute2 = entry === "" ? apex : `${entry.toLowerCase()}.${apex}`;
  return { name: escapeGlob2(absolute2) };
}
function typeList(list2) {
  return list2.flatMap((t) => {
    const type = parseRecordType(t === "URI" ? "TYPE256" : t);
    return type ? [type] : [];
  });
}
function processorScope(ids, definitions, apex, location2) {
  const out = { patterns: [], sourceOnly: [], diagnostics: [] };
  for (const id of ids) {
    const text2 = definitions.get(id);
    if (text2 === void 0) continue;
    let def;
    try {
      def = JSON.parse(text2);
    } catch {
      continue;
    }
    const cls = typeof def.class === "string" ? def.class : "";
    if (!cls.startsWith(PREFIX)) continue;
    const kind = cls.slice(PREFIX.length);
    const source = `${kind} (${id})`;
    const both = def.include_target !== false;
    const add = (p, always = false) => (both || always ? out.patterns : out.sourceOnly).push({ ...p, source, location: location2 });
    const bad = (key2) => out.diagnostics.push({
      level: "warning",
      message: `processor ${id} (${kind}): ${key2} must be a list of strings; what it filters is not known to ZoneGuard`,
      location: location2,
      code: "octodns/processor"
    });
    const listed = (key2) => {
      const list2 = strings2(def[key2]);
      if (!list2) bad(key2);
      return list2;
    };
    switch (kind) {
      case "TypeAllowlistFilter":
      case "TypeRejectlistFilter": {
        const allow = kind === "TypeAllowlistFilter";
        const list2 = listed(allow ? "allowlist" : "rejectlist");
        if (!list2) break;
        const types = typeList(list2);
        if (allow) add({ name: "*", except: [{ types }] });
        else if (types.length > 0) add({ name: "*", types });
        break;
      }
      case "NameAllowlistFilter":
      case "NameRejectlistFilter":
      case "ValueAllowlistFilter":
      case "ValueRejectlistFilter": {
        const allow = kind.includes("Allowlist");
        const on = kind.startsWith("Name") ? "name" : "value";
        const list2 = listed(allow ? "allowlist" : "rejectlist");
        if (!list2) break;
        const selectors = list2.map((e) => entrySelector(e, apex, on));
        if (allow) add({ name: "*", except: selectors });
        else for (const s2 of selectors) add({ name: "*", ...s2 });
        break;
      }
      case "NetworkValueAllowlistFilter":
      case "NetworkValueRejectlistFilter": {
        const allow = kind === "NetworkValueAllowlistFilter";
        const list2 = listed(allow ? "allowlist" : "rejectlist");
        if (!list2) break;
        const types = ["A", "AAAA"];
        if (allow) add({ name: "*", types, except: list2.map((network2) => ({ network: network2 })) }, true);
        else for (const network2 of list2) add({ name: "*", types, network: network2 }, true);
        break;
      }
      case "IgnoreRootNsFilter":
        add({ name: "@", types: ["NS"] }, true);
        break;
      case "ExcludeRootNsChanges":
        if (def.error === false) add({ name: "@", types: ["NS"] }, true);
        break;
    }
  }
  return out;
}

// src/formats/octodns/load.ts
var OCTODNS_DEFAULT_THRESHOLDS = {
  updatePercent: 0.3,
  deletePercent: 0.3,
  minExisting: 10
};
var YAML_EXT = /\.ya?ml$/;
var ZONE_FILE_NAME = /^\/?[^/]+\.[^/]+\.yaml$/;
function under2(path, dir) {
  return dir === "" || path.startsWith(`${dir}/`);
}
function yamlFiles(files, path) {
  const dir = path.replace(/\/+$/, "");
  return files.filter((f) => under2(f, dir) && YAML_EXT.test(f)).filter((f) => !f.split("/").some((part) => part.startsWith("."))).sort();
}
function configCandidates(files, path) {
  const all = yamlFiles(files, path);
  const plain = (f) => posix3.basename(f).split(".").length <= 2;
  return [...all.filter(plain), ...all.filter((f) => !plain(f))];
}
function cachedTree(tree) {
  const texts = /* @__PURE__ */ new Map();
  return {
    root: tree.root,
    commit: tree.commit,
    label: tree.label,
    listFiles: () => tree.listFiles(),
    readText(path) {
      let t = texts.get(path);
      if (!t) {
        t = tree.readText(path);
        texts.set(path, t);
      }
      return t;
    }
  };
}
async function loadOctodns(source, options) {
  const tree = cachedTree(source);
  const files = await tree.listFiles();
  const fileSet = new Set(files);
  const base = options.path.replace(/\/+$/, "");
  const cwd = resolveRepoPath(options.workingDirectory ?? "");
  if (!cwd.ok)
    return fail({
      level: "error",
      message: `octoDNS working directory: ${cwd.message}`,
      location: { file: options.workingDirectory ?? "." }
    });
  const diagnostics = [];
  const budget = (options.budget ?? new InputBudget()).meter();
  const read = /* @__PURE__ */ new Set();
  const zones = [];
  const credentials = [];
  const skip = options.skip ?? [];
  const candidates = options.config !== void 0 ? [options.config] : configCandidates(files, base).filter(
    (f) => !skip.some((dir) => dir === "" || f.startsWith(`${dir}/`))
  );
  if (options.config !== void 0 && !fileSet.has(options.config))
    return fail({
      level: "error",
      message: `the octoDNS config file ${options.config} does not exist`,
      location: { file: options.config }
    });
  for (const file of candidates) {
    if (budget.exceeded !== void 0) break;
    if (read.has(file)) continue;
    const text2 = await tree.readText(file);
    if (text2 === void 0 || !looksLikeOctodnsConfig(text2)) {
      if (options.config !== void 0)
        diagnostics.push({
          level: "error",
          message: `${file} is not an octoDNS config (no top-level providers: and zones:)`,
          location: { file },
          code: "octodns/config"
        });
      continue;
    }
    const loaded = await loadYaml(file, text2, { readInclude: includeReader(tree), budget });
    if (!loaded.ok) {
      diagnostics.push(loaded.error);
      read.add(file);
      continue;
    }
    for (const f of loaded.doc.files) read.add(f);
    diagnostics.push(...loaded.doc.warnings);
    const { config, diagnostics: configDiags } = readConfig(file, loaded.doc.root);
    diagnostics.push(...configDiags);
    if (!config) continue;
    credentials.push(...config.credentials);
    const ctx = {
      tree,
      files,
      fileSet,
      cwd: cwd.path,
      config,
      read,
      problems: diagnostics,
      budget
    };
    const seen = /* @__PURE__ */ new Set();
    for (const zone of await loadZones(ctx)) {
      if (seen.has(zone.name)) {
        diagnostics.push({
          level: "warning",
          message: `zone ${zone.name} is configured twice in ${file}; the first is used`,
          location: zone.location ?? { file },
          code: "octodns/duplicate-zone"
        });
        continue;
      }
      seen.add(zone.name);
      zones.push({ ...zone, config: file });
      for (const d of zone.diagnostics ?? []) diagnostics.push(d);
    }
  }
  const errors = diagnostics.filter((d) => d.level === "error");
  if (errors.length > 0) return fail(...errors);
  const warnings = diagnostics.filter((d) => d.level === "warning");
  return ok({ zones, credentials, files: [...read].sort() }, warnings);
}
function includeReader(tree) {
  return async (from, target2) => {
    const checked = resolveRepoPath(target2, posix3.dirname(from));
    if (!checked.ok)
      return {
        error: checked.problem === "leaves" ? `!include ${target2} leaves the repository` : `!include: ${checked.message}`
      };
    const path = checked.path;
    try {
      const text2 = await tree.readText(path);
      if (text2 === void 0) return { error: `!include ${target2}: no such file (${path})` };
      return { path, text: text2 };
    } catch (e) {
      return { error: `!include ${target2}: ${e.message}` };
    }
  };
}
function chargeRecords2(ctx, values, location2, diagnostics) {
  for (let i = 0; i < Math.max(1, values); i++) {
    if (ctx.budget.exceeded !== void 0) return false;
    if (!ctx.budget.record()) {
      diagnostics.push({
        level: "error",
        message: budgetMessage("records", ctx.budget.limits, location2.file),
        location: location2,
        code: "octodns/budget"
      });
      return false;
    }
  }
  return true;
}
function providerDirectory(ctx, p) {
  return resolveRepoPath(p.directory, ctx.cwd);
}
function workingDirectoryThatFinds(ctx, p, find) {
  let dir = posix3.dirname(ctx.config.file).replace(/^\.$/, "");
  for (; ; ) {
    if (dir !== ctx.cwd) {
      const checked = resolveRepoPath(p.directory, dir);
      const found = checked.ok ? find(checked.path) : void 0;
      if (found) return { cwd: dir, file: found };
    }
    if (dir === "") return void 0;
    dir = posix3.dirname(dir).replace(/^\.$/, "");
  }
}
function directoryMessage(ctx, p, id, what, find) {
  const where = ctx.cwd === "" ? "the repository root" : ctx.cwd;
  const head = `${what} (source "${id}": directory ${p.directory}, relative to the folder octodns-sync runs in, here ${where})`;
  const other2 = workingDirectoryThatFinds(ctx, p, find);
  const flag = "--octodns-cwd (the Action's working-directory input)";
  return other2 ? `${head}. octodns-sync run in ${other2.cwd || "the repository root"} reads ${other2.file}: if that is where it runs, say so with ${flag} ${other2.cwd || "."}` : `${head}. If octodns-sync runs in another folder, name it with ${flag}`;
}
function listZones(ctx, p) {
  const checked = providerDirectory(ctx, p);
  if (!checked.ok) return [];
  const dir = checked.path;
  const zones = /* @__PURE__ */ new Set();
  for (const f of ctx.files) {
    if (!under2(f, dir)) continue;
    const rest = dir === "" ? f : f.slice(dir.length + 1);
    const parts = rest.split("/");
    if (parts.length === 1 && !p.disableZonefile && rest.endsWith(".yaml")) {
      if (rest.split(".").length - 1 >= 2) zones.add(rest.slice(0, -4));
    }
    if (parts.length === 2 && p.splitExtension && parts[0].endsWith(p.splitExtension))
      zones.add(parts[0].slice(0, parts[0].length - p.splitExtension.length + 1));
  }
  return [...zones].sort();
}
async function loadZones(ctx) {
  const { config } = ctx;
  const explicit = config.zones.filter((z) => !z.key.startsWith("*"));
  const entries = explicit.map((entry) => ({
    name: entry.key,
    entry
  }));
  const claimed = new Set(explicit.map((z) => z.key));
  for (const entry of config.zones.filter((z) => z.key.startsWith("*"))) {
    const candidates = /* @__PURE__ */ new Set();
    for (const id of entry.sources) {
      const p = config.providers.get(id)?.yaml;
      if (!p) continue;
      const dir = providerDirectory(ctx, p);
      const holds = (d) => ctx.files.find((f) => under2(f, d));
      if (dir.ok && !holds(dir.path))
        ctx.problems.push({
          level: "error",
          message: directoryMessage(
            ctx,
            p,
            id,
            `zone ${entry.key} lists the zones of ${dir.path || "."}, which does not exist`,
            (d) => ctx.files.find((f) => under2(f, d) && ZONE_FILE_NAME.test(f.slice(d.length)))
          ),
          location: entry.location,
          code: "octodns/missing-directory"
        });
      for (const z of listZones(ctx, p)) candidates.add(z);
    }
    for (const name2 of [...candidates].sort()) {
      if (claimed.has(name2) || !matchesDynamic(entry, name2)) continue;
      claimed.add(name2);
      entries.push({ name: name2, entry });
    }
  }
  const allNames = entries.map((e) => canonicalName(e.name)).flatMap((r) => r.ok ? [r.name] : []);
  const out = [];
  const byName = /* @__PURE__ */ new Map();
  for (const { name: name2, entry } of entries) {
    if (entry.alias || ctx.budget.exceeded !== void 0) continue;
    const zone = await loadZone(ctx, name2, entry, allNames);
    out.push(zone);
    byName.set(zone.name, zone);
  }
  for (const { name: name2, entry } of entries) {
    if (!entry.alias || ctx.budget.exceeded !== void 0) continue;
    out.push(aliasZone(ctx, name2, entry, byName));
  }
  return out;
}
function matchesDynamic(entry, name2) {
  if (entry.glob) return globToRegExp2(entry.glob).test(name2);
  if (entry.regex) {
    try {
      return new RegExp(entry.regex).test(name2);
    } catch {
      return false;
    }
  }
  return true;
}
function globToRegExp2(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[") {
      const end2 = glob.indexOf("]", i + 1);
      if (end2 < 0) re += "\\[";
      else {
        const body = glob.slice(i + 1, end2).replace(/\\/g, "\\\\");
        re += `[${body.startsWith("!") ? `^${body.slice(1)}` : body}]`;
        i = end2;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "s");
}
function thresholds(entry, targets) {
  const strictest = (per, dflt) => targets.length > 0 ? Math.min(...targets.map((t) => per(t) ?? dflt)) : dflt;
  return {
    updatePercent: entry.updatePercent ?? strictest((p) => p.updatePercent, OCTODNS_DEFAULT_THRESHOLDS.updatePercent),
    deletePercent: entry.deletePercent ?? strictest((p) => p.deletePercent, OCTODNS_DEFAULT_THRESHOLDS.deletePercent),
    minExisting: OCTODNS_DEFAULT_THRESHOLDS.minExisting
  };
}
async function loadZone(ctx, rawName, entry, allZones) {
  const diagnostics = [];
  const canon = canonicalName(rawName);
  const name2 = canon.ok ? canon.name : rawName.toLowerCase();
  if (!canon.ok)
    diagnostics.push({
      level: "error",
      message: `invalid zone name ${rawName}: ${canon.message}`,
      location: entry.location,
      code: "octodns/config"
    });
  const subzones = allZones.filter((z) => z !== name2 && z.endsWith(`.${name2}`));
  const records = /* @__PURE__ */ new Map();
  const unmanaged = [];
  const targets = entry.targets.flatMap((id) => {
    const p = ctx.config.providers.get(id);
    return p ? [p] : [];
  });
  for (const id of entry.sources) {
    const provider = ctx.config.providers.get(id);
    if (!provider) continue;
    if (!provider.yaml) {
      diagnostics.push({
        level: "warning",
        message: `zone ${rawName}: records from source "${id}" (${provider.class}) are not read; only YamlProvider sources are`,
        location: entry.location,
        code: "octodns/source-not-read"
      });
      continue;
    }
    const p = provider.yaml;
    const dir = providerDirectory(ctx, p);
    if (!dir.ok) {
      diagnostics.push({
        level: "error",
        message: `zone ${rawName}: directory of source "${id}": ${dir.message}`,
        location: provider.location,
        code: "octodns/config"
      });
      continue;
    }
    const sources = zoneSources(ctx, p, dir.path, rawName, name2);
    if (sources.length === 0 && !p.ignoreMissingZones) {
      diagnostics.push({
        level: "error",
        message: directoryMessage(
          ctx,
          p,
          id,
          `no YAMLs found for ${rawName} in ${dir.path || "."}`,
          (d) => zoneSources(ctx, p, d, rawName, name2)[0]
        ),
        location: entry.location,
        code: "octodns/missing-zone-file"
      });
      continue;
    }
    for (const file of sources) {
      if (ctx.budget.exceeded !== void 0) break;
      const text2 = await ctx.tree.readText(file);
      ctx.read.add(file);
      if (text2 === void 0) continue;
      const loaded = await loadYaml(file, text2, {
        enforceOrder: p.enforceOrder ? p.orderMode : void 0,
        readInclude: includeReader(ctx.tree),
        budget: ctx.budget
      });
      if (!loaded.ok) {
        diagnostics.push(loaded.error);
        continue;
      }
      for (const f of loaded.doc.files) ctx.read.add(f);
      diagnostics.push(...loaded.doc.warnings);
      const result = readZoneFile(loaded.doc.root, {
        origin: name2,
        defaultTtl: p.defaultTtl,
        escapedSemicolons: p.escapedSemicolons,
        lenient: entry.lenient,
        subzones,
        ignoreSubzoneAdds: entry.ignoreSubzoneAdds,
        targets: entry.targets
      });
      diagnostics.push(...result.diagnostics);
      unmanaged.push(...result.unmanaged);
      for (const r of result.records) {
        if (!chargeRecords2(ctx, r.values.length, r.location, diagnostics)) break;
        const key2 = rrsetKey(r);
        const prev = records.get(key2);
        if (prev && !p.populateShouldReplace) {
          diagnostics.push({
            level: entry.lenient ? "warning" : "error",
            message: `duplicate record ${relativeName(r.name, name2)} ${r.type}, first defined at ${prev.location.file}:${prev.location.line}`,
            location: r.location,
            code: "octodns/duplicate-record"
          });
          continue;
        }
        records.set(key2, r);
      }
    }
  }
  const all = [...records.values()].map(
    (r) => makeRRset({
      name: r.name,
      type: r.type,
      ttl: r.ttl,
      values: r.values,
      options: r.options,
      location: r.location
    })
  );
  const filters = processorScope(
    [...ctx.config.globalProcessors, ...entry.processors, ...ctx.config.globalPostProcessors],
    ctx.config.processors,
    name2,
    entry.location
  );
  diagnostics.push(...filters.diagnostics);
  unmanaged.push(...filters.patterns);
  const filtered = [...filters.patterns, ...filters.sourceOnly];
  const rrsets = all.filter((r) => !filtered.some((p) => matchesPattern(p, r, name2)));
  const apexNs2 = { name: name2, type: "NS", values: [] };
  if (!rrsets.some((r) => r.name === name2 && r.type === "NS") && !unmanaged.some((p) => matchesPattern(p, apexNs2, name2)))
    unmanaged.push({
      name: "@",
      types: ["NS"],
      appliesTo: "live",
      source: "no root NS in the zone file",
      location: entry.location
    });
  const providers = targets.map((t) => ({ name: t.id, type: t.class }));
  return {
    name: name2,
    format: "octodns",
    rrsets,
    providers,
    unmanaged,
    thresholds: thresholds(entry, targets),
    location: entry.location,
    diagnostics
  };
}
function zoneSources(ctx, p, dir, rawName, idna) {
  const join = (f) => dir === "" ? f : `${dir}/${f}`;
  const out = [];
  const names = [.../* @__PURE__ */ new Set([rawName, idna])];
  if (p.splitExtension) {
    for (const n of names) {
      const splitDir = join(`${n.slice(0, -1)}${p.splitExtension}`);
      for (const f of ctx.files)
        if (f.startsWith(`${splitDir}/`) && !f.slice(splitDir.length + 1).includes("/") && f.endsWith(".yaml"))
          out.push(f);
    }
  }
  if (!p.disableZonefile) {
    const found = names.map((n) => join(`${n}yaml`)).filter((f) => ctx.fileSet.has(f));
    if (found[0]) out.push(found[0]);
  }
  if (p.sharedFilename) {
    const shared = join(p.sharedFilename);
    if (ctx.fileSet.has(shared)) out.push(shared);
  }
  return [...new Set(out)].sort();
}
function aliasZone(ctx, rawName, entry, byName) {
  const canon = canonicalName(rawName);
  const name2 = canon.ok ? canon.name : rawName;
  const sourceName = canonicalName(entry.alias);
  const source = sourceName.ok ? byName.get(sourceName.name) : void 0;
  const diagnostics = [];
  for (const r of source?.rrsets ?? [])
    if (!chargeRecords2(ctx, r.values.length, entry.location, diagnostics)) break;
  if (!source)
    diagnostics.push({
      level: "error",
      message: `Invalid alias zone ${rawName}: source zone ${entry.alias} does not exist or is an alias zone`,
      location: entry.location,
      code: "octodns/config"
    });
  const rehome = (n) => source ? n === source.name ? name2 : n.slice(0, -source.name.length) + name2 : n;
  const providers = entry.targets.flatMap((id) => {
    const p = ctx.config.providers.get(id);
    return p ? [{ name: p.id, type: p.class }] : [];
  });
  return {
    name: name2,
    format: "octodns",
    rrsets: (source?.rrsets ?? []).map((r) => ({ ...r, name: rehome(r.name) })),
    providers: providers.length > 0 ? providers : source?.providers ?? [],
    unmanaged: source?.unmanaged ?? [],
    thresholds: source?.thresholds ?? OCTODNS_DEFAULT_THRESHOLDS,
    location: entry.location,
    diagnostics
  };
}

// src/formats/octodns/write.ts
function formatOctodnsRecords(rrsets, zone, options = {}) {
  const byName = /* @__PURE__ */ new Map();
  const skipped = [];
  for (const r of rrsets) {
    if (octodnsTypeOf(r.type) === void 0) {
      skipped.push(`# ${r.name} ${r.type}: octoDNS has no record type for this`);
      continue;
    }
    if (!isInZone(r.name, zone)) {
      skipped.push(`# ${r.name} ${r.type}: outside ${zone}`);
      continue;
    }
    const rel = relativeName(r.name, zone);
    const key2 = rel === "@" ? "" : rel;
    const list2 = byName.get(key2) ?? [];
    list2.push(r);
    byName.set(key2, list2);
  }
  const entries = [...byName.entries()].sort(([a], [b]) => naturalCompare(a, b)).map(([name2, list2]) => {
    const records = list2.sort((a, b) => naturalCompare(octodnsTypeOf(a.type), octodnsTypeOf(b.type))).map((r) => recordOut(r, zone, options));
    return [name2, records.length === 1 ? records[0] : records];
  });
  const body = entries.length > 0 ? emit({ entries }, 0) : "{}\n";
  return `${skipped.map((s2) => `${s2}
`).join("")}${body}`;
}
function octodnsTypeOf(type) {
  if (type === "TYPE256") return "URI";
  return /^(?:A|AAAA|ALIAS|CAA|CNAME|DNAME|DS|HTTPS|LOC|MX|NAPTR|NS|OPENPGPKEY|PTR|SPF|SRV|SSHFP|SVCB|TLSA|TXT|URLFWD)$/.test(
    type
  ) ? type : void 0;
}
function sorted(entries) {
  return { entries: entries.sort(([a], [b]) => naturalCompare(a, b)) };
}
function recordOut(r, zone, options) {
  const type = octodnsTypeOf(r.type);
  const entries = [["type", type]];
  if (r.ttl !== options.defaultTtl) entries.push(["ttl", r.ttl]);
  const values = r.values.map((v) => valueOut(type, v, zone));
  if (SINGLE_VALUE_TYPES.has(type) || values.length === 1) entries.push(["value", values[0]]);
  else entries.push(["values", values]);
  for (const [key2, json] of Object.entries(r.options ?? {}))
    if (key2 === "dynamic" || key2 === "geo") entries.push([key2, fromJson(JSON.parse(json))]);
  return sorted(entries);
}
function fromJson(v) {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean")
    return v;
  if (Array.isArray(v)) return v.map(fromJson);
  return sorted(Object.entries(v).map(([k, x]) => [k, fromJson(x)]));
}
function valueOut(type, text2, zone) {
  const tokens = tokenizeRdata(text2);
  if ("error" in tokens) throw new Error(`not canonical ${type} rdata: ${text2}`);
  const t = (i) => tokens[i]?.text ?? "";
  const n = (i) => Number(t(i));
  const str4 = (i) => octets2(tokens[i]);
  switch (type) {
    case "A":
    case "AAAA":
    case "CNAME":
    case "ALIAS":
    case "DNAME":
    case "NS":
    case "PTR":
    case "OPENPGPKEY":
      return tokens.map((x) => x.text).join("");
    case "TXT":
    case "SPF":
      return tokens.map(octets2).join("").replace(/;/g, "\\;");
    case "MX":
      return sorted([
        ["preference", n(0)],
        ["exchange", t(1)]
      ]);
    case "SRV":
      return sorted([
        ["priority", n(0)],
        ["weight", n(1)],
        ["port", n(2)],
        ["target", t(3)]
      ]);
    case "CAA":
      return sorted([
        ["flags", n(0)],
        ["tag", t(1)],
        ["value", str4(2)]
      ]);
    case "DS":
      return sorted([
        ["key_tag", n(0)],
        ["algorithm", n(1)],
        ["digest_type", n(2)],
        [
          "digest",
          tokens.slice(3).map((x) => x.text).join("")
        ]
      ]);
    case "SSHFP":
      return sorted([
        ["algorithm", n(0)],
        ["fingerprint_type", n(1)],
        [
          "fingerprint",
          tokens.slice(2).map((x) => x.text).join("")
        ]
      ]);
    case "TLSA":
      return sorted([
        ["certificate_usage", n(0)],
        ["selector", n(1)],
        ["matching_type", n(2)],
        [
          "certificate_association_data",
          tokens.slice(3).map((x) => x.text).join("")
        ]
      ]);
    case "NAPTR":
      return sorted([
        ["order", n(0)],
        ["preference", n(1)],
        ["flags", str4(2)],
        ["service", str4(3)],
        ["regexp", str4(4)],
        ["replacement", t(5)]
      ]);
    case "LOC":
      return locOut(tokens);
    case "SVCB":
    case "HTTPS":
      return svcbOut(tokens);
    case "URLFWD":
      return sorted([
        ["path", str4(0)],
        ["target", str4(1)],
        ["code", n(2)],
        ["masking", n(3)],
        ["query", n(4)]
      ]);
    case "URI": {
      const hex = tokens.slice(2).map((x) => x.text).join("");
      const bytes = Buffer.from(hex, "hex");
      return sorted([
        ["priority", bytes.readUInt16BE(0)],
        ["weight", bytes.readUInt16BE(2)],
        ["target", bytes.subarray(4).toString("utf8")]
      ]);
    }
    default:
      throw new Error(`octoDNS has no ${type} records (${zone})`);
  }
}
function octets2(token2) {
  if (!token2) return "";
  const d = decodeEscapes(token2.text);
  if (typeof d !== "string") throw new Error(d.error);
  return d;
}
function locOut(tokens) {
  let i = 0;
  const angle = (dirs) => {
    const parts = [];
    while (i < tokens.length && !dirs.includes(tokens[i].text.toUpperCase()))
      parts.push(tokens[i++].text);
    const dir = tokens[i++]?.text.toUpperCase() ?? dirs[0];
    return { d: Number(parts[0] ?? 0), m: Number(parts[1] ?? 0), s: Number(parts[2] ?? 0), dir };
  };
  const lat = angle("NS");
  const lon = angle("EW");
  const metres = (dflt) => {
    const x = tokens[i++];
    return x ? Number(x.text.replace(/m$/i, "")) : dflt;
  };
  const altitude = metres(0);
  const size = metres(1);
  const hp = metres(1e4);
  const vp = metres(10);
  return sorted([
    ["lat_degrees", lat.d],
    ["lat_minutes", lat.m],
    ["lat_seconds", lat.s],
    ["lat_direction", lat.dir],
    ["long_degrees", lon.d],
    ["long_minutes", lon.m],
    ["long_seconds", lon.s],
    ["long_direction", lon.dir],
    ["altitude", altitude],
    ["size", size],
    ["precision_horz", hp],
    ["precision_vert", vp]
  ]);
}
var SVC_LISTS = /* @__PURE__ */ new Set(["alpn", "ipv4hint", "ipv6hint", "mandatory"]);
function svcbOut(tokens) {
  const params = [];
  for (let i = 2; i < tokens.length; i++) {
    const tok = tokens[i];
    const eq = tok.text.indexOf("=");
    if (eq < 0) {
      params.push([tok.text, null]);
      continue;
    }
    const key2 = tok.text.slice(0, eq);
    let raw = tok.text.slice(eq + 1);
    if (raw === "" && tokens[i + 1]?.quoted) raw = tokens[++i].text;
    const value = octets2({ text: raw, quoted: false });
    if (SVC_LISTS.has(key2)) params.push([key2, splitUnescapedCommas(value)]);
    else if (key2 === "port") params.push([key2, Number(value)]);
    else params.push([key2, value]);
  }
  const entries = [
    ["svcpriority", Number(tokens[0]?.text)],
    ["targetname", tokens[1]?.text ?? "."]
  ];
  if (params.length > 0) entries.push(["svcparams", sorted(params)]);
  return sorted(entries);
}
function splitUnescapedCommas(s2) {
  const out = [];
  let cur = "";
  for (let i = 0; i < s2.length; i++) {
    if (s2[i] === "\\" && i + 1 < s2.length) cur += s2[++i];
    else if (s2[i] === ",") {
      out.push(cur);
      cur = "";
    } else cur += s2[i];
  }
  out.push(cur);
  return out;
}
function scalar2(v) {
  if (v === null) return "null";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const plain = /^[A-Za-z0-9_./][A-Za-z0-9_./+=@-]*$/.test(v) && resolvePlainScalar(v).type === "str" && !/^\d{4}-\d\d?-\d\d?/.test(v) && v !== "<<" && v !== "=";
  if (plain) return v;
  if (!/[\x00-\x1f\x7f]/.test(v)) return `'${v.replace(/'/g, "''")}'`;
  let out = "";
  for (const ch of v) {
    const c = ch.codePointAt(0);
    if (ch === "\\" || ch === '"') out += `\\${ch}`;
    else if (c < 32 || c === 127) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return `"${out}"`;
}
function isCollection(v) {
  return Array.isArray(v) || typeof v === "object" && v !== null;
}
function emit(v, indent) {
  const pad = " ".repeat(indent);
  if (Array.isArray(v)) {
    if (v.length === 0) return `${pad}[]
`;
    return v.map((item) => {
      if (!isCollection(item)) return `${pad}- ${scalar2(item)}
`;
      const inner = emit(item, indent + 2);
      return `${pad}- ${inner.slice(indent + 2)}`;
    }).join("");
  }
  if (typeof v === "object" && v !== null) {
    if (v.entries.length === 0) return `${pad}{}
`;
    return v.entries.map(([k, x]) => {
      if (!isCollection(x)) return `${pad}${scalar2(k)}: ${scalar2(x)}
`;
      return `${pad}${scalar2(k)}:
${emit(x, indent + 2)}`;
    }).join("");
  }
  return `${pad}${scalar2(v)}
`;
}

// src/formats/octodns/format.ts
var ZONE_FILE = /(^|\/)[^/]+\.[^/]+\.yaml$/;
var SPLIT_DIR = /(^|\/)[^/]+\.[^/]+\.\/[^/]+\.yaml$/;
var octodnsFormat = {
  id: "octodns",
  // YAML files outside hidden folders (`.github/`), as configs are looked for.
  mayRead: (path) => yamlFiles([path], "").length > 0,
  detect(files, path) {
    const dir = path.replace(/\/+$/, "");
    const inside = dir === "" ? files : files.filter((f) => f.startsWith(`${dir}/`));
    const yaml = yamlFiles(inside, dir);
    return yaml.some((f) => !ZONE_FILE.test(f)) && yaml.some((f) => ZONE_FILE.test(f) || SPLIT_DIR.test(f));
  },
  load: loadOctodns,
  write: {
    fenceLanguage: "yaml",
    lineComment: "#",
    editUnit: "name",
    zoneLocation: (zone) => `the YamlProvider zone file of ${zone}`,
    // Without options: a snippet spells out every TTL rather than assume the zone's default.
    records: (rrsets, zone) => formatOctodnsRecords(rrsets, zone)
  }
};

// src/formats/terraform/load.ts
import { posix as posix5 } from "node:path";

// src/formats/terraform/credentials.ts
var CREDENTIAL_ARGUMENTS = {
  cloudflare: ["api_token", "api_key", "email", "api_user_service_key"],
  aws: ["access_key", "secret_key", "token"],
  google: ["credentials", "access_token"],
  azurerm: ["client_secret", "client_certificate_password", "client_id"],
  digitalocean: ["token", "spaces_access_id", "spaces_secret_key"],
  ovh: ["application_key", "application_secret", "consumer_key"]
};
function providerCredentials(files, inputs, varTexts) {
  const defaults = /* @__PURE__ */ new Map();
  for (const f of files)
    for (const b of f.body.blocks)
      if (b.type === "variable" && b.labels[0]) {
        const d = b.body.attributes.get("default");
        if (d) defaults.set(b.labels[0], d.value);
      }
  const out = [];
  for (const f of files)
    for (const b of f.body.blocks) {
      const type = b.labels[0];
      if (b.type !== "provider" || !type || !CREDENTIAL_ARGUMENTS[type]) continue;
      const alias = b.body.attributes.get("alias")?.value;
      const aliasText = alias?.kind === "literal" ? String(alias.value) : void 0;
      const fields = [];
      for (const key2 of CREDENTIAL_ARGUMENTS[type]) {
        const a = b.body.attributes.get(key2);
        if (!a) continue;
        const held = heldInRepo(a.value, inputs, defaults, varTexts);
        fields.push({ key: key2, literal: held !== void 0, location: held ?? a.at });
      }
      if (fields.length === 0) continue;
      out.push({
        provider: aliasText ? `${type}.${aliasText}` : type,
        type,
        location: b.at,
        fields
      });
    }
  return out;
}
function heldInRepo(e, inputs, defaults, varTexts) {
  if (e.kind === "literal") return typeof e.value === "string" && e.value !== "" ? e.at : void 0;
  if (e.kind === "template") return e.parts.every((p) => typeof p === "string") ? e.at : void 0;
  if (e.kind === "call" && e.name === "file") return e.at;
  if (e.kind === "reference" && e.root === "var" && e.steps[0]?.kind === "attr") {
    const name2 = e.steps[0].name;
    if (inputs.has(name2)) {
      const v = inputs.get(name2);
      if (typeof v !== "string" || v === "") return void 0;
      for (const [file, text2] of varTexts) {
        const m = new RegExp(`^\\s*"?${name2}"?\\s*[=:]`, "m").exec(text2);
        if (m) return { file, line: lineColumnIndex(text2)(m.index).line };
      }
      return e.at;
    }
    const d = defaults.get(name2);
    if (d) return heldInRepo(d, /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map());
  }
  return void 0;
}

// src/formats/terraform/values.ts
var Unknown = class {
  constructor(what, at, error = false) {
    this.what = what;
    this.at = at;
    this.error = error;
  }
  what;
  at;
  error;
};
var ZoneRef = class {
  constructor(zone, written) {
    this.zone = zone;
    this.written = written;
  }
  zone;
  written;
};
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof ZoneRef);
}
function isList(v) {
  return Array.isArray(v);
}
function firstUnknown(v) {
  if (v instanceof Unknown) return v;
  if (isList(v)) {
    for (const x of v) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  } else if (isObject(v))
    for (const x of Object.values(v)) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  return void 0;
}
function asString(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  return void 0;
}
function asNumber(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return void 0;
}

// src/formats/terraform/evaluate.ts
function withNames(scope, names) {
  return { ...scope, names: new Map([...scope.names, ...names]) };
}
var unknown = (e, why) => new Unknown(why ?? e.text, e.at);
var failure = (e, why) => new Unknown(why, e.at, true);
function evaluate(e, scope) {
  switch (e.kind) {
    case "literal":
      return e.value;
    case "template": {
      let out = "";
      for (const p of e.parts) {
        if (typeof p === "string") {
          out += p;
          continue;
        }
        const v = evaluate(p, scope);
        if (v instanceof Unknown) return v;
        if (v instanceof ZoneRef) return unknown(p, `${p.text} (a zone's computed id)`);
        const s2 = asString(v);
        if (s2 === void 0) return unknown(p, `${p.text} is not a string`);
        out += s2;
      }
      const only = e.parts.length === 1 && typeof e.parts[0] !== "string" ? e.parts[0] : void 0;
      return only ? evaluate(only, scope) : out;
    }
    case "tuple":
      return e.items.map((i) => evaluate(i, scope));
    case "object": {
      const out = {};
      for (const { key: key2, value } of e.items) {
        const k = evaluate(key2, scope);
        const ks = asString(k);
        if (ks === void 0) return unknown(key2);
        out[ks] = evaluate(value, scope);
      }
      return out;
    }
    case "reference":
      return reference(e, scope);
    case "call":
      return call2(e, scope);
    case "conditional": {
      const c = evaluate(e.condition, scope);
      if (typeof c !== "boolean") return c instanceof Unknown ? c : unknown(e.condition);
      return evaluate(c ? e.whenTrue : e.whenFalse, scope);
    }
    case "for":
      return forExpr(e, scope);
    case "unary": {
      const v = evaluate(e.operand, scope);
      if (v instanceof Unknown) return v;
      if (e.op === "-" && typeof v === "number") return -v;
      if (e.op === "!" && typeof v === "boolean") return !v;
      return unknown(e);
    }
    case "binary":
      return binary(e, scope);
    default:
      return unknown(e, `${e.text} (an expression static reading does not evaluate)`);
  }
}
function step(v, key2, e, computed = false) {
  if (v instanceof Unknown) return v;
  if (key2 instanceof Unknown) return key2;
  if (isList(v)) {
    const i = asNumber(key2);
    return i !== void 0 && Number.isInteger(i) && i >= 0 && i < v.length ? v[i] : failure(e, `${e.text} (no such element)`);
  }
  if (isObject(v)) {
    const k = asString(key2);
    if (k !== void 0 && Object.hasOwn(v, k)) return v[k];
    return computed ? unknown(e, `${e.text} (known only after apply)`) : failure(e, `${e.text} (no such key)`);
  }
  return unknown(e);
}
function reference(e, scope) {
  const steps = [...e.steps];
  const attr = () => {
    const s2 = steps.shift();
    return s2?.kind === "attr" ? s2.name : void 0;
  };
  let v;
  let resource = false;
  if (scope.names.has(e.root)) v = scope.names.get(e.root);
  else if (e.root === "var") {
    const name2 = attr();
    v = name2 === void 0 ? void 0 : scope.variable(name2);
    if (v === void 0) return unknown(e, `${e.text} (no value given)`);
  } else if (e.root === "local") {
    const name2 = attr();
    if (name2 === void 0) return unknown(e);
    v = scope.local(name2, e);
  } else if (e.root === "each" || e.root === "count") {
    return unknown(e, `${e.text} (outside a for_each or count)`);
  } else if (e.root === "module") {
    const name2 = attr();
    const output = attr();
    if (name2 === void 0 || output === void 0 || !scope.moduleOutput) return unknown(e);
    const mod = scope.moduleOutput(name2, e);
    v = mod === void 0 ? void 0 : step(mod, output, e);
  } else if (e.root === "data") {
    const type = attr();
    const name2 = attr();
    if (type === void 0 || name2 === void 0) return unknown(e);
    v = scope.resource("data", type, name2, e);
    resource = true;
  } else if (e.root === "path" || e.root === "terraform" || e.root === "self") {
    return unknown(e);
  } else {
    const name2 = attr();
    if (name2 === void 0) return unknown(e);
    v = scope.resource("managed", e.root, name2, e);
    resource = true;
  }
  if (v === void 0) return unknown(e, `${e.text} (not declared in this module)`);
  for (const s2 of steps) {
    if (s2.kind === "splat") {
      if (isList(v)) continue;
      return unknown(e);
    }
    if (isList(v) && s2.kind === "attr" && e.steps.some((x) => x.kind === "splat")) {
      const name2 = s2.name;
      v = v.map((item) => step(item, name2, e));
      continue;
    }
    v = step(v, s2.kind === "attr" ? s2.name : evaluate(s2.key, scope), e, resource);
  }
  return v;
}
function forExpr(e, scope) {
  const coll = evaluate(e.collection, scope);
  if (coll instanceof Unknown) return coll;
  const entries = isList(coll) ? coll.map((v, i) => [i, v]) : isObject(coll) ? Object.entries(coll) : [];
  if (!isList(coll) && !isObject(coll)) return unknown(e.collection);
  const list2 = [];
  const obj = {};
  for (const [k, v] of entries) {
    const names = /* @__PURE__ */ new Map([[e.valueVar, v]]);
    if (e.keyVar) names.set(e.keyVar, k);
    const inner = withNames(scope, names);
    if (e.condition) {
      const c = evaluate(e.condition, inner);
      if (c instanceof Unknown) return c;
      if (c !== true) continue;
    }
    const value = evaluate(e.value, inner);
    if (!e.key) {
      list2.push(value);
      continue;
    }
    const key2 = asString(evaluate(e.key, inner));
    if (key2 === void 0) return unknown(e.key);
    if (e.grouped) obj[key2] = [...obj[key2] ?? [], value];
    else obj[key2] = value;
  }
  return e.key ? obj : list2;
}
function binary(e, scope) {
  const l = evaluate(e.left, scope);
  if (e.op === "&&" && l === false) return false;
  if (e.op === "||" && l === true) return true;
  const r = evaluate(e.right, scope);
  if (l instanceof Unknown) return l;
  if (r instanceof Unknown) return r;
  if (e.op === "==") return JSON.stringify(l) === JSON.stringify(r);
  if (e.op === "!=") return JSON.stringify(l) !== JSON.stringify(r);
  if (e.op === "&&" || e.op === "||")
    return typeof l === "boolean" && typeof r === "boolean" ? e.op === "&&" ? l && r : l || r : unknown(e);
  const a = asNumber(l);
  const b = asNumber(r);
  if (a === void 0 || b === void 0) return unknown(e);
  switch (e.op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "%":
      return a % b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    default:
      return unknown(e);
  }
}
var str2 = (v) => asString(v);
var FUNCTIONS = {
  lower: ([s2], e) => str2(s2) !== void 0 ? str2(s2).toLowerCase() : unknown(e),
  upper: ([s2], e) => str2(s2) !== void 0 ? str2(s2).toUpperCase() : unknown(e),
  trimspace: ([s2], e) => str2(s2) !== void 0 ? str2(s2).trim() : unknown(e),
  trimsuffix: ([s2, x], e) => {
    const a = str2(s2);
    const b = str2(x);
    return a === void 0 || b === void 0 ? unknown(e) : b && a.endsWith(b) ? a.slice(0, -b.length) : a;
  },
  trimprefix: ([s2, x], e) => {
    const a = str2(s2);
    const b = str2(x);
    return a === void 0 || b === void 0 ? unknown(e) : a.startsWith(b) ? a.slice(b.length) : a;
  },
  join: ([sep, ...lists], e) => {
    const parts = lists.flatMap((l) => isList(l) ? l : [l]);
    const ss = parts.map(str2);
    return str2(sep) === void 0 || ss.some((s2) => s2 === void 0) ? unknown(e) : ss.join(str2(sep));
  },
  split: ([sep, s2], e) => str2(sep) === void 0 || str2(s2) === void 0 ? unknown(e) : str2(s2).split(str2(sep)),
  concat: (lists, e) => lists.every(isList) ? lists.flat() : unknown(e),
  merge: (objs, e) => objs.every(isObject) ? Object.assign({}, ...objs) : unknown(e),
  lookup: ([m, k, d], e) => isObject(m) && str2(k) !== void 0 ? Object.hasOwn(m, str2(k)) ? m[str2(k)] : d !== void 0 ? d : unknown(e) : unknown(e),
  tostring: ([v], e) => str2(v) ?? unknown(e),
  tonumber: ([v], e) => asNumber(v) ?? unknown(e),
  tolist: ([v], e) => isList(v) ? v : unknown(e),
  toset: ([v], e) => isList(v) ? [...new Set(v.map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x)) : unknown(e),
  tomap: ([v], e) => isObject(v) ? v : unknown(e),
  length: ([v], e) => isList(v) ? v.length : isObject(v) ? Object.keys(v).length : typeof v === "string" ? [...v].length : unknown(e),
  keys: ([v], e) => isObject(v) ? Object.keys(v).sort() : unknown(e),
  values: ([v], e) => isObject(v) ? Object.keys(v).sort().map((k) => v[k]) : unknown(e),
  coalesce: (vs, e) => vs.find((v) => v !== null && v !== "") ?? unknown(e),
  flatten: ([v], e) => {
    const flat = (x) => isList(x) ? x.flatMap(flat) : [x];
    return isList(v) ? flat(v) : unknown(e);
  },
  format: ([f, ...args], e) => {
    const fmt = str2(f);
    if (fmt === void 0) return unknown(e);
    let i = 0;
    let bad = false;
    const out = fmt.replace(/%(%|s|d|v)/g, (_m, c) => {
      if (c === "%") return "%";
      const s2 = str2(args[i++]);
      if (s2 === void 0) bad = true;
      return s2 ?? "";
    });
    return bad || /%[^%sdv]/.test(fmt.replace(/%%/g, "")) ? unknown(e) : out;
  }
};
function call2(e, scope) {
  if (e.name === "try") {
    let last = unknown(e);
    for (const a of e.args) {
      const v = evaluate(a, scope);
      if (!(v instanceof Unknown) || !v.error) return v;
      last = v;
    }
    return last;
  }
  const fn = FUNCTIONS[e.name];
  if (!fn) return unknown(e, `${e.text} (function ${e.name}() is not evaluated statically)`);
  const args = e.args.map((a) => evaluate(a, scope));
  const u = args.find((a) => a instanceof Unknown);
  if (u) return u;
  if (args.some((a) => a instanceof ZoneRef)) return unknown(e);
  return fn(args, e);
}

// src/formats/terraform/hcl.ts
var parser;
function hclParser() {
  parser ??= (async () => {
    const [{ Parser, Language }, { hclWasm }] = await Promise.all([
      import("./web-tree-sitter-J2IXZRIN.js"),
      import("./hcl-wasm-5HOBOJIB.js")
    ]);
    const wasm = await hclWasm();
    await Parser.init({ wasmBinary: wasm.runtime });
    const p = new Parser();
    p.setLanguage(await Language.load(wasm.grammar));
    return p;
  })();
  return parser;
}
async function parseHcl(text2, file) {
  const p = await hclParser();
  const tree = p.parse(text2);
  if (!tree) return { ok: false, errors: [syntaxError(file, 1, 1, "the parser gave up")] };
  try {
    const root = tree.rootNode;
    if (root.hasError) return { ok: false, errors: [firstError(root, file)] };
    const body = root.namedChildren.find((c) => c?.type === "body");
    return { ok: true, value: { file, body: body ? readBody(body, file) : emptyBody() } };
  } finally {
    tree.delete();
  }
}
function syntaxError(file, line, column, what) {
  return {
    level: "error",
    code: "terraform/syntax",
    message: `HCL syntax error: ${what} (terraform would refuse this file)`,
    location: { file, line, column }
  };
}
function firstError(root, file) {
  let found;
  const stack = [root];
  while (stack.length > 0 && !found) {
    const n = stack.pop();
    if (n.isError || n.isMissing) found = n;
    else for (const c of [...n.children].reverse()) if (c?.hasError || c?.isMissing) stack.push(c);
  }
  const at = found ?? root;
  const what = !found ? "unreadable input" : found.isMissing ? `expected ${found.type}` : `unexpected ${JSON.stringify(found.text.slice(0, 40))}`;
  return syntaxError(file, at.startPosition.row + 1, at.startPosition.column + 1, what);
}
function emptyBody() {
  return { attributes: /* @__PURE__ */ new Map(), blocks: [] };
}
function loc(n, file) {
  return { file, line: n.startPosition.row + 1, column: n.startPosition.column + 1 };
}
var MAX_BLOCK_DEPTH = 32;
function readBody(node, file, depth = 0) {
  if (depth > MAX_BLOCK_DEPTH) return emptyBody();
  const attributes = /* @__PURE__ */ new Map();
  const blocks = [];
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === "attribute") {
      const kids = c.namedChildren;
      const name2 = kids[0]?.text ?? "";
      const value = kids[1];
      attributes.set(name2, {
        name: name2,
        at: loc(c, file),
        value: value ? readExpr(value, file) : other(c, file)
      });
    } else if (c.type === "block") {
      const labels = [];
      let body = emptyBody();
      const kids = c.namedChildren;
      for (const part of kids.slice(1)) {
        if (part?.type === "string_lit") labels.push(unescapeQuoted(stringLitText(part)));
        else if (part?.type === "identifier") labels.push(part.text);
        else if (part?.type === "body") body = readBody(part, file, depth + 1);
      }
      blocks.push({ type: kids[0]?.text ?? "", labels, body, at: loc(c, file) });
    }
  }
  return { attributes, blocks };
}
function stringLitText(n) {
  return n.namedChildren.find((c) => c?.type === "template_literal")?.text ?? "";
}
function other(n, file) {
  return { kind: "other", at: loc(n, file), text: n.text };
}
function unescapeQuoted(s2) {
  return s2.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g, (_m, u4, u8, c) => {
    if (u4 || u8) return String.fromCodePoint(Number.parseInt(u4 ?? u8, 16));
    return { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" }[c] ?? `\\${c}`;
  }).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
var MAX_EXPR_DEPTH = 200;
var exprDepth = 0;
function readExpr(node, file) {
  if (exprDepth >= MAX_EXPR_DEPTH) return other(node, file);
  exprDepth++;
  try {
    if (node.type !== "expression") return readTerm([node], file, node);
    return readTerm(
      node.children.filter((c) => c !== null && c.type !== "comment"),
      file,
      node
    );
  } finally {
    exprDepth--;
  }
}
function readTerm(parts, file, whole) {
  const at = loc(whole, file);
  const text2 = whole.text;
  const first = parts[0];
  if (!first) return other(whole, file);
  if (first.type === "(") {
    const inner = parts[1];
    const rest2 = parts.slice(3);
    const base2 = inner ? readExpr(inner, file) : other(whole, file);
    return rest2.length === 0 ? base2 : withSteps(base2, rest2, file, whole);
  }
  const rest = parts.slice(1);
  if (first.type === "variable_expr") {
    const steps = readSteps(rest, file);
    if (!steps) return other(whole, file);
    return { kind: "reference", root: first.text, steps, at, text: text2 };
  }
  const base = readPrimary(first, file);
  return rest.length === 0 ? base : withSteps(base, rest, file, whole);
}
function withSteps(_base, _steps, file, whole) {
  return other(whole, file);
}
function readSteps(nodes, file) {
  const steps = [];
  for (const n of nodes) {
    if (n.type === "get_attr") steps.push({ kind: "attr", name: n.firstNamedChild?.text ?? "" });
    else if (n.type === "index") {
      const idx = n.firstNamedChild;
      if (idx?.type === "legacy_index")
        steps.push({
          kind: "index",
          key: {
            kind: "literal",
            value: Number(idx.text.slice(1)),
            at: loc(idx, file),
            text: idx.text
          }
        });
      else {
        const e = idx?.firstNamedChild;
        if (!e) return void 0;
        steps.push({ kind: "index", key: readExpr(e, file) });
      }
    } else if (n.type === "splat") steps.push({ kind: "splat" });
    else return void 0;
  }
  return steps;
}
function readPrimary(n, file) {
  const at = loc(n, file);
  const text2 = n.text;
  switch (n.type) {
    case "literal_value":
      return readPrimary(n.firstNamedChild ?? n, file);
    case "numeric_lit":
      return { kind: "literal", value: Number(text2), at, text: text2 };
    case "bool_lit":
      return { kind: "literal", value: text2 === "true", at, text: text2 };
    case "null_lit":
      return { kind: "literal", value: null, at, text: text2 };
    case "string_lit":
      return { kind: "literal", value: unescapeQuoted(stringLitText(n)), at, text: text2 };
    case "template_expr":
      return readTemplate(n.firstNamedChild ?? n, file);
    case "collection_value":
      return readPrimary(n.firstNamedChild ?? n, file);
    case "tuple":
      return {
        kind: "tuple",
        items: n.namedChildren.filter((c) => c?.type === "expression").map((c) => readExpr(c, file)),
        at,
        text: text2
      };
    case "object": {
      const items = [];
      for (const el of n.namedChildren) {
        if (el?.type !== "object_elem") continue;
        const [k, v] = el.namedChildren.filter((c) => c?.type === "expression");
        if (!k || !v) continue;
        const key2 = readExpr(k, file);
        const bare = key2.kind === "reference" && key2.steps.length === 0 ? { kind: "literal", value: key2.root, at: key2.at, text: key2.text } : key2;
        items.push({ key: bare, value: readExpr(v, file) });
      }
      return { kind: "object", items, at, text: text2 };
    }
    case "function_call": {
      const args = n.namedChildren.find((c) => c?.type === "function_arguments");
      if (args?.namedChildren.some((c) => c?.type === "ellipsis")) return other(n, file);
      return {
        kind: "call",
        name: n.firstNamedChild?.text ?? "",
        args: (args?.namedChildren ?? []).filter((c) => c?.type === "expression").map((c) => readExpr(c, file)),
        at,
        text: text2
      };
    }
    case "conditional": {
      const [c, t, e] = n.namedChildren.filter((x) => x?.type === "expression");
      if (!c || !t || !e) return other(n, file);
      return {
        kind: "conditional",
        condition: readExpr(c, file),
        whenTrue: readExpr(t, file),
        whenFalse: readExpr(e, file),
        at,
        text: text2
      };
    }
    case "for_expr":
      return readFor(n.firstNamedChild ?? n, file);
    case "operation": {
      const op = n.firstNamedChild;
      if (!op) return other(n, file);
      const children = op.children.filter((c) => c !== null && c.type !== "comment");
      const at2 = children.findIndex((c) => !c.isNamed);
      const symbol = children[at2]?.text ?? "";
      const before = children.slice(0, Math.max(at2, 0));
      const after = children.slice(at2 + 1);
      if (op.type === "unary_operation" && at2 === 0 && after.length > 0)
        return { kind: "unary", op: symbol, operand: readTerm(after, file, op), at, text: text2 };
      if (op.type === "binary_operation" && before.length > 0 && after.length > 0)
        return {
          kind: "binary",
          op: symbol,
          left: readOperand(before, file),
          right: readOperand(after, file),
          at,
          text: text2
        };
      return other(n, file);
    }
    default:
      return other(n, file);
  }
}
function readOperand(parts, file) {
  const first = parts[0];
  if (parts.length === 1) return readExpr(first, file);
  const e = readTerm(parts, file, first);
  const text2 = parts.map((p) => p.text).join("");
  return { ...e, text: text2 };
}
function readTemplate(n, file) {
  const at = loc(n, file);
  if (n.type === "heredoc_template") return readHeredoc(n, file);
  const parts = [];
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === "template_literal") parts.push(unescapeQuoted(c.text));
    else if (c.type === "template_interpolation") {
      const e = c.namedChildren.find((x) => x?.type === "expression");
      if (e) parts.push(readExpr(e, file));
    } else if (c.type === "template_directive") return other(n, file);
  }
  return { kind: "template", parts, at, text: n.text };
}
function readHeredoc(n, file) {
  const at = loc(n, file);
  const text2 = n.text;
  const bodyStart = text2.indexOf("\n") + 1;
  const bodyEnd = text2.lastIndexOf("\n") + 1;
  if (bodyStart <= 0 || bodyEnd < bodyStart) return other(n, file);
  const pieces = [];
  let from = bodyStart;
  for (const c of n.namedChildren) {
    if (c?.type === "template_directive") return other(n, file);
    if (c?.type !== "template_interpolation") continue;
    const e = c.namedChildren.find((x) => x?.type === "expression");
    const start = c.startIndex - n.startIndex;
    pieces.push(text2.slice(from, start));
    if (e) pieces.push(readExpr(e, file));
    from = c.endIndex - n.startIndex;
  }
  pieces.push(text2.slice(from, bodyEnd));
  const literal = (s2) => s2.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
  let parts = pieces.map((p) => typeof p === "string" ? literal(p) : p);
  if (/^<<-/.test(text2)) {
    const lineStarts = parts.filter((p) => typeof p === "string").flatMap((p, i) => p.split("\n").slice(i === 0 ? 0 : 1)).filter((l) => l.trim() !== "");
    const cut = Math.min(...lineStarts.map((l) => /^[ \t]*/.exec(l)[0].length), 1e9);
    parts = parts.map(
      (p, i) => typeof p === "string" ? p.split("\n").map(
        (l, j) => j === 0 && i !== 0 ? l : l.slice(Math.min(cut, /^[ \t]*/.exec(l)[0].length))
      ).join("\n") : p
    );
  }
  return { kind: "template", parts, at, text: text2 };
}
function readFor(n, file) {
  const at = loc(n, file);
  const intro = n.namedChildren.find((c) => c?.type === "for_intro");
  const exprs = n.namedChildren.filter((c) => c?.type === "expression");
  const cond = n.namedChildren.find((c) => c?.type === "for_cond");
  const names = (intro?.namedChildren ?? []).filter((c) => c?.type === "identifier");
  const coll = intro?.namedChildren.find((c) => c?.type === "expression");
  if (!intro || !coll || names.length === 0) return other(n, file);
  const object = n.type === "for_object_expr";
  const condExpr = cond?.namedChildren.find((c) => c?.type === "expression");
  return {
    kind: "for",
    keyVar: names.length > 1 ? names[0].text : void 0,
    valueVar: names.at(-1).text,
    collection: readExpr(coll, file),
    key: object && exprs[0] ? readExpr(exprs[0], file) : void 0,
    value: readExpr(object ? exprs[1] ?? exprs[0] : exprs[0], file),
    condition: condExpr ? readExpr(condExpr, file) : void 0,
    grouped: object && n.children.some((c) => c?.type === "ellipsis"),
    at,
    text: n.text
  };
}

// src/formats/terraform/module.ts
import { posix as posix4 } from "node:path";

// src/formats/terraform/zones.ts
function apexOf(text2) {
  const trimmed = text2.trim().replace(/\.$/, "");
  if (trimmed === "") return void 0;
  const n = canonicalName(`${trimmed}.`);
  return n.ok ? n.name : void 0;
}
function nameFrom(v) {
  if (v instanceof Unknown) return v;
  const s2 = asString(v);
  return s2 === void 0 ? void 0 : apexOf(s2);
}
function zoneIdentity(mode, type, attrs) {
  const found = (apex, ids) => apex === void 0 ? void 0 : { apex, idAttributes: ids };
  switch (type) {
    case "aws_route53_zone":
      return found(nameFrom(attrs["name"]), ["zone_id", "id"]);
    case "cloudflare_zone": {
      const filter = attrs["filter"];
      const filterName = isObject(filter) ? filter["name"] : isList(filter) && isObject(filter[0]) ? filter[0]["name"] : void 0;
      return found(nameFrom(attrs["zone"] ?? attrs["name"] ?? filterName), ["id", "zone_id"]);
    }
    case "google_dns_managed_zone":
      return mode === "managed" ? found(nameFrom(attrs["dns_name"]), ["id"]) : void 0;
    case "azurerm_dns_zone":
      return found(nameFrom(attrs["name"]), ["id"]);
    case "digitalocean_domain":
      return found(nameFrom(attrs["name"]), ["id", "urn"]);
    default:
      return void 0;
  }
}
var ZONE_RESOURCE_TYPES = /* @__PURE__ */ new Set([
  "aws_route53_zone",
  "cloudflare_zone",
  "google_dns_managed_zone",
  "azurerm_dns_zone",
  "digitalocean_domain"
]);

// src/formats/terraform/module.ts
var META = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle"]);
var SKIPPED_BLOCKS = /* @__PURE__ */ new Set(["lifecycle", "provisioner", "connection", "timeouts"]);
var MAX_DEPTH = 16;
var MAX_INSTANCES = 1e5;
function declarations(files) {
  const d = {
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    resources: /* @__PURE__ */ new Map(),
    modules: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map()
  };
  for (const f of files)
    for (const b of f.body.blocks) {
      const [a, c] = b.labels;
      if (b.type === "variable" && a) d.variables.set(a, b);
      else if (b.type === "locals")
        for (const [name2, attr] of b.body.attributes) d.locals.set(name2, attr.value);
      else if (b.type === "resource" && a && c) d.resources.set(`managed ${a} ${c}`, b);
      else if (b.type === "data" && a && c) d.resources.set(`data ${a} ${c}`, b);
      else if (b.type === "module" && a) d.modules.set(a, b);
      else if (b.type === "output" && a) {
        const v = b.body.attributes.get("value");
        if (v) d.outputs.set(a, v.value);
      }
    }
  return d;
}
function evaluateModule(mod, inputs, prefix, ctx, depth = 0, calling = []) {
  const d = declarations(mod.files);
  const localCache = /* @__PURE__ */ new Map();
  const resourceCache = /* @__PURE__ */ new Map();
  const childCache = /* @__PURE__ */ new Map();
  const busy = /* @__PURE__ */ new Set();
  const scope = {
    names: /* @__PURE__ */ new Map(),
    variable(name2) {
      if (inputs.has(name2)) return inputs.get(name2);
      const decl = d.variables.get(name2);
      const def = decl?.body.attributes.get("default");
      if (!decl) return void 0;
      return def ? evaluate(def.value, scope) : new Unknown(`var.${name2} (no value given)`, decl.at);
    },
    local(name2, at) {
      const cached = localCache.get(name2);
      if (cached !== void 0) return cached;
      const expr = d.locals.get(name2);
      if (!expr || busy.has(`local ${name2}`)) return new Unknown(at.text, at.at);
      busy.add(`local ${name2}`);
      const v = evaluate(expr, scope);
      busy.delete(`local ${name2}`);
      localCache.set(name2, v);
      return v;
    },
    resource(mode, type, name2, at) {
      const key2 = `${mode} ${type} ${name2}`;
      const block2 = d.resources.get(key2);
      if (!block2) return void 0;
      const cached = resourceCache.get(key2);
      if (cached !== void 0) return cached;
      if (busy.has(key2)) return new Unknown(at.text, at.at);
      busy.add(key2);
      const instances2 = expand2(block2, scope, mode, type, name2, prefix, ctx.warnings);
      busy.delete(key2);
      const asValue = (i) => referenceValue(i, mode, type);
      let v;
      if (instances2 instanceof Unknown) v = instances2;
      else if (!block2.body.attributes.has("count") && !block2.body.attributes.has("for_each"))
        v = instances2[0] ? asValue(instances2[0]) : new Unknown(at.text, at.at);
      else if (block2.body.attributes.has("count")) v = instances2.map(asValue);
      else v = Object.fromEntries(instances2.map((i) => [String(i.key), asValue(i)]));
      resourceCache.set(key2, v);
      return v;
    },
    moduleOutput(name2, at) {
      const child = children(name2);
      if (child instanceof Unknown || child === void 0) return child;
      const outputs = (m) => {
        const out = {};
        for (const o of declarations(
          ctx.module(childDir(d.modules.get(name2), mod.dir) ?? "")?.files ?? []
        ).outputs.keys())
          out[o] = m.output(o) ?? new Unknown(`${at.text}`, at.at);
        return out;
      };
      const block2 = d.modules.get(name2);
      if (block2.body.attributes.has("count")) return child.map(outputs);
      if (block2.body.attributes.has("for_each"))
        return Object.fromEntries(child.map((m, i) => [String(i), outputs(m)]));
      return child[0] ? outputs(child[0]) : void 0;
    }
  };
  function children(name2) {
    const cached = childCache.get(name2);
    if (cached !== void 0) return cached;
    const block2 = d.modules.get(name2);
    if (!block2) return void 0;
    const result = callModule(block2, name2);
    childCache.set(name2, result);
    return result;
  }
  function callModule(block2, name2) {
    const source = asString(
      block2.body.attributes.get("source") && evaluate(block2.body.attributes.get("source").value, scope)
    );
    const dir = childDir(block2, mod.dir);
    const files = dir === void 0 ? void 0 : ctx.module(dir);
    if (!files || depth >= MAX_DEPTH || dir !== void 0 && [...calling, mod.dir].includes(dir)) {
      ctx.warnings.push({
        level: "warning",
        code: "terraform/module",
        message: dir === void 0 ? `module "${name2}" (source ${JSON.stringify(source ?? "?")}) is not a local folder, so its resources are not read: any DNS records it manages are unknown to this review` : depth >= MAX_DEPTH ? `module "${name2}": modules nested more than ${MAX_DEPTH} deep are not read` : files ? `module "${name2}" calls ${dir || "."}, which is already being evaluated (a module cannot call itself)` : `module "${name2}": the folder ${dir || "."} holds no .tf files`,
        location: block2.at
      });
      return new Unknown(`module.${name2}`, block2.at);
    }
    const keys = instanceKeys(block2, scope, ctx.warnings, `module "${name2}"`);
    if (keys instanceof Unknown) return keys;
    return keys.map(({ key: key2, names }) => {
      const inner = withNames(scope, names);
      const childInputs = /* @__PURE__ */ new Map();
      for (const [arg, attr] of block2.body.attributes)
        if (!["source", "version", "count", "for_each", "providers", "depends_on"].includes(arg))
          childInputs.set(arg, evaluate(attr.value, inner));
      const address = `${prefix}module.${name2}${key2 === void 0 ? "" : indexText(key2)}.`;
      return evaluateModule(files, childInputs, address, ctx, depth + 1, [...calling, mod.dir]);
    });
  }
  const instances = [];
  for (const [key2, block2] of d.resources) {
    const [mode, type, name2] = key2.split(" ");
    const expanded = expand2(block2, scope, mode, type, name2, prefix, ctx.warnings);
    if (!(expanded instanceof Unknown)) instances.push(...expanded.map((e) => e.instance));
  }
  for (const name2 of d.modules.keys()) {
    const child = children(name2);
    if (Array.isArray(child)) for (const m of child) instances.push(...m.instances);
  }
  return {
    instances,
    output: (name2) => {
      const expr = d.outputs.get(name2);
      return expr ? evaluate(expr, scope) : void 0;
    }
  };
}
function childDir(block2, dir) {
  const source = block2.body.attributes.get("source")?.value;
  const text2 = source?.kind === "literal" && typeof source.value === "string" ? source.value : "";
  if (!/^\.\.?\//.test(text2)) return void 0;
  const joined = posix4.normalize(posix4.join(dir || ".", text2)).replace(/\/+$/, "");
  if (joined === ".." || joined.startsWith("../") || posix4.isAbsolute(joined)) return void 0;
  return joined === "." ? "" : joined;
}
function indexText(key2) {
  return typeof key2 === "number" ? `[${key2}]` : `[${JSON.stringify(key2)}]`;
}
function instanceKeys(block2, scope, warnings, what) {
  const count = block2.body.attributes.get("count");
  const forEach = block2.body.attributes.get("for_each");
  if (count) {
    const v = evaluate(count.value, scope);
    const n = asNumber(v);
    if (n === void 0 || !Number.isInteger(n) || n < 0) {
      const u = v instanceof Unknown ? v : new Unknown(count.value.text, count.at);
      warnings.push(unknownWarning(`${what}: count`, u, count.at));
      return u;
    }
    if (n > MAX_INSTANCES) {
      const u = new Unknown(`count = ${n}`, count.at);
      warnings.push({
        level: "warning",
        code: "terraform/too-many",
        message: `${what}: count = ${n} is more than the ${MAX_INSTANCES.toLocaleString("en-US")} instances this review expands`,
        location: count.at
      });
      return u;
    }
    return Array.from({ length: n }, (_, i) => ({
      key: i,
      names: /* @__PURE__ */ new Map([["count", { index: i }]])
    }));
  }
  if (forEach) {
    const v = evaluate(forEach.value, scope);
    const entries = isObject(v) ? Object.entries(v) : isList(v) && v.every((x) => typeof x === "string") ? v.map((s2) => [s2, s2]) : void 0;
    if (!entries || entries.some(([, x]) => x instanceof Unknown && isList(v))) {
      const u = v instanceof Unknown ? v : new Unknown(forEach.value.text, forEach.at);
      warnings.push(unknownWarning(`${what}: for_each`, u, forEach.at));
      return u;
    }
    return entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key2, value]) => ({
      key: key2,
      names: /* @__PURE__ */ new Map([["each", { key: key2, value }]])
    }));
  }
  return [{ key: void 0, names: /* @__PURE__ */ new Map() }];
}
function unknownWarning(what, u, at) {
  return {
    level: "warning",
    code: "terraform/unknown",
    message: `${what} depends on ${u.what}, which only running Terraform can know: the review cannot expand it`,
    location: u.at.line !== void 0 ? u.at : at
  };
}
function expand2(block2, scope, mode, type, name2, prefix, warnings) {
  const base = `${prefix}${mode === "data" ? "data." : ""}${type}.${name2}`;
  const keys = instanceKeys(block2, scope, warnings, base);
  if (keys instanceof Unknown) return keys;
  const providerExpr = block2.body.attributes.get("provider")?.value;
  const provider = providerExpr?.text ?? type.split("_")[0];
  return keys.map(({ key: key2, names }) => {
    const inner = withNames(scope, names);
    const attrAt = /* @__PURE__ */ new Map();
    for (const [n, a] of block2.body.attributes) attrAt.set(n, a.at);
    return {
      key: key2,
      instance: {
        mode,
        type,
        name: name2,
        address: `${base}${key2 === void 0 ? "" : indexText(key2)}`,
        attrs: bodyValue(block2.body, inner, warnings),
        at: block2.at,
        attrAt,
        provider
      }
    };
  });
}
function bodyValue(body, scope, warnings) {
  const out = {};
  for (const [n, a] of body.attributes) if (!META.has(n)) out[n] = evaluate(a.value, scope);
  for (const b of body.blocks) {
    if (SKIPPED_BLOCKS.has(b.type)) continue;
    if (b.type === "dynamic") {
      const label = b.labels[0];
      if (!label) continue;
      const items = dynamicItems(b, scope, warnings);
      out[label] = [...out[label] ?? [], ...items];
      continue;
    }
    out[b.type] = [
      ...out[b.type] ?? [],
      bodyValue(b.body, scope, warnings)
    ];
  }
  return out;
}
function dynamicItems(b, scope, warnings) {
  const label = b.labels[0];
  const forEach = b.body.attributes.get("for_each");
  const iterator = b.body.attributes.get("iterator")?.value.text ?? label;
  const content = b.body.blocks.find((x) => x.type === "content");
  const v = forEach ? evaluate(forEach.value, scope) : new Unknown(b.labels[0], b.at);
  const entries = isList(v) ? v.map((x, i) => [i, x]) : isObject(v) ? Object.entries(v) : void 0;
  if (!entries || !content) {
    const u = v instanceof Unknown ? v : new Unknown(forEach?.value.text ?? label, b.at);
    warnings.push(unknownWarning(`dynamic "${label}"`, u, b.at));
    return [u];
  }
  return entries.map(
    ([key2, value]) => bodyValue(content.body, withNames(scope, /* @__PURE__ */ new Map([[iterator, { key: key2, value }]])), warnings)
  );
}
function referenceValue(i, mode, type) {
  const attrs = { ...i.instance.attrs };
  const zone = zoneIdentity(mode, type, attrs);
  if (zone)
    for (const key2 of zone.idAttributes)
      attrs[key2] = zone.apex instanceof Unknown ? zone.apex : new ZoneRef(zone.apex, `${i.instance.address}.${key2}`);
  return attrs;
}

// src/formats/terraform/records.ts
var RECORD_RESOURCE_TYPES = new Map([
  ["cloudflare_record", "cloudflare"],
  ["cloudflare_dns_record", "cloudflare"],
  ["aws_route53_record", "aws"],
  ["google_dns_record_set", "google"],
  ...["a", "aaaa", "caa", "cname", "mx", "ns", "ptr", "srv", "txt"].map(
    (t) => [`azurerm_dns_${t}_record`, "azurerm"]
  ),
  ["digitalocean_record", "digitalocean"],
  ["ovh_domain_zone_record", "ovh"]
]);
function zoneHandle(v, text2) {
  if (v instanceof ZoneRef) return { kind: "apex", apex: v.zone, written: v.written };
  if (v instanceof Unknown) return { kind: "unknown", why: v };
  const s2 = asString(v);
  if (s2 !== void 0) return { kind: "id", id: s2, written: JSON.stringify(s2) };
  return { kind: "unknown", why: new Unknown(text2, { file: "" }) };
}
function domainHandle(v, text2) {
  if (v instanceof ZoneRef) return { kind: "apex", apex: v.zone, written: v.written };
  if (v instanceof Unknown) return { kind: "unknown", why: v };
  const s2 = asString(v);
  const apex = s2 === void 0 ? void 0 : apexOf(s2);
  return apex ? { kind: "apex", apex, written: JSON.stringify(apex.slice(0, -1)) } : { kind: "unknown", why: new Unknown(text2, { file: "" }) };
}
function relativeOwner(name2) {
  return (apex) => {
    const n = name2.trim().replace(/\.$/, "").toLowerCase();
    const zone = apex.slice(0, -1);
    if (n === "" || n === "@" || n === zone) return apex;
    if (n.endsWith(`.${zone}`)) return `${n}.`;
    return `${n}.${apex}`;
  };
}
function route53Owner(name2) {
  return (apex) => {
    const n = name2.trim().replace(/\.$/, "").toLowerCase();
    const zone = apex.slice(0, -1);
    if (n === "") return apex;
    return n.endsWith(zone) ? `${n}.` : `${n}.${apex}`;
  };
}
var absolute = (s2) => s2.endsWith(".") ? s2 : `${s2}.`;
var quote3 = (s2) => quoteOctets(Buffer.from(s2, "utf8").toString("latin1"));
function num(o, key2) {
  const v = o[key2];
  if (v instanceof Unknown) return v;
  return asNumber(v);
}
function str3(o, key2) {
  const v = o[key2];
  if (v instanceof Unknown) return v;
  return asString(v);
}
function nested(o, key2) {
  const v = o[key2];
  if (v instanceof Unknown) return v;
  if (isObject(v)) return v;
  if (isList(v) && v.length > 0)
    return v[0] instanceof Unknown ? v[0] : isObject(v[0]) ? v[0] : void 0;
  return void 0;
}
function missing(r, what) {
  return { problem: `${r.address}: ${what}`, at: r.at };
}
function presentation(parts, r, what) {
  const u = parts.find((p) => p instanceof Unknown);
  if (u) return u;
  if (parts.some((p) => p === void 0))
    return new Unknown(`${r.address}.${what} (not given)`, r.at);
  return parts.join(" ");
}
function typeOf(v) {
  if (v instanceof Unknown) return v;
  const s2 = asString(v);
  return s2 === void 0 ? void 0 : parseRecordType(s2);
}
function mapRecord(r) {
  switch (RECORD_RESOURCE_TYPES.get(r.type)) {
    case "cloudflare":
      return cloudflare(r);
    case "aws":
      return route53(r);
    case "google":
      return google(r);
    case "azurerm":
      return azure(r);
    case "digitalocean":
      return digitalocean(r);
    case "ovh":
      return ovh(r);
    default:
      return { records: [] };
  }
}
function known(r, name2, type) {
  if (name2 instanceof Unknown || type instanceof Unknown)
    return {
      problem: `${r.address}: its ${name2 instanceof Unknown ? "name" : "type"} depends on ${(name2 instanceof Unknown ? name2 : type).what}, which only running Terraform can know, so the review cannot place this record`,
      at: r.at
    };
  if (name2 === void 0) return missing(r, "no name");
  if (type === void 0) return missing(r, "no record type this review knows");
  return { name: name2, type };
}
function ttlOf(r, fallback) {
  const t = asNumber(r.attrs["ttl"]);
  return t !== void 0 && Number.isInteger(t) && t >= 0 ? t : fallback;
}
function cloudflare(r) {
  const a = r.attrs;
  const id = known(r, str3(a, "name"), typeOf(a["type"]));
  if ("problem" in id || "records" in id) return id;
  const { name: name2, type } = id;
  const data = nested(a, "data");
  const content = str3(a, "content") ?? str3(a, "value");
  const priority = num(a, "priority");
  let value;
  if (data instanceof Unknown) value = data;
  else if (data) {
    const n = (k) => num(data, k);
    const s2 = (k) => str3(data, k);
    switch (type) {
      case "SRV":
        value = presentation(
          [n("priority") ?? priority, n("weight"), n("port"), mapName(s2("target"))],
          r,
          "data"
        );
        break;
      case "CAA": {
        const v = s2("value") ?? s2("content");
        value = presentation(
          [n("flags") ?? 0, s2("tag"), v instanceof Unknown || v === void 0 ? v : quote3(v)],
          r,
          "data"
        );
        break;
      }
      case "TLSA":
        value = presentation(
          [n("usage"), n("selector"), n("matching_type"), s2("certificate")],
          r,
          "data"
        );
        break;
      case "SSHFP":
        value = presentation([n("algorithm"), n("type"), s2("fingerprint")], r, "data");
        break;
      case "DS":
        value = presentation(
          [n("key_tag"), n("algorithm"), n("digest_type"), s2("digest")],
          r,
          "data"
        );
        break;
      case "LOC":
        value = new Unknown(`${r.address}.data (LOC)`, r.at);
        break;
      case "HTTPS":
      case "SVCB":
        value = presentation([n("priority"), mapName(s2("target")), s2("value")], r, "data");
        break;
      default:
        value = presentation([content], r, "content");
    }
  } else if (type === "MX") value = presentation([priority, mapName(content)], r, "priority");
  else if (type === "TXT" || type === "SPF")
    value = content instanceof Unknown || content === void 0 ? presentation([content], r, "content") : txtPresentation(content);
  else if (type === "CNAME" || type === "NS" || type === "PTR")
    value = presentation([mapName(content)], r, "content");
  else value = presentation([content], r, "content");
  const proxied = a["proxied"];
  return {
    records: [
      {
        resource: r,
        zone: zoneHandle(a["zone_id"], `${r.address}.zone_id`),
        owner: relativeOwner(name2),
        type,
        // v4 leaves ttl to the API (1, automatic, when unset); v5 requires it.
        ttl: ttlOf(r, 1),
        values: value instanceof Unknown ? value : [value],
        ...proxied === true ? { options: { cloudflare_proxy: "on" } } : {}
      }
    ]
  };
}
function mapName(v) {
  return typeof v === "string" ? absolute(v) : v;
}
function route53Txt(v) {
  return v.split('""').map((p) => quote3(p)).join(" ");
}
var ROUTING = [
  "weighted_routing_policy",
  "latency_routing_policy",
  "failover_routing_policy",
  "geolocation_routing_policy",
  "geoproximity_routing_policy",
  "cidr_routing_policy"
];
function route53(r) {
  const a = r.attrs;
  const id = known(r, str3(a, "name"), typeOf(a["type"]));
  if ("problem" in id || "records" in id) return id;
  const { name: name2, type } = id;
  const alias = nested(a, "alias");
  const setId = str3(a, "set_identifier");
  let routing;
  if (setId !== void 0 && setId !== "") {
    const policy = ROUTING.map((p) => [p, nested(a, p)]).find(([, v]) => v !== void 0);
    const policyText = policy ? `${policy[0].replace(/_routing_policy$/, "")} ${policy[1] instanceof Unknown ? "?" : JSON.stringify(policy[1])}` : a["multivalue_answer_routing_policy"] === true ? "multivalue" : "none";
    routing = { id: setId instanceof Unknown ? "?" : setId, policy: policyText };
  }
  const zone = zoneHandle(a["zone_id"], `${r.address}.zone_id`);
  if (alias !== void 0) {
    const target2 = alias instanceof Unknown ? alias : str3(alias, "name");
    const targetZone = alias instanceof Unknown ? void 0 : str3(alias, "zone_id");
    const value = target2 instanceof Unknown || target2 === void 0 ? target2 ?? new Unknown(`${r.address}.alias.name`, r.at) : `${type} ${absolute(target2.toLowerCase())}`;
    const options = {};
    if (typeof targetZone === "string") options["r53_zone_id"] = targetZone;
    if (!(alias instanceof Unknown) && alias["evaluate_target_health"] !== void 0)
      options["r53_evaluate_target_health"] = String(alias["evaluate_target_health"]);
    return {
      records: [
        {
          resource: r,
          zone,
          owner: route53Owner(name2),
          type: "R53_ALIAS",
          // Route 53 answers an alias with the target's TTL; the model keeps 60, as the docs say.
          ttl: 60,
          values: value instanceof Unknown ? value : [value],
          ...Object.keys(options).length ? { options } : {},
          ...routing ? { routing } : {}
        }
      ]
    };
  }
  const records = a["records"];
  let values;
  const u = firstUnknown(records);
  if (u) values = u;
  else if (!isList(records)) values = new Unknown(`${r.address}.records (not given)`, r.at);
  else
    values = records.map((v) => {
      const s2 = asString(v) ?? "";
      if (type === "TXT" || type === "SPF") return route53Txt(s2);
      if (type === "CNAME" || type === "NS" || type === "PTR") return absolute(s2);
      return s2;
    });
  return {
    records: [
      {
        resource: r,
        zone,
        owner: route53Owner(name2),
        type,
        ttl: ttlOf(r, 300),
        values,
        ...routing ? { routing } : {}
      }
    ]
  };
}
function google(r) {
  const a = r.attrs;
  const id = known(r, str3(a, "name"), typeOf(a["type"]));
  if ("problem" in id || "records" in id) return id;
  const rr = a["rrdatas"];
  const routing = nested(a, "routing_policy");
  const u = firstUnknown(rr);
  const values = u ? u : isList(rr) ? rr.map((v) => asString(v) ?? "") : routing !== void 0 ? new Unknown(`${r.address}.routing_policy (values by routing policy)`, r.at) : new Unknown(`${r.address}.rrdatas (not given)`, r.at);
  return {
    records: [
      {
        resource: r,
        zone: zoneHandle(a["managed_zone"], `${r.address}.managed_zone`),
        owner: () => {
          const n = id.name.toLowerCase();
          return n.endsWith(".") ? n : void 0;
        },
        type: id.type,
        ttl: ttlOf(r, 300),
        values
      }
    ]
  };
}
function azure(r) {
  const a = r.attrs;
  const type = parseRecordType(r.type.replace(/^azurerm_dns_|_record$/g, ""));
  const name2 = str3(a, "name") ?? (type === "MX" ? "@" : void 0);
  const id = known(r, name2, type);
  if ("problem" in id || "records" in id) return id;
  const blocks = a["record"];
  let values;
  if (a["target_resource_id"] !== void 0 && a["target_resource_id"] !== null)
    values = new Unknown(`${r.address}.target_resource_id (an Azure alias to a resource)`, r.at);
  else if (type === "CNAME") values = [presentation([mapName(str3(a, "record"))], r, "record")];
  else if (["A", "AAAA", "NS", "PTR"].includes(type)) {
    const list3 = a["records"];
    const u = firstUnknown(list3);
    values = u ?? (isList(list3) ? list3.map(
      (v) => type === "NS" || type === "PTR" ? absolute(asString(v) ?? "") : asString(v) ?? ""
    ) : new Unknown(`${r.address}.records`, r.at));
  } else if (firstUnknown(blocks)) values = firstUnknown(blocks);
  else
    values = (isList(blocks) ? blocks : []).map((b) => {
      if (!isObject(b)) return new Unknown(`${r.address}.record`, r.at);
      switch (type) {
        case "MX":
          return presentation([num(b, "preference"), mapName(str3(b, "exchange"))], r, "record");
        case "SRV":
          return presentation(
            [num(b, "priority"), num(b, "weight"), num(b, "port"), mapName(str3(b, "target"))],
            r,
            "record"
          );
        case "CAA": {
          const v = str3(b, "value");
          return presentation(
            [num(b, "flags"), str3(b, "tag"), typeof v === "string" ? quote3(v) : v],
            r,
            "record"
          );
        }
        default: {
          const v = str3(b, "value");
          return typeof v === "string" ? txtPresentation(v) : presentation([v], r, "record");
        }
      }
    });
  const list2 = values instanceof Unknown ? values : values.find((v) => v instanceof Unknown) ?? values;
  return {
    records: [
      {
        resource: r,
        zone: domainHandle(a["zone_name"], `${r.address}.zone_name`),
        owner: relativeOwner(id.name),
        type,
        ttl: ttlOf(r, 3600),
        values: list2
      }
    ]
  };
}
function digitalocean(r) {
  const a = r.attrs;
  const id = known(r, str3(a, "name"), typeOf(a["type"]));
  if ("problem" in id || "records" in id) return id;
  const { type } = id;
  const raw = str3(a, "value");
  const target2 = (v) => v === "@" ? void 0 : mapName(v);
  let value;
  switch (type) {
    case "MX":
      value = presentation([num(a, "priority"), target2(raw)], r, "value");
      break;
    case "SRV":
      value = presentation(
        [num(a, "priority"), num(a, "weight"), num(a, "port"), target2(raw)],
        r,
        "value"
      );
      break;
    case "CAA":
      value = presentation(
        [num(a, "flags"), str3(a, "tag"), typeof raw === "string" ? quote3(raw) : raw],
        r,
        "value"
      );
      break;
    case "TXT":
      value = typeof raw === "string" ? txtPresentation(raw) : presentation([raw], r, "value");
      break;
    case "CNAME":
    case "NS":
      value = presentation([target2(raw)], r, "value");
      break;
    default:
      value = presentation([raw], r, "value");
  }
  const apexTarget = raw === "@";
  return {
    records: [
      {
        resource: r,
        zone: domainHandle(a["domain"], `${r.address}.domain`),
        owner: relativeOwner(id.name),
        type,
        ttl: ttlOf(r, 1800),
        values: apexTarget ? new Unknown(`${r.address}.value "@"`, r.at) : value instanceof Unknown ? value : [value]
      }
    ]
  };
}
function ovh(r) {
  const a = r.attrs;
  const sub = str3(a, "subdomain") ?? "";
  const id = known(r, sub, typeOf(a["fieldtype"]));
  if ("problem" in id || "records" in id) return id;
  const target2 = str3(a, "target");
  const value = typeof target2 === "string" && (id.type === "TXT" || id.type === "SPF") && !target2.startsWith('"') ? txtPresentation(target2) : presentation([target2], r, "target");
  return {
    records: [
      {
        resource: r,
        zone: domainHandle(a["zone"], `${r.address}.zone`),
        owner: relativeOwner(id.name),
        type: id.type,
        ttl: ttlOf(r, 3600),
        values: value instanceof Unknown ? value : [value]
      }
    ]
  };
}

// src/formats/terraform/to-model.ts
function addProvider(d, i) {
  const type = i.type.split("_")[0];
  const known2 = d.providers.get(i.provider);
  const resource = RECORD_RESOURCE_TYPES.has(i.type) ? i.type : known2?.resource;
  d.providers.set(i.provider, { name: i.provider, type, ...resource ? { resource } : {} });
}
var warn = (message, location2, code = "terraform/unknown") => ({
  level: "warning",
  code,
  message,
  location: location2
});
function instancesToZones(instances, config, meter, loose) {
  const drafts = /* @__PURE__ */ new Map();
  const errors = [];
  const draft = (apex) => {
    let d = drafts.get(apex);
    if (!d) {
      d = { apex, providers: /* @__PURE__ */ new Map(), records: [], unknown: [], notes: [] };
      drafts.set(apex, d);
    }
    return d;
  };
  const ids = /* @__PURE__ */ new Map();
  for (const i of instances) {
    const id = zoneIdentity(i.mode, i.type, i.attrs);
    if (!id || id.apex instanceof Unknown) continue;
    for (const key2 of [
      ...id.idAttributes,
      ...i.type === "google_dns_managed_zone" ? ["name"] : []
    ]) {
      const v = asString(i.attrs[key2]);
      if (v) ids.set(v, id.apex);
    }
    if (i.mode !== "managed" || !ZONE_RESOURCE_TYPES.has(i.type)) continue;
    const d = draft(id.apex);
    d.location ??= i.at;
    d.reference ??= `${i.address}.${id.idAttributes[0]}`;
    addProvider(d, i);
    const dnssec = i.attrs["dnssec_config"];
    const cfg = isList(dnssec) ? dnssec[0] : dnssec;
    if (isObject(cfg)) {
      const state = asString(cfg["state"]);
      if (state === "on" || state === "off") d.dnssec = state;
    }
  }
  for (const i of instances) {
    if (i.mode === "managed" && i.type === "aws_route53domains_registered_domain") registered(i);
    if (i.mode !== "managed" || !RECORD_RESOURCE_TYPES.has(i.type)) continue;
    const mapped = mapRecord(i);
    if ("problem" in mapped) {
      loose.push(warn(mapped.problem, mapped.at));
      continue;
    }
    for (const rec of mapped.records) {
      const apex = resolveZone(rec);
      if (apex instanceof Unknown) {
        loose.push(
          warn(
            `${i.address}: its zone depends on ${apex.what}, which only running Terraform can know, so the review cannot tell which zone this record is in`,
            i.at
          )
        );
        continue;
      }
      const d = draft(apex);
      addProvider(d, i);
      d.location ??= i.at;
      if (rec.zone.kind === "apex" && rec.zone.written) d.reference ??= rec.zone.written;
      if (rec.zone.kind === "id") d.reference ??= rec.zone.written;
      d.records.push(rec);
    }
  }
  function registered(i) {
    const domain = apexOf(asString(i.attrs["domain_name"]) ?? "");
    if (!domain) {
      loose.push(warn(`${i.address}: domain_name is not known statically`, i.at));
      return;
    }
    const d = draft(domain);
    d.location ??= i.at;
    d.registrar = { name: i.provider, type: "route53domains" };
    const blocks = i.attrs["name_server"];
    const names = (isList(blocks) ? blocks : []).map(
      (b) => isObject(b) ? asString(b["name"]) : void 0
    );
    if (names.some((n) => n === void 0))
      d.notes.push(warn(`${i.address}: a name_server is not known statically`, i.at));
    else d.nameservers = names.map((n) => apexOf(n)).filter(Boolean);
  }
  function resolveZone(rec) {
    const h = rec.zone;
    if (h.kind === "apex") return h.apex;
    if (h.kind === "unknown")
      return h.why.at.file ? h.why : new Unknown(h.why.what, rec.resource.at);
    const found = ids.get(h.id);
    return found ?? new Unknown(`${h.written} (a zone id no zone of this configuration has)`, rec.resource.at);
  }
  const zones = [];
  for (const d of drafts.values()) {
    const rrsets = rrsetsOf2(d, errors, meter, config);
    const unmanaged = [
      {
        name: "*",
        appliesTo: "live",
        source: "terraform: only the resources the configuration declares",
        ...d.location ? { location: d.location } : {}
      },
      ...d.unknown
    ];
    const zone = {
      name: d.apex,
      format: "terraform",
      config,
      rrsets,
      providers: [...d.providers.values()],
      unmanaged
    };
    if (d.location) zone.location = d.location;
    if (d.reference) zone.reference = d.reference;
    if (d.dnssec) zone.dnssec = d.dnssec;
    if (d.registrar) zone.registrar = d.registrar;
    if (d.nameservers?.length) zone.nameservers = d.nameservers;
    if (d.notes.length) zone.diagnostics = d.notes;
    zones.push(zone);
  }
  return { zones: zones.sort((a, b) => a.name < b.name ? -1 : 1), errors };
}
function rrsetsOf2(d, errors, meter, config) {
  const groups = /* @__PURE__ */ new Map();
  for (const rec of d.records) {
    const at = rec.resource.at;
    const owner = rec.owner(d.apex);
    if (owner === void 0 || !isInZone(owner, d.apex)) {
      d.notes.push(
        warn(
          `${rec.resource.address}: the name ${owner ?? "(not absolute)"} is not in the zone ${d.apex}, so the provider would refuse or misplace it`,
          at,
          "terraform/out-of-zone"
        )
      );
      continue;
    }
    if (rec.values instanceof Unknown) {
      d.notes.push(
        warn(
          `${rec.resource.address}: its value depends on ${rec.values.what}, which only running Terraform can know: the review leaves ${relativeName(owner, d.apex)} ${rec.type} to the push (give --terraform-plan for the exact values)`,
          at
        )
      );
      d.unknown.push({
        name: relativeName(owner, d.apex),
        types: [rec.type],
        source: `terraform: ${rec.resource.address} has a value only Terraform knows`,
        location: at
      });
      continue;
    }
    const values = [];
    for (const text2 of rec.values) {
      const v = canonicalRdata(rec.type, text2, ".");
      if (!v.ok) {
        errors.push({
          level: "error",
          code: "terraform/rdata",
          message: `${rec.resource.address}: ${rec.type} value ${JSON.stringify(text2.slice(0, 120))}: ${v.message}`,
          location: at
        });
        continue;
      }
      if (meter && !meter.record()) {
        errors.push({
          level: "error",
          code: "budget",
          message: budgetMessage("records", meter.limits, at.file || config),
          location: at
        });
        return [];
      }
      values.push(v.value);
    }
    const key2 = `${owner} ${rec.type}`;
    const g = groups.get(key2) ?? { owner, recs: [], values: [] };
    g.recs.push(rec);
    g.values.push(...values);
    groups.set(key2, g);
  }
  const out = [];
  for (const g of groups.values()) {
    const first = g.recs[0];
    const ttls = new Set(g.recs.map((r) => r.ttl));
    if (ttls.size > 1)
      d.notes.push(
        warn(
          `${g.owner} ${first.type}: its records give different TTLs (${[...ttls].join(", ")}); DNS serves one TTL per RRset, so the provider keeps one of them`,
          first.resource.at,
          "terraform/mixed-ttl"
        )
      );
    const options = {};
    for (const r of g.recs)
      for (const [k, v] of Object.entries(r.options ?? {}))
        options[k] = options[k] && options[k] !== v ? [options[k], v].sort().join(",") : v;
    const routed = g.recs.filter((r) => r.routing);
    if (routed.length > 0)
      options["routing"] = routed.map(
        (r) => `${r.routing.id}: ${r.routing.policy} ttl ${r.ttl} ${r.values.join(" ")}`
      ).sort().join("; ");
    out.push(
      makeRRset({
        name: g.owner,
        type: first.type,
        ttl: Math.min(...ttls),
        values: g.values,
        options,
        location: first.resource.at
      })
    );
  }
  return out;
}

// src/formats/terraform/load.ts
function terraformFiles(files, path) {
  const dir = path.replace(/\/+$/, "");
  return files.filter(
    (f) => f.endsWith(".tf") && (dir === "" || f.startsWith(`${dir}/`)) && !f.split("/").includes(".terraform")
  );
}
var DNS_RESOURCE_TEXT = /"(?:aws_route53_(?:zone|record)|aws_route53domains_registered_domain|cloudflare_(?:zone|record|dns_record)|google_dns_(?:managed_zone|record_set)|azurerm_dns_[a-z]+(?:_record)?|digitalocean_(?:domain|record)|ovh_domain_zone_record)"/;
var REMOTE_DNS_MODULE = /^\s*source\s*=\s*"[^".][^"]*(?:route53|dns|cloudflare)[^"]*"/im;
var dirOf = (f) => {
  const d = posix5.dirname(f);
  return d === "." ? "" : d;
};
function localModuleDirs(file) {
  const out = [];
  for (const b of file.body.blocks) {
    if (b.type !== "module") continue;
    const src = b.body.attributes.get("source")?.value;
    const text2 = src?.kind === "literal" && typeof src.value === "string" ? src.value : "";
    if (!/^\.\.?\//.test(text2)) continue;
    const joined = posix5.normalize(posix5.join(dirOf(file.file) || ".", text2)).replace(/\/+$/, "");
    const dir = joined === "." ? "" : joined;
    if (!joined.startsWith("..") && dir !== dirOf(file.file)) out.push(dir);
  }
  return out;
}
async function loadTerraform(tree, options) {
  const listed = await tree.listFiles();
  const meter = (options.budget ?? new InputBudget()).meter();
  const errors = [];
  const parsed = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  const refused = /* @__PURE__ */ new Map();
  const read = async (file) => {
    if (parsed.has(file)) return parsed.get(file);
    let text2;
    try {
      text2 = await tree.readText(file);
    } catch (e) {
      errors.push({
        level: "error",
        message: e instanceof Error ? e.message : String(e),
        location: { file }
      });
      return void 0;
    }
    if (text2 === void 0) return void 0;
    if (!meter.read(text2.length)) {
      errors.push({
        level: "error",
        code: "budget",
        message: budgetMessage("bytes", meter.limits, file),
        location: { file }
      });
      return void 0;
    }
    texts.set(file, text2);
    const r = await parseHcl(text2, file);
    if (!r.ok) {
      refused.set(file, [...r.errors]);
      return void 0;
    }
    for (const a of r.value.body.attributes.values())
      refused.set(file, [
        ...refused.get(file) ?? [],
        {
          level: "error",
          code: "terraform/top-level-argument",
          message: `an argument named "${a.name}" is not expected at the top level of a .tf file (terraform would refuse it; values for variables go in a .tfvars file)`,
          location: a.at
        }
      ]);
    parsed.set(file, r.value);
    return r.value;
  };
  const inPath = terraformFiles(listed, options.path).filter(
    (f) => !(options.skip ?? []).some((s2) => f.startsWith(`${s2}/`))
  );
  for (const f of inPath) await read(f);
  const byDir = (dir) => listed.filter((f) => f.endsWith(".tf") && dirOf(f) === dir);
  const called = /* @__PURE__ */ new Set();
  const pending = [...parsed.values()].flatMap(localModuleDirs);
  while (pending.length > 0) {
    const dir = pending.pop();
    if (called.has(dir)) continue;
    called.add(dir);
    for (const f of byDir(dir)) {
      const h = await read(f);
      if (h) pending.push(...localModuleDirs(h));
    }
  }
  const concernsDns = (dir) => byDir(dir).some((f) => DNS_RESOURCE_TEXT.test(texts.get(f) ?? ""));
  for (const [file, problems] of refused) if (concernsDns(dirOf(file))) errors.push(...problems);
  if (errors.length > 0) return fail(...errors);
  const module = (dir) => {
    const files2 = byDir(dir).map((f) => parsed.get(f)).filter((f) => f !== void 0);
    return files2.length ? { dir, files: files2 } : void 0;
  };
  const reach = (root) => {
    const seen = /* @__PURE__ */ new Set([root]);
    const todo = [root];
    while (todo.length > 0)
      for (const f of byDir(todo.pop())) {
        const h = parsed.get(f);
        for (const d of h ? localModuleDirs(h) : [])
          if (!seen.has(d)) {
            seen.add(d);
            todo.push(d);
          }
      }
    return [...seen];
  };
  const remoteDnsModule = (dir) => byDir(dir).some((f) => REMOTE_DNS_MODULE.test(texts.get(f) ?? ""));
  const roots = [...new Set(inPath.map(dirOf))].filter((d) => !called.has(d)).filter((d) => reach(d).some((x) => concernsDns(x) || remoteDnsModule(x))).sort();
  const zones = [];
  const warnings = [];
  const credentials = [];
  const files = new Set(parsed.keys());
  for (const root of roots) {
    const inputs = /* @__PURE__ */ new Map();
    const varFiles = [
      ...["terraform.tfvars", "terraform.tfvars.json"].map((n) => root ? `${root}/${n}` : n),
      ...listed.filter((f) => dirOf(f) === root && /\.auto\.tfvars(\.json)?$/.test(f)).sort(),
      ...options.tfVarFiles ?? []
    ];
    const varTexts = /* @__PURE__ */ new Map();
    for (const vf of varFiles) {
      if (!listed.includes(vf)) continue;
      const text2 = await tree.readText(vf).catch(() => void 0);
      if (text2 === void 0) continue;
      varTexts.set(vf, text2);
      files.add(vf);
      const vars = await readVarFile(vf, text2);
      if (!vars.ok) return vars;
      for (const [k, v] of vars.value) inputs.set(k, v);
    }
    const config = root ? `${root}/` : "./";
    const ctx = { module, warnings };
    const mod = module(root);
    if (!mod) continue;
    const evaluated = evaluateModule(mod, inputs, "", ctx);
    const result = instancesToZones(evaluated.instances, config, meter, warnings);
    errors.push(...result.errors);
    zones.push(...result.zones);
    const moduleFiles = [...parsed.values()].filter(
      (f) => dirOf(f.file) === root || called.has(dirOf(f.file))
    );
    credentials.push(...providerCredentials(moduleFiles, inputs, varTexts));
  }
  if (errors.length > 0) return fail(...errors);
  const attach = (zs) => zs.map((z) => {
    const mine = warnings.filter(
      (w) => z.config && (z.config === "./" || w.location.file.startsWith(z.config))
    );
    return mine.length ? { ...z, diagnostics: [...z.diagnostics ?? [], ...mine] } : z;
  });
  const placed = attach(zones);
  const unplaced = warnings.filter((w) => !placed.some((z) => z.diagnostics?.includes(w)));
  return ok({ zones: placed, credentials, files: [...files].sort() }, unplaced);
}
async function readVarFile(file, text2) {
  const out = /* @__PURE__ */ new Map();
  if (file.endsWith(".json")) {
    try {
      const data = JSON.parse(text2);
      for (const [k, v] of Object.entries(data ?? {})) out.set(k, v);
      return ok(out);
    } catch (e) {
      return fail({
        level: "error",
        code: "terraform/tfvars",
        message: `not JSON: ${e.message}`,
        location: { file }
      });
    }
  }
  const r = await parseHcl(text2, file);
  if (!r.ok) return fail(...r.errors);
  const empty = {
    names: /* @__PURE__ */ new Map(),
    variable: () => void 0,
    local: (_n, at) => new Unknown(at.text, at.at),
    resource: () => void 0
  };
  for (const [k, a] of r.value.body.attributes) out.set(k, evaluate(a.value, empty));
  return ok(out);
}

// src/formats/terraform/write.ts
var RECORD_FOR_PROVIDER = {
  aws: "aws_route53_record",
  cloudflare: "cloudflare_dns_record",
  google: "google_dns_record_set",
  azurerm: "azurerm_dns_a_record",
  digitalocean: "digitalocean_record",
  ovh: "ovh_domain_zone_record"
};
function recordResourceFor(zone) {
  const providers = zone?.providers ?? [];
  return providers.map((p) => p.resource).find((t) => t !== void 0 && RECORD_RESOURCE_TYPES.has(t)) ?? providers.map((p) => RECORD_FOR_PROVIDER[p.type ?? ""]).find((t) => t !== void 0) ?? "aws_route53_record";
}
var utf82 = (octets3) => Buffer.from(octets3, "latin1").toString("utf8");
function hclString(s2) {
  const body = s2.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/\$\{/g, "$${").replace(/%\{/g, "%%{").replace(
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `"${body}"`;
}
function words(value) {
  const t = tokenizeRdata(value);
  if ("error" in t) return [value];
  return t.map((x) => {
    const d = decodeEscapes(x.text);
    return typeof d === "string" ? utf82(d) : x.text;
  });
}
var noDot = (s2) => s2.length > 1 ? s2.replace(/\.$/, "") : s2;
function resourceName(rrset, zone, n) {
  const label = relativeName(rrset.name, zone);
  const base = `${label === "@" ? "apex" : label}_${rrset.type}`.toLowerCase().replace(/[^a-z0-9_-]/g, "_").replace(/^([^a-z_])/, "_$1");
  return n === void 0 ? base : `${base}_${n}`;
}
function block(type, name2, lines) {
  const body = lines.filter((l) => l !== void 0);
  const width = Math.max(...body.map((l) => l.includes(" = ") ? l.indexOf(" = ") : 0));
  const aligned = body.map((l) => {
    const i = l.indexOf(" = ");
    return i > 0 && !l.startsWith(" ") && !l.startsWith("#") ? `${l.slice(0, i).padEnd(width)}${l.slice(i)}` : l;
  });
  return `resource "${type}" "${name2}" {
${aligned.map((l) => `  ${l}`).join("\n")}
}`;
}
var list = (items) => `[${items.map(hclString).join(", ")}]`;
function formatTerraformRecords(rrsets, zone, of) {
  const type = recordResourceFor(of);
  const zoneRef = of?.reference ?? "var.zone_id";
  const out = [];
  for (const r of rrsets) {
    const label = relativeName(r.name, zone);
    switch (RECORD_RESOURCE_TYPES.get(type)) {
      case "aws":
        out.push(route532(r, zone, zoneRef));
        break;
      case "google":
        out.push(
          block("google_dns_record_set", resourceName(r, zone), [
            `managed_zone = ${zoneRef.replace(/\.id$/, ".name")}`,
            `name = ${hclString(r.name)}`,
            `type = ${hclString(r.type)}`,
            `ttl = ${r.ttl}`,
            `rrdatas = ${list(r.values)}`
          ])
        );
        break;
      case "azurerm":
        out.push(azure2(r, label, zone, zoneRef.replace(/\.id$/, ".name")));
        break;
      case "digitalocean":
      case "ovh":
      case "cloudflare":
      default:
        r.values.forEach((v, i) => {
          out.push(
            perValue(type, r, label, zone, zoneRef, v, r.values.length > 1 ? i + 1 : void 0)
          );
        });
    }
  }
  return out.join("\n\n");
}
function route532(r, zone, zoneRef) {
  const lines = [
    `zone_id = ${zoneRef}`,
    `name = ${hclString(noDot(r.name))}`
  ];
  if (r.type === "R53_ALIAS") {
    const [type, target2] = words(r.values[0] ?? "");
    lines.push(`type = ${hclString(type ?? "A")}`);
    lines.push("alias {");
    lines.push(`  name                   = ${hclString(noDot(target2 ?? ""))}`);
    lines.push(`  zone_id                = ${hclString(r.options?.["r53_zone_id"] ?? "")}`);
    lines.push(
      `  evaluate_target_health = ${r.options?.["r53_evaluate_target_health"] ?? "false"}`
    );
    lines.push("}");
  } else {
    lines.push(`type = ${hclString(r.type)}`, `ttl = ${r.ttl}`);
    const values = r.values.map(
      (v) => r.type === "TXT" || r.type === "SPF" ? words(v).join('""') : v
    );
    lines.push(`records = ${list(values)}`);
  }
  if (r.options?.["routing"])
    lines.push(
      `# routing sets at base (set_identifier: policy ttl values): ${r.options["routing"]}`
    );
  return block("aws_route53_record", resourceName(r, zone), lines);
}
function azure2(r, label, zone, zoneName) {
  const type = `azurerm_dns_${r.type.toLowerCase()}_record`;
  const lines = [
    `name = ${hclString(label)}`,
    `zone_name = ${zoneName}`,
    "resource_group_name = var.resource_group_name",
    `ttl = ${r.ttl}`
  ];
  const rec = (fields) => [
    "record {",
    ...fields.map(([k, v]) => `  ${k} = ${v}`),
    "}"
  ];
  switch (r.type) {
    case "A":
    case "AAAA":
    case "NS":
    case "PTR":
      lines.push(`records = ${list(r.values)}`);
      break;
    case "CNAME":
      lines.push(`record = ${hclString(r.values[0] ?? "")}`);
      break;
    case "MX":
      for (const v of r.values) {
        const [p, x] = words(v);
        lines.push(
          ...rec([
            ["preference", p ?? "0"],
            ["exchange", hclString(x ?? "")]
          ])
        );
      }
      break;
    case "SRV":
      for (const v of r.values) {
        const [p, w, port, t] = words(v);
        lines.push(
          ...rec([
            ["priority", p],
            ["weight", w],
            ["port", port],
            ["target", hclString(t ?? "")]
          ])
        );
      }
      break;
    case "CAA":
      for (const v of r.values) {
        const [f, tag, val] = words(v);
        lines.push(
          ...rec([
            ["flags", f],
            ["tag", hclString(tag ?? "")],
            ["value", hclString(val ?? "")]
          ])
        );
      }
      break;
    case "TXT":
      for (const v of r.values) lines.push(...rec([["value", hclString(words(v).join(""))]]));
      break;
    default:
      lines.push(`# ${r.type} ${r.values.join(" | ")}: Azure DNS has no resource for this type`);
  }
  return block(type, resourceName(r, zone), lines);
}
function perValue(type, r, label, zone, zoneRef, v, n) {
  const w = words(v);
  const name2 = resourceName(r, zone, n);
  if (type === "digitalocean_record") {
    const lines2 = [
      `domain = ${zoneRef}`,
      `name = ${hclString(label)}`,
      `type = ${hclString(r.type)}`,
      `ttl = ${r.ttl}`
    ];
    if (r.type === "MX") lines2.push(`priority = ${w[0]}`, `value = ${hclString(w[1] ?? "")}`);
    else if (r.type === "SRV")
      lines2.push(
        `priority = ${w[0]}`,
        `weight = ${w[1]}`,
        `port = ${w[2]}`,
        `value = ${hclString(w[3] ?? "")}`
      );
    else if (r.type === "CAA")
      lines2.push(
        `flags = ${w[0]}`,
        `tag = ${hclString(w[1] ?? "")}`,
        `value = ${hclString(w[2] ?? "")}`
      );
    else lines2.push(`value = ${hclString(r.type === "TXT" ? w.join("") : v)}`);
    return block(type, name2, lines2);
  }
  if (type === "ovh_domain_zone_record")
    return block(type, name2, [
      `zone = ${zoneRef}`,
      `subdomain = ${hclString(label === "@" ? "" : label)}`,
      `fieldtype = ${hclString(r.type)}`,
      `ttl = ${r.ttl}`,
      `target = ${hclString(v)}`
    ]);
  const v5 = type !== "cloudflare_record";
  const lines = [
    `zone_id = ${zoneRef}`,
    `name = ${hclString(label)}`,
    `type = ${hclString(r.type)}`,
    `ttl = ${r.ttl}`
  ];
  const data = (fields) => v5 ? ["data = {", ...fields.map(([k, x]) => `  ${k} = ${x}`), "}"] : ["data {", ...fields.map(([k, x]) => `  ${k} = ${x}`), "}"];
  switch (r.type) {
    case "MX":
      lines.push(`priority = ${w[0]}`, `content = ${hclString(noDot(w[1] ?? ""))}`);
      break;
    case "SRV":
      lines.push(
        ...data([
          ["priority", w[0]],
          ["weight", w[1]],
          ["port", w[2]],
          ["target", hclString(noDot(w[3] ?? ""))]
        ])
      );
      break;
    case "CAA":
      lines.push(
        ...data([
          ["flags", w[0]],
          ["tag", hclString(w[1] ?? "")],
          ["value", hclString(w[2] ?? "")]
        ])
      );
      break;
    case "TXT":
    case "SPF":
      lines.push(`content = ${hclString(w.join(""))}`);
      break;
    case "CNAME":
    case "NS":
    case "PTR":
      lines.push(`content = ${hclString(noDot(v))}`);
      break;
    default:
      lines.push(`content = ${hclString(v)}`);
  }
  if (r.options?.["cloudflare_proxy"] === "on") lines.push("proxied = true");
  return block(type, name2, lines);
}

// src/formats/terraform/format.ts
var terraformFormat = {
  id: "terraform",
  // HCL files and variable files: a refused link with such a name is said, not skipped.
  mayRead: (path) => /\.(?:tf|tfvars)$/.test(path),
  detect: (files, path) => terraformFiles(files, path).length > 0,
  load: loadTerraform,
  write: {
    fenceLanguage: "hcl",
    lineComment: "#",
    editUnit: "rrset",
    zoneLocation: (zone, where) => `the Terraform configuration of ${zone}${where?.config ? ` (${where.config})` : ""}${where?.files.length ? `, replacing the resources in ${where.files.join(", ")}` : ""}`,
    records: formatTerraformRecords
  }
};

// src/formats/registry.ts
var FORMATS = [
  dnscontrolFormat,
  octodnsFormat,
  terraformFormat,
  bindFormat
];
function formatById(id) {
  return FORMATS.find((f) => f.id === id);
}

// src/model/severity.ts
var SEVERITIES = ["info", "low", "medium", "high", "critical"];
function isSeverity(value) {
  return typeof value === "string" && SEVERITIES.includes(value);
}
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function compareSeverity(a, b) {
  return severityRank(a) - severityRank(b);
}
function maxSeverity(severities) {
  let highest;
  for (const s2 of severities)
    if (highest === void 0 || severityRank(s2) > severityRank(highest)) highest = s2;
  return highest;
}
function raiseSeverity(severity) {
  return SEVERITIES[Math.min(severityRank(severity) + 1, SEVERITIES.length - 1)];
}

// src/secrets/secrets.ts
import { createHash } from "node:crypto";
var MAX_SCAN = 2 * 1024 * 1024;
var ASSIGN = String.raw`["']?\s*[:=]\s*["']?`;
var PATTERNS = [
  {
    kind: "private key",
    re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g,
    group: 0
  },
  { kind: "AWS access key ID", re: /\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b/g, group: 1 },
  {
    kind: "AWS secret access key",
    re: new RegExp(
      `(?:aws_?secret_?access_?key|secret_?access_?key|SecretKey)${ASSIGN}([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
      "gi"
    ),
    group: 1
  },
  {
    kind: "Cloudflare Origin CA key",
    re: /\b(v1\.0-[0-9a-f]{24}-[0-9a-f]{146})\b/g,
    group: 1
  },
  {
    kind: "Cloudflare Global API Key",
    re: new RegExp(
      `(?:x-auth-key|apikey|api_key|cloudflare_api_key|cf_api_key|dns_cloudflare_api_key)${ASSIGN}([0-9a-f]{37})(?![0-9a-z])`,
      "gi"
    ),
    group: 1
  },
  {
    kind: "Cloudflare API token",
    re: new RegExp(
      `(?:apitoken|api_token|cloudflare_api_token|cf_api_token|dns_cloudflare_api_token|cloudflare_dns_api_token)${ASSIGN}([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`,
      "gi"
    ),
    group: 1
  },
  { kind: "DigitalOcean token", re: /\b(do[opr]_v1_[a-f0-9]{64})\b/g, group: 1 },
  { kind: "GitHub token", re: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g, group: 1 },
  { kind: "GitHub token", re: /\b(github_pat_[A-Za-z0-9_]{82})\b/g, group: 1 },
  { kind: "Google API key", re: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, group: 1 },
  { kind: "Slack token", re: /\b(xox[abposr]-[0-9A-Za-z-]{10,200})\b/g, group: 1 },
  {
    kind: "Azure client secret",
    re: new RegExp(
      `(?:client_?secret|AZURE_CLIENT_SECRET|ARM_CLIENT_SECRET)${ASSIGN}([A-Za-z0-9_~.-]{34,44})(?![A-Za-z0-9_~.-])`,
      "gi"
    ),
    group: 1
  },
  {
    kind: "Bearer token",
    re: /\bAuthorization:\s*Bearer\s+([A-Za-z0-9_\-.=]{20,400})(?![A-Za-z0-9_\-.=])/gi,
    group: 1
  }
];
function maskSecret(value) {
  if (value.startsWith("-----BEGIN")) return "-----BEGIN \u2026 PRIVATE KEY-----";
  return value.length >= 12 ? `${value.slice(0, 4)}\u2026${value.slice(-2)}` : "\u2026";
}
function secretDigest(value) {
  return createHash("sha256").update(value).digest("hex").slice(0, 16);
}
function patternHits(source) {
  const out = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of source.matchAll(p.re)) {
      const value = p.group === 0 ? m[0] : m[p.group];
      if (!value) continue;
      if (p.group !== 0 && looksLikePlaceholder(value)) continue;
      const start = m.index + (p.group === 0 ? 0 : m[0].lastIndexOf(value));
      out.push({ kind: p.kind, start, value });
    }
  }
  return out;
}
var GUESSED_KIND = "credential-like value";
var CREDENTIAL_WORD = /\b(?:aws|secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|auth)[A-Za-z0-9_-]{0,32}/gi;
var RUN = /[A-Za-z0-9+/=_~.-]+/g;
var RUN_CHAR = /[A-Za-z0-9+/=_~.-]/;
var CONTEXT_WINDOW = 24;
var CONTEXT_MAX = 128;
function looksGenerated(value, min = 20) {
  if (value.length < min || value.length > CONTEXT_MAX) return false;
  if (!/[A-Z]/.test(value) || !/[a-z]/.test(value) || !/[0-9]/.test(value)) return false;
  const counts = /* @__PURE__ */ new Map();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= n / value.length * Math.log2(n / value.length);
  return bits >= 3.5;
}
function contextHits(source, keepPlaceholders) {
  const out = [];
  CREDENTIAL_WORD.lastIndex = 0;
  for (const m of source.matchAll(CREDENTIAL_WORD)) {
    const from = m.index + m[0].length;
    let window = source.slice(from, from + CONTEXT_WINDOW + CONTEXT_MAX + 1);
    const eol = window.indexOf("\n");
    if (eol !== -1) window = window.slice(0, eol);
    for (const r of window.matchAll(RUN)) {
      if (r.index > CONTEXT_WINDOW) break;
      if (r.index === 0 && RUN_CHAR.test(source[from - 1] ?? "")) continue;
      if (r.index + r[0].length === window.length && RUN_CHAR.test(source[from + window.length] ?? ""))
        break;
      if (looksGenerated(r[0]) && (keepPlaceholders || !looksLikePlaceholder(r[0]))) {
        out.push({ kind: GUESSED_KIND, start: from + r.index, value: r[0] });
        break;
      }
    }
  }
  return out;
}
function shapeHits(source) {
  const out = [];
  for (const r of source.matchAll(RUN)) {
    const v = r[0];
    if (v.length === 40 && /^[A-Za-z0-9+/_-]{40}$/.test(v) && looksGenerated(v, 40))
      out.push({ kind: "AWS secret or Cloudflare token", start: r.index, value: v });
    else if (v.length === 37 && /^[0-9a-f]{37}$/.test(v) && /[a-f]/.test(v) && /\d/.test(v))
      out.push({ kind: "Cloudflare Global API Key", start: r.index, value: v });
  }
  return out;
}
function findSecrets(text2) {
  const source = text2.length > MAX_SCAN ? text2.slice(0, MAX_SCAN) : text2;
  const lineColumnAt = lineColumnIndex(source);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const h of [...patternHits(source), ...contextHits(source, false)]) {
    if (seen.has(h.start)) continue;
    seen.add(h.start);
    const { line, column } = lineColumnAt(h.start);
    out.push({
      kind: h.kind,
      masked: maskSecret(h.value),
      digest: secretDigest(h.value),
      line,
      column
    });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
function looksLikePlaceholder(value) {
  return /^(.)\1+$/.test(value) || /example|placeholder|your[-_]?|changeme|redacted/i.test(value);
}
var PEM_END = /-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----/g;
var PEM_MAX = 16 * 1024;
function redactSecrets(text2) {
  const hits = [...patternHits(text2), ...contextHits(text2, true), ...shapeHits(text2)].sort(
    (a, b) => a.start - b.start || b.value.length - a.value.length
  );
  if (hits.length === 0) return text2;
  let out = "";
  let at = 0;
  for (const h of hits) {
    if (h.start < at) continue;
    let end2 = h.start + h.value.length;
    if (h.value.startsWith("-----BEGIN")) {
      PEM_END.lastIndex = end2;
      const close = PEM_END.exec(text2.slice(0, end2 + PEM_MAX));
      end2 = close ? close.index + close[0].length : Math.min(text2.length, end2 + PEM_MAX);
    }
    out += text2.slice(at, h.start) + maskSecret(h.value);
    at = end2;
  }
  return out + text2.slice(at);
}
function escapeControlCharacters(text2) {
  return text2.replace(
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => c === "\n" ? "\\n" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function outputText(text2, max = MAX_MESSAGE_CHARS) {
  const rough = text2.length > 4 * max ? text2.slice(0, 4 * max) : text2;
  const escaped = escapeControlCharacters(redactSecrets(rough));
  return rough === text2 ? capText(escaped, max) : capText(escaped, max, text2.length);
}

export {
  DEFAULT_INPUT_LIMITS,
  limitsForRecords,
  parseMaxRecords,
  InputBudget,
  globMatch,
  SYNTHESISED_TYPES,
  selects,
  leftAlone,
  declaredHandsOff,
  nameManagedElsewhere,
  pushWritesNothing,
  externalDns,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  loadAll,
  Unknown,
  ZoneRef,
  isList,
  zoneIdentity,
  ZONE_RESOURCE_TYPES,
  RECORD_RESOURCE_TYPES,
  instancesToZones,
  FORMATS,
  formatById,
  SEVERITIES,
  isSeverity,
  severityRank,
  compareSeverity,
  maxSeverity,
  raiseSeverity,
  GUESSED_KIND,
  findSecrets,
  redactSecrets,
  escapeControlCharacters,
  outputText
};
