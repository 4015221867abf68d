/** A RuleContext for rule tests: real zone sets, the real diff, a real (empty) working tree. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffZoneSets } from '../../src/diff/index.js';
import type { ZoneSet } from '../../src/model/zone.js';
import { DEFAULT_POLICY } from '../../src/rules/policy.js';
import type { RuleContext } from '../../src/rules/types.js';
import { openTree } from '../../src/sources/git.js';

let emptyDir: string | undefined;

export async function ruleContext(
  base: ZoneSet,
  head: ZoneSet,
  extra: Partial<RuleContext> = {},
): Promise<RuleContext> {
  emptyDir ??= mkdtempSync(join(tmpdir(), 'zoneguard-rules-'));
  return {
    base,
    head,
    diffs: diffZoneSets(base, head),
    drift: new Map(),
    apply: new Map(),
    live: undefined,
    policy: DEFAULT_POLICY,
    headTree: await openTree(emptyDir, undefined),
    baseTree: undefined,
    changedFiles: [],
    history: undefined,
    baseRef: undefined,
    now: new Date('2026-11-27T09:00:00Z'),
    ...extra,
  };
}
