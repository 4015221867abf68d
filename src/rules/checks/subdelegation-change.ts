/** subdelegation-change: NS of a name below the apex (a child zone's delegation) changes. */
import { changeLocation, describeChange } from '../describe.js';
import type { DraftFinding, Rule } from '../types.js';

export const subdelegationChange: Rule = {
  id: 'subdelegation-change',
  defaultSeverity: 'high',
  title: 'A delegation to a child zone changes',
  why: 'NS records below the apex hand a subdomain to other servers. A wrong set makes the whole child zone unreachable, and resolvers keep the old delegation for its TTL.',
  fix: "Confirm with the child zone's operators that every new nameserver serves the child zone, keep glue in step, and change DS in the same release if the child is signed.",
  absorbs: ['ttl-not-lowered'], // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      for (const c of d.changes) {
        if (c.type !== 'NS' || c.name === d.name || c.ttlOnly) continue;
        const verb =
          c.kind === 'add'
            ? 'is delegated'
            : c.kind === 'remove'
              ? 'is no longer delegated'
              : 'is delegated to other servers';
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: 'NS',
          message: `${c.name} ${verb} (${describeChange(c)}).`,
          location: changeLocation(c),
        });
      }
    }
    return out;
  },
};
