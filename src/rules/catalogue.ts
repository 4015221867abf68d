/**
 * Every rule, in the order the docs list them. A rule is a module of its own in this folder;
 * adding one is one import and one entry here.
 */
import { cnameConflict } from './cname-conflict.js';
import { dsChange } from './ds-change.js';
import { massChange } from './mass-change.js';
import { mxChange } from './mx-change.js';
import { nsChange } from './ns-change.js';
import { subdelegationChange } from './subdelegation-change.js';
import { targetIsCname } from './target-is-cname.js';
import type { Rule } from './types.js';
import { wildcardChange } from './wildcard-change.js';
import { zoneRemoved } from './zone-removed.js';

export const RULES: readonly Rule[] = [
  nsChange,
  subdelegationChange,
  dsChange,
  zoneRemoved,
  massChange,
  cnameConflict,
  targetIsCname,
  mxChange,
  wildcardChange,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
