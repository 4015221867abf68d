/**
 * Runs `dnsconfig.js` inside a WebAssembly QuickJS runtime. Node's `vm` is not a security
 * boundary; a WASM interpreter is: the config sees only the globals the prelude defines and the
 * four host bridges, never the process, the environment, timers or the network. A memory cap,
 * a stack cap and a deadline (checked by the interrupt handler) turn loops, allocation bombs and
 * runaway recursion into a clear error instead of a hang or a crash.
 */
import variant from '@jitl/quickjs-singlefile-mjs-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { BridgeError, type HostBridge } from './host-bridge.js';
import { PRELUDE, PRELUDE_FILE } from './prelude.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MEMORY_BYTES = 256 * 1024 * 1024;
/** QuickJS's own stack budget; deeper recursion ends as "stack overflow" inside the sandbox. */
const MAX_STACK_BYTES = 256 * 1024;

export interface SandboxLimits {
  readonly timeoutMs: number;
  readonly memoryBytes: number;
}

/** Where an evaluation error points: a file of the config and, when known, line and column. */
export interface EvalError {
  readonly message: string;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export type SandboxOutcome = { ok: true; json: string } | { ok: false; error: EvalError };

let modulePromise: Promise<QuickJSWASMModule> | undefined;

function quickjs(): Promise<QuickJSWASMModule> {
  modulePromise ??= newQuickJSWASMModuleFromVariant(variant);
  return modulePromise;
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
): Omit<EvalError, 'message'> {
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
function parseFrame(line: string): Omit<EvalError, 'message'> | undefined {
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

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}

const MAX_MESSAGE = 500;

function clip(s: string): string {
  return s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE)}…` : s;
}

/** Evaluates the prelude and then the config; returns the raw configuration as JSON text. */
export async function runInSandbox(
  source: string,
  file: string,
  bridge: HostBridge,
  limits: SandboxLimits,
): Promise<SandboxOutcome> {
  const mod = await quickjs();
  const runtime = mod.newRuntime();
  let poisoned = false;
  try {
    runtime.setMemoryLimit(limits.memoryBytes);
    runtime.setMaxStackSize(MAX_STACK_BYTES);
    const deadline = Date.now() + limits.timeoutMs;
    let timedOut = false;
    runtime.setInterruptHandler(() => {
      if (Date.now() > deadline) timedOut = true;
      return timedOut;
    });
    const vm = runtime.newContext();
    try {
      const explain = (handle: QuickJSHandle): SandboxOutcome => {
        const failure = describeError(vm, handle, file, bridge.filesRead);
        handle.dispose();
        // QuickJS reports an interrupted loop at an imprecise position: name the file only.
        if (timedOut)
          return fail({
            file: failure.file,
            message: `evaluation exceeded ${formatSeconds(limits.timeoutMs)}`,
          });
        if (/^InternalError: out of memory/.test(failure.message))
          return fail({
            ...failure,
            message: `evaluation exceeded the memory limit of ${formatBytes(limits.memoryBytes)}`,
          });
        if (/stack overflow/.test(failure.message))
          return fail({
            ...failure,
            message: 'evaluation exceeded the stack limit (recursion too deep)',
          });
        return fail(failure);
      };
      installHost(vm, bridge);
      const prelude = vm.evalCode(PRELUDE, PRELUDE_FILE);
      if (prelude.error) return explain(prelude.error);
      const serialise = prelude.value;
      try {
        const run = vm.evalCode(source, file);
        if (run.error) return explain(run.error);
        run.value.dispose();
        const out = vm.callFunction(serialise, vm.undefined);
        if (out.error) return explain(out.error);
        const json = vm.typeof(out.value) === 'string' ? vm.getString(out.value) : undefined;
        out.value.dispose();
        if (json === undefined)
          return fail({ file, message: 'the configuration could not be serialised' });
        return { ok: true, json };
      } finally {
        serialise.dispose();
      }
    } catch (e) {
      // Recursion inside QuickJS's C code (e.g. JSON of a deeply nested object) can exhaust the
      // host's stack before QuickJS's own check: the WASM instance may be inconsistent now, so
      // it is abandoned, never reused.
      if (e instanceof RangeError) {
        poisoned = true;
        return fail({ file, message: 'evaluation exceeded the stack limit (nesting too deep)' });
      }
      throw e;
    } finally {
      if (!poisoned) vm.dispose();
    }
  } finally {
    if (poisoned) modulePromise = undefined;
    else runtime.dispose();
  }
}

function fail(error: EvalError): SandboxOutcome {
  return { ok: false, error: { ...error, message: clip(error.message) } };
}

function describeError(
  vm: QuickJSContext,
  handle: QuickJSHandle,
  file: string,
  evaluated: ReadonlySet<string>,
): EvalError {
  if (vm.typeof(handle) === 'object') {
    const name = readString(vm, handle, 'name');
    const message = readString(vm, handle, 'message');
    const stack = readString(vm, handle, 'stack');
    const where = locateInStack(stack, evaluated, file);
    if (name === 'PANIC') return { ...where, message: `PANIC: ${message ?? ''}` };
    if (message !== undefined) {
      const prefix = name && name !== 'Error' ? `${name}: ` : '';
      return { ...where, message: `${prefix}${message}` };
    }
  }
  // A thrown string or other value (DNSControl's own helpers throw strings too).
  const text =
    vm.typeof(handle) === 'string' ? vm.getString(handle) : `uncaught ${vm.typeof(handle)}`;
  return { file, message: text };
}

function readString(vm: QuickJSContext, handle: QuickJSHandle, key: string): string | undefined {
  const v = vm.getProp(handle, key);
  try {
    return vm.typeof(v) === 'string' ? vm.getString(v) : undefined;
  } finally {
    v.dispose();
  }
}

function installHost(vm: QuickJSContext, bridge: HostBridge): void {
  const host = vm.newObject();
  const guard =
    (fn: (...args: QuickJSHandle[]) => QuickJSHandle | undefined) =>
    (...args: QuickJSHandle[]) => {
      try {
        return fn(...args);
      } catch (e) {
        if (e instanceof BridgeError) return { error: vm.newError(e.message) };
        throw e;
      }
    };
  const str = (h: QuickJSHandle | undefined): string =>
    h && vm.typeof(h) === 'string' ? vm.getString(h) : String(h ? vm.dump(h) : '');
  const fns: Record<string, (...args: QuickJSHandle[]) => QuickJSHandle | undefined> = {
    load: (spec) => {
      const r = bridge.load(str(spec));
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
      vm.newString(bridge.glob(str(dir), vm.dump(recursive!) !== false, str(ext))),
    hash: (alg, value) => vm.newString(bridge.hash(str(alg), str(value))),
    log: (text) => {
      bridge.log(str(text));
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
