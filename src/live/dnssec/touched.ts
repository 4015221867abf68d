/**
 * Which RRsets of a zone the DNSSEC step checks besides the apex ones: those the change
 * touches (added, removed or modified between base and head) that the zone itself signs. Not
 * the records at or below a delegation inside the zone (NS and glue are not signed there; a
 * child's DS is, and stays), nor pseudo types.
 */
import { isInZone } from '../../model/name.js';
import { isPseudoType, type RecordType } from '../../model/record-type.js';
import type { RRset, Zone } from '../../model/zone.js';

const sameRRset = (a: RRset, b: RRset) =>
  a.ttl === b.ttl &&
  a.values.length === b.values.length &&
  a.values.every((v, i) => v === b.values[i]);

export function touchedSigned(
  base: Zone | undefined,
  head: Zone | undefined,
): { name: string; type: RecordType }[] {
  const apex = head?.name ?? base?.name;
  if (!apex) return [];
  const cuts = new Set<string>();
  for (const z of [base, head])
    for (const r of z?.rrsets ?? []) if (r.type === 'NS' && r.name !== apex) cuts.add(r.name);
  const below = (name: string, type: RecordType) =>
    [...cuts].some((c) => isInZone(name, c) && !(name === c && type === 'DS'));
  const before = new Map((base?.rrsets ?? []).map((r) => [`${r.name} ${r.type}`, r]));
  const after = new Map((head?.rrsets ?? []).map((r) => [`${r.name} ${r.type}`, r]));
  const out: { name: string; type: RecordType }[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key);
    const a = after.get(key);
    const r = (a ?? b)!;
    if (b && a && sameRRset(a, b)) continue;
    if (isPseudoType(r.type) || (r.name === apex && r.type === 'DS')) continue;
    if (below(r.name, r.type)) continue;
    out.push({ name: r.name, type: r.type });
  }
  return out;
}
