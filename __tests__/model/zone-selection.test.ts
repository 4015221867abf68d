import fc from 'fast-check';
import type { Zone, ZoneSet } from '../../src/model/zone.js';
import {
  isSelected,
  parseZoneSelection,
  planShards,
  unmatchedPatterns,
} from '../../src/model/zone-selection.js';

const zone = (name: string, tag?: string): Zone =>
  ({
    name,
    ...(tag ? { tag } : {}),
    format: 'bind',
    rrsets: [],
    providers: [],
    unmanaged: [],
  }) as Zone;
const set = (...zones: Zone[]): ZoneSet => ({ zones, credentials: [], files: [] });

describe('zone selection (--zone)', () => {
  it('splits values on white space and commas, once each', () => {
    expect(
      parseZoneSelection(['a.example b.example', 'c.example,a.example', ' ']).patterns,
    ).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('matches a zone with or without its final dot, by glob, and a split-horizon tag', () => {
    const s = parseZoneSelection(['example.com']);
    expect(isSelected(s, zone('example.com.'))).toBe(true);
    expect(isSelected(parseZoneSelection(['example.com.']), zone('example.com.'))).toBe(true);
    expect(isSelected(s, zone('www.example.com.'))).toBe(false);
    expect(isSelected(parseZoneSelection(['*.example.com']), zone('dev.example.com.'))).toBe(true);
    expect(isSelected(parseZoneSelection(['*.example.com']), zone('example.com.'))).toBe(false);
    expect(
      isSelected(parseZoneSelection(['example.com!internal']), zone('example.com.', 'internal')),
    ).toBe(true);
    expect(isSelected(parseZoneSelection(['example.com!internal']), zone('example.com.'))).toBe(
      false,
    );
    // A tagged zone is also selected by its name alone: both views of the zone.
    expect(isSelected(s, zone('example.com.', 'internal'))).toBe(true);
  });

  it('names the patterns that select nothing on any side', () => {
    const s = parseZoneSelection(['a.example', 'typo.example', 'gone.example']);
    expect(unmatchedPatterns(s, [set(zone('a.example.')), set(zone('gone.example.'))])).toEqual([
      'typo.example',
    ]);
  });
});

describe('planShards', () => {
  const zones = fc.uniqueArray(
    fc.record({ key: fc.stringMatching(/^[a-z]{1,8}\.example\.$/), rrsets: fc.nat(5000) }),
    { selector: (z) => z.key, maxLength: 60 },
  );

  it('puts every zone in exactly one shard, never more shards than zones', () => {
    fc.assert(
      fc.property(zones, fc.integer({ min: 1, max: 300 }), (zs, n) => {
        const shards = planShards(zs, n);
        const keys = shards.flatMap((s) => s.zones);
        expect(keys.sort()).toEqual(zs.map((z) => z.key).sort());
        expect(shards.length).toBe(Math.max(1, Math.min(n, zs.length)));
        if (zs.length > 0) expect(shards.every((s) => s.zones.length > 0)).toBe(true);
      }),
    );
  });

  it('balances the shards: none heavier than the average plus the heaviest zone', () => {
    fc.assert(
      fc.property(zones, fc.integer({ min: 1, max: 20 }), (zs, n) => {
        const shards = planShards(zs, n);
        const weight = (r: number) => Math.max(1, r);
        const total = zs.reduce((t, z) => t + weight(z.rrsets), 0);
        const heaviest = Math.max(0, ...zs.map((z) => weight(z.rrsets)));
        for (const s of shards)
          expect(s.rrsets).toBeLessThanOrEqual(total / shards.length + heaviest);
      }),
    );
  });

  it('is deterministic whatever order the zones come in, and labels shards i-of-n', () => {
    const zs = [
      { key: 'a.example.', rrsets: 10 },
      { key: 'b.example.', rrsets: 500 },
      { key: 'c.example.', rrsets: 10 },
    ];
    const one = planShards(zs, 2);
    expect(planShards([...zs].reverse(), 2)).toEqual(one);
    expect(one.map((s) => s.shard)).toEqual(['1-of-2', '2-of-2']);
    expect(one[0]!.zones).toEqual(['b.example.']);
    expect(planShards(zs, 1)[0]!.shard).toBe('all');
  });
});
