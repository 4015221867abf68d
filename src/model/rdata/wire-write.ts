/**
 * Building blocks for the types ZoneGuard keeps as RFC 3597 data: each turns presentation
 * tokens into wire octets (uncompressed names, network byte order), so equal data compares
 * equal however it was written.
 */
import { end } from './fields.js';
import type { RdataContext, RdataToken } from './types.js';

/** Presentation tokens of one record → its wire rdata; throws RdataError naming the token. */
export type Encoder = (tokens: readonly RdataToken[], ctx: RdataContext) => number[];

/** Wire form of a canonical absolute name (no compression). */
export function nameWire(canonical: string): number[] {
  const out: number[] = [];
  let label: number[] = [];
  for (let k = 0; k < canonical.length; k++) {
    const c = canonical.charCodeAt(k);
    if (c === 0x2e) {
      if (label.length > 0) out.push(label.length, ...label);
      label = [];
    } else if (c === 0x5c) {
      const d = canonical.slice(k + 1, k + 4);
      if (/^\d{3}$/.test(d)) {
        label.push(Number(d));
        k += 3;
      } else {
        label.push(canonical.charCodeAt(k + 1));
        k++;
      }
    } else label.push(c);
  }
  out.push(0);
  return out;
}

export const u16 = (v: number): number[] => [v >> 8, v & 255];
export const u32 = (v: number): number[] => [
  (v >>> 24) & 255,
  (v >>> 16) & 255,
  (v >>> 8) & 255,
  v & 255,
];
/** A character-string (octets as char codes 0–255) with its length octet. */
export const str = (s: string): number[] => [s.length, ...[...s].map((c) => c.charCodeAt(0))];
export const octets = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
export const hexBytes = (h: string): number[] => numbers(Buffer.from(h, 'hex'));
export const base64Bytes = (b: string): number[] => numbers(Buffer.from(b, 'base64'));

/**
 * A buffer's octets as numbers, by index: spreading a Buffer walks its iterator, which in a
 * signed zone (a key or signature per RRSIG and DNSKEY) cost more than the rest of the record.
 */
function numbers(buf: Buffer): number[] {
  const out = new Array<number>(buf.length);
  for (let i = 0; i < buf.length; i++) out[i] = buf[i]!;
  return out;
}

/** The octets, after checking that exactly `n` tokens were read. */
export function done(tokens: readonly RdataToken[], n: number, bytes: number[]): number[] {
  end(tokens, n);
  return bytes;
}
