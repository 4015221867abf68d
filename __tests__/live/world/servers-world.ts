/**
 * A loopback world for the every-server checks: a root, the `example.` TLD and unbound as in
 * `world.ts`, with zones served by more than one real NSD so that they can disagree:
 *
 * - `sync.example.`: the primary (ns1, AXFR open to anyone) serves serial 2026120602; the
 *   secondary (ns2, AXFR refused, NSD's default) still serves the older copy 2026120601, in
 *   which `www` has another address. The primary also holds `legacy.sync.example.`, a name the
 *   test repository's config never had (seen only through a zone transfer).
 * - `calm.example.`: both servers serve the same copy (the healthy case).
 * - `moving.example.`: served today by ns1/ns2; a "new provider" (`ns1.newdns.example.`,
 *   resolvable through the TLD) serves a copy that lacks `txt.moving.example. TXT`.
 * - `signedmove.example.`: signed, with its DS at the TLD; the new provider holds every record
 *   but signs with keys of its own, which no DS at the parent matches.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  nsdConf,
  requireTools,
  signZone,
  startResolver,
  stopProcesses,
  waitForSoa,
} from './world.js';

export const SERVERS_HOST = {
  root: 1,
  tld: 2,
  primary: 10,
  secondary: 11,
  newProvider: 20,
  resolver: 53,
} as const;

export interface ServersWorld {
  readonly resolver: string;
  ip(host: number): string;
  stop(): Promise<void>;
}

const soa = (zone: string, serial: number) =>
  `${zone} 3600 IN SOA ns1.${zone} hostmaster.${zone} ${serial} 3600 900 604800 300`;

/** The records of sync.example. as a serial has them. */
export function syncRecords(ip: (h: number) => string, serial: 'current' | 'old'): string[] {
  return [
    `ns1.sync.example. 3600 IN A ${ip(SERVERS_HOST.primary)}`,
    `ns2.sync.example. 3600 IN A ${ip(SERVERS_HOST.secondary)}`,
    `www.sync.example. 300 IN A ${serial === 'current' ? '192.0.2.10' : '192.0.2.1'}`,
    'mail.sync.example. 300 IN A 192.0.2.25',
    'sync.example. 300 IN MX 10 mail.sync.example.',
  ];
}

export function calmRecords(ip: (h: number) => string): string[] {
  return [
    `ns1.calm.example. 3600 IN A ${ip(SERVERS_HOST.primary)}`,
    `ns2.calm.example. 3600 IN A ${ip(SERVERS_HOST.secondary)}`,
    'www.calm.example. 300 IN A 192.0.2.30',
    'api.calm.example. 300 IN A 192.0.2.31',
  ];
}

export function movingRecords(ip: (h: number) => string, copy: 'old' | 'new'): string[] {
  return [
    ...(copy === 'old'
      ? [
          `ns1.moving.example. 3600 IN A ${ip(SERVERS_HOST.primary)}`,
          `ns2.moving.example. 3600 IN A ${ip(SERVERS_HOST.secondary)}`,
        ]
      : []),
    'www.moving.example. 300 IN A 192.0.2.40',
    'moving.example. 300 IN MX 10 mx.moving.example.',
    'mx.moving.example. 300 IN A 192.0.2.41',
    ...(copy === 'old' ? ['txt.moving.example. 300 IN TXT "only at the old provider"'] : []),
  ];
}

export function signedMoveRecords(): string[] {
  return ['www.signedmove.example. 300 IN A 192.0.2.50'];
}

export async function startServersWorld(options: {
  readonly net: number;
  readonly sub?: number;
}): Promise<ServersWorld> {
  requireTools();
  const sub = options.sub ?? 1 + (process.pid % 250);
  const ip = (host: number) => `127.${options.net}.${sub}.${host}`;
  const dir = mkdtempSync(join(tmpdir(), 'zg-servers-world-'));
  const procs: ChildProcess[] = [];
  const stop = async () => {
    await stopProcesses(procs);
    rmSync(dir, { recursive: true, force: true });
  };
  const file = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `$TTL 3600\n${lines.join('\n')}\n`);
    return path;
  };
  const apexNs = (zone: string, names: string[]) => names.map((n) => `${zone} 3600 IN NS ${n}`);
  const twoNs = (zone: string) => apexNs(zone, [`ns1.${zone}`, `ns2.${zone}`]);
  try {
    const sync = (serial: 'current' | 'old') =>
      file(`sync-${serial}.zone`, [
        soa('sync.example.', serial === 'current' ? 2026120602 : 2026120601),
        ...twoNs('sync.example.'),
        ...syncRecords(ip, serial),
        ...(serial === 'current' ? ['legacy.sync.example. 300 IN A 192.0.2.99'] : []),
      ]);
    const calm = file('calm.zone', [
      soa('calm.example.', 2026120601),
      ...twoNs('calm.example.'),
      ...calmRecords(ip),
    ]);
    const moving = (copy: 'old' | 'new') =>
      file(`moving-${copy}.zone`, [
        soa('moving.example.', 2026120601),
        ...(copy === 'old'
          ? twoNs('moving.example.')
          : apexNs('moving.example.', ['ns1.newdns.example.'])),
        ...movingRecords(ip, copy),
      ]);
    // The same records signed twice: by the old provider (its KSK's DS at the TLD) and by the
    // new one, with keys of its own.
    const signedText = (ns: string[]) =>
      [
        '$TTL 3600',
        soa('signedmove.example.', 2026120601),
        ...apexNs('signedmove.example.', ns),
        ...(ns.includes('ns1.signedmove.example.')
          ? [
              `ns1.signedmove.example. 3600 IN A ${ip(SERVERS_HOST.primary)}`,
              `ns2.signedmove.example. 3600 IN A ${ip(SERVERS_HOST.secondary)}`,
            ]
          : []),
        ...signedMoveRecords(),
      ].join('\n');
    const signedDir = (name: string) => {
      const d = join(dir, name);
      mkdirSync(d);
      return d;
    };
    const oldSigned = signZone(
      signedDir('signed-old'),
      'signedmove.example.',
      signedText(['ns1.signedmove.example.', 'ns2.signedmove.example.']),
      false,
    );
    const newSigned = signZone(
      signedDir('signed-new'),
      'signedmove.example.',
      signedText(['ns1.newdns.example.']),
      false,
    );
    const delegate = (zone: string, names: [string, number][]) =>
      names.flatMap(([n, h]) => [`${zone} 86400 IN NS ${n}`, `${n} 86400 IN A ${ip(h)}`]);
    const tld = file('example.zone', [
      soa('example.', 2026120601),
      'example. 3600 IN NS ns1.nic.example.',
      `ns1.nic.example. 3600 IN A ${ip(SERVERS_HOST.tld)}`,
      ...['sync', 'calm', 'moving'].flatMap((z) =>
        delegate(`${z}.example.`, [
          [`ns1.${z}.example.`, SERVERS_HOST.primary],
          [`ns2.${z}.example.`, SERVERS_HOST.secondary],
        ]),
      ),
      ...delegate('signedmove.example.', [
        ['ns1.signedmove.example.', SERVERS_HOST.primary],
        ['ns2.signedmove.example.', SERVERS_HOST.secondary],
      ]),
      `signedmove.example. 86400 IN DS ${oldSigned.ds}`,
      // The new provider's nameserver: an address in the TLD, resolvable before any switch.
      `ns1.newdns.example. 3600 IN A ${ip(SERVERS_HOST.newProvider)}`,
    ]);
    const root = file('root.zone', [
      '. 3600 IN SOA a.root-servers. hostmaster. 2026120601 3600 900 604800 300',
      '. 3600 IN NS a.root-servers.',
      `a.root-servers. 3600 IN A ${ip(SERVERS_HOST.root)}`,
      'example. 172800 IN NS ns1.nic.example.',
      `ns1.nic.example. 172800 IN A ${ip(SERVERS_HOST.tld)}`,
    ]);
    const openXfr = ['provide-xfr: 0.0.0.0/0 NOKEY'];
    const servers: [string, number, [string, string, string[]?][]][] = [
      ['root', SERVERS_HOST.root, [['.', root]]],
      ['tld', SERVERS_HOST.tld, [['example.', tld]]],
      [
        'primary',
        SERVERS_HOST.primary,
        [
          ['sync.example.', sync('current'), openXfr],
          ['calm.example.', calm],
          ['moving.example.', moving('old')],
          ['signedmove.example.', oldSigned.signedFile],
        ],
      ],
      [
        'secondary',
        SERVERS_HOST.secondary,
        [
          ['sync.example.', sync('old')],
          ['calm.example.', calm],
          ['moving.example.', moving('old')],
          ['signedmove.example.', oldSigned.signedFile],
        ],
      ],
      [
        'new-provider',
        SERVERS_HOST.newProvider,
        [
          ['moving.example.', moving('new')],
          ['signedmove.example.', newSigned.signedFile],
        ],
      ],
    ];
    for (const [name, host, zones] of servers) {
      const conf = nsdConf(dir, name, [ip(host)], zones);
      const p = spawn('nsd', ['-d', '-c', conf], { stdio: 'ignore' });
      procs.push(p);
      await waitForSoa(ip(host), zones[0]![0], p, join(dir, name, 'nsd.log'));
    }
    const resolver = ip(SERVERS_HOST.resolver);
    await startResolver(dir, resolver, ip(SERVERS_HOST.root), procs);
    return { resolver, ip, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
