/**
 * SPF records (RFC 7208): reading them out of TXT RRsets, checking their syntax against the
 * ABNF of §12, and counting the DNS lookups a receiver makes (§4.6.4), following `include`
 * and `redirect` into records the repository itself defines.
 */

import { isIPv4, isIPv6 } from 'node:net';
import { memoized } from '../model/memoized.js';
import { decodeRdata } from '../model/rdata/registry.js';
import type { RRset, ZoneSet } from '../model/zone.js';
import { indexZone } from './zone-index.js';

/** RFC 7208 §4.6.4: more DNS-querying terms than this is a permerror. */
export const SPF_LOOKUP_LIMIT = 10;

export interface SpfTerm {
  readonly qualifier: string;
  /** Lower-cased mechanism or modifier name. */
  readonly name: string;
  readonly kind: 'mechanism' | 'modifier';
  /** Text after `:` or `=` (domain-spec, network), without a CIDR suffix. */
  readonly value?: string;
  readonly text: string;
}

export interface SpfRecord {
  readonly terms: readonly SpfTerm[];
  /** Syntax problems, each naming the term. Empty when the record is valid. */
  readonly errors: readonly string[];
}

const textsOf = new WeakMap<RRset, readonly string[]>();

/**
 * The TXT strings of an RRset's values joined per record (RFC 7208 §3.3), or [] when not TXT.
 * Decoded once per RRset and shared by the rules that read TXT (SPF, DMARC, quoting), on both
 * sides: an RRset is an immutable value.
 */
export function txtTexts(rrset: RRset): string[] {
  return rrset.type === 'TXT' ? [...sharedTexts(rrset)] : [];
}

/** `txtTexts` of a TXT RRset without the copy, for this module's own reading. */
function sharedTexts(rrset: RRset): readonly string[] {
  let texts = textsOf.get(rrset);
  if (!texts) {
    texts = decodeTexts(rrset);
    textsOf.set(rrset, texts);
  }
  return texts;
}

function decodeTexts(rrset: RRset): string[] {
  const out: string[] = [];
  for (const v of rrset.values) {
    const plain = plainTxt(v);
    if (plain !== undefined) {
      out.push(plain);
      continue;
    }
    try {
      const rd = decodeRdata('TXT', v) as { strings: string[] };
      out.push(rd.strings.join(''));
    } catch {
      // Not canonical TXT: not ours to judge here.
    }
  }
  return out;
}

/**
 * The text of a canonical TXT value that is one quoted character-string of printable ASCII
 * with no escapes (most TXT records): what `decodeRdata` gives for it, without tokenizing.
 * Undefined for anything else, which goes the long way.
 */
function plainTxt(value: string): string | undefined {
  const n = value.length;
  if (n < 2 || n - 2 > 255 || value.charCodeAt(0) !== 0x22 || value.charCodeAt(n - 1) !== 0x22)
    return undefined;
  for (let k = 1; k < n - 1; k++) {
    const c = value.charCodeAt(k);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return undefined;
  }
  return value.slice(1, -1);
}

/** `v=spf1` followed by a space or the end, case-insensitively (§4.5). */
export function isSpf(text: string): boolean {
  return /^v=spf1(?: |$)/i.test(text);
}

const MECHANISMS = new Set(['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists']);
const NEEDS_DOMAIN = new Set(['include', 'exists']);
const LOOKUP_MECHANISMS = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

export function parseSpf(
  text: string,
  term: (text: string) => SpfTerm | string = parseTerm,
): SpfRecord {
  const terms: SpfTerm[] = [];
  const errors: string[] = [];
  const parts = text.slice('v=spf1'.length).split(' ');
  const seenModifiers = new Set<string>();
  for (const part of parts) {
    if (part === '') continue;
    const parsed = term(part);
    if (typeof parsed === 'string') {
      errors.push(parsed);
      continue;
    }
    if (parsed.kind === 'modifier' && (parsed.name === 'redirect' || parsed.name === 'exp')) {
      if (seenModifiers.has(parsed.name)) errors.push(`"${parsed.name}=" appears more than once`);
      seenModifiers.add(parsed.name);
    }
    terms.push(parsed);
  }
  return { terms, errors };
}

function parseTerm(text: string): SpfTerm | string {
  const modifier = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(text);
  if (modifier) {
    const name = modifier[1]!.toLowerCase();
    const value = modifier[2]!;
    if (name === 'redirect' || name === 'exp') {
      if (!isDomainSpec(value)) return `"${text}": "${value}" is not a valid domain`;
    } else if (!isMacroString(value)) return `"${text}": not a valid macro string`;
    return { qualifier: '', name, kind: 'modifier', value, text };
  }
  const m = /^([+\-~?]?)([a-z0-9]+)(?:([:/])(.*))?$/i.exec(text);
  if (!m) return `"${text}" is not an SPF mechanism or modifier`;
  const qualifier = m[1]!;
  const name = m[2]!.toLowerCase();
  if (!MECHANISMS.has(name)) return `"${text}": unknown mechanism "${m[2]}"`;
  const sep = m[3];
  const rest = m[4] ?? '';
  const base = { qualifier, name, kind: 'mechanism' as const, text };
  if (name === 'all') return sep ? `"${text}": "all" takes no argument` : base;
  if (name === 'ip4' || name === 'ip6') {
    if (sep !== ':') return `"${text}": ${name} needs an address`;
    const slash = rest.indexOf('/');
    const addr = slash < 0 ? rest : rest.slice(0, slash);
    const cidr = slash < 0 ? undefined : rest.slice(slash + 1);
    const ok = name === 'ip4' ? isIPv4(addr) : isIPv6(addr);
    if (!ok) return `"${text}": "${addr}" is not an ${name === 'ip4' ? 'IPv4' : 'IPv6'} address`;
    if (cidr !== undefined && !isCidr(cidr, name === 'ip4' ? 32 : 128))
      return `"${text}": "/${cidr}" is not a valid prefix length`;
    return { ...base, value: addr };
  }
  // include, exists: ":" domain-spec; a, mx: [":" domain-spec] [cidr]; ptr: [":" domain-spec]
  let domain: string | undefined;
  let cidr: string | undefined;
  if (sep === ':') {
    const slash = rest.indexOf('/');
    domain = slash < 0 ? rest : rest.slice(0, slash);
    cidr = slash < 0 ? undefined : rest.slice(slash);
  } else if (sep === '/') cidr = `/${rest}`;
  if (NEEDS_DOMAIN.has(name) && domain === undefined) return `"${text}": ${name} needs a domain`;
  if (domain !== undefined && !isDomainSpec(domain))
    return `"${text}": "${domain}" is not a valid domain`;
  if (cidr !== undefined) {
    if (name !== 'a' && name !== 'mx') return `"${text}": ${name} takes no prefix length`;
    if (!isDualCidr(cidr)) return `"${text}": "${cidr}" is not a valid prefix length`;
  }
  return domain === undefined ? base : { ...base, value: domain };
}

function isCidr(text: string, max: number): boolean {
  return /^(0|[1-9][0-9]{0,2})$/.test(text) && Number(text) <= max;
}

/** `/24`, `//64`, `/24//64` (§5.6). */
function isDualCidr(text: string): boolean {
  const m = /^(?:\/([0-9]+))?(?:\/\/([0-9]+))?$/.exec(text);
  return (
    !!m &&
    (m[1] !== undefined || m[2] !== undefined) &&
    (m[1] === undefined || isCidr(m[1], 32)) &&
    (m[2] === undefined || isCidr(m[2], 128))
  );
}

const MACRO = /%(?:\{[slodiphcrtv][0-9]*r?[.\-+,/_=]*\}|%|_|-)/gi;

function isMacroString(text: string): boolean {
  const rest = text.replace(MACRO, '');
  return !/%/.test(rest) && /^[\x21-\x7e]*$/.test(rest);
}

/** domain-spec = macro-string domain-end (§7.1). */
function isDomainSpec(text: string): boolean {
  if (text === '' || !isMacroString(text)) return false;
  if (/%\{[^}]*\}$/.test(text)) return true; // ends with a macro-expand
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  const labels = name.replace(MACRO, 'x').split('.');
  if (labels.length < 2 || labels.some((l) => l === '' || l.length > 63)) return false;
  const top = labels[labels.length - 1]!;
  return /^[a-z0-9]*[a-z][a-z0-9]*$/i.test(top) || /^[a-z0-9]+-[a-z0-9-]*[a-z0-9]$/i.test(top);
}

/** A domain-spec without macros, as a canonical absolute name; undefined when it has macros. */
export function plainDomain(spec: string): string | undefined {
  if (spec.includes('%')) return undefined;
  const lower = spec.toLowerCase();
  return lower.endsWith('.') ? lower : `${lower}.`;
}

/** Where the SPF records of a zone set live: name → SPF texts (and the RRset). */
export function spfIndex(
  set: ZoneSet,
): Map<string, { texts: string[]; rrset: RRset; zone: string }> {
  const out = new Map<string, { texts: string[]; rrset: RRset; zone: string }>();
  for (const zone of set.zones)
    for (const rrset of indexZone(zone).ofType('TXT')) {
      const texts = sharedTexts(rrset).filter(isSpf);
      if (texts.length > 0) out.set(rrset.name, { texts, rrset, zone: zone.name });
    }
  return out;
}

export interface LookupCount {
  /** Lookups counted; a lower bound when `external` is not empty. */
  readonly count: number;
  /** Included domains outside the repository, counted as one lookup each. */
  readonly external: readonly string[];
  /** An include/redirect chain that comes back to itself. */
  readonly loop?: readonly string[];
}

/**
 * Counts §4.6.4 lookups for the SPF record at each name asked, recursing through the records
 * of `index`, and shares what it counted between the names: a record's count is the same
 * whoever includes it (10,000 records including one provider's count it once). A count
 * that met a loop is not kept: where a chain comes back depends on where it started.
 */
export function lookupCounter(
  index: ReadonlyMap<string, { texts: string[] }>,
  parse: (text: string) => SpfRecord = parseSpf,
): (name: string) => LookupCount {
  const memo = new Map<string, LookupCount>();
  // A term's target, once per term: memoParseSpf gives equal terms as one object.
  const targetOf = memoized((t: SpfTerm) =>
    t.value === undefined ? undefined : plainDomain(t.value),
  );
  const visit = (at: string, path: string[]): LookupCount => {
    const cached = memo.get(at);
    if (cached) return cached;
    if (path.includes(at)) return { count: 0, external: [], loop: [...path, at] };
    const entry = index.get(at);
    const text = entry?.texts.length === 1 ? entry.texts[0]! : undefined;
    if (text === undefined) return { count: 0, external: [] };
    const record = parse(text);
    const hasAll = record.terms.some((t) => t.kind === 'mechanism' && t.name === 'all');
    let count = 0;
    const external: string[] = [];
    let loop: readonly string[] | undefined;
    for (const t of record.terms) {
      const follows =
        (t.kind === 'mechanism' && t.name === 'include') ||
        (t.kind === 'modifier' && t.name === 'redirect' && !hasAll);
      const counts = (t.kind === 'mechanism' && LOOKUP_MECHANISMS.has(t.name)) || follows;
      if (!counts) continue;
      count++;
      if (!follows || t.value === undefined) continue;
      const target = targetOf(t);
      if (target && index.has(target)) {
        const inner = visit(target, [...path, at]);
        count += inner.count;
        external.push(...inner.external);
        loop ??= inner.loop;
      } else external.push(t.value);
    }
    const result = loop ? { count, external, loop } : { count, external };
    if (!loop) memo.set(at, result);
    return result;
  };
  return (name) => visit(name, []);
}

/**
 * parseSpf with a cache: one zone set parses each distinct record text once, and each distinct
 * term once (records differ in an address and share the rest: `include:_spf.example.net -all`).
 * Equal terms are then one object, which `lookupCounter` keeps its include targets by.
 */
export function memoParseSpf(): (text: string) => SpfRecord {
  const term = memoized(parseTerm);
  return memoized((text: string) => parseSpf(text, term));
}
