/**
 * Real signing for the DNSSEC tests, with BIND's tools: keys from dnssec-keygen, zones signed
 * by dnssec-signzone (with chosen validity windows), DS from dnssec-dsfromkey.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ALGORITHM_NAMES: Record<number, string> = {
  5: 'RSASHA1',
  8: 'RSASHA256',
  10: 'RSASHA512',
  13: 'ECDSAP256SHA256',
  14: 'ECDSAP384SHA384',
  15: 'ED25519',
  16: 'ED448',
};

/** A key made in `dir`: its file base name (`Kzone.+alg+tag`). */
export function keygen(dir: string, zone: string, algorithm: number, ksk: boolean): string {
  mkdirSync(dir, { recursive: true });
  const size = [5, 8, 10].includes(algorithm) ? ['-b', '2048'] : [];
  return execFileSync(
    'dnssec-keygen',
    [
      '-q',
      '-K',
      dir,
      '-a',
      ALGORITHM_NAMES[algorithm]!,
      ...size,
      ...(ksk ? ['-f', 'KSK'] : []),
      zone,
    ],
    { encoding: 'utf8' },
  ).trim();
}

/** The key's DNSKEY record line (`zone. IN DNSKEY 257 3 13 …`). */
export function keyRecord(dir: string, key: string): string {
  return readFileSync(join(dir, `${key}.key`), 'utf8')
    .split('\n')
    .find((l) => /\sDNSKEY\s/.test(l))!
    .trim();
}

/** The key's DNSKEY rdata text (`257 3 13 …`). */
export function keyRdata(dir: string, key: string): string {
  return keyRecord(dir, key)
    .split(/\sDNSKEY\s/)[1]!
    .trim();
}

/** The SHA-256 DS rdata of a key (`tag alg 2 HEX`). */
export function dsOf(dir: string, key: string): string {
  return execFileSync('dnssec-dsfromkey', ['-2', join(dir, `${key}.key`)], { encoding: 'utf8' })
    .trim()
    .split(/\s+IN\s+DS\s+/)[1]!;
}

export interface SignOptions {
  /** dnssec-signzone `-s` and `-e` (`+3600`, or a time from `stamp`). */
  readonly start?: string;
  readonly end?: string;
  /** Extra DNSKEY records published in the zone without signing with them. */
  readonly publish?: readonly string[];
}

/**
 * Signs `text` (the zone's records) with `signers` (keys in `dir`, published and used to
 * sign); returns the signed zone file.
 */
export function signZone(
  dir: string,
  zone: string,
  text: string,
  signers: readonly string[],
  options: SignOptions = {},
): string {
  const file = join(dir, `${zone}zone`);
  const keys = signers.map((k) => keyRecord(dir, k));
  writeFileSync(file, [text, ...keys, ...(options.publish ?? [])].join('\n') + '\n');
  execFileSync(
    'dnssec-signzone',
    [
      '-q',
      '-P', // no post-signing check: some zones here are broken on purpose
      '-K',
      dir,
      '-d',
      dir,
      '-o',
      zone,
      '-f',
      `${file}.signed`,
      ...(options.start ? ['-s', options.start] : []),
      ...(options.end ? ['-e', options.end] : []),
      file,
      ...signers.map((k) => join(dir, k)),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return `${file}.signed`;
}

/** A time as dnssec-signzone reads it: `YYYYMMDDHHMMSS`, UTC. */
export function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
