/**
 * `dnsconfig.js` → DNSControl IR: preload the files `require` may need from the SourceTree (the
 * sandbox cannot wait for I/O), run the config in the sandbox (a worker thread running QuickJS,
 * see sandbox.ts), then normalise the result as DNSControl's Go side would.
 *
 * Variables (`--var`) may be secrets: every message and log line that leaves here has their
 * values masked (secrets/known-values.ts). The IR keeps them: it is the config's own result, and
 * whoever prints it masks it.
 */
import { posix } from 'node:path';
import { type Diagnostic, fail, ok, type Result } from '../../model/location.js';
import { type KnownValue, maskKnownValues } from '../../secrets/known-values.js';
import { SourceError, type SourceTree } from '../../sources/types.js';
import type { Memo } from '../side-memo.js';
import {
  keepEvaluation,
  type Remembered,
  sameInput,
  takeSameEvaluation,
} from './evaluation-memo.js';
import { type BridgeFiles, holdsCredentials } from './host-bridge.js';
import type { DnscontrolIR } from './ir.js';
import { normalizeConfig } from './normalize.js';
import {
  DEFAULT_MEMORY_BYTES,
  DEFAULT_TIMEOUT_MS,
  runInSandbox,
  type SandboxAhead,
  type SandboxInput,
  type SandboxLimits,
} from './sandbox.js';
import { explainVariables } from './variables.js';

export interface EvaluateOptions {
  readonly evalTimeoutMs?: number;
  readonly evalMemoryBytes?: number;
  /**
   * Folder (repository-relative) that `require("x")` without a leading `.` is relative to:
   * DNSControl's working folder. Defaults to the folder of `dnsconfig.js`.
   */
  readonly baseDir?: string;
  /**
   * DNSControl's variables (`dnscontrol -v NAME=VALUE`): set as global strings before the
   * config runs. Values may be secrets, and never appear in a message or log line from here.
   */
  readonly vars?: ReadonlyMap<string, string>;
  /** The review's sandbox started ahead (sandbox.ts): without it, a new sandbox each time. */
  readonly ahead?: SandboxAhead;
  /**
   * The review's side memo: the second side's evaluation of a config given exactly what the
   * first side's was given is the first's (evaluation-memo.ts).
   */
  readonly memo?: Memo;
  /**
   * The other side's tree, when this is the first side of a review (its tree reads ahead of the
   * other's, SourceTree.readsAheadOf): its evaluation starts once this one has run.
   */
  readonly next?: SourceTree;
}

/** The variables as values to mask. */
export function knownValues(vars: ReadonlyMap<string, string> | undefined): KnownValue[] {
  return [...(vars ?? [])].map(([name, value]) => ({ name, value }));
}

/** A diagnostic with the variables' values masked in its message. */
export function maskDiagnostic(d: Diagnostic, values: readonly KnownValue[]): Diagnostic {
  return values.length ? { ...d, message: maskKnownValues(d.message, values) } : d;
}

export interface DnscontrolEvaluation {
  readonly ir: DnscontrolIR;
  /** `console.log` output of the config. */
  readonly log: readonly string[];
  /** Repository-relative paths the evaluation read (the config and every required file). */
  readonly files: readonly string[];
}

const LOADABLE = /\.(js|json|json5)$/i;
const SKIP_DIRS = /(^|\/)(node_modules|\.git)\//;
const MAX_PRELOAD_FILES = 5000;
const MAX_PRELOAD_BYTES = 64 * 1024 * 1024;

/**
 * Reads every `.js`/`.json`/`.json5` file of the repository that `require` could load, except
 * credentials: a file that is, or links to, a creds.json is never read (its target is noted, so
 * the bridge can name it).
 */
async function preload(tree: SourceTree, mainFile: string, mainText: string): Promise<BridgeFiles> {
  const listing = await tree.listFiles();
  const texts = new Map<string, string>([[mainFile, mainText]]);
  const targets = new Map<string, string>();
  const wanted = listing
    .filter((f) => LOADABLE.test(f) && !SKIP_DIRS.test(f) && f !== mainFile)
    .slice(0, MAX_PRELOAD_FILES);
  let bytes = mainText.length;
  const readLoadable = async (f: string): Promise<string | undefined> => {
    const reached = tree.resolvePath ? await tree.resolvePath(f) : f;
    if (reached === undefined) return undefined;
    if (reached !== f) targets.set(f, reached);
    return holdsCredentials(f) || holdsCredentials(reached) ? undefined : await tree.readText(f);
  };
  for (let i = 0; i < wanted.length && bytes < MAX_PRELOAD_BYTES; i += 32) {
    const batch = wanted.slice(i, i + 32);
    const read = await Promise.all(
      batch.map(async (f) => {
        try {
          return await readLoadable(f);
        } catch (e) {
          if (e instanceof SourceError) return undefined; // e.g. a symlink out of the repo
          throw e;
        }
      }),
    );
    batch.forEach((f, k) => {
      const text = read[k];
      if (text !== undefined && bytes + text.length <= MAX_PRELOAD_BYTES) {
        texts.set(f, text);
        bytes += text.length;
      }
    });
  }
  return { texts, listing, targets };
}

/** What the sandbox is given for `file` of `tree`: the config and what it may load. */
async function sandboxInput(
  tree: SourceTree,
  file: string,
  opts: EvaluateOptions,
): Promise<Result<SandboxInput>> {
  let source: string | undefined;
  try {
    source = await tree.readText(file);
  } catch (e) {
    if (e instanceof SourceError)
      return fail({ level: 'error', message: e.message, location: { file } });
    throw e;
  }
  if (source === undefined)
    return fail({ level: 'error', message: 'file not found', location: { file } });
  const files = await preload(tree, file, source);
  const baseDir = opts.baseDir ?? posix.dirname(file).replace(/^\.$/, '');
  return ok({ source, file, files, baseDir, ...(opts.vars?.size ? { vars: [...opts.vars] } : {}) });
}

/**
 * The other side's evaluation, started as soon as this side's has run (evaluation-memo.ts):
 * `own` when the other side's input is the same, nothing when it could not be read (its own
 * load then says why).
 */
async function evaluateAhead(
  next: Promise<Result<SandboxInput> | undefined>,
  ahead: SandboxAhead,
  limits: SandboxLimits,
  own: Remembered | undefined,
): Promise<Remembered | undefined> {
  const input = await next;
  if (!input?.ok) return undefined;
  if (own && sameInput(own.input, input.value)) return own;
  return { input: input.value, limits, evaluation: ahead.start(input.value, limits) };
}

/** Evaluates `file` (repository-relative) and returns DNSControl's IR, with log and files read. */
export async function evaluateDnsconfigFull(
  tree: SourceTree,
  file: string,
  opts: EvaluateOptions = {},
): Promise<Result<DnscontrolEvaluation>> {
  const prepared = await sandboxInput(tree, file, opts);
  if (!prepared.ok) return prepared;
  const input = prepared.value;
  const { files } = input;
  const masked = knownValues(opts.vars);
  const limits = {
    timeoutMs: opts.evalTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    memoryBytes: opts.evalMemoryBytes ?? DEFAULT_MEMORY_BYTES,
  };
  const same = await takeSameEvaluation(opts.memo, input, limits);
  // The other side's input is read while this side's config runs (its files mostly come from
  // the reads this side's asked for ahead, SourceTree.readsAheadOf).
  const { next, ahead } = opts;
  const nextInput =
    !same.found && next && ahead
      ? sandboxInput(next, file, opts).catch(() => undefined)
      : undefined;
  const outcome = await (same.outcome ??
    (ahead ? ahead.run(input, limits) : runInSandbox(input, limits)));
  // The first side leaves its evaluation, or starts the second side's; a second side that found
  // the first's leaves nothing.
  const startsNext = nextInput !== undefined && ahead !== undefined && outcome.ok;
  if (!same.found)
    keepEvaluation(
      opts.memo,
      { input, limits, outcome },
      startsNext ? (own) => evaluateAhead(nextInput, ahead, limits, own) : undefined,
    );
  // The other side's request is sent before this side's result is normalised, not after: its
  // way to the worker is promise callbacks only, done before the next turn of the event loop.
  if (startsNext) await new Promise<void>((resolve) => setImmediate(resolve));
  if (!outcome.ok) {
    const { message, ...location } = outcome.error;
    const d: Diagnostic = { level: 'error', message, location, code: 'dnscontrol/evaluation' };
    return fail(maskDiagnostic(explainVariables(d, outcome.unset ?? [], files.texts), masked));
  }
  const normalized = normalizeConfig(outcome.json, file);
  if (!normalized.ir)
    return {
      ok: false,
      errors: normalized.errors.map((e) =>
        maskDiagnostic(explainVariables(e, outcome.unset ?? [], files.texts), masked),
      ),
    };
  return ok(
    {
      ir: normalized.ir,
      log: outcome.log.map((line) => maskKnownValues(line, masked)),
      files: outcome.filesRead,
    },
    normalized.warnings.map((w) => maskDiagnostic(w, masked)),
  );
}

/** Evaluates `file` in the sandbox and returns DNSControl's IR (what `print-ir` prints). */
export async function evaluateDnsconfig(
  tree: SourceTree,
  file: string,
  opts: EvaluateOptions = {},
): Promise<Result<DnscontrolIR>> {
  const r = await evaluateDnsconfigFull(tree, file, opts);
  if (!r.ok) return r;
  return r.warnings
    ? { ok: true, value: r.value.ir, warnings: r.warnings }
    : { ok: true, value: r.value.ir };
}
