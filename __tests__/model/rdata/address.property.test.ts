/**
 * IPv4 and IPv6 address parsing, rewritten to allocate less (the live phase reads one address
 * per A/AAAA answer), against the previous implementation kept here as the reference: same
 * result, or the same refusal, on random text, mostly from the characters addresses use.
 */
import fc from 'fast-check';
import { formatIPv6, isIPv4, parseIPv4, parseIPv6 } from '../../../src/model/rdata/address.js';

// The reference: the implementation before the rewrite, verbatim.
/** Dotted quad without leading zeros (as inet_pton), or undefined. */
function refIPv4(s: string): number[] | undefined {
  const out: number[] = [];
  let v = 0;
  let digits = 0;
  for (let k = 0; k <= s.length; k++) {
    const c = k === s.length ? 46 : s.charCodeAt(k);
    if (c === 46) {
      if (digits === 0 || out.length === 4) return undefined;
      out.push(v);
      v = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && v === 0) return undefined; // leading zero
      v = v * 10 + c - 48;
      if (v > 255) return undefined;
      digits++;
    } else return undefined;
  }
  return out.length === 4 ? out : undefined;
}

/** Eight 16-bit words, or undefined. Accepts `::` and a trailing dotted quad. */
function refIPv6(s: string): number[] | undefined {
  const n = s.length;
  if (n < 2 || n > 45) return undefined;
  const w: number[] = [];
  let gap = -1; // index in w where `::` stands
  let k = 0;
  if (s.charCodeAt(0) === 58 /* : */) {
    if (s.charCodeAt(1) !== 58) return undefined;
    gap = 0;
    k = 2;
    if (k === n) return new Array<number>(8).fill(0);
  }
  while (k < n) {
    // One group: up to 4 hex digits, or a dotted quad at the end.
    const start = k;
    let v = 0;
    for (; k < n && k - start < 5; k++) {
      const c = s.charCodeAt(k);
      const d =
        c >= 48 && c <= 57
          ? c - 48
          : c >= 97 && c <= 102
            ? c - 87
            : c >= 65 && c <= 70
              ? c - 55
              : -1;
      if (d < 0) break;
      v = v * 16 + d;
    }
    if (k < n && s.charCodeAt(k) === 46 /* . */) {
      const q = refIPv4(s.slice(start));
      if (!q || w.length > 6) return undefined;
      w.push((q[0]! << 8) | q[1]!, (q[2]! << 8) | q[3]!);
      k = n;
      break;
    }
    if (k === start || k - start > 4) return undefined;
    w.push(v);
    if (k === n) break;
    if (s.charCodeAt(k) !== 58) return undefined;
    k++;
    if (k < n && s.charCodeAt(k) === 58) {
      if (gap !== -1) return undefined;
      gap = w.length;
      k++;
    } else if (k === n) return undefined; // trailing single colon
  }
  if (gap === -1) return w.length === 8 ? w : undefined;
  if (w.length > 7) return undefined;
  const zeros = new Array<number>(8 - w.length).fill(0);
  return [...w.slice(0, gap), ...zeros, ...w.slice(gap)];
}

const char = fc.constantFrom(...'0123456789abcdefABCDEF:.:.:x '.split(''));
const text = fc.oneof(
  fc.array(char, { maxLength: 46 }).map((cs) => cs.join('')),
  // Real addresses, in every spelling formatIPv6 writes, some with a dotted quad.
  fc
    .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), {
      minLength: 8,
      maxLength: 8,
    })
    .map(formatIPv6),
  fc
    .array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 5 })
    .map((o) => o.join('.')),
);

describe('address parsing against the previous implementation', () => {
  it('parseIPv4 and isIPv4 agree with it', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(parseIPv4(s)).toEqual(refIPv4(s));
        expect(isIPv4(s)).toBe(refIPv4(s) !== undefined);
      }),
      { numRuns: 20_000, seed: 5 },
    );
  });

  it('parseIPv6 agrees with it', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(parseIPv6(s)).toEqual(refIPv6(s));
      }),
      { numRuns: 20_000, seed: 6 },
    );
  });
});
