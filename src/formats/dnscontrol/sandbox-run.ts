/**
 * The evaluation itself, run inside the sandbox worker (sandbox-worker.ts; sandbox.ts starts it
 * and holds the limits from outside). `dnsconfig.js` runs in a WebAssembly QuickJS runtime:
 * Node's `vm` is not a security boundary, a WASM interpreter is. The config sees only the globals
 * the prelude defines and the four host bridges, never the process, the environment, timers or
 * the network. Inside, QuickJS's own memory cap, stack cap and interrupt handler turn ordinary
 * loops, allocation and recursion into a clear error with a position; the worker's limits catch
 * what slips past them (see sandbox.ts).
 */
import * as quickjs from '@jitl/quickjs-wasmfile-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSSyncVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { BridgeError, type BridgeFiles, createHostBridge, type HostBridge } from './host-bridge.js';
import { PRELUDE, PRELUDE_FILE } from './prelude.js';

/**
 * The engine's variant (release build, synchronous). The package's types describe its CommonJS
 * build, where this is `exports.default`; what runs is its ES module, whose default export it is.
 */
const variant = quickjs.default as unknown as QuickJSSyncVariant;

/** QuickJS's own stack budget; deeper recursion ends as "stack overflow" inside the sandbox. */
const MAX_STACK_BYTES = 256 * 1024;
const WASM_PAGE_BYTES = 64 * 1024;
/**
 * WebAssembly memory beyond the QuickJS heap cap: the engine's static data, its C stack and the
 * allocator's slack (16 MiB is also what the engine starts with). QuickJS's count of its heap
 * misses some allocations (large strings), so this hard ceiling on the linear memory is what
 * really holds the cap: past it, every allocation fails and QuickJS says "out of memory".
 */
export const ENGINE_BYTES = 16 * 1024 * 1024;

/** Longest path `require` and `glob` take, and longest value `HASH` takes, in characters. */
const MAX_PATH_CHARS = 4096;
const MAX_HASH_CHARS = 1024 * 1024;
/** Characters of a `console.log` line copied out; the bridge cuts the line at 10,000. */
const MAX_LOG_CHARS = 10_001;

/** Node's WebAssembly global, typed here as far as it is used (the project's libs have no DOM). */
declare const WebAssembly: {
  Memory: new (descriptor: { initial: number; maximum: number }) => object;
};

/** QuickJS's WebAssembly, compiled (a `WebAssembly.Module`: a thread can be handed one). */
export type CompiledEngine = object & { readonly __compiledEngine?: never };

/** What the worker is given: the config, the files `require` and `glob` may see, the cap. */
export interface SandboxRequest {
  readonly source: string;
  /** Repository-relative path of the config. */
  readonly file: string;
  readonly files: BridgeFiles;
  /** Folder a bare `require("x")` is relative to (see evaluate.ts). */
  readonly baseDir: string;
  readonly memoryBytes: number;
  /**
   * DNSControl's variables (`dnscontrol -v NAME=VALUE`; ours `--var`, the Action's `vars`): set
   * as global strings before the prelude runs, as DNSControl sets them before its helpers.
   */
  readonly vars?: readonly (readonly [string, string])[];
}

/** Where an evaluation error points: a file of the config and, when known, line and column. */
export interface EvaluationError {
  readonly message: string;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** Which limit stopped the evaluation: the host words the message (it knows the limits). */
export type LimitHit = 'deadline' | 'memory' | 'stack' | 'nesting';

export type RunOutcome =
  | {
      readonly ok: true;
      /** The raw configuration as JSON text. */
      readonly json: string;
      /** `console.log` output of the config. */
      readonly log: readonly string[];
      /** Repository-relative paths the evaluation read (the config and every required file). */
      readonly filesRead: readonly string[];
      /** CLI_DEFAULTS variables that hold null or undefined at the end (see variables.ts). */
      readonly unset?: readonly string[];
    }
  | {
      readonly ok: false;
      readonly error: EvaluationError;
      readonly limit?: LimitHit;
      /** CLI_DEFAULTS variables that held null or undefined when the error happened. */
      readonly unset?: readonly string[];
    };

/**
 * A fresh engine whose linear memory can never grow past the cap and the engine's own part,
 * instantiated from `engine`: QuickJS's WebAssembly as the host compiled it (sandbox.ts). The
 * variant then never reads its `.wasm` file: the worker reads no file at all.
 */
export function loadEngine(
  memoryBytes: number,
  engine: CompiledEngine,
): Promise<QuickJSWASMModule> {
  const initial = ENGINE_BYTES / WASM_PAGE_BYTES;
  const maximum = Math.ceil((memoryBytes + ENGINE_BYTES) / WASM_PAGE_BYTES);
  const wasmMemory = new WebAssembly.Memory({ initial, maximum });
  return newQuickJSWASMModuleFromVariant(newVariant(variant, { wasmMemory, wasmModule: engine }));
}

/** How much of an error's `stack` is read: it is the config's to forge, so it is capped. */
const MAX_STACK_CHARS = 16 * 1024;
const MAX_FRAMES = 64;
const DIGITS = /^\d{1,9}$/;

/**
 * The first stack frame in a file the evaluation ran (the config or a file it required): where
 * in the config the error happened. The stack is the config's own text (`e.stack = …`), so it is
 * read capped and in one pass, with no backtracking regex, and a frame naming any other file
 * (the prelude, `native`, or a forged `/etc/passwd:1:1`) is skipped.
 */
export function locateInStack(
  stack: string | undefined,
  evaluated: ReadonlySet<string>,
  fallbackFile: string,
): Omit<EvaluationError, 'message'> {
  const text = (stack ?? '').slice(0, MAX_STACK_CHARS);
  let start = 0;
  for (let n = 0; n < MAX_FRAMES && start < text.length; n++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const frame = parseFrame(text.slice(start, end));
    if (frame && evaluated.has(frame.file)) return frame;
    start = end + 1;
  }
  return { file: fallbackFile };
}

/** `at NAME (FILE:LINE:COL)` or `at FILE:LINE[:COL]`, read from both ends. */
function parseFrame(line: string): Omit<EvaluationError, 'message'> | undefined {
  let s = line.trim();
  if (!s.startsWith('at ')) return undefined;
  s = s.slice(3);
  const open = s.indexOf(' (');
  if (s.endsWith(')') && open >= 0) s = s.slice(open + 2, -1);
  const last = s.lastIndexOf(':');
  if (last < 0 || !DIGITS.test(s.slice(last + 1))) return undefined;
  const before = s.lastIndexOf(':', last - 1);
  if (before >= 0 && DIGITS.test(s.slice(before + 1, last)))
    return {
      file: s.slice(0, before),
      line: Number(s.slice(before + 1, last)),
      column: Number(s.slice(last + 1)),
    };
  return { file: s.slice(0, last), line: Number(s.slice(last + 1)) };
}

const MAX_MESSAGE = 500;

function clip(s: string): string {
  return s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE)}…` : s;
}

/**
 * Evaluates the prelude and then the config, until `deadline` (epoch milliseconds). The engine
 * is used once: the worker that holds it ends after this call.
 */
export function runRequest(
  engine: QuickJSWASMModule,
  request: SandboxRequest,
  deadline: number,
): RunOutcome {
  const { source, file } = request;
  const bridge = createHostBridge(request.files, file, request.baseDir);
  const runtime = engine.newRuntime();
  runtime.setMemoryLimit(request.memoryBytes);
  runtime.setMaxStackSize(MAX_STACK_BYTES);
  const clock = { timedOut: false };
  const expired = () => {
    if (Date.now() > deadline) clock.timedOut = true;
    return clock.timedOut;
  };
  runtime.setInterruptHandler(expired);
  const vm = runtime.newContext();
  const text = stringReader(vm);
  let serialise: QuickJSHandle | undefined;
  const explain = (handle: QuickJSHandle): RunOutcome => {
    const failure = describeError(text, handle, file, bridge.filesRead);
    handle.dispose();
    // QuickJS reports an interrupted loop at an imprecise position: name the file only.
    if (clock.timedOut) return fail({ file: failure.file, message: '' }, 'deadline');
    if (/^InternalError: out of memory/.test(failure.message)) return fail(failure, 'memory');
    if (/stack overflow/.test(failure.message)) return fail(failure, 'stack');
    const unset = serialise ? unsetVariables(text, serialise) : [];
    return { ...fail(failure), ...(unset.length ? { unset } : {}) };
  };
  try {
    // Variables first, as DNSControl sets them before its helpers: a name the prelude defines
    // (A, D, …) is then replaced by the helper, and one that is JavaScript's own (JSON, Math)
    // is refused, since replacing it would break the language under the config.
    for (const [name, value] of request.vars ?? []) {
      const existing = vm.getProp(vm.global, name);
      const builtIn = vm.typeof(existing) !== 'undefined';
      existing.dispose();
      if (builtIn)
        return fail({
          file,
          message: `the variable ${name} (--var, the Action's vars) would replace JavaScript's own ${name}, which the configuration language needs: choose another name`,
        });
      const h = vm.newString(value);
      vm.setProp(vm.global, name, h);
      h.dispose();
    }
    installHost(vm, text, bridge, expired);
    const prelude = vm.evalCode(PRELUDE, PRELUDE_FILE);
    if (prelude.error) return explain(prelude.error);
    serialise = prelude.value;
    const run = vm.evalCode(source, file);
    if (run.error) return explain(run.error);
    run.value.dispose();
    const out = vm.callFunction(prelude.value, vm.undefined);
    if (out.error) return explain(out.error);
    // The result is copied out whole: at most a quarter of the cap, so the host's copy (and the
    // next stage's parse of it) stays in proportion to the cap.
    const length = text.length(out.value);
    if (length === undefined)
      return fail({ file, message: 'the configuration could not be serialised' });
    if (length > request.memoryBytes / 4) return fail({ file, message: '' }, 'memory');
    const json = vm.getString(out.value);
    const unset = unsetVariables(text, prelude.value);
    return {
      ok: true,
      json,
      log: bridge.logLines,
      filesRead: [...bridge.filesRead],
      ...(unset.length ? { unset } : {}),
    };
  } catch (e) {
    // Recursion inside QuickJS's C code (e.g. JSON of a deeply nested object) can exhaust the
    // thread's stack before QuickJS's own check. The engine may be inconsistent now; it is
    // never used again (the worker ends), so nothing is disposed.
    if (e instanceof RangeError) return fail({ file, message: '' }, 'nesting');
    throw e;
  }
}

function fail(error: EvaluationError, limit?: LimitHit): RunOutcome {
  const clipped = { ...error, message: clip(error.message) };
  return limit ? { ok: false, error: clipped, limit } : { ok: false, error: clipped };
}

/** The CLI_DEFAULTS variables that hold null or undefined (the prelude keeps the list). */
function unsetVariables(text: StringReader, serialise: QuickJSHandle): string[] {
  const { vm } = text;
  const fn = vm.getProp(serialise, 'unset');
  try {
    if (vm.typeof(fn) !== 'function') return [];
    const out = vm.callFunction(fn, vm.undefined);
    if (out.error) {
      out.error.dispose();
      return [];
    }
    const json = text.head(out.value, 64 * 1024);
    out.value.dispose();
    const names: unknown = json === undefined ? [] : JSON.parse(json);
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
  } catch {
    return [];
  } finally {
    fn.dispose();
  }
}

function describeError(
  text: StringReader,
  handle: QuickJSHandle,
  file: string,
  evaluated: ReadonlySet<string>,
): EvaluationError {
  const { vm } = text;
  if (vm.typeof(handle) === 'object') {
    const name = readString(text, handle, 'name', 100);
    const message = readString(text, handle, 'message', MAX_MESSAGE + 1);
    const stack = readString(text, handle, 'stack', MAX_STACK_CHARS);
    const where = locateInStack(stack, evaluated, file);
    if (name === 'PANIC') return { ...where, message: `PANIC: ${message ?? ''}` };
    if (message !== undefined) {
      const prefix = name && name !== 'Error' ? `${name}: ` : '';
      return { ...where, message: `${prefix}${message}` };
    }
  }
  // A thrown string or other value (DNSControl's own helpers throw strings too).
  const thrown = text.head(handle, MAX_MESSAGE + 1);
  return { file, message: thrown ?? `uncaught ${vm.typeof(handle)}` };
}

function readString(
  text: StringReader,
  handle: QuickJSHandle,
  key: string,
  max: number,
): string | undefined {
  const v = text.vm.getProp(handle, key);
  try {
    return text.head(v, max);
  } finally {
    v.dispose();
  }
}

/**
 * Strings out of QuickJS, never more of one than asked for: a config's string can be as large as
 * the memory cap, and a host copy of it is memory outside QuickJS (large strings even escape the
 * worker's heap limit). A string's `length` cannot be forged, and `slice` is the engine's own,
 * taken before any config code ran.
 */
interface StringReader {
  readonly vm: QuickJSContext;
  /** The length of a string, or undefined for any other value. */
  length(h: QuickJSHandle): number | undefined;
  /** At most the first `max` characters of a string, or undefined for any other value. */
  head(h: QuickJSHandle, max: number): string | undefined;
}

function stringReader(vm: QuickJSContext): StringReader {
  const slice = vm.unwrapResult(vm.evalCode('String.prototype.slice', '<host>'));
  const length = (h: QuickJSHandle) => {
    if (vm.typeof(h) !== 'string') return undefined;
    const n = vm.getProp(h, 'length');
    try {
      return vm.getNumber(n);
    } finally {
      n.dispose();
    }
  };
  return {
    vm,
    length,
    head(h, max) {
      const n = length(h);
      if (n === undefined) return undefined;
      if (n <= max) return vm.getString(h);
      const cut = vm.unwrapResult(vm.callFunction(slice, h, vm.newNumber(0), vm.newNumber(max)));
      try {
        return vm.getString(cut);
      } finally {
        cut.dispose();
      }
    },
  };
}

/**
 * The bridges, each timed: the interrupt handler only runs between QuickJS operations, so
 * a bridge refuses to start once the deadline has passed, and a call that ends past it stops the
 * evaluation at the next check. (A single call is bounded by its input, which the memory cap
 * bounds; the worker's termination at the deadline is the hard stop.)
 */
function installHost(
  vm: QuickJSContext,
  text: StringReader,
  bridge: HostBridge,
  expired: () => boolean,
): void {
  const host = vm.newObject();
  const guard =
    (fn: (...args: QuickJSHandle[]) => QuickJSHandle | undefined) =>
    (...args: QuickJSHandle[]) => {
      if (expired()) return { error: vm.newError('evaluation deadline passed') };
      try {
        return fn(...args);
      } catch (e) {
        if (e instanceof BridgeError) return { error: vm.newError(e.message) };
        throw e;
      } finally {
        expired();
      }
    };
  /** A string argument of at most `max` characters, refused (not copied) when longer. */
  const str = (h: QuickJSHandle | undefined, max: number, what: string): string => {
    const n = h ? text.length(h) : undefined;
    if (n === undefined) throw new BridgeError(`${what} must be a string`);
    if (n > max) throw new BridgeError(`${what} is ${n} characters long; the limit is ${max}`);
    return vm.getString(h!);
  };
  const fns: Record<string, (...args: QuickJSHandle[]) => QuickJSHandle | undefined> = {
    load: (spec) => {
      const r = bridge.load(str(spec, MAX_PATH_CHARS, 'require: the path'));
      if (r.kind === 'json') {
        const o = vm.newObject();
        vm.setProp(o, 'kind', vm.newString('json'));
        vm.setProp(o, 'text', vm.newString(r.text));
        return o;
      }
      const result = bridge.within(r.path, () => vm.evalCode(r.code, r.path));
      if (result.error) return { error: result.error } as never;
      result.value.dispose();
      const o = vm.newObject();
      vm.setProp(o, 'kind', vm.newString('js'));
      return o;
    },
    glob: (dir, recursive, ext) =>
      vm.newString(
        bridge.glob(
          str(dir, MAX_PATH_CHARS, 'glob: the folder'),
          vm.dump(recursive!) !== false,
          str(ext, MAX_PATH_CHARS, 'glob: the extension'),
        ),
      ),
    hash: (alg, value) =>
      vm.newString(
        bridge.hash(
          str(alg, MAX_PATH_CHARS, 'HASH: the algorithm'),
          str(value, MAX_HASH_CHARS, 'HASH: the value'),
        ),
      ),
    file: () => vm.newString(bridge.currentFile()),
    log: (line) => {
      bridge.log(text.head(line!, MAX_LOG_CHARS) ?? '');
      return undefined;
    },
  };
  for (const [name, fn] of Object.entries(fns)) {
    const h = vm.newFunction(name, guard(fn) as never);
    vm.setProp(host, name, h);
    h.dispose();
  }
  vm.setProp(vm.global, '__zg_host', host);
  host.dispose();
}
