/**
 * Runs `dnsconfig.js` where it can be stopped for certain: in a worker thread (sandbox-worker.ts,
 * evaluating in WebAssembly QuickJS, see sandbox-run.ts) that this side terminates at the
 * deadline, whatever the thread is doing: a loop QuickJS's interrupt handler checks too rarely
 * (one C call over a large array between checks), or a host bridge (a hash of a huge string).
 *
 * The memory cap holds for the whole evaluation, host side included:
 * - QuickJS's heap is capped at `memoryBytes`, and the WebAssembly memory it lives in cannot grow
 *   past `memoryBytes` + ENGINE_BYTES (QuickJS's own count misses large strings);
 * - the worker's JavaScript heap (the bridges, strings copied out of QuickJS, the result) is
 *   capped by `resourceLimits` at half the cap plus the files it was given; past it, Node ends
 *   the thread.
 * The thread gets no environment and no arguments, and what it prints is dropped.
 * Docs: docs/security.md, "The DNSControl sandbox".
 */
import { type InputLimits, scaledCap } from '../budget.js';
import type { EvaluationError, LimitHit, RunOutcome, SandboxRequest } from './sandbox-run.js';
import type { WorkerInput, WorkerMessage } from './sandbox-worker.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
/** The memory cap for the default budget; a raised one raises it (`sandboxMemoryBytes`). */
export const DEFAULT_MEMORY_BYTES = 256 * 1024 * 1024;

/**
 * The memory cap of one evaluation under the review's budget: 256 MiB for the default budget,
 * grown with a raised one (`--max-records`) by the same ratio as its input limit
 * (formats/budget.ts, `scaledCap`): a config that makes more records needs more memory to make
 * them. An `evalMemoryBytes` given to the loader (tests) wins over it.
 */
export function sandboxMemoryBytes(limits: InputLimits): number {
  return scaledCap(DEFAULT_MEMORY_BYTES, limits);
}

export interface SandboxLimits {
  readonly timeoutMs: number;
  readonly memoryBytes: number;
}

export type SandboxInput = Omit<SandboxRequest, 'memoryBytes'>;

export type SandboxOutcome =
  | {
      ok: true;
      json: string;
      /** `console.log` output of the config. */
      log: readonly string[];
      /** Repository-relative paths the evaluation read (the config and every required file). */
      filesRead: readonly string[];
      /** CLI_DEFAULTS variables without a value at the end (for messages about them). */
      unset?: readonly string[];
    }
  | { ok: false; error: EvaluationError; unset?: readonly string[] };

const MiB = 1024 * 1024;
/** The worker's own heap before any config runs: the engine's glue, the prelude, bookkeeping. */
const WORKER_BASE_BYTES = 32 * MiB;
const YOUNG_GENERATION_MB = 16;
/**
 * Starting the worker and loading the engine (before the deadline starts): well under a second,
 * and nothing in the config can make it longer. A bound only for a machine that is stuck.
 */
const START_LIMIT_MS = 30_000;
/**
 * After the deadline, the worker's own check usually answers first (it knows which file was
 * running); this long after it, the worker is terminated.
 */
const GRACE_MS = 250;

let workerUrl: URL | undefined;

/**
 * The worker starts from its bundled text as a `data:` module: the same from dist/ and tests.
 * The text (QuickJS inside, over a megabyte) is imported on the first evaluation only, so a run
 * that evaluates no dnsconfig.js never loads it (dist/ keeps it in a chunk of its own).
 */
async function sandboxWorkerUrl(): Promise<URL> {
  if (workerUrl) return workerUrl;
  const { default: WORKER_BUNDLE } = await import('./sandbox-worker-bundle.js');
  if (!WORKER_BUNDLE)
    throw new Error(
      'the DNSControl sandbox worker was not bundled (build with scripts/sandbox-worker-bundle.mjs)',
    );
  workerUrl ??= new URL(
    `data:text/javascript;base64,${Buffer.from(WORKER_BUNDLE).toString('base64')}`,
  );
  return workerUrl;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function formatBytes(n: number): string {
  return n % MiB === 0 ? `${n / MiB} MiB` : `${n} bytes`;
}

/** The heap the worker may use: half the cap for the config's host side, plus its inputs. */
function workerHeapMb(input: SandboxInput, memoryBytes: number): number {
  let chars = input.source.length;
  for (const [path, text] of input.files.texts) chars += path.length + text.length;
  for (const path of input.files.listing) chars += path.length;
  // A structured clone keeps a string's width: count two bytes a character, the wide case.
  return Math.ceil((WORKER_BASE_BYTES + memoryBytes / 2 + 2 * chars) / MiB);
}

/** The host's wording for a limit the evaluation hit. */
function limitMessage(limit: LimitHit, limits: SandboxLimits): string {
  switch (limit) {
    case 'deadline':
      return `evaluation exceeded ${formatSeconds(limits.timeoutMs)}`;
    case 'memory':
      return `evaluation exceeded the memory limit of ${formatBytes(limits.memoryBytes)}`;
    case 'stack':
      return 'evaluation exceeded the stack limit (recursion too deep)';
    case 'nesting':
      return 'evaluation exceeded the stack limit (nesting too deep)';
  }
}

function fromWorker(outcome: RunOutcome, limits: SandboxLimits): SandboxOutcome {
  const unset = outcome.unset?.length ? { unset: outcome.unset } : {};
  if (outcome.ok)
    return {
      ok: true,
      json: outcome.json,
      log: outcome.log,
      filesRead: outcome.filesRead,
      ...unset,
    };
  if (!outcome.limit) return { ok: false, error: outcome.error, ...unset };
  const { file, line, column } = outcome.error;
  const message = limitMessage(outcome.limit, limits);
  // An interrupted loop's position is imprecise: the file only.
  if (outcome.limit === 'deadline' || line === undefined)
    return { ok: false, error: { file, message } };
  return {
    ok: false,
    error: { file, line, ...(column === undefined ? {} : { column }), message },
  };
}

/** A limit the host saw (the deadline passed, the worker's heap ran out): the config file only. */
function stopped(file: string, limit: LimitHit, limits: SandboxLimits): SandboxOutcome {
  return { ok: false, error: { file, message: limitMessage(limit, limits) } };
}

/**
 * Evaluates the prelude and then the config in a new worker, under the deadline and the memory
 * cap; returns the raw configuration as JSON text, or a located error.
 */
export async function runInSandbox(
  input: SandboxInput,
  limits: SandboxLimits,
): Promise<SandboxOutcome> {
  const url = await sandboxWorkerUrl();
  // Node's worker module too is loaded by the first evaluation only (it costs a start-up ~8 ms).
  const { Worker } = await import('node:worker_threads');
  const file = input.file;
  const workerData: WorkerInput = {
    request: { ...input, memoryBytes: limits.memoryBytes },
    timeoutMs: limits.timeoutMs,
  };
  const worker = new Worker(url, {
    workerData,
    name: 'zoneguard-dnscontrol-sandbox',
    env: {},
    argv: [],
    execArgv: [],
    stdout: true,
    stderr: true,
    resourceLimits: {
      maxOldGenerationSizeMb: workerHeapMb(input, limits.memoryBytes),
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    },
  });
  worker.stdout.resume();
  worker.stderr.resume();
  return new Promise((resolve) => {
    let settled = false;
    let timer = setTimeout(
      () => finish({ ok: false, error: { file, message: 'the sandbox did not start' } }),
      START_LIMIT_MS,
    );
    const finish = (outcome: SandboxOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      // The thread's teardown (its heap, the engine's memory) finishes on its own, meanwhile.
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') {
        clearTimeout(timer);
        timer = setTimeout(
          () => finish(stopped(file, 'deadline', limits)),
          limits.timeoutMs + GRACE_MS,
        );
      } else finish(fromWorker(message.outcome, limits));
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(stopped(file, 'memory', limits));
      else
        finish({
          ok: false,
          error: { file, message: `the sandbox failed: ${e.message.slice(0, 200)}` },
        });
    });
    worker.on('exit', (code) =>
      finish({ ok: false, error: { file, message: `the sandbox stopped (exit code ${code})` } }),
    );
  });
}
