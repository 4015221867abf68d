/** Our record type names versus dns-packet's (which spells types it lacks `UNKNOWN_<n>`). */
import { parseRecordType, type RecordType, TYPE_NUMBERS } from '../../model/record-type.js';

/** Standard types dns-packet 5 has no name for. */
const UNNAMED = new Set(['SMIMEA', 'OPENPGPKEY', 'SVCB', 'HTTPS']);

/** The name dns-packet encodes for this type (`HTTPS` → `UNKNOWN_65`, `TYPE65534` likewise). */
export function wireTypeName(type: string): string {
  const upper = type.toUpperCase();
  if (UNNAMED.has(upper)) return `UNKNOWN_${TYPE_NUMBERS[upper as keyof typeof TYPE_NUMBERS]}`;
  const m = /^TYPE(\d{1,5})$/.exec(upper);
  if (m) {
    const named = parseRecordType(upper);
    return named && !named.startsWith('TYPE') ? wireTypeName(named) : `UNKNOWN_${Number(m[1])}`;
  }
  return upper;
}

/** Numbers of the types by their names as written (asked per query: no upper-casing). */
const NUMBERS = new Map<string, number>(Object.entries(TYPE_NUMBERS));

/** The type's number (`MX` → 15, `TYPE65534` → 65534). */
export function typeNumber(type: string): number {
  const named = NUMBERS.get(type);
  if (named !== undefined) return named;
  const upper = type.toUpperCase();
  const known = TYPE_NUMBERS[upper as keyof typeof TYPE_NUMBERS];
  if (known !== undefined) return known;
  const m = /^TYPE(\d{1,5})$/.exec(upper);
  const n = m ? Number(m[1]) : Number.NaN;
  if (n >= 0 && n <= 0xffff) return n;
  throw new RangeError(`not a DNS type: ${type}`);
}

/** Our type for a type name dns-packet decoded (`UNKNOWN_65` → `HTTPS`). */
export function recordTypeOf(wire: string | number): RecordType | undefined {
  const text = String(wire);
  const m = /^UNKNOWN_(\d+)$/.exec(text);
  return parseRecordType(m ? `TYPE${m[1]}` : text);
}
