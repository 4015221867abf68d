import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  decodeEscapes,
  isInZone,
  labelsOf
} from "./chunk-UEUQZ7ZE.js";

// src/model/special-use.ts
function range(from, to, zone, s, what) {
  const out = [];
  for (let n = from; n <= to; n++) out.push({ zone: zone(n), source: s, what });
  return out;
}
var v6Host = (first) => `${first}.${"0.".repeat(31)}ip6.arpa.`;
var SPECIAL_USE_ZONES = [
  // RFC 6761 §6: names with special meaning that no registry delegates.
  { zone: "test.", source: "RFC 6761 \xA76.2", what: "reserved for testing" },
  { zone: "localhost.", source: "RFC 6761 \xA76.3", what: "the loopback name" },
  { zone: "invalid.", source: "RFC 6761 \xA76.4", what: "reserved as always invalid" },
  { zone: "local.", source: "RFC 6762 \xA73", what: "the Multicast DNS domain" },
  { zone: "onion.", source: "RFC 7686", what: "Tor onion services, outside the DNS" },
  { zone: "alt.", source: "RFC 9476", what: "reserved for non-DNS name systems" },
  { zone: "home.arpa.", source: "RFC 8375", what: "the home network domain" },
  {
    zone: "internal.",
    source: "ICANN Board resolution of 29 July 2024 (SAC113)",
    what: "reserved for private use"
  },
  // RFC 6303 §4: reverse zones every recursive server should serve locally.
  { zone: "10.in-addr.arpa.", source: "RFC 6303 \xA74.1", what: "an RFC 1918 reverse zone" },
  ...range(16, 31, (n) => `${n}.172.in-addr.arpa.`, "RFC 6303 \xA74.1", "an RFC 1918 reverse zone"),
  { zone: "168.192.in-addr.arpa.", source: "RFC 6303 \xA74.1", what: "an RFC 1918 reverse zone" },
  { zone: "0.in-addr.arpa.", source: "RFC 6303 \xA74.2", what: "the reverse zone of 0.0.0.0/8" },
  { zone: "127.in-addr.arpa.", source: "RFC 6303 \xA74.2", what: "the loopback reverse zone" },
  {
    zone: "254.169.in-addr.arpa.",
    source: "RFC 6303 \xA74.2",
    what: "the link-local reverse zone"
  },
  ...["2.0.192", "100.51.198", "113.0.203"].map((net) => ({
    zone: `${net}.in-addr.arpa.`,
    source: "RFC 6303 \xA74.2",
    what: "a documentation reverse zone"
  })),
  {
    zone: "255.255.255.255.in-addr.arpa.",
    source: "RFC 6303 \xA74.2",
    what: "the broadcast reverse zone"
  },
  { zone: v6Host("0"), source: "RFC 6303 \xA74.3", what: "the reverse zone of ::" },
  { zone: v6Host("1"), source: "RFC 6303 \xA74.3", what: "the reverse zone of ::1" },
  { zone: "d.f.ip6.arpa.", source: "RFC 6303 \xA74.4", what: "the unique local reverse zone" },
  ...["8", "9", "a", "b"].map((n) => ({
    zone: `${n}.e.f.ip6.arpa.`,
    source: "RFC 6303 \xA74.5",
    what: "a link-local reverse zone"
  })),
  {
    zone: "8.b.d.0.1.0.0.2.ip6.arpa.",
    source: "RFC 6303 \xA74.6",
    what: "the documentation reverse zone"
  },
  // RFC 7793: the shared address space 100.64.0.0/10, served locally like RFC 1918.
  ...range(
    64,
    127,
    (n) => `${n}.100.in-addr.arpa.`,
    "RFC 7793",
    "a shared address space reverse zone"
  )
];
function specialUseZone(name) {
  const n = name.toLowerCase();
  return SPECIAL_USE_ZONES.find((s) => isInZone(n, s.zone));
}
function describeSpecialUse(s) {
  return `${s.zone} (${s.what}, ${s.source})`;
}

// src/model/dnssec.ts
import { createHash } from "node:crypto";
var DS_DIGESTS = {
  1: { hash: "sha1", length: 20 },
  2: { hash: "sha256", length: 32 },
  4: { hash: "sha384", length: 48 }
};
var DNSKEY_FLAG_ZONE = 256;
var DNSKEY_FLAG_REVOKE = 128;
var DNSKEY_FLAG_SEP = 1;
var UINT = /^\d{1,5}$/;
function parseDnskey(text) {
  const parts = text.trim().split(/\s+/);
  if (parts.length < 4 || !parts.slice(0, 3).every((p) => UINT.test(p))) return void 0;
  const [flags, protocol, algorithm] = parts.slice(0, 3).map(Number);
  const publicKey = parts.slice(3).join("");
  if (flags > 65535 || protocol > 255 || algorithm > 255) return void 0;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(publicKey)) return void 0;
  return { flags, protocol, algorithm, publicKey };
}
function parseDs(text) {
  const parts = text.trim().split(/\s+/);
  if (parts.length < 4 || !parts.slice(0, 3).every((p) => UINT.test(p))) return void 0;
  const [keyTag2, algorithm, digestType] = parts.slice(0, 3).map(Number);
  const digest = parts.slice(3).join("").toUpperCase();
  if (keyTag2 > 65535 || algorithm > 255 || digestType > 255) return void 0;
  if (!/^(?:[0-9A-F]{2})*$/.test(digest)) return void 0;
  return { keyTag: keyTag2, algorithm, digestType, digest };
}
function formatDs(ds) {
  return `${ds.keyTag} ${ds.algorithm} ${ds.digestType} ${ds.digest}`;
}
function dnskeyRdata(key) {
  const pub = Buffer.from(key.publicKey, "base64");
  const out = Buffer.alloc(4 + pub.length);
  out.writeUInt16BE(key.flags, 0);
  out.writeUInt8(key.protocol, 2);
  out.writeUInt8(key.algorithm, 3);
  pub.copy(out, 4);
  return out;
}
function keyTag(key) {
  const rdata = dnskeyRdata(key);
  if (key.algorithm === 1) {
    if (rdata.length < 7) return 0;
    return rdata.readUInt16BE(rdata.length - 3);
  }
  let sum = 0;
  for (let i = 0; i < rdata.length; i++) sum += i & 1 ? rdata[i] : rdata[i] << 8;
  sum += sum >>> 16 & 65535;
  return sum & 65535;
}
function nameToWire(name) {
  const parts = [];
  for (const label of labelsOf(name)) {
    const decoded = decodeEscapes(label);
    const text = typeof decoded === "string" ? decoded : label;
    const octets = Buffer.from(text, "latin1");
    for (let i = 0; i < octets.length; i++) {
      const c = octets[i];
      if (c >= 65 && c <= 90) octets[i] = c + 32;
    }
    parts.push(Buffer.from([octets.length]), octets);
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}
function computeDs(owner, key, digestType) {
  const spec = DS_DIGESTS[digestType];
  if (!spec) return void 0;
  const digest = createHash(spec.hash).update(nameToWire(owner)).update(dnskeyRdata(key)).digest("hex").toUpperCase();
  return { keyTag: keyTag(key), algorithm: key.algorithm, digestType, digest };
}
function matchDs(owner, ds, keys) {
  if (!DS_DIGESTS[ds.digestType]) return { kind: "unknown-digest" };
  for (const key of keys) {
    if (key.algorithm !== ds.algorithm || keyTag(key) !== ds.keyTag) continue;
    if (computeDs(owner, key, ds.digestType)?.digest === ds.digest) return { kind: "match", key };
  }
  return { kind: "no-match" };
}
function isUsableKey(key) {
  return (key.flags & DNSKEY_FLAG_ZONE) !== 0 && (key.flags & DNSKEY_FLAG_REVOKE) === 0 && key.protocol === 3;
}

// src/live/label.ts
function serverLabel(s) {
  return s.name === s.address ? s.address : `${s.name} (${s.address})`;
}

// src/model/serial.ts
function serialGreater(s2, s1) {
  const diff = (s2 - s1 + 2 ** 32) % 2 ** 32;
  return diff !== 0 && diff < 2 ** 31;
}
function newestSerial(serials) {
  let newest;
  for (const s of serials) if (newest === void 0 || serialGreater(s, newest)) newest = s;
  return newest;
}

export {
  DNSKEY_FLAG_ZONE,
  DNSKEY_FLAG_SEP,
  parseDnskey,
  parseDs,
  formatDs,
  keyTag,
  nameToWire,
  computeDs,
  matchDs,
  isUsableKey,
  specialUseZone,
  describeSpecialUse,
  serverLabel,
  serialGreater,
  newestSerial
};
