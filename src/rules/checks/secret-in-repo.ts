/**
 * secret-in-repo: a credential is committed. Two sources: strings of a known token format in
 * the files the change touches (and in credential files), and credential fields the formats
 * report as literal values rather than `$VAR` / `env/NAME` references (which fields are secret:
 * `secret-fields.ts`, per provider). The value is never
 * repeated: findings carry the masked form only (`zgT0…a7`). A secret base already held is
 * an existing finding; it is no less leaked, but this change did not leak it.
 */

import { MAX_QUOTED_CHARS } from '../../model/location.js';
import type { CredentialInfo, ZoneSet } from '../../model/zone.js';
import { findSecrets, GUESSED_KIND, outputText, type SecretMatch } from '../../secrets/secrets.js';
import { readForScan } from '../../sources/scan-read.js';
import type { SourceTree } from '../../sources/types.js';
import { readPipelineFiles } from '../pipeline-files.js';
import { isSecretField } from '../secret-fields.js';
import type { DraftFinding, Rule } from '../types.js';

const ROTATE =
  'Revoke and rotate this credential now (it is in git history for good), then keep it in the CI secret store and reference it: DNSControl "$VAR", octoDNS "env/NAME", Actions secrets.NAME. Removing the line alone does not un-leak it.';

export const secretInRepo: Rule = {
  id: 'secret-in-repo',
  defaultSeverity: 'critical',
  title: 'Credential committed to the repository',
  why: 'Anything in git is readable by everyone with access to the repository, its forks and clones, forever. A DNS credential lets its holder re-point the domain, issue certificates for it and intercept its mail.',
  fix: ROTATE,
  readsRepository: true,
  async check(ctx) {
    const out: DraftFinding[] = [];
    const secretLines = new Set<string>();
    const credFiles = new Set(
      [...ctx.head.credentials, ...ctx.base.credentials].map((c) => c.location.file),
    );
    const pipeline = await readPipelineFiles(ctx.headTree, [ctx.head], undefined, ctx.path ?? '');
    const paths = new Set([...ctx.changedFiles, ...credFiles, ...pipeline.map((f) => f.path)]);
    // A literal credential field says which provider and field: better than "a credential-like
    // value" on the same line, which is only the entropy detector's guess.
    const fieldLines = new Set(
      ctx.head.credentials.flatMap((c) =>
        c.fields
          .filter((f) => f.literal && isSecretField(c.type, f.key))
          .map((f) => f.location ?? c.location)
          .filter((l) => l.line !== undefined)
          .map((l) => `${l.file}:${l.line}`),
      ),
    );
    for (const path of [...paths].sort()) {
      const read = await readForScan(ctx.headTree, path);
      if (read.kind === 'refused') {
        out.push(unreadFinding(path, read.reason));
        continue;
      }
      // A large file is scanned in its start (sources/scan-read.ts), not skipped.
      if (read.kind !== 'text') continue;
      const found = findSecrets(read.text);
      if (found.length === 0) continue;
      const before = await secretsAt(ctx.baseTree, path);
      for (const s of found) {
        if (s.kind === GUESSED_KIND && fieldLines.has(`${path}:${s.line}`)) continue;
        secretLines.add(`${path}:${s.line}`);
        out.push(tokenFinding(path, s, !before.has(s.digest)));
      }
    }
    for (const cred of ctx.head.credentials)
      for (const field of cred.fields) {
        if (!field.literal || !isSecretField(cred.type, field.key)) continue;
        const location = field.location ?? cred.location;
        if (location.line !== undefined && secretLines.has(`${location.file}:${location.line}`))
          continue; // already reported, with its masked value
        out.push({
          introduced: !wasLiteral(ctx.base, cred, field.key),
          key: `literal ${location.file} ${cred.provider} ${field.key}`,
          message: `${location.file}${location.line ? `:${location.line}` : ''}: "${field.key}" of provider "${cred.provider}" is written as a literal value instead of a reference to a secret.`,
          location,
        });
      }
    return out;
  },
};

function tokenFinding(path: string, s: SecretMatch, introduced: boolean): DraftFinding {
  return {
    introduced,
    key: `token ${path} ${s.digest}`,
    message: `${path}:${s.line} holds a ${s.kind} (${s.masked}).`,
    location: { file: path, line: s.line, column: s.column },
  };
}

/**
 * A changed file the tree refuses to read (a control character in its name, a link out of the
 * repository): it cannot be scanned, and that is said rather than skipped in silence. The name
 * is escaped and masked; medium, so it is seen without blocking on a name alone.
 */
function unreadFinding(path: string, reason: string): DraftFinding {
  const shown = outputText(path, MAX_QUOTED_CHARS);
  return {
    introduced: true,
    severity: 'medium',
    key: `unread ${path}`,
    message: `"${shown}" changed but could not be scanned for credentials: ${outputText(reason)}`,
    fix: 'Rename the file without control characters, so that it can be read and scanned.',
    location: { file: shown },
  };
}

async function secretsAt(tree: SourceTree | undefined, path: string): Promise<Set<string>> {
  const read = tree ? await readForScan(tree, path) : undefined;
  return new Set(read?.kind !== 'text' ? [] : findSecrets(read.text).map((s) => s.digest));
}

function wasLiteral(base: ZoneSet, cred: CredentialInfo, key: string): boolean {
  return base.credentials.some(
    (c) =>
      c.provider === cred.provider &&
      c.location.file === cred.location.file &&
      c.fields.some((f) => f.key === key && f.literal),
  );
}
