import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  formatIPv6,
  isIPv4,
  parseIPv4,
  parseIPv6,
  quoteInput
} from "./chunk-NHBBLBWC.js";

// src/model/name.ts
import { domainToASCII } from "node:url";
var MAX_LABEL = 63;
var MAX_NAME = 255;
var SPECIAL = /* @__PURE__ */ new Set([".", "\\", '"', ";", "(", ")", "@", "$"]);
var PLAIN = /^(?:[a-z0-9_*-](?:[a-z0-9_*/-]*)\.)*$/;
function toAbsoluteName(text2, origin) {
  if (text2 === "@") return { ok: true, name: origin };
  if (text2.length === 0) return { ok: false, message: "empty name" };
  if (text2 === ".") return { ok: true, name: "." };
  if (endsWithUnescapedDot(text2)) return canonicalName(text2);
  return canonicalName(origin === "." ? `${text2}.` : `${text2}.${origin}`);
}
var PLAIN_OCTET = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyz0123456789-_") PLAIN_OCTET[c.charCodeAt(0)] = 1;
function plainForm(text2) {
  let label = 0;
  for (let k = 0; k < text2.length; k++) {
    const c = text2.charCodeAt(k);
    if (c === 46) {
      if (label === 0) return void 0;
      label = 0;
    } else if (c < 128 && PLAIN_OCTET[c] === 1) {
      if (++label > MAX_LABEL) return void 0;
    } else return void 0;
  }
  if (text2.length === 0) return void 0;
  return label === 0 ? "absolute" : "relative";
}
function canonicalName(text2) {
  if (text2.length < MAX_NAME && plainForm(text2) === "absolute") return { ok: true, name: text2 };
  if (text2 === ".") return { ok: true, name: "." };
  if (!endsWithUnescapedDot(text2))
    return { ok: false, message: `name ${quoteInput(text2)} is not absolute` };
  const lower = lowerAscii(text2);
  if (PLAIN.test(lower)) return checkLengths(lower, lower.slice(0, -1).split("."));
  let source = lower;
  if (/[^\x00-\x7f]/.test(source)) {
    if (source.includes("\\"))
      return { ok: false, message: `name ${quoteInput(text2)} mixes escapes and non-ASCII` };
    const ascii = domainToASCII(source.slice(0, -1));
    if (!ascii)
      return {
        ok: false,
        message: `name ${quoteInput(text2)} is not a valid internationalised name`
      };
    source = `${ascii.toLowerCase()}.`;
  }
  const labels = splitLabels(source);
  if (typeof labels === "string") return { ok: false, message: labels };
  const encoded = labels.map(encodeLabel);
  return checkLengths(`${encoded.join(".")}.`, encoded, labels);
}
function checkLengths(name2, labels, raw) {
  let wire = 1;
  for (let i = 0; i < labels.length; i++) {
    const len = raw ? raw[i].length : labels[i].length;
    if (len === 0) return { ok: false, message: `name ${quoteInput(name2)} has an empty label` };
    if (len > MAX_LABEL)
      return {
        ok: false,
        message: `label of ${len} octets in ${quoteInput(name2)} (max ${MAX_LABEL})`
      };
    wire += len + 1;
  }
  if (wire > MAX_NAME)
    return {
      ok: false,
      message: `name ${quoteInput(name2)} is ${wire} octets long (max ${MAX_NAME})`
    };
  return { ok: true, name: name2 };
}
function endsWithUnescapedDot(text2) {
  if (!text2.endsWith(".")) return false;
  let backslashes = 0;
  for (let i = text2.length - 2; i >= 0 && text2[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 0;
}
function lowerAscii(s) {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
function splitLabels(text2) {
  const labels = [];
  let current = [];
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 46) {
      labels.push(current);
      current = [];
    } else if (c === 92) {
      const d = text2.slice(i + 1, i + 4);
      if (/^\d{3}$/.test(d)) {
        const v = Number(d);
        if (v > 255) return `escape \\${d} is above 255`;
        current.push(lowerOctet(v));
        i += 3;
      } else if (i + 1 < text2.length) {
        current.push(lowerOctet(text2.charCodeAt(i + 1)));
        i += 1;
      } else return "name ends with a lone backslash";
    } else if (c > 255) return `character "${text2[i]}" is not allowed in a name`;
    else current.push(lowerOctet(c));
  }
  if (current.length > 0) return "name is not absolute";
  return labels;
}
function lowerOctet(c) {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
function encodeLabel(octets) {
  let s = "";
  for (const o of octets) {
    const ch = String.fromCharCode(o);
    if (o <= 32 || o >= 127) s += `\\${String(o).padStart(3, "0")}`;
    else if (SPECIAL.has(ch)) s += `\\${ch}`;
    else s += ch;
  }
  return s;
}
function labelsOf(name2) {
  if (name2 === ".") return [];
  if (!name2.includes("\\")) return name2.slice(0, -1).split(".");
  const out = [];
  let cur = "";
  for (let i = 0; i < name2.length - 1; i++) {
    const ch = name2[i];
    if (ch === "\\") {
      cur += ch + name2[i + 1];
      i++;
    } else if (ch === ".") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
function isInZone(name2, zone) {
  if (zone === "." || name2 === zone) return true;
  if (!name2.endsWith(`.${zone}`)) return false;
  if (!name2.includes("\\")) return true;
  const n = labelsOf(name2);
  const z = labelsOf(zone);
  return n.length > z.length && n.slice(n.length - z.length).join(".") === z.join(".");
}
function parentName(name2) {
  if (!name2.includes("\\")) {
    const dot = name2.indexOf(".");
    return dot < 0 || dot === name2.length - 1 ? "." : name2.slice(dot + 1);
  }
  const labels = labelsOf(name2);
  return labels.length <= 1 ? "." : `${labels.slice(1).join(".")}.`;
}
function relativeName(name2, zone) {
  if (name2 === zone) return "@";
  if (zone === ".") return name2.slice(0, -1);
  if (isInZone(name2, zone)) return name2.slice(0, name2.length - zone.length - 1);
  return name2;
}
function isWildcard(name2) {
  return name2 === "*." || name2.startsWith("*.");
}

// src/model/record-type.ts
var STANDARD_TYPES = [
  "A",
  "AAAA",
  "CAA",
  "CDNSKEY",
  "CDS",
  "CNAME",
  "DHCID",
  "DNAME",
  "DNSKEY",
  "DS",
  "HTTPS",
  "LOC",
  "MX",
  "NAPTR",
  "NS",
  "OPENPGPKEY",
  "PTR",
  "SMIMEA",
  "SOA",
  "SPF",
  "SRV",
  "SSHFP",
  "SVCB",
  "TLSA",
  "TXT"
];
var PSEUDO_TYPES = [
  "ALIAS",
  "URLFWD",
  "CF_REDIRECT",
  "CF_TEMP_REDIRECT",
  "CF_WORKER_ROUTE",
  "CF_SINGLE_REDIRECT",
  "R53_ALIAS",
  "AZURE_ALIAS",
  "FRAME",
  "URL",
  "URL301",
  "IMPORT_TRANSFORM"
];
var standard = new Set(STANDARD_TYPES);
var pseudo = new Set(PSEUDO_TYPES);
function isStandardType(t) {
  return standard.has(t);
}
function isPseudoType(t) {
  return pseudo.has(t);
}
var TYPE_NUMBERS = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  LOC: 29,
  SRV: 33,
  NAPTR: 35,
  DNAME: 39,
  DS: 43,
  SSHFP: 44,
  DNSKEY: 48,
  DHCID: 49,
  TLSA: 52,
  SMIMEA: 53,
  CDS: 59,
  CDNSKEY: 60,
  OPENPGPKEY: 61,
  SVCB: 64,
  HTTPS: 65,
  SPF: 99,
  CAA: 257
};
var byNumber = new Map(
  Object.entries(TYPE_NUMBERS).map(([k, v]) => [v, k])
);
function parseRecordType(text2) {
  const upper = text2.toUpperCase();
  if (standard.has(upper)) return upper;
  if (pseudo.has(upper)) return upper;
  const m = /^TYPE(\d{1,5})$/.exec(upper);
  if (m) {
    const n = Number(m[1]);
    if (n > 65535) return void 0;
    return byNumber.get(n) ?? `TYPE${n}`;
  }
  return void 0;
}
var SINGLETON_TYPES = /* @__PURE__ */ new Set([
  "SOA",
  "CNAME",
  "DNAME"
]);

// src/model/rdata/types.ts
var RdataError = class extends Error {
  constructor(message, tokenIndex) {
    super(message);
    this.tokenIndex = tokenIndex;
    this.name = "RdataError";
  }
  tokenIndex;
};

// src/model/rdata/fields.ts
function token(tokens, i, what) {
  const t = tokens[i];
  if (t === void 0) throw new RdataError(`expected ${what}`, i);
  return t;
}
function end(tokens, i) {
  if (tokens.length > i) throw new RdataError(`unexpected "${tokens[i].text}" after the data`, i);
}
function uint(tokens, i, max, what) {
  const t = token(tokens, i, what);
  const s = t.text;
  if (s.length === 0 || s.length > 10 || t.quoted) throw new RdataError(`expected ${what}`, i);
  let v = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) throw new RdataError(`expected ${what}, not "${s}"`, i);
    v = v * 10 + c;
  }
  if (v > max) throw new RdataError(`${what} ${s} is above ${max}`, i);
  return v;
}
var U8 = 255;
var U16 = 65535;
var U32 = 4294967295;
var TTL_UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
function parseDuration(text2) {
  const n = text2.length;
  if (n === 0) return void 0;
  let plain = true;
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = text2.charCodeAt(k) - 48;
    if (c < 0 || c > 9) {
      plain = false;
      break;
    }
    v = v * 10 + c;
  }
  if (plain) return n > 10 || v > U32 ? void 0 : v;
  let total = 0;
  let num = "";
  for (let k = 0; k < n; k++) {
    const ch = text2[k];
    if (ch >= "0" && ch <= "9") num += ch;
    else {
      const unit = TTL_UNITS[ch.toLowerCase()];
      if (unit === void 0 || num === "" || num.length > 10) return void 0;
      total += Number(num) * unit;
      num = "";
    }
  }
  if (num !== "") return void 0;
  return total > U32 ? void 0 : total;
}
function duration(tokens, i, what) {
  const t = token(tokens, i, what);
  const v = t.quoted ? void 0 : parseDuration(t.text);
  if (v === void 0)
    throw new RdataError(`expected ${what} (seconds or 1h30m), not "${t.text}"`, i);
  return v;
}
function plainName(text2, origin) {
  const form = plainForm(text2);
  if (form === void 0) return void 0;
  const n = text2.length;
  if (form === "absolute") return n + 1 > 255 ? void 0 : text2;
  if (origin === ".") return n + 2 > 255 ? void 0 : `${text2}.`;
  if (n + origin.length + 2 > 255 || !isPlainAbsolute(origin)) return void 0;
  return `${text2}.${origin}`;
}
function resolveName(text2, origin) {
  const plain = plainName(text2, origin);
  return plain === void 0 ? toAbsoluteName(text2, origin) : { ok: true, name: plain };
}
var lastOrigin = "";
var lastOriginPlain = false;
function isPlainAbsolute(origin) {
  if (origin !== lastOrigin) {
    lastOrigin = origin;
    lastOriginPlain = !origin.includes("\\");
  }
  return lastOriginPlain;
}
function name(tokens, i, ctx, what) {
  const t = token(tokens, i, what);
  const r = resolveName(t.text, ctx.origin);
  if (!r.ok) throw new RdataError(`bad ${what}: ${r.message}`, i);
  return r.name;
}
var HEX = /^[0-9a-fA-F]*$/;
function hexRest(tokens, from, what) {
  if (tokens.length <= from) throw new RdataError(`expected ${what} (hex)`, from);
  let s = "";
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.quoted || !HEX.test(t.text)) throw new RdataError(`${what} must be hexadecimal`, k);
    s += t.text;
  }
  if (s.length % 2 !== 0) throw new RdataError(`${what} has an odd number of hex digits`, from);
  return s.toUpperCase();
}
var B64 = /^[A-Za-z0-9+/]*={0,2}$/;
function base64Rest(tokens, from, what) {
  if (tokens.length <= from) throw new RdataError(`expected ${what} (base64)`, from);
  let s = "";
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.quoted || !B64.test(t.text)) throw new RdataError(`${what} is not base64`, k);
    s += t.text;
  }
  return checkBase64(s, from, what);
}
function checkBase64(s, at, what) {
  if (s.length % 4 !== 0 || !B64.test(s)) throw new RdataError(`${what} is not valid base64`, at);
  const canonical = Buffer.from(s, "base64").toString("base64");
  if (canonical !== s) throw new RdataError(`${what} is not canonical base64`, at);
  return s;
}
function decodeOctets(text2) {
  let simple = true;
  for (let k = 0; k < text2.length; k++) {
    const c = text2.charCodeAt(k);
    if (c === 92 || c > 126) {
      simple = false;
      break;
    }
  }
  if (simple) return text2;
  let out = "";
  for (let k = 0; k < text2.length; k++) {
    const c = text2.charCodeAt(k);
    if (c === 92) {
      const d1 = text2.charCodeAt(k + 1);
      if (d1 >= 48 && d1 <= 57) {
        const d = text2.slice(k + 1, k + 4);
        if (!/^\d{3}$/.test(d)) return { error: `escape \\${d} needs three digits` };
        const v = Number(d);
        if (v > 255) return { error: `escape \\${d} is above 255` };
        out += String.fromCharCode(v);
        k += 3;
      } else if (k + 1 < text2.length) {
        const cp = text2.codePointAt(k + 1);
        if (cp > 127) {
          out += utf8Octets(String.fromCodePoint(cp));
          k += cp > 65535 ? 2 : 1;
        } else {
          out += text2[k + 1];
          k++;
        }
      } else return { error: "lone backslash at the end" };
    } else if (c > 127) {
      const cp = text2.codePointAt(k);
      out += utf8Octets(String.fromCodePoint(cp));
      if (cp > 65535) k++;
    } else out += text2[k];
  }
  return out;
}
function utf8Octets(ch) {
  return String.fromCharCode(...Buffer.from(ch, "utf8"));
}
function charString(tokens, i, what, max = 255) {
  const t = token(tokens, i, what);
  const v = decodeOctets(t.text);
  if (typeof v !== "string") throw new RdataError(`bad ${what}: ${v.error}`, i);
  if (v.length > max) throw new RdataError(`${what} is ${v.length} octets long (max ${max})`, i);
  return v;
}
function quoteOctets(octets) {
  let plain = true;
  for (let k = 0; k < octets.length; k++) {
    const c = octets.charCodeAt(k);
    if (c < 32 || c > 126 || c === 34 || c === 92) {
      plain = false;
      break;
    }
  }
  if (plain) return `"${octets}"`;
  return `"${escapeOctets(octets, '"\\')}"`;
}
function escapeOctets(octets, special) {
  let s = "";
  for (let k = 0; k < octets.length; k++) {
    const c = octets.charCodeAt(k);
    if (c < 32 || c > 126) s += `\\${String(c).padStart(3, "0")}`;
    else if (special.includes(octets[k])) s += `\\${octets[k]}`;
    else s += octets[k];
  }
  return s;
}

// src/model/rdata/a.ts
var aCodec = {
  parse(tokens) {
    const t = token(tokens, 0, "an IPv4 address");
    if (!isIPv4(t.text) || t.quoted) throw new RdataError(`"${t.text}" is not an IPv4 address`, 0);
    end(tokens, 1);
    return { address: t.text };
  },
  format(rdata) {
    return rdata.address;
  }
};

// src/model/rdata/aaaa.ts
var aaaaCodec = {
  parse(tokens) {
    const t = token(tokens, 0, "an IPv6 address");
    const w = t.quoted ? void 0 : parseIPv6(t.text);
    if (!w) throw new RdataError(`"${t.text}" is not an IPv6 address`, 0);
    end(tokens, 1);
    return { address: formatIPv6(w) };
  },
  format(rdata) {
    return rdata.address;
  }
};

// src/model/rdata/base64-only.ts
var dhcidCodec = {
  parse(tokens) {
    return { data: base64Rest(tokens, 0, "DHCID data") };
  },
  format(r) {
    return r.data;
  }
};
var openpgpkeyCodec = {
  parse(tokens) {
    return { publicKey: base64Rest(tokens, 0, "OpenPGP key") };
  },
  format(r) {
    return r.publicKey;
  }
};

// src/model/rdata/caa.ts
var caaCodec = {
  parse(tokens) {
    const flags = uint(tokens, 0, U8, "CAA flags");
    const tag = token(tokens, 1, "CAA tag").text;
    if (!/^[a-zA-Z0-9]{1,255}$/.test(tag))
      throw new RdataError(`CAA tag "${tag}" must be letters and digits`, 1);
    const value = charString(tokens, 2, "CAA value", 65535);
    end(tokens, 3);
    return { flags, tag, value };
  },
  format(r) {
    return `${r.flags} ${r.tag} ${quoteOctets(r.value)}`;
  }
};

// src/model/rdata/dnssec-algorithms.ts
var ALGORITHMS = {
  RSAMD5: 1,
  DH: 2,
  DSA: 3,
  RSASHA1: 5,
  "DSA-NSEC3-SHA1": 6,
  NSEC3DSA: 6,
  "RSASHA1-NSEC3-SHA1": 7,
  NSEC3RSASHA1: 7,
  RSASHA256: 8,
  RSASHA512: 10,
  "ECC-GOST": 12,
  ECCGOST: 12,
  ECDSAP256SHA256: 13,
  ECDSAP384SHA384: 14,
  ED25519: 15,
  ED448: 16,
  INDIRECT: 252,
  PRIVATEDNS: 253,
  PRIVATEOID: 254
};
var DIGESTS = {
  SHA1: 1,
  "SHA-1": 1,
  SHA256: 2,
  "SHA-256": 2,
  GOST: 3,
  SHA384: 4,
  "SHA-384": 4
};
var DIGEST_LENGTHS = { 1: 20, 2: 32, 4: 48 };
function algorithm(tokens, i) {
  const t = token(tokens, i, "DNSSEC algorithm");
  const byName = ALGORITHMS[t.text.toUpperCase()];
  if (byName !== void 0 && !t.quoted) return byName;
  return uint(tokens, i, U8, "DNSSEC algorithm");
}
function digestType(tokens, i) {
  const t = token(tokens, i, "digest type");
  const byName = DIGESTS[t.text.toUpperCase()];
  if (byName !== void 0 && !t.quoted) return byName;
  return uint(tokens, i, U8, "digest type");
}
function checkDigestLength(type, hex2, at) {
  const want = DIGEST_LENGTHS[type];
  if (want !== void 0 && hex2.length !== want * 2)
    throw new RdataError(
      `digest type ${type} needs ${want} octets, this has ${hex2.length / 2}`,
      at
    );
}

// src/model/rdata/dnskey.ts
function keyCodec() {
  return {
    parse(tokens) {
      const flags = uint(tokens, 0, U16, "flags");
      const protocol = uint(tokens, 1, U8, "protocol");
      const alg = algorithm(tokens, 2);
      const publicKey = base64Rest(tokens, 3, "public key");
      return { flags, protocol, algorithm: alg, publicKey };
    },
    format(rdata) {
      const r = rdata;
      return `${r.flags} ${r.protocol} ${r.algorithm} ${r.publicKey}`;
    }
  };
}
var dnskeyCodec = keyCodec();
var cdnskeyCodec = keyCodec();

// src/model/rdata/ds.ts
function dsCodec() {
  return {
    parse(tokens) {
      const keyTag = uint(tokens, 0, U16, "key tag");
      const alg = algorithm(tokens, 1);
      const dt = digestType(tokens, 2);
      const digest = hexRest(tokens, 3, "digest");
      checkDigestLength(dt, digest, 3);
      return { keyTag, algorithm: alg, digestType: dt, digest };
    },
    format(rdata) {
      const r = rdata;
      return `${r.keyTag} ${r.algorithm} ${r.digestType} ${r.digest}`;
    }
  };
}
var dsRecordCodec = dsCodec();
var cdsCodec = dsCodec();

// src/model/rdata/generic.ts
var genericCodec = {
  parse(tokens) {
    if (tokens[0]?.text !== "\\#" || tokens[0].quoted)
      throw new RdataError("unknown type needs RFC 3597 data: \\# <length> <hex>", 0);
    const lenTok = tokens[1];
    if (!lenTok || !/^\d+$/.test(lenTok.text))
      throw new RdataError("expected the data length after \\#", 1);
    const length = Number(lenTok.text);
    const hex2 = tokens.slice(2).map((t) => t.text).join("");
    if (!/^[0-9a-fA-F]*$/.test(hex2) || hex2.length % 2 !== 0)
      throw new RdataError("expected hexadecimal data after the length", 2);
    if (hex2.length / 2 !== length)
      throw new RdataError(`\\# says ${length} octets but the data has ${hex2.length / 2}`, 1);
    return { data: hex2.toUpperCase() };
  },
  format(rdata) {
    const len = rdata.data.length / 2;
    return len === 0 ? "\\# 0" : `\\# ${len} ${rdata.data}`;
  }
};

// src/model/rdata/loc.ts
var EQUATOR = 2 ** 31;
var ALT_BASE = 1e7;
function fixed(text2, places) {
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text2);
  if (!m || m[3] && m[3].length > places) return void 0;
  const v = Number(m[2]) * 10 ** places + Number((m[3] ?? "").padEnd(places, "0") || "0");
  return m[1] ? -v : v;
}
function angle(tokens, i, maxDeg, hemis) {
  const what = maxDeg === 90 ? "latitude" : "longitude";
  const deg = Number(token(tokens, i, what).text);
  if (!/^\d+$/.test(tokens[i].text) || deg > maxDeg)
    throw new RdataError(`bad ${what} degrees`, i);
  let ms = deg * 36e5;
  let k = i + 1;
  let t = token(tokens, k, `${what} hemisphere`).text;
  if (/^\d+$/.test(t)) {
    const min = Number(t);
    if (min > 59) throw new RdataError(`bad ${what} minutes`, k);
    ms += min * 6e4;
    k++;
    t = token(tokens, k, `${what} hemisphere`).text;
    const sec = fixed(t, 3);
    if (sec !== void 0 && sec >= 0) {
      if (sec >= 6e4) throw new RdataError(`bad ${what} seconds`, k);
      ms += sec;
      k++;
      t = token(tokens, k, `${what} hemisphere`).text;
    }
  }
  const h = hemis.indexOf(t.toUpperCase());
  if (t.length !== 1 || h === -1)
    throw new RdataError(`expected ${hemis[0]} or ${hemis[1]} for the ${what}`, k);
  if (ms > maxDeg * 36e5) throw new RdataError(`${what} out of range`, i);
  return [h === 0 ? EQUATOR + ms : EQUATOR - ms, k + 1];
}
function metres(text2) {
  return fixed(text2.endsWith("m") || text2.endsWith("M") ? text2.slice(0, -1) : text2, 2);
}
function precision(tokens, i, what) {
  const cm = metres(tokens[i].text);
  if (cm === void 0 || cm < 0 || cm > 9e9) throw new RdataError(`bad ${what}`, i);
  let exp = 0;
  while (exp < 9 && cm >= 10 ** (exp + 1)) exp++;
  const man = Math.floor(cm / 10 ** exp);
  return man << 4 | exp;
}
function precisionText(b) {
  const man = b >> 4;
  const exp = b & 15;
  if (exp > 1) return `${man * 10 ** (exp - 2)}m`;
  return `0.${String(man * 10 ** exp).padStart(2, "0")}m`;
}
function angleText(wire, hemis) {
  let v = wire - EQUATOR;
  const h = v < 0 ? hemis[1] : hemis[0];
  v = Math.abs(v);
  const ms = v % 1e3;
  v = Math.floor(v / 1e3);
  return `${Math.floor(v / 3600)} ${Math.floor(v / 60) % 60} ${v % 60}.${String(ms).padStart(3, "0")} ${h}`;
}
var locCodec = {
  parse(tokens) {
    const [latitude, i] = angle(tokens, 0, 90, "NS");
    const [longitude, j] = angle(tokens, i, 180, "EW");
    const alt = metres(token(tokens, j, "altitude").text);
    if (alt === void 0 || alt < -ALT_BASE || alt + ALT_BASE > 4294967295)
      throw new RdataError("bad altitude", j);
    const sizes = [18, 22, 19];
    const names = ["size", "horizontal precision", "vertical precision"];
    let k = j + 1;
    for (let s = 0; s < 3 && k < tokens.length; s++, k++)
      sizes[s] = precision(tokens, k, names[s]);
    if (k < tokens.length)
      throw new RdataError(`unexpected "${tokens[k].text}" after the data`, k);
    return {
      version: 0,
      size: sizes[0],
      horizPre: sizes[1],
      vertPre: sizes[2],
      latitude,
      longitude,
      altitude: alt + ALT_BASE
    };
  },
  format(r) {
    const cm = r.altitude - ALT_BASE;
    const sign = cm < 0 ? "-" : "";
    const a = Math.abs(cm);
    const alt = `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}m`;
    return `${angleText(r.latitude, "NS")} ${angleText(r.longitude, "EW")} ${alt} ${precisionText(r.size)} ${precisionText(r.horizPre)} ${precisionText(r.vertPre)}`;
  }
};

// src/model/rdata/mx.ts
var mxCodec = {
  parse(tokens, ctx) {
    const preference = uint(tokens, 0, U16, "MX preference");
    const exchange = name(tokens, 1, ctx, "mail exchange name");
    end(tokens, 2);
    return { preference, exchange };
  },
  format(r) {
    return `${r.preference} ${r.exchange}`;
  }
};

// src/model/rdata/naptr.ts
var naptrCodec = {
  parse(tokens, ctx) {
    const order = uint(tokens, 0, U16, "NAPTR order");
    const preference = uint(tokens, 1, U16, "NAPTR preference");
    const flags = charString(tokens, 2, "NAPTR flags");
    if (!/^[A-Za-z0-9]*$/.test(flags))
      throw new RdataError("NAPTR flags must be letters and digits", 2);
    const services = charString(tokens, 3, "NAPTR services");
    const regexp = charString(tokens, 4, "NAPTR regexp");
    const replacement = name(tokens, 5, ctx, "NAPTR replacement");
    end(tokens, 6);
    return { order, preference, flags, services, regexp, replacement };
  },
  format(r) {
    return `${r.order} ${r.preference} ${quoteOctets(r.flags)} ${quoteOctets(r.services)} ${quoteOctets(r.regexp)} ${r.replacement}`;
  }
};

// src/model/rdata/soa.ts
var soaCodec = {
  parse(tokens, ctx) {
    const r = {
      mname: name(tokens, 0, ctx, "primary server name (MNAME)"),
      rname: name(tokens, 1, ctx, "responsible mailbox (RNAME)"),
      serial: uint(tokens, 2, U32, "serial"),
      refresh: duration(tokens, 3, "refresh"),
      retry: duration(tokens, 4, "retry"),
      expire: duration(tokens, 5, "expire"),
      minimum: duration(tokens, 6, "minimum")
    };
    end(tokens, 7);
    return r;
  },
  format(r) {
    return `${r.mname} ${r.rname} ${r.serial} ${r.refresh} ${r.retry} ${r.expire} ${r.minimum}`;
  }
};

// src/model/rdata/srv.ts
var srvCodec = {
  parse(tokens, ctx) {
    const r = {
      priority: uint(tokens, 0, U16, "SRV priority"),
      weight: uint(tokens, 1, U16, "SRV weight"),
      port: uint(tokens, 2, U16, "SRV port"),
      target: name(tokens, 3, ctx, "SRV target")
    };
    end(tokens, 4);
    return r;
  },
  format(r) {
    return `${r.priority} ${r.weight} ${r.port} ${r.target}`;
  }
};

// src/model/rdata/sshfp.ts
var FP_LENGTHS = { 1: 20, 2: 32 };
var sshfpCodec = {
  parse(tokens) {
    const alg = uint(tokens, 0, U8, "SSHFP algorithm");
    const fpType = uint(tokens, 1, U8, "fingerprint type");
    const fingerprint = hexRest(tokens, 2, "fingerprint");
    const want = FP_LENGTHS[fpType];
    if (want !== void 0 && fingerprint.length !== want * 2)
      throw new RdataError(`fingerprint type ${fpType} needs ${want} octets`, 2);
    return { algorithm: alg, fpType, fingerprint };
  },
  format(r) {
    return `${r.algorithm} ${r.fpType} ${r.fingerprint}`;
  }
};

// src/model/rdata/svcb.ts
var KEY_NAMES = [
  "mandatory",
  "alpn",
  "no-default-alpn",
  "port",
  "ipv4hint",
  "ech",
  "ipv6hint",
  "dohpath",
  "ohttp",
  "tls-supported-groups"
];
function checkDohpath(path, at) {
  let hasDns = false;
  for (let k = path.indexOf("{"); k !== -1; k = path.indexOf("{", k + 1)) {
    const close = path.indexOf("}", k);
    if (close === -1) break;
    const body = path.slice(k + 1, close).replace(/^[+#./;?&=,!@|]/, "");
    if (body.split(",").some((v) => /^dns(\*|:\d+)?$/.test(v))) hasDns = true;
  }
  const balanced = (path.match(/\{/g) ?? []).length === (path.match(/\}/g) ?? []).length;
  if (!path.startsWith("/") || !balanced || !hasDns)
    throw new RdataError("dohpath must be a relative URI template with a {?dns} variable", at);
  return path;
}
function groupList(text2, at) {
  const groups = text2.split(",").map((g) => uint([{ text: g, quoted: false }], 0, U16, "group"));
  if (new Set(groups).size !== groups.length)
    throw new RdataError("tls-supported-groups lists a group twice", at);
  return groups;
}
function keyNumber(key2) {
  const known = KEY_NAMES.indexOf(key2.toLowerCase());
  if (known !== -1) return known;
  const m = /^key(\d{1,5})$/i.exec(key2);
  if (!m) return void 0;
  const n = Number(m[1]);
  return n < 65535 ? n : void 0;
}
function keyName(n) {
  return KEY_NAMES[n] ?? `key${n}`;
}
function splitList(octets) {
  const items = [];
  let cur = "";
  for (let k = 0; k < octets.length; k++) {
    const c = octets[k];
    if (c === "\\" && k + 1 < octets.length) cur += octets[++k];
    else if (c === ",") {
      items.push(cur);
      cur = "";
    } else cur += c;
  }
  items.push(cur);
  return items;
}
function valueText(n, octets, at) {
  const what = keyName(n);
  const need = () => {
    if (octets === void 0 || octets === "") throw new RdataError(`${what} needs a value`, at);
    return octets;
  };
  switch (n) {
    case 0: {
      const keys = need().split(",").map((k) => keyNumber(k));
      if (keys.some((k) => k === void 0 || k === 0))
        throw new RdataError("mandatory lists unknown keys or itself", at);
      const sorted = [...new Set(keys)].sort((a, b) => a - b);
      if (sorted.length !== keys.length) throw new RdataError("mandatory lists a key twice", at);
      return sorted.map(keyName).join(",");
    }
    case 1: {
      const ids = splitList(need());
      if (ids.some((id) => id.length === 0 || id.length > 255))
        throw new RdataError("alpn has an empty or over-long protocol id", at);
      return alpnText(ids);
    }
    case 2:
      if (octets) throw new RdataError("no-default-alpn takes no value", at);
      return void 0;
    case 3:
      return String(uint([{ text: need(), quoted: false }], 0, U16, "port"));
    case 4: {
      const list = need().split(",");
      if (list.some((a) => !parseIPv4(a)))
        throw new RdataError("ipv4hint needs IPv4 addresses", at);
      return list.join(",");
    }
    case 5:
      return octets ? checkBase64(octets, at, "ech") : void 0;
    case 6: {
      const list = need().split(",").map((a) => parseIPv6(a));
      if (list.some((a) => !a)) throw new RdataError("ipv6hint needs IPv6 addresses", at);
      return list.map((a) => formatIPv6(a)).join(",");
    }
    case 7:
      return `"${escapeOctets(checkDohpath(need(), at), '"\\')}"`;
    case 8:
      if (octets) throw new RdataError("ohttp takes no value", at);
      return void 0;
    case 9:
      return groupList(need(), at).join(",");
    default:
      return octets ? `"${escapeOctets(octets, '"\\')}"` : void 0;
  }
}
function alpnText(ids) {
  const inner = ids.map((id) => id.replace(/[\\,]/g, (c) => `\\${c}`)).join(",");
  return `"${escapeOctets(inner, '"\\')}"`;
}
function svcParamText(n, v) {
  const key2 = keyName(n);
  const list = (size) => {
    if (v.length === 0 || v.length % size !== 0) throw new RdataError(`bad ${key2} wire value`, 0);
    const out = [];
    for (let k = 0; k < v.length; k += size) out.push(v.subarray(k, k + size));
    return out;
  };
  switch (n) {
    case 0:
      return {
        key: key2,
        value: list(2).map((b) => keyName(b[0] << 8 | b[1])).join(",")
      };
    case 1: {
      const ids = [];
      for (let k = 0; k < v.length; k += 1 + v[k]) {
        if (v[k] === 0 || k + 1 + v[k] > v.length) throw new RdataError("bad alpn wire value", 0);
        ids.push(String.fromCharCode(...v.subarray(k + 1, k + 1 + v[k])));
      }
      if (ids.length === 0) throw new RdataError("bad alpn wire value", 0);
      return { key: key2, value: alpnText(ids) };
    }
    case 2:
      if (v.length !== 0) throw new RdataError("no-default-alpn has a value", 0);
      return { key: key2 };
    case 3:
      if (v.length !== 2) throw new RdataError("bad port wire value", 0);
      return { key: key2, value: String(v[0] << 8 | v[1]) };
    case 4:
      return {
        key: key2,
        value: list(4).map((b) => b.join(".")).join(",")
      };
    case 5:
      return v.length === 0 ? { key: key2 } : { key: key2, value: Buffer.from(v).toString("base64") };
    case 6:
      return {
        key: key2,
        value: list(16).map((b) => formatIPv6([0, 2, 4, 6, 8, 10, 12, 14].map((k) => b[k] << 8 | b[k + 1]))).join(",")
      };
    case 7:
      return { key: key2, value: valueText(7, String.fromCharCode(...v), 0) };
    case 8:
      if (v.length !== 0) throw new RdataError("ohttp has a value", 0);
      return { key: key2 };
    case 9:
      return {
        key: key2,
        value: list(2).map((b) => b[0] << 8 | b[1]).join(",")
      };
    default:
      return v.length === 0 ? { key: key2 } : { key: key2, value: `"${escapeOctets(String.fromCharCode(...v), '"\\')}"` };
  }
}
function parseParams(tokens, from) {
  const byKey = /* @__PURE__ */ new Map();
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.quoted) throw new RdataError("expected a SvcParam key", i);
    const eq = t.text.indexOf("=");
    const key2 = eq === -1 ? t.text : t.text.slice(0, eq);
    const n = keyNumber(key2);
    if (n === void 0) throw new RdataError(`unknown SvcParam key "${key2}"`, i);
    if (byKey.has(n)) throw new RdataError(`SvcParam ${keyName(n)} appears twice`, i);
    let raw;
    if (eq !== -1) {
      raw = t.text.slice(eq + 1);
      const next = tokens[i + 1];
      if (raw === "" && next?.quoted) {
        raw = next.text;
        i++;
      }
    }
    let octets;
    if (raw !== void 0) {
      const d = decodeOctets(raw);
      if (typeof d !== "string") throw new RdataError(`bad ${keyName(n)} value: ${d.error}`, i);
      octets = d;
    }
    const value = valueText(n, octets, i);
    byKey.set(n, value === void 0 ? { key: keyName(n) } : { key: keyName(n), value });
  }
  const mandatory = byKey.get(0)?.value;
  if (mandatory) {
    for (const k of mandatory.split(","))
      if (!byKey.has(keyNumber(k))) throw new RdataError(`mandatory key ${k} is missing`, from);
  }
  if (byKey.has(2) && !byKey.has(1)) throw new RdataError("no-default-alpn needs alpn", from);
  return [...byKey.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
}
function svcCodec() {
  return {
    parse(tokens, ctx) {
      const priority = uint(tokens, 0, U16, "SvcPriority");
      const target2 = name(tokens, 1, ctx, "target name");
      const params = parseParams(tokens, 2);
      return { priority, target: target2, params };
    },
    format(rdata) {
      const r = rdata;
      let s = `${r.priority} ${r.target}`;
      for (const p of r.params) s += p.value === void 0 ? ` ${p.key}` : ` ${p.key}=${p.value}`;
      return s;
    }
  };
}
var svcbCodec = svcCodec();
var httpsCodec = svcCodec();

// src/model/rdata/target.ts
function targetCodec(what) {
  return {
    parse(tokens, ctx) {
      const target2 = name(tokens, 0, ctx, what);
      end(tokens, 1);
      return { target: target2 };
    },
    format(rdata) {
      return rdata.target;
    }
  };
}
var nsCodec = targetCodec("name server name");
var cnameCodec = targetCodec("canonical name");
var dnameCodec = targetCodec("target name");
var ptrCodec = targetCodec("pointer name");

// src/model/rdata/tlsa.ts
function certCodec() {
  return {
    parse(tokens) {
      const usage = uint(tokens, 0, U8, "certificate usage");
      const selector = uint(tokens, 1, U8, "selector");
      const matchingType = uint(tokens, 2, U8, "matching type");
      const data = hexRest(tokens, 3, "certificate association data");
      return { usage, selector, matchingType, data };
    },
    format(rdata) {
      const r = rdata;
      return `${r.usage} ${r.selector} ${r.matchingType} ${r.data}`;
    }
  };
}
var tlsaCodec = certCodec();
var smimeaCodec = certCodec();

// src/model/rdata/txt.ts
function textCodec() {
  return {
    parse(tokens) {
      if (tokens.length === 0) throw new RdataError("expected at least one character-string", 0);
      const strings = [];
      for (let i = 0; i < tokens.length; i++)
        strings.push(charString(tokens, i, "character-string"));
      return { strings };
    },
    format(r) {
      const strings = r.strings;
      if (strings.length === 1) return quoteOctets(strings[0]);
      return strings.map(quoteOctets).join(" ");
    }
  };
}
var txtCodec = textCodec();
var spfCodec = textCodec();

// src/model/rdata/codecs.ts
var CODECS = {
  generic: genericCodec,
  A: aCodec,
  AAAA: aaaaCodec,
  CAA: caaCodec,
  CDNSKEY: cdnskeyCodec,
  CDS: cdsCodec,
  CNAME: cnameCodec,
  DHCID: dhcidCodec,
  DNAME: dnameCodec,
  DNSKEY: dnskeyCodec,
  DS: dsRecordCodec,
  HTTPS: httpsCodec,
  LOC: locCodec,
  MX: mxCodec,
  NAPTR: naptrCodec,
  NS: nsCodec,
  OPENPGPKEY: openpgpkeyCodec,
  PTR: ptrCodec,
  SMIMEA: smimeaCodec,
  SOA: soaCodec,
  SPF: spfCodec,
  SRV: srvCodec,
  SSHFP: sshfpCodec,
  SVCB: svcbCodec,
  TLSA: tlsaCodec,
  TXT: txtCodec
};

// src/model/rdata/tokens.ts
var SPACE = 32;
var TAB = 9;
var LF = 10;
var CR = 13;
var QUOTE = 34;
var BACKSLASH = 92;
var TOKEN_SPACE = [SPACE, TAB, LF, CR];
function isTokenSpace(code) {
  return code === SPACE || code === TAB || code === LF || code === CR;
}
function tokenizeRdata(text2) {
  const tokens = [];
  let i = 0;
  const n = text2.length;
  while (i < n) {
    const c = text2[i];
    if (isTokenSpace(text2.charCodeAt(i))) {
      i++;
      continue;
    }
    if (c === '"') {
      let j2 = i + 1;
      while (j2 < n && text2.charCodeAt(j2) !== QUOTE)
        j2 += text2.charCodeAt(j2) === BACKSLASH && j2 + 1 < n ? 2 : 1;
      if (j2 >= n) return { error: "unterminated quoted string" };
      tokens.push({ text: text2.slice(i + 1, j2), quoted: true });
      i = j2 + 1;
      continue;
    }
    let j = i;
    while (j < n && !isTokenSpace(text2.charCodeAt(j)) && text2.charCodeAt(j) !== QUOTE)
      j += text2.charCodeAt(j) === BACKSLASH && j + 1 < n ? 2 : 1;
    tokens.push({ text: text2.slice(i, j), quoted: false });
    i = j;
  }
  return tokens;
}
function decodeEscapes(text2) {
  if (!text2.includes("\\")) return text2;
  let out = "";
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const d = text2.slice(i + 1, i + 4);
    if (/^\d{3}$/.test(d)) {
      const v = Number(d);
      if (v > 255) return { error: `escape \\${d} is above 255` };
      out += String.fromCharCode(v);
      i += 3;
    } else if (i + 1 < text2.length) {
      out += text2[i + 1];
      i++;
    } else return { error: "lone backslash at the end" };
  }
  return out;
}

// src/model/rdata/wire.ts
var Reader = class {
  constructor(b) {
    this.b = b;
  }
  b;
  i = 0;
  need(n) {
    if (this.i + n > this.b.length) throw new RdataError("wire data is too short", 0);
  }
  u8() {
    this.need(1);
    return this.b[this.i++];
  }
  u16() {
    return this.u8() << 8 | this.u8();
  }
  u32() {
    return this.u16() * 65536 + this.u16();
  }
  bytes(n) {
    this.need(n);
    const out = this.b.subarray(this.i, this.i + n);
    this.i += n;
    return out;
  }
  rest() {
    return this.bytes(this.b.length - this.i);
  }
  octets(n) {
    return String.fromCharCode(...this.bytes(n));
  }
  charString() {
    return this.octets(this.u8());
  }
  name() {
    let text2 = "";
    for (let hops = 0; ; hops++) {
      const len = this.u8();
      if (len === 0) break;
      if (len > 63 || hops > 127) throw new RdataError("compressed or bad name in wire data", 0);
      text2 += `${escapeOctets(this.octets(len), '.\\"();@$')}.`;
    }
    const r = canonicalName(text2 === "" ? "." : text2);
    if (!r.ok) throw new RdataError(r.message, 0);
    return r.name;
  }
  done() {
    if (this.i !== this.b.length) throw new RdataError("wire data is longer than the record", 0);
  }
};
var hex = (b) => Buffer.from(b).toString("hex").toUpperCase();
var b64 = (b) => Buffer.from(b).toString("base64");
var target = (r) => ({ target: r.name() });
var ds = (r) => ({
  keyTag: r.u16(),
  algorithm: r.u8(),
  digestType: r.u8(),
  digest: hex(r.rest())
});
var key = (r) => ({
  flags: r.u16(),
  protocol: r.u8(),
  algorithm: r.u8(),
  publicKey: b64(r.rest())
});
var cert = (r) => ({
  usage: r.u8(),
  selector: r.u8(),
  matchingType: r.u8(),
  data: hex(r.rest())
});
var text = (r) => {
  const strings = [];
  while (r.i < r.b.length) strings.push(r.charString());
  if (strings.length === 0) throw new RdataError("TXT wire data is empty", 0);
  return { strings };
};
var svc = (r) => {
  const priority = r.u16();
  const t = r.name();
  const params = [];
  let last = -1;
  while (r.i < r.b.length) {
    const k = r.u16();
    if (k <= last) throw new RdataError("SvcParam keys are not in increasing order", 0);
    last = k;
    params.push(svcParamText(k, r.bytes(r.u16())));
  }
  return { priority, target: t, params };
};
var DECODERS = {
  A: (r) => ({ address: [...r.bytes(4)].join(".") }),
  AAAA: (r) => {
    const w = [];
    for (let k = 0; k < 8; k++) w.push(r.u16());
    return { address: formatIPv6(w) };
  },
  NS: target,
  CNAME: target,
  DNAME: target,
  PTR: target,
  MX: (r) => ({ preference: r.u16(), exchange: r.name() }),
  SOA: (r) => ({
    mname: r.name(),
    rname: r.name(),
    serial: r.u32(),
    refresh: r.u32(),
    retry: r.u32(),
    expire: r.u32(),
    minimum: r.u32()
  }),
  TXT: text,
  SPF: text,
  SRV: (r) => ({ priority: r.u16(), weight: r.u16(), port: r.u16(), target: r.name() }),
  CAA: (r) => {
    const flags = r.u8();
    const tag = r.charString();
    if (!/^[a-zA-Z0-9]+$/.test(tag)) throw new RdataError("bad CAA tag in wire data", 0);
    return { flags, tag, value: r.octets(r.b.length - r.i) };
  },
  DS: ds,
  CDS: ds,
  DNSKEY: key,
  CDNSKEY: key,
  SSHFP: (r) => ({ algorithm: r.u8(), fpType: r.u8(), fingerprint: hex(r.rest()) }),
  TLSA: cert,
  SMIMEA: cert,
  NAPTR: (r) => ({
    order: r.u16(),
    preference: r.u16(),
    flags: r.charString(),
    services: r.charString(),
    regexp: r.charString(),
    replacement: r.name()
  }),
  SVCB: svc,
  HTTPS: svc,
  LOC: (r) => {
    const version = r.u8();
    if (version !== 0) throw new RdataError(`LOC version ${version} is unknown`, 0);
    const precisions = [r.u8(), r.u8(), r.u8()];
    if (precisions.some((b) => b >> 4 > 9 || (b & 15) > 9))
      throw new RdataError("bad LOC size or precision in wire data", 0);
    return {
      version,
      size: precisions[0],
      horizPre: precisions[1],
      vertPre: precisions[2],
      latitude: r.u32(),
      longitude: r.u32(),
      altitude: r.u32()
    };
  },
  DHCID: (r) => ({ data: b64(r.rest()) }),
  OPENPGPKEY: (r) => ({ publicKey: b64(r.rest()) })
};
function decodeWireRdata(type, hexData) {
  const r = new Reader(Buffer.from(hexData, "hex"));
  const value = DECODERS[type](r);
  r.done();
  return value;
}

// src/model/rdata/registry.ts
function codecFor(type) {
  return isStandardType(type) ? CODECS[type] : void 0;
}
function parseRdata(type, tokens, ctx) {
  try {
    const codec = codecFor(type);
    if (codec) {
      if (isWireForm(type, tokens)) return { ok: true, value: fromWire(type, codec, tokens) };
      return { ok: true, value: codec.format(codec.parse(tokens, ctx)) };
    }
    if (isPseudoType(type)) return { ok: true, value: pseudoText(tokens) };
    return { ok: true, value: CODECS.generic.format(CODECS.generic.parse(tokens)) };
  } catch (e) {
    if (e instanceof RdataError) {
      return e.tokenIndex === void 0 ? { ok: false, message: e.message } : { ok: false, message: e.message, tokenIndex: e.tokenIndex };
    }
    throw e;
  }
}
function isWireForm(type, tokens) {
  const [first, next] = tokens;
  if (first?.text !== "\\#" || first.quoted) return false;
  return type !== "TXT" || next !== void 0 && !next.quoted && /^\d+$/.test(next.text);
}
function fromWire(type, codec, tokens) {
  const { data } = CODECS.generic.parse(tokens);
  const text2 = codec.format(decodeWireRdata(type, data));
  const again = tokenizeRdata(text2);
  if ("error" in again) throw new RdataError(again.error, 0);
  try {
    return codec.format(codec.parse(again, { origin: "." }));
  } catch (e) {
    if (e instanceof RdataError) throw new RdataError(`RFC 3597 data: ${e.message}`, 0);
    throw e;
  }
}
function canonicalRdata(type, text2, origin) {
  const tokens = tokenizeRdata(text2);
  if ("error" in tokens) return { ok: false, message: tokens.error };
  return parseRdata(type, tokens, { origin });
}
function decodeRdata(type, value) {
  const tokens = tokenizeRdata(value);
  if ("error" in tokens) throw new RdataError(`not canonical ${type} rdata: ${tokens.error}`);
  const codec = codecFor(type);
  if (codec) return { type, ...codec.parse(tokens, { origin: "." }) };
  if (isPseudoType(type)) return { type, text: pseudoText(tokens) };
  return { type, ...CODECS.generic.parse(tokens) };
}
function mxExchange(value) {
  if (!value.includes("\\")) return value.slice(value.lastIndexOf(" ") + 1);
  return decodeRdata("MX", value).exchange;
}
function pseudoText(tokens) {
  return tokens.map((t) => t.quoted ? `"${t.text}"` : t.text).join(" ");
}

export {
  toAbsoluteName,
  plainForm,
  canonicalName,
  labelsOf,
  isInZone,
  parentName,
  relativeName,
  isWildcard,
  isStandardType,
  isPseudoType,
  TYPE_NUMBERS,
  parseRecordType,
  SINGLETON_TYPES,
  RdataError,
  token,
  end,
  uint,
  U8,
  U16,
  U32,
  parseDuration,
  plainName,
  name,
  hexRest,
  base64Rest,
  charString,
  quoteOctets,
  algorithm,
  genericCodec,
  CODECS,
  TOKEN_SPACE,
  isTokenSpace,
  tokenizeRdata,
  decodeEscapes,
  parseRdata,
  canonicalRdata,
  decodeRdata,
  mxExchange
};
