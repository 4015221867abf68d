import type { LiveSnapshot } from '../../../src/live/types.js';
import {
  weakDnssecAlgorithm,
  weaknesses,
} from '../../../src/rules/checks/weak-dnssec-algorithm.js';
import { contextFor } from '../../helpers/context.js';
import { delegationOf, liveSnapshot } from '../../helpers/live.js';
import { zone, zoneSet } from '../../helpers/zones.js';

const SHA1 = 'A'.repeat(40);
const SHA256 = 'B'.repeat(64);
const KEY = 'AwEAAagAIKlVZrpC6Ia7gEzahOR+9W29euxhJhVVLOyQbSEW0O8gcCjF';

async function check(baseLines: string[], headLines: string[], live?: LiveSnapshot) {
  const ctx = contextFor(
    zoneSet(zone('example.com.', ['@ 3600 A 192.0.2.1', ...baseLines])),
    zoneSet(zone('example.com.', ['@ 3600 A 192.0.2.1', ...headLines])),
    { live },
  );
  return weakDnssecAlgorithm.check(ctx);
}

describe('weaknesses', () => {
  it('follows the RFC 8624 tables', () => {
    expect(weaknesses('DS', `1 13 2 ${SHA256}`)).toEqual([]);
    expect(weaknesses('DS', `1 8 1 ${SHA1}`).map((w) => w.severity)).toEqual(['medium']);
    expect(weaknesses('DS', `1 5 2 ${SHA256}`).map((w) => w.severity)).toEqual(['low']);
    expect(weaknesses('DNSKEY', `257 3 1 ${KEY}`)[0]!.says).toContain('RSAMD5');
    expect(weaknesses('DNSKEY', `257 3 15 ${KEY}`)).toEqual([]);
    expect(weaknesses('CDS', '0 0 0 00')).toEqual([]); // RFC 8078 delete
    expect(weaknesses('CDNSKEY', '0 3 0 AA==')).toEqual([]);
    expect(weaknesses('DS', `1 99 2 ${SHA256}`)[0]!.says).toContain('not a registered');
  });
});

describe('weak-dnssec-algorithm', () => {
  it('fires on a new SHA-1 DS for a child delegation, at medium', async () => {
    const f = await check(
      [`sub 3600 DS 12345 13 2 ${SHA256}`],
      [`sub 3600 DS 12345 13 2 ${SHA256}`, `sub 3600 DS 12345 13 1 ${SHA1}`],
    );
    expect(f).toEqual([
      expect.objectContaining({
        introduced: true,
        name: 'sub.example.com.',
        type: 'DS',
        severity: 'medium',
      }),
    ]);
    expect(f[0]!.message).toContain('digest type 1 (SHA-1) MUST NOT be used');
  });

  it('gives RSASHA1 keys low severity and marks ones base had as existing', async () => {
    const key = `@ 3600 DNSKEY 257 3 5 ${KEY}`;
    const f = await check([key], [key, '@ 3600 TXT "x"']);
    expect(f).toEqual([
      expect.objectContaining({ introduced: false, severity: 'low', type: 'DNSKEY' }),
    ]);
  });

  it('is quiet on modern algorithms', async () => {
    expect(
      await check([], [`sub 3600 DS 1 13 2 ${SHA256}`, `@ 3600 DNSKEY 257 3 13 ${KEY}`]),
    ).toEqual([]);
  });

  it('reports a weak DS the parent publishes today as existing', async () => {
    const live = liveSnapshot([
      {
        zone: 'example.com.',
        delegation: delegationOf({ ds: [`370 13 1 ${SHA1}`], dsTtl: 86400 }),
      },
    ]);
    const f = await check([], [], live);
    expect(f).toEqual([
      expect.objectContaining({ introduced: false, type: 'DS', name: 'example.com.' }),
    ]);
    expect(f[0]!.message).toContain('The parent com. publishes DS');
  });
});
