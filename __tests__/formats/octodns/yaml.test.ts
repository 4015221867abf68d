import fc from 'fast-check';
import { InputBudget } from '../../../src/formats/budget.js';
import { loadYaml, type YEntry, type YMap, type YNode } from '../../../src/formats/octodns/yaml.js';
import { naturalCompare, pyStr, resolvePlainScalar } from '../../../src/formats/octodns/yaml11.js';

async function load(text: string, opts: Parameters<typeof loadYaml>[2] = {}) {
  return loadYaml('zones/f.yaml', text, opts);
}

async function root(text: string, opts: Parameters<typeof loadYaml>[2] = {}): Promise<YMap> {
  const r = await load(text, opts);
  if (!r.ok) throw new Error(r.error.message);
  return r.doc.root as YMap;
}

function scalarOf(node: YNode | undefined): string {
  if (node?.kind !== 'scalar') throw new Error('not a scalar');
  return `${node.value.type}:${pyStr(node.value)}`;
}

describe('YAML 1.1 scalars (PyYAML SafeLoader)', () => {
  test.each([
    ['yes', 'bool:True'],
    ['Off', 'bool:False'],
    ['ON', 'bool:True'],
    ['y', 'str:y'],
    ['n', 'str:n'],
    ['010', 'int:8'],
    ['0x1F', 'int:31'],
    ['0b101', 'int:5'],
    ['1:30', 'int:90'],
    ['1_000', 'int:1000'],
    ['-12', 'int:-12'],
    ['1.5', 'float:1.5'],
    ['1.', 'float:1.0'],
    ['1e3', 'str:1e3'],
    ['.inf', 'float:inf'],
    ['~', 'null:None'],
    ['null', 'null:None'],
    ['192.0.2.1', 'str:192.0.2.1'],
    ['12345678901234567890', 'int:12345678901234567890'],
  ])('%s resolves to %s', (text, want) => {
    const v = resolvePlainScalar(text);
    expect(`${v.type}:${pyStr(v)}`).toBe(want);
  });

  test('quoted scalars stay strings', async () => {
    const m = await root('a: \'yes\'\nb: "010"\nc: yes\n');
    expect(m.entries.map((e) => scalarOf(e.value))).toEqual(['str:yes', 'str:010', 'bool:True']);
  });

  test('keys become Python str() of their value', async () => {
    const m = await root('12: a\nyes: b\n010: c\n');
    expect(m.entries.map((e) => e.key)).toEqual(['12', 'True', '8']);
  });

  test('natural order puts 2 before 12', () => {
    expect(['12', 'a10', '2', 'a9', ''].sort(naturalCompare)).toEqual(['', '2', '12', 'a9', 'a10']);
  });
});

describe('positions', () => {
  test('every node has file, line and column (1-based)', async () => {
    const m = await root("---\nwww:\n  type: A\n  value: '192.0.2.1'\n");
    const www = m.entries[0]!;
    expect(www.keyLoc).toEqual({ file: 'zones/f.yaml', line: 2, column: 1 });
    const body = www.value as YMap;
    expect(body.loc).toEqual({ file: 'zones/f.yaml', line: 3, column: 3 });
    expect(body.entries[1]!.value.loc).toEqual({ file: 'zones/f.yaml', line: 4, column: 10 });
  });

  test('a syntax error carries its line and column', async () => {
    const r = await load('a: 1\nb: "v=DMARC1\\; p=none"\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.location.file).toBe('zones/f.yaml');
    expect(r.error.location.line).toBe(2);
    expect(r.error.message).toMatch(
      /escape.*write TXT values containing \\; unquoted or in single quotes/,
    );
  });
});

describe('mappings', () => {
  test('a duplicate key keeps the last value and warns at the duplicate', async () => {
    const r = await load('a: 1\nb: 2\na: 3\n');
    if (!r.ok) throw new Error(r.error.message);
    const m = r.doc.root as YMap;
    expect(m.entries.map((e) => [e.key, scalarOf(e.value)])).toEqual([
      ['a', 'int:3'],
      ['b', 'int:2'],
    ]);
    expect(r.doc.warnings).toEqual([
      expect.objectContaining({
        code: 'octodns/duplicate-key',
        location: { file: 'zones/f.yaml', line: 3, column: 1 },
      }),
    ]);
  });

  test('merge keys: local keys win, first merged mapping wins over later ones', async () => {
    const m = await root(
      'base: &b {ttl: 60, type: A}\nother: &o {ttl: 90, value: x}\nr:\n  <<: [*b, *o]\n  ttl: 300\n',
    );
    const r = m.entries.find((e) => e.key === 'r')!.value as YMap;
    expect(Object.fromEntries(r.entries.map((e) => [e.key, scalarOf(e.value)]))).toEqual({
      ttl: 'int:300',
      type: 'str:A',
      value: 'str:x',
    });
  });

  test('anchors and aliases share their content', async () => {
    const m = await root('a: &v [1, 2]\nb: *v\n');
    expect(m.entries[1]!.value).toBe(m.entries[0]!.value);
  });

  test('enforce_order rejects keys out of natural order at the offending key', async () => {
    const r = await load('www:\n  value: 192.0.2.1\n  type: A\n', { enforceOrder: 'natural' });
    expect(r).toEqual({
      ok: false,
      error: expect.objectContaining({
        message: expect.stringContaining('keys out of order: expected type got value'),
        location: { file: 'zones/f.yaml', line: 2, column: 3 },
      }),
    });
  });

  test('natural order accepts 2 before 12, simple order does not', async () => {
    const text = "'2':\n  type: A\n'12':\n  type: A\n";
    expect((await load(text, { enforceOrder: 'natural' })).ok).toBe(true);
    expect((await load(text, { enforceOrder: 'simple' })).ok).toBe(false);
  });
});

describe('hostile input is refused with a clear, bounded error', () => {
  test('billion laughs', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const r = await load(`${lines.join('\n')}\n`);
    expect(r.ok).toBe(false);
    // What the aliases repeat is charged to the review's input budget as they are read: the
    // first alias past it is the place.
    if (!r.ok) {
      expect(r.error.message).toMatch(
        /^expanding the aliases of zones\/f\.yaml exceeds the review's budget of 128 MiB of input/,
      );
      expect(r.error.location.line).toBeGreaterThan(1);
    }
  });

  test('a bomb of many small nodes within the byte budget is refused by its node count', async () => {
    const lines = ['a: &a [1,1,1,1,1,1,1,1,1,1]'];
    for (let i = 1; i < 7; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const r = await load(`${lines.join('\n')}\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/alias bomb/);
  });

  test('deep nesting', async () => {
    const r = await load(`${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.location.file).toBe('zones/f.yaml');
  });

  test('a huge document', async () => {
    const r = await load(`a: "${'x'.repeat(9 * 1024 * 1024)}"\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/over the limit of 8 MiB for one YAML file/);
  });

  test('an alias to its own enclosing node', async () => {
    const r = await load('a: &x [*x]\n');
    expect(r.ok).toBe(false);
  });

  test('several documents in one file', async () => {
    const r = await load('a: 1\n---\nb: 2\n');
    expect(r.ok).toBe(false);
  });

  test('unsupported tags', async () => {
    const r = await load('a: !!python/object:os.system x\n');
    expect(r).toEqual({
      ok: false,
      error: expect.objectContaining({ location: { file: 'zones/f.yaml', line: 1, column: 4 } }),
    });
  });
});

describe('!include', () => {
  const files: Record<string, string> = {
    'zones/common/apex.yaml': '- type: A\n  value: 192.0.2.1\n',
    'zones/loop.yaml': 'x: !include loop.yaml\n',
  };
  const readInclude = async (from: string, target: string) => {
    const path = `${from.slice(0, from.lastIndexOf('/') + 1)}${target}`;
    if (target.startsWith('..')) return { error: `!include ${target} leaves the repository` };
    const text = files[path];
    return text === undefined ? { error: 'no such file' } : { path, text };
  };

  test('inlines a value from a file relative to the including file', async () => {
    const r = await load("'': !include common/apex.yaml\n", { readInclude });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.doc.files).toEqual(['zones/f.yaml', 'zones/common/apex.yaml']);
    const apex = (r.doc.root as YMap).entries[0]!.value;
    expect(apex.kind).toBe('seq');
    expect(apex.loc.file).toBe('zones/common/apex.yaml');
  });

  test('outside the repository is refused at the tag', async () => {
    const r = await load('a: !include ../../etc/passwd\n', { readInclude });
    expect(r).toEqual({
      ok: false,
      error: expect.objectContaining({
        message: expect.stringMatching(/leaves the repository/),
        location: { file: 'zones/f.yaml', line: 1, column: 4 },
      }),
    });
  });

  test('a cycle is refused', async () => {
    const r = await loadYaml('zones/loop.yaml', files['zones/loop.yaml']!, { readInclude });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/includes itself/);
  });

  test('without a reader includes are refused', async () => {
    expect((await load('a: !include x.yaml\n')).ok).toBe(false);
  });
});

describe("the review's input budget", () => {
  const small = () => new InputBudget({ bytes: 10_000, records: 100 });

  test('every file is charged each time it is included, and parsed once', async () => {
    const big = `v: "${'x'.repeat(2_000)}"\n`;
    let reads = 0;
    const readInclude = async (_from: string, target: string) => {
      reads++;
      return { path: `zones/${target}`, text: big };
    };
    const text = Array.from({ length: 10 }, (_, i) => `i${i}: !include big.yaml`).join('\n');
    const budget = small();
    const r = await load(`${text}\n`, { readInclude, budget: budget.meter() });
    expect(r).toEqual({
      ok: false,
      error: {
        level: 'error',
        code: 'octodns/budget',
        message:
          "reading zones/big.yaml exceeds the review's budget of 10,000 bytes of input (for all zones, includes and both sides together; see docs/security.md, Input budgets)",
        location: { file: 'zones/f.yaml', line: 5, column: 5 },
      },
    });
    expect(reads).toBe(5);
    // Four uses fit; the fifth would cross the limit and is not charged.
    expect(budget.used.bytes).toBe(text.length + 1 + 4 * big.length);
  });

  test('an included file shared by several names builds one tree, as an alias does', async () => {
    const readInclude = async (_from: string, target: string) => ({
      path: `zones/${target}`,
      text: '- type: A\n  value: 192.0.2.1\n',
    });
    const root = await load('a: !include x.yaml\nb: !include x.yaml\n', {
      readInclude,
      budget: small().meter(),
    });
    if (!root.ok) throw new Error(root.error.message);
    const [a, b] = (root.doc.root as YMap).entries;
    expect(a!.value).toBe(b!.value);
  });

  test('each alias is charged for what it repeats, and the one that crosses is the place', async () => {
    const text = `a: &big "${'x'.repeat(3_000)}"\nb: *big\nc: *big\nd: *big\ne: *big\n`;
    const r = await load(text, { budget: small().meter() });
    expect(r).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'octodns/budget',
        message: expect.stringMatching(
          /^expanding the aliases of zones\/f\.yaml exceeds the review's budget of 10,000 bytes of input/,
        ),
        location: { file: 'zones/f.yaml', line: 4, column: 4 },
      }),
    });
  });

  test('an alias of an included file is charged for the file it repeats', async () => {
    const readInclude = async (_from: string, target: string) => ({
      path: `zones/${target}`,
      text: `"${'y'.repeat(4_000)}"\n`,
    });
    const r = await load('a: &inc !include big.yaml\nb: *inc\nc: *inc\n', {
      readInclude,
      budget: small().meter(),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.location).toEqual({ file: 'zones/f.yaml', line: 3, column: 4 });
  });

  test('a document within the budget loads, and what it read is charged', async () => {
    const budget = small();
    const text = 'a: &x [1, 2]\nb: *x\n';
    const r = await load(text, { budget: budget.meter() });
    expect(r.ok).toBe(true);
    // The text, and the alias: a list (1) of two one-character scalars.
    expect(budget.used.bytes).toBe(text.length + 3);
  });
});

describe('a large file parsed in pieces', () => {
  // Root entries, some of them constructs that run on past a line starting at column 0 (a flow
  // collection or a quoted string over lines, a block scalar, a sequence at the key's column),
  // or that end the document: the pieces must give what the whole file gives, or the same error.
  const entry = fc.oneof(
    fc.constantFrom(
      'a: 1',
      "'b c': {ttl: 300, type: A, values: [192.0.2.1, 192.0.2.2]}",
      '"*": {type: CNAME, value: x.example.}',
      '_dmarc:\n  type: TXT\n  value: v=DMARC1\\; p=none',
      'l:\n- x\n- y',
      'f: {a: 1,\nb: 2}',
      'g: [1,\n  2]',
      'q: "one\ntwo"',
      "s: 'one\n  two'",
      'lit: |\n  text\n\n  more',
      'fold: >-\n  a\n  b',
      'anc: &x {type: A, value: 192.0.2.9}',
      'ali: *x',
      'm:\n  <<: *x\n  ttl: 60',
      'a: 2',
      't: !!str 10',
      'inc: !include other.yaml',
      '# a comment',
      '',
      '---',
      '...',
      '? complex\n: value',
      'bad: [',
      'k: v # trailing',
      'n1: null',
      'yes: no',
      '010: 0x1F',
    ),
    fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), fc.integer({ min: 0, max: 99999 }))
      .map(([k, ttl]) => `${k}: {ttl: ${ttl}, type: A, value: 192.0.2.1}`),
  );

  // The result without the parts a failed load has not: the tree, the warnings, or the error.
  const outcome = (r: Awaited<ReturnType<typeof loadYaml>>) =>
    JSON.stringify(r.ok ? { root: r.doc.root, warnings: r.doc.warnings } : r.error, (_, v) =>
      typeof v === 'bigint' ? `${v}n` : v,
    );

  test('pieces give the same tree, warnings and errors as the whole file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.constantFrom('---\n', '%YAML 1.1\n---\n', '# head\n'), { nil: '' }),
        fc.array(entry, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 60 }),
        async (head, entries, pieceChars) => {
          const text = `${head}${entries.join('\n')}\n`;
          const readInclude = async () => ({ path: 'zones/other.yaml', text: 'x: 1\n' });
          const whole = await load(text, { readInclude });
          const pieces = await load(text, { readInclude, pieceChars });
          expect(outcome(pieces)).toBe(outcome(whole));
          // Streamed: the root's entries handed over one at a time (and again after a restart).
          const got: YEntry[] = [];
          const streamed = await load(text, {
            readInclude,
            pieceChars,
            rootEntries: { entry: (e) => got.push(e), restart: () => got.splice(0) },
          });
          if (streamed.ok && streamed.doc.root?.kind === 'map') {
            expect(streamed.doc.root.entries).toEqual([]);
            const root = { ...streamed.doc.root, entries: got };
            expect(outcome({ ok: true, doc: { ...streamed.doc, root } })).toBe(outcome(whole));
          } else {
            expect(got).toEqual([]);
            expect(outcome(streamed)).toBe(outcome(whole));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('a long file is parsed in pieces, with places in the file', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `h${i}: {type: A, value: 192.0.2.1}`);
    const text = `${lines.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(2 * 1024);
    const pieces = await load(text, { pieceChars: 1024 });
    const whole = await load(text, { pieceChars: text.length });
    expect(outcome(pieces)).toBe(outcome(whole));
    const last = (pieces.ok && (pieces.doc.root as YMap).entries.at(-1)) || undefined;
    expect(last?.keyLoc).toEqual({ file: 'zones/f.yaml', line: 5000, column: 1 });
  });
});
