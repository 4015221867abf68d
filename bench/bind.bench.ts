/**
 * BIND zone files: our parse + canonicalisation of a 100,000-record mixed-type zone against
 * BIND's `named-checkzone` on the same file, 5 runs each, in one process run. Goal: ≤ 1.0×.
 * named-checkzone is timed as a whole process (load + checks, integrity and name checks off);
 * both wall time and CPU time are printed, since on a busy machine wall time is mostly noise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseZoneFile } from '../src/formats/bind/parse.js';

const RECORDS = 100_000;
const RUNS = 5;
const ZONE = 'bench.example.';

function zoneText(): string {
  let seed = 42;
  const r = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const n = (max: number): number => Math.floor(r() * max);
  const lines = [
    `$ORIGIN ${ZONE}`,
    '$TTL 1h',
    '@ IN SOA ns1 hostmaster ( 2024010101 1h 15m 1w 5m )',
    '  IN NS ns1',
    '  IN NS ns2',
    'ns1 IN A 192.0.2.1',
    'ns2 IN A 192.0.2.2',
  ];
  for (let i = 0; i < RECORDS; i++) {
    const owner = `host${i}`;
    const k = n(100);
    if (k < 40) lines.push(`${owner} 300 IN A 10.${n(256)}.${n(256)}.${n(256)}`);
    else if (k < 55)
      lines.push(`${owner} IN AAAA 2001:db8:${n(65536).toString(16)}::${n(65536).toString(16)}`);
    else if (k < 65) lines.push(`${owner} CNAME host${n(RECORDS)}`);
    else if (k < 75) lines.push(`${owner} 3600 MX ${n(50)} mail${n(100)}.example.net.`);
    else if (k < 90)
      lines.push(
        `${owner} TXT "v=spf1 ip4:192.0.2.${n(256)} include:_spf.example.net -all" "token=${n(1e9)}"`,
      );
    else if (k < 95) lines.push(`_sip._tcp.${owner} SRV 10 ${n(100)} 5060 sip${n(10)}`);
    else if (k < 97) lines.push(`${owner} CAA 0 issue "letsencrypt.org"`);
    else if (k < 99) lines.push(`${owner} NS ns${n(4)}.example.net.`);
    else
      lines.push(
        `${owner} DS ${n(65536)} 13 2 ${'49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE96D8F9E5A4CEF7A91AB44AB0'}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const GNU_TIME = '/usr/bin/time'; // Debian package `time`; without it only wall time is shown
const CHECKZONE = ['named-checkzone', '-i', 'none', '-k', 'ignore', '-n', 'ignore'];

/** One run of named-checkzone: wall and CPU (user + system) milliseconds, via GNU time. */
function runBind(file: string): { wall: number; cpu: number } {
  const timed = existsSync(GNU_TIME);
  const [cmd, ...args] = timed ? [GNU_TIME, '-f', 'CPU %U %S', ...CHECKZONE] : CHECKZONE;
  const t0 = performance.now();
  const r = spawnSync(cmd!, [...args, ZONE, file], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`named-checkzone failed: ${r.stderr}`);
  const m = /CPU (\d+\.\d+) (\d+\.\d+)/.exec(r.stderr);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN };
}

/** One run of ours: read the file, parse and canonicalise every record. */
function runOurs(file: string): { wall: number; cpu: number; records: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = parseZoneFile(readFileSync(file, 'utf8'), { file: 'bench.zone', origin: ZONE });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (!r.ok) throw new Error(r.errors[0]!.message);
  const records = r.value.zone.rrsets.reduce((s, x) => s + x.values.length, 0);
  return { wall, cpu: (c.user + c.system) / 1000, records };
}

const fmt = (xs: number[]): string => xs.map((x) => x.toFixed(0)).join(', ');

const dir = mkdtempSync(join(tmpdir(), 'zg-bench-bind-'));
try {
  const file = join(dir, 'bench.zone');
  writeFileSync(file, zoneText());
  // One untimed run of each first: our JIT warms up, the file is in the page cache for both.
  runOurs(file);
  runBind(file);
  const ours: { wall: number; cpu: number }[] = [];
  const bind: { wall: number; cpu: number }[] = [];
  let records = 0;
  for (let run = 0; run < RUNS; run++) {
    const o = runOurs(file);
    records = o.records;
    ours.push(o);
    bind.push(runBind(file));
  }
  const ow = median(ours.map((x) => x.wall));
  const bw = median(bind.map((x) => x.wall));
  const oc = median(ours.map((x) => x.cpu));
  const bc = median(bind.map((x) => x.cpu));
  console.log(
    `zone file: ${RECORDS} generated records (${records} parsed), ${RUNS} runs each after one warm-up`,
  );
  console.log(
    `ZoneGuard parse + canonicalise: wall median ${ow.toFixed(1)} ms [${fmt(ours.map((x) => x.wall))}], CPU median ${oc.toFixed(1)} ms`,
  );
  console.log(
    `named-checkzone (whole process): wall median ${bw.toFixed(1)} ms [${fmt(bind.map((x) => x.wall))}], CPU median ${bc.toFixed(1)} ms`,
  );
  console.log(
    `ratio ours / named-checkzone: wall ${(ow / bw).toFixed(2)}×, CPU ${(oc / bc).toFixed(2)}× (goal ≤ 1.00×)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
