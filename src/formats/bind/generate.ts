/**
 * BIND's `$GENERATE start-stop[/step] lhs [ttl] [class] type rhs`: the range and the `$`
 * substitutions with `${offset[,width[,base]]}` modifiers (bases d, o, x, X, n, N), as the
 * BIND ARM describes them. `$$` is a literal `$`; `\X` is kept for the field parsers.
 */
import { quoteInput } from '../../model/location.js';

export interface GenerateRange {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
}

const MAX = 2 ** 31 - 1;

export function parseRange(text: string): GenerateRange | string {
  const m = /^(\d{1,10})-(\d{1,10})(?:\/(\d{1,10}))?$/.exec(text);
  if (!m) return `expected a range start-stop[/step], not ${quoteInput(text)}`;
  const start = Number(m[1]);
  const stop = Number(m[2]);
  const step = m[3] === undefined ? 1 : Number(m[3]);
  if (start > MAX || stop > MAX || step > MAX) return `range ${quoteInput(text)} is above ${MAX}`;
  if (stop < start) return `range ${quoteInput(text)} ends before it starts`;
  if (step < 1) return `range ${quoteInput(text)} has a step below 1`;
  return { start, stop, step };
}

/** One `$` template with its modifiers parsed once, then applied to each value. */
type Part = string | { offset: number; width: number; base: string };

export function compileTemplate(text: string): Part[] | string {
  const parts: Part[] = [];
  let lit = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === '\\') {
      lit += text.slice(k, k + 2);
      k++;
    } else if (c !== '$') lit += c;
    else if (text[k + 1] === '$') {
      lit += '$';
      k++;
    } else {
      if (lit) parts.push(lit);
      lit = '';
      if (text[k + 1] === '{') {
        const close = text.indexOf('}', k);
        const m = /^\{(-?\d+)(?:,(\d+)(?:,([doxXnN]))?)?\}$/.exec(text.slice(k + 1, close + 1));
        if (close === -1 || !m)
          return `bad modifier in ${quoteInput(text)}: expected \${offset[,width[,base]]}`;
        const width = Number(m[2] ?? 0);
        if (width > 255) return `width ${width} in ${quoteInput(text)} is too large`;
        parts.push({ offset: Number(m[1]), width, base: m[3] ?? 'd' });
        k = close;
      } else parts.push({ offset: 0, width: 0, base: 'd' });
    }
  }
  if (lit) parts.push(lit);
  return parts;
}

export function expand(parts: readonly Part[], it: number): string | undefined {
  let s = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      s += p;
      continue;
    }
    const v = it + p.offset;
    if (v > MAX) return undefined;
    s += number(v, p.width, p.base);
  }
  return s;
}

function number(v: number, width: number, base: string): string {
  if (base === 'n' || base === 'N') return nibbles(v, width, base === 'N');
  // printf semantics: %d is signed (the zero padding counts the sign); %o/%x/%X print the
  // 32-bit unsigned value, so an offset below zero gives ffffffff as BIND does.
  if (base === 'd') {
    const digits = String(Math.abs(v));
    return v < 0 ? `-${digits.padStart(width - 1, '0')}` : digits.padStart(width, '0');
  }
  const digits = (v >>> 0).toString(base === 'o' ? 8 : 16);
  return (base === 'X' ? digits.toUpperCase() : digits).padStart(width, '0');
}

/** Reversed nibbles separated by dots (ip6.arpa), zero-filled to `width` characters. */
function nibbles(value: number, width: number, upper: boolean): string {
  const digits = upper ? '0123456789ABCDEF' : '0123456789abcdef';
  let v = value >>> 0;
  let w = width;
  let s = '';
  do {
    s += digits[v & 15];
    v >>>= 4;
    if (w > 0) w--;
    if (w > 0 || v !== 0) {
      s += '.';
      if (w > 0) w--;
    }
  } while (v !== 0 || w > 0);
  return s;
}
