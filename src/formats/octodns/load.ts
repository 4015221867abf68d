/**
 * Reads an octoDNS repository at one ref into a ZoneSet: every main config under the path,
 * its zones (explicit, `'*'`/glob/regex dynamic ones, aliases), and for each zone the records
 * of its YamlProvider sources. A YamlProvider `directory` is resolved as octoDNS resolves it:
 * opened as written, so relative to the folder `octodns-sync` runs in (the repository root
 * unless `workingDirectory` says otherwise), never to the config file's folder or the path
 * being reviewed. There is no second guess: a guess that finds files octoDNS would not read
 * reviews zones that are not the ones pushed. `!include` is relative to the including file.
 */
import { posix } from 'node:path';
import type { Diagnostic, Result, SourceLocation } from '../../model/location.js';
import { fail, ok } from '../../model/location.js';
import { canonicalName, relativeName } from '../../model/name.js';
import { matchesPattern } from '../../model/scope.js';
import {
  type ChangeThresholds,
  makeRRset,
  type ProviderRef,
  type RRset,
  rrsetKey,
  type UnmanagedPattern,
  type Zone,
  type ZoneSet,
} from '../../model/zone.js';
import { isUnder, type RepoPathResult, resolveRepoPath } from '../../sources/repo-path.js';
import { readingOnce } from '../../sources/tree-views.js';
import type { SourceTree } from '../../sources/types.js';
import { type BudgetMeter, budgetMessage, InputBudget } from '../budget.js';
import { includedTexts, type Memo, readsTheSame, type SideRead } from '../side-memo.js';
import type { FormatLoadOptions, LoadedZones } from '../types.js';
import {
  looksLikeOctodnsConfig,
  type OctodnsConfig,
  type OctodnsProvider,
  type OctodnsZoneEntry,
  readConfig,
  type YamlProviderOptions,
} from './config.js';
import { yamlFiles } from './files.js';
import { processorScope } from './processors.js';
import {
  emptyZoneFileResult,
  type OctodnsRecord,
  readZoneEntry,
  readZoneFile,
  type ZoneFileResult,
} from './records.js';
import { loadYaml, STREAMED_ABOVE, type YamlDocument, type YamlLoadOptions } from './yaml.js';

/** octoDNS's plan safety defaults (`provider/plan.py`). */
export const OCTODNS_DEFAULT_THRESHOLDS: Required<ChangeThresholds> = {
  updatePercent: 0.3,
  deletePercent: 0.3,
  minExisting: 10,
};

/** A YamlProvider zone file directly in its directory: `/example.com.yaml`. */
const ZONE_FILE_NAME = /^\/?[^/]+\.[^/]+\.yaml$/;

/** Likely configs first: names without a zone's two dots (`production.yaml`). */
export function configCandidates(files: readonly string[], path: string): string[] {
  const all = yamlFiles(files, path);
  const plain = (f: string) => posix.basename(f).split('.').length <= 2;
  return [...all.filter(plain), ...all.filter((f) => !plain(f))];
}

export async function loadOctodns(
  source: SourceTree,
  options: FormatLoadOptions,
): Promise<Result<LoadedZones>> {
  // Each file read once: candidates are sniffed, then zone files loaded.
  const tree = readingOnce(source);
  const files = await tree.listFiles();
  const fileSet = new Set(files);
  const base = options.path.replace(/\/+$/, '');
  const cwd = resolveRepoPath(options.workingDirectory ?? '');
  if (!cwd.ok)
    return fail({
      level: 'error',
      message: `octoDNS working directory: ${cwd.message}`,
      location: { file: options.workingDirectory ?? '.' },
    });
  const diagnostics: Diagnostic[] = [];
  // The review's budget: every file read or included, every alias expanded, every record made.
  const budget = (options.budget ?? new InputBudget()).meter();
  const read = new Set<string>();
  const zones: Zone[] = [];
  const credentials: ZoneSet['credentials'][number][] = [];
  const skip = options.skip ?? [];
  const candidates =
    options.config !== undefined
      ? [options.config]
      : configCandidates(files, base).filter((f) => !skip.some((dir) => isUnder(f, dir)));
  if (options.config !== undefined && !fileSet.has(options.config))
    return fail({
      level: 'error',
      message: `the octoDNS config file ${options.config} does not exist`,
      location: { file: options.config },
    });

  for (const file of candidates) {
    // Past the budget nothing more is read: the one error that crossed it says why.
    if (budget.exceeded !== undefined) break;
    // A file another config already read as a zone file is not a config.
    if (read.has(file)) continue;
    const text = await tree.readText(file);
    if (text === undefined || !looksLikeOctodnsConfig(text)) {
      if (options.config !== undefined)
        diagnostics.push({
          level: 'error',
          message: `${file} is not an octoDNS config (no top-level providers: and zones:)`,
          location: { file },
          code: 'octodns/config',
        });
      continue;
    }
    const loaded = await loadYaml(file, text, { readInclude: includeReader(tree), budget });
    if (!loaded.ok) {
      diagnostics.push(loaded.error);
      read.add(file);
      continue;
    }
    for (const f of loaded.doc.files) read.add(f);
    diagnostics.push(...loaded.doc.warnings);
    const { config, diagnostics: configDiags } = readConfig(file, loaded.doc.root);
    diagnostics.push(...configDiags);
    if (!config) continue;
    credentials.push(...config.credentials);
    const ctx: ZoneContext = {
      tree,
      files,
      fileSet,
      cwd: cwd.path,
      config,
      read,
      problems: diagnostics,
      budget,
      memo: options.memo,
    };
    // One config naming a zone twice (`Example.com.` and `example.com.`): octoDNS's Manager
    // keeps one. Two configs defining one zone are the review's to refuse (review/load.ts).
    const seen = new Set<string>();
    for (const zone of await loadZones(ctx)) {
      if (seen.has(zone.name)) {
        diagnostics.push({
          level: 'warning',
          message: `zone ${zone.name} is configured twice in ${file}; the first is used`,
          location: zone.location ?? { file },
          code: 'octodns/duplicate-zone',
        });
        continue;
      }
      seen.add(zone.name);
      zones.push({ ...zone, config: file });
      for (const d of zone.diagnostics ?? []) diagnostics.push(d);
    }
  }
  const errors = diagnostics.filter((d) => d.level === 'error');
  if (errors.length > 0) return fail(...errors);
  const warnings = diagnostics.filter((d) => d.level === 'warning');
  return ok({ zones, credentials, files: [...read].sort() }, warnings);
}

function includeReader(tree: SourceTree): YamlLoadOptions['readInclude'] {
  return async (from, target) => {
    const checked = resolveRepoPath(target, posix.dirname(from));
    if (!checked.ok)
      return {
        error:
          checked.problem === 'leaves'
            ? `!include ${target} leaves the repository`
            : `!include: ${checked.message}`,
      };
    const path = checked.path;
    try {
      const text = await tree.readText(path);
      if (text === undefined) return { error: `!include ${target}: no such file (${path})` };
      return { path, text };
    } catch (e) {
      return { error: `!include ${target}: ${(e as Error).message}` };
    }
  };
}

interface ZoneContext {
  readonly tree: SourceTree;
  readonly files: readonly string[];
  readonly fileSet: ReadonlySet<string>;
  /** Repository-relative folder octodns-sync runs in ('' = the root). */
  readonly cwd: string;
  readonly config: OctodnsConfig;
  readonly read: Set<string>;
  /** Problems of the config as a whole (not of one zone). */
  readonly problems: Diagnostic[];
  readonly budget: BudgetMeter;
  /** The review's memo of the other side: a zone file read the same there is read once. */
  readonly memo: Memo | undefined;
}

type ZoneFileOptions = Parameters<typeof readZoneFile>[1] & {
  readonly enforceOrder: YamlLoadOptions['enforceOrder'];
};
type ZoneFileRead = { ok: true; doc: YamlDocument; result: ZoneFileResult };

/**
 * One zone file read into records. On the second side of a review, the first side's read of
 * the file when it reads the same there (side-memo.ts): its text, its includes and the options
 * (part of the memo key) make the records. A read that failed is not kept: the error is made
 * again, where and as it was.
 */
async function readZoneFileOnce(
  ctx: ZoneContext,
  file: string,
  text: string,
  options: ZoneFileOptions,
): Promise<ZoneFileRead | { ok: false; error: Diagnostic }> {
  const key = `octodns ${file}\n${JSON.stringify(options)}`;
  let remembered = ctx.memo?.take(key) as SideRead<ZoneFileRead> | undefined;
  const tookOne = remembered !== undefined;
  if (remembered !== undefined) {
    const now = await readIncludes(
      ctx.tree,
      remembered.includes.map(([f]) => f),
    );
    if (
      readsTheSame(remembered, text, (f) => now.get(f)) &&
      ctx.budget.chargeAll(remembered.charged)
    )
      return remembered.value;
  }
  // Not this side's: the other side's text and records go before this read makes its own (at a
  // million records, holding both is most of a gigabyte).
  remembered = undefined;
  const before = ctx.budget.charged;
  let result = emptyZoneFileResult();
  const loaded = await loadYaml(file, text, {
    enforceOrder: options.enforceOrder,
    readInclude: includeReader(ctx.tree),
    budget: ctx.budget,
    // Each name's records are read as the loader hands the name over: no tree of a large
    // zone file is held whole.
    rootEntries: {
      entry: (e) => readZoneEntry(e, options, result),
      restart: () => {
        result = emptyZoneFileResult();
      },
    },
  });
  if (!loaded.ok) return loaded;
  readZoneFile(loaded.doc.root, options, result);
  const value: ZoneFileRead = { ok: true, doc: loaded.doc, result };
  // A file large enough to be read piecewise, so as not to be held whole, is not held for the
  // other side either: its records would stay in memory through that side's read.
  if (ctx.memo !== undefined && !tookOne && text.length <= STREAMED_ABOVE) {
    const includes = loaded.doc.files.slice(1);
    const now = await readIncludes(ctx.tree, includes);
    ctx.memo.keep(key, {
      text,
      includes: includedTexts(includes, (f) => now.get(f)),
      charged: ctx.budget.chargedSince(before),
      value,
    } satisfies SideRead<ZoneFileRead>);
  }
  return value;
}

/** The texts of the given files as the tree has them now (`undefined`: not readable). */
async function readIncludes(
  tree: SourceTree,
  files: readonly string[],
): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  for (const f of files) out.set(f, await tree.readText(f).catch(() => undefined));
  return out;
}

/**
 * Charges the records (each value one) of an RRset to the budget; false, with the error said
 * once, when that crosses it.
 */
function chargeRecords(
  ctx: ZoneContext,
  values: number,
  location: SourceLocation,
  diagnostics: Diagnostic[],
): boolean {
  for (let i = 0; i < Math.max(1, values); i++) {
    if (ctx.budget.exceeded !== undefined) return false;
    if (!ctx.budget.record()) {
      diagnostics.push({
        level: 'error',
        message: budgetMessage('records', ctx.budget.limits, location.file),
        location,
        code: 'octodns/budget',
      });
      return false;
    }
  }
  return true;
}

/**
 * The provider's directory as a repository path: `directory` as written, from the folder
 * octodns-sync runs in; refused if it leaves the repository.
 */
function providerDirectory(ctx: ZoneContext, p: YamlProviderOptions): RepoPathResult {
  return resolveRepoPath(p.directory, ctx.cwd);
}

/**
 * For the error when a zone has no file: a folder (the config's own, or one above it) that
 * octodns-sync could run in to find the zone's files, so the message can say which folder to
 * name. A hint for the person, never used to read the zone.
 */
function workingDirectoryThatFinds(
  ctx: ZoneContext,
  p: YamlProviderOptions,
  find: (dir: string) => string | undefined,
): { cwd: string; file: string } | undefined {
  let dir = posix.dirname(ctx.config.file).replace(/^\.$/, '');
  for (;;) {
    if (dir !== ctx.cwd) {
      const checked = resolveRepoPath(p.directory, dir);
      const found = checked.ok ? find(checked.path) : undefined;
      if (found) return { cwd: dir, file: found };
    }
    if (dir === '') return undefined;
    dir = posix.dirname(dir).replace(/^\.$/, '');
  }
}

/** `<what> (source …, relative to where octodns-sync runs, here …)`, and which folder to name. */
function directoryMessage(
  ctx: ZoneContext,
  p: YamlProviderOptions,
  id: string,
  what: string,
  find: (dir: string) => string | undefined,
): string {
  const where = ctx.cwd === '' ? 'the repository root' : ctx.cwd;
  const head = `${what} (source "${id}": directory ${p.directory}, relative to the folder octodns-sync runs in, here ${where})`;
  const other = workingDirectoryThatFinds(ctx, p, find);
  const flag = "--octodns-cwd (the Action's working-directory input)";
  return other
    ? `${head}. octodns-sync run in ${other.cwd || 'the repository root'} reads ${other.file}: if that is where it runs, say so with ${flag} ${other.cwd || '.'}`
    : `${head}. If octodns-sync runs in another folder, name it with ${flag}`;
}

/** YamlProvider `list_zones`: zone files (`name.yaml` with 2+ dots) and split directories. */
function listZones(ctx: ZoneContext, p: YamlProviderOptions): string[] {
  const checked = providerDirectory(ctx, p);
  if (!checked.ok) return []; // reported by loadZone for each zone that names the source
  const dir = checked.path;
  const zones = new Set<string>();
  for (const f of ctx.files) {
    if (!isUnder(f, dir)) continue;
    const rest = dir === '' ? f : f.slice(dir.length + 1);
    const parts = rest.split('/');
    if (parts.length === 1 && !p.disableZonefile && rest.endsWith('.yaml'))
      if (rest.split('.').length - 1 >= 2) zones.add(rest.slice(0, -4));
    if (parts.length === 2 && p.splitExtension && parts[0]!.endsWith(p.splitExtension))
      zones.add(parts[0]!.slice(0, parts[0]!.length - p.splitExtension.length + 1));
  }
  return [...zones].sort();
}

async function loadZones(ctx: ZoneContext): Promise<Zone[]> {
  const { config } = ctx;
  const explicit = config.zones.filter((z) => !z.key.startsWith('*'));
  const entries: { name: string; entry: OctodnsZoneEntry }[] = explicit.map((entry) => ({
    name: entry.key,
    entry,
  }));
  // Dynamic zones claim, in order, what the sources list and no earlier entry took.
  const claimed = new Set(explicit.map((z) => z.key));
  for (const entry of config.zones.filter((z) => z.key.startsWith('*'))) {
    const candidates = new Set<string>();
    for (const id of entry.sources) {
      const p = config.providers.get(id)?.yaml;
      if (!p) continue;
      // YamlProvider.list_zones lists the directory: octodns-sync stops when it does not exist.
      const dir = providerDirectory(ctx, p);
      const holds = (d: string) => ctx.files.find((f) => isUnder(f, d));
      if (dir.ok && !holds(dir.path))
        ctx.problems.push({
          level: 'error',
          message: directoryMessage(
            ctx,
            p,
            id,
            `zone ${entry.key} lists the zones of ${dir.path || '.'}, which does not exist`,
            (d) => ctx.files.find((f) => isUnder(f, d) && ZONE_FILE_NAME.test(f.slice(d.length))),
          ),
          location: entry.location,
          code: 'octodns/missing-directory',
        });
      for (const z of listZones(ctx, p)) candidates.add(z);
    }
    for (const name of [...candidates].sort()) {
      if (claimed.has(name) || !matchesDynamic(entry, name)) continue;
      claimed.add(name);
      entries.push({ name, entry });
    }
  }
  const allNames = entries.map((e) => canonicalName(e.name)).flatMap((r) => (r.ok ? [r.name] : []));
  const out: Zone[] = [];
  const byName = new Map<string, Zone>();
  for (const { name, entry } of entries) {
    if (entry.alias || ctx.budget.exceeded !== undefined) continue;
    const zone = await loadZone(ctx, name, entry, allNames);
    out.push(zone);
    byName.set(zone.name, zone);
  }
  for (const { name, entry } of entries) {
    if (!entry.alias || ctx.budget.exceeded !== undefined) continue;
    out.push(aliasZone(ctx, name, entry, byName));
  }
  return out;
}

function matchesDynamic(entry: OctodnsZoneEntry, name: string): boolean {
  if (entry.glob) return globToRegExp(entry.glob).test(name);
  if (entry.regex) {
    try {
      return new RegExp(entry.regex).test(name);
    } catch {
      return false;
    }
  }
  return true;
}

/** fnmatch: `*`, `?`, `[seq]`. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's');
}

function thresholds(entry: OctodnsZoneEntry, targets: OctodnsProvider[]): ChangeThresholds {
  // Each target plans on its own; the strictest one decides whether the push goes through.
  // A zone's own setting takes precedence over its providers'.
  const strictest = (per: (p: OctodnsProvider) => number | undefined, dflt: number) =>
    targets.length > 0 ? Math.min(...targets.map((t) => per(t) ?? dflt)) : dflt;
  return {
    updatePercent:
      entry.updatePercent ??
      strictest((p) => p.updatePercent, OCTODNS_DEFAULT_THRESHOLDS.updatePercent),
    deletePercent:
      entry.deletePercent ??
      strictest((p) => p.deletePercent, OCTODNS_DEFAULT_THRESHOLDS.deletePercent),
    minExisting: OCTODNS_DEFAULT_THRESHOLDS.minExisting,
  };
}

async function loadZone(
  ctx: ZoneContext,
  rawName: string,
  entry: OctodnsZoneEntry,
  allZones: readonly string[],
): Promise<Zone> {
  const diagnostics: Diagnostic[] = [];
  const canon = canonicalName(rawName);
  const name = canon.ok ? canon.name : rawName.toLowerCase();
  if (!canon.ok)
    diagnostics.push({
      level: 'error',
      message: `invalid zone name ${rawName}: ${canon.message}`,
      location: entry.location,
      code: 'octodns/config',
    });
  const subzones = allZones.filter((z) => z !== name && z.endsWith(`.${name}`));
  const records = new Map<string, OctodnsRecord>();
  const unmanaged: UnmanagedPattern[] = [];
  const targets = entry.targets.flatMap((id) => {
    const p = ctx.config.providers.get(id);
    return p ? [p] : [];
  });

  for (const id of entry.sources) {
    const provider = ctx.config.providers.get(id);
    if (!provider) continue;
    if (!provider.yaml) {
      diagnostics.push({
        level: 'warning',
        message: `zone ${rawName}: records from source "${id}" (${provider.class}) are not read; only YamlProvider sources are`,
        location: entry.location,
        code: 'octodns/source-not-read',
      });
      continue;
    }
    const p = provider.yaml;
    const dir = providerDirectory(ctx, p);
    if (!dir.ok) {
      diagnostics.push({
        level: 'error',
        message: `zone ${rawName}: directory of source "${id}": ${dir.message}`,
        location: provider.location,
        code: 'octodns/config',
      });
      continue;
    }
    const sources = zoneSources(ctx, p, dir.path, rawName, name);
    if (sources.length === 0 && !p.ignoreMissingZones) {
      diagnostics.push({
        level: 'error',
        message: directoryMessage(
          ctx,
          p,
          id,
          `no YAMLs found for ${rawName} in ${dir.path || '.'}`,
          (d) => zoneSources(ctx, p, d, rawName, name)[0],
        ),
        location: entry.location,
        code: 'octodns/missing-zone-file',
      });
      continue;
    }
    for (const file of sources) {
      if (ctx.budget.exceeded !== undefined) break;
      const text = await ctx.tree.readText(file);
      ctx.read.add(file);
      if (text === undefined) continue;
      const zoneOptions = {
        origin: name,
        defaultTtl: p.defaultTtl,
        escapedSemicolons: p.escapedSemicolons,
        lenient: entry.lenient,
        subzones,
        ignoreSubzoneAdds: entry.ignoreSubzoneAdds,
        targets: entry.targets,
      };
      const enforceOrder = p.enforceOrder ? p.orderMode : undefined;
      const read = await readZoneFileOnce(ctx, file, text, { ...zoneOptions, enforceOrder });
      if (!read.ok) {
        diagnostics.push(read.error);
        continue;
      }
      const { doc, result } = read;
      for (const f of doc.files) ctx.read.add(f);
      diagnostics.push(...doc.warnings);
      diagnostics.push(...result.diagnostics);
      unmanaged.push(...result.unmanaged);
      for (const r of result.records) {
        if (!chargeRecords(ctx, r.values.length, r.location, diagnostics)) break;
        const key = rrsetKey(r);
        const prev = records.get(key);
        if (prev && !p.populateShouldReplace) {
          diagnostics.push({
            level: entry.lenient ? 'warning' : 'error',
            message: `duplicate record ${relativeName(r.name, name)} ${r.type}, first defined at ${prev.location.file}:${prev.location.line}`,
            location: r.location,
            code: 'octodns/duplicate-record',
          });
          continue;
        }
        records.set(key, r);
      }
    }
  }
  const all: RRset[] = [...records.values()].map((r) =>
    makeRRset({
      name: r.name,
      type: r.type,
      ttl: r.ttl,
      values: r.values,
      options: r.options,
      location: r.location,
    }),
  );
  // What octodns-sync leaves alone (docs/push-scope.md): the filters among the processors;
  // records any filter takes from the source are not pushed, so they are not desired here.
  const filters = processorScope(
    [...ctx.config.globalProcessors, ...entry.processors, ...ctx.config.globalPostProcessors],
    ctx.config.processors,
    name,
    entry.location,
  );
  diagnostics.push(...filters.diagnostics);
  unmanaged.push(...filters.patterns);
  const filtered = [...filters.patterns, ...filters.sourceOnly];
  const rrsets = all.filter((r) => !filtered.some((p) => matchesPattern(p, r, name)));
  // Without a root NS in the zone file, octoDNS leaves the target's apex NS alone (it drops it
  // from the existing records it plans against): the provider's nameservers stay.
  const apexNs = { name, type: 'NS' as const, values: [] };
  if (
    !rrsets.some((r) => r.name === name && r.type === 'NS') &&
    !unmanaged.some((p) => matchesPattern(p, apexNs, name))
  )
    unmanaged.push({
      name: '@',
      types: ['NS'],
      appliesTo: 'live',
      source: 'no root NS in the zone file',
      location: entry.location,
    });
  const providers: ProviderRef[] = targets.map((t) => ({ name: t.id, type: t.class }));
  return {
    name,
    format: 'octodns',
    rrsets,
    providers,
    unmanaged,
    thresholds: thresholds(entry, targets),
    location: entry.location,
    diagnostics,
  };
}

/** Files YamlProvider.populate reads for a zone, sorted as it sorts them. */
function zoneSources(
  ctx: ZoneContext,
  p: YamlProviderOptions,
  dir: string,
  rawName: string,
  idna: string,
): string[] {
  const join = (f: string) => (dir === '' ? f : `${dir}/${f}`);
  const out: string[] = [];
  const names = [...new Set([rawName, idna])];
  if (p.splitExtension) {
    for (const n of names) {
      const splitDir = join(`${n.slice(0, -1)}${p.splitExtension}`);
      for (const f of ctx.files)
        if (
          f.startsWith(`${splitDir}/`) &&
          !f.slice(splitDir.length + 1).includes('/') &&
          f.endsWith('.yaml')
        )
          out.push(f);
    }
  }
  if (!p.disableZonefile) {
    const found = names.map((n) => join(`${n}yaml`)).filter((f) => ctx.fileSet.has(f));
    if (found[0]) out.push(found[0]);
  }
  if (p.sharedFilename) {
    const shared = join(p.sharedFilename);
    if (ctx.fileSet.has(shared)) out.push(shared);
  }
  return [...new Set(out)].sort();
}

function aliasZone(
  ctx: ZoneContext,
  rawName: string,
  entry: OctodnsZoneEntry,
  byName: ReadonlyMap<string, Zone>,
): Zone {
  const canon = canonicalName(rawName);
  const name = canon.ok ? canon.name : rawName;
  const sourceName = canonicalName(entry.alias!);
  const source = sourceName.ok ? byName.get(sourceName.name) : undefined;
  const diagnostics: Diagnostic[] = [];
  // An alias zone's records are made again under its name: they count as records made.
  for (const r of source?.rrsets ?? [])
    if (!chargeRecords(ctx, r.values.length, entry.location, diagnostics)) break;
  if (!source)
    diagnostics.push({
      level: 'error',
      message: `Invalid alias zone ${rawName}: source zone ${entry.alias} does not exist or is an alias zone`,
      location: entry.location,
      code: 'octodns/config',
    });
  const rehome = (n: string) =>
    source ? (n === source.name ? name : n.slice(0, -source.name.length) + name) : n;
  const providers: ProviderRef[] = entry.targets.flatMap((id) => {
    const p = ctx.config.providers.get(id);
    return p ? [{ name: p.id, type: p.class }] : [];
  });
  return {
    name,
    format: 'octodns',
    rrsets: (source?.rrsets ?? []).map((r) => ({ ...r, name: rehome(r.name) })),
    providers: providers.length > 0 ? providers : (source?.providers ?? []),
    unmanaged: source?.unmanaged ?? [],
    thresholds: source?.thresholds ?? OCTODNS_DEFAULT_THRESHOLDS,
    location: entry.location,
    diagnostics,
  };
}
