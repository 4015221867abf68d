/**
 * octoDNS zone files: our YAML load (positions, YAML 1.1 scalars, key-order check) plus record
 * reading and canonicalisation of a 20,000-name zone, against js-yaml's plain `load()` of the
 * same text (no positions, no DNS semantics) in the same run, 5 runs each.
 * Goal: ≤ 3× the plain parse, since every value also goes through the rdata codecs.
 */
import { performance } from 'node:perf_hooks';
import { load } from 'js-yaml';
import { readZoneFile } from '../src/formats/octodns/records.js';
import { loadYaml } from '../src/formats/octodns/yaml.js';

const NAMES = 20_000;
const RUNS = 5;

function zoneText(): string {
  let seed = 7;
  const r = (max: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return Math.floor((seed / 0x80000000) * max);
  };
  const names = Array.from({ length: NAMES }, (_, i) => `host${i}`).sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  let s = "---\n'':\n- type: NS\n  values:\n  - ns1.example.net.\n  - ns2.example.net.\n";
  for (const name of names) {
    const k = r(100);
    s += `${name}:\n`;
    if (k < 40)
      s += `  ttl: 300\n  type: A\n  values:\n  - 10.${r(256)}.${r(256)}.${r(256)}\n  - 10.${r(256)}.${r(256)}.${r(256)}\n`;
    else if (k < 55) s += `  type: AAAA\n  value: 2001:db8::${r(65536).toString(16)}\n`;
    else if (k < 65) s += `  type: CNAME\n  value: host${r(NAMES)}.bench.example.\n`;
    else if (k < 75)
      s += `  type: MX\n  values:\n  - exchange: mail${r(100)}.example.net.\n    preference: ${r(50)}\n`;
    else if (k < 90)
      s += `  type: TXT\n  value: v=spf1 ip4:192.0.2.${r(256)} include:_spf.example.net -all\n`;
    else if (k < 97)
      s += `  type: CAA\n  value:\n    flags: 0\n    tag: issue\n    value: letsencrypt.org\n`;
    else
      s += `  type: SSHFP\n  value:\n    algorithm: 4\n    fingerprint: ${'ab'.repeat(32)}\n    fingerprint_type: 2\n`;
  }
  return s;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const text = zoneText();

async function ours(): Promise<number> {
  const loaded = await loadYaml('bench.example.yaml', text, { enforceOrder: 'natural' });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const r = readZoneFile(loaded.doc.root, {
    origin: 'bench.example.',
    defaultTtl: 3600,
    escapedSemicolons: true,
    lenient: false,
    subzones: [],
    ignoreSubzoneAdds: false,
  });
  if (r.diagnostics.length > 0) throw new Error(r.diagnostics[0]!.message);
  return r.records.length;
}

const oursMs: number[] = [];
const plainMs: number[] = [];
let records = 0;
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  records = await ours();
  oursMs.push(performance.now() - t);
  t = performance.now();
  load(text);
  plainMs.push(performance.now() - t);
}
const a = median(oursMs);
const b = median(plainMs);
console.log(
  `octoDNS zone: ${NAMES} names, ${records} RRsets, ${(text.length / 1e6).toFixed(1)} MB`,
);
console.log(`zoneguard load + records: median ${a.toFixed(1)} ms`);
console.log(`js-yaml load() only:      median ${b.toFixed(1)} ms`);
console.log(`ratio: ${(a / b).toFixed(2)}x (goal <= 3x)`);
