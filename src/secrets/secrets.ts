/**
 * Known credential formats and the helpers that keep them out of every output. A secret
 * found here travels only as its masked form (`zgT0…a7`) and a hash for comparisons; the
 * plain value never leaves this module.
 *
 * Three kinds of detector, from the most to the least certain:
 * - patterns anchored on distinctive prefixes (`AKIA`, `dop_v1_`, PEM headers) or on the key
 *   that names them (`apikey`, `X-Auth-Key`, `client_secret`);
 * - a high-entropy value (mixed case and digits, 20–128 characters) at most 24 characters
 *   after a credential word (`aws`, `secret`, `token`, `password`, …) on the same line;
 * - value shapes alone, for masking only (never a finding): a free-standing run of exactly 40
 *   base64 characters with upper case, lower case and digits (an AWS secret access key, a
 *   Cloudflare API token), of 37 lower-case hex digits (a Cloudflare Global API Key).
 * Masking also hides values that look like documentation placeholders (`…EXAMPLEKEY`); a
 * finding does not report them. Ordinary zone data is left alone: a DKIM key is one run far longer than 40, a DS digest is
 * upper-case hex, a TXT verification token follows `=` and is not 40 long. `findSecrets` (what
 * secret-in-repo reports) uses the first two; `redactSecrets` (what every output passes
 * through) all three. Every regex is linear (no nested quantifiers), the entropy detector
 * looks at a bounded window, and scanning stops after MAX_SCAN characters.
 */
import { createHash } from 'node:crypto';
import { capText, lineColumnIndex, MAX_MESSAGE_CHARS } from '../model/location.js';

export interface SecretMatch {
  /** What it looks like, e.g. `Cloudflare Global API Key`. */
  readonly kind: string;
  /** The value masked: first four and last two characters, or `…` alone when short. */
  readonly masked: string;
  /** A short hash of the value: compares base and head without keeping the value. */
  readonly digest: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
}

/** Files larger than this are scanned only up to here. */
export const MAX_SCAN = 2 * 1024 * 1024;

interface Pattern {
  readonly kind: string;
  readonly re: RegExp;
  /** Which capture group holds the secret (0 = the whole match). */
  readonly group: number;
}

// Assignment forms: `key: value`, `key = "value"`, `"key": "value"`, `KEY=value`, `-H 'Key: value'`.
const ASSIGN = String.raw`["']?\s*[:=]\s*["']?`;

const PATTERNS: readonly Pattern[] = [
  {
    kind: 'private key',
    re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g,
    group: 0,
  },
  { kind: 'AWS access key ID', re: /\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b/g, group: 1 },
  {
    kind: 'AWS secret access key',
    re: new RegExp(
      `(?:aws_?secret_?access_?key|secret_?access_?key|SecretKey)${ASSIGN}([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
      'gi',
    ),
    group: 1,
  },
  {
    kind: 'Cloudflare Origin CA key',
    re: /\b(v1\.0-[0-9a-f]{24}-[0-9a-f]{146})\b/g,
    group: 1,
  },
  {
    kind: 'Cloudflare Global API Key',
    re: new RegExp(
      `(?:x-auth-key|apikey|api_key|cloudflare_api_key|cf_api_key|dns_cloudflare_api_key)${ASSIGN}([0-9a-f]{37})(?![0-9a-z])`,
      'gi',
    ),
    group: 1,
  },
  {
    kind: 'Cloudflare API token',
    re: new RegExp(
      `(?:apitoken|api_token|cloudflare_api_token|cf_api_token|dns_cloudflare_api_token|cloudflare_dns_api_token)${ASSIGN}([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`,
      'gi',
    ),
    group: 1,
  },
  { kind: 'DigitalOcean token', re: /\b(do[opr]_v1_[a-f0-9]{64})\b/g, group: 1 },
  { kind: 'GitHub token', re: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g, group: 1 },
  { kind: 'GitHub token', re: /\b(github_pat_[A-Za-z0-9_]{82})\b/g, group: 1 },
  { kind: 'Google API key', re: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, group: 1 },
  { kind: 'Slack token', re: /\b(xox[abposr]-[0-9A-Za-z-]{10,200})\b/g, group: 1 },
  {
    kind: 'Azure client secret',
    re: new RegExp(
      `(?:client_?secret|AZURE_CLIENT_SECRET|ARM_CLIENT_SECRET)${ASSIGN}([A-Za-z0-9_~.-]{34,44})(?![A-Za-z0-9_~.-])`,
      'gi',
    ),
    group: 1,
  },
  {
    kind: 'Bearer token',
    re: /\bAuthorization:\s*Bearer\s+([A-Za-z0-9_\-.=]{20,400})(?![A-Za-z0-9_\-.=])/gi,
    group: 1,
  },
];

/** `zgT0…a7`: enough to recognise the value, never enough to use it. */
export function maskSecret(value: string): string {
  if (value.startsWith('-----BEGIN')) return '-----BEGIN … PRIVATE KEY-----';
  return value.length >= 12 ? `${value.slice(0, 4)}…${value.slice(-2)}` : '…';
}

export function secretDigest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

/**
 * True when a config value refers to a secret kept elsewhere rather than holding it:
 * DNSControl `$VAR`, octoDNS `env/NAME`, `${VAR}`, `${{ secrets.X }}`, `!command`, or empty.
 */
export function isSecretReference(value: string): boolean {
  const v = value.trim();
  return (
    v === '' ||
    /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(v) ||
    /^\$\{[^}]*\}$/.test(v) ||
    /^\$\{\{[^}]*\}\}$/.test(v) ||
    /^env\/[A-Za-z_][A-Za-z0-9_]*(?:\/.*)?$/.test(v) ||
    v.startsWith('!')
  );
}

/** A credential found in a text: where its value starts, and the value (never returned). */
interface Hit {
  readonly kind: string;
  readonly start: number;
  readonly value: string;
}

function patternHits(source: string): Hit[] {
  const out: Hit[] = [];
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

/** The kind of a value found by the entropy detector rather than by a known format. */
export const GUESSED_KIND = 'credential-like value';

const CREDENTIAL_WORD =
  /\b(?:aws|secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|auth)[A-Za-z0-9_-]{0,32}/gi;
/** Characters of a token-like value; a value is a maximal run of them. */
const RUN = /[A-Za-z0-9+/=_~.-]+/g;
const RUN_CHAR = /[A-Za-z0-9+/=_~.-]/;
const CONTEXT_WINDOW = 24;
const CONTEXT_MAX = 128;

/** Mixed case and digits, and spread out: a generated value, not a word or a host name. */
function looksGenerated(value: string, min = 20): boolean {
  if (value.length < min || value.length > CONTEXT_MAX) return false;
  if (!/[A-Z]/.test(value) || !/[a-z]/.test(value) || !/[0-9]/.test(value)) return false;
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
  return bits >= 3.5;
}

/** A generated value soon after a credential word on the same line (`aws IN A <secret>`). */
function contextHits(source: string, keepPlaceholders: boolean): Hit[] {
  const out: Hit[] = [];
  CREDENTIAL_WORD.lastIndex = 0;
  for (const m of source.matchAll(CREDENTIAL_WORD)) {
    const from = m.index + m[0].length;
    let window = source.slice(from, from + CONTEXT_WINDOW + CONTEXT_MAX + 1);
    const eol = window.indexOf('\n');
    if (eol !== -1) window = window.slice(0, eol);
    for (const r of window.matchAll(RUN)) {
      if (r.index > CONTEXT_WINDOW) break;
      // The word's own continuation, or a run longer than any credential: not a value.
      if (r.index === 0 && RUN_CHAR.test(source[from - 1] ?? '')) continue;
      if (
        r.index + r[0].length === window.length &&
        RUN_CHAR.test(source[from + window.length] ?? '')
      )
        break;
      if (looksGenerated(r[0]) && (keepPlaceholders || !looksLikePlaceholder(r[0]))) {
        out.push({ kind: GUESSED_KIND, start: from + r.index, value: r[0] });
        break;
      }
    }
  }
  return out;
}

/** Free-standing runs shaped like an AWS secret, a Cloudflare token or Global API Key. */
function shapeHits(source: string): Hit[] {
  const out: Hit[] = [];
  for (const r of source.matchAll(RUN)) {
    const v = r[0];
    if (v.length === 40 && /^[A-Za-z0-9+/_-]{40}$/.test(v) && looksGenerated(v, 40))
      out.push({ kind: 'AWS secret or Cloudflare token', start: r.index, value: v });
    else if (v.length === 37 && /^[0-9a-f]{37}$/.test(v) && /[a-f]/.test(v) && /\d/.test(v))
      out.push({ kind: 'Cloudflare Global API Key', start: r.index, value: v });
  }
  return out;
}

/** Every known-format credential in `text`, masked, with its line and column. */
export function findSecrets(text: string): SecretMatch[] {
  const source = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const lineColumnAt = lineColumnIndex(source);
  const seen = new Set<number>();
  const out: SecretMatch[] = [];
  for (const h of [...patternHits(source), ...contextHits(source, false)]) {
    if (seen.has(h.start)) continue; // one credential, one report
    seen.add(h.start);
    const { line, column } = lineColumnAt(h.start);
    out.push({
      kind: h.kind,
      masked: maskSecret(h.value),
      digest: secretDigest(h.value),
      line,
      column,
    });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `xxxx…`, `0000…`, `your-token-here`: documentation values, not credentials. */
function looksLikePlaceholder(value: string): boolean {
  return /^(.)\1+$/.test(value) || /example|placeholder|your[-_]?|changeme|redacted/i.test(value);
}

const PEM_END = /-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_MAX = 16 * 1024;

/**
 * The text with every credential replaced by its mask (the same mask everywhere: a finding,
 * the diff and the rollback show one value alike), and a private key's whole block, not only
 * its header. Zone data stays as it is (see the top of this file).
 */
export function redactSecrets(text: string): string {
  const hits = [...patternHits(text), ...contextHits(text, true), ...shapeHits(text)].sort(
    (a, b) => a.start - b.start || b.value.length - a.value.length,
  );
  if (hits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const h of hits) {
    if (h.start < at) continue; // inside one already masked
    let end = h.start + h.value.length;
    if (h.value.startsWith('-----BEGIN')) {
      PEM_END.lastIndex = end;
      const close = PEM_END.exec(text.slice(0, end + PEM_MAX));
      end = close ? close.index + close[0].length : Math.min(text.length, end + PEM_MAX);
    }
    out += text.slice(at, h.start) + maskSecret(h.value);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Control characters (but tab) shown as escapes (`\n`, `\u001b`), so text cannot move a
 * terminal's cursor, colour it or start a workflow command.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Free text for an output (an error, a warning, an annotation, a line of the job log): masked,
 * with control characters escaped (a zone file cannot write to the terminal or start a
 * workflow command), and cut at `max` characters. The masking comes first, on a bounded
 * prefix, so a cut never leaves part of a secret readable.
 */
export function outputText(text: string, max = MAX_MESSAGE_CHARS): string {
  const rough = text.length > 4 * max ? text.slice(0, 4 * max) : text;
  const escaped = escapeControlCharacters(redactSecrets(rough));
  return rough === text ? capText(escaped, max) : capText(escaped, max, text.length);
}
