/** A RuleContext for rule tests: real zone sets, the real diff, a real (empty) working tree. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ZoneSet } from '../../src/model/zone.js';
import type { RuleContext } from '../../src/rules/types.js';
import { openTree } from '../../src/sources/git.js';
import { contextFor } from '../helpers/context.js';

let emptyDir: string | undefined;

export async function ruleContext(
  base: ZoneSet,
  head: ZoneSet,
  extra: Partial<RuleContext> = {},
): Promise<RuleContext> {
  emptyDir ??= mkdtempSync(join(tmpdir(), 'zoneguard-rules-'));
  return contextFor(base, head, {
    headTree: await openTree(emptyDir, undefined),
    baseTree: undefined,
    now: new Date('2026-11-27T09:00:00Z'),
    ...extra,
  });
}
