/**
 * The review's input budget in the BIND format: bytes read (an include counts each time it is
 * read) and records made, shared by every file and zone, each exceeded with a located error
 * that names the file and the limit; an attempt thrown away gives back what it used.
 */

import { bindFormat } from '../../../src/formats/bind/format.js';
import { type IncludeTree, parseZoneFile } from '../../../src/formats/bind/parse.js';
import { InputBudget } from '../../../src/formats/budget.js';
import { openTree } from '../../../src/sources/git.js';
import { makeRepo } from '../../helpers/git-repo.js';

const HEAD = '$TTL 300\n@ SOA ns1 hostmaster 1 2 3 4 5\n@ NS ns1\nns1 A 192.0.2.1\n';

function parse(text: string, budget: InputBudget, files: Record<string, string> = {}) {
  const tree: IncludeTree = { readText: (p) => files[p] };
  return parseZoneFile(text, {
    file: 'zones/example.com.zone',
    origin: 'example.com.',
    tree,
    budget: budget.meter(),
  });
}

describe('the input budget', () => {
  it('counts an include each time it is read, and names it at the $INCLUDE', () => {
    const budget = new InputBudget({ bytes: 4096, records: 1_000_000 });
    const hosts = 'h A 192.0.2.9\n'.repeat(40); // 560 characters
    const r = parse(`${HEAD}${'$INCLUDE hosts.inc\n'.repeat(10)}`, budget, {
      'zones/hosts.inc': hosts,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        level: 'error',
        code: 'bind/budget',
        message:
          "reading zones/hosts.inc exceeds the review's budget of 4,096 bytes of input (for all zones, includes and both sides together; see docs/security.md, Input budgets)",
        location: { file: 'zones/example.com.zone', line: 11, column: 10 },
      },
    ]);
  });

  it('counts records across files, and stops $GENERATE at the limit', () => {
    const budget = new InputBudget({ bytes: 1 << 20, records: 1000 });
    expect(parse(`${HEAD}$GENERATE 1-500 h$ A 192.0.2.1\n`, budget).ok).toBe(true);
    const r = parse(`${HEAD}$GENERATE 1-999990 h$ A 192.0.2.1\n`, budget);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.location.line, e.message])).toEqual([
      [
        5,
        "records made by zones/example.com.zone exceeds the review's budget of 1,000 records (for all zones, includes and both sides together; see docs/security.md, Input budgets)",
      ],
    ]);
    expect(budget.used.records).toBe(1000);
  });

  it('a load charges each file once, though includes make it parse twice', async () => {
    const repo = makeRepo({
      'example.com.zone': `${HEAD}$INCLUDE a.inc\n`,
      'a.inc': 'a A 192.0.2.2\n',
    });
    try {
      const budget = new InputBudget();
      const r = await bindFormat.load(await openTree(repo.dir, undefined), { path: '', budget });
      expect(r.ok).toBe(true);
      expect(budget.used).toEqual({ bytes: HEAD.length + 15 + 14, records: 4 });
    } finally {
      repo.remove();
    }
  });
});

describe('a class where the type should be', () => {
  it('is called a class, not an unknown type', () => {
    const r = parse(`${HEAD}z IN CLASS99 A 192.0.2.1\n`, new InputBudget());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.location.column, e.message])).toEqual([
      [
        'bind/class',
        6,
        `"CLASS99" is a class where the record type should be: a record has one class (this zone's is IN), then its type`,
      ],
    ]);
  });
});
