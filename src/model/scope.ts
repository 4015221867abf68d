/**
 * The push's scope: which records a push of the config would write, and which it leaves alone
 * (docs/push-scope.md has the table per format). One predicate serves every stage that needs
 * the answer, so the diff, the rules and the name lookups cannot disagree:
 * - the diff copies what is left alone from the current side into the desired side before
 *   comparing (as DNSControl's hands-off does), so it never shows up as a deletion;
 * - the rule engine drops findings about records the config declares hands-off;
 * - name lookups (a CNAME's target) count a hands-off name as existing, managed elsewhere.
 *
 * It lives in the model because the formats apply it too (octoDNS filters that act on the
 * source side only decide which records are pushed at all).
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { globMatch } from './glob.js';
import { relativeName } from './name.js';
import type { RecordType } from './record-type.js';
import type { RecordSelector, RRset, UnmanagedPattern, Zone } from './zone.js';

/**
 * Types a DNS provider (or a zone signer) writes itself: a push never deletes them when the
 * config does not have them, since nothing the config says can remove them. When the config
 * does have one (a DNSControl `SOA()`, a zone file's own DNSKEY) it is compared as any record.
 */
export const SYNTHESISED_TYPES: ReadonlySet<RecordType> = new Set<RecordType>([
  'SOA',
  'DNSKEY',
  'CDS',
  'CDNSKEY',
  'TYPE46', // RRSIG
  'TYPE47', // NSEC
  'TYPE50', // NSEC3
  'TYPE51', // NSEC3PARAM
]);

/** Which side a record is on: the config (base or head) or live DNS. */
export type Side = 'config' | 'live';

type ScopeZone = Pick<Zone, 'name' | 'unmanaged'>;

const regexCache = new Map<string, RegExp | null>();

/** A pattern's regular expression, or null when JavaScript cannot read it (it then selects nothing). */
function regex(source: string): RegExp | null {
  let re = regexCache.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source);
    } catch {
      re = null;
    }
    regexCache.set(source, re);
  }
  return re;
}

const networkCache = new Map<string, BlockList | null>();

function network(cidr: string): BlockList | null {
  let list = networkCache.get(cidr);
  if (list === undefined) {
    list = null;
    const [addr, bits] = cidr.split('/');
    const family = addr && isIPv4(addr) ? 'ipv4' : addr && isIPv6(addr) ? 'ipv6' : undefined;
    const prefix = bits === undefined ? (family === 'ipv4' ? 32 : 128) : Number(bits);
    if (
      family &&
      Number.isInteger(prefix) &&
      prefix >= 0 &&
      prefix <= (family === 'ipv4' ? 32 : 128)
    ) {
      list = new BlockList();
      list.addSubnet(addr!, prefix, family);
    }
    networkCache.set(cidr, list);
  }
  return list;
}

/** A TXT value's text as the config wrote it: the character-strings unquoted and joined. */
function txtText(value: string): string {
  const parts = value.match(/"((?:[^"\\]|\\.)*)"/g) ?? [];
  return parts.map((p) => p.slice(1, -1).replace(/\\(["\\])/g, '$1')).join('');
}

/** The texts a value may be matched as: canonical, without the trailing dot, TXT unquoted. */
function valueTexts(rrset: Pick<RRset, 'type'>, value: string): string[] {
  const out = [value];
  if (value.endsWith('.')) out.push(value.slice(0, -1));
  if (rrset.type === 'TXT' || rrset.type === 'SPF') out.push(txtText(value));
  return out;
}

function nameMatches(sel: RecordSelector, name: string, apex: string): boolean {
  if (sel.name !== undefined) {
    const target = sel.name.endsWith('.') ? name : relativeName(name, apex);
    if (!globMatch(sel.name, target)) return false;
  }
  if (sel.nameRegex !== undefined) {
    const label = name === apex ? '' : relativeName(name, apex);
    if (!regex(sel.nameRegex)?.test(label)) return false;
  }
  return true;
}

/** True when `sel` selects the RRset (every criterion given matches). */
export function selects(
  sel: RecordSelector,
  rrset: Pick<RRset, 'name' | 'type' | 'values'>,
  apex: string,
): boolean {
  if (sel.types !== undefined && !sel.types.includes(rrset.type)) return false;
  if (!nameMatches(sel, rrset.name, apex)) return false;
  if (sel.target !== undefined) {
    const glob = sel.target;
    if (!rrset.values.some((v) => valueTexts(rrset, v).some((t) => globMatch(glob, t))))
      return false;
  }
  if (sel.valueRegex !== undefined) {
    const re = regex(sel.valueRegex);
    if (!re || !rrset.values.some((v) => valueTexts(rrset, v).some((t) => re.test(t))))
      return false;
  }
  if (sel.network !== undefined) {
    if (rrset.type !== 'A' && rrset.type !== 'AAAA') return false;
    const list = network(sel.network);
    const family = rrset.type === 'A' ? 'ipv4' : 'ipv6';
    if (!list || !rrset.values.some((v) => list.check(v, family))) return false;
  }
  return true;
}

/** True when the pattern selects the RRset (its criteria match, and none of its `except`). */
export function matchesPattern(
  p: UnmanagedPattern,
  rrset: Pick<RRset, 'name' | 'type' | 'values'>,
  apex: string,
): boolean {
  return selects(p, rrset, apex) && !(p.except ?? []).some((e) => selects(e, rrset, apex));
}

/**
 * The pattern that puts the RRset out of the push's scope, or undefined when the push writes
 * it. On the config side only what the config itself declares hands-off counts; on the live
 * side also what the provider owns (`appliesTo: 'live'`). Partial patterns (the providers' own
 * apex nameservers beside `NAMESERVER()`) are returned too: the caller merges rather than skips.
 */
export function leftAlone(
  rrset: Pick<RRset, 'name' | 'type' | 'values'>,
  zone: ScopeZone,
  side: Side,
): UnmanagedPattern | undefined {
  for (const p of zone.unmanaged) {
    if (p.externalDnsPrefix !== undefined) continue; // expanded against live data: externalDns()
    if (side === 'config' && p.appliesTo === 'live') continue;
    if (matchesPattern(p, rrset, zone.name)) return p;
  }
  return undefined;
}

/**
 * True when the config declares the RRset hands-off: no rule reports on it (the rule engine
 * asks this for every finding).
 */
export function declaredHandsOff(
  rrset: Pick<RRset, 'name' | 'type' | 'values'>,
  zone: ScopeZone,
): boolean {
  const p = leftAlone(rrset, zone, 'config');
  return p !== undefined && !p.partial;
}

/**
 * True when a name may exist although the config has no record there: a pattern the config
 * declares singles it out (IGNORE("asgard"), an octoDNS `ignored` record, a name filter), so
 * the name is managed elsewhere and a record pointing at it is not dangling. A catch-all name
 * (`*`) restricted by type or value says nothing about which names exist, so it does not count.
 */
export function nameManagedElsewhere(name: string, zone: ScopeZone): boolean {
  return zone.unmanaged.some((p) => {
    if (p.appliesTo === 'live' || p.partial || p.externalDnsPrefix !== undefined) return false;
    const catchAll = p.name === '*' && p.nameRegex === undefined;
    const restricted =
      p.types !== undefined ||
      p.target !== undefined ||
      p.valueRegex !== undefined ||
      p.network !== undefined ||
      p.except !== undefined;
    if (catchAll && restricted) return false;
    return (
      nameMatches(p, name, zone.name) &&
      !(p.except ?? []).some((e) => nameMatches(e, name, zone.name))
    );
  });
}

/** True when a push of the zone writes no record at all (a DNSControl `D()` without a DNS provider). */
export function pushWritesNothing(zone: ScopeZone): boolean {
  return zone.unmanaged.some(
    (p) =>
      p.name === '*' &&
      !p.partial &&
      p.externalDnsPrefix === undefined &&
      p.except === undefined &&
      p.nameRegex === undefined &&
      p.types === undefined &&
      p.target === undefined &&
      p.valueRegex === undefined &&
      p.network === undefined,
  );
}

const EXTERNAL_DNS_TYPES: readonly RecordType[] = ['A', 'AAAA', 'CNAME', 'NS', 'MX', 'SRV'];
const EXTERNAL_DNS_PREFIXES: readonly [string, RecordType][] = [
  ['aaaa', 'AAAA'],
  ['a', 'A'],
  ['cname', 'CNAME'],
  ['ns', 'NS'],
  ['mx', 'MX'],
  ['srv', 'SRV'],
  ['txt', 'TXT'],
];

function escapeGlob(text: string): string {
  return text.replace(/[*?{}[\]\\,]/g, '\\$&');
}

/**
 * DNSControl `IGNORE_EXTERNAL_DNS`: external-dns marks what it owns with TXT records holding
 * `heritage=external-dns`, named after the record they guard (`a-www`, `cname.www`, or the
 * name itself in its legacy form). Those TXT records and the records they name are left alone;
 * which they are is known only from the current (live) records, so the patterns are derived
 * from them here, one exact name and type each.
 */
export function externalDns(current: readonly RRset[], zone: ScopeZone): UnmanagedPattern[] {
  const out: UnmanagedPattern[] = [];
  for (const p of zone.unmanaged) {
    if (p.externalDnsPrefix === undefined) continue;
    const prefix = p.externalDnsPrefix.toLowerCase();
    for (const r of current) {
      if (r.type !== 'TXT' || !r.values.some((v) => txtText(v).includes('heritage=external-dns')))
        continue;
      const label = relativeName(r.name, zone.name);
      const add = (name: string, types: readonly RecordType[]) =>
        out.push({ name: escapeGlob(name), types, source: p.source, appliesTo: 'live' });
      add(label, ['TXT']);
      let rest = label;
      if (prefix !== '' && rest.startsWith(prefix)) rest = rest.slice(prefix.length);
      const typed = EXTERNAL_DNS_PREFIXES.find(
        ([t]) => rest.startsWith(`${t}.`) || rest.startsWith(`${t}-`),
      );
      if (typed) add(rest.slice(typed[0].length + 1) || '@', [typed[1]]);
      else if (prefix !== '' && rest !== label) {
        const apexType = EXTERNAL_DNS_PREFIXES.find(([t]) => t === rest);
        if (apexType) add('@', [apexType[1]]);
        else add(rest || '@', EXTERNAL_DNS_TYPES);
      } else add(label, EXTERNAL_DNS_TYPES);
    }
  }
  return out;
}
