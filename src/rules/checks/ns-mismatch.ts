/**
 * ns-mismatch: the NS set the parent delegates to differs from the zone's own apex NS set
 * (RFC 1034 §4.2.2 expects them equal; Zonemaster DELEGATION07, CONSISTENCY04). Resolvers may
 * use either set, so a server only in one of them sees a share of the traffic it may not be
 * ready for, and a forgotten registrar update leaves old servers in service.
 */
import { listValues } from '../describe.js';
import { configuredNs, delegatedZonePairs, liveZone, sameSet, servedNs } from '../live-facts.js';
import type { DraftFinding, Rule } from '../types.js';

export const nsMismatch: Rule = {
  id: 'ns-mismatch',
  defaultSeverity: 'medium',
  title: "The parent's NS set differs from the zone's apex NS",
  why: 'Resolvers use the parent NS set and the apex NS set interchangeably; servers listed in only one of them get traffic unexpectedly or not at all, and the difference usually means a registrar update was forgotten.',
  fix: 'Update the NS at the registrar (the parent) or the apex NS records so that both list the same servers.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      const parent = lz?.delegation?.ns;
      if (!lz || !parent || parent.length === 0) continue;
      const served = servedNs(lz);
      const before = configuredNs(base) ?? served;
      const after = configuredNs(head) ?? served;
      if (!after || sameSet(parent, after)) continue;
      const introduced = !before || sameSet(parent, before);
      const onlyParent = parent.filter((n) => !after.includes(n));
      const onlyZone = after.filter((n) => !parent.includes(n));
      const detail = [
        onlyParent.length ? `only at the parent: ${listValues(onlyParent)}` : '',
        onlyZone.length ? `only in the zone: ${listValues(onlyZone)}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      const loc = head?.rrsets.find((r) => r.name === apex && r.type === 'NS')?.location;
      out.push({
        introduced,
        zone: key,
        name: apex,
        type: 'NS',
        message: `${lz.delegation!.parent} delegates ${apex} to ${listValues(parent)}, but the zone's apex NS ${introduced ? 'would be' : 'is'} ${listValues(after)} (${detail}).`,
        ...(loc ? { location: loc } : {}),
      });
    }
    return out;
  },
};
