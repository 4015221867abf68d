/**
 * What to ask live DNS for, from the two sides of the change: per apex, every (name, type)
 * base or head holds (plus the apex NS), the CNAME targets head points to, and head's
 * nameservers with the RRsets head holds (asked of any nameserver the delegation lacks).
 */
import { isInZone } from '../model/name.js';
import { isPseudoType, type RecordType } from '../model/record-type.js';
import { SYNTHESISED_TYPES } from '../model/scope.js';
import { type RRset, rrsetKey, type Zone, type ZoneSet } from '../model/zone.js';
import { touchedSigned } from './dnssec/touched.js';
import type { LiveRequest } from './types.js';

/**
 * Head's apex nameservers (NS records and `NAMESERVER()`), with head's own addresses for the
 * names inside the zone, and the RRsets a new server must serve: everything head holds but
 * what a provider writes itself (SOA, the apex NS, keys and signatures) and the apex DS,
 * which lives in the parent.
 */
function headSide(zone: Zone, base: Zone | undefined): LiveRequest['head'] {
  const apexNs = zone.rrsets.find((r) => r.name === zone.name && r.type === 'NS')?.values ?? [];
  const names = [...new Set([...apexNs, ...(zone.nameservers ?? [])])];
  if (names.length === 0) return undefined;
  const addressesOf = (name: string) =>
    isInZone(name, zone.name)
      ? zone.rrsets
          .filter((r) => r.name === name && (r.type === 'A' || r.type === 'AAAA'))
          .flatMap((r) => r.values)
      : [];
  const rrsets: RRset[] = zone.rrsets.filter(
    (r) =>
      !isPseudoType(r.type) &&
      !SYNTHESISED_TYPES.has(r.type) &&
      !(r.name === zone.name && (r.type === 'NS' || r.type === 'DS')),
  );
  // What this change does to an RRset arrives with the push: until then base's state is as good.
  const before = new Map((base?.rrsets ?? []).map((r) => [rrsetKey(r), r]));
  const changed = new Set<string>();
  for (const r of rrsets) {
    const b = before.get(rrsetKey(r));
    if (!b || b.values.join('\n') !== r.values.join('\n')) changed.add(rrsetKey(r));
  }
  return {
    nameservers: names.map((name) => ({ name, addresses: addressesOf(name) })),
    rrsets,
    changed: [...changed].map((k) => before.get(k) ?? k),
  };
}

export function liveRequests(base: ZoneSet | undefined, head: ZoneSet): LiveRequest[] {
  const byZone = new Map<
    string,
    {
      rrsets: Map<string, { name: string; type: RecordType }>;
      targets: Set<string>;
      keysOf: Set<string>;
      head?: LiveRequest['head'];
    }
  >();
  const entry = (zone: string) => {
    let e = byZone.get(zone);
    if (!e) {
      e = { rrsets: new Map(), targets: new Set(), keysOf: new Set() };
      e.rrsets.set(`${zone} NS`, { name: zone, type: 'NS' });
      byZone.set(zone, e);
    }
    return e;
  };
  const baseZones = new Map<string, Zone>();
  for (const [side, set] of [
    ['base', base],
    ['head', head],
  ] as const) {
    for (const zone of set?.zones ?? []) {
      const e = entry(zone.name);
      if (side === 'base') baseZones.set(zone.name, zone);
      else e.head = headSide(zone, baseZones.get(zone.name));
      for (const rrset of zone.rrsets) {
        if (isPseudoType(rrset.type)) continue;
        e.rrsets.set(`${rrset.name} ${rrset.type}`, { name: rrset.name, type: rrset.type });
        if (side === 'head' && rrset.type === 'CNAME')
          for (const v of rrset.values) if (v !== '.') e.targets.add(v.toLowerCase());
        if (side === 'head' && rrset.type === 'DS' && rrset.name !== zone.name)
          e.keysOf.add(rrset.name);
      }
    }
  }
  return [...byZone].map(([zone, e]) => ({
    zone,
    rrsets: [...e.rrsets.values()],
    targets: [...e.targets],
    keysOf: [...e.keysOf],
    signed: touchedSigned(
      base?.zones.find((z) => z.name === zone),
      head.zones.find((z) => z.name === zone),
    ),
    ...(e.head ? { head: e.head } : {}),
  }));
}
