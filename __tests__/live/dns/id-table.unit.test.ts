import fc from 'fast-check';
import { IdTable } from '../../../src/live/dns/id-table.js';

type Op = { op: 'set'; id: number; v: number } | { op: 'delete'; id: number } | { op: 'clear' };

/** IDs crowded into a few low bits' worth of slots, so that probe runs collide and wrap. */
const crowdedId = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }),
  fc.constantFrom(0, 1, 2, 127, 128, 255, 256, 0xff7f, 0xff80, 0xffff),
  fc.integer({ min: 0, max: 15 }).map((k) => k * 128 + 127),
);
const ops = fc.array(
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({ op: fc.constant('set' as const), id: crowdedId, v: fc.integer() }),
    },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('delete' as const), id: crowdedId }) },
    { weight: 1, arbitrary: fc.constant({ op: 'clear' as const }) },
  ),
  { maxLength: 400 },
);

describe('IdTable (values by message ID)', () => {
  it('behaves as a Map<number, T> under any sequence of set, delete and clear', () => {
    fc.assert(
      fc.property(ops, fc.constantFrom(2, 4, 128), (list: Op[], capacity) => {
        const table = new IdTable<number>(capacity);
        const map = new Map<number, number>();
        for (const o of list) {
          if (o.op === 'set') {
            table.set(o.id, o.v);
            map.set(o.id, o.v);
          } else if (o.op === 'delete') {
            if (table.delete(o.id) !== map.delete(o.id)) return false;
          } else {
            table.clear();
            map.clear();
          }
          if (table.size !== map.size) return false;
        }
        for (let id = 0; id <= 0xffff; id += 97)
          if (table.has(id) !== map.has(id) || table.get(id) !== map.get(id)) return false;
        for (const [id, v] of map) if (table.get(id) !== v) return false;
        const byId = (a: [number, number], b: [number, number]) => a[0] - b[0];
        expect(table.entries().sort(byId)).toEqual([...map].sort(byId));
        expect(table.values().sort()).toEqual([...map.values()].sort());
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('holds every one of the 65,536 IDs at once, and gives them all back', () => {
    const table = new IdTable<number>();
    for (let id = 0xffff; id >= 0; id--) table.set(id, id * 2);
    expect(table.size).toBe(0x10000);
    for (let id = 0; id <= 0xffff; id += 1) if (table.get(id) !== id * 2) throw new Error(`${id}`);
    // A full run of 65,536 neighbours: each delete shifts the run back, so only a few here.
    for (let id = 0; id < 64; id += 2) table.delete(id);
    expect(table.size).toBe(0x10000 - 32);
    expect(table.has(2)).toBe(false);
    expect(table.get(3)).toBe(6);
  });
});
