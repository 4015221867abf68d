/** IPv4 and IPv6 address text: strict parsing and RFC 5952 output (as BIND's inet_ntop). */

/** Dotted quad without leading zeros (as inet_pton), or undefined. */
export function parseIPv4(s: string): number[] | undefined {
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
export function parseIPv6(s: string): number[] | undefined {
  if (s.length < 2 || s.length > 45) return undefined;
  const dbl = s.indexOf('::');
  if (dbl !== -1 && s.indexOf('::', dbl + 1) !== -1) return undefined;
  const head = dbl === -1 ? s : s.slice(0, dbl);
  const tail = dbl === -1 ? '' : s.slice(dbl + 2);
  const a = words(head, dbl === -1 || tail === '');
  const b = dbl === -1 ? [] : words(tail, true);
  if (!a || !b) return undefined;
  if (dbl === -1) return a.length === 8 ? a : undefined;
  if (a.length + b.length > 7) return undefined;
  return [...a, ...new Array<number>(8 - a.length - b.length).fill(0), ...b];
}

function words(part: string, v4Allowed: boolean): number[] | undefined {
  if (part === '') return [];
  const groups = part.split(':');
  const out: number[] = [];
  for (let g = 0; g < groups.length; g++) {
    const w = groups[g]!;
    if (g === groups.length - 1 && v4Allowed && w.includes('.')) {
      const q = parseIPv4(w);
      if (!q) return undefined;
      out.push((q[0]! << 8) | q[1]!, (q[2]! << 8) | q[3]!);
    } else {
      if (!/^[0-9a-fA-F]{1,4}$/.test(w)) return undefined;
      out.push(Number.parseInt(w, 16));
    }
  }
  return out;
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
