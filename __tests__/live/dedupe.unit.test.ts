import fc from 'fast-check';
import { dedupe } from '../../src/live/collect.js';
import type { RecordType } from '../../src/model/record-type.js';

/** The plain reading: a key string per (name, type), the first of each kept. */
function naive<T extends { name: string; type: RecordType }>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((q) => {
    const k = `${q.name} ${q.type}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

describe('dedupe', () => {
  it('keeps the first of each (name, type), in order, as the naive reading does', () => {
    const entry = fc.record({
      name: fc.constantFrom('a.example.', 'b.example.', 'c.example.', 'constructor'),
      type: fc.constantFrom<RecordType>('A', 'AAAA', 'MX', 'TXT'),
      n: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (list) => {
        expect(dedupe(list)).toEqual(naive(list));
      }),
      { numRuns: 1000, seed: 2 },
    );
  });
});
