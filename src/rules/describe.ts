/** Small wording helpers shared by rule messages. */
import type { Change } from '../diff/types.js';
import type { SourceLocation } from '../model/location.js';

export function listValues(values: readonly string[], max = 4): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown} (+${values.length - max} more)` : shown || '(none)';
}

/** `{a, b} → {b, c}`, or the TTL when only that changed. */
export function describeChange(c: Change): string {
  if (c.kind === 'add') return `added: ${listValues(c.after!.values)}`;
  if (c.kind === 'remove') return `removed: ${listValues(c.before!.values)}`;
  if (c.ttlOnly) return `TTL ${c.before!.ttl} → ${c.after!.ttl}`;
  const removed = c.before!.values.filter((v) => !c.after!.values.includes(v));
  const added = c.after!.values.filter((v) => !c.before!.values.includes(v));
  const parts: string[] = [];
  if (removed.length) parts.push(`− ${listValues(removed)}`);
  if (added.length) parts.push(`+ ${listValues(added)}`);
  if (!removed.length && !added.length) parts.push('settings changed');
  return parts.join('; ');
}

/** Where a change shows in the pull request: the head line, else the base line. */
export function changeLocation(c: Change): SourceLocation | undefined {
  return c.after?.location ?? c.before?.location;
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

/**
 * Ends a sentence with one full stop. Names are absolute (`example.com.`), so a sentence that
 * ends in a name already has its stop: `… for example.com.`, never `example.com..`.
 */
export function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
