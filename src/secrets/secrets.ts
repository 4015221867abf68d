/**
 * Known credential formats and the helpers that keep them out of every output. A secret
 * found here travels only as its masked form (`zgT0…a7`) and a hash for comparisons; the
 * plain value never leaves `findSecrets`.
 *
 * Patterns are anchored on distinctive prefixes (`AKIA`, `dop_v1_`, PEM headers) or on the
 * key that names them (`apikey`, `X-Auth-Key`, `client_secret`) so that ordinary hex or
 * base64 in zone data (DKIM keys, DS digests) is not mistaken for a credential. Every regex
 * is linear (no nested quantifiers), and scanning stops after MAX_SCAN characters.
 */
import { createHash } from 'node:crypto';
import { lineColumnIndex } from '../model/location.js';

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

/** Every known-format credential in `text`, masked, with its line and column. */
export function findSecrets(text: string): SecretMatch[] {
  const source = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const lineColumnAt = lineColumnIndex(source);
  const seen = new Set<number>();
  const out: SecretMatch[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of source.matchAll(p.re)) {
      const value = p.group === 0 ? m[0] : m[p.group];
      if (!value) continue;
      const offset = m.index + (p.group === 0 ? 0 : m[0].lastIndexOf(value));
      if (seen.has(offset)) continue; // one credential, one report
      if (p.group !== 0 && looksLikePlaceholder(value)) continue;
      seen.add(offset);
      const { line, column } = lineColumnAt(offset);
      out.push({
        kind: p.kind,
        masked: maskSecret(value),
        digest: secretDigest(value),
        line,
        column,
      });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `xxxx…`, `0000…`, `your-token-here`: documentation values, not credentials. */
function looksLikePlaceholder(value: string): boolean {
  return /^(.)\1+$/.test(value) || /example|placeholder|your[-_]?|changeme|redacted/i.test(value);
}

/**
 * The text with every known-format credential replaced by its mask: the last line of defence
 * for free text that reaches an output (rule failures, parser messages, warnings).
 */
export function redactSecrets(text: string): string {
  let out = text;
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    out = out.replace(p.re, (whole: string, ...groups: unknown[]) => {
      const value = p.group === 0 ? whole : (groups[p.group - 1] as string | undefined);
      if (!value || (p.group !== 0 && looksLikePlaceholder(value))) return whole;
      return whole.replace(value, maskSecret(value));
    });
  }
  return out;
}
