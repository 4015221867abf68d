/**
 * A variable the config needed and did not get, said plainly. DNSControl configs read values from
 * the command line (`dnscontrol -v NAME=VALUE`, often CI secrets, with `CLI_DEFAULTS({ NAME:
 * null })` as the default); without them the error is about a record argument
 * (`CNAME record name argument validation failed`) or an undefined name, and says nothing of
 * the variable. This adds which variable, and how to pass it. Only names are shown, never a value.
 */
import type { Diagnostic } from '../../model/location.js';

/** How to give a variable a value, in the words of both the CLI and the Action. */
export function howToPass(name: string): string {
  return `pass it with --var ${name}=… (the Action: a line ${name}=… in its vars input), as dnscontrol -v ${name}=… does`;
}

/** QuickJS's message for a global nobody defined. */
const NOT_DEFINED = /^ReferenceError: '([A-Za-z_$][\w$]{0,99})' is not defined$/;
const ABOUT_NOTHING = /\b(null|undefined)\b/;
const MAX_NAMES = 5;
const MAX_LINE = 10_000;

/** Source text of the files the evaluation ran, to read an error's line from. */
export type SourceTexts = ReadonlyMap<string, string>;

/**
 * The diagnostic with the variable it is about, if any:
 * - `'NAME' is not defined`: a global nobody set (no --var, no CLI_DEFAULTS), maybe a variable;
 * - an error while CLI_DEFAULTS variables hold null or undefined (`unset`): those named on the
 *   error's line, or, when the error is about a null or undefined value, every one of them.
 */
export function explainVariables(
  d: Diagnostic,
  unset: readonly string[],
  texts: SourceTexts,
): Diagnostic {
  const hint = variableHint(d, unset, texts);
  return hint ? { ...d, message: `${d.message}${hint}` } : d;
}

function variableHint(d: Diagnostic, unset: readonly string[], texts: SourceTexts): string {
  const undefinedName = NOT_DEFINED.exec(d.message)?.[1];
  if (undefinedName)
    return `. If ${undefinedName} is a variable DNSControl gets from its command line, ${howToPass(undefinedName)}`;
  if (unset.length === 0) return '';
  const line = sourceLine(texts, d.location.file, d.location.line);
  const named = line === undefined ? [] : unset.filter((n) => mentions(line, n));
  const names = named.length > 0 ? named : ABOUT_NOTHING.test(d.message) ? unset : [];
  if (names.length === 0) return '';
  const shown = names.slice(0, MAX_NAMES);
  const more = names.length > shown.length ? ` (and ${names.length - shown.length} more)` : '';
  const subject =
    names.length === 1
      ? `${shown[0]} has no value (its CLI_DEFAULTS default is null or undefined, and none was passed)`
      : `${shown.join(', ')}${more} have no value (their CLI_DEFAULTS defaults are null or undefined, and none was passed)`;
  return `. ${subject}: ${howToPass(shown[0]!)}`;
}

/** The text of one line of a file the evaluation ran, if it is known (cut at 10,000). */
function sourceLine(texts: SourceTexts, file: string, line: number | undefined) {
  const text = texts.get(file);
  if (text === undefined || line === undefined) return undefined;
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, Math.min(end < 0 ? text.length : end, start + MAX_LINE));
}

/** `name` as a whole identifier in a line of code. */
function mentions(line: string, name: string): boolean {
  for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
    if (!isIdentifierChar(line[at - 1]) && !isIdentifierChar(line[at + name.length])) return true;
  }
  return false;
}

function isIdentifierChar(c: string | undefined): boolean {
  return c !== undefined && /[\w$]/.test(c);
}
