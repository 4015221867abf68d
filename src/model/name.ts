/**
 * Domain names in canonical form: absolute, with the trailing dot, ASCII letters lower-cased
 * (RFC 4343: only ASCII is case-insensitive), IDNs as punycode A-labels, and label bytes that
 * need it escaped the way BIND prints them (`\.`, `\032`).
 */
import { domainToASCII } from 'node:url';
import { quoteInput } from './location.js';

export type NameResult = { ok: true; name: string } | { ok: false; message: string };

const MAX_LABEL = 63;
const MAX_NAME = 255;
// Characters BIND escapes with a backslash in presentation form.
const SPECIAL = new Set(['.', '\\', '"', ';', '(', ')', '@', '$']);

/** True when the text is already canonical and needs no escape handling (the common case). */
const PLAIN = /^(?:[a-z0-9_*-](?:[a-z0-9_*/-]*)\.)*$/;

/**
 * Resolves a name as written in a zone or config against an origin (itself canonical).
 * `@` is the origin; a name without the trailing dot is relative to the origin.
 */
export function toAbsoluteName(text: string, origin: string): NameResult {
  if (text === '@') return { ok: true, name: origin };
  if (text.length === 0) return { ok: false, message: 'empty name' };
  if (text === '.') return { ok: true, name: '.' };
  if (endsWithUnescapedDot(text)) return canonicalName(text);
  return canonicalName(origin === '.' ? `${text}.` : `${text}.${origin}`);
}

// Characters of plain labels: lower-case letters, digits, `-`, `_`.
const PLAIN_OCTET = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789-_') PLAIN_OCTET[c.charCodeAt(0)] = 1;

/**
 * `absolute` when `text` is plain labels each followed by a dot, `relative` when the last has
 * none; undefined for anything else (upper case, escapes, `*`, `@`, IDNs, an empty label or
 * one over 63 characters), which needs the full path. Plain labels are lower-case letters,
 * digits, `-` and `_`: such a name is canonical as written, so an absolute one of at most 254
 * characters (255 octets in wire form) is its own canonical form. The one scan behind every
 * fast path (canonicalName, the zone-file reader, live answers); it allocates nothing, and it
 * is most of the time spent on names in a large zone (issue 15).
 */
export function plainForm(text: string): 'absolute' | 'relative' | undefined {
  let label = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      if (label === 0) return undefined;
      label = 0;
    } else if (c < 128 && PLAIN_OCTET[c] === 1) {
      if (++label > MAX_LABEL) return undefined;
    } else return undefined;
  }
  if (text.length === 0) return undefined;
  return label === 0 ? 'absolute' : 'relative';
}

/** Canonical form of an absolute name (must end with a dot, `.` is the root). */
export function canonicalName(text: string): NameResult {
  if (text.length < MAX_NAME && plainForm(text) === 'absolute') return { ok: true, name: text };
  if (text === '.') return { ok: true, name: '.' };
  if (!endsWithUnescapedDot(text))
    return { ok: false, message: `name ${quoteInput(text)} is not absolute` };
  const lower = lowerAscii(text);
  if (PLAIN.test(lower)) return checkLengths(lower, lower.slice(0, -1).split('.'));
  let source = lower;
  if (/[^\x00-\x7f]/.test(source)) {
    if (source.includes('\\'))
      return { ok: false, message: `name ${quoteInput(text)} mixes escapes and non-ASCII` };
    const ascii = domainToASCII(source.slice(0, -1));
    if (!ascii)
      return {
        ok: false,
        message: `name ${quoteInput(text)} is not a valid internationalised name`,
      };
    source = `${ascii.toLowerCase()}.`;
  }
  const labels = splitLabels(source);
  if (typeof labels === 'string') return { ok: false, message: labels };
  const encoded = labels.map(encodeLabel);
  return checkLengths(`${encoded.join('.')}.`, encoded, labels);
}

function checkLengths(name: string, labels: string[], raw?: number[][]): NameResult {
  let wire = 1;
  for (let i = 0; i < labels.length; i++) {
    const len = raw ? raw[i]!.length : labels[i]!.length;
    if (len === 0) return { ok: false, message: `name ${quoteInput(name)} has an empty label` };
    if (len > MAX_LABEL)
      return {
        ok: false,
        message: `label of ${len} octets in ${quoteInput(name)} (max ${MAX_LABEL})`,
      };
    wire += len + 1;
  }
  if (wire > MAX_NAME)
    return {
      ok: false,
      message: `name ${quoteInput(name)} is ${wire} octets long (max ${MAX_NAME})`,
    };
  return { ok: true, name };
}

function endsWithUnescapedDot(text: string): boolean {
  if (!text.endsWith('.')) return false;
  let backslashes = 0;
  for (let i = text.length - 2; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

function lowerAscii(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** Splits an absolute presentation name into labels of octets, decoding `\X` and `\DDD`. */
function splitLabels(text: string): number[][] | string {
  const labels: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e /* . */) {
      labels.push(current);
      current = [];
    } else if (c === 0x5c /* \ */) {
      const d = text.slice(i + 1, i + 4);
      if (/^\d{3}$/.test(d)) {
        const v = Number(d);
        if (v > 255) return `escape \\${d} is above 255`;
        current.push(lowerOctet(v));
        i += 3;
      } else if (i + 1 < text.length) {
        current.push(lowerOctet(text.charCodeAt(i + 1)));
        i += 1;
      } else return 'name ends with a lone backslash';
    } else if (c > 0xff) return `character "${text[i]}" is not allowed in a name`;
    else current.push(lowerOctet(c));
  }
  if (current.length > 0) return 'name is not absolute';
  return labels;
}

function lowerOctet(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

function encodeLabel(octets: number[]): string {
  let s = '';
  for (const o of octets) {
    const ch = String.fromCharCode(o);
    if (o <= 0x20 || o >= 0x7f) s += `\\${String(o).padStart(3, '0')}`;
    else if (SPECIAL.has(ch)) s += `\\${ch}`;
    else s += ch;
  }
  return s;
}

/** Labels of a canonical name, leftmost first; the root has none. Escaped dots stay inside. */
export function labelsOf(name: string): string[] {
  if (name === '.') return [];
  if (!name.includes('\\')) return name.slice(0, -1).split('.');
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < name.length - 1; i++) {
    const ch = name[i]!;
    if (ch === '\\') {
      cur += ch + name[i + 1];
      i++;
    } else if (ch === '.') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** True when `name` is `zone` or below it. Both canonical. */
export function isInZone(name: string, zone: string): boolean {
  if (zone === '.' || name === zone) return true;
  if (!name.endsWith(`.${zone}`)) return false;
  if (!name.includes('\\')) return true;
  const n = labelsOf(name);
  const z = labelsOf(zone);
  return n.length > z.length && n.slice(n.length - z.length).join('.') === z.join('.');
}

/** The name one label up; the root's parent is the root. */
export function parentName(name: string): string {
  if (!name.includes('\\')) {
    const dot = name.indexOf('.');
    return dot < 0 || dot === name.length - 1 ? '.' : name.slice(dot + 1);
  }
  const labels = labelsOf(name);
  return labels.length <= 1 ? '.' : `${labels.slice(1).join('.')}.`;
}

/** `www` for `www.example.com.` in `example.com.`, `@` for the apex; absolute when outside. */
export function relativeName(name: string, zone: string): string {
  if (name === zone) return '@';
  // Below the root, the name's own trailing dot is the only part the zone contributes.
  if (zone === '.') return name.slice(0, -1);
  if (isInZone(name, zone)) return name.slice(0, name.length - zone.length - 1);
  return name;
}

export function isWildcard(name: string): boolean {
  return name === '*.' || name.startsWith('*.');
}
