/**
 * A small, real DNS world on loopback, so discovery runs as it does on the internet:
 * NSD as the root, as the `example.` TLD and as the child zones' provider; unbound as the
 * recursive resolver whose root hints point at our root; misbehaving servers from
 * `faults.ts`. Zones are signed with BIND's dnssec-keygen/dnssec-signzone. The TLD is
 * `example.` (RFC 6761 §6.5: reserved for examples, delegated like any public name), not
 * `test.`: that is special-use, and the live phase never looks for its delegation
 * (src/model/special-use.ts).
 *
 * Every world lives on its own 127.<net>.<sub>.0/24 so two test files never collide; everything
 * runs from a temp dir that `stop()` removes. Missing tools fail loudly with what to install.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultServer, startFault } from './faults.js';

const TOOLS: [string, string][] = [
  ['nsd', 'nsd'],
  ['unbound', 'unbound'],
  ['dnssec-keygen', 'bind9-utils'],
  ['dnssec-signzone', 'bind9-utils'],
  ['dnssec-dsfromkey', 'bind9-utils'],
  ['dig', 'bind9-dnsutils'],
];

export function requireTools(extra: [string, string][] = []): void {
  const missing = [...TOOLS, ...extra].filter(([tool]) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    const pkgs = [...new Set(missing.map(([, p]) => p))].join(' ');
    throw new Error(
      `the live-DNS test world needs ${missing.map(([t]) => t).join(', ')}: apt-get install -y ${pkgs}`,
    );
  }
}

/** Host numbers inside the world's /24. */
export const HOST = {
  root: 1,
  tld: 2,
  provA: 10,
  provB: 11,
  drop: 21,
  truncate: 22,
  refused: 23,
  servfail: 24,
  slow: 25,
  down: 26,
  resolver: 53,
} as const;

export interface World {
  readonly dir: string;
  readonly net: number;
  ip(host: number): string;
  readonly resolver: string;
  /** DS values the TLD publishes, by child zone. */
  readonly ds: Readonly<Record<string, string[]>>;
  /** DNSKEY values each signed child serves. */
  readonly dnskeys: Readonly<Record<string, string[]>>;
  stop(): Promise<void>;
}

export interface WorldOptions {
  /** Second octet of the world's addresses, 2–254 (one per test file). */
  readonly net: number;
  /** Third octet, 1–254; by default derived from the process id. */
  readonly sub?: number;
  /** Milliseconds the slow server waits before relaying. */
  readonly slowMs?: number;
}

/** `many.example.`: enough RRsets that the live phase fetches them in bulk over TCP. */
export const MANY = 150;
export function manyRecords(): string[] {
  return Array.from({ length: MANY }, (_, i) =>
    i % 3 === 0
      ? `r${i}.many.example. ${300 + i} IN A 192.0.2.${i % 256}`
      : i % 3 === 1
        ? `r${i}.many.example. ${300 + i} IN TXT "record ${i}" "second string"`
        : `r${i}.many.example. ${300 + i} IN MX ${i} mx${i}.many.example.`,
  );
}

export const SOA = (zone: string) =>
  `${zone} 3600 IN SOA ns1.${zone === '.' ? 'root-servers.' : zone} hostmaster.${zone === '.' ? '' : zone} 2026112601 3600 900 604800 300`;

/**
 * Signs `text` with a new KSK and ZSK (keys and the signed file in `dir`); the DS is the KSK's,
 * or with `extraKsk` that of a key the zone never publishes.
 */
export function signZone(dir: string, zone: string, text: string, extraKsk: boolean) {
  const keys = (flags: string[]) =>
    execFileSync('dnssec-keygen', ['-q', '-K', dir, '-a', '13', ...flags, zone], {
      encoding: 'utf8',
    }).trim();
  const ksk = keys(['-f', 'KSK']);
  const zsk = keys([]);
  const keyLines = [ksk, zsk].map((k) => readFileSync(join(dir, `${k}.key`), 'utf8')).join('\n');
  const file = join(dir, `${zone}zone`);
  writeFileSync(file, `${text}\n${keyLines}\n`);
  execFileSync(
    'dnssec-signzone',
    [
      '-q',
      '-K',
      dir,
      '-d',
      dir,
      '-o',
      zone,
      '-f',
      `${file}.signed`,
      file,
      join(dir, ksk),
      join(dir, zsk),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // A key the zone never publishes: its DS at the parent breaks the chain of trust.
  const dsKey = extraKsk ? keys(['-f', 'KSK']) : ksk;
  const ds = execFileSync('dnssec-dsfromkey', ['-2', join(dir, `${dsKey}.key`)], {
    encoding: 'utf8',
  })
    .trim()
    .split(/\s+IN\s+DS\s+/)[1]!;
  const dnskeys = keyLines
    .split('\n')
    .filter((l) => /\sDNSKEY\s/.test(l))
    .map((l) => l.split(/\sDNSKEY\s/)[1]!.trim());
  return { signedFile: `${file}.signed`, ds, dnskeys };
}

export async function waitForSoa(ip: string, zone: string, proc: ChildProcess, log: string) {
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) break;
    try {
      const out = execFileSync('dig', ['+short', '+time=1', '+tries=1', `@${ip}`, zone, 'SOA'], {
        encoding: 'utf8',
      });
      if (out.trim()) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  let tail = '';
  try {
    tail = readFileSync(log, 'utf8').slice(-2000);
  } catch {}
  throw new Error(`server at ${ip} did not serve ${zone}: ${tail}`);
}

/** An NSD config serving `zones` (zone, file, extra zone lines such as `provide-xfr: …`). */
export function nsdConf(
  dir: string,
  name: string,
  ips: string[],
  zones: [string, string, string[]?][],
): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  const conf = join(d, 'nsd.conf');
  writeFileSync(
    conf,
    [
      'server:',
      ...ips.map((ip) => `  ip-address: ${ip}`),
      '  port: 53',
      '  username: ""',
      '  chroot: ""',
      `  zonesdir: "${dir}"`,
      `  pidfile: "${d}/nsd.pid"`,
      '  database: ""',
      `  zonelistfile: "${d}/zone.list"`,
      `  xfrdfile: "${d}/xfrd.state"`,
      `  xfrdir: "${d}"`,
      `  logfile: "${d}/nsd.log"`,
      '  server-count: 1',
      '  rrl-ratelimit: 0',
      '  verbosity: 1',
      '  hide-version: yes',
      '  refuse-any: yes',
      'remote-control:',
      '  control-enable: no',
      ...zones.flatMap(([zone, file, extra]) => [
        'zone:',
        `  name: "${zone}"`,
        `  zonefile: "${file}"`,
        ...(extra ?? []).map((l) => `  ${l}`),
      ]),
    ].join('\n'),
  );
  return conf;
}

/**
 * unbound as the world's recursive resolver, its root hints pointing at the world's root; the
 * process joins `procs` at once, so a world that fails to start still stops it.
 */
export async function startResolver(
  dir: string,
  resolver: string,
  rootIp: string,
  procs: ChildProcess[],
): Promise<void> {
  writeFileSync(
    join(dir, 'root.hints'),
    `. 3600000 IN NS a.root-servers.\na.root-servers. 3600000 IN A ${rootIp}\n`,
  );
  writeFileSync(
    join(dir, 'unbound.conf'),
    [
      'server:',
      `  interface: ${resolver}`,
      '  port: 53',
      '  do-daemonize: no',
      '  chroot: ""',
      '  username: ""',
      `  directory: "${dir}"`,
      '  pidfile: ""',
      '  use-syslog: no',
      `  logfile: "${dir}/unbound.log"`,
      '  verbosity: 1',
      '  num-threads: 1',
      '  access-control: 127.0.0.0/8 allow',
      '  do-not-query-localhost: no',
      '  do-ip6: no',
      `  root-hints: "${dir}/root.hints"`,
      '  module-config: "iterator"',
      '  harden-referral-path: no',
      '  qname-minimisation: no',
      '  infra-host-ttl: 10',
      '  trust-anchor-signaling: no',
      'remote-control:',
      '  control-enable: no',
    ].join('\n'),
  );
  const u = spawn('unbound', ['-d', '-c', join(dir, 'unbound.conf')], { stdio: 'ignore' });
  procs.push(u);
  await waitForSoa(resolver, 'example.', u, join(dir, 'unbound.log'));
}

/** Ends the world's servers: SIGTERM, then SIGKILL after 3 s. */
export async function stopProcesses(procs: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    procs.map(
      (p) =>
        new Promise<void>((resolve) => {
          if (p.exitCode !== null || p.signalCode !== null) return resolve();
          const t = setTimeout(() => p.kill('SIGKILL'), 3000);
          p.once('exit', () => {
            clearTimeout(t);
            resolve();
          });
          p.kill('SIGTERM');
        }),
    ),
  );
}

export async function startWorld(options: WorldOptions): Promise<World> {
  requireTools();
  const net = options.net;
  // The third octet differs per process, so two copies of the suite (say, Node 20 and 24 side
  // by side) do not fight over the same loopback addresses.
  const sub = options.sub ?? 1 + (process.pid % 250);
  const ip = (host: number) => `127.${net}.${sub}.${host}`;
  const dir = mkdtempSync(join(tmpdir(), 'zg-world-'));
  const procs: ChildProcess[] = [];
  const faults: FaultServer[] = [];
  const stop = async () => {
    await Promise.all(faults.map((f) => f.stop()));
    await stopProcesses(procs);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const A = ip(HOST.provA);
    const B = ip(HOST.provB);
    // Child zones, all served by the "provider" NSD on A and B.
    const signed = signZone(
      dir,
      'signed.example.',
      [
        '$TTL 3600',
        SOA('signed.example.'),
        'signed.example. 3600 IN NS ns1.signed.example.',
        'signed.example. 3600 IN NS ns2.signed.example.',
        `ns1.signed.example. 3600 IN A ${A}`,
        `ns2.signed.example. 3600 IN A ${B}`,
        'www.signed.example. 86400 IN A 192.0.2.1',
        'drift.signed.example. 300 IN TXT "changed outside git"',
        'promo.signed.example. 300 IN CNAME promo.gone.example.',
        'signed.example. 300 IN MX 10 mail.signed.example.',
        'mail.signed.example. 300 IN A 192.0.2.25',
        'big.signed.example. 300 IN TXT ' +
          Array.from({ length: 12 }, (_, i) => `"${String(i % 10).repeat(200)}"`).join(' '),
      ].join('\n'),
      false,
    );
    const broken = signZone(
      dir,
      'broken.example.',
      [
        '$TTL 3600',
        SOA('broken.example.'),
        'broken.example. IN NS ns1.broken.example.',
        'broken.example. IN NS ns2.broken.example.',
        `ns1.broken.example. IN A ${A}`,
        `ns2.broken.example. IN A ${B}`,
        'www.broken.example. IN A 192.0.2.2',
      ].join('\n'),
      true,
    );
    const plain = (zone: string, ns: string[], extra: string[] = []) => {
      const file = join(dir, `${zone}zone`);
      writeFileSync(
        file,
        ['$TTL 3600', SOA(zone), ...ns.map((n) => `${zone} IN NS ${n}`), ...extra].join('\n') +
          '\n',
      );
      return file;
    };
    const faultNs = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => `${l}.faults.example.`);
    const files: [string, string][] = [
      ['signed.example.', signed.signedFile],
      ['broken.example.', broken.signedFile],
      [
        'faults.example.',
        plain('faults.example.', faultNs, ['www.faults.example. IN A 192.0.2.3']),
      ],
      [
        'halfdown.example.',
        plain(
          'halfdown.example.',
          ['ns1.halfdown.example.', 'ns2.halfdown.example.'],
          [
            `ns1.halfdown.example. IN A ${A}`,
            `ns2.halfdown.example. IN A ${ip(HOST.down)}`,
            'www.halfdown.example. IN A 192.0.2.4',
          ],
        ),
      ],
      [
        'many.example.',
        plain(
          'many.example.',
          ['ns1.many.example.', 'ns2.many.example.'],
          [`ns1.many.example. IN A ${A}`, `ns2.many.example. IN A ${B}`, ...manyRecords()],
        ),
      ],
      [
        'shop.example.',
        plain(
          'shop.example.',
          ['a.ns.cloudy.example.', 'b.ns.cloudy.example.', 'c.ns.cloudy.example.'],
          ['www.shop.example. IN A 192.0.2.5'],
        ),
      ],
    ];

    const faultAddr = {
      b: HOST.drop,
      c: HOST.truncate,
      d: HOST.refused,
      e: HOST.servfail,
      f: HOST.slow,
      g: HOST.down,
    } as const;
    const tld = plain(
      'example.',
      ['ns1.nic.example.'],
      [
        `ns1.nic.example. IN A ${ip(HOST.tld)}`,
        'signed.example. 86400 IN NS ns1.signed.example.',
        'signed.example. 86400 IN NS ns2.signed.example.',
        `ns1.signed.example. 86400 IN A ${A}`,
        `ns2.signed.example. 86400 IN A ${B}`,
        `signed.example. 86400 IN DS ${signed.ds}`,
        'broken.example. IN NS ns1.broken.example.',
        'broken.example. IN NS ns2.broken.example.',
        `ns1.broken.example. IN A ${A}`,
        `ns2.broken.example. IN A ${B}`,
        `broken.example. IN DS ${broken.ds}`,
        ...faultNs.map((n) => `faults.example. IN NS ${n}`),
        `a.faults.example. IN A ${A}`,
        ...Object.entries(faultAddr).map(([l, h]) => `${l}.faults.example. IN A ${ip(h)}`),
        'halfdown.example. IN NS ns1.halfdown.example.',
        'halfdown.example. IN NS ns2.halfdown.example.',
        `ns1.halfdown.example. IN A ${A}`,
        `ns2.halfdown.example. IN A ${ip(HOST.down)}`,
        'many.example. IN NS ns1.many.example.',
        'many.example. IN NS ns2.many.example.',
        `ns1.many.example. IN A ${A}`,
        `ns2.many.example. IN A ${B}`,
        // shop.example: the parent lists two servers, the zone's apex three (ns-mismatch).
        'shop.example. IN NS a.ns.cloudy.example.',
        'shop.example. IN NS b.ns.cloudy.example.',
        `a.ns.cloudy.example. IN A ${A}`,
        `b.ns.cloudy.example. IN A ${B}`,
        `c.ns.cloudy.example. IN A ${B}`,
      ],
    );
    const root = plain(
      '.',
      ['a.root-servers.'],
      [
        `a.root-servers. IN A ${ip(HOST.root)}`,
        'example. 172800 IN NS ns1.nic.example.',
        `ns1.nic.example. 172800 IN A ${ip(HOST.tld)}`,
      ],
    );

    const servers: [string, string[], [string, string][]][] = [
      ['root', [ip(HOST.root)], [['.', root]]],
      ['tld', [ip(HOST.tld)], [['example.', tld]]],
      ['provider', [A, B], files],
    ];
    for (const [name, ips, zones] of servers) {
      const conf = nsdConf(dir, name, ips, zones);
      const p = spawn('nsd', ['-d', '-c', conf], { stdio: 'ignore' });
      procs.push(p);
      await waitForSoa(ips[0]!, zones[0]![0], p, join(dir, name, 'nsd.log'));
    }
    for (const [mode, host] of [
      ['drop', HOST.drop],
      ['truncate', HOST.truncate],
      ['refused', HOST.refused],
      ['servfail', HOST.servfail],
      ['slow', HOST.slow],
    ] as const)
      faults.push(
        await startFault({ address: ip(host), mode, upstream: A, delayMs: options.slowMs ?? 300 }),
      );

    const resolver = ip(HOST.resolver);
    await startResolver(dir, resolver, ip(HOST.root), procs);

    return {
      dir,
      net,
      ip,
      resolver,
      ds: { 'signed.example.': [signed.ds], 'broken.example.': [broken.ds] },
      dnskeys: { 'signed.example.': signed.dnskeys, 'broken.example.': broken.dnskeys },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
