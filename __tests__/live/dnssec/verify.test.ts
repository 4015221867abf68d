/**
 * RRSIG verification against zones signed by BIND's dnssec-signzone, one per algorithm we
 * check (8, 10, 13, 14, 15, 16), served by NSD on loopback and read with our own DNS client:
 * every RRset verifies, wildcard answers verify as their unexpanded owner, a changed record
 * or a missing key does not, and the validity window is judged with serial arithmetic.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDnsClient, type DnsClient } from '../../../src/live/dns/client.js';
import { absoluteTime, INCEPTION_SKEW_MS, judge } from '../../../src/live/dnssec/verdict.js';
import { checkSignatures, keyRing } from '../../../src/live/dnssec/verify.js';
import type { RrsigData, WireRecord } from '../../../src/live/dnssec/wire.js';
import { nsdConf, requireTools, SOA, waitForSoa } from '../world/world.js';
import { ALGORITHM_NAMES, keygen, signZone } from './signing.js';

const ALGORITHMS = [8, 10, 13, 14, 15, 16];
const ip = `127.71.${1 + (process.pid % 250)}.1`;
const server = { address: ip, port: 53 };
let dir: string;
let nsd: ChildProcess | undefined;
let client: DnsClient;

const zoneOf = (alg: number) => `alg${alg}.example.`;

beforeAll(async () => {
  requireTools();
  dir = mkdtempSync(join(tmpdir(), 'zg-dnssec-'));
  const files: [string, string][] = [];
  for (const alg of ALGORITHMS) {
    const zone = zoneOf(alg);
    const keys = [keygen(dir, zone, alg, true), keygen(dir, zone, alg, false)];
    const text = [
      '$TTL 3600',
      SOA(zone),
      `${zone} IN NS ns1.${zone}`,
      `ns1.${zone} IN A ${ip}`,
      // Upper case in owners and targets: canonical form lower-cases both.
      `WWW.${zone} 300 IN A 192.0.2.1`,
      `www.${zone} 300 IN A 192.0.2.2`,
      `${zone} IN MX 10 MAIL.${zone}`,
      `${zone} IN MX 20 backup.${zone}`,
      `mail.${zone} IN AAAA 2001:db8::25`,
      `txt.${zone} IN TXT "one" "two words" "\\"quoted\\""`,
      `_sip._tcp.${zone} IN SRV 0 5 5060 SIP.${zone}`,
      `*.w.${zone} IN A 192.0.2.9`,
      `${zone} IN CAA 0 issue "ca.example"`,
      // A label that is not UTF-8: dns-packet cannot give its octets back.
      `\\200.${zone} 300 IN A 192.0.2.80`,
    ].join('\n');
    files.push([zone, signZone(dir, zone, text, keys)]);
  }
  // RSASHA1 (algorithm 5): signatures we do not judge.
  const sha1 = 'alg5.example.';
  const sha1Keys = [keygen(dir, sha1, 5, true), keygen(dir, sha1, 5, false)];
  files.push([
    sha1,
    signZone(dir, sha1, ['$TTL 3600', SOA(sha1), `${sha1} IN NS ns1.${sha1}`].join('\n'), sha1Keys),
  ]);
  const conf = nsdConf(dir, 'nsd', [ip], files);
  nsd = spawn('nsd', ['-d', '-c', conf], { stdio: 'ignore' });
  await waitForSoa(ip, files[0]![0], nsd, join(dir, 'nsd', 'nsd.log'));
  client = createDnsClient({ timeoutMs: 2000 });
}, 120_000);

afterAll(async () => {
  client?.close();
  if (nsd && nsd.exitCode === null) {
    const exited = new Promise((r) => nsd!.once('exit', r));
    nsd.kill('SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The records of `name type` and their RRSIGs, asked with the DO bit. */
async function fetch(name: string, type: string) {
  const r = await client.query(server, { name, type, dnssec: true });
  if (!r.ok) throw new Error(r.message);
  const all = r.response.answers as unknown as WireRecord[];
  // Every answer here holds one owner (no CNAME chains); \DDD escapes are not dns-packet's.
  const records = all.filter((a) => a.type === type);
  const sigs = all
    .filter((a) => a.type === 'RRSIG' && (a.data as RrsigData).typeCovered === type)
    .map((a) => a.data as RrsigData);
  return { records, sigs };
}

async function keysOf(zone: string) {
  return keyRing((await fetch(zone, 'DNSKEY')).records);
}

const NOW = new Date();

describe.each(ALGORITHMS)('algorithm %i', (alg) => {
  const zone = zoneOf(alg);
  const questions: [string, string][] = [
    [zone, 'SOA'],
    [zone, 'NS'],
    [zone, 'DNSKEY'],
    [zone, 'MX'],
    [zone, 'CAA'],
    [`www.${zone}`, 'A'],
    [`mail.${zone}`, 'AAAA'],
    [`txt.${zone}`, 'TXT'],
    [`_sip._tcp.${zone}`, 'SRV'],
    [`anything.w.${zone}`, 'A'], // synthesised from the wildcard
  ];

  it(`verifies every RRset ${ALGORITHM_NAMES[alg]} signs`, async () => {
    const keys = await keysOf(zone);
    expect(keys.every((k) => typeof k.key !== 'string')).toBe(true);
    for (const [name, type] of questions) {
      const { records, sigs } = await fetch(name, type);
      // One signature each; the DNSKEY set also carries the KSK's.
      const expected = type === 'DNSKEY' ? ['valid', 'valid'] : ['valid'];
      expect([name, type, records.length > 0]).toEqual([name, type, true]);
      const checks = checkSignatures(zone, records, sigs, keys);
      expect([name, type, checks.map((c) => c.outcome)]).toEqual([name, type, expected]);
      expect(judge(checks, NOW).kind).toBe('secure');
    }
  });

  it('finds a changed record, a missing key and a signer that is not the zone', async () => {
    const keys = await keysOf(zone);
    const { records, sigs } = await fetch(`www.${zone}`, 'A');
    const changed = records.map((r, i) => (i === 0 ? { ...r, data: '192.0.2.99' } : r));
    expect(checkSignatures(zone, changed, sigs, keys)[0]!.outcome).toBe('bad-signature');
    const signerKey = keys.filter((k) => k.tag !== sigs[0]!.keyTag);
    const noKey = checkSignatures(zone, records, sigs, signerKey);
    expect(noKey[0]!.outcome).toBe('no-key');
    expect(judge(noKey, NOW)).toEqual({
      kind: 'bogus',
      why: expect.stringContaining('no such key'),
    });
    expect(checkSignatures('other.example.', records, sigs, keys)[0]!.outcome).toBe('mismatch');
    expect(judge(checkSignatures(zone, records, [], keys), NOW)).toEqual({
      kind: 'bogus',
      why: 'no RRSIG',
    });
  });
});

describe('what is not judged', () => {
  it('an algorithm we do not check (RSASHA1) is unknown, never bogus', async () => {
    const zone = 'alg5.example.';
    const keys = await keysOf(zone);
    const { records, sigs } = await fetch(zone, 'SOA');
    const checks = checkSignatures(zone, records, sigs, keys);
    expect(checks.map((c) => c.outcome)).toEqual(['unsupported']);
    expect(judge(checks, NOW)).toEqual({
      kind: 'unknown',
      why: 'signed with algorithm 5 only, which is not checked',
    });
  });

  it('a name whose octets dns-packet cannot give back is unknown, never bogus', async () => {
    const zone = zoneOf(13);
    const keys = await keysOf(zone);
    const { records, sigs } = await fetch(`\\200.${zone}`, 'A');
    expect(records).toHaveLength(1);
    const checks = checkSignatures(zone, records, sigs, keys);
    expect(checks.map((c) => c.outcome)).toEqual(['unverifiable']);
    expect(judge(checks, NOW).kind).toBe('unknown');
  });
});

describe('the validity window', () => {
  it('is judged against the clock: expired after Expiration, not yet before Inception', async () => {
    const zone = zoneOf(13);
    const keys = await keysOf(zone);
    const { records, sigs } = await fetch(`www.${zone}`, 'A');
    const checks = checkSignatures(zone, records, sigs, keys);
    const sig = sigs[0]!;
    const after = new Date((sig.expiration + 1) * 1000);
    const before = new Date(sig.inception * 1000 - INCEPTION_SKEW_MS - 1000);
    const justBefore = new Date(sig.inception * 1000 - INCEPTION_SKEW_MS + 1000);
    expect(judge(checks, after)).toEqual({
      kind: 'expired',
      ended: { at: sig.expiration * 1000, keyTag: sig.keyTag },
    });
    expect(judge(checks, before)).toEqual({
      kind: 'expired',
      begins: { at: sig.inception * 1000, keyTag: sig.keyTag },
    });
    // A clock a few minutes behind the signer's still counts the signature as begun.
    expect(judge(checks, justBefore).kind).toBe('secure');
    expect(judge(checks, NOW)).toEqual({
      kind: 'secure',
      from: sig.inception * 1000,
      until: sig.expiration * 1000,
      keyTag: sig.keyTag,
    });
  });

  it('reads 32-bit times with serial arithmetic across the 2106 wrap (RFC 1982)', () => {
    const nearWrap = Date.UTC(2106, 1, 7, 6, 0, 0); // just past 2^32 seconds
    const justBefore = (Math.floor(nearWrap / 1000) - 3600) % 2 ** 32;
    const justAfter = (Math.floor(nearWrap / 1000) + 3600) % 2 ** 32;
    expect(absoluteTime(justBefore, nearWrap)).toBe(nearWrap - 3600_000);
    expect(absoluteTime(justAfter, nearWrap)).toBe(nearWrap + 3600_000);
  });
});
