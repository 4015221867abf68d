/**
 * Helpers for reading the sandbox's output: JSON a config could shape at will, so nothing in it
 * is trusted to have the expected type until checked here.
 */
import type { Problems } from './problems.js';

export type Raw = Record<string, unknown>;
export const isObj = (x: unknown): x is Raw =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export function stringMap(
  x: unknown,
  what: string,
  pos: unknown,
  p: Problems,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (x === undefined) return out;
  if (!isObj(x)) {
    p.error(`${what} must be an object`, pos);
    return out;
  }
  for (const [k, v] of Object.entries(x)) {
    if (typeof v === 'string') out[k] = v;
    else
      p.error(
        `${what} "${k}" must be a string, not ${Array.isArray(v) ? 'an array' : typeof v} (DNSControl refuses it)`,
        pos,
      );
  }
  return out;
}
