/**
 * dnsconfig.js evaluation: our WebAssembly QuickJS sandbox against plain Node `vm` running the
 * same prelude on the same generated config (20,000 records over 50 domains), same run.
 * Goal: sandbox ≤ 3× vm. Also prints the full pipeline (sandbox + Go-style normalisation).
 */
import vm from 'node:vm';
import { createHostBridge, type HostBridge } from '../src/formats/dnscontrol/host-bridge.js';
import { normalizeConfig } from '../src/formats/dnscontrol/normalize.js';
import { PRELUDE, PRELUDE_FILE } from '../src/formats/dnscontrol/prelude.js';
import { DEFAULT_MEMORY_BYTES, runInSandbox } from '../src/formats/dnscontrol/sandbox.js';

const DOMAINS = 50;
const RECORDS = 20_000;
const RUNS = 7;

function generate(): string {
  const lines = [
    'var REG = NewRegistrar("reg", "NONE");',
    'var CF = NewDnsProvider("cf", "CLOUDFLAREAPI");',
  ];
  const per = RECORDS / DOMAINS;
  for (let d = 0; d < DOMAINS; d++) {
    lines.push(`D("zone${d}.example", REG, DnsProvider(CF), DefaultTTL(3600),`);
    for (let i = 0; i < per; i++) {
      const n = d * per + i;
      switch (i % 5) {
        case 0:
          lines.push(`  A("host${i}", "10.${d}.${(i >> 8) & 255}.${i & 255}"),`);
          break;
        case 1:
          lines.push(`  AAAA("host${i}", "2001:db8:${d.toString(16)}::${i.toString(16)}"),`);
          break;
        case 2:
          lines.push(`  CNAME("alias${i}", "host${i - 2}"),`);
          break;
        case 3:
          lines.push(`  TXT("txt${i}", "v=record-${n} some text for the benchmark"),`);
          break;
        default:
          lines.push(`  MX("mx${i}", ${i % 50}, "mail${i}.example.net.", TTL(300)),`);
      }
    }
    lines.push(');');
  }
  return `${lines.join('\n')}\n`;
}

const source = generate();
const files = { texts: new Map([['dnsconfig.js', source]]), listing: ['dnsconfig.js'] };

/** The same program under Node's vm: not a security boundary, the speed reference. */
function runInNodeVm(bridge: HostBridge): string {
  const host = {
    load: (spec: string) => {
      const r = bridge.load(spec);
      if (r.kind === 'json') return r;
      bridge.within(r.path, () => vm.runInContext(r.code, context, { filename: r.path }));
      return { kind: 'js' };
    },
    glob: bridge.glob,
    hash: bridge.hash,
    log: bridge.log,
    file: bridge.currentFile,
  };
  const context = vm.createContext({ __zg_host: host });
  const serialise = vm.runInContext(PRELUDE, context, { filename: PRELUDE_FILE }) as () => string;
  vm.runInContext(source, context, { filename: 'dnsconfig.js' });
  return serialise();
}

async function runSandbox(): Promise<string> {
  const r = await runInSandbox(
    { source, file: 'dnsconfig.js', files, baseDir: '' },
    { timeoutMs: 60_000, memoryBytes: DEFAULT_MEMORY_BYTES },
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.json;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => unknown): Promise<number[]> {
  await fn(); // warm-up (module instantiation, JIT)
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

const vmJson = runInNodeVm(createHostBridge(files, 'dnsconfig.js', ''));
const sandboxJson = await runSandbox();
if (vmJson.length !== sandboxJson.length) throw new Error('the two engines disagree on the result');
const check = normalizeConfig(sandboxJson, 'dnsconfig.js');
const records = check.ir?.domains.reduce((n, d) => n + d.records.length, 0);
if (records !== RECORDS) throw new Error(`expected ${RECORDS} records, got ${records}`);

const nodeTimes = await time(() => runInNodeVm(createHostBridge(files, 'dnsconfig.js', '')));
const sandboxTimes = await time(runSandbox);
const fullTimes = await time(async () => normalizeConfig(await runSandbox(), 'dnsconfig.js'));

const n = median(nodeTimes);
const s = median(sandboxTimes);
console.log(
  `dnsconfig.js: ${RECORDS} records over ${DOMAINS} domains, ${(source.length / 1024).toFixed(0)} KiB, median of ${RUNS}`,
);
console.log(`  node vm (same prelude)     ${n.toFixed(1)} ms`);
console.log(`  QuickJS sandbox            ${s.toFixed(1)} ms`);
console.log(`  sandbox + normalisation    ${median(fullTimes).toFixed(1)} ms`);
console.log(`  ratio sandbox / vm         ${(s / n).toFixed(2)}× (goal ≤ 3×)`);
