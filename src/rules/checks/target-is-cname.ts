/** target-is-cname: an MX, NS or SRV target is itself a CNAME (RFC 2181 §10.3, RFC 2782). */
import { decodeRdata } from '../../model/rdata/registry.js';
import type { ZoneSet } from '../../model/zone.js';
import { zoneKey } from '../../model/zone.js';
import { compareStates } from '../state.js';
import type { Rule } from '../types.js';
import { indexZone, indexZoneSet } from '../zone-index.js';

function targetOf(type: string, value: string): string | undefined {
  // Canonical MX, SRV and NS values end in their target, after single spaces: read it there
  // unless an escape could hide a space in it.
  if (!value.includes('\\')) return value.slice(value.lastIndexOf(' ') + 1);
  try {
    const r = decodeRdata(type as 'MX', value) as unknown as Record<string, unknown>;
    const t = r['exchange'] ?? r['target'];
    return typeof t === 'string' ? t : undefined;
  } catch {
    return undefined;
  }
}

function findings(set: ZoneSet) {
  const cnames = indexZoneSet(set).cnameTargets;
  const out = [];
  for (const z of set.zones) {
    for (const r of indexZone(z).ofTypes(['MX', 'NS', 'SRV'])) {
      for (const v of r.values) {
        const target = targetOf(r.type, v);
        if (!target || !cnames.has(target)) continue;
        out.push({
          zone: zoneKey(z),
          name: r.name,
          type: r.type,
          key: target,
          location: r.location,
          message: `${r.type} of ${r.name} points to ${target}, which is a CNAME (to ${cnames.get(target)}); ${r.type} targets must be names with address records.`,
        });
      }
    }
  }
  return out;
}

export const targetIsCname: Rule = {
  id: 'target-is-cname',
  defaultSeverity: 'medium',
  title: 'An MX, NS or SRV target is a CNAME',
  why: 'RFC 2181 §10.3 forbids MX and NS targets that are aliases; mail servers and resolvers may refuse them or take extra lookups, and some fail outright.',
  fix: "Point the record at the canonical name (the CNAME's target), or give the target name its own A/AAAA records.",
  check: (ctx) => compareStates(ctx, findings),
};
