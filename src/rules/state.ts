/**
 * For rules that judge a state (a CNAME beside other data, a target that is a CNAME) rather
 * than a change: check base and head alike; a head problem base already had is `existing`.
 * Base is judged only when head has something to tell apart: most zones have no finding of most
 * state rules, and judging a large zone's base costs as much as judging its head (issue 15).
 */
import type { ZoneSet } from '../model/zone.js';
import type { DraftFinding, RuleContext } from './types.js';

type StateFinding = Omit<DraftFinding, 'introduced'>;

function identity(f: StateFinding): string {
  return [f.zone ?? '', f.name ?? '', f.type ?? '', f.key ?? ''].join('\x1f');
}

export function compareStates(
  ctx: Pick<RuleContext, 'base' | 'head'>,
  check: (set: ZoneSet) => StateFinding[],
): DraftFinding[] {
  const after = check(ctx.head);
  if (after.length === 0) return [];
  const before = new Set(check(ctx.base).map(identity));
  return after.map((f) => ({ ...f, introduced: !before.has(identity(f)) }));
}
