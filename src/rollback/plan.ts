/**
 * What undoing a zone's change means, as data: the RRsets to put back as base had them, and
 * what this change added, to delete. Applying a plan to head's RRsets gives base's RRsets
 * back; the snippets are this plan written in each format.
 *
 * Two granularities, because formats group records differently: BIND lines and DNSControl
 * calls are per record, so an RRset is the unit; an octoDNS zone file has one key per name
 * holding all its types, so there the unit is the whole name.
 */
import type { ZoneDiff } from '../diff/types.js';
import type { EditUnit } from '../formats/types.js';
import { type RRset, rrsetKey } from '../model/zone.js';

export interface RollbackPlan {
  readonly zone: string;
  readonly unit: EditUnit;
  /** Base RRsets to put back: changed (name, type) pairs, or every RRset of a changed name. */
  readonly restore: readonly RRset[];
  /** Head RRsets to delete: added by the change (or, per name, at names base did not have). */
  readonly remove: readonly RRset[];
  /** Head RRsets that `restore` replaces, for the "replace these" hint. */
  readonly replace: readonly RRset[];
}

export function planRollback(diff: ZoneDiff, unit: EditUnit): RollbackPlan {
  if (unit === 'name') return planByName(diff);
  const restore: RRset[] = [];
  const remove: RRset[] = [];
  const replace: RRset[] = [];
  for (const c of diff.changes) {
    if (c.kind === 'add' && c.after) remove.push(c.after);
    else if (c.before) {
      restore.push(c.before);
      if (c.after) replace.push(c.after);
    }
  }
  return { zone: diff.name, unit, restore, remove, replace };
}

function planByName(diff: ZoneDiff): RollbackPlan {
  const names = new Set(diff.changes.map((c) => c.name));
  const before = diff.before?.rrsets.filter((r) => names.has(r.name)) ?? [];
  const after = diff.after?.rrsets.filter((r) => names.has(r.name)) ?? [];
  const baseNames = new Set(before.map((r) => r.name));
  return {
    zone: diff.name,
    unit: 'name',
    restore: before,
    remove: after.filter((r) => !baseNames.has(r.name)),
    replace: after.filter((r) => baseNames.has(r.name)),
  };
}

/** Head's RRsets with the plan applied: what the zone holds after the rollback. */
export function applyRollback(head: readonly RRset[], plan: RollbackPlan): RRset[] {
  if (plan.unit === 'name') {
    const names = new Set([...plan.restore, ...plan.remove, ...plan.replace].map((r) => r.name));
    return [...head.filter((r) => !names.has(r.name)), ...plan.restore];
  }
  const drop = new Set([...plan.restore, ...plan.remove].map(rrsetKey));
  return [...head.filter((r) => !drop.has(rrsetKey(r))), ...plan.restore];
}
