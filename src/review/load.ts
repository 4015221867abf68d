/**
 * Reading one side of the repository into the model: where the repository and the config
 * folder are, which formats are present, and every zone they define. Shared by the review, the
 * `export` command and anything else that needs the zones of a ref.
 */
import { realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { FORMATS, formatById } from '../formats/registry.js';
import type { Format } from '../formats/types.js';
import { type Diagnostic, fail, ok, type Result } from '../model/location.js';
import type { FormatId, ZoneSet } from '../model/zone.js';
import { checkRepoPath, findRepositoryRoot, openTree } from '../sources/git.js';
import { SourceError, type SourceTree } from '../sources/types.js';

export interface LoadOptions {
  /** Repository-relative folder holding the config. */
  readonly path: string;
  readonly evalTimeoutMs?: number | undefined;
  readonly evalMemoryBytes?: number | undefined;
}

export function sourceError(e: unknown, file = '.'): Diagnostic[] {
  if (e instanceof SourceError)
    return [{ level: 'error', message: e.message, location: { file: e.path ?? file } }];
  throw e;
}

export async function chooseFormats(
  tree: SourceTree,
  path: string,
  format: FormatId | 'auto',
): Promise<Result<Format[]>> {
  if (format !== 'auto') {
    const f = formatById(format);
    return f
      ? ok([f])
      : fail({
          level: 'error',
          message: `format "${format}" is not available`,
          location: { file: path || '.' },
        });
  }
  const files = await tree.listFiles();
  const found = FORMATS.filter((f) => f.detect(files, path));
  if (found.length === 0)
    return fail({
      level: 'error',
      message: `no DNS config found under ${path || 'the repository root'} (looked for dnsconfig.js, an octoDNS config with providers: and zones:, and zone files *.zone, db.*, *.db)`,
      location: { file: path || '.' },
    });
  return ok(found);
}

function mergeZoneSets(sets: readonly ZoneSet[]): ZoneSet {
  return {
    zones: sets.flatMap((s) => s.zones),
    credentials: sets.flatMap((s) => s.credentials),
    files: [...new Set(sets.flatMap((s) => s.files))],
    log: sets.flatMap((s) => s.log ?? []),
  };
}

export async function loadSide(
  tree: SourceTree,
  formats: readonly Format[],
  settings: LoadOptions,
): Promise<Result<ZoneSet>> {
  const files = await tree.listFiles();
  const sets: ZoneSet[] = [];
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const format of formats) {
    if (!format.detect(files, settings.path)) continue; // e.g. the base before the config existed
    const result = await format.load(tree, {
      path: settings.path,
      ...(settings.evalTimeoutMs !== undefined ? { evalTimeoutMs: settings.evalTimeoutMs } : {}),
      ...(settings.evalMemoryBytes !== undefined
        ? { evalMemoryBytes: settings.evalMemoryBytes }
        : {}),
    });
    if (result.ok) {
      sets.push(result.value);
      warnings.push(...(result.warnings ?? []));
    } else errors.push(...result.errors);
  }
  return errors.length > 0 ? { ok: false, errors } : ok(mergeZoneSets(sets), warnings);
}

/**
 * The repository's top folder and the config path relative to it: `--repo` may name a folder
 * inside the repository, which then scopes the review to that folder.
 */
export async function locate(repo: string, path: string): Promise<{ root: string; path: string }> {
  const root = await findRepositoryRoot(repo);
  if (!root) return { root: repo, path: checkRepoPath(path) };
  const inner = relative(await realpath(root), await realpath(repo))
    .split(sep)
    .join('/');
  return { root, path: checkRepoPath(inner ? `${inner}/${path}` : path) };
}

/** Every zone one side of the repository defines (for `zoneguard export` and other tools). */
export async function loadZoneSet(options: {
  readonly repo: string;
  readonly ref: string | undefined;
  readonly path: string;
  readonly format: FormatId | 'auto';
  readonly evalTimeoutMs?: number;
}): Promise<Result<ZoneSet>> {
  let tree: SourceTree;
  let path: string;
  try {
    let root: string;
    ({ root, path } = await locate(options.repo, options.path));
    tree = await openTree(root, options.ref);
  } catch (e) {
    return { ok: false, errors: sourceError(e) };
  }
  const formats = await chooseFormats(tree, path, options.format);
  if (!formats.ok) return formats;
  return loadSide(tree, formats.value, {
    path,
    ...(options.evalTimeoutMs !== undefined ? { evalTimeoutMs: options.evalTimeoutMs } : {}),
  });
}
