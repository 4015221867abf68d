/**
 * Zone-file output: RRsets as BIND lines (owner relative to the origin, TTL and class
 * explicit, one record per line), and a whole file with `$ORIGIN` and `$TTL`. Used by
 * rollback snippets and `zoneguard export`; `parseZoneFile` reads it back to the same zone.
 */
import { isInZone, relativeName } from '../../model/name.js';
import { isPseudoType } from '../../model/record-type.js';
import { makeRRset, type RRset, type Zone } from '../../model/zone.js';

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

/** A whole zone file: SOA first, then apex NS, then everything by name and type. */
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

/**
 * The zone file `zoneguard export` writes: one that loads. A zone file needs an SOA at the apex
 * (RFC 1035 §5.2; named-checkzone: "has 0 SOA records"), but DNSControl, octoDNS and Terraform
 * leave the SOA to the provider: the copy then gets one, said in a comment on top, with the
 * first apex nameserver as MNAME, hostmaster at the zone as RNAME and RFC 1912's timers. A
 * secondary that loads the copy serves the records; serial 1 is below any the provider uses.
 */
export function exportZoneFile(zone: Zone): string {
  if (zone.rrsets.some((r) => r.type === 'SOA' && r.name === zone.name))
    return formatZoneFile(zone);
  const ns = zone.rrsets.find((r) => r.type === 'NS' && r.name === zone.name)?.values[0];
  const mname = ns ?? zone.nameservers?.[0] ?? `ns.${zone.name}`;
  const rname = `hostmaster.${zone.name === '.' ? '' : zone.name}`;
  const soa = makeRRset({
    name: zone.name,
    type: 'SOA',
    ttl: 3600,
    values: [`${mname} ${rname} 1 7200 3600 1209600 300`],
  });
  return `; SOA made by zoneguard export: the configuration leaves the SOA to the DNS provider\n${formatZoneFile({ ...zone, rrsets: [soa, ...zone.rrsets] })}`;
}
