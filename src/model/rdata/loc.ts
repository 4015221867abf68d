/**
 * LOC (RFC 1876): latitude, longitude, altitude and three sizes. Stored as the wire values so
 * every spelling of one location compares equal; printed the way BIND prints it.
 */
import { token } from './fields.js';
import { type RdataCodec, RdataError, type RdataToken } from './types.js';

const EQUATOR = 2 ** 31;
const ALT_BASE = 10_000_000; // wire altitude of 0 m, in cm

/** A decimal with up to `places` fractional digits, scaled to an integer; undefined if not. */
function fixed(text: string, places: number): number | undefined {
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[3] && m[3].length > places)) return undefined;
  const v = Number(m[2]) * 10 ** places + Number((m[3] ?? '').padEnd(places, '0') || '0');
  return m[1] ? -v : v;
}

function angle(
  tokens: readonly RdataToken[],
  i: number,
  maxDeg: number,
  hemis: string,
): [number, number] {
  const what = maxDeg === 90 ? 'latitude' : 'longitude';
  const deg = Number(token(tokens, i, what).text);
  if (!/^\d+$/.test(tokens[i]!.text) || deg > maxDeg)
    throw new RdataError(`bad ${what} degrees`, i);
  let ms = deg * 3_600_000;
  let k = i + 1;
  let t = token(tokens, k, `${what} hemisphere`).text;
  if (/^\d+$/.test(t)) {
    const min = Number(t);
    if (min > 59) throw new RdataError(`bad ${what} minutes`, k);
    ms += min * 60_000;
    k++;
    t = token(tokens, k, `${what} hemisphere`).text;
    const sec = fixed(t, 3);
    if (sec !== undefined && sec >= 0) {
      if (sec >= 60_000) throw new RdataError(`bad ${what} seconds`, k);
      ms += sec;
      k++;
      t = token(tokens, k, `${what} hemisphere`).text;
    }
  }
  const h = hemis.indexOf(t.toUpperCase());
  if (t.length !== 1 || h === -1)
    throw new RdataError(`expected ${hemis[0]} or ${hemis[1]} for the ${what}`, k);
  if (ms > maxDeg * 3_600_000) throw new RdataError(`${what} out of range`, i);
  return [h === 0 ? EQUATOR + ms : EQUATOR - ms, k + 1];
}

function metres(text: string): number | undefined {
  return fixed(text.endsWith('m') || text.endsWith('M') ? text.slice(0, -1) : text, 2);
}

/**
 * RFC 1876 size/precision byte: mantissa and power of ten of a length in cm. A length with
 * more than one significant digit keeps its first (15m is 10m), as BIND encodes it.
 */
function precision(tokens: readonly RdataToken[], i: number, what: string): number {
  const cm = metres(tokens[i]!.text);
  if (cm === undefined || cm < 0 || cm > 9_000_000_000) throw new RdataError(`bad ${what}`, i);
  let exp = 0;
  while (exp < 9 && cm >= 10 ** (exp + 1)) exp++;
  const man = Math.floor(cm / 10 ** exp);
  return (man << 4) | exp;
}

function precisionText(b: number): string {
  const man = b >> 4;
  const exp = b & 0x0f;
  if (exp > 1) return `${man * 10 ** (exp - 2)}m`;
  return `0.${String(man * 10 ** exp).padStart(2, '0')}m`;
}

function angleText(wire: number, hemis: string): string {
  let v = wire - EQUATOR;
  const h = v < 0 ? hemis[1] : hemis[0];
  v = Math.abs(v);
  const ms = v % 1000;
  v = Math.floor(v / 1000);
  return `${Math.floor(v / 3600)} ${Math.floor(v / 60) % 60} ${v % 60}.${String(ms).padStart(3, '0')} ${h}`;
}

export const locCodec: RdataCodec<'LOC'> = {
  parse(tokens) {
    const [latitude, i] = angle(tokens, 0, 90, 'NS');
    const [longitude, j] = angle(tokens, i, 180, 'EW');
    const alt = metres(token(tokens, j, 'altitude').text);
    if (alt === undefined || alt < -ALT_BASE || alt + ALT_BASE > 0xffffffff)
      throw new RdataError('bad altitude', j);
    const sizes = [0x12, 0x16, 0x13]; // defaults: 1m, 10000m, 10m
    const names = ['size', 'horizontal precision', 'vertical precision'];
    let k = j + 1;
    for (let s = 0; s < 3 && k < tokens.length; s++, k++)
      sizes[s] = precision(tokens, k, names[s]!);
    if (k < tokens.length)
      throw new RdataError(`unexpected "${tokens[k]!.text}" after the data`, k);
    return {
      version: 0,
      size: sizes[0]!,
      horizPre: sizes[1]!,
      vertPre: sizes[2]!,
      latitude,
      longitude,
      altitude: alt + ALT_BASE,
    };
  },
  format(r) {
    const cm = r.altitude - ALT_BASE;
    const sign = cm < 0 ? '-' : '';
    const a = Math.abs(cm);
    const alt = `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}m`;
    return `${angleText(r.latitude, 'NS')} ${angleText(r.longitude, 'EW')} ${alt} ${precisionText(r.size)} ${precisionText(r.horizPre)} ${precisionText(r.vertPre)}`;
  },
};
