import fc from 'fast-check';
import { lexZone } from '../../../src/formats/bind/lexer.js';
import { type IncludeTree, parseZoneFile } from '../../../src/formats/bind/parse.js';
import type { Diagnostic } from '../../../src/model/location.js';
import type { RRset } from '../../../src/model/zone.js';

const HEAD = '$TTL 300\n@ SOA ns1 hostmaster 1 2 3 4 5\n@ NS ns1\nns1 A 192.0.2.1\n';

function parse(text: string, files: Record<string, string> = {}, origin = 'example.com.') {
  const tree: IncludeTree = { readText: (p) => files[p] };
  return parseZoneFile(text, { file: 'zones/example.com.zone', origin, tree });
}

function rrsets(text: string, files: Record<string, string> = {}): RRset[] {
  const r = parse(text, files);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return [...r.value.zone.rrsets];
}

function errors(text: string, files: Record<string, string> = {}): Diagnostic[] {
  const r = parse(text, files);
  if (r.ok) throw new Error('expected errors');
  return [...r.errors];
}

const find = (sets: RRset[], name: string, type: string) =>
  sets.find((s) => s.name === name && s.type === type);

describe('lexer', () => {
  it('joins parentheses across lines, keeps quoted text and escapes, drops comments', () => {
    const { entries, errors: errs } = lexZone('a ( 1 ; c\n  2 ) "x y\\"z" w\\ v\n\tb ;only\n');
    expect(errs).toEqual([]);
    expect(entries.map((e) => e.tokens.map((t) => (t.quoted ? `"${t.text}"` : t.text)))).toEqual([
      ['a', '1', '2', '"x y\\"z"', 'w\\ v'],
      ['b'],
    ]);
    expect(entries[1]!.blankOwner).toBe(true);
    expect(entries[0]!.tokens[2]).toMatchObject({ line: 2, column: 3 });
  });

  it('reports unbalanced parentheses and quotes where they start', () => {
    expect(lexZone('a ( 1\nb 2\n').errors).toEqual([
      expect.objectContaining({ line: 1, column: 3 }),
    ]);
    expect(lexZone('a )\n').errors).toEqual([expect.objectContaining({ line: 1, column: 3 })]);
    expect(lexZone('x\na "open\n').errors).toEqual([
      expect.objectContaining({ line: 2, column: 3 }),
    ]);
  });
});

describe('parseZoneFile', () => {
  it('resolves owners: @, relative, absolute, blank owner, $ORIGIN', () => {
    const sets = rrsets(
      `${HEAD}www A 192.0.2.2\n A 192.0.2.3\n$ORIGIN sub.example.com.\nx TXT "in sub"\n TXT "still x"\nY.Example.COM. A 192.0.2.4\n`,
    );
    expect(find(sets, 'www.example.com.', 'A')!.values).toEqual(['192.0.2.2', '192.0.2.3']);
    expect(find(sets, 'x.sub.example.com.', 'TXT')!.values).toEqual(['"in sub"', '"still x"']);
    expect(find(sets, 'y.example.com.', 'A')).toBeDefined();
  });

  it('accepts TTL and class in either order, with TTL units', () => {
    const sets = rrsets(
      `${HEAD}a 1h IN A 192.0.2.1\nb IN 1H30m A 192.0.2.1\nc in 2w a 192.0.2.1\nd A 192.0.2.1\n`,
    );
    expect(
      sets.filter((s) => s.type === 'A' && s.name !== 'ns1.example.com.').map((s) => s.ttl),
    ).toEqual([3600, 5400, 1209600, 300]);
  });

  it('keeps each RRset at its first line and file', () => {
    const sets = rrsets(`${HEAD}\nmx MX 10 a\nmx MX 20 b\n`);
    expect(find(sets, 'mx.example.com.', 'MX')!.location).toEqual({
      file: 'zones/example.com.zone',
      line: 6,
    });
  });

  it('uses the SOA minimum without $TTL, with a warning', () => {
    const r = parse('@ SOA ns1 h 1 2 3 4 3h\n@ NS ns1\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.zone.rrsets.map((s) => s.ttl)).toEqual([10800, 10800]);
    expect(r.value.zone.diagnostics).toEqual([
      expect.objectContaining({ code: 'bind/soa-minimum-ttl', level: 'warning' }),
    ]);
  });

  it('keeps the first TTL of an RRset, as BIND does, with a warning', () => {
    const r = parse(`${HEAD}a 600 A 192.0.2.1\na 60 A 192.0.2.2\n`);
    expect(r.ok && find([...r.value.zone.rrsets], 'a.example.com.', 'A')!.ttl).toBe(600);
    expect(r.ok && r.value.zone.diagnostics).toEqual([
      expect.objectContaining({
        code: 'bind/ttl-mismatch',
        location: { file: 'zones/example.com.zone', line: 6 },
      }),
    ]);
  });

  it('keeps a CNAME beside other data and warns about out-of-zone records', () => {
    const r = parse(`${HEAD}www CNAME ns1\nwww A 192.0.2.9\nelsewhere.org. A 192.0.2.1\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(find([...r.value.zone.rrsets], 'www.example.com.', 'CNAME')).toBeDefined();
    expect(find([...r.value.zone.rrsets], 'www.example.com.', 'A')).toBeDefined();
    expect(r.value.zone.rrsets.some((s) => s.name === 'elsewhere.org.')).toBe(false);
    expect(r.value.zone.diagnostics).toEqual([
      expect.objectContaining({
        code: 'bind/out-of-zone',
        location: { file: 'zones/example.com.zone', line: 7 },
      }),
    ]);
    expect(r.value.zone).toMatchObject({
      name: 'example.com.',
      format: 'bind',
      providers: [],
      unmanaged: [],
    });
  });

  it('takes the zone name from the first $ORIGIN, else the fallback', () => {
    const a = parseZoneFile(`$TTL 1h\n$ORIGIN Example.NET.\n${HEAD.slice(9)}`, {
      file: 'x.zone',
      fallbackOrigin: 'x.',
    });
    expect(a.ok && a.value.zone.name).toBe('example.net.');
    const b = parseZoneFile(HEAD, { file: 'db.example.org', fallbackOrigin: 'example.org.' });
    expect(b.ok && b.value.zone.name).toBe('example.org.');
  });

  it('names the zone by its SOA owner when that is written absolutely', () => {
    const dot =
      '$ORIGIN .\n$TTL 300\nexample.com IN SOA ns1.example.com. h.example.com. 1 2 3 4 5\n';
    const a = parseZoneFile(
      `${dot}\tNS ns1.example.com.\n$ORIGIN example.com.\nwww A 192.0.2.1\n`,
      {
        file: 'x.zone',
        fallbackOrigin: 'x.',
      },
    );
    expect(a.ok && a.value.zone.name).toBe('example.com.');
    expect(a.ok && a.value.zone.diagnostics).toBeUndefined();
    expect(a.ok && a.value.zone.rrsets.map((r) => `${r.name} ${r.type}`)).toEqual([
      'example.com. SOA',
      'example.com. NS',
      'www.example.com. A',
    ]);
    // An SOA owner relative to an origin the file does not set leaves the name to the file.
    const b = parseZoneFile('$TTL 300\nwww SOA ns1 h 1 2 3 4 5\n', {
      file: 'x.zone',
      fallbackOrigin: 'x.',
    });
    expect(b.ok && b.value.zone.name).toBe('x.');
    expect(b.ok && b.value.zone.diagnostics?.map((d) => d.code)).toEqual(['bind/soa-not-at-apex']);
  });

  it('keeps RRSIGs of different types covered in one RRset without a TTL warning', () => {
    const sig = (covered: string, ttl: number) =>
      `@ ${ttl} RRSIG ${covered} 13 2 ${ttl} 20240201000000 20240101000000 1 example.com. AAEC\n`;
    const r = parse(`${HEAD}${sig('SOA', 300)}${sig('NS', 600)}`);
    if (!r.ok) throw new Error(r.errors[0]!.message);
    const set = r.value.zone.rrsets.find((s) => s.type === 'TYPE46')!;
    expect([set.ttl, set.values.length]).toEqual([300, 2]);
    expect(r.value.zone.diagnostics).toBeUndefined();
  });

  it('refuses meta types (OPT, TYPE0, TYPE128-255) with their location', () => {
    const errs = errors(`${HEAD}a OPT \\# 0\nb TYPE0 \\# 0\nc TYPE255 \\# 0\nd TYPE128 \\# 0\n`);
    expect(errs.map((e) => [e.location.line, e.location.column, e.code])).toEqual([
      [5, 3, 'bind/meta-type'],
      [6, 3, 'bind/meta-type'],
      [7, 3, 'bind/meta-type'],
      [8, 3, 'bind/meta-type'],
    ]);
    expect(rrsets(`${HEAD}e TYPE127 \\# 0\n`).map((r) => r.type)).toContain('TYPE127');
  });

  it('collects every error of a file, each with line, column and what was expected', () => {
    const errs = errors(
      `${HEAD}a A 192.0.2.300\nb MX ten mail\nc BOGUS x\nd 1x A 192.0.2.1\ne CH A 192.0.2.1\n$FOO bar\n`,
    );
    expect(errs.map((e) => [e.location.line, e.location.column, e.code])).toEqual([
      [5, 5, 'bind/rdata'],
      [6, 6, 'bind/rdata'],
      [7, 3, 'bind/type'],
      [8, 3, 'bind/ttl'],
      [9, 3, 'bind/class'],
      [10, 1, 'bind/directive'],
    ]);
    expect(errs[1]!.message).toMatch(/expected MX preference/);
    expect(errs.every((e) => e.location.file === 'zones/example.com.zone')).toBe(true);
  });

  it('names RFC 3597 as the way to write types without a codec', () => {
    expect(errors(`${HEAD}k UNSPEC abc\n`)[0]!.message).toMatch(/TYPE103/);
    expect(errors(`${HEAD}k BOGUS 1\n`)[0]!.message).toMatch(/expected a record type/);
    // A provider's pseudo-record is no DNS type: BIND refuses it in a zone file.
    expect(errors(`${HEAD}k ALIAS lb.example.net.\n`)[0]!.code).toBe('bind/type');
    expect(rrsets(`${HEAD}k TYPE37 \\# 4 01610162\n`).some((s) => s.type === 'TYPE37')).toBe(true);
  });

  it('keeps HINFO, RP, URI and the like as RFC 3597 data', () => {
    const sets = rrsets(`${HEAD}h HINFO "a" b\nh TYPE13 \\# 4 01610162\nu URI 1 2 "x"\n`);
    expect(find(sets, 'h.example.com.', 'TYPE13')!.values).toEqual(['\\# 4 01610162']);
    expect(find(sets, 'u.example.com.', 'TYPE256')!.values).toEqual(['\\# 5 0001000278']);
  });

  it('refuses a record before any TTL is known', () => {
    expect(errors('www A 192.0.2.1\n@ SOA ns1 h 1 2 3 4 5\n')).toEqual([
      expect.objectContaining({
        code: 'bind/no-ttl',
        location: { file: 'zones/example.com.zone', line: 1, column: 1 },
      }),
    ]);
  });

  it('refuses a blank owner before any owner', () => {
    expect(errors('$TTL 1h\n  A 192.0.2.1\n')[0]!.code).toBe('bind/no-owner');
  });
});

describe('$INCLUDE', () => {
  it('reads inside the repository relative to the including file, with its own origin', () => {
    const sets = rrsets(`${HEAD}$INCLUDE inc/hosts.inc sub\nback TXT "x"\n`, {
      'zones/inc/hosts.inc': '@ A 192.0.2.7\nwww A 192.0.2.8\n',
    });
    expect(find(sets, 'sub.example.com.', 'A')!.location).toEqual({
      file: 'zones/inc/hosts.inc',
      line: 1,
    });
    expect(find(sets, 'www.sub.example.com.', 'A')).toBeDefined();
    expect(find(sets, 'back.example.com.', 'TXT')).toBeDefined();
  });

  it('refuses a path that leaves the repository, a missing file and a cycle', () => {
    expect(errors(`${HEAD}$INCLUDE ../../etc/passwd\n`)[0]).toMatchObject({
      code: 'bind/include-outside',
      location: { line: 5, column: 10 },
    });
    expect(errors(`${HEAD}$INCLUDE /etc/passwd\n`)[0]!.code).toBe('bind/include-outside');
    expect(errors(`${HEAD}$INCLUDE nope.inc\n`)[0]!.code).toBe('bind/include-missing');
    const cycle = errors(`${HEAD}$INCLUDE a.inc\n`, {
      'zones/a.inc': '$INCLUDE b.inc\n',
      'zones/b.inc': '$INCLUDE a.inc\n',
    });
    expect(cycle[0]).toMatchObject({
      code: 'bind/include-cycle',
      location: { file: 'zones/b.inc', line: 1 },
    });
  });

  it('bounds the total number of includes (fan-out would grow exponentially)', () => {
    const files: Record<string, string> = {};
    for (let d = 0; d < 6; d++) files[`zones/l${d}.inc`] = `$INCLUDE l${d + 1}.inc\n`.repeat(8);
    files['zones/l6.inc'] = 'x TXT "leaf"\n';
    const errs = errors(`${HEAD}$INCLUDE l0.inc\n`, files);
    expect(errs.some((e) => /more than 1000/.test(e.message))).toBe(true);
  });

  it('turns a refusal of the tree (a symlink out of the repository) into a located error', () => {
    const tree: IncludeTree = {
      readText: () => {
        throw new Error('path "x.inc" leaves the repository');
      },
    };
    const r = parseZoneFile(`${HEAD}$INCLUDE x.inc\n`, {
      file: 'a.zone',
      origin: 'example.com.',
      tree,
    });
    expect(!r.ok && r.errors[0]).toMatchObject({
      code: 'bind/include-outside',
      location: { file: 'a.zone', line: 5 },
    });
  });
});

describe('$GENERATE', () => {
  it('substitutes $, modifiers and bases, with TTL and class', () => {
    const sets = rrsets(
      `${HEAD}$GENERATE 1-3 host$ 60 IN A 10.0.0.$\n$GENERATE 10-11 \${0,3,x} PTR r\${-9,2}\n$GENERATE 1-1 \${0,3,n}.v6 PTR x\n`,
    );
    expect(find(sets, 'host2.example.com.', 'A')).toMatchObject({ ttl: 60, values: ['10.0.0.2'] });
    expect(find(sets, '00a.example.com.', 'PTR')!.values).toEqual(['r01.example.com.']);
    expect(find(sets, '1.0.v6.example.com.', 'PTR')).toBeDefined();
  });

  it('refuses bad ranges and modifiers with their location', () => {
    expect(errors(`${HEAD}$GENERATE 5-1 h$ A 10.0.0.$\n`)[0]!.location).toEqual({
      file: 'zones/example.com.zone',
      line: 5,
      column: 11,
    });
    expect(errors(`${HEAD}$GENERATE 1-2 h\${x} A 10.0.0.$\n`)[0]!.code).toBe('bind/generate');
    expect(errors(`${HEAD}$GENERATE 1-2000000 h$ A 10.0.0.1\n`)[0]!.message).toMatch(/more than/);
  });
});

describe('hostile input', () => {
  it('never throws on junk (a hang would fail by the test timeout)', () => {
    const junk = [
      '(((((',
      '"'.repeat(1001),
      '\\'.repeat(5000),
      `${'a.'.repeat(200)} A 1.2.3.4`,
      '$INCLUDE',
      '$GENERATE 0-2147483647 $ A 1.1.1.1',
      '\u0000\uffff\ud800',
    ];
    for (const j of junk) {
      const r = parse(`${HEAD}${j}\n`);
      expect(r.ok === true || r.errors.length > 0).toBe(true);
    }
  });
});

describe('arbitrary text', () => {
  it('gives a zone or located errors, never a throw', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '$ORIGIN ',
        '$TTL ',
        '$INCLUDE ',
        '$GENERATE ',
        '@',
        ' ',
        '\t',
        '\n',
        '(',
        ')',
        ';',
        '"',
        '\\',
        'IN ',
        'A ',
        'MX ',
        'TXT ',
        'SOA ',
        '1h ',
        '$',
        `\${1,2,x}`,
        '1-3 ',
        '\\# ',
        '192.0.2.1',
        'a.b.',
        '\r\n',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const r = parse(`${HEAD}${parts.join('')}`, { 'zones/x': 'a A 192.0.2.1\n' });
        if (!r.ok)
          for (const e of r.errors) {
            expect(e.location.file).toMatch(/^zones\//);
            expect(e.location.line).toBeGreaterThan(0);
          }
      }),
      { numRuns: 500 },
    );
  });
});
