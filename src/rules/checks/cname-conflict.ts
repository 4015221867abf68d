/** cname-conflict: a CNAME beside other data, at the apex, or with several targets (RFC 1034 §3.6.2, RFC 2181 §10.1). */
import { byNameOf, entriesAt } from '../../model/rrset-map.js';
import type { RRset, Zone, ZoneSet } from '../../model/zone.js';
import { zoneKey } from '../../model/zone.js';
import { compareStates } from '../state.js';
import type { Rule } from '../types.js';
import { groupedBy, indexZone } from '../zone-index.js';

// DNSSEC records may sit beside a CNAME (RFC 4035 §2.5).
const ALLOWED_BESIDE = new Set(['RRSIG', 'NSEC', 'NSEC3']);

/**
 * The RRsets at each CNAME owner of a zone, in the zone's order: from its format's map by owner
 * name when it has one (the BIND parser's: no pass over the zone), else gathered in one pass.
 */
function atCnameOwners(
  zone: Zone,
  cnames: ReadonlyMap<string, RRset>,
): (name: string) => readonly RRset[] {
  const known = byNameOf(zone.rrsets);
  if (known) return (name) => entriesAt(known, name);
  // Only the names that have a CNAME: a map of every name would cost a list per RRset.
  const atCname = groupedBy(
    zone.rrsets.filter((r) => cnames.has(r.name)),
    (r) => r.name,
  );
  return (name) => atCname.get(name) ?? [];
}

function conflicts(set: ZoneSet) {
  const out = [];
  for (const zone of set.zones) {
    const { cnames } = indexZone(zone);
    const atCname = atCnameOwners(zone, cnames);
    for (const name of cnames.keys()) {
      const rrsets = atCname(name);
      const cname = rrsets.find((r) => r.type === 'CNAME');
      if (!cname) continue;
      const others = rrsets.filter((r) => r !== cname && !ALLOWED_BESIDE.has(r.type));
      const base = { zone: zoneKey(zone), name, type: 'CNAME' as const, location: cname.location };
      if (name === zone.name)
        out.push({
          ...base,
          key: 'apex',
          message: `${name} has a CNAME at the zone apex, where SOA and NS must be: the zone breaks.`,
        });
      else if (others.length > 0)
        out.push({
          ...base,
          key: 'beside',
          message: `${name} has a CNAME beside other data (${others.map((r) => r.type).join(', ')}); resolvers will see only one or the other.`,
        });
      if (cname.values.length > 1)
        out.push({
          ...base,
          key: 'multiple',
          message: `${name} has ${cname.values.length} CNAME targets; a name can alias only one.`,
        });
    }
  }
  return out;
}

export const cnameConflict: Rule = {
  id: 'cname-conflict',
  defaultSeverity: 'high',
  title: 'A CNAME shares its name with other data',
  why: 'A CNAME says the name is an alias and nothing else: other records beside it (or a CNAME at the apex, beside SOA and NS) are refused by BIND and most providers, and answered inconsistently by others.',
  fix: "Remove the other records at this name, point the CNAME elsewhere, or use the provider's ALIAS/flattening record at the apex.",
  check: (ctx) => compareStates(ctx, conflicts),
};
