/** IPv4 and IPv6 address text: strict parsing and RFC 5952 output (as BIND's inet_ntop). */

/** Dotted quad without leading zeros (as inet_pton), or undefined. */
export function parseIPv4(s: string): number[] | undefined {
  const out: number[] = [];
  return readIPv4(s, out) ? out : undefined;
}

/** Whether `s` is a dotted quad as `parseIPv4` reads it, without building its octets. */
export function isIPv4(s: string): boolean {
  return readIPv4(s, undefined);
}

/** The one reading of a dotted quad: its octets pushed onto `out` when given. */
function readIPv4(s: string, out: number[] | undefined): boolean {
  let v = 0;
  let digits = 0;
  let octets = 0;
  for (let k = 0; k <= s.length; k++) {
    const c = k === s.length ? 46 : s.charCodeAt(k);
    if (c === 46) {
      if (digits === 0 || octets === 4) return false;
      out?.push(v);
      octets++;
      v = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && v === 0) return false; // leading zero
      v = v * 10 + c - 48;
      if (v > 255) return false;
      digits++;
    } else return false;
  }
  return octets === 4;
}

/** Eight 16-bit words, or undefined. Accepts `::` and a trailing dotted quad. */
export function parseIPv6(s: string): number[] | undefined {
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
      const q = parseIPv4(s.slice(start));
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
  // The zeros `::` stands for go in place: the groups after it move to the end.
  const m = w.length;
  const z = 8 - m;
  for (let i = 0; i < z; i++) w.push(0);
  for (let i = m - 1; i >= gap; i--) {
    w[i + z] = w[i]!;
    w[i] = 0;
  }
  return w;
}

/** RFC 5952 text; IPv4-mapped and IPv4-compatible addresses end in a dotted quad, as BIND. */
export function formatIPv6(w: readonly number[]): string {
  let bestStart = -1;
  let bestLen = 0;
  for (let k = 0; k < 8; ) {
    if (w[k] !== 0) {
      k++;
      continue;
    }
    let e = k;
    while (e < 8 && w[e] === 0) e++;
    if (e - k > bestLen) {
      bestStart = k;
      bestLen = e - k;
    }
    k = e;
  }
  if (bestLen < 2) bestStart = -1;
  let s = '';
  for (let k = 0; k < 8; k++) {
    if (k === bestStart) {
      s += k === 0 ? '::' : ':';
      k += bestLen - 1;
      continue;
    }
    if (k === 6 && bestStart === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff))) {
      s += `${w[6]! >> 8}.${w[6]! & 255}.${w[7]! >> 8}.${w[7]! & 255}`;
      break;
    }
    s += w[k]!.toString(16);
    if (k < 7) s += ':';
  }
  return s;
}
