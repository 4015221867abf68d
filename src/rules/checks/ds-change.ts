/** ds-change: a DS RRset changes (a child's DS in this zone, or a registrar-side DS). */
import { changeLocation, describeChange } from '../describe.js';
import type { DraftFinding, Rule } from '../types.js';

export const dsChange: Rule = {
  id: 'ds-change',
  defaultSeverity: 'critical',
  title: 'A DS record changes',
  why: 'DS records chain trust to a signed child zone. A DS that matches no key the child serves makes every validating resolver return SERVFAIL for the whole child zone, and resolvers cache DS for its TTL (often a day).',
  fix: 'Publish the new DS only once the child serves the matching DNSKEY; keep the old DS until the old key is gone and one DS TTL has passed. Compare with `dig DS` and `dig DNSKEY` before merging.',
  absorbs: ['ttl-not-lowered'], // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      for (const c of d.changes) {
        if ((c.type !== 'DS' && c.type !== 'CDS') || c.ttlOnly) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: c.type,
          message: `${c.type} of ${c.name} changes (${describeChange(c)}).`,
          location: changeLocation(c),
        });
      }
    }
    return out;
  },
};
