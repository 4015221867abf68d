// Runs our DNSControl evaluator over DNSControl's own parse tests (pkg/js/parse_tests/*.js) and
// compares with their expected *.json: records as sets per domain, everything else exactly,
// `filepos` ignored. The tests are another project's code: they are read from a local clone
// or mirror and extracted to a temporary folder, never copied into this repository.
//
//   node scripts/dnscontrol-conformance.mjs [PATH-TO-DNSCONTROL-GIT-DIR-OR-CLONE] [-v] [--records]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { sandboxWorkerPlugin } from './sandbox-worker-bundle.mjs';
import { wasmPlugin } from './wasm-bundle.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const recordsOnly = args.includes('--records');
const source = args.find((a) => !a.startsWith('-')) ?? '/work/.mirror/DNSControl+dnscontrol/repo';
const TESTS = 'pkg/js/parse_tests';

const work = mkdtempSync(join(tmpdir(), 'zg-dnscontrol-conformance-'));
try {
  // A clone has the folder; a bare mirror gets it through git archive.
  if (existsSync(join(source, TESTS))) execFileSync('cp', ['-r', join(source, 'pkg'), work]);
  else {
    const tar = execFileSync('git', ['--git-dir', source, 'archive', 'HEAD', TESTS], {
      maxBuffer: 1 << 28,
    });
    execFileSync('tar', ['-x', '-C', work], { input: tar });
  }
  const entry = join(work, 'entry.mjs');
  const bundle = join(work, 'bundle.mjs');
  const root = process.cwd();
  await build({
    stdin: {
      contents: `export { evaluateDnsconfig } from ${JSON.stringify(join(root, 'src/formats/dnscontrol/evaluate.ts'))};
export { openTree } from ${JSON.stringify(join(root, 'src/sources/git.ts'))};`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [sandboxWorkerPlugin, wasmPlugin],
    banner: {
      js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);",
    },
  });
  void entry;
  const { evaluateDnsconfig, openTree } = await import(bundle);
  const tree = await openTree(work, undefined);
  const cases = readdirSync(join(work, TESTS))
    .filter((f) => /^\d.*\.js$/.test(f))
    .sort();
  const failures = [];
  for (const name of cases) {
    const expected = JSON.parse(
      readFileSync(join(work, TESTS, name.replace(/\.js$/, '.json')), 'utf8'),
    );
    const r = await evaluateDnsconfig(tree, `${TESTS}/${name}`, { baseDir: '' });
    if (!r.ok) {
      failures.push({
        name,
        why: r.errors
          .map((e) => `${e.location.file}:${e.location.line ?? ''}: ${e.message}`)
          .join('; '),
      });
      continue;
    }
    const why = compare(expected, r.value);
    if (why) failures.push({ name, why });
  }
  const passed = cases.length - failures.length;
  console.log(
    `DNSControl parse tests: ${passed}/${cases.length} passed (${((100 * passed) / cases.length).toFixed(1)}%)`,
  );
  for (const f of failures)
    console.log(`  FAIL ${f.name}: ${verbose ? f.why : f.why.slice(0, 400)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function canon(x) {
  if (Array.isArray(x)) return `[${x.map(canon).join(',')}]`;
  if (x && typeof x === 'object')
    return `{${Object.keys(x)
      .filter((k) => k !== 'filepos')
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canon(x[k])}`)
      .join(',')}}`;
  return JSON.stringify(x);
}

function providers(list, harness) {
  // The Go harness replaces a "-" DNS provider type by CLOUDFLAREAPI before comparing.
  return canon(
    (list ?? []).map((p) => (harness && p.type === '-' ? { ...p, type: 'CLOUDFLAREAPI' } : p)),
  );
}

/**
 * With --records, a domain's name bookkeeping (`uniquename`, `meta.dnscontrol_*`: fields newer
 * DNSControl versions add to print-ir and the review does not read) is left out of the comparison.
 */
function bookkeeping(domain) {
  if (!recordsOnly) return domain;
  const { uniquename: _u, meta = {}, ...rest } = domain;
  const kept = Object.fromEntries(
    Object.entries(meta).filter(([k]) => !k.startsWith('dnscontrol_')),
  );
  return Object.keys(kept).length > 0 ? { ...rest, meta: kept } : rest;
}

function compare(expected, actual) {
  if (providers(expected.registrars) !== providers(actual.registrars))
    return `registrars: want ${providers(expected.registrars)} got ${providers(actual.registrars)}`;
  if (providers(expected.dns_providers) !== providers(actual.dns_providers, true))
    return `dns_providers: want ${providers(expected.dns_providers)} got ${providers(actual.dns_providers, true)}`;
  const want = expected.domains ?? [];
  const got = actual.domains ?? [];
  if (want.length !== got.length) return `domains: want ${want.length} got ${got.length}`;
  for (let i = 0; i < want.length; i++) {
    const { records: wr = [], ...wd } = bookkeeping(want[i]);
    const { records: gr = [], ...gd } = bookkeeping(got[i]);
    if (canon(wd) !== canon(gd)) return `domain ${wd.name}: want ${canon(wd)} got ${canon(gd)}`;
    const a = wr.map(canon).sort();
    const b = gr.map(canon).sort();
    const missing = a.filter((x) => !b.includes(x));
    const extra = b.filter((x) => !a.includes(x));
    if (missing.length || extra.length || a.length !== b.length)
      return `domain ${wd.name} records: missing ${missing.join(' ')} extra ${extra.join(' ')}`;
  }
  return undefined;
}
