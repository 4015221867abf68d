/**
 * Values of Terraform expressions as static reading knows them: JSON-like data (the shape
 * `terraform show -json` gives resource attributes: nested blocks are lists of objects), plus
 * two markers. `Unknown` is what only running Terraform could tell (a data source, a computed
 * attribute, a function of something unknown), with the reason and where it was written;
 * `ZoneRef` is the computed id of a zone resource the configuration declares, which is all a
 * record needs to know which zone it is in.
 */
import type { SourceLocation } from '../../model/location.js';

export class Unknown {
  constructor(
    /** What cannot be known, for a warning: `data.aws_route53_zone.main.zone_id`. */
    readonly what: string,
    readonly at: SourceLocation,
    /**
     * True when Terraform itself would fail here (a key or element that is not there), not
     * merely not know yet: `try()` moves past such a value, never past an unknown one.
     */
    readonly error = false,
  ) {}
}

export class ZoneRef {
  constructor(
    /** The zone's apex, canonical (`example.com.`). */
    readonly zone: string,
    /** The expression the config wrote (`aws_route53_zone.main.zone_id`), for the write side. */
    readonly written: string,
  ) {}
}

export type Value =
  | string
  | number
  | boolean
  | null
  | Unknown
  | ZoneRef
  | readonly Value[]
  | { readonly [key: string]: Value };

export type ObjectValue = { readonly [key: string]: Value };

export function isObject(v: Value | undefined): v is ObjectValue {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Unknown) &&
    !(v instanceof ZoneRef)
  );
}

export function isList(v: Value | undefined): v is readonly Value[] {
  return Array.isArray(v);
}

/** The first unknown inside `v`, if any (a list with one unknown item is not fully known). */
export function firstUnknown(v: Value | undefined): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (isList(v)) {
    for (const x of v) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  } else if (isObject(v))
    for (const x of Object.values(v)) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  return undefined;
}

/** A value as a string the way Terraform converts primitives (`tostring`), else undefined. */
export function asString(v: Value | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return undefined;
}

export function asNumber(v: Value | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}
