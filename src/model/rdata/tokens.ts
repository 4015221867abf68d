/**
 * Splits one record's presentation text (`10 mail.example.com.`, `"v=spf1" "-all"`) into
 * tokens. The BIND lexer produces the same tokens from zone files; other formats use this.
 *
 * White space is defined once, here, for every tokenizer, as BIND's lexer has it: space and
 * tab separate tokens, a line feed ends a line and a carriage return before it is ignored.
 * Every other character (vertical tab, form feed, U+00A0, U+2028, …) is data, which the
 * field's parser accepts or refuses; none of them ends a token. (Before, the token loop
 * stopped at any `\s` but only these four were skipped: a vertical tab or a no-break space
 * made an empty token forever, and memory ran out.)
 */
import type { RdataToken } from './types.js';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The character codes that separate tokens (space, tab) or end a line (LF, CR before it). */
export const TOKEN_SPACE: readonly number[] = [SPACE, TAB, LF, CR];

/** True for a character code that is white space between tokens (see `TOKEN_SPACE`). */
export function isTokenSpace(code: number): boolean {
  return code === SPACE || code === TAB || code === LF || code === CR;
}

export function tokenizeRdata(text: string): RdataToken[] | { error: string } {
  const tokens: RdataToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (isTokenSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // A token's text is its characters as written (escapes undecoded): one slice of the
    // input, not a string built a character at a time (a 1 MB value made ropes that took
    // seconds to flatten).
    if (c === '"') {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== QUOTE)
        j += text.charCodeAt(j) === BACKSLASH && j + 1 < n ? 2 : 1;
      if (j >= n) return { error: 'unterminated quoted string' };
      tokens.push({ text: text.slice(i + 1, j), quoted: true });
      i = j + 1;
      continue;
    }
    let j = i;
    // The first character is neither white space nor a quote: every token holds at least one.
    while (j < n && !isTokenSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== QUOTE)
      j += text.charCodeAt(j) === BACKSLASH && j + 1 < n ? 2 : 1;
    tokens.push({ text: text.slice(i, j), quoted: false });
    i = j;
  }
  return tokens;
}

/** Decodes `\X` and `\DDD` escapes into a string of octets (char codes 0–255). */
export function decodeEscapes(text: string): string | { error: string } {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const d = text.slice(i + 1, i + 4);
    if (/^\d{3}$/.test(d)) {
      const v = Number(d);
      if (v > 255) return { error: `escape \\${d} is above 255` };
      out += String.fromCharCode(v);
      i += 3;
    } else if (i + 1 < text.length) {
      out += text[i + 1];
      i++;
    } else return { error: 'lone backslash at the end' };
  }
  return out;
}
