/**
 * creds.json metadata: each provider's `TYPE` and, per field, whether the repository holds the
 * value itself (a committed secret) or a `$VAR` environment reference. Secret values are looked
 * at only to tell those two apart; they are never stored, returned or printed.
 *
 * This is the one reader of creds.json: the format uses it for provider types and the model's
 * credentials, and the credential rules use it for creds files the format does not load.
 * JSON5 (comments, trailing commas) is read by the parser the caller hands in, so a review of
 * another format never loads one (start-up time, issue 15).
 */
import { posix } from 'node:path';
import { type Diagnostic, lineColumnIndex } from '../../model/location.js';
import { type CredentialInfo, literalGroups } from '../../model/zone.js';

export interface CredsInfo {
  readonly credentials: CredentialInfo[];
  /** Provider name → TYPE from creds.json. */
  readonly types: ReadonlyMap<string, string>;
  /**
   * Provider name → `directory` of each provider whose TYPE is BIND: where DNSControl writes
   * that provider's zone files (a folder name, not a secret).
   */
  readonly bindDirectories: ReadonlyMap<string, string>;
  /** True when the file is plain JSON; false when it needs JSON5 (comments…) or does not parse. */
  readonly plainJson: boolean;
  readonly errors: Diagnostic[];
}

/** The offset where `"key":` first appears after `from` (for locations). */
function keyOffset(text: string, key: string, from = 0): number | undefined {
  const quoted = JSON.stringify(key);
  let i = text.indexOf(quoted, from);
  while (i >= 0) {
    if (/^\s*:/.test(text.slice(i + quoted.length, i + quoted.length + 20))) return i;
    i = text.indexOf(quoted, i + 1);
  }
  return undefined;
}

/**
 * An environment reference as DNSControl reads it: the whole value is `$NAME`. Kept apart from
 * `isSecretReference` (secrets/), a strict superset for any tool's config that also accepts
 * `${VAR}`, `${{ secrets.X }}`, `env/NAME`, `!cmd` and empty values: those are not DNSControl's
 * syntax, so in creds.json they stay literals (`CredentialInfo` field `literal`).
 */
export function isEnvReference(value: unknown): boolean {
  return typeof value === 'string' && /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(value);
}

/** Where DNSControl reads credentials for a config by default: `creds.json` beside it. */
export function defaultCredsFile(config: string): string {
  return posix.join(posix.dirname(config), 'creds.json');
}

/** A JSON5 parser (`JSON5.parse`): throws with a `lineNumber` on what it cannot read. */
export type Json5Parse = (text: string) => unknown;

type Parsed =
  | { ok: true; value: unknown; plainJson: boolean }
  | { ok: false; line?: number }
  | { ok: 'json5-needed' };

/** Plain JSON first (JSON5 gives the same value for it), JSON5 for what only it accepts. */
function parseCredsText(text: string, json5: Json5Parse | undefined): Parsed {
  try {
    return { ok: true, value: JSON.parse(text), plainJson: true };
  } catch {
    if (!json5) return { ok: 'json5-needed' };
    try {
      return { ok: true, value: json5(text), plainJson: false };
    } catch (e) {
      const line = (e as { lineNumber?: number }).lineNumber;
      return { ok: false, ...(line ? { line } : {}) };
    }
  }
}

/**
 * Reads a creds.json. Without `json5`, a file that is not plain JSON reads as `plainJson:
 * false` with nothing in it and no error: the credential rules judge plain JSON files alone.
 */
export function readCreds(text: string, file: string, json5?: Json5Parse): CredsInfo {
  const credentials: CredentialInfo[] = [];
  const types = new Map<string, string>();
  const bindDirectories = new Map<string, string>();
  const parsed = parseCredsText(text, json5);
  if (parsed.ok === 'json5-needed')
    return { credentials, types, bindDirectories, plainJson: false, errors: [] };
  if (!parsed.ok)
    // The parser's message may quote the offending text, which could be a secret: keep it out.
    return {
      credentials,
      types,
      bindDirectories,
      plainJson: false,
      errors: [
        {
          level: 'error',
          message: 'creds.json is not valid JSON',
          location: { file, ...(parsed.line ? { line: parsed.line } : {}) },
          code: 'dnscontrol/creds',
        },
      ],
    };
  const { value, plainJson } = parsed;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      credentials,
      types,
      bindDirectories,
      plainJson,
      errors: [
        {
          level: 'error',
          message: 'creds.json must hold an object of providers',
          location: { file },
          code: 'dnscontrol/creds',
        },
      ],
    };
  const lineColumnAt = lineColumnIndex(text);
  const group = literalGroups();
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? {} : { line: lineColumnAt(offset).line };
  for (const [provider, body] of Object.entries(value)) {
    const at = keyOffset(text, provider);
    const location = { file, ...lineAt(at) };
    if (typeof body !== 'object' || body === null || Array.isArray(body)) continue;
    const type = (body as Record<string, unknown>).TYPE;
    const fields: CredentialInfo['fields'][number][] = [];
    for (const [key, fieldValue] of Object.entries(body)) {
      if (key === 'TYPE') continue;
      const env = isEnvReference(fieldValue);
      fields.push({
        key,
        literal: !env,
        ...(env ? { env: (fieldValue as string).slice(1) } : { literalGroup: group(fieldValue) }),
        location: { file, ...lineAt(keyOffset(text, key, at ?? 0)) },
      });
    }
    if (typeof type === 'string') types.set(provider, type);
    const directory = (body as Record<string, unknown>).directory;
    if (type === 'BIND' && typeof directory === 'string') bindDirectories.set(provider, directory);
    credentials.push({ provider, ...(typeof type === 'string' ? { type } : {}), location, fields });
  }
  return { credentials, types, bindDirectories, plainJson, errors: [] };
}
