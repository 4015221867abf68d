/**
 * What resolvers can actually be told, for rules that judge an effect on resolution rather
 * than a line of config: data at or below a zone cut is not served by the parent zone
 * (RFC 1034 §4.2.1: the parent answers with a referral, only NS, DS and glue count there), and
 * which names other records still depend on (NS and MX targets).
 *
 * Both are computed once per zone or zone set and looked up by walking a name's labels, so a
 * rule that asks for every change stays linear in the size of the zone.
 */
import { isInZone, parentName } from '../model/name.js';
import type { RecordType } from '../model/record-type.js';
import type { Zone, ZoneSet } from '../model/zone.js';
import { indexZone } from './zone-index.js';

/** The zone cuts of a zone: every name below the apex that has NS records. */
export function zoneCuts(zone: Zone | undefined): ReadonlySet<string> {
  return zone ? indexZone(zone).cuts : new Set();
}

/**
 * True when the zone does not serve `(name, type)` as an answer: it sits at a cut (other than
 * the delegation's NS and DS) or below one. Address records there are kept as served, because
 * they may be glue the delegation needs.
 */
export function isOccluded(
  zone: Zone | undefined,
  cuts: ReadonlySet<string>,
  name: string,
  type: RecordType,
): boolean {
  if (!zone || cuts.size === 0 || type === 'A' || type === 'AAAA') return false;
  if (cuts.has(name)) return type !== 'NS' && type !== 'DS';
  for (let n = parentName(name); n !== zone.name && n !== '.'; n = parentName(n)) {
    if (!isInZone(n, zone.name)) break;
    if (cuts.has(n)) return true;
  }
  return false;
}

/** What a name is to the rest of the config, when other records point at it. */
export type TargetRole = 'nameserver' | 'mail server';

/**
 * Names that NS records, configured nameservers or MX records of `set` point at, with what
 * they are: removing the address of such a name breaks a delegation or mail delivery.
 */
export function referencedTargets(set: ZoneSet): ReadonlyMap<string, TargetRole> {
  const out = new Map<string, TargetRole>();
  for (const zone of set.zones) {
    for (const ns of zone.nameservers ?? []) out.set(ns, 'nameserver');
    const index = indexZone(zone);
    // A name that is both stays a nameserver, whichever record comes first.
    for (const r of index.ofType('NS')) for (const v of r.values) out.set(v, 'nameserver');
    for (const r of index.ofType('MX'))
      for (const v of r.values) {
        const exchange = v.split(' ')[1];
        if (exchange && exchange !== '.' && !out.has(exchange)) out.set(exchange, 'mail server');
      }
  }
  return out;
}

/**
 * A lookup for "does this name exist in the zone": it owns records, has records below it (an
 * empty non-terminal), sits at or below a zone cut, or a wildcard synthesises it (RFC 4592).
 * Built once per zone (zone-index.ts); each question walks the name's labels.
 */
export function nameIndex(zone: Zone): (name: string) => boolean {
  return indexZone(zone).exists;
}
