/** Which records a zone's config leaves alone (IGNORE, NO_PURGE, octoDNS `ignored`). */
import { relativeName } from '../model/name.js';
import type { RRset, UnmanagedPattern, Zone } from '../model/zone.js';
import { globMatch } from './glob.js';

function matchesName(pattern: UnmanagedPattern, rrset: RRset, zone: string): boolean {
  if (pattern.name.endsWith('.')) return globMatch(pattern.name, rrset.name);
  return globMatch(pattern.name, relativeName(rrset.name, zone));
}

function matchesTarget(pattern: UnmanagedPattern, rrset: RRset): boolean {
  if (pattern.target === undefined) return true;
  return rrset.values.some(
    (v) => globMatch(pattern.target!, v) || globMatch(pattern.target!, v.replace(/\.$/, '')),
  );
}

/** True when the zone's config says this RRset is not managed by the repository. */
export function isUnmanaged(rrset: RRset, zone: Pick<Zone, 'name' | 'unmanaged'>): boolean {
  return zone.unmanaged.some(
    (p) =>
      (p.types === undefined || p.types.includes(rrset.type)) &&
      matchesName(p, rrset, zone.name) &&
      matchesTarget(p, rrset),
  );
}
