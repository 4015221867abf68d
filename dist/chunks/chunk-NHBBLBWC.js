import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/model/location.ts
function lineColumnIndex(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, offset);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
  };
}
function formatLocation(loc) {
  let s = loc.file;
  if (loc.line !== void 0) {
    s += `:${loc.line}`;
    if (loc.column !== void 0) s += `:${loc.column}`;
  }
  return s;
}
var MAX_MESSAGE_CHARS = 1e3;
var MAX_QUOTED_CHARS = 120;
function capText(text, max = MAX_MESSAGE_CHARS, length = text.length) {
  if (text.length <= max && length <= text.length) return text;
  let cut = Math.min(max, text.length);
  const last = text.charCodeAt(cut - 1);
  if (last >= 55296 && last <= 56319) cut--;
  return `${text.slice(0, cut)}\u2026 (${length} characters, cut)`;
}
function quoteInput(text, max = MAX_QUOTED_CHARS) {
  return `"${capText(text, max)}"`;
}
function formatDiagnostic(d) {
  return `${formatLocation(d.location)}: ${d.level}: ${capText(d.message)}`;
}
function ok(value, warnings) {
  return warnings && warnings.length > 0 ? { ok: true, value, warnings } : { ok: true, value };
}
function fail(...errors) {
  return { ok: false, errors };
}

// src/model/zone.ts
var FORMAT_IDS = ["bind", "octodns", "dnscontrol", "terraform"];
function literalGroups() {
  const seen = /* @__PURE__ */ new Map();
  return (value) => {
    const key = typeof value === "string" ? value : JSON.stringify(value);
    const known = seen.get(key);
    if (known !== void 0) return known;
    const n = seen.size + 1;
    seen.set(key, n);
    return n;
  };
}
function zoneKey(zone) {
  return zone.tag ? `${zone.name}!${zone.tag}` : zone.name;
}
function rrsetKey(rrset) {
  return `${rrset.name} ${rrset.type}`;
}
function makeRRset(fields) {
  const given = fields.values;
  const values = Array.isArray(given) && given.length === 1 ? [given[0]] : [...new Set(given)].sort();
  const rrset = { name: fields.name, type: fields.type, ttl: fields.ttl, values };
  if (fields.options && Object.keys(fields.options).length > 0) rrset.options = fields.options;
  if (fields.location) rrset.location = fields.location;
  return rrset;
}
function sameValues(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// src/model/rdata/address.ts
function parseIPv4(s) {
  const out = [];
  return readIPv4(s, out) ? out : void 0;
}
function isIPv4(s) {
  return readIPv4(s, void 0);
}
function readIPv4(s, out) {
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
      if (digits > 0 && v === 0) return false;
      v = v * 10 + c - 48;
      if (v > 255) return false;
      digits++;
    } else return false;
  }
  return octets === 4;
}
function parseIPv6(s) {
  const n = s.length;
  if (n < 2 || n > 45) return void 0;
  const w = [];
  let gap = -1;
  let k = 0;
  if (s.charCodeAt(0) === 58) {
    if (s.charCodeAt(1) !== 58) return void 0;
    gap = 0;
    k = 2;
    if (k === n) return new Array(8).fill(0);
  }
  while (k < n) {
    const start = k;
    let v = 0;
    for (; k < n && k - start < 5; k++) {
      const c = s.charCodeAt(k);
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
      if (d < 0) break;
      v = v * 16 + d;
    }
    if (k < n && s.charCodeAt(k) === 46) {
      const q = parseIPv4(s.slice(start));
      if (!q || w.length > 6) return void 0;
      w.push(q[0] << 8 | q[1], q[2] << 8 | q[3]);
      k = n;
      break;
    }
    if (k === start || k - start > 4) return void 0;
    w.push(v);
    if (k === n) break;
    if (s.charCodeAt(k) !== 58) return void 0;
    k++;
    if (k < n && s.charCodeAt(k) === 58) {
      if (gap !== -1) return void 0;
      gap = w.length;
      k++;
    } else if (k === n) return void 0;
  }
  if (gap === -1) return w.length === 8 ? w : void 0;
  if (w.length > 7) return void 0;
  const m = w.length;
  const z = 8 - m;
  for (let i = 0; i < z; i++) w.push(0);
  for (let i = m - 1; i >= gap; i--) {
    w[i + z] = w[i];
    w[i] = 0;
  }
  return w;
}
function formatIPv6(w) {
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
  let s = "";
  for (let k = 0; k < 8; k++) {
    if (k === bestStart) {
      s += k === 0 ? "::" : ":";
      k += bestLen - 1;
      continue;
    }
    if (k === 6 && bestStart === 0 && (bestLen === 6 || bestLen === 5 && w[5] === 65535)) {
      s += `${w[6] >> 8}.${w[6] & 255}.${w[7] >> 8}.${w[7] & 255}`;
      break;
    }
    s += w[k].toString(16);
    if (k < 7) s += ":";
  }
  return s;
}

export {
  lineColumnIndex,
  formatLocation,
  MAX_MESSAGE_CHARS,
  MAX_QUOTED_CHARS,
  capText,
  quoteInput,
  formatDiagnostic,
  ok,
  fail,
  FORMAT_IDS,
  literalGroups,
  zoneKey,
  rrsetKey,
  makeRRset,
  sameValues,
  parseIPv4,
  isIPv4,
  parseIPv6,
  formatIPv6
};
