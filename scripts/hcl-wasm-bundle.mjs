// The HCL parser's WebAssembly (web-tree-sitter's runtime and the Terraform grammar of
// @tree-sitter-grammars/tree-sitter-hcl) inlined into the bundle: esbuild replaces
// src/formats/terraform/hcl-wasm.ts, which reads them from node_modules, with a module that
// holds both as base64, so dist/ runs without node_modules. Like the QuickJS "singlefile"
// build the DNSControl sandbox uses. hcl.ts imports the module lazily, so it lands in a chunk
// of its own that only a run reading Terraform loads.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FILES = {
  runtime: 'web-tree-sitter/web-tree-sitter.wasm',
  grammar: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
};

export const hclWasmPlugin = {
  name: 'zoneguard-hcl-wasm',
  setup(build) {
    build.onLoad({ filter: /[\\/]formats[\\/]terraform[\\/]hcl-wasm\.ts$/ }, () => {
      const lines = Object.entries(FILES).map(
        ([key, spec]) =>
          `const ${key} = ${JSON.stringify(readFileSync(require.resolve(spec)).toString('base64'))};`,
      );
      return {
        loader: 'js',
        contents: [
          ...lines,
          'const bytes = (b64) => new Uint8Array(Buffer.from(b64, "base64"));',
          'export async function hclWasm() {',
          '  return { runtime: bytes(runtime), grammar: bytes(grammar) };',
          '}',
          '',
        ].join('\n'),
      };
    });
  },
};
