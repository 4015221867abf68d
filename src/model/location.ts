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

/** A 1-based line and column inside a text. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps character offsets of `text` to 1-based line and column. The line starts are found once,
 * then each lookup is a binary search: locating every finding of a large file stays O(log n)
 * apiece. Lines end at `\n` only, so in CRLF text the `\r` is the last column of its line.
 * Negative offsets count as 0; offsets past the end continue the last line.
 */
export function lineColumnIndex(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, offset);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  };
}

export function formatLocation(loc: SourceLocation): string {
  let s = loc.file;
  if (loc.line !== undefined) {
    s += `:${loc.line}`;
    if (loc.column !== undefined) s += `:${loc.column}`;
  }
  return s;
}

/**
 * Bounds on text that quotes the user's input: a message is cut at MAX_MESSAGE_CHARS, a piece
 * of input quoted in it (a name, a token, a path) at MAX_QUOTED_CHARS. A 10 MB label is a
 * located error of a few hundred characters, not 10 MB of log. The one place for both.
 */
export const MAX_MESSAGE_CHARS = 1000;
export const MAX_QUOTED_CHARS = 120;

/**
 * `text` cut at `max` characters (never inside a surrogate pair), saying how long it was;
 * `length` is the original length when `text` is already a prefix of it.
 */
export function capText(text: string, max = MAX_MESSAGE_CHARS, length = text.length): string {
  if (text.length <= max && length <= text.length) return text;
  let cut = Math.min(max, text.length);
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}… (${length} characters, cut)`;
}

/** A piece of input for a message: in double quotes, cut at MAX_QUOTED_CHARS. */
export function quoteInput(text: string, max = MAX_QUOTED_CHARS): string {
  return `"${capText(text, max)}"`;
}

/** One line for a diagnostic; the message is cut at MAX_MESSAGE_CHARS. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${formatLocation(d.location)}: ${d.level}: ${capText(d.message)}`;
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
