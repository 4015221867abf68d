/**
 * The pipeline, shared by the CLI and the Action: sources → formats → model → live → diff →
 * rules → report. Everything that can go wrong with the user's input comes back as located
 * diagnostics (exit 2); everything about the change comes back as the report.
 */
import { readFile } from 'node:fs/promises';
import { diffApply, diffDrift, diffZoneSets } from '../diff/diff.js';
import type { Change, ZoneDiff } from '../diff/types.js';
import { DEFAULT_INPUT_LIMITS, InputBudget, limitsForRecords } from '../formats/budget.js';
import { SideMemo } from '../formats/side-memo.js';
import type { PlannedZones } from '../formats/terraform/plan.js';
import {
  type RegistryOptions,
  type RegistryRequest,
  type RegistrySnapshot,
  registryRequests,
} from '../live/registry-types.js';
import { liveRequests } from '../live/requests.js';
import type { LiveOptions, LiveRequest, LiveSnapshot } from '../live/types.js';
import { type Diagnostic, fail, ok, type Result } from '../model/location.js';
import type { Severity } from '../model/severity.js';
import { type FormatId, rrsetKey, type ZoneSet, zoneKey } from '../model/zone.js';
import {
  isSelected,
  parseZoneSelection,
  selectsEverything,
  unmatchedPatterns,
} from '../model/zone-selection.js';
import { buildReport } from '../report/build.js';
import type { Report } from '../report/types.js';
import { buildRollback } from '../rollback/build.js';
import { runRules } from '../rules/engine.js';
import { DEFAULT_POLICY, type Policy } from '../rules/policy.js';
import { maskKnownValuesDeep } from '../secrets/known-values.js';
import { findSecrets } from '../secrets/secrets.js';
import { type GitRepository, isShallowRepository, openRepository } from '../sources/git.js';
import { readForScan } from '../sources/scan-read.js';
import { readingAhead } from '../sources/tree-views.js';
import { SourceError, type SourceTree } from '../sources/types.js';
import {
  checkExplicitConfigs,
  chooseFormats,
  describePaths,
  inRepoOptions,
  type LoadOptions,
  loadSide,
  locate,
  sourceError,
} from './load.js';
import { loadPolicy } from './policy-file.js';
import { readTerraformPlan, withPlannedZones } from './terraform-plan.js';

export interface ReviewSettings {
  /** Absolute path of the repository (or any folder inside it). */
  readonly repo: string;
  /** Git ref of the previous state; undefined: HEAD when reviewing the working tree, else head's parent. */
  readonly base: string | undefined;
  /** Git ref of the proposed state; undefined: the working tree. */
  readonly head: string | undefined;
  /**
   * Folders holding DNS configurations, relative to `repo` ('' = `repo` itself): every
   * configuration under them is reviewed. One folder, or several (`--path` repeated).
   */
  readonly path: string | readonly string[];
  readonly format: FormatId | 'auto';
  /** DNSControl: the dnsconfig.js to read instead of those found, relative to `repo`. */
  readonly configFile?: string;
  /** DNSControl: the creds.json to read instead of the one beside each dnsconfig.js. */
  readonly credsFile?: string;
  /** octoDNS: the config file to read instead of those found, relative to `repo`. */
  readonly octodnsConfig?: string;
  /**
   * octoDNS: the folder `octodns-sync` runs in, relative to `repo`; YamlProvider directories
   * are relative to it. Undefined: `repo` itself (normally the repository root).
   */
  readonly octodnsCwd?: string;
  /** Terraform: `.tfvars` files to read after the repository's own (`--tf-var-file`), relative to `repo`. */
  readonly tfVarFiles?: readonly string[];
  /**
   * Terraform: the JSON of `terraform show -json PLANFILE` on the local file system
   * (`--terraform-plan`): its DNS resources' before and after become base and head.
   */
  readonly terraformPlan?: string;
  /** A policy file on the local file system (the CLI's `--policy`), read as it is. */
  readonly policyFile: string | undefined;
  /**
   * A repository-relative policy path read from the base side like the default
   * `.zoneguard.yml` (the Action's `policy` input): the pull request cannot change it.
   */
  readonly policyPath?: string;
  readonly failOn: Severity | undefined;
  readonly live: boolean;
  readonly liveOptions: LiveOptions;
  /**
   * The registry over RDAP (`--rdap`, `--no-rdap`): undefined leaves it off. The CLI and the
   * Action turn it on with live DNS, or alone with `--rdap URL`.
   */
  readonly registry?: RegistryOptions;
  /**
   * DNSControl's variables (`--var NAME=VALUE`, the Action's `vars`). The values may be secrets:
   * the report and every error have them masked as `[var NAME]` (secrets/known-values.ts), even
   * where the config copied one into a record.
   */
  readonly vars?: ReadonlyMap<string, string>;
  readonly evalTimeoutMs?: number;
  readonly evalMemoryBytes?: number;
  /**
   * Glob patterns of the zones to review (`--zone`, the Action's `zones`): one shard of a large
   * repository (docs/sharding.md). Undefined or empty: every zone.
   */
  readonly zones?: readonly string[];
  /**
   * An audit (`zoneguard audit`): the zones at `head` against the world, every zone asked about
   * and every finding counted, with no change to review (`base` is ignored).
   */
  readonly audit?: boolean;
  /** The review's record budget (`--max-records`); undefined for the default (formats/budget.ts). */
  readonly maxRecords?: number;
  readonly now?: Date;
}

export type ReviewResult =
  | { ok: true; report: Report; policy: Policy }
  | { ok: false; errors: readonly Diagnostic[] };

/**
 * A step of a long review, for a progress display: each side as it is read (with the formats
 * it holds: a DNSControl config is evaluated, which takes the longest), the live queries as
 * they go out, then the rules.
 */
export type ReviewProgress =
  | {
      readonly kind: 'load';
      readonly side: 'head' | 'base';
      readonly ref: string;
      readonly formats: readonly FormatId[];
    }
  | { readonly kind: 'live'; readonly zones: number; readonly queries: number }
  | { readonly kind: 'rules' };

/** Stages a caller may replace (tests, or an Action that already has the answers). */
export interface ReviewHooks {
  /** Called at each step of the review (the CLI's progress on a terminal). */
  readonly progress?: (step: ReviewProgress) => void;
  readonly loadPolicy?: (text: string, file: string) => Result<Policy>;
  readonly collectLive?: (
    requests: readonly LiveRequest[],
    options: LiveOptions,
  ) => Promise<LiveSnapshot>;
  readonly collectRegistry?: (
    requests: readonly RegistryRequest[],
    options: RegistryOptions,
  ) => Promise<RegistrySnapshot>;
}

/**
 * The base ref when none is given: HEAD for the working tree, else head's first parent. None
 * only for a repository's first commit; in a shallow clone the parent exists but is not fetched,
 * and reviewing against nothing would pass a change that removes a zone, so that is an error.
 */
async function defaultBase(
  git: GitRepository,
  head: string | undefined,
): Promise<string | undefined> {
  const candidate = head === undefined ? 'HEAD' : `${head}~1`;
  try {
    await git.resolveCommit(candidate);
    return candidate;
  } catch {
    if (await isShallowRepository(git.root))
      throw new SourceError(
        `the base commit (${candidate}) is not in this shallow clone, so the change cannot be compared with anything; fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) or name the base with --base`,
      );
    return undefined;
  }
}

async function readPolicy(
  settings: ReviewSettings,
  baseTree: SourceTree | undefined,
  headTree: SourceTree,
  hooks: ReviewHooks,
): Promise<Result<Policy>> {
  let policy = DEFAULT_POLICY;
  // The policy comes from the base side: a pull request must not be able to relax its own review.
  const tree = baseTree ?? headTree;
  const file = settings.policyFile ?? settings.policyPath ?? '.zoneguard.yml';
  let text: string | undefined;
  try {
    text =
      settings.policyFile !== undefined
        ? await readLocalFile(settings.policyFile)
        : await tree.readText(file);
  } catch (e) {
    return { ok: false, errors: sourceError(e, file) };
  }
  if ((settings.policyFile ?? settings.policyPath) !== undefined && text === undefined)
    return fail({ level: 'error', message: `policy file ${file} not found`, location: { file } });
  if (text !== undefined) {
    const loaded = (hooks.loadPolicy ?? loadPolicy)(text, file);
    if (!loaded.ok) return loaded;
    policy = loaded.value;
  }
  return ok(settings.failOn ? { ...policy, failOn: settings.failOn } : policy);
}

async function readLocalFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Both sides as the model, or why the change cannot be reviewed. A review must never pass
 * because it read nothing: a side whose config does not load, or no zone on either side, is an
 * error. A side without any config is legitimate only as the other side's absence: the base
 * before the config was added (every record is added), the head after it was deleted (every
 * zone is removed).
 */
async function loadSides(
  headTree: SourceTree,
  baseTree: SourceTree | undefined,
  format: FormatId | 'auto',
  settings: LoadOptions,
  progress: ReviewHooks['progress'],
  planned?: PlannedZones,
): Promise<Result<{ head: ZoneSet; base: ZoneSet }>> {
  const explicit = await checkExplicitConfigs(
    baseTree ? [headTree, baseTree] : [headTree],
    settings,
  );
  if (!explicit.ok) return explicit;
  let formats = await chooseFormats(headTree, settings, format);
  if (!formats.ok && baseTree) {
    const before = await chooseFormats(baseTree, settings, format);
    if (before.ok) formats = before; // the change deletes the config
  }
  if (!formats.ok) return formats;
  const ids = formats.value.map((f) => f.id);
  progress?.({ kind: 'load', side: 'head', ref: headTree.label, formats: ids });
  const head = await loadSide(headTree, formats.value, settings);
  if (!head.ok) return head;
  let base: ZoneSet = { zones: [], credentials: [], files: [] };
  if (baseTree) {
    progress?.({ kind: 'load', side: 'base', ref: baseTree.label, formats: ids });
    const loaded = await loadSide(baseTree, formats.value, settings);
    // The head is read first: a base over the review's budget is the budget's doing (both
    // sides together), not a base branch to fix.
    if (!loaded.ok && settings.budget?.exceeded !== undefined) return loaded;
    if (!loaded.ok)
      return {
        ok: false,
        errors: loaded.errors.map((e) => ({
          ...e,
          message: `the base side (${baseTree.label}) does not load, so this change cannot be compared with it: ${e.message}. Fix the base branch first, or name a base that loads with --base (the Action reviews against the pull request's base).`,
        })),
      };
    base = loaded.value;
  }
  if (planned) {
    const statics = [head.value, base];
    const plannedHead = withPlannedZones(head.value, planned.head, statics);
    base = withPlannedZones(base, planned.base, statics);
    return finish(plannedHead, base, [...(head.warnings ?? []), ...planned.warnings]);
  }
  return finish(head.value, base, head.warnings ?? []);

  function finish(
    headSet: ZoneSet,
    baseSet: ZoneSet,
    warnings: readonly Diagnostic[],
  ): Result<{ head: ZoneSet; base: ZoneSet }> {
    if (headSet.zones.length === 0 && baseSet.zones.length === 0)
      return fail({
        level: 'error',
        message: `no zones found under ${describePaths(settings.paths)} (format ${formats.ok ? formats.value.map((f) => f.id).join(', ') : format}); nothing would be reviewed. Check --path and --format (the Action's path and format inputs).`,
        location: { file: settings.paths[0] || '.' },
      });
    return ok({ head: headSet, base: baseSet }, warnings);
  }
}

/**
 * The zone keys of one shard (`--zone`), or undefined for every zone. A pattern that selects
 * nothing on either side is an error: a shard that reviews nothing would pass whatever its
 * zones' change does.
 */
function shardOf(
  head: ZoneSet,
  base: ZoneSet,
  patterns: readonly string[],
): Result<ReadonlySet<string> | undefined> {
  const selection = parseZoneSelection(patterns);
  if (selectsEverything(selection)) return ok(undefined);
  const unmatched = unmatchedPatterns(selection, [head, base]);
  if (unmatched.length > 0)
    return fail({
      level: 'error',
      message: `--zone ${unmatched.map((p) => `"${p}"`).join(', ')} matches no zone on either side; zoneguard targets lists the zones (the Action's zones input)`,
      location: { file: '.' },
    });
  const keys = [head, base].flatMap((set) => set.zones.filter((z) => isSelected(selection, z)));
  return ok(new Set(keys.map(zoneKey)));
}

const sameOnBothSides = (
  r: Result<{ head: ZoneSet; base: ZoneSet }>,
): Result<{ head: ZoneSet; base: ZoneSet }> =>
  r.ok ? ok({ head: r.value.head, base: r.value.head }, r.warnings) : r;

const shardZones = (set: ZoneSet, keys: ReadonlySet<string>): ZoneSet => ({
  ...set,
  zones: set.zones.filter((z) => keys.has(zoneKey(z))),
});

/** The deepest folder that holds every one of `paths` ('' when they share none). */
function commonFolder(paths: readonly string[]): string {
  const split = paths.map((p) => (p === '' ? [] : p.split('/')));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  return first.slice(0, n).join('/');
}

/** Live DNS is asked about the zones the change touches, on both sides. */
function touchedZones(diffs: readonly ZoneDiff[], set: ZoneSet): ZoneSet {
  const touched = new Set(diffs.filter((d) => d.status !== 'unchanged').map((d) => d.zone));
  return { ...set, zones: set.zones.filter((z) => touched.has(zoneKey(z))) };
}

/**
 * drift: base → live; apply: live → head, for the pairs live DNS was asked about. Both leave
 * out what the push does not touch (docs/push-scope.md), so neither says a push deletes or
 * overwrites something it leaves alone.
 */
function liveDiffs(diffs: readonly ZoneDiff[], live: LiveSnapshot) {
  const drift = new Map<string, readonly Change[]>();
  const apply = new Map<string, readonly Change[]>();
  for (const d of diffs) {
    const lz = live.zones.find((z) => z.zone === d.name);
    if (!lz || lz.status === 'failed') continue;
    const asked = new Set([...lz.rrsets.map(rrsetKey), ...lz.absent.map(rrsetKey)]);
    if (d.before) drift.set(d.zone, diffDrift(d.before, lz.rrsets, asked));
    if (d.after) apply.set(d.zone, diffApply(lz.rrsets, d.after));
  }
  return { drift, apply };
}

/** Changed files scanned at most when a side does not load. */
const LEAK_SCAN_FILES = 1000;

/** Credentials in the files the change touches, as errors carrying only the masked value. */
async function secretsInChangedFiles(
  headTree: SourceTree,
  files: readonly string[],
  /** Files the load already refused (a link out of the repository): said once, not twice. */
  said: ReadonlySet<string>,
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const file of files.slice(0, LEAK_SCAN_FILES)) {
    // The same reader as secret-in-repo's: the same part of the same files, refused alike.
    const read = await readForScan(headTree, file);
    if (read.kind === 'refused') {
      if (!said.has(file))
        out.push({
          level: 'error',
          code: 'secret-in-repo',
          message: `this changed file could not be scanned for credentials: ${read.reason}`,
          location: { file },
        });
      continue;
    }
    if (read.kind !== 'text') continue;
    for (const found of findSecrets(read.text))
      out.push({
        level: 'error',
        code: 'secret-in-repo',
        message: `holds a ${found.kind} (${found.masked}): a credential committed to the repository; revoke and rotate it`,
        location: { file, line: found.line, column: found.column },
      });
  }
  return out;
}

/**
 * Runs the review. With variables, the values are masked in all it returns: a config (which a
 * pull request may change) can copy one into a TXT record, and the comment would publish it.
 */
export async function runReview(
  settings: ReviewSettings,
  hooks: ReviewHooks = {},
): Promise<ReviewResult> {
  const result = await review(settings, hooks);
  const values = [...(settings.vars ?? [])].map(([name, value]) => ({ name, value }));
  if (values.length === 0) return result;
  return result.ok
    ? { ...result, report: maskKnownValuesDeep(result.report, values) }
    : { ok: false, errors: maskKnownValuesDeep(result.errors, values) };
}

async function review(settings: ReviewSettings, hooks: ReviewHooks): Promise<ReviewResult> {
  const now = settings.now ?? new Date();
  let load: LoadOptions;
  let headTree: SourceTree;
  let baseTree: SourceTree | undefined;
  let baseRef: string | undefined;
  let git: GitRepository;
  try {
    const { root, inRepo, git: inGit } = await locate(settings.repo);
    // Reviewing a folder git does not hold would compare nothing, after reading all of it.
    if (!inGit)
      throw new SourceError(
        `${settings.repo} is not inside a git repository, and a review compares two git commits: run it in a clone (the Action: after actions/checkout), or name one with --repo`,
      );
    git = openRepository(root);
    load = inRepoOptions(inRepo, {
      paths: typeof settings.path === 'string' ? [settings.path] : settings.path,
      configFile: settings.configFile,
      credsFile: settings.credsFile,
      octodnsConfig: settings.octodnsConfig,
      octodnsCwd: settings.octodnsCwd,
      tfVarFiles: settings.tfVarFiles,
      vars: settings.vars,
      evalTimeoutMs: settings.evalTimeoutMs,
      evalMemoryBytes: settings.evalMemoryBytes,
      // One budget for the whole review: both sides, every format, zone and include.
      budget: new InputBudget(
        settings.maxRecords === undefined
          ? DEFAULT_INPUT_LIMITS
          : limitsForRecords(settings.maxRecords),
      ),
      // And one memo: the second side's load of a file shares what is equal with the first's.
      // An audit loads one side: nothing to share, and no DNSControl sandbox to start ahead.
      ...(settings.audit ? {} : { memo: new SideMemo() }),
    });
    headTree = await git.openTree(settings.head);
    if (settings.audit) {
      // Nothing changes: the base is the head, read once (see below).
      baseTree = headTree;
      baseRef = settings.head ?? headTree.label;
    } else {
      baseRef = settings.base ?? (await defaultBase(git, settings.head));
      baseTree = baseRef !== undefined ? await git.openTree(baseRef) : undefined;
    }
  } catch (e) {
    return { ok: false, errors: sourceError(e) };
  }
  // The paths the change touches, asked at most once (none in an audit: its base is its head).
  // A review asks now: git answers (a working tree's `git diff`) while the sides load, not
  // after (issue 15).
  let changed: Promise<string[]> | undefined;
  const changedFiles = (): Promise<string[]> => {
    if (settings.audit || !baseTree || baseRef === undefined) return Promise.resolve([]);
    changed ??= git.changedFiles(baseRef, settings.head).catch(() => []);
    return changed;
  };
  void changedFiles();
  // The rules scope pipeline files and history to one folder: the one holding every path.
  const path = commonFolder(load.paths);

  let planned: PlannedZones | undefined;
  if (settings.terraformPlan !== undefined && !settings.audit) {
    const plan = await readTerraformPlan(settings.terraformPlan);
    if (!plan.ok) return plan;
    planned = plan.value;
  }
  // An audit reads its one side once and uses it as both: it compares the zones with the world.
  const sides = settings.audit
    ? sameOnBothSides(await loadSides(headTree, undefined, settings.format, load, hooks.progress))
    : await loadSides(
        baseTree ? readingAhead(headTree, baseTree) : headTree,
        baseTree,
        settings.format,
        load,
        hooks.progress,
        planned,
      );
  if (!sides.ok) {
    // secret-in-repo cannot run without both sides; the changed files are still scanned, so a
    // credential in a line that does not load (`aws IN A <secret>`) is still reported, masked.
    const leaks =
      baseTree && baseRef !== undefined
        ? await secretsInChangedFiles(
            headTree,
            await changedFiles(),
            new Set(
              sides.errors.filter((e) => e.code === 'refused-link').map((e) => e.location.file),
            ),
          )
        : [];
    return { ok: false, errors: [...sides.errors, ...leaks] };
  }
  const { head, base } = sides.value;
  const shard = shardOf(head, base, settings.zones ?? []);
  if (!shard.ok) return shard;
  const inShard = shard.value;
  const warnings: string[] = (sides.warnings ?? []).map(
    (w) => `${w.location.file}${w.location.line ? `:${w.location.line}` : ''}: ${w.message}`,
  );

  const policy = await readPolicy(settings, baseTree, headTree, hooks);
  if (!policy.ok) return policy;

  // A shard (docs/sharding.md) reports on its zones only, but the rules see every zone and
  // every change: a finding one zone's change causes in another is the other's shard's, and
  // that shard must see the change to make it.
  const allDiffs = diffZoneSets(base, head);
  const diffs = inShard ? allDiffs.filter((d) => inShard.has(d.zone)) : allDiffs;
  let live: LiveSnapshot | undefined;
  let drift = new Map<string, readonly Change[]>();
  let apply = new Map<string, readonly Change[]>();
  // An audit asks about every zone of its shard; a review about the zones the change touches.
  const requests = !settings.live
    ? []
    : settings.audit
      ? liveRequests(undefined, inShard ? shardZones(head, inShard) : head)
      : liveRequests(touchedZones(diffs, base), touchedZones(diffs, head));
  // The registry is asked about the registrable domains of the zones the change touches (an
  // audit: of every zone), beside live DNS (both only wait on the network).
  const registryAsked = settings.registry
    ? registryRequests(
        diffs.filter((d) => settings.audit || d.status !== 'unchanged').map((d) => d.name),
      )
    : [];
  const registryPhase =
    settings.registry && registryAsked.length > 0
      ? (async () => {
          // Loaded only when asked, like the DNS client.
          const collect =
            hooks.collectRegistry ?? (await import('../live/registry-phase.js')).collectRegistry;
          return collect(registryAsked, settings.registry!);
        })()
      : undefined;
  if (requests.length > 0) {
    // Loaded only when asked: the DNS client is no part of an offline review's start-up.
    const collect = hooks.collectLive ?? (await import('../live/live-phase.js')).collectLive;
    const progress = hooks.progress;
    live = await collect(
      requests,
      progress
        ? {
            ...settings.liveOptions,
            onQueries: (queries) => progress({ kind: 'live', zones: requests.length, queries }),
          }
        : settings.liveOptions,
    );
    ({ drift, apply } = liveDiffs(diffs, live));
  }
  const registry = await registryPhase;

  const files = await changedFiles();
  hooks.progress?.({ kind: 'rules' });
  const rules = await runRules({
    path,
    base,
    head,
    diffs: allDiffs,
    drift,
    apply,
    live,
    ...(registry ? { registry } : {}),
    policy: policy.value,
    headTree,
    baseTree,
    changedFiles: files,
    history: baseTree && !settings.audit ? git.history() : undefined,
    baseRef,
    now,
  });
  git.close(); // nothing further reads the repository
  warnings.push(...rules.warnings);
  const report = buildReport({
    base:
      baseTree && !settings.audit
        ? {
            ref: baseRef ?? baseTree.label,
            ...(baseTree.commit ? { commit: baseTree.commit } : {}),
          }
        : null,
    head: {
      ref: settings.head ?? headTree.label,
      ...(headTree.commit ? { commit: headTree.commit } : {}),
    },
    diffs,
    drift,
    findings: inShard
      ? rules.findings.filter((f) => f.zone === undefined || inShard.has(f.zone))
      : rules.findings,
    live,
    ...(settings.live && !live
      ? {
          liveOffReason: settings.audit
            ? 'no zone to ask live DNS about'
            : 'no zone changed, so live DNS was not asked',
        }
      : {}),
    ...(settings.audit ? { audit: true } : {}),
    ...(registry ? { registry } : {}),
    ...(settings.registry && !registry
      ? {
          registryOffReason:
            'no zone with a registrable domain changed, so the registry was not asked',
        }
      : {}),
    rollback: buildRollback(diffs, live, registry),
    failOn: policy.value.failOn,
    warnings,
  });
  return { ok: true, report, policy: policy.value };
}
