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
import type {
  CompiledEngine,
  EvaluationError,
  LimitHit,
  RunOutcome,
  SandboxRequest,
} from './sandbox-run.js';
import type { WorkerInput, WorkerMessage, WorkerRequest } from './sandbox-worker.js';

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

/** Node's WebAssembly global, typed here as far as it is used (the project's libs have no DOM). */
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<CompiledEngine> };

/** What every sandbox starts from: the worker's text as a URL, and the engine compiled. */
interface WorkerParts {
  readonly url: URL;
  readonly engine: CompiledEngine;
}

let workerParts: Promise<WorkerParts> | undefined;

/**
 * The worker starts from its bundled text as a `data:` module (the same from dist/ and tests),
 * and instantiates QuickJS from the WebAssembly compiled here once (off the main thread), not
 * from half a megabyte of its own text: a worker's start-up then parses a text a seventh of
 * the size, and a review's two sandboxes share one compilation (issue 15). Both are loaded on
 * the first evaluation only, so a run that evaluates no dnsconfig.js never loads them (dist/
 * keeps each in a chunk of its own).
 */
function sandboxWorkerParts(): Promise<WorkerParts> {
  workerParts ??= loadWorkerParts().catch((e: unknown) => {
    workerParts = undefined; // a later evaluation tries again, and says why again
    throw e;
  });
  return workerParts;
}

async function loadWorkerParts(): Promise<WorkerParts> {
  const [{ default: WORKER_BUNDLE }, { quickjsWasm }] = await Promise.all([
    import('./sandbox-worker-bundle.js'),
    import('./quickjs-wasm.js'),
  ]);
  if (!WORKER_BUNDLE)
    throw new Error(
      'the DNSControl sandbox worker was not bundled (build with scripts/sandbox-worker-bundle.mjs)',
    );
  const engine = await WebAssembly.compile((await quickjsWasm()).engine);
  const url = new URL(
    `data:text/javascript;base64,${Buffer.from(WORKER_BUNDLE).toString('base64')}`,
  );
  return { url, engine };
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
 * One sandbox worker and the one evaluation it runs. It starts booting when made (the thread,
 * the bundle, the engine's instance: 40–80 ms here, much of a small config's evaluation);
 * its limits are fixed then: the engine's memory cap and the worker's heap.
 */
export class Sandbox {
  private readonly worker: import('node:worker_threads').Worker;
  private ready = false;
  private done: RunOutcome | undefined;
  private failure: (Error & { code?: string }) | number | undefined;
  /** The evaluation waiting for the worker's next event. */
  private wake: (() => void) | undefined;
  private idle: NodeJS.Timeout | undefined;
  /** The running evaluation's bound: the start-up's, then the deadline's. */
  private timer: NodeJS.Timeout | undefined;
  /** Whether the evaluation keeps Node alive (`run`). */
  private held = true;

  private constructor(
    Worker: typeof import('node:worker_threads').Worker,
    parts: WorkerParts,
    readonly memoryBytes: number,
    readonly heapMb: number,
  ) {
    const workerData: WorkerInput = { memoryBytes, engine: parts.engine };
    this.worker = new Worker(parts.url, {
      workerData,
      name: 'zoneguard-dnscontrol-sandbox',
      env: {},
      argv: [],
      execArgv: [],
      stdout: true,
      stderr: true,
      resourceLimits: {
        maxOldGenerationSizeMb: heapMb,
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      },
    });
    this.worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') this.ready = true;
      else this.done ??= message.outcome;
      this.wake?.();
    });
    this.worker.on('error', (e: Error & { code?: string }) => {
      this.failure ??= e;
      this.wake?.();
    });
    this.worker.on('exit', (code) => {
      this.failure ??= code;
      this.wake?.();
    });
  }

  /** A sandbox for an evaluation of `input` under `memoryBytes`, booting from now. */
  static async start(input: SandboxInput, memoryBytes: number): Promise<Sandbox> {
    const parts = await sandboxWorkerParts();
    // Node's worker module too is loaded by the first evaluation only (it costs a start-up ~8 ms).
    const { Worker } = await import('node:worker_threads');
    return new Sandbox(Worker, parts, memoryBytes, workerHeapMb(input, memoryBytes));
  }

  /**
   * Whether this sandbox's limits are the ones an evaluation of `input` under `memoryBytes`
   * gets: a sandbox started ahead serves only such an evaluation, so no cap is looser than a
   * new sandbox's would be.
   */
  fits(input: SandboxInput, memoryBytes: number): boolean {
    return (
      this.memoryBytes === memoryBytes &&
      this.heapMb === workerHeapMb(input, memoryBytes) &&
      this.wake === undefined &&
      this.done === undefined &&
      this.failure === undefined
    );
  }

  /**
   * Kept aside for a later evaluation: the thread does not keep Node alive meanwhile, and ends
   * after `ms` if no evaluation came.
   */
  aside(ms: number): void {
    this.worker.unref();
    this.idle = setTimeout(() => this.close(), ms);
    this.idle.unref();
  }

  close(): void {
    if (this.idle) clearTimeout(this.idle);
    void this.worker.terminate();
  }

  /** The evaluation keeps Node alive from now: its side asked for it. */
  hold(): void {
    this.held = true;
    this.worker.ref();
    this.timer?.ref();
    // What the thread prints is dropped. Read from here, not from the start: a stream that
    // flows keeps Node alive, and a sandbox kept aside must not.
    this.worker.stdout.resume();
    this.worker.stderr.resume();
  }

  /** Sets the running evaluation's bound, in place of the one before. */
  private bound(stop: () => void, ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(stop, ms);
    if (!this.held) this.timer.unref();
  }

  /**
   * Evaluates the prelude and then the config, under the deadline (from when the request is
   * sent, once the engine is loaded) and the memory cap; the raw configuration as JSON text, or
   * a located error. Once: the worker ends with it. An evaluation not `held` (one started for a
   * side that may never ask for it, evaluation-memo.ts) does not keep Node alive until `hold()`:
   * a process that ends meanwhile ends it.
   */
  run(input: SandboxInput, limits: SandboxLimits, held = true): Promise<SandboxOutcome> {
    if (this.idle) clearTimeout(this.idle);
    if (held) this.hold();
    else {
      this.held = false;
      this.worker.unref();
    }
    const file = input.file;
    const request: WorkerRequest = {
      request: { ...input, memoryBytes: this.memoryBytes },
      timeoutMs: limits.timeoutMs,
    };
    return new Promise((resolve) => {
      let settled = false;
      let sent = false;
      this.bound(
        () => finish({ ok: false, error: { file, message: 'the sandbox did not start' } }),
        START_LIMIT_MS,
      );
      const finish = (outcome: SandboxOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(this.timer);
        this.wake = undefined;
        resolve(outcome);
        // The thread's teardown (its heap, the engine's memory) finishes on its own, meanwhile.
        this.close();
      };
      const step = () => {
        if (this.done) return finish(fromWorker(this.done, limits));
        const failure = this.failure;
        if (typeof failure === 'number')
          return finish({
            ok: false,
            error: { file, message: `the sandbox stopped (exit code ${failure})` },
          });
        if (failure) {
          if (failure.code === 'ERR_WORKER_OUT_OF_MEMORY')
            return finish(stopped(file, 'memory', limits));
          return finish({
            ok: false,
            error: { file, message: `the sandbox failed: ${failure.message.slice(0, 200)}` },
          });
        }
        if (this.ready && !sent) {
          sent = true;
          this.worker.postMessage(request);
          this.bound(() => finish(stopped(file, 'deadline', limits)), limits.timeoutMs + GRACE_MS);
        }
      };
      this.wake = step;
      step();
    });
  }
}

/** Evaluates `input` in a new sandbox (a load outside a review: nothing was started ahead). */
export async function runInSandbox(
  input: SandboxInput,
  limits: SandboxLimits,
): Promise<SandboxOutcome> {
  return (await Sandbox.start(input, limits.memoryBytes)).run(input, limits);
}

/** `ahead` when it was started for `input` and fits it, else a new one (`ahead` is closed). */
async function sandboxFor(
  input: SandboxInput,
  limits: SandboxLimits,
  ahead: Sandbox | undefined,
): Promise<Sandbox> {
  if (ahead?.fits(input, limits.memoryBytes)) return ahead;
  ahead?.close();
  return Sandbox.start(input, limits.memoryBytes);
}

/**
 * An evaluation under way that does not keep Node alive until its side asks for it: `hold()`
 * when the side takes it, `release()` when the side has no use for it (its worker ends).
 */
export interface PendingEvaluation {
  readonly outcome: Promise<SandboxOutcome>;
  hold(): void;
  release(): void;
}

/** How long a sandbox started ahead waits for its evaluation before it ends. */
const AHEAD_IDLE_MS = 120_000;

/**
 * The sandbox a review starts ahead: its first evaluation (the head's `dnsconfig.js`) starts a
 * second sandbox beside its own, and the next evaluation (the base's) finds that one booted
 * instead of waiting for a new one to boot (issue 15). One per review, in its side
 * memo. The one started ahead serves only an evaluation with the same limits (`Sandbox.fits`),
 * runs the same isolated evaluation a new one would, and ends unused after AHEAD_IDLE_MS.
 * The review's evaluations run through it one at a time, in the order asked, so the base's
 * evaluation started as soon as the head's has run (evaluation-memo.ts) never runs beside
 * another: each has its deadline and its caps to itself, as in a review that waited.
 */
export class SandboxAhead {
  private ahead: Promise<Sandbox | undefined> | undefined;
  private first = true;
  /** The review's evaluations run one at a time, in the order asked: this is the last one. */
  private queue: Promise<unknown> = Promise.resolve();

  run(input: SandboxInput, limits: SandboxLimits): Promise<SandboxOutcome> {
    return this.inTurn(async () => (await this.sandbox(input, limits)).run(input, limits));
  }

  /**
   * An evaluation started now for a side that may not ask for it (evaluation-memo.ts): in turn
   * like any other, but not keeping Node alive until held, and ended when released.
   */
  start(input: SandboxInput, limits: SandboxLimits): PendingEvaluation {
    let sandbox: Sandbox | undefined;
    let released = false;
    let held = false;
    const notNeeded: SandboxOutcome = {
      ok: false,
      error: { file: input.file, message: 'not needed' },
    };
    const outcome = this.inTurn(async (): Promise<SandboxOutcome> => {
      if (released) return notNeeded;
      sandbox = await this.sandbox(input, limits);
      if (!released) return sandbox.run(input, limits, held);
      sandbox.close();
      return notNeeded;
    });
    return {
      outcome,
      hold: () => {
        held = true;
        sandbox?.hold();
      },
      release: () => {
        released = true;
        sandbox?.close();
      },
    };
  }

  /**
   * Runs `task` once the evaluations asked before have ended. Its failure is handled here for
   * the queue, so an evaluation started ahead that no side takes leaves none unhandled; whoever
   * awaits it still gets it.
   */
  private inTurn<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async sandbox(input: SandboxInput, limits: SandboxLimits): Promise<Sandbox> {
    const ahead = this.ahead;
    this.ahead = undefined;
    if (!this.first) return sandboxFor(input, limits, await ahead);
    this.first = false;
    const own = Sandbox.start(input, limits.memoryBytes);
    // Started once this evaluation's own is under way; kept aside until asked. A sandbox that
    // cannot start here is no sandbox: the next evaluation starts a new one, as always.
    this.ahead = own
      .then(() => Sandbox.start(input, limits.memoryBytes))
      .then((sandbox) => {
        sandbox.aside(AHEAD_IDLE_MS);
        return sandbox;
      })
      .catch(() => undefined);
    return own;
  }
}
