/** wildcard-change: a wildcard RRset is added, removed or changed. */
import { isWildcard } from '../../model/name.js';
import { changeLocation, describeChange } from '../describe.js';
import type { DraftFinding, Rule } from '../types.js';

export const wildcardChange: Rule = {
  id: 'wildcard-change',
  defaultSeverity: 'medium',
  title: 'A wildcard record changes',
  why: 'A wildcard answers for every name that does not exist otherwise: changing it changes the answer for an unbounded set of names, including typos and names attackers pick (and can hide NXDOMAIN).',
  fix: 'Prefer explicit names; if the wildcard is needed, check which names it now answers for and keep its TTL low while it changes.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      for (const c of d.changes) {
        if (!isWildcard(c.name) || c.ttlOnly) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: c.type,
          message: `Wildcard ${c.name} ${c.type} ${c.kind === 'modify' ? 'changes' : c.kind === 'add' ? 'is added' : 'is removed'} (${describeChange(c)}).`,
          location: changeLocation(c),
        });
      }
    }
    return out;
  },
};
