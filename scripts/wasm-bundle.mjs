// WebAssembly read from node_modules by a source module, inlined into the bundle instead: esbuild
// replaces each module below with one that holds its files as base64, so dist/ runs without
// node_modules. Each module is imported lazily, so it lands in a chunk of its own that only a
// run needing it loads:
// - src/formats/terraform/hcl-wasm.ts: the HCL parser (web-tree-sitter's runtime and the
//   Terraform grammar of @tree-sitter-grammars/tree-sitter-hcl), for a run reading Terraform;
// - src/formats/dnscontrol/quickjs-wasm.ts: the QuickJS engine of the DNSControl sandbox, for a
//   run evaluating a dnsconfig.js (sandbox.ts compiles it and hands it to the worker).
// The inline module exports the same function as the source one: an object of byte arrays.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const MODULES = [
  {
    filter: /[\\/]formats[\\/]terraform[\\/]hcl-wasm\.ts$/,
    exported: 'hclWasm',
    files: {
      runtime: 'web-tree-sitter/web-tree-sitter.wasm',
      grammar: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
    },
  },
  {
    filter: /[\\/]formats[\\/]dnscontrol[\\/]quickjs-wasm\.ts$/,
    exported: 'quickjsWasm',
    files: { engine: '@jitl/quickjs-wasmfile-release-sync/wasm' },
  },
];

/** The inline module for one entry of MODULES. */
function inlined({ exported, files }) {
  const lines = Object.entries(files).map(
    ([key, spec]) =>
      `const ${key} = ${JSON.stringify(readFileSync(require.resolve(spec)).toString('base64'))};`,
  );
  const keys = Object.keys(files);
  return [
    ...lines,
    'const bytes = (b64) => new Uint8Array(Buffer.from(b64, "base64"));',
    `export async function ${exported}() {`,
    `  return { ${keys.map((k) => `${k}: bytes(${k})`).join(', ')} };`,
    '}',
    '',
  ].join('\n');
}

export const wasmPlugin = {
  name: 'zoneguard-wasm',
  setup(build) {
    for (const m of MODULES)
      build.onLoad({ filter: m.filter }, () => ({ loader: 'js', contents: inlined(m) }));
  },
};
