/**
 * The whole review at scale (issue 15): a BIND, an octoDNS and a DNSControl repository (real git
 * repositories in a temp folder) holding one zone of N RRsets of mixed types (A, AAAA, CNAME to
 * names inside and outside the zone, wildcards, MX, TXT/SPF, SRV, CAA, NS subdelegations with
 * glue, DS), and a commit that changes a handful of records. For each size, format and output
 * (`--output json`, `--output markdown`) it runs the built `zoneguard check --no-live` once and
 * prints wall time, CPU time (user + system of the child) and peak RSS (GNU time), and the
 * scaling exponent log(t2/t1)/log(n2/n1) against the previous size (CPU time, the steadier one
 * on a shared machine). For BIND it also times `named-checkzone` on both versions of the zone
 * and prints the review's ratio to it. Goals: at 100k the BIND review within named-checkzone's
 * time on both versions; exponent ≤ 1.1; a 1M BIND review under 1.5 GB peak RSS.
 *
 * `npm run bench -- check [--sizes 1k,10k,100k] [--formats bind,octodns,dnscontrol]`; 1M runs on
 * request (`--sizes 1m`). `--keep` leaves the repositories in place; `--change-all` makes the pull
 * request change every RRset (a report of n changes) instead of a handful; `--files F` spreads
 * the RRsets over F zones in files of their own, one of them changed. Sizes above 400k raise the
 * review's record budget (`--max-records`), and with it the octoDNS file limit and the
 * DNSControl sandbox's memory. `--repeat R` runs each review R times, for BIND each after a run of
 * `named-checkzone` on both versions (interleaved, so a busy machine slows both alike), and
 * prints medians, with the range of the per-pair ratios.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

type Fmt = 'bind' | 'octodns' | 'dnscontrol';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`--sizes: "${s}" is not a size like 1k, 10k, 1m`);
  const unit = { '': 1, k: 1e3, m: 1e6 }[m[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(m[1]) * unit);
}

const SIZES = option('sizes', '1k,10k,100k').split(',').map(parseSize);
const FORMATS = option('formats', 'bind,octodns,dnscontrol').split(',') as Fmt[];
const ZONE = 'bench.example';
/**
 * `--files F`: the zone's RRsets spread over F zones of their own files (BIND and octoDNS; one
 * dnsconfig.js for DNSControl), the pull request changing one, as in a repository of many zones.
 * named-checkzone then has no single zone to compare with.
 */
const FILES = Math.max(1, Number(option('files', '1')));
/** `--repeat R`: each review (and, for BIND, named-checkzone beside it) R times; medians. */
const REPEAT = Math.max(1, Number(option('repeat', '1')));
/** `--keep`: leave the repositories and the built CLI in place (and say where), e.g. to profile. */
const KEEP = process.argv.includes('--keep');

/** One RRset of the generated zone, names relative to the apex ('@' for it), values absolute. */
interface Rec {
  name: string;
  type: string;
  ttl: number;
  values: string[];
}

/** A zone of exactly `n` RRsets (plus apex SOA for BIND), the same for every format. */
function generate(n: number, zone = ZONE): Rec[] {
  let seed = 42;
  const r = (max: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return Math.floor((seed / 0x80000000) * max);
  };
  const abs = (label: string) => `${label}.${zone}.`;
  const out: Rec[] = [
    { name: '@', type: 'NS', ttl: 86400, values: [abs('ns1'), abs('ns2')] },
    { name: '@', type: 'A', ttl: 300, values: ['192.0.2.10'] },
    { name: '@', type: 'MX', ttl: 3600, values: [`10 ${abs('mail')}`] },
    { name: '@', type: 'TXT', ttl: 3600, values: ['v=spf1 mx include:_spf.example.net -all'] },
    { name: 'ns1', type: 'A', ttl: 3600, values: ['192.0.2.1'] },
    { name: 'ns2', type: 'A', ttl: 3600, values: ['192.0.2.2'] },
    { name: 'mail', type: 'A', ttl: 3600, values: ['192.0.2.3'] },
  ];
  for (let i = 0; out.length < n; i++) {
    const h = `host${i}`;
    const k = r(100);
    if (k < 35)
      out.push({ name: h, type: 'A', ttl: 300, values: [`10.${r(256)}.${r(256)}.${r(256)}`] });
    else if (k < 48)
      out.push({ name: h, type: 'AAAA', ttl: 300, values: [`2001:db8::${r(65536).toString(16)}`] });
    else if (k < 58)
      out.push({ name: h, type: 'CNAME', ttl: 300, values: [abs(`host${r(i + 1)}`)] });
    else if (k < 63)
      out.push({ name: h, type: 'CNAME', ttl: 300, values: [`app${r(1000)}.cdn.example.net.`] });
    else if (k < 65) out.push({ name: `*.w${i}`, type: 'A', ttl: 300, values: ['192.0.2.80'] });
    else if (k < 72) out.push({ name: h, type: 'MX', ttl: 3600, values: [`10 ${abs('mail')}`] });
    else if (k < 84)
      out.push({
        name: h,
        type: 'TXT',
        ttl: 3600,
        values: [`v=spf1 ip4:192.0.2.${r(256)} include:_spf.example.net -all`],
      });
    else if (k < 90)
      out.push({
        name: `_sip._tcp.${h}`,
        type: 'SRV',
        ttl: 3600,
        values: [`10 ${r(100)} 5060 ${abs(`sip${r(10)}`)}`],
      });
    else if (k < 93)
      out.push({ name: h, type: 'CAA', ttl: 3600, values: ['0 issue "letsencrypt.org"'] });
    else {
      // A subdelegation with in-bailiwick glue, and a DS for every other one.
      const sub = `sub${i}`;
      out.push({
        name: sub,
        type: 'NS',
        ttl: 86400,
        values: [abs(`ns1.${sub}`), abs(`ns2.${sub}`)],
      });
      out.push({ name: `ns1.${sub}`, type: 'A', ttl: 86400, values: [`198.51.100.${r(256)}`] });
      out.push({ name: `ns2.${sub}`, type: 'A', ttl: 86400, values: [`198.51.100.${r(256)}`] });
      if (i % 2 === 0)
        out.push({
          name: sub,
          type: 'DS',
          ttl: 86400,
          values: [
            `${r(65536)} 13 2 ${'49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE96D8F9E5A4CEF7A91AB44AB0'}`,
          ],
        });
    }
  }
  return out.slice(0, n);
}

/** `--change-all`: the pull request changes every RRset's TTL instead (a report of n changes). */
const CHANGE_ALL = process.argv.includes('--change-all');

/** The pull request: five records changed (an address, a CNAME target, an MX, a removal, an addition). */
function change(recs: Rec[]): Rec[] {
  if (CHANGE_ALL) return recs.map((x) => ({ ...x, ttl: x.ttl + 1 }));
  const out = recs.map((x) => ({ ...x, values: [...x.values] }));
  const first = (type: string, from: number) => {
    const i = out.findIndex((x, j) => j >= from && x.type === type && x.name.startsWith('host'));
    return i < 0 ? undefined : i;
  };
  const mid = Math.floor(out.length / 2);
  const a = first('A', mid);
  if (a !== undefined) out[a]!.values = ['10.99.99.99'];
  const c = first('CNAME', mid);
  if (c !== undefined) out[c]!.values = [`${ZONE}.`];
  const mx = first('MX', mid);
  if (mx !== undefined) out[mx]!.values = [`20 mail.${ZONE}.`];
  const txt = first('TXT', mid);
  if (txt !== undefined) out.splice(txt, 1);
  out.push({ name: 'added-by-pr', type: 'A', ttl: 300, values: ['192.0.2.99'] });
  return out;
}

// ---- writers -----------------------------------------------------------------------------

function bindText(recs: Rec[], serial: number, zone: string): string {
  const lines = [
    `$ORIGIN ${zone}.`,
    '$TTL 3600',
    `@ IN SOA ns1 hostmaster ( ${serial} 1h 15m 1w 5m )`,
  ];
  for (const x of recs) {
    for (const v of x.values) {
      const value = x.type === 'TXT' ? `"${v}"` : v;
      lines.push(`${x.name} ${x.ttl} IN ${x.type} ${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function yamlValue(x: Rec, v: string): string {
  const parts = v.split(' ');
  switch (x.type) {
    case 'MX':
      return `{ preference: ${parts[0]}, exchange: ${parts[1]} }`;
    case 'SRV':
      return `{ priority: ${parts[0]}, weight: ${parts[1]}, port: ${parts[2]}, target: ${parts[3]} }`;
    case 'CAA':
      return `{ flags: 0, tag: issue, value: letsencrypt.org }`;
    case 'DS':
      return `{ key_tag: ${parts[0]}, algorithm: ${parts[1]}, digest_type: ${parts[2]}, digest: ${parts[3]} }`;
    default:
      return JSON.stringify(v);
  }
}

/**
 * The zone's YAML, one line per name in flow style (`host1: {ttl: 300, type: A, values: [...]}`),
 * as compact as a generated octoDNS zone gets: about 79 bytes an RRset. A YAML file may hold
 * 8 MiB under the default budget (about 100,000 RRsets written this way), more under a raised
 * one (src/formats/octodns/yaml.ts, yamlFileLimit).
 */
function octodnsZone(recs: Rec[]): string {
  const byName = new Map<string, Rec[]>();
  for (const x of recs) {
    const key = x.name === '@' ? '' : x.name;
    if (!byName.has(key)) byName.set(key, []);
    byName.get(key)!.push(x);
  }
  const record = (x: Rec) =>
    x.type === 'CNAME'
      ? `{ttl: ${x.ttl}, type: CNAME, value: ${x.values[0]}}`
      : `{ttl: ${x.ttl}, type: ${x.type}, values: [${x.values.map((v) => yamlValue(x, v)).join(', ')}]}`;
  const lines = ['---'];
  for (const [name, list] of byName)
    lines.push(
      `${JSON.stringify(name)}: ${list.length === 1 ? record(list[0]!) : `[${list.map(record).join(', ')}]`}`,
    );
  return `${lines.join('\n')}\n`;
}

const octodnsConfig = (zones: readonly string[]) => `providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
    enforce_order: false
  route53:
    class: octodns_route53.Route53Provider
    access_key_id: env/AWS_ACCESS_KEY_ID
    secret_access_key: env/AWS_SECRET_ACCESS_KEY
zones:
${zones.map((z) => `  ${z}.:\n    sources:\n      - config\n    targets:\n      - route53\n`).join('')}`;

function dnscontrolCall(x: Rec, v: string): string {
  const q = JSON.stringify;
  const p = v.split(' ');
  switch (x.type) {
    case 'MX':
      return `MX(${q(x.name)}, ${p[0]}, ${q(p[1])}, TTL(${x.ttl}))`;
    case 'SRV':
      return `SRV(${q(x.name)}, ${p[0]}, ${p[1]}, ${p[2]}, ${q(p[3])}, TTL(${x.ttl}))`;
    case 'CAA':
      return `CAA(${q(x.name)}, "issue", "letsencrypt.org", TTL(${x.ttl}))`;
    case 'DS':
      return `DS(${q(x.name)}, ${p[0]}, ${p[1]}, ${p[2]}, ${q(p[3])}, TTL(${x.ttl}))`;
    default:
      return `${x.type}(${q(x.name)}, ${q(v)}, TTL(${x.ttl}))`;
  }
}

/** `D()` with the apex, then the records in `D_EXTEND` calls of 1,000 (as a big config splits them). */
function dnsconfigZone(recs: Rec[], zone: string): string {
  // DNSControl writes the apex NS as NAMESERVER() in D().
  const apexNs = recs.find((x) => x.name === '@' && x.type === 'NS')?.values ?? [];
  const calls = recs
    .filter((x) => !(x.name === '@' && x.type === 'NS'))
    .flatMap((x) => x.values.map((v) => dnscontrolCall(x, v)));
  const ns = apexNs.map((v) => `, NAMESERVER(${JSON.stringify(v)})`).join('');
  const head = `D(${JSON.stringify(zone)}, REG_NONE, DnsProvider(DNS_R53)${ns});\n`;
  const chunks: string[] = [];
  for (let i = 0; i < calls.length; i += 1000)
    chunks.push(
      `D_EXTEND(${JSON.stringify(zone)},\n  ${calls.slice(i, i + 1000).join(',\n  ')}\n);\n`,
    );
  return head + chunks.join('');
}

function dnsconfig(zones: readonly Side[]): string {
  return `var REG_NONE = NewRegistrar("none");\nvar DNS_R53 = NewDnsProvider("route53");\n${zones.map((z) => dnsconfigZone(z.recs, z.zone)).join('')}`;
}

const CREDS =
  '{ "none": { "TYPE": "NONE" }, "route53": { "TYPE": "ROUTE53", "KeyId": "$AWS_ACCESS_KEY_ID", "SecretKey": "$AWS_SECRET_ACCESS_KEY" } }\n';

/** One zone of the repository and its records. */
interface Side {
  zone: string;
  recs: Rec[];
}

function writeSide(dir: string, fmt: Fmt, zones: readonly Side[], serial: number): void {
  if (fmt === 'bind') {
    mkdirSync(join(dir, 'zones'), { recursive: true });
    for (const z of zones)
      writeFileSync(join(dir, 'zones', `${z.zone}.zone`), bindText(z.recs, serial, z.zone));
  } else if (fmt === 'octodns') {
    mkdirSync(join(dir, 'zones'), { recursive: true });
    writeFileSync(join(dir, 'production.yaml'), octodnsConfig(zones.map((z) => z.zone)));
    for (const z of zones) writeFileSync(join(dir, 'zones', `${z.zone}.yaml`), octodnsZone(z.recs));
  } else {
    writeFileSync(join(dir, 'dnsconfig.js'), dnsconfig(zones));
    writeFileSync(join(dir, 'creds.json'), CREDS);
  }
}

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@example.invalid',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@example.invalid',
};
const git = (repo: string, args: string[]) =>
  execFileSync('git', ['-C', repo, ...args], { env: gitEnv, stdio: 'pipe' });

/** A repository with the base commit and the pull request's commit on top. */
function makeRepository(root: string, fmt: Fmt, n: number): string {
  const repo = join(root, `${fmt}-${n}`);
  mkdirSync(repo, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  // `--files F`: the n RRsets in F zones, each its own file; the pull request changes the first.
  const per = Math.ceil(n / FILES);
  const base: Side[] = Array.from({ length: FILES }, (_, i) => {
    const zone = i === 0 ? ZONE : `other${i}.example`;
    return { zone, recs: generate(per, zone) };
  });
  writeSide(repo, fmt, base, 2024010101);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'base']);
  const [first, ...rest] = base;
  writeSide(repo, fmt, [{ zone: ZONE, recs: change(first!.recs) }, ...rest], 2024010102);
  git(repo, ['commit', '-q', '-a', '-m', 'change a handful of records']);
  return repo;
}

// ---- measuring ---------------------------------------------------------------------------

interface Run {
  wall: number; // ms
  cpu: number; // ms, user + system
  rssMb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median of each figure over repeated runs. */
function medianRun(runs: readonly Run[]): Run {
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    rssMb: median(runs.map((r) => r.rssMb)),
  };
}

/** One child process under GNU time: wall, CPU and peak RSS; exit codes in `ok` are fine. */
function timed(cmd: string, args: string[], ok: readonly number[]): Run & { stdout: string } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'ZGTIME %U %S %M', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const wall = performance.now() - t0;
  const m = /ZGTIME (\d+\.\d+) (\d+\.\d+) (\d+)/.exec(r.stderr);
  if (!ok.includes(r.status ?? -1) || !m)
    throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
  return {
    wall,
    cpu: (Number(m[1]) + Number(m[2])) * 1000,
    rssMb: Number(m[3]) / 1024,
    stdout: r.stdout,
  };
}

function checkzoneBoth(repo: string): Run {
  const file = join(repo, 'zones', `${ZONE}.zone`);
  const args = ['-i', 'none', '-k', 'ignore', '-n', 'ignore', `${ZONE}.`];
  const head = timed('named-checkzone', [...args, file], [0]);
  const baseFile = join(repo, 'base.zone');
  writeFileSync(
    baseFile,
    execFileSync('git', ['-C', repo, 'show', `HEAD~1:zones/${ZONE}.zone`], { maxBuffer: 1 << 30 }),
  );
  const base = timed('named-checkzone', [...args, baseFile], [0]);
  rmSync(baseFile);
  return {
    wall: head.wall + base.wall,
    cpu: head.cpu + base.cpu,
    rssMb: Math.max(head.rssMb, base.rssMb),
  };
}

const fmtMs = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const pad = (s: string, w: number) => s.padStart(w);

const root = mkdtempSync(join(tmpdir(), 'zg-check-bench-'));
try {
  const dist = join(root, 'dist');
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', dist], { stdio: 'inherit' });
  const cli = join(dist, 'cli.js');
  console.log(
    `zoneguard check --no-live, ${REPEAT === 1 ? 'one run each' : `medians of ${REPEAT} runs`}; exponent = log(cpu2/cpu1)/log(n2/n1) against the previous size`,
  );
  console.log(
    `${'format'.padEnd(10)} ${pad('RRsets', 7)} ${'output'.padEnd(8)} ${pad('wall', 9)} ${pad('cpu', 9)} ${pad('peak RSS', 9)} ${pad('exp', 5)}  exit  named-checkzone ×2 (cpu) / ratio`,
  );
  for (const fmt of FORMATS) {
    const previous = new Map<string, { n: number; cpu: number }>();
    for (const n of SIZES) {
      const repo = makeRepository(root, fmt, n);
      const compared = fmt === 'bind' && FILES === 1;
      const once = compared && REPEAT === 1 ? checkzoneBoth(repo) : undefined;
      for (const output of ['json', 'markdown']) {
        const args = [
          cli,
          'check',
          '--repo',
          repo,
          '--base',
          'HEAD~1',
          '--head',
          'HEAD',
          '--no-live',
          '--output',
          output,
        ];
        // Two sides of n RRsets (plus values beyond one per RRset) need more than the default
        // budget; octoDNS's one YAML file of n RRsets (79n bytes) needs a file limit (a 16th of
        // the input limit, 128 bytes a record) of that: 10n records, 12n with room.
        if (n > 400_000) args.push('--max-records', String(n * (fmt === 'octodns' ? 12 : 4)));
        if (fmt === 'dnscontrol') args.push('--eval-timeout', '600');
        let run: ReturnType<typeof timed>;
        let checkzone = once;
        let ratios = '';
        try {
          const runs: ReturnType<typeof timed>[] = [];
          const zones: Run[] = [];
          for (let k = 0; k < REPEAT; k++) {
            if (compared && REPEAT > 1) zones.push(checkzoneBoth(repo));
            runs.push(timed(process.execPath, args, [0, 1]));
          }
          run = { ...medianRun(runs), stdout: runs[0]!.stdout };
          if (zones.length > 0) {
            checkzone = medianRun(zones);
            const each = runs.map((r, k) => r.wall / zones[k]!.wall).sort((a, b) => a - b);
            ratios = ` (per pair ${each[0]!.toFixed(2)}–${each[each.length - 1]!.toFixed(2)})`;
          }
        } catch (e) {
          // A review that cannot run at this size (a format's own limit) is a result too.
          const why = /zoneguard: (.*)/.exec((e as Error).message)?.[1] ?? (e as Error).message;
          console.log(
            `${fmt.padEnd(10)} ${pad(label(n), 7)} ${output.padEnd(8)} failed: ${why.slice(0, 200)}`,
          );
          continue;
        }
        const before = previous.get(output);
        const exponent = before
          ? Math.log(run.cpu / before.cpu) / Math.log(n / before.n)
          : undefined;
        previous.set(output, { n, cpu: run.cpu });
        const bind = checkzone
          ? `${fmtMs(checkzone.wall)} (${fmtMs(checkzone.cpu)}) / ${(run.wall / checkzone.wall).toFixed(2)}× wall${ratios}, ${(run.cpu / checkzone.cpu).toFixed(2)}× cpu`
          : '';
        const report = output === 'json' ? JSON.parse(run.stdout) : undefined;
        const exit = report
          ? `${report.verdict}, ${report.findings.length} findings`
          : `${run.stdout.length} chars`;
        console.log(
          `${fmt.padEnd(10)} ${pad(label(n), 7)} ${output.padEnd(8)} ${pad(fmtMs(run.wall), 9)} ${pad(fmtMs(run.cpu), 9)} ${pad(`${run.rssMb.toFixed(0)} MB`, 9)} ${pad(exponent === undefined ? '' : exponent.toFixed(2), 5)}  ${exit.padEnd(22)} ${bind}`,
        );
      }
      if (KEEP) console.log(`  kept ${repo}`);
      else rmSync(repo, { recursive: true, force: true });
    }
  }
} finally {
  if (!KEEP) rmSync(root, { recursive: true, force: true });
}
