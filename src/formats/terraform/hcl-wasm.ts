/**
 * The two WebAssembly files the HCL parser needs: web-tree-sitter's runtime and the Terraform
 * grammar of `@tree-sitter-grammars/tree-sitter-hcl`. Here (sources, tests) they are read from
 * node_modules; the build (scripts/wasm-bundle.mjs) replaces this module with one that
 * holds both inline, so `dist/` needs no node_modules. Either way they are loaded only when a
 * Terraform configuration is read (hcl.ts imports the parser lazily).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export interface HclWasm {
  readonly runtime: Uint8Array;
  readonly grammar: Uint8Array;
}

export async function hclWasm(): Promise<HclWasm> {
  const require = createRequire(import.meta.url);
  const [runtime, grammar] = await Promise.all([
    readFile(require.resolve('web-tree-sitter/web-tree-sitter.wasm')),
    readFile(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm')),
  ]);
  return { runtime, grammar };
}
