/**
 * drift: live DNS differs from base (someone changed it outside git) for a record the next
 * push will overwrite or purge. The merge silently undoes that out-of-band change: often an
 * emergency fix or a verification record somebody still needs. `introduced` when this pull
 * request itself touches the record; otherwise any push would revert it (existing).
 */
import type { Change } from '../../diff/types.js';
import { rrsetKey } from '../../model/zone.js';
import { describeChange } from '../describe.js';
import type { DraftFinding, Rule } from '../types.js';

function what(c: Change): string {
  if (c.kind === 'add') return `exists live but not in git (${describeChange(c)})`;
  if (c.kind === 'remove') return `is in git but missing live (${describeChange(c)})`;
  return `differs live from git (git → live: ${describeChange(c)})`;
}

export const drift: Rule = {
  id: 'drift',
  defaultSeverity: 'medium',
  title: 'Live DNS differs from git for records this change touches or would purge',
  why: 'A record changed outside git (a console edit, an emergency fix, a verification token) is overwritten or deleted by the next push; nobody reviewing the diff sees it.',
  fix: 'Bring the live value into the repository in this pull request (or mark the record unmanaged/IGNORE), or confirm that reverting it is intended.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      const drifted = ctx.drift.get(d.zone) ?? [];
      if (drifted.length === 0) continue;
      const applied = new Set((ctx.apply.get(d.zone) ?? []).map(rrsetKey));
      const touched = new Set(d.changes.map(rrsetKey));
      for (const c of drifted) {
        const k = rrsetKey(c);
        if (!applied.has(k)) continue; // head matches live: the push changes nothing here
        const introduced = touched.has(k);
        const loc = d.after?.rrsets.find((r) => rrsetKey(r) === k)?.location ?? c.before?.location;
        out.push({
          introduced,
          zone: d.zone,
          name: c.name,
          type: c.type,
          message: `${c.name} ${c.type} ${what(c)}; the next push ${c.kind === 'add' ? 'deletes' : c.kind === 'remove' ? 're-creates' : 'overwrites'} it.`,
          ...(loc ? { location: loc } : {}),
        });
      }
    }
    return out;
  },
};
