/**
 * The QuickJS engine's WebAssembly (`@jitl/quickjs-wasmfile-release-sync`). Here (sources, tests)
 * it is read from node_modules; the build (scripts/wasm-bundle.mjs) replaces this module with one
 * that holds it inline, so `dist/` needs no node_modules. sandbox.ts imports it on the first
 * evaluation only, compiles it once and hands the compiled module to each sandbox worker: the
 * worker's own text then carries no half-megabyte of engine to parse, and two workers do not
 * compile it twice (issue 15).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export interface QuickjsWasm {
  readonly engine: Uint8Array;
}

export async function quickjsWasm(): Promise<QuickjsWasm> {
  const require = createRequire(import.meta.url);
  return { engine: await readFile(require.resolve('@jitl/quickjs-wasmfile-release-sync/wasm')) };
}
