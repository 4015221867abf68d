/**
 * loadOctodns on the two sides of a review (one SideMemo): a zone file that reads the same on
 * both sides (its text, its `!include`s and the options its config gives it) is read once, and
 * in every case each side gets exactly what loading it alone gives. Random zone files, random
 * edits of the zone file, of its include and of the config, on either side.
 */
import fc from 'fast-check';
import { InputBudget } from '../../../src/formats/budget.js';
import { loadOctodns } from '../../../src/formats/octodns/load.js';
import { SideMemo } from '../../../src/formats/side-memo.js';
import { memoryTree } from '../../helpers/memory-tree.js';

const config = (ttl: number) =>
  `providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./zones\n    default_ttl: ${ttl}\nzones:\n  example.com.:\n    sources:\n      - config\n    targets:\n      - config\n`;

const recordArb = fc.oneof(
  fc.nat(255).map((n) => `  type: A\n  value: 192.0.2.${n}\n`),
  fc
    .nat(99)
    .map((n) => `  type: MX\n  value:\n    exchange: mx.example.net.\n    preference: ${n}\n`),
  fc.nat(9).map((n) => `  type: TXT\n  value: v=spf1 ip4:192.0.2.${n} -all\n`),
  fc.nat(9).map((n) => `  ttl: ${300 + n}\n  type: CNAME\n  value: host${n}.example.net.\n`),
);

const sideArb = fc.record({
  records: fc.array(fc.tuple(fc.constantFrom('www', 'mail', 'api', 'x.y', 'z'), recordArb), {
    minLength: 1,
    maxLength: 5,
  }),
  included: fc.nat(255),
  ttl: fc.constantFrom(3600, 300),
});
type Side = { records: [string, string][]; included: number; ttl: number };

function filesOf(side: Side): Record<string, string> {
  // One record per name (a YAML key appears once), in the order octoDNS enforces.
  const byName = new Map<string, string>([['inc', ' !include included.yaml\n']]);
  for (const [name, record] of side.records) if (!byName.has(name)) byName.set(name, `\n${record}`);
  const zone = [...byName.keys()]
    .sort()
    .map((name) => `${name}:${byName.get(name)}`)
    .join('');
  return {
    'config.yaml': config(side.ttl),
    'zones/example.com.yaml': zone,
    'zones/included.yaml': `type: A\nvalue: 198.51.100.${side.included}\n`,
  };
}

/** The other side: the same, or one thing of it changed (the include, the config, a record). */
const editArb = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('include' as const), to: fc.nat(255) }),
  fc.record({ kind: fc.constant('ttl' as const), to: fc.constantFrom(3600, 300, 60) }),
  fc.record({ kind: fc.constant('records' as const), to: sideArb }),
);
type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

function edited(side: Side, e: Edit): Side {
  if (e.kind === 'include') return { ...side, included: e.to };
  if (e.kind === 'ttl') return { ...side, ttl: e.to };
  if (e.kind === 'records') return { ...side, records: e.to.records };
  return side;
}

const load = (files: Record<string, string>, memo?: SideMemo, budget?: InputBudget) =>
  loadOctodns(memoryTree(files), {
    path: '',
    ...(memo ? { memo } : {}),
    ...(budget ? { budget } : {}),
  });

describe('loadOctodns with a memo of the other side', () => {
  it('gives each side what loading it alone gives', async () => {
    let reused = 0;
    let differed = 0;
    await fc.assert(
      fc.asyncProperty(sideArb, editArb, async (first, edit) => {
        const head = filesOf(first);
        const base = filesOf(edited(first, edit));
        const memo = new SideMemo();
        const a = await load(head, memo);
        const b = await load(base, memo);
        expect(JSON.stringify(a)).toBe(JSON.stringify(await load(head)));
        expect(JSON.stringify(b)).toBe(JSON.stringify(await load(base)));
        if (!a.ok || !b.ok) return;
        // Reused: the records (and so their locations) are the first side's own objects.
        const at = (r: typeof a) => (r.ok ? r.value.zones[0]!.rrsets[0]!.location : undefined);
        const same = JSON.stringify(head) === JSON.stringify(base);
        expect(at(a) === at(b)).toBe(same);
        if (same) reused++;
        else differed++;
      }),
      { numRuns: 150 },
    );
    expect(reused).toBeGreaterThan(20);
    expect(differed).toBeGreaterThan(20);
  });

  it('does not hold a file read piecewise (over 2 MiB) for the other side', async () => {
    let zone = '';
    for (let i = 0; zone.length <= 2 * 1024 * 1024; i++)
      zone += `host${String(i).padStart(6, '0')}:\n  type: A\n  value: 192.0.2.${i % 256}\n`;
    const files = { 'config.yaml': config(300), 'zones/example.com.yaml': zone };
    const memo = new SideMemo();
    const [a, b] = [await load(files, memo), await load(files, memo)];
    if (!a.ok || !b.ok) throw new Error('expected both sides to load');
    // Read again, not taken: the records are the second side's own, and the same.
    expect(b.value.zones[0]!.rrsets[0]!.location).not.toBe(a.value.zones[0]!.rrsets[0]!.location);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('costs the budget what reading costs', async () => {
    const files = filesOf({
      records: [['www', '  type: A\n  value: 192.0.2.1\n']],
      included: 1,
      ttl: 300,
    });
    const alone = new InputBudget();
    await load(files, undefined, alone);
    const both = new InputBudget();
    const memo = new SideMemo();
    await load(files, memo, both);
    await load(files, memo, both);
    expect(both.used).toEqual({ bytes: 2 * alone.used.bytes, records: 2 * alone.used.records });
  });
});
