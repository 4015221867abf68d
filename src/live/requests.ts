/**
 * What to ask live DNS for, from the two sides of the change: per apex, every (name, type)
 * base or head holds (plus the apex NS), and the CNAME targets head points to.
 */
import { isPseudoType, type RecordType } from '../model/record-type.js';
import type { ZoneSet } from '../model/zone.js';
import { touchedSigned } from './dnssec/touched.js';
import type { LiveRequest } from './types.js';

export function liveRequests(base: ZoneSet | undefined, head: ZoneSet): LiveRequest[] {
  const byZone = new Map<
    string,
    {
      rrsets: Map<string, { name: string; type: RecordType }>;
      targets: Set<string>;
      keysOf: Set<string>;
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
  for (const [side, set] of [
    ['base', base],
    ['head', head],
  ] as const) {
    for (const zone of set?.zones ?? []) {
      const e = entry(zone.name);
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
  }));
}
