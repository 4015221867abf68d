/**
 * The second side's parse of a file is the first's when the file and what it includes read the
 * same, and otherwise shares equal RRsets with it (parse.ts, `result`): on random zone files and
 * random edits of them or of the file they include (lines dropped, repeated, swapped, TTLs and
 * values changed), what it gives is exactly what a parse of the edited file on its own gives.
 */
import fc from 'fast-check';
import { parseZoneFile } from '../../../src/formats/bind/parse.js';
import { InputBudget } from '../../../src/formats/budget.js';
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
let reusedRuns = 0;

describe('parseZoneFile on the second side of a review', () => {
  it('gives what parsing that side alone gives', () => {
    fc.assert(
      fc.property(
        fc.nat(1000),
        fc.array(edit, { maxLength: 6 }),
        fc.array(edit, { maxLength: 2 }),
        (seed, edits, includeEdits) => {
          const { zone, files } = generateZone(seed, 40);
          const [[main, first], ...included] = [...files];
          const second = edited(first!, edits);
          // The other side's tree: the included file edited too, sometimes.
          const otherFiles = new Map(files);
          for (const [path, text] of included) otherFiles.set(path, edited(text, includeEdits));
          // One review's memo for the two sides; the parse alone has none.
          const memo = new SideMemo();
          const folder = `run${run++}/`;
          const treeOf = (m: ReadonlyMap<string, string>) => ({
            readText: (path: string) => m.get(path.slice(folder.length)),
          });
          const file = `${folder}${main}`;
          const parse = (text: string, m: ReadonlyMap<string, string>, sides?: SideMemo) =>
            parseZoneFile(text, {
              file,
              origin: zone,
              tree: treeOf(m),
              ...(sides ? { memo: sides } : {}),
            });
          const before = parse(first!, files, memo);
          const beforeText = JSON.stringify(before);
          const shared = parse(second, otherFiles, memo); // reuses or shares with the first
          const alone = parse(second, otherFiles); // no memo: nothing to share
          expect(JSON.stringify(shared)).toBe(JSON.stringify(alone));
          // and the first side is as it was: nothing shared was changed
          expect(JSON.stringify(before)).toBe(beforeText);
          // The whole parse is reused exactly when nothing it read differs.
          const same =
            second === first && included.every(([path, text]) => otherFiles.get(path) === text);
          expect(shared === before).toBe(same && before.ok);
          if (shared === before) reusedRuns++;
          else if (before.ok && shared.ok) {
            const mine = new Set(before.value.zone.rrsets);
            if (shared.value.zone.rrsets.some((r) => mine.has(r))) sharedRuns++;
          }
        },
      ),
      { numRuns: 300 },
    );
    // The property is about something: many runs shared, and some reused the whole parse.
    expect(sharedRuns).toBeGreaterThan(100);
    expect(reusedRuns).toBeGreaterThan(10);
  });

  it('costs the budget what a parse costs, and parses when the budget cannot pay for it', () => {
    const text =
      '$ORIGIN example.com.\n$TTL 300\n@ SOA ns1 hostmaster 1 2 3 4 5\n@ NS ns1\nns1 A 192.0.2.1\n';
    const parse = (budget: InputBudget, m?: SideMemo) =>
      parseZoneFile(text, {
        file: 'db.example.com',
        budget: budget.meter(),
        ...(m ? { memo: m } : {}),
      });
    const alone = new InputBudget();
    parse(alone);
    const both = new InputBudget();
    const memo = new SideMemo();
    const first = parse(both, memo);
    expect(parse(both, memo)).toBe(first);
    expect(both.used).toEqual({ bytes: 2 * alone.used.bytes, records: 2 * alone.used.records });
    // A budget with room for one side only: the second side is parsed, and fails as it would.
    const tight = new InputBudget({ bytes: 1 << 20, records: alone.used.records });
    const again = new SideMemo();
    expect(parse(tight, again).ok).toBe(true);
    const over = parse(tight, again);
    expect(over.ok).toBe(false);
    expect(JSON.stringify(over)).toBe(JSON.stringify(parse(tight)));
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
