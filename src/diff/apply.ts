/** Applies changes to an RRset list: the inverse view of the diff, used to check rollbacks. */
import { type RRset, rrsetKey } from '../model/zone.js';
import { sortByRRsetKey } from './diff.js';
import type { Change } from './types.js';

export function applyChanges(rrsets: readonly RRset[], changes: readonly Change[]): RRset[] {
  const byKey = new Map(rrsets.map((r) => [rrsetKey(r), r]));
  for (const c of changes) {
    const key = rrsetKey(c);
    if (c.kind === 'remove') byKey.delete(key);
    else if (c.after) byKey.set(key, c.after);
  }
  return sortByRRsetKey([...byKey.values()]);
}
