/**
 * A loopback world of signed zones, each broken in one DNSSEC way, beside healthy ones: NSD as
 * the root and the `example.` TLD (which publishes the DS), two "provider" NSD instances that
 * serve the child zones (some differently: multi-signer), unbound as the resolver. Every zone
 * is signed by dnssec-signzone with keys from dnssec-keygen.
 *
 * - `healthy.example.`: KSK + ZSK, CDS/CDNSKEY matching the DS.
 * - `multiok.example.`: two signers, each publishing the other's ZSK (RFC 8901 model 2).
 * - `expired.example.`: signatures that ended a day ago.
 * - `expiring.example.`: signatures made 20 days ago that end in 12 hours (a stalled signer).
 * - `online.example.`: signatures made an hour ago that end in 36 hours (an online signer's
 *   short window: healthy).
 * - `future.example.`: signatures that begin tomorrow (a signer's clock running fast).
 * - `unanchored.example.`: the DS names a KSK the zone publishes, but only the ZSK signs.
 * - `cds.example.`: CDS/CDNSKEY for a key the DS does not name; `cdsdelete.example.`: the
 *   RFC 8078 delete request.
 * - `multi.example.`: two signers that do not publish each other's ZSK.
 * - `halfsigned.example.`: the second provider serves an unsigned copy.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nsdConf, requireTools, SOA, startResolver, waitForSoa } from '../world/world.js';
import { dsOf, keygen, keyRdata, keyRecord, signZone, stamp } from './signing.js';

export const HEALTHY_ZONES = ['healthy.example.', 'multiok.example.', 'online.example.'] as const;
export const BROKEN_ZONES = [
  'expired.example.',
  'expiring.example.',
  'future.example.',
  'unanchored.example.',
  'cds.example.',
  'cdsdelete.example.',
  'multi.example.',
  'halfsigned.example.',
] as const;
export type DnssecZone = (typeof HEALTHY_ZONES)[number] | (typeof BROKEN_ZONES)[number];

export interface DnssecWorld {
  ip(host: number): string;
  readonly resolver: string;
  /** The unsigned records of a zone (what a repository would hold), `www` at `www`. */
  records(zone: DnssecZone, www: string): string;
  stop(): Promise<void>;
}

const HOST = { root: 1, tld: 2, provA: 10, provB: 11, resolver: 53 } as const;
const HOUR = 3_600_000;

export async function startDnssecWorld(net: number): Promise<DnssecWorld> {
  requireTools();
  const sub = 1 + (process.pid % 250);
  const ip = (host: number) => `127.${net}.${sub}.${host}`;
  const dir = mkdtempSync(join(tmpdir(), 'zg-dnssec-world-'));
  const procs: ChildProcess[] = [];
  const stop = async () => {
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
    rmSync(dir, { recursive: true, force: true });
  };
  const A = ip(HOST.provA);
  const B = ip(HOST.provB);
  const records = (zone: string, www: string) =>
    [
      '$TTL 3600',
      SOA(zone),
      `${zone} IN NS ns1.${zone}`,
      `${zone} IN NS ns2.${zone}`,
      `ns1.${zone} IN A ${A}`,
      `ns2.${zone} IN A ${B}`,
      `www.${zone} 300 IN A ${www}`,
      // Cached for a day: rrsig-expiring's "sooner than twice the TTL".
      `day.${zone} 86400 IN TXT "${www}"`,
    ].join('\n');
  try {
    const now = Date.now();
    const filesA: [string, string][] = [];
    const filesB: [string, string][] = [];
    const tld: string[] = [];
    const delegate = (zone: string, ds: string[]) =>
      tld.push(
        `${zone} IN NS ns1.${zone}`,
        `${zone} IN NS ns2.${zone}`,
        `ns1.${zone} IN A ${A}`,
        `ns2.${zone} IN A ${B}`,
        ...ds.map((d) => `${zone} IN DS ${d}`),
      );
    /** One signer: KSK + ZSK in their own folder, served by both providers. */
    const single = (
      zone: string,
      extra: (ksk: string, kdir: string) => string[] = () => [],
      window: { start?: string; end?: string } = {},
    ) => {
      const kdir = join(dir, zone);
      const ksk = keygen(kdir, zone, 13, true);
      const zsk = keygen(kdir, zone, 13, false);
      const text = [records(zone, '192.0.2.1'), ...extra(ksk, kdir)].join('\n');
      const file = signZone(kdir, zone, text, [ksk, zsk], window);
      filesA.push([zone, file]);
      filesB.push([zone, file]);
      delegate(zone, [dsOf(kdir, ksk)]);
    };
    const cdsOf = (zone: string, kdir: string, key: string) => [
      `${zone} IN CDS ${dsOf(kdir, key)}`,
      `${zone} IN CDNSKEY ${keyRdata(kdir, key)}`,
    ];

    single('healthy.example.', (ksk, kdir) => [
      ...cdsOf('healthy.example.', kdir, ksk),
      // Larger than a UDP answer: read again over TCP, signatures and all.
      `big.healthy.example. 300 IN TXT ${Array.from({ length: 12 }, (_, i) => `"${String(i % 10).repeat(200)}"`).join(' ')}`,
      '*.wild.healthy.example. 300 IN A 192.0.2.7',
      // A type dns-packet does not decode: its raw RDATA is what was signed.
      'svc.healthy.example. 300 IN HTTPS 1 . alpn="h2,h3" port=8443',
    ]);
    single('expired.example.', undefined, {
      start: stamp(now - 10 * 24 * HOUR),
      end: stamp(now - 24 * HOUR),
    });
    single('expiring.example.', undefined, {
      start: stamp(now - 20 * 24 * HOUR),
      end: stamp(now + 12 * HOUR),
    });
    single('online.example.', undefined, { start: stamp(now - HOUR), end: stamp(now + 36 * HOUR) });
    single('future.example.', undefined, {
      start: stamp(now + 24 * HOUR),
      end: stamp(now + 30 * 24 * HOUR),
    });
    single('cds.example.', (_ksk, kdir) => {
      // A second KSK, published and named by CDS/CDNSKEY, that the DS does not reference.
      const next = keygen(join(kdir, 'next'), 'cds.example.', 13, true);
      return [
        keyRecord(join(kdir, 'next'), next),
        ...cdsOf('cds.example.', join(kdir, 'next'), next),
      ];
    });
    single('cdsdelete.example.', () => [
      'cdsdelete.example. IN CDS 0 0 0 00',
      'cdsdelete.example. IN CDNSKEY 0 3 0 AA==',
    ]);

    // The DS names a KSK the zone publishes, but only the ZSK (in another folder) signs.
    {
      const zone = 'unanchored.example.';
      const kdir = join(dir, zone);
      const ksk = keygen(join(kdir, 'ksk'), zone, 13, true);
      const zsk = keygen(kdir, zone, 13, false);
      const file = signZone(kdir, zone, records(zone, '192.0.2.1'), [zsk], {
        publish: [keyRecord(join(kdir, 'ksk'), ksk)],
      });
      filesA.push([zone, file]);
      filesB.push([zone, file]);
      delegate(zone, [dsOf(join(kdir, 'ksk'), ksk)]);
    }

    // Two signers (RFC 8901 model 2): each its own KSK and ZSK, the DS naming both KSKs.
    const multi = (zone: string, crossPublish: boolean) => {
      const dirA = join(dir, zone, 'a');
      const dirB = join(dir, zone, 'b');
      const kA = [keygen(dirA, zone, 13, true), keygen(dirA, zone, 13, false)] as const;
      const kB = [keygen(dirB, zone, 13, true), keygen(dirB, zone, 13, false)] as const;
      const text = records(zone, '192.0.2.1');
      filesA.push([
        zone,
        signZone(dirA, zone, text, kA, { publish: crossPublish ? [keyRecord(dirB, kB[1])] : [] }),
      ]);
      filesB.push([
        zone,
        signZone(dirB, zone, text, kB, { publish: crossPublish ? [keyRecord(dirA, kA[1])] : [] }),
      ]);
      delegate(zone, [dsOf(dirA, kA[0]), dsOf(dirB, kB[0])]);
    };
    // The second provider serves the zone without DNSSEC: no DNSKEY, no RRSIG.
    {
      const zone = 'halfsigned.example.';
      const kdir = join(dir, zone);
      const keys = [keygen(kdir, zone, 13, true), keygen(kdir, zone, 13, false)];
      filesA.push([zone, signZone(kdir, zone, records(zone, '192.0.2.1'), keys)]);
      const unsigned = join(kdir, 'unsigned.zone');
      writeFileSync(unsigned, `${records(zone, '192.0.2.1')}\n`);
      filesB.push([zone, unsigned]);
      delegate(zone, [dsOf(kdir, keys[0]!)]);
    }
    multi('multiok.example.', true);
    multi('multi.example.', false);

    const plain = (zone: string, ns: string[], extra: string[]) => {
      const file = join(dir, `${zone === '.' ? 'root.' : zone}zone`);
      writeFileSync(
        file,
        ['$TTL 3600', SOA(zone), ...ns.map((n) => `${zone} IN NS ${n}`), ...extra].join('\n') +
          '\n',
      );
      return file;
    };
    const tldFile = plain(
      'example.',
      ['ns1.nic.example.'],
      [`ns1.nic.example. IN A ${ip(HOST.tld)}`, ...tld],
    );
    const rootFile = plain(
      '.',
      ['a.root-servers.'],
      [
        `a.root-servers. IN A ${ip(HOST.root)}`,
        'example. 172800 IN NS ns1.nic.example.',
        `ns1.nic.example. 172800 IN A ${ip(HOST.tld)}`,
      ],
    );
    const servers: [string, string[], [string, string][]][] = [
      ['root', [ip(HOST.root)], [['.', rootFile]]],
      ['tld', [ip(HOST.tld)], [['example.', tldFile]]],
      ['provA', [A], filesA],
      ['provB', [B], filesB],
    ];
    for (const [name, ips, zones] of servers) {
      const conf = nsdConf(dir, name, ips, zones);
      const p = spawn('nsd', ['-d', '-c', conf], { stdio: 'ignore' });
      procs.push(p);
      await waitForSoa(ips[0]!, zones[0]![0], p, join(dir, name, 'nsd.log'));
    }
    const resolver = ip(HOST.resolver);
    await startResolver(dir, resolver, ip(HOST.root), procs);
    return { ip, resolver, records, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
