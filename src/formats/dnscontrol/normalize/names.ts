/**
 * Names as DNSControl's Go side writes them: a label made absolute against an origin, and a
 * record's full name without the trailing dot.
 */
import type { IrRecord } from '../ir.js';

/** dnsutil.AddOrigin: `@` is the origin, names ending in a dot are absolute. */
export function addOrigin(name: string, origin: string): string {
  if (name === '@') return origin;
  if (name.endsWith('.')) return name;
  return `${name}.${origin}`;
}

export function fqdnOf(rec: IrRecord, domain: string): string {
  return rec.name === '@' ? domain : `${rec.name}.${domain}`;
}
