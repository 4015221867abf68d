/**
 * The octets an RRSIG signs (RFC 4034 §3.1.8.1): the RRSIG RDATA without its signature,
 * followed by every RR of the RRset in canonical form (§6.2: owner lower-cased, no name
 * compression, the RRSIG's Original TTL, names inside RDATA lower-cased for the types of
 * §6.2 as corrected by RFC 6840 §5.1, so not NSEC) and canonical order (§6.3: RDATA as
 * left-justified octet strings, duplicates dropped). A wildcard answer is signed as its
 * unexpanded owner, `*.` plus the rightmost `labels` labels (RFC 4035 §5.3.2).
 *
 * The live client hands us records as dns-packet decoded them; their RDATA is rebuilt with
 * dns-packet's own encoder, which writes names uncompressed. Records that encoder cannot give
 * back octet for octet (labels that are not UTF-8, obsolete types whose names a server may have
 * compressed) are `unverifiable`: a signature we cannot rebuild the data of must not read as
 * bogus.
 */
import * as packet from 'dns-packet';
import { typeNumber } from '../dns/wire-types.js';

/** A record as dns-packet decodes it (what `Response.answers` holds). */
export interface WireRecord {
  readonly name: string;
  readonly type: string;
  readonly ttl?: number;
  readonly class?: string;
  readonly data?: unknown;
}

/** The fields of an RRSIG as dns-packet decodes them. */
export interface RrsigData {
  readonly typeCovered: string;
  readonly algorithm: number;
  readonly labels: number;
  readonly originalTTL: number;
  readonly expiration: number;
  readonly inception: number;
  readonly keyTag: number;
  readonly signersName: string;
  readonly signature: Buffer;
}

// dns-packet exports its per-type codecs as `record(type)` and `name`; @types/dns-packet omits them.
const codecs = packet as unknown as {
  record(type: string): { encode(data: unknown): Buffer };
  name: { encode(name: string): Buffer };
};

/** Fields holding domain names that canonical form lower-cases, per type (RFC 4034 §6.2). */
const NAME_FIELDS: Readonly<Record<string, readonly string[] | 'data'>> = {
  NS: 'data',
  CNAME: 'data',
  PTR: 'data',
  DNAME: 'data',
  SOA: ['mname', 'rname'],
  MX: ['exchange'],
  SRV: ['target'],
  NAPTR: ['replacement'],
  RP: ['mbox', 'txt'],
  RRSIG: ['signersName'],
};

/**
 * Types on the §6.2 list that dns-packet leaves as raw octets: their names would need
 * lower-casing (and, for the RFC 1035 ones, may be compressed), which we do not attempt.
 */
const RAW_NAME_TYPES = new Set([
  'MD',
  'MF',
  'MB',
  'MG',
  'MR',
  'MINFO',
  'AFSDB',
  'RT',
  'SIG',
  'PX',
  'NXT',
  'KX',
  'A6',
]);

/** ASCII upper case to lower in a name's wire form (length octets are ≤ 63, never letters). */
function lowerAscii(buf: Buffer): Buffer {
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i]!;
    if (c >= 0x41 && c <= 0x5a) buf[i] = c | 0x20;
  }
  return buf;
}

/** Canonical wire form of a name as dns-packet spells it (`www.example.com`, `.`). */
export function canonicalNameWire(name: string): Buffer {
  return lowerAscii(Buffer.from(codecs.name.encode(name)));
}

/** Labels of a name as dns-packet spells it, the root not counted. */
export function labelsOf(name: string): string[] {
  const bare = name.replace(/^\.|\.$/g, '');
  return bare === '' ? [] : bare.split('.');
}

/** The RRSIG Labels count of an owner: the root and a leading `*` are not counted (§3.1.3). */
export function labelCount(name: string): number {
  const labels = labelsOf(name);
  return labels[0] === '*' ? labels.length - 1 : labels.length;
}

/** True when a decoded value holds text that was not valid UTF-8 (dns-packet's U+FFFD). */
function lossy(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\uFFFD');
  if (Array.isArray(value)) return value.some(lossy);
  if (value && typeof value === 'object' && !Buffer.isBuffer(value))
    return Object.values(value).some(lossy);
  return false;
}

/** A name field lower-cased (the only rewrite canonical form makes inside RDATA). */
function lowerNames(type: string, data: unknown): unknown {
  const fields = NAME_FIELDS[type];
  if (!fields) return data;
  if (fields === 'data') return typeof data === 'string' ? data.toLowerCase() : data;
  const copy = { ...(data as Record<string, unknown>) };
  for (const f of fields)
    if (typeof copy[f] === 'string') copy[f] = (copy[f] as string).toLowerCase();
  return copy;
}

/**
 * A record's RDATA in canonical form, or undefined when it cannot be rebuilt faithfully.
 * Raw RDATA (types dns-packet does not decode) is taken as it came.
 */
export function canonicalRdata(record: WireRecord): Buffer | undefined {
  const { type, data } = record;
  if (Buffer.isBuffer(data)) return RAW_NAME_TYPES.has(type) ? undefined : data;
  if (RAW_NAME_TYPES.has(type) || lossy(data)) return undefined;
  try {
    return codecs.record(type).encode(lowerNames(type, data)).subarray(2); // minus RDLENGTH
  } catch {
    return undefined;
  }
}

/** The RRSIG RDATA up to the signature, signer's name in canonical form. */
export function rrsigPrefix(sig: RrsigData): Buffer | undefined {
  let covered: number;
  try {
    covered = typeNumber(sig.typeCovered.replace(/^UNKNOWN_/, 'TYPE'));
  } catch {
    return undefined;
  }
  const head = Buffer.alloc(18);
  head.writeUInt16BE(covered, 0);
  head.writeUInt8(sig.algorithm, 2);
  head.writeUInt8(sig.labels, 3);
  head.writeUInt32BE(sig.originalTTL >>> 0, 4);
  head.writeUInt32BE(sig.expiration >>> 0, 8);
  head.writeUInt32BE(sig.inception >>> 0, 12);
  head.writeUInt16BE(sig.keyTag, 16);
  return Buffer.concat([head, canonicalNameWire(sig.signersName)]);
}

/**
 * The owner as signed: the owner itself, or `*.` and its rightmost `labels` labels when the
 * answer was synthesised from a wildcard. Undefined when `labels` exceeds the owner's count.
 */
export function signedOwner(owner: string, labels: number): string | undefined {
  const count = labelCount(owner);
  if (labels > count) return undefined;
  if (labels === count) return owner;
  const all = labelsOf(owner);
  return ['*', ...all.slice(all.length - labels)].join('.');
}

/** RFC 4034 §6.3: octet-string order, a shorter prefix first. */
function compareOctets(a: Buffer, b: Buffer): number {
  return Buffer.compare(a, b);
}

/**
 * The data `sig` signs over `records` (one RRset: same owner, type and class), or a reason
 * it cannot be rebuilt.
 */
export function signedData(
  sig: RrsigData,
  records: readonly WireRecord[],
): { readonly data: Buffer } | { readonly unverifiable: string } {
  const prefix = rrsigPrefix(sig);
  if (!prefix) return { unverifiable: `unknown covered type ${sig.typeCovered}` };
  const first = records[0];
  if (!first) return { unverifiable: 'no records' };
  if (lossy(first.name) || lossy(sig.signersName))
    return { unverifiable: 'a name whose labels are not UTF-8' };
  const owner = signedOwner(first.name, sig.labels);
  if (owner === undefined) return { unverifiable: 'labels field exceeds the owner' };
  let type: number;
  try {
    type = typeNumber(first.type.replace(/^UNKNOWN_/, 'TYPE'));
  } catch {
    return { unverifiable: `unknown type ${first.type}` };
  }
  const rdatas: Buffer[] = [];
  for (const r of records) {
    const rdata = canonicalRdata(r);
    if (!rdata)
      return { unverifiable: `${first.type} data that cannot be rebuilt octet for octet` };
    rdatas.push(rdata);
  }
  rdatas.sort(compareOctets);
  const unique = rdatas.filter((r, i) => i === 0 || !r.equals(rdatas[i - 1]!));
  const ownerWire = canonicalNameWire(owner);
  const parts: Buffer[] = [prefix];
  for (const rdata of unique) {
    const fixed = Buffer.alloc(10);
    fixed.writeUInt16BE(type, 0);
    fixed.writeUInt16BE(1, 2); // class IN: the live phase asks nothing else
    fixed.writeUInt32BE(sig.originalTTL >>> 0, 4);
    fixed.writeUInt16BE(rdata.length, 8);
    parts.push(ownerWire, fixed, rdata);
  }
  return { data: Buffer.concat(parts) };
}
