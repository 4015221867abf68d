import fc from 'fast-check';
import { applyChanges } from '../../src/diff/apply.js';
import { compareRRsetKeys, diffRRsets } from '../../src/diff/diff.js';
import { makeRRset, type RRset } from '../../src/model/zone.js';

const NAMES = [
  'example.com.',
  'www.example.com.',
  'mail.example.com.',
  '*.example.com.',
  'a.b.example.com.',
];
const TYPES = ['A', 'TXT', 'MX'] as const;

const rrset = fc
  .record({
    name: fc.constantFrom(...NAMES),
    type: fc.constantFrom(...TYPES),
    ttl: fc.constantFrom(60, 300, 3600, 86400),
    values: fc.uniqueArray(fc.constantFrom('v1', 'v2', 'v3'), { minLength: 1, maxLength: 3 }),
  })
  .map((r) => makeRRset(r));

/** Unique by (name, type), as zones are. */
const zone = fc.uniqueArray(rrset, { selector: (r) => `${r.name} ${r.type}`, maxLength: 12 });

const sorted = (rs: readonly RRset[]) => [...rs].sort(compareRRsetKeys);

describe('diff properties', () => {
  it('applying diff(a, b) to a gives b', () => {
    fc.assert(
      fc.property(zone, zone, (a, b) =>
        expect(applyChanges(a, diffRRsets(a, b))).toEqual(sorted(b)),
      ),
    );
  });
  it('a zone has no changes against itself; every change names one RRset once', () => {
    fc.assert(
      fc.property(zone, zone, (a, b) => {
        expect(diffRRsets(a, a)).toEqual([]);
        const keys = diffRRsets(a, b).map((c) => `${c.name} ${c.type}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
  it('the reverse diff swaps adds and removes', () => {
    fc.assert(
      fc.property(zone, zone, (a, b) => {
        const count = (cs: ReturnType<typeof diffRRsets>, k: string) =>
          cs.filter((c) => c.kind === k).length;
        const fwd = diffRRsets(a, b);
        const back = diffRRsets(b, a);
        expect([count(fwd, 'add'), count(fwd, 'remove'), count(fwd, 'modify')]).toEqual([
          count(back, 'remove'),
          count(back, 'add'),
          count(back, 'modify'),
        ]);
      }),
    );
  });
});
