import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_MESSAGE_CHARS,
  capText,
  lineColumnIndex
} from "./chunk-Z7STY57L.js";

// src/secrets/secrets.ts
import { createHash } from "node:crypto";
var MAX_SCAN = 2 * 1024 * 1024;
var ASSIGN = String.raw`["']?\s*[:=]\s*["']?`;
var PATTERNS = [
  {
    kind: "private key",
    re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g,
    group: 0
  },
  { kind: "AWS access key ID", re: /\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b/g, group: 1 },
  {
    kind: "AWS secret access key",
    re: new RegExp(
      `(?:aws_?secret_?access_?key|secret_?access_?key|SecretKey)${ASSIGN}([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
      "gi"
    ),
    group: 1
  },
  {
    kind: "Cloudflare Origin CA key",
    re: /\b(v1\.0-[0-9a-f]{24}-[0-9a-f]{146})\b/g,
    group: 1
  },
  {
    kind: "Cloudflare Global API Key",
    re: new RegExp(
      `(?:x-auth-key|apikey|api_key|cloudflare_api_key|cf_api_key|dns_cloudflare_api_key)${ASSIGN}([0-9a-f]{37})(?![0-9a-z])`,
      "gi"
    ),
    group: 1
  },
  {
    kind: "Cloudflare API token",
    re: new RegExp(
      `(?:apitoken|api_token|cloudflare_api_token|cf_api_token|dns_cloudflare_api_token|cloudflare_dns_api_token)${ASSIGN}([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`,
      "gi"
    ),
    group: 1
  },
  { kind: "DigitalOcean token", re: /\b(do[opr]_v1_[a-f0-9]{64})\b/g, group: 1 },
  { kind: "GitHub token", re: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g, group: 1 },
  { kind: "GitHub token", re: /\b(github_pat_[A-Za-z0-9_]{82})\b/g, group: 1 },
  { kind: "Google API key", re: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, group: 1 },
  { kind: "Slack token", re: /\b(xox[abposr]-[0-9A-Za-z-]{10,200})\b/g, group: 1 },
  {
    kind: "Azure client secret",
    re: new RegExp(
      `(?:client_?secret|AZURE_CLIENT_SECRET|ARM_CLIENT_SECRET)${ASSIGN}([A-Za-z0-9_~.-]{34,44})(?![A-Za-z0-9_~.-])`,
      "gi"
    ),
    group: 1
  },
  {
    kind: "Bearer token",
    re: /\bAuthorization:\s*Bearer\s+([A-Za-z0-9_\-.=]{20,400})(?![A-Za-z0-9_\-.=])/gi,
    group: 1
  }
];
function maskSecret(value) {
  if (value.startsWith("-----BEGIN")) return "-----BEGIN \u2026 PRIVATE KEY-----";
  return value.length >= 12 ? `${value.slice(0, 4)}\u2026${value.slice(-2)}` : "\u2026";
}
function secretDigest(value) {
  return createHash("sha256").update(value).digest("hex").slice(0, 16);
}
function patternHits(source) {
  const out = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of source.matchAll(p.re)) {
      const value = p.group === 0 ? m[0] : m[p.group];
      if (!value) continue;
      if (p.group !== 0 && looksLikePlaceholder(value)) continue;
      const start = m.index + (p.group === 0 ? 0 : m[0].lastIndexOf(value));
      out.push({ kind: p.kind, start, value });
    }
  }
  return out;
}
var GUESSED_KIND = "credential-like value";
var CREDENTIAL_WORD = /\b(?:aws|secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|auth)[A-Za-z0-9_-]{0,32}/gi;
var RUN = /[A-Za-z0-9+/=_~.-]+/g;
var RUN_CHAR = /[A-Za-z0-9+/=_~.-]/;
var CONTEXT_WINDOW = 24;
var CONTEXT_MAX = 128;
function looksGenerated(value, min = 20) {
  if (value.length < min || value.length > CONTEXT_MAX) return false;
  if (!/[A-Z]/.test(value) || !/[a-z]/.test(value) || !/[0-9]/.test(value)) return false;
  const counts = /* @__PURE__ */ new Map();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= n / value.length * Math.log2(n / value.length);
  return bits >= 3.5;
}
function contextHits(source, keepPlaceholders) {
  const out = [];
  CREDENTIAL_WORD.lastIndex = 0;
  for (const m of source.matchAll(CREDENTIAL_WORD)) {
    const from = m.index + m[0].length;
    let window = source.slice(from, from + CONTEXT_WINDOW + CONTEXT_MAX + 1);
    const eol = window.indexOf("\n");
    if (eol !== -1) window = window.slice(0, eol);
    for (const r of window.matchAll(RUN)) {
      if (r.index > CONTEXT_WINDOW) break;
      if (r.index === 0 && RUN_CHAR.test(source[from - 1] ?? "")) continue;
      if (r.index + r[0].length === window.length && RUN_CHAR.test(source[from + window.length] ?? ""))
        break;
      if (looksGenerated(r[0]) && (keepPlaceholders || !looksLikePlaceholder(r[0]))) {
        out.push({ kind: GUESSED_KIND, start: from + r.index, value: r[0] });
        break;
      }
    }
  }
  return out;
}
function shapeHits(source) {
  const out = [];
  for (const r of source.matchAll(RUN)) {
    const v = r[0];
    if (v.length === 40 && /^[A-Za-z0-9+/_-]{40}$/.test(v) && looksGenerated(v, 40))
      out.push({ kind: "AWS secret or Cloudflare token", start: r.index, value: v });
    else if (v.length === 37 && /^[0-9a-f]{37}$/.test(v) && /[a-f]/.test(v) && /\d/.test(v))
      out.push({ kind: "Cloudflare Global API Key", start: r.index, value: v });
  }
  return out;
}
function findSecrets(text) {
  const source = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const lineColumnAt = lineColumnIndex(source);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const h of [...patternHits(source), ...contextHits(source, false)]) {
    if (seen.has(h.start)) continue;
    seen.add(h.start);
    const { line, column } = lineColumnAt(h.start);
    out.push({
      kind: h.kind,
      masked: maskSecret(h.value),
      digest: secretDigest(h.value),
      line,
      column
    });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
function looksLikePlaceholder(value) {
  return /^(.)\1+$/.test(value) || /example|placeholder|your[-_]?|changeme|redacted/i.test(value);
}
var PEM_END = /-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----/g;
var PEM_MAX = 16 * 1024;
function redactSecrets(text) {
  const hits = [...patternHits(text), ...contextHits(text, true), ...shapeHits(text)].sort(
    (a, b) => a.start - b.start || b.value.length - a.value.length
  );
  if (hits.length === 0) return text;
  let out = "";
  let at = 0;
  for (const h of hits) {
    if (h.start < at) continue;
    let end = h.start + h.value.length;
    if (h.value.startsWith("-----BEGIN")) {
      PEM_END.lastIndex = end;
      const close = PEM_END.exec(text.slice(0, end + PEM_MAX));
      end = close ? close.index + close[0].length : Math.min(text.length, end + PEM_MAX);
    }
    out += text.slice(at, h.start) + maskSecret(h.value);
    at = end;
  }
  return out + text.slice(at);
}
function escapeControlCharacters(text) {
  return text.replace(
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => c === "\n" ? "\\n" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function outputText(text, max = MAX_MESSAGE_CHARS) {
  const rough = text.length > 4 * max ? text.slice(0, 4 * max) : text;
  const escaped = escapeControlCharacters(redactSecrets(rough));
  return rough === text ? capText(escaped, max) : capText(escaped, max, text.length);
}

export {
  GUESSED_KIND,
  findSecrets,
  redactSecrets,
  escapeControlCharacters,
  outputText
};
