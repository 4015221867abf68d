/**
 * Every rule, in the order the docs list them. A rule is a module of its own in this folder;
 * adding one is one import and one entry here.
 */
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
