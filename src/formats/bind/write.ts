/**
 * Zone-file output: RRsets as BIND lines (owner relative to the origin, TTL and class
 * explicit, one record per line), and a whole file with `$ORIGIN` and `$TTL`. Used by
 * rollback snippets and `zoneguard export`; `parseZoneFile` reads it back to the same zone.
 */
import { isInZone, relativeName } from '../../model/name.js';
import { isPseudoType } from '../../model/record-type.js';
import type { RRset, Zone } from '../../model/zone.js';

function ownerText(name: string, origin: string): string {
  // In the root zone every name is absolute already (and `relativeName` would cut it).
  return origin !== '.' && isInZone(name, origin) ? relativeName(name, origin) : name;
}

/** One line per record; provider pseudo-records (no BIND form) become comments. */
export function formatBindRecords(rrsets: readonly RRset[], origin: string): string {
  let out = '';
  for (const rr of rrsets) {
    const owner = ownerText(rr.name, origin);
    for (const v of rr.values) {
      const line = `${owner}\t${rr.ttl}\tIN\t${rr.type}\t${v}`;
      out += isPseudoType(rr.type)
        ? `; ${line} (provider record: no zone-file form)\n`
        : `${line}\n`;
    }
  }
  return out;
}

const ORDER: Record<string, number> = { SOA: 0, NS: 1 };

/** A complete zone file: SOA first, then apex NS, then everything by name and type. */
export function formatZoneFile(zone: Zone): string {
  const rrsets = [...zone.rrsets].sort((a, b) => {
    const apexA = a.name === zone.name ? 0 : 1;
    const apexB = b.name === zone.name ? 0 : 1;
    if (apexA !== apexB) return apexA - apexB;
    const oa = ORDER[a.type] ?? 2;
    const ob = ORDER[b.type] ?? 2;
    if (apexA === 0 && oa !== ob) return oa - ob;
    if (a.name !== b.name) return a.name < b.name ? -1 : 1;
    return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
  });
  const soa = rrsets.find((r) => r.type === 'SOA' && r.name === zone.name);
  const ttl = soa?.ttl ?? rrsets[0]?.ttl ?? 3600;
  return `$ORIGIN ${zone.name}\n$TTL ${ttl}\n${formatBindRecords(rrsets, zone.name)}`;
}
