/** Where something came from: a repository-relative path, 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * A problem found while reading input. Errors stop the zone from being used (the push would
 * fail too); warnings are shown in the review. Parsers collect every diagnostic of a file.
 */
export interface Diagnostic {
  readonly level: 'error' | 'warning';
  readonly message: string;
  readonly location: SourceLocation;
  /** A stable code for the kind of problem, e.g. `bind/unbalanced-parens`. */
  readonly code?: string;
}

export function formatLocation(loc: SourceLocation): string {
  let s = loc.file;
  if (loc.line !== undefined) {
    s += `:${loc.line}`;
    if (loc.column !== undefined) s += `:${loc.column}`;
  }
  return s;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${formatLocation(d.location)}: ${d.level}: ${d.message}`;
}

/** Errors as values: a result carries a value or the diagnostics that prevented it. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings?: readonly Diagnostic[] }
  | { readonly ok: false; readonly errors: readonly Diagnostic[] };

export function ok<T>(value: T, warnings?: readonly Diagnostic[]): Result<T> {
  return warnings && warnings.length > 0 ? { ok: true, value, warnings } : { ok: true, value };
}

export function fail<T = never>(...errors: Diagnostic[]): Result<T> {
  return { ok: false, errors };
}
