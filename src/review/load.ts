/**
 * Reading one side of the repository into the model: where the repository is, which formats
 * are present, and every zone of every configuration under the reviewed folders. Shared by the
 * review, the `export` command and anything else that needs the zones of a ref.
 *
 * A repository may hold several configurations (a monorepo: `team-a/dnsconfig.js` and
 * `team-b/dnsconfig.js`, octoDNS configs, folders of zone files, formats mixed): all are read,
 * never only the first one found, or a change to the others would pass unseen. Each zone names
 * its configuration, and one zone defined by two configurations is an error: whichever is
 * pushed last wins, so the review cannot say what the zone will hold.
 */
import { realpath, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { InputBudget } from '../formats/budget.js';
import { FORMATS, formatById } from '../formats/registry.js';
import type { SideMemo } from '../formats/side-memo.js';
import type { Format, FormatLoadOptions, LoadedZones } from '../formats/types.js';
import { type Diagnostic, fail, ok, type Result } from '../model/location.js';
import { type FormatId, type Zone, type ZoneSet, zoneKey } from '../model/zone.js';
import { checkRepoPath, findRepositoryRoot, openTree } from '../sources/git.js';
import { isUnder } from '../sources/repo-path.js';
import { SourceError, type SourceTree } from '../sources/types.js';

/** Where to find the configurations of one side; every path is repository-relative. */
export interface LoadOptions {
  /** Folders holding configurations (`''` for the root); configurations below them count. */
  readonly paths: readonly string[];
  /** DNSControl: the dnsconfig.js to read instead of those found (DNSControl's `--config`). */
  readonly configFile?: string | undefined;
  /** DNSControl: the creds.json to read instead of the one beside each dnsconfig.js (`--creds`). */
  readonly credsFile?: string | undefined;
  /** octoDNS: the config file to read instead of those found (octoDNS's `--config-file`). */
  readonly octodnsConfig?: string | undefined;
  /** octoDNS: the folder octodns-sync runs in, which YamlProvider directories are relative to. */
  readonly octodnsCwd?: string | undefined;
  /** Terraform: `.tfvars` files read after the repository's own (`--tf-var-file`). */
  readonly tfVarFiles?: readonly string[] | undefined;
  /** DNSControl's variables (`--var NAME=VALUE`, the Action's `vars`); values may be secrets. */
  readonly vars?: ReadonlyMap<string, string> | undefined;
  readonly evalTimeoutMs?: number | undefined;
  readonly evalMemoryBytes?: number | undefined;
  /** The review's input budget, shared by both sides and every format (formats/budget.ts). */
  readonly budget?: InputBudget | undefined;
  /** What one side's load leaves for the other's (formats/side-memo.ts), one per review. */
  readonly memo?: SideMemo | undefined;
}

export function sourceError(e: unknown, file = '.'): Diagnostic[] {
  if (e instanceof SourceError)
    return [{ level: 'error', message: e.message, location: { file: e.path ?? file } }];
  throw e;
}

/** How the folders are named in messages: `the repository root`, `dns`, `team-a and team-b`. */
export function describePaths(paths: readonly string[]): string {
  const names = paths.map((p) => p || 'the repository root');
  return names.length <= 1
    ? (names[0] ?? 'the repository root')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The folders to read, each once: a folder inside another given folder is already read with
 * it (reading it twice would make every zone in it look defined twice).
 */
export function distinctPaths(paths: readonly string[]): string[] {
  const inside = (p: string, q: string) => q === '' || p === q || p.startsWith(`${q}/`);
  const sorted = [...new Set(paths.length > 0 ? paths : [''])].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const p of sorted) if (!kept.some((q) => inside(p, q))) kept.push(p);
  return kept;
}

/** The configuration file named for `format` instead of discovery, if any. */
function explicitConfig(format: Format, options: LoadOptions): string | undefined {
  if (format.id === 'dnscontrol') return options.configFile;
  if (format.id === 'octodns') return options.octodnsConfig;
  return undefined;
}

/** Every explicit configuration file, with the flag that named it. */
export function explicitConfigs(options: LoadOptions): { file: string; flag: string }[] {
  return [
    { file: options.configFile, flag: '--config-file' },
    { file: options.credsFile, flag: '--creds-file' },
    { file: options.octodnsConfig, flag: '--octodns-config' },
    ...(options.tfVarFiles ?? []).map((file) => ({ file, flag: '--tf-var-file' })),
  ].flatMap((c) => (c.file === undefined ? [] : [{ file: c.file, flag: c.flag }]));
}

export async function chooseFormats(
  tree: SourceTree,
  options: LoadOptions,
  format: FormatId | 'auto',
): Promise<Result<Format[]>> {
  const paths = distinctPaths(options.paths);
  if (format !== 'auto') {
    const f = formatById(format);
    return f
      ? ok([f])
      : fail({
          level: 'error',
          message: `format "${format}" is not available`,
          location: { file: paths[0] || '.' },
        });
  }
  const files = await tree.listFiles();
  const found = FORMATS.filter(
    (f) => explicitConfig(f, options) !== undefined || paths.some((path) => f.detect(files, path)),
  );
  if (found.length === 0) {
    // Nothing to read but links refused where a format would read: say those, not "nothing".
    const refused = await refusedConfigLinks(tree, FORMATS, paths, options);
    if (refused.length > 0) return { ok: false, errors: refused };
  }
  if (found.length === 0)
    return fail({
      level: 'error',
      message: `no DNS config found under ${describePaths(paths)} (looked for dnsconfig.js, an octoDNS config with providers: and zones:, Terraform .tf files, and zone files *.zone, db.*, *.db)`,
      location: { file: paths[0] || '.' },
    });
  return ok(found);
}

/** The configurations' zone sets as one; a zone two configurations define is an error. */
function mergeZoneSets(sets: readonly LoadedZones[]): Result<ZoneSet> {
  const first = new Map<string, Zone>();
  const errors: Diagnostic[] = [];
  for (const zone of sets.flatMap((s) => s.zones)) {
    const key = zoneKey(zone);
    const other = first.get(key);
    if (!other) first.set(key, zone);
    else if (other.config !== zone.config)
      errors.push({
        level: 'error',
        message: `zone ${key} is defined by two configurations, ${other.config ?? other.location?.file} and ${zone.config ?? zone.location?.file}: each push would overwrite the other's records, so the review cannot tell what the zone will hold. Keep the zone in one of them.`,
        location: zone.location ?? { file: zone.config ?? '.' },
        code: 'duplicate-zone',
      });
  }
  if (errors.length > 0) return { ok: false, errors };
  return ok({
    zones: sets.flatMap((s) => s.zones),
    credentials: sets.flatMap((s) => s.credentials),
    files: [...new Set(sets.flatMap((s) => s.files))],
    log: sets.flatMap((s) => s.log ?? []),
  });
}

/**
 * Every zone of one side. Formats load in detection order, so the folders a DNSControl config
 * writes with its BIND provider are known before zone files are looked for, and skipped: they
 * are a copy of DNSControl's zones, not a second configuration. A configuration named by a flag
 * that this side does not have (the change adds or deletes it) is simply not there.
 */
export async function loadSide(
  tree: SourceTree,
  formats: readonly Format[],
  options: LoadOptions,
): Promise<Result<ZoneSet>> {
  const files = new Set(await tree.listFiles());
  const paths = distinctPaths(options.paths);
  const sets: LoadedZones[] = [];
  const errors: Diagnostic[] = await refusedConfigLinks(tree, formats, paths, options);
  const warnings: Diagnostic[] = [];
  const outputs: string[] = [];
  for (const format of formats) {
    const config = explicitConfig(format, options);
    const runs: Pick<FormatLoadOptions, 'path' | 'config'>[] =
      config !== undefined
        ? files.has(config)
          ? [{ path: '', config }]
          : []
        : paths.filter((path) => format.detect([...files], path)).map((path) => ({ path }));
    for (const run of runs) {
      const result = await format.load(tree, {
        ...run,
        skip: [...outputs],
        ...(options.credsFile !== undefined ? { creds: options.credsFile } : {}),
        ...(options.octodnsCwd !== undefined ? { workingDirectory: options.octodnsCwd } : {}),
        ...(options.vars?.size ? { vars: options.vars } : {}),
        ...(options.tfVarFiles?.length ? { tfVarFiles: options.tfVarFiles } : {}),
        ...(options.evalTimeoutMs !== undefined ? { evalTimeoutMs: options.evalTimeoutMs } : {}),
        ...(options.evalMemoryBytes !== undefined
          ? { evalMemoryBytes: options.evalMemoryBytes }
          : {}),
        ...(options.budget !== undefined ? { budget: options.budget } : {}),
        ...(options.memo !== undefined ? { memo: options.memo } : {}),
      });
      if (result.ok) {
        sets.push(result.value);
        outputs.push(...(result.value.outputs ?? []));
        warnings.push(...(result.warnings ?? []));
      } else errors.push(...result.errors);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const merged = mergeZoneSets(sets);
  return merged.ok ? ok(merged.value, warnings) : merged;
}

/**
 * Links the tree refuses to follow (out of the repository) where a format would read a file:
 * each is an error naming it. Left out of the listing, a zone file turned into such a link read
 * as a zone removed, in silence.
 */
async function refusedConfigLinks(
  tree: SourceTree,
  formats: readonly Format[],
  paths: readonly string[],
  options: LoadOptions,
): Promise<Diagnostic[]> {
  const named = new Set(explicitConfigs(options).map((c) => c.file));
  return ((await tree.refusedLinks?.()) ?? [])
    .filter(
      (link) =>
        named.has(link.path) ||
        (paths.some((p) => isUnder(link.path, p)) && formats.some((f) => f.mayRead(link.path))),
    )
    .map((link) => ({
      level: 'error' as const,
      message: `${link.message}: refused, so it is not read (a link that leaves the repository is never followed); make it a file, or a link to a file inside the repository`,
      location: { file: link.path },
      code: 'refused-link',
    }));
}

/**
 * An explicit configuration file must exist on at least one of the sides (on one only, the
 * change adds or deletes it): a misspelt name must not read as "no zones".
 */
export async function checkExplicitConfigs(
  trees: readonly SourceTree[],
  options: LoadOptions,
): Promise<Result<void>> {
  const listings = await Promise.all(
    trees.map(async (t) => {
      const refused = (await t.refusedLinks?.()) ?? [];
      return new Set([...(await t.listFiles()), ...refused.map((l) => l.path)]);
    }),
  );
  // A refused link is there, and said by loadSide; it is not "does not exist".
  const missing = explicitConfigs(options).filter(({ file }) => !listings.some((l) => l.has(file)));
  if (missing.length === 0) return ok(undefined);
  return {
    ok: false,
    errors: missing.map(({ file, flag }) => ({
      level: 'error' as const,
      message: `${file} (${flag}) does not exist${trees.length > 1 ? ' on either side of the change' : ''}`,
      location: { file },
    })),
  };
}

/**
 * The repository's top folder, and a function that turns a path given relative to `repo` into
 * a repository-relative one: `--repo` may name a folder inside the repository, which then
 * scopes the review to that folder. Throws a SourceError for a path that leaves the repository.
 * `git` is false for a folder in no git repository (then `root` is the folder itself).
 */
export async function locate(
  repo: string,
): Promise<{ root: string; inRepo: (path: string) => string; git: boolean }> {
  // A folder that is not there is the user's mistake, not an internal error (it was ENOENT).
  const folder = await stat(repo).catch(() => undefined);
  if (!folder?.isDirectory())
    throw new SourceError(
      folder ? 'this is a file, not a folder to review' : 'no such folder to review',
      repo,
    );
  const root = await findRepositoryRoot(repo);
  if (!root) return { root: repo, inRepo: (path) => checkRepoPath(path), git: false };
  const inner = relative(await realpath(root), await realpath(repo))
    .split(sep)
    .join('/');
  return { root, inRepo: (path) => checkRepoPath(inner ? `${inner}/${path}` : path), git: true };
}

/** The load options with every path made repository-relative (see `locate`). */
export function inRepoOptions(inRepo: (path: string) => string, options: LoadOptions): LoadOptions {
  const maybe = (p: string | undefined) => (p === undefined ? undefined : inRepo(p));
  return {
    ...options,
    paths: distinctPaths((options.paths.length > 0 ? options.paths : ['']).map(inRepo)),
    configFile: maybe(options.configFile),
    credsFile: maybe(options.credsFile),
    octodnsConfig: maybe(options.octodnsConfig),
    ...(options.tfVarFiles ? { tfVarFiles: options.tfVarFiles.map(inRepo) } : {}),
    // octodns-sync runs where the user stands: the --repo folder unless told otherwise.
    octodnsCwd: inRepo(options.octodnsCwd ?? ''),
  };
}

/** Every zone one side of the repository defines (for `zoneguard export` and other tools). */
export async function loadZoneSet(
  options: {
    readonly repo: string;
    readonly ref: string | undefined;
    readonly format: FormatId | 'auto';
  } & (LoadOptions | (Omit<LoadOptions, 'paths'> & { readonly path: string })),
): Promise<Result<ZoneSet>> {
  let tree: SourceTree;
  let load: LoadOptions;
  try {
    const { root, inRepo } = await locate(options.repo);
    const paths = 'paths' in options ? options.paths : [options.path];
    load = inRepoOptions(inRepo, { ...options, paths });
    tree = await openTree(root, options.ref);
  } catch (e) {
    return { ok: false, errors: sourceError(e) };
  }
  const explicit = await checkExplicitConfigs([tree], load);
  if (!explicit.ok) return explicit;
  const formats = await chooseFormats(tree, load, options.format);
  if (!formats.ok) return formats;
  return loadSide(tree, formats.value, load);
}
