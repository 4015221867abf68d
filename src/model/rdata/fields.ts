/**
 * Field readers and writers shared by the codecs: integers, names, hex, base64 and
 * character-strings. Each reader takes the token list and an index and throws `RdataError`
 * naming that index, so a format can point at the exact token.
 */
import { type NameResult, plainForm, toAbsoluteName } from '../name.js';
import { type RdataContext, RdataError, type RdataToken } from './types.js';

export function token(tokens: readonly RdataToken[], i: number, what: string): RdataToken {
  const t = tokens[i];
  if (t === undefined) throw new RdataError(`expected ${what}`, i);
  return t;
}

/** Throws unless every token has been read. */
export function end(tokens: readonly RdataToken[], i: number): void {
  if (tokens.length > i) throw new RdataError(`unexpected "${tokens[i]!.text}" after the data`, i);
}

/** An unsigned decimal integer of at most `max` (BIND accepts leading zeros). */
export function uint(tokens: readonly RdataToken[], i: number, max: number, what: string): number {
  const t = token(tokens, i, what);
  const s = t.text;
  if (s.length === 0 || s.length > 10 || t.quoted) throw new RdataError(`expected ${what}`, i);
  let v = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) throw new RdataError(`expected ${what}, not "${s}"`, i);
    v = v * 10 + c;
  }
  if (v > max) throw new RdataError(`${what} ${s} is above ${max}`, i);
  return v;
}

export const U8 = 0xff;
export const U16 = 0xffff;
export const U32 = 0xffffffff;

const TTL_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/**
 * A TTL-style duration: plain seconds or BIND's unit form (`1h30m`, `2W`). Returns undefined
 * when the text is not one; values above 2^32-1 are refused (BIND's `dns_ttl_fromtext`).
 */
export function parseDuration(text: string): number | undefined {
  const n = text.length;
  if (n === 0) return undefined;
  let plain = true;
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) {
      plain = false;
      break;
    }
    v = v * 10 + c;
  }
  if (plain) return n > 10 || v > U32 ? undefined : v;
  let total = 0;
  let num = '';
  for (let k = 0; k < n; k++) {
    const ch = text[k]!;
    if (ch >= '0' && ch <= '9') num += ch;
    else {
      const unit = TTL_UNITS[ch.toLowerCase()];
      if (unit === undefined || num === '' || num.length > 10) return undefined;
      total += Number(num) * unit;
      num = '';
    }
  }
  if (num !== '') return undefined; // BIND: digits after a unit need their own unit
  return total > U32 ? undefined : total;
}

/** A 32-bit duration field (SOA timers) with BIND's TTL units allowed. */
export function duration(tokens: readonly RdataToken[], i: number, what: string): number {
  const t = token(tokens, i, what);
  const v = t.quoted ? undefined : parseDuration(t.text);
  if (v === undefined)
    throw new RdataError(`expected ${what} (seconds or 1h30m), not "${t.text}"`, i);
  return v;
}

/**
 * The canonical name for text made of plain lower-case labels (`plainForm`), or undefined when
 * the text needs the full `toAbsoluteName` path (escapes, upper case, `@`, IDNs, bad lengths).
 * This is most of the time spent reading a large zone, so it allocates nothing but the result.
 */
export function plainName(text: string, origin: string): string | undefined {
  const form = plainForm(text);
  if (form === undefined) return undefined;
  // Wire length is the text length plus one (the root) when every dot separates labels.
  const n = text.length;
  if (form === 'absolute') return n + 1 > 255 ? undefined : text;
  if (origin === '.') return n + 2 > 255 ? undefined : `${text}.`;
  if (n + origin.length + 2 > 255 || !isPlainAbsolute(origin)) return undefined;
  return `${text}.${origin}`;
}

/** `toAbsoluteName` with the `plainName` fast path. */
export function resolveName(text: string, origin: string): NameResult {
  const plain = plainName(text, origin);
  return plain === undefined ? toAbsoluteName(text, origin) : { ok: true, name: plain };
}

let lastOrigin = '';
let lastOriginPlain = false;

function isPlainAbsolute(origin: string): boolean {
  if (origin !== lastOrigin) {
    lastOrigin = origin;
    lastOriginPlain = !origin.includes('\\');
  }
  return lastOriginPlain;
}

export function name(
  tokens: readonly RdataToken[],
  i: number,
  ctx: RdataContext,
  what: string,
): string {
  const t = token(tokens, i, what);
  const r = resolveName(t.text, ctx.origin);
  if (!r.ok) throw new RdataError(`bad ${what}: ${r.message}`, i);
  return r.name;
}

const HEX = /^[0-9a-fA-F]*$/;

/** Hex from token `from` to the end (BIND lets it be split over tokens); upper-case. */
export function hexRest(tokens: readonly RdataToken[], from: number, what: string): string {
  if (tokens.length <= from) throw new RdataError(`expected ${what} (hex)`, from);
  let s = '';
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quoted || !HEX.test(t.text)) throw new RdataError(`${what} must be hexadecimal`, k);
    s += t.text;
  }
  if (s.length % 2 !== 0) throw new RdataError(`${what} has an odd number of hex digits`, from);
  return s.toUpperCase();
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Base64 from token `from` to the end, joined; checked and kept in its canonical form. */
export function base64Rest(tokens: readonly RdataToken[], from: number, what: string): string {
  if (tokens.length <= from) throw new RdataError(`expected ${what} (base64)`, from);
  let s = '';
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quoted || !B64.test(t.text)) throw new RdataError(`${what} is not base64`, k);
    s += t.text;
  }
  return checkBase64(s, from, what);
}

export function checkBase64(s: string, at: number, what: string): string {
  if (s.length % 4 !== 0 || !B64.test(s)) throw new RdataError(`${what} is not valid base64`, at);
  const canonical = Buffer.from(s, 'base64').toString('base64');
  if (canonical !== s) throw new RdataError(`${what} is not canonical base64`, at);
  return s;
}

/**
 * Decodes a character-string as written (escapes undecoded) into octets, as a JS string of
 * char codes 0–255: `\DDD` and `\X` escapes; non-ASCII characters become their UTF-8 octets.
 * Returns a message when the text is bad.
 */
export function decodeOctets(text: string): string | { error: string } {
  let simple = true;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x5c || c > 0x7e) {
      simple = false;
      break;
    }
  }
  if (simple) return text;
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x5c) {
      const d1 = text.charCodeAt(k + 1);
      if (d1 >= 48 && d1 <= 57) {
        const d = text.slice(k + 1, k + 4);
        if (!/^\d{3}$/.test(d)) return { error: `escape \\${d} needs three digits` };
        const v = Number(d);
        if (v > 255) return { error: `escape \\${d} is above 255` };
        out += String.fromCharCode(v);
        k += 3;
      } else if (k + 1 < text.length) {
        const cp = text.codePointAt(k + 1)!;
        if (cp > 0x7f) {
          out += utf8Octets(String.fromCodePoint(cp));
          k += cp > 0xffff ? 2 : 1;
        } else {
          out += text[k + 1];
          k++;
        }
      } else return { error: 'lone backslash at the end' };
    } else if (c > 0x7f) {
      const cp = text.codePointAt(k)!;
      out += utf8Octets(String.fromCodePoint(cp));
      if (cp > 0xffff) k++;
    } else out += text[k];
  }
  return out;
}

function utf8Octets(ch: string): string {
  return String.fromCharCode(...Buffer.from(ch, 'utf8'));
}

export function charString(
  tokens: readonly RdataToken[],
  i: number,
  what: string,
  max = 255,
): string {
  const t = token(tokens, i, what);
  const v = decodeOctets(t.text);
  if (typeof v !== 'string') throw new RdataError(`bad ${what}: ${v.error}`, i);
  if (v.length > max) throw new RdataError(`${what} is ${v.length} octets long (max ${max})`, i);
  return v;
}

/** Octets as a quoted character-string, escaped as BIND prints it. */
export function quoteOctets(octets: string): string {
  let plain = true;
  for (let k = 0; k < octets.length; k++) {
    const c = octets.charCodeAt(k);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
      plain = false;
      break;
    }
  }
  if (plain) return `"${octets}"`;
  return `"${escapeOctets(octets, '"\\')}"`;
}

/** Escapes octets outside printable ASCII as `\DDD` and the characters in `special` as `\X`. */
export function escapeOctets(octets: string, special: string): string {
  let s = '';
  for (let k = 0; k < octets.length; k++) {
    const c = octets.charCodeAt(k);
    if (c < 0x20 || c > 0x7e) s += `\\${String(c).padStart(3, '0')}`;
    else if (special.includes(octets[k]!)) s += `\\${octets[k]}`;
    else s += octets[k];
  }
  return s;
}

/** Checks a number field of a typed rdata before formatting (format is also an API). */
export function checkUint(v: number, max: number, what: string): number {
  if (!Number.isInteger(v) || v < 0 || v > max)
    throw new RdataError(`${what} ${v} is out of range`);
  return v;
}
