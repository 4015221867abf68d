/**
 * The second side's parse of a file shares equal RRsets with the first (parse.ts, `result`):
 * on random zone files and random edits of them (lines dropped, repeated, swapped, TTLs and
 * values changed), what it gives is exactly what a parse of the edited file on its own gives.
 */
import fc from 'fast-check';
import { parseZoneFile } from '../../../src/formats/bind/parse.js';
import { SideMemo } from '../../../src/formats/side-memo.js';
import { generateZone } from './zone-generator.js';

type Edit = { kind: 'drop' | 'repeat' | 'swap' | 'ttl' | 'value'; at: number };

function edited(text: string, edits: readonly Edit[]): string {
  const lines = text.split('\n');
  for (const e of edits) {
    const i = e.at % lines.length;
    if (e.kind === 'drop') lines.splice(i, 1);
    else if (e.kind === 'repeat') lines.splice(i, 0, lines[i]!);
    else if (e.kind === 'swap' && i + 1 < lines.length)
      [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
    else if (e.kind === 'ttl') lines[i] = lines[i]!.replace(/\b(\d+)\b/, (d) => `${Number(d) + 1}`);
    else if (e.kind === 'value')
      lines[i] = lines[i]!.replace(/(\d+)(\s*)$/, (_, d, s) => `${Number(d) + 7}${s}`);
  }
  return lines.join('\n');
}

const edit = fc.record({
  kind: fc.constantFrom('drop', 'repeat', 'swap', 'ttl', 'value') as fc.Arbitrary<Edit['kind']>,
  at: fc.nat(),
});

let run = 0;
let sharedRuns = 0;

describe('parseZoneFile on the second side of a review', () => {
  it('gives what parsing that side alone gives', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.array(edit, { maxLength: 6 }), (seed, edits) => {
        const { zone, files } = generateZone(seed, 40);
        const [main, first] = [...files][0]!;
        const second = edited(first, edits);
        // One review's memo for the two sides; the parse alone has none.
        const memo = new SideMemo();
        const folder = `run${run++}/`;
        const tree = { readText: (path: string) => files.get(path.slice(folder.length)) };
        const file = `${folder}${main}`;
        const parse = (text: string, m?: SideMemo) =>
          parseZoneFile(text, { file, origin: zone, tree, ...(m ? { memo: m } : {}) });
        const before = parse(first, memo);
        const beforeText = JSON.stringify(before);
        const shared = parse(second, memo); // shares with the first
        const alone = parse(second); // no memo: nothing to share
        expect(JSON.stringify(shared)).toBe(JSON.stringify(alone));
        // and the first side is as it was: nothing shared was changed
        expect(JSON.stringify(before)).toBe(beforeText);
        if (before.ok && shared.ok) {
          const mine = new Set(before.value.zone.rrsets);
          if (shared.value.zone.rrsets.some((r) => mine.has(r))) sharedRuns++;
        }
      }),
      { numRuns: 200 },
    );
    // The property is about something: most runs did share.
    expect(sharedRuns).toBeGreaterThan(100);
  });

  it('shares nothing without a memo, and each memo entry serves one later parse', () => {
    const text =
      '$ORIGIN example.com.\n$TTL 300\n@ SOA ns1 hostmaster 1 2 3 4 5\n@ NS ns1\nns1 A 192.0.2.1\n';
    const at = (r: ReturnType<typeof parseZoneFile>) => (r.ok ? r.value.zone.rrsets : []);
    const parse = (m?: SideMemo) =>
      parseZoneFile(text, { file: 'db.example.com', ...(m ? { memo: m } : {}) });
    const plain = [at(parse()), at(parse())];
    expect(plain[1]!.some((r) => plain[0]!.includes(r))).toBe(false);
    const memo = new SideMemo();
    const [first, second, third] = [at(parse(memo)), at(parse(memo)), at(parse(memo))];
    expect(second.every((r) => first.includes(r))).toBe(true);
    // The second parse took the first's entry and left none: the third shares with neither.
    expect(third.some((r) => first.includes(r))).toBe(false);
  });
});
