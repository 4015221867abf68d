/**
 * YAML 1.1 scalars as octoDNS sees them. octoDNS loads YAML with PyYAML's SafeLoader, which
 * implements YAML 1.1: `yes`/`off` are booleans, `010` is octal, `1:30` is base 60. js-yaml's
 * own 1.1 schema also takes `y`/`n` as booleans, which PyYAML does not, so the implicit
 * resolution is written out here from the YAML 1.1 type repository, as PyYAML applies it.
 * Python's `str()` of the result matters too: octoDNS stringifies record names with it.
 */

/** A scalar after resolution; ints are bigints because Python ints are unbounded. */
export type PyScalar =
  | { readonly type: 'str'; readonly value: string }
  | { readonly type: 'int'; readonly value: bigint }
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'bool'; readonly value: boolean }
  /** A YAML 1.1 timestamp (a Python date or datetime); kept as its text. */
  | { readonly type: 'timestamp'; readonly value: string }
  | { readonly type: 'null' };

const BOOL_TRUE = new Set(['yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const BOOL_FALSE = new Set(['no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const INT =
  /^(?:[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const TIMESTAMP =
  /^(?:\d{4}-\d\d-\d\d|\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Resolves a plain (unquoted, untagged) scalar the way PyYAML's SafeLoader does. */
export function resolvePlainScalar(text: string): PyScalar {
  if (NULLS.has(text)) return { type: 'null' };
  if (BOOL_TRUE.has(text)) return { type: 'bool', value: true };
  if (BOOL_FALSE.has(text)) return { type: 'bool', value: false };
  if (INT.test(text)) return { type: 'int', value: parseInt11(text) };
  if (FLOAT.test(text)) return { type: 'float', value: parseFloat11(text) };
  if (TIMESTAMP.test(text)) return { type: 'timestamp', value: text };
  return { type: 'str', value: text };
}

function parseInt11(text: string): bigint {
  let s = text.replace(/_/g, '');
  let sign = 1n;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1n;
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s.startsWith('0b')) return sign * BigInt(s);
  if (s.startsWith('0x')) return sign * BigInt(s);
  if (s.includes(':')) {
    let v = 0n;
    for (const part of s.split(':')) v = v * 60n + BigInt(part);
    return sign * v;
  }
  if (s.startsWith('0')) return sign * BigInt(`0o${s.slice(1)}`);
  return sign * BigInt(s);
}

function parseFloat11(text: string): number {
  let s = text.replace(/_/g, '').toLowerCase();
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '.inf') return sign * Number.POSITIVE_INFINITY;
  if (s === '.nan') return Number.NaN;
  if (s.includes(':')) {
    let v = 0;
    for (const part of s.split(':')) v = v * 60 + Number(part);
    return sign * v;
  }
  return sign * Number(s);
}

/** Python's `str()` of the value: what octoDNS makes of a name written as `12:` or `yes:`. */
export function pyStr(s: PyScalar): string {
  switch (s.type) {
    case 'str':
    case 'timestamp':
      return s.value;
    case 'int':
      return s.value.toString();
    case 'bool':
      return s.value ? 'True' : 'False';
    case 'null':
      return 'None';
    case 'float':
      return pyFloatRepr(s.value);
  }
}

function pyFloatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return `${v}.0`;
  return String(v);
}

/**
 * natsort's default ("natural") order, as octoDNS's key-order check uses it: digit runs compare
 * as numbers, so `2` sorts before `12`. Returns <0, 0 or >0.
 */
export function naturalCompare(a: string, b: string): number {
  // Without digits natural order is plain order (record keys like `ttl`, `type`, `value`).
  if (!HAS_DIGIT.test(a) && !HAS_DIGIT.test(b)) return simpleCompare(a, b);
  const ca = chunks(a);
  const cb = chunks(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (typeof x === 'bigint' && typeof y === 'bigint') {
      if (x !== y) return x < y ? -1 : 1;
    } else if (x !== y) return String(x) < String(y) ? -1 : 1;
  }
  return ca.length - cb.length;
}

const HAS_DIGIT = /\d/;

/** Alternating text and number chunks, always starting with text (possibly empty). */
function chunks(s: string): (string | bigint)[] {
  const out: (string | bigint)[] = [];
  const re = /(\d+)/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(s.slice(last, m.index), BigInt(m[1]!));
    last = m.index + m[1]!.length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

/** Plain string order (`order_mode: simple`), by code point as Python compares strings. */
export function simpleCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
