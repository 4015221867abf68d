/**
 * mx-change: the MX RRset of a name changes or is removed; a null MX (RFC 7505) is called out.
 * An MX at or below a zone cut is not served by this zone (the child's servers answer for the
 * name), so changing it changes no mail routing and is not reported.
 */
import { changeLocation, describeChange } from '../describe.js';
import { isOccluded, zoneCuts } from '../served.js';
import type { DraftFinding, Rule } from '../types.js';

const isNullMx = (values: readonly string[] | undefined) =>
  values?.length === 1 && values[0] === '0 .';

export const mxChange: Rule = {
  id: 'mx-change',
  defaultSeverity: 'high',
  title: 'Mail routing (MX) changes',
  why: 'MX decides where mail for a name is delivered. A wrong MX bounces or diverts mail, and senders cache the old MX for its TTL.',
  fix: 'Make sure the new mail servers accept mail for this domain before merging, keep the old ones running for one MX TTL, and check SPF/DKIM follow.',
  absorbs: ['ttl-not-lowered'], // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (d.status === 'removed') continue; // zone-removed says it
      const cutsBefore = zoneCuts(d.before);
      const cutsAfter = zoneCuts(d.after);
      for (const c of d.changes) {
        if (c.type !== 'MX' || c.ttlOnly) continue;
        const servedBefore = c.before && !isOccluded(d.before, cutsBefore, c.name, 'MX');
        const servedAfter = c.after && !isOccluded(d.after, cutsAfter, c.name, 'MX');
        if (!servedBefore && !servedAfter) continue; // below a delegation: never answered from here
        if (c.kind === 'add' && !isNullMx(c.after?.values)) continue; // a new MX starts mail, it breaks none
        let message = `MX of ${c.name} ${c.kind === 'remove' ? 'is removed: mail falls back to its A/AAAA records or bounces' : 'changes'} (${describeChange(c)}).`;
        if (isNullMx(c.after?.values))
          message = `${c.name} gets a null MX (RFC 7505): it will accept no mail at all (${describeChange(c)}).`;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: 'MX',
          message,
          location: changeLocation(c),
        });
      }
    }
    return out;
  },
};
