/** The one RuleContext builder for tests: two zone sets, the real diff, a fixed clock, no live DNS. */
import { diffZoneSets } from '../../src/diff/diff.js';
import type { ZoneSet } from '../../src/model/zone.js';
import { DEFAULT_POLICY, type Policy } from '../../src/rules/policy.js';
import type { RuleContext } from '../../src/rules/types.js';
import type { SourceTree } from '../../src/sources/types.js';

const emptyTree: SourceTree = {
  root: '/nonexistent',
  commit: undefined,
  label: 'empty',
  listFiles: async () => [],
  readText: async () => undefined,
};

export function contextFor(
  base: ZoneSet,
  head: ZoneSet,
  extra: Partial<Omit<RuleContext, 'policy'>> & { policy?: Partial<Policy> } = {},
): RuleContext {
  const { policy, ...rest } = extra;
  return {
    base,
    head,
    diffs: diffZoneSets(base, head),
    drift: new Map(),
    apply: new Map(),
    live: undefined,
    policy: { ...DEFAULT_POLICY, ...policy },
    headTree: emptyTree,
    baseTree: emptyTree,
    changedFiles: [],
    history: undefined,
    baseRef: undefined,
    now: new Date('2026-11-26T12:00:00Z'),
    ...rest,
  };
}
