/**
 * The second side's parse of a file that differs from the first side's in a few lines reads
 * only those lines (parse.ts, `reparse`): on random zone files (directives, blank owners,
 * parentheses over several lines, comments, repeated and mismatched records, names with records
 * far apart, now and then an error, an $INCLUDE or a $GENERATE; or no $TTL and a TTL on every
 * record, as a zone transfer's dump has) and random edits of their lines
 * (inserted, deleted, replaced, repeated, a digit changed, split over parentheses, directives among them), it
 * gives exactly what a complete parse of the edited file gives, costs the budget the same, and
 * leaves the first side's parse as it was.
 *
 * Dropping both parenthesis checks of reparse.ts (a hunk may not start or end inside
 * parentheses) fails it; dropping one alone does not, and cannot: a hunk that starts inside
 * parentheses and ends outside them holds the closing one, whose error sends the parse the long
 * way, and the same for the other end.
 */
import fc from 'fast-check';
import { parseZoneFile, reparses } from '../../../src/formats/bind/parse.js';
import { InputBudget } from '../../../src/formats/budget.js';
import { SideMemo } from '../../../src/formats/side-memo.js';
import { rng } from './zone-generator.js';

const ZONE = 'example.test.';
const OWNERS = ['@', 'www', 'mail', 'a.b', 'Www', `y.${ZONE}`];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function int(r: () => number, n: number): number {
  return Math.floor(r() * n);
}

function owner(r: () => number): string {
  return r() < 0.2 ? pick(r, OWNERS) : `h${int(r, 60)}`;
}

/** A record from a small set, so that the same one turns up again elsewhere in the file. */
function twin(r: () => number): string {
  return `${pick(r, ['www', 'mail'])} A 192.0.2.${int(r, 3)}`;
}

function rdata(r: () => number, messy: boolean): [string, string] {
  switch (int(r, 8)) {
    case 0:
      return ['A', `192.0.2.${int(r, messy ? 4 : 256)}`];
    case 1:
      return ['AAAA', `2001:db8::${int(r, 4096).toString(16)}`];
    case 2:
      return [
        'TXT',
        messy ? pick(r, ['"v=spf1 -all"', '"a" "b"', 'word', '"x;y"']) : `"t${int(r, 9999)}"`,
      ];
    case 3:
      return ['MX', `${int(r, 100)} ${owner(r)}`];
    case 4:
      return ['CNAME', pick(r, ['target', 'other.example.net.', owner(r)])];
    case 5:
      return ['NS', `ns${int(r, 50)}.example.net.`];
    case 6:
      return messy && r() < 0.2
        ? ['DNAME', 'elsewhere.example.net.']
        : ['A', `198.51.100.${int(r, 256)}`];
    default:
      return ['SRV', `0 ${int(r, 9)} 443 ${owner(r)}`];
  }
}

/**
 * One line (or a few, for parentheses) of a zone file. A messy one may hold what sends the
 * parse the long way (errors, warnings, $INCLUDE, $GENERATE); a clean one only directives.
 */
/**
 * `bare`: when set, the file has no $TTL and a record says its TTL but with this probability
 * (a zone transfer's dump, and now and then an edit that leaves the TTL out).
 */
function line(r: () => number, messy: boolean, bare?: number): string {
  const k = r();
  if (k < 0.015) return `$TTL ${messy ? pick(r, ['300', '600']) : '3600'}`;
  if (k < 0.03) return `$ORIGIN ${pick(r, [ZONE, `sub.${ZONE}`])}`;
  if (k < 0.06) return pick(r, ['', '; a comment', '   ', '\t; indented comment']);
  // Character-strings over lines that read as a record on their own, as a hunk would see them.
  // The inner line is often a record of the zone too: read alone, it would look like it.
  if (k < 0.07) return `${owner(r)} TXT (\n${twin(r)}\n)`;
  if (k < 0.08) return twin(r);
  // A second SOA: one RRset of two records, which the complete parse warns about.
  if (k < 0.085) return `@ SOA ns1 hostmaster ${int(r, 9)} 1 1 1 1`;
  if (messy && k < 0.105) return '$GENERATE 1-3 gen$ A 10.0.0.$';
  if (messy && k < 0.115) return '$INCLUDE inc.db';
  if (messy && k < 0.135)
    return pick(r, ['bad A 999.1.1.1', 'x IN BOGUS 1', ' ) ', '( www A 192.0.2.9']);
  const [type, value] = rdata(r, messy);
  // A clean zone's CNAMEs have owners of their own (a second one is a warning).
  const name =
    type === 'CNAME' && !messy
      ? `c${int(r, 10_000)}`
      : r() < 0.25
        ? pick(r, [' ', '\t'])
        : owner(r);
  // One TTL per type (a clean zone's RRsets then have one), else a mismatch now and then.
  const odd = r() < (messy ? 0.3 : 0.02);
  const given = odd ? pick(r, ['', '300', '7200']) : type === 'A' ? '300' : '';
  // Without $TTL a record with no TTL of its own takes the last one, with a warning.
  const ttl = bare !== undefined && given === '' && r() >= bare ? '3600' : given;
  const cls = r() < 0.3 ? 'IN ' : '';
  const head = `${name === ' ' || name === '\t' ? name : `${name} `}${ttl ? `${ttl} ` : ''}${cls}${type}`;
  // Parentheses over lines, one of them starting in the first column.
  if (r() < 0.05) return `${head} ( ; open\n  ${value}\n  )`;
  if (r() < 0.05) return `${head} (\n${value} )`;
  return `${head} ${value}`;
}

function zoneText(seed: number, lines: number, messy: boolean, explicit: boolean): string {
  const r = rng(seed);
  const out = [];
  if (seed % 7 !== 0 && !explicit) out.push(`$TTL ${pick(r, ['3600', '1h'])}`);
  const ttl = explicit ? '3600 ' : '';
  out.push(
    `$ORIGIN ${ZONE}`,
    `@ ${ttl}IN SOA ns1 hostmaster ( 1 1h`,
    '  15m 1w 5m )',
    `@ ${ttl}NS ns1`,
  );
  for (let k = 0; k < lines; k++) out.push(line(r, messy, explicit ? 0 : undefined));
  return `${out.join('\n')}${seed % 5 === 0 ? '' : '\n'}`;
}

type Edit = {
  kind: 'insert' | 'delete' | 'replace' | 'repeat' | 'serial' | 'tweak';
  at: number;
  seed: number;
};

function edited(text: string, edits: readonly Edit[], messy: boolean, explicit: boolean): string {
  const lines = text.split('\n');
  for (const e of edits) {
    const i = e.at % (lines.length + 1);
    const r = rng(e.seed);
    if (e.kind === 'insert') lines.splice(i, 0, line(r, messy, explicit ? 0.3 : undefined));
    // Deleting one line of a record in parentheses is mostly a syntax error: now and then.
    else if (e.kind === 'delete' && (r() < 0.2 || !/^\s|[()]/.test(lines[i] ?? '')))
      lines.splice(i, 1);
    else if (e.kind === 'replace') lines[i] = line(r, messy, explicit ? 0.3 : undefined);
    else if (e.kind === 'repeat' && i < lines.length) lines.splice(i, 0, lines[i]!);
    // One digit changed: the line still reads (an address, a priority, a value inside
    // parentheses on a line of its own), so the short path must cope with where it lies.
    else if (e.kind === 'tweak' && /\d/.test(lines[i] ?? ''))
      lines[i] = lines[i]!.replace(/\d(?=\D*$)/, (d) =>
        String((Number(d) + 1 + (e.seed % 8)) % 10),
      );
    else if (e.kind === 'serial') {
      const soa = lines.findIndex((l) => /^@ (3600 )?IN SOA/.test(l));
      if (soa >= 0) lines[soa] = lines[soa]!.replace(/\( \d+ /, `( ${e.seed} `);
    }
  }
  return lines.join('\n');
}

const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'repeat', 'serial', 'tweak') as fc.Arbitrary<
    Edit['kind']
  >,
  at: fc.nat(),
  seed: fc.nat(),
});

describe('parseZoneFile reading only the lines that differ from the other side', () => {
  it('gives what the complete parse gives', () => {
    const taken = reparses.count;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.nat(100_000),
        fc.integer({ min: 5, max: 80 }),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        fc.nat(3),
        (seed, size, edits, kind) => {
          const messy = kind === 0;
          runs++;
          const explicit = kind === 3;
          const first = zoneText(seed, size, messy, explicit);
          const second = edited(first, edits, messy, explicit);
          const tree = {
            readText: (p: string) => (p === 'inc.db' ? 'inc A 192.0.2.7\n' : undefined),
          };
          const parse = (text: string, budget: InputBudget, memo?: SideMemo) =>
            parseZoneFile(text, {
              file: 'db.example',
              origin: ZONE,
              tree,
              budget: budget.meter(),
              ...(memo ? { memo } : {}),
            });
          const both = new InputBudget();
          const memo = new SideMemo();
          const before = parse(first, both, memo);
          const beforeText = JSON.stringify(before);
          const shared = parse(second, both, memo);
          const apart = new InputBudget();
          parse(first, apart);
          const alone = parse(second, apart);
          expect(JSON.stringify(shared)).toBe(JSON.stringify(alone));
          expect(shared).toEqual(alone);
          expect(both.used).toEqual(apart.used);
          expect(JSON.stringify(before)).toBe(beforeText);
        },
      ),
      { numRuns: 3000 },
    );
    // The property is about the short path: it was taken in many runs (13–16% of them, as
    // most random edits hold something that sends the parse the long way).
    expect(reparses.count - taken).toBeGreaterThan(runs / 12);
  }, 120_000);
});
