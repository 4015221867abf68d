import fc from 'fast-check';
import { applyChanges } from '../../src/diff/apply.js';
import { compareRRsetKeys, diffRRsets } from '../../src/diff/diff.js';
import { markUniqueByKey } from '../../src/model/rrset-map.js';
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

describe('diff of lists marked unique by key (paired by walking them)', () => {
  /** Two sides that mostly agree: b is a with RRsets dropped, added, changed and moved. */
  const sides = fc
    .tuple(
      fc.uniqueArray(
        fc.record({
          name: fc.constantFrom(...NAMES, 'x.example.com.', 'y.example.com.', 'z.example.com.'),
          type: fc.constantFrom('A', 'TXT', 'MX', 'SOA', 'AAAA'),
          ttl: fc.constantFrom(60, 300),
          values: fc.uniqueArray(fc.constantFrom('v1', 'v2', '1 2 3 4 5 6 7', '1 2 9 4 5 6 7'), {
            minLength: 1,
            maxLength: 2,
          }),
        }),
        { selector: (r) => `${r.name} ${r.type}`, maxLength: 30 },
      ),
      fc.array(fc.tuple(fc.constantFrom('drop', 'ttl', 'move', 'add', 'copy'), fc.nat()), {
        maxLength: 8,
      }),
    )
    .map(([raw, edits]) => {
      const a = raw.map((r) => makeRRset(r));
      const b: RRset[] = [...a];
      for (const [edit, at] of edits) {
        if (b.length === 0) break;
        const i = at % b.length;
        if (edit === 'drop') b.splice(i, 1);
        else if (edit === 'ttl') b[i] = { ...b[i]!, ttl: b[i]!.ttl + 1 };
        else if (edit === 'copy')
          b[i] = { ...b[i]! }; // equal, not the same object
        else if (edit === 'move') b.push(...b.splice(i, 1));
        else if (!b.some((r) => r.name === 'new.example.com.'))
          b.splice(
            i,
            0,
            makeRRset({ name: 'new.example.com.', type: 'A', ttl: 60, values: ['v1'] }),
          );
      }
      return [a, b] as const;
    });

  it('gives what pairing through a map gives', () => {
    fc.assert(
      fc.property(sides, ([a, b]) => {
        const walked = diffRRsets(markUniqueByKey([...a]), markUniqueByKey([...b]));
        expect(walked).toEqual(diffRRsets([...a], [...b]));
        const back = diffRRsets(markUniqueByKey([...b]), markUniqueByKey([...a]));
        expect(back).toEqual(diffRRsets([...b], [...a]));
      }),
      { numRuns: 3000 },
    );
  });
});
