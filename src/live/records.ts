/**
 * Answers off the wire into the model's canonical RRsets, so that live data compares equal to
 * what a zone file or config says. Each record is written in presentation form and passed
 * through the same rdata codecs the formats use; types we cannot spell go RFC 3597 generic.
 */
import * as packet from 'dns-packet';
import { canonicalName, plainForm } from '../model/name.js';
import { formatIPv6, isIPv4, parseIPv6 } from '../model/rdata/address.js';
import { quoteOctets } from '../model/rdata/fields.js';
import { canonicalRdata } from '../model/rdata/registry.js';
import type { RecordType } from '../model/record-type.js';
import { makeRRset, type RRset } from '../model/zone.js';
import { recordTypeOf } from './dns/wire-types.js';

/** `example.com` (dns-packet) → `example.com.`; undefined when not a valid name. */
export function absolute(name: string): string | undefined {
  // canonicalName takes a plain name as written (model/name.ts, plainForm).
  const r = canonicalName(name === '' || name === '.' ? '.' : `${name}.`);
  return r.ok ? r.name : undefined;
}

/**
 * The canonical form of a name that is already canonical apart from the final dot (plain
 * labels, `plainForm`, 255 octets in wire form): nearly every name an answer holds. Undefined
 * for anything else, which the rdata codecs then handle (canonicalValue).
 */
function plainName(name: string): string | undefined {
  // Text length L is L + 2 octets in wire form (each dot stands for a length octet).
  return name.length <= 253 && plainForm(name) === 'relative' ? `${name}.` : undefined;
}

function target(name: unknown): string {
  const text = typeof name === 'string' ? name : '';
  return absolute(text) ?? `${text.toLowerCase()}.`;
}

/** A character-string in presentation form: quoted, `"` and `\` escaped, others as `\DDD`. */
function quote(octets: Buffer | string): string {
  const buf = typeof octets === 'string' ? Buffer.from(octets, 'latin1') : octets;
  let s = '"';
  for (const o of buf) {
    if (o === 0x22 || o === 0x5c) s += `\\${String.fromCharCode(o)}`;
    else if (o < 0x20 || o >= 0x7f) s += `\\${String(o).padStart(3, '0')}`;
    else s += String.fromCharCode(o);
  }
  return `${s}"`;
}

function generic(data: Buffer): string {
  return data.length === 0 ? '\\# 0' : `\\# ${data.length} ${data.toString('hex').toUpperCase()}`;
}

/** DS-shaped (DS, CDS) and DNSKEY-shaped (DNSKEY, CDNSKEY) rdata from raw bytes. */
function dsText(b: Buffer): string | undefined {
  if (b.length < 4) return undefined;
  return `${b.readUInt16BE(0)} ${b[2]} ${b[3]} ${b.subarray(4).toString('hex').toUpperCase()}`;
}
function dnskeyText(b: Buffer): string | undefined {
  if (b.length < 4) return undefined;
  return `${b.readUInt16BE(0)} ${b[2]} ${b[3]} ${b.subarray(4).toString('base64')}`;
}

/** Presentation text of one decoded answer's data. */
export function presentation(type: RecordType, data: unknown): string | undefined {
  const d = data as Record<string, unknown>;
  switch (type) {
    case 'A':
    case 'AAAA':
      return typeof data === 'string' ? data : undefined;
    case 'NS':
    case 'CNAME':
    case 'DNAME':
    case 'PTR':
      return target(data);
    case 'MX':
      return `${d.preference} ${target(d.exchange)}`;
    case 'SRV':
      return `${d.priority ?? 0} ${d.weight ?? 0} ${d.port} ${target(d.target)}`;
    case 'TXT':
    case 'SPF': {
      const parts = Buffer.isBuffer(data)
        ? splitStrings(data)
        : (data as (Buffer | string)[]).map((p) => p);
      return parts.map(quote).join(' ');
    }
    case 'CAA':
      return `${d.flags ?? 0} ${d.tag} ${quote(String(d.value))}`;
    case 'SOA':
      return `${target(d.mname)} ${target(d.rname)} ${d.serial} ${d.refresh} ${d.retry} ${d.expire} ${d.minimum}`;
    case 'DS':
      return `${d.keyTag} ${d.algorithm} ${d.digestType} ${(d.digest as Buffer).toString('hex').toUpperCase()}`;
    case 'DNSKEY':
      return `${d.flags} 3 ${d.algorithm} ${(d.key as Buffer).toString('base64')}`;
    case 'CDS':
      return Buffer.isBuffer(data) ? dsText(data) : undefined;
    case 'CDNSKEY':
      return Buffer.isBuffer(data) ? dnskeyText(data) : undefined;
    default:
      return Buffer.isBuffer(data) ? generic(data) : wireGeneric(type, data);
  }
}

/**
 * Types dns-packet decodes into objects we do not spell out here (SSHFP, TLSA, NAPTR, …):
 * its own encoder gives the rdata back, and RFC 3597 text lets our codec canonicalise it.
 * Without this such RRsets would read as absent and show up as false drift.
 */
// dns-packet exports its per-type codecs as `record(type)`; @types/dns-packet does not declare it.
const recordCodec = (
  packet as unknown as { record(type: string): { encode(data: unknown): Buffer } }
).record;

function wireGeneric(type: RecordType, data: unknown): string | undefined {
  try {
    const encoded = recordCodec(type).encode(data);
    return generic(encoded.subarray(2)); // the first two octets are RDLENGTH
  } catch {
    return undefined;
  }
}

/** TXT rdata as raw bytes (when dns-packet did not split it). */
function splitStrings(b: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; ) {
    const len = b[i]!;
    out.push(b.subarray(i + 1, i + 1 + len));
    i += 1 + len;
  }
  return out;
}

/**
 * The canonical value of the records nearly every answer holds, built from the decoded fields
 * with the model's own formatting (what `canonicalRdata` ends in), without writing text only
 * to parse it again. Undefined sends the record the long way.
 */
function directValue(type: RecordType, data: unknown): string | undefined {
  switch (type) {
    case 'A':
      return typeof data === 'string' && isIPv4(data) ? data : undefined;
    case 'AAAA': {
      const words = typeof data === 'string' ? parseIPv6(data) : undefined;
      return words && formatIPv6(words);
    }
    case 'NS':
    case 'CNAME':
    case 'DNAME':
    case 'PTR':
      return typeof data === 'string' ? plainName(data) : undefined;
    case 'MX': {
      const { preference, exchange } = data as { preference?: unknown; exchange?: unknown };
      const target = typeof exchange === 'string' ? plainName(exchange) : undefined;
      return target !== undefined && Number.isInteger(preference) && (preference as number) >= 0
        ? `${preference} ${target}`
        : undefined;
    }
    case 'TXT':
    case 'SPF': {
      if (!Array.isArray(data) || data.length === 0) return undefined;
      let text = '';
      for (const part of data) {
        if (!Buffer.isBuffer(part)) return undefined;
        text += (text === '' ? '' : ' ') + quoteOctets(part.toString('latin1'));
      }
      return text;
    }
    default:
      return undefined;
  }
}

/** Canonical value of one answer record, or undefined when it cannot be represented. */
export function canonicalValue(type: RecordType, data: unknown): string | undefined {
  const direct = directValue(type, data);
  if (direct !== undefined) return direct;
  const text = presentation(type, data);
  if (text === undefined) return undefined;
  const r = canonicalRdata(type, text, '.');
  return r.ok ? r.value : text;
}

/**
 * The RRset `name type` in a section, TTL the smallest of its records (RFC 2181 §5.2 says they
 * are equal; a server that disagrees gets the conservative reading). Undefined when absent.
 */
export function rrsetFrom(
  records: readonly packet.Answer[] | undefined,
  name: string,
  type: RecordType,
): RRset | undefined {
  const values: string[] = [];
  let ttl = Number.POSITIVE_INFINITY;
  for (const rr of records ?? []) {
    if (rr.type !== type && recordTypeOf(rr.type) !== type) continue;
    if (!sameOwner(rr.name, name)) continue;
    const value = canonicalValue(type, (rr as { data?: unknown }).data);
    if (value === undefined) continue;
    values.push(value);
    ttl = Math.min(ttl, (rr as { ttl?: number }).ttl ?? 0);
  }
  if (values.length === 0) return undefined;
  return makeRRset({ name, type, ttl, values });
}

/**
 * Whether an owner as dns-packet spells it names `name` (absolute): compared as spelt first
 * (the name asked, echoed back without its final dot), without a string per record.
 */
function sameOwner(owner: string, name: string): boolean {
  if (owner.length === name.length - 1 && name.startsWith(owner)) return true;
  return absolute(owner) === name;
}

/** Every distinct owner name of records of `type` in a section (e.g. NS owners in a referral). */
export function ownersOf(
  records: readonly packet.Answer[] | undefined,
  type: RecordType,
): string[] {
  const out = new Set<string>();
  for (const rr of records ?? []) {
    if (recordTypeOf(rr.type) !== type) continue;
    const n = absolute(rr.name);
    if (n) out.add(n);
  }
  return [...out];
}

/**
 * Every RRset in a list of records (a zone transfer), grouped by owner and type, each with
 * the smallest TTL of its records. Records whose type or data cannot be represented, and
 * types in `skip`, are left out.
 */
export function rrsetsOf(
  records: readonly packet.Answer[],
  skip: ReadonlySet<string> = new Set(),
): RRset[] {
  const groups = new Map<
    string,
    { name: string; type: RecordType; ttl: number; values: string[] }
  >();
  for (const rr of records) {
    const type = recordTypeOf(rr.type);
    const name = absolute(rr.name);
    if (!type || !name || skip.has(type) || (rr as { class?: string }).class === 'CH') continue;
    const value = canonicalValue(type, (rr as { data?: unknown }).data);
    if (value === undefined) continue;
    const key = `${name} ${type}`;
    const ttl = (rr as { ttl?: number }).ttl ?? 0;
    const group = groups.get(key);
    if (group) {
      group.values.push(value);
      group.ttl = Math.min(group.ttl, ttl);
    } else groups.set(key, { name, type, ttl, values: [value] });
  }
  return [...groups.values()].map((g) => makeRRset(g));
}
