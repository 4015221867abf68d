import fc from 'fast-check';
import { spfInvalid } from '../../../src/rules/checks/spf-invalid.js';
import { lookupCounter, memoParseSpf, parseSpf, spfIndex } from '../../../src/rules/spf.js';
import { contextFor } from '../../helpers/context.js';
import { zone, zoneSet } from '../../helpers/zones.js';

const GOOD = '@ 3600 TXT "v=spf1 mx include:_spf.example.com -all"';
const SPF_HELPER = '_spf 3600 TXT "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 ~all"';

async function check(baseLines: string[], headLines: string[], extraHead: string[] = []) {
  const base = zoneSet(zone('example.com.', baseLines));
  const head = zoneSet(
    zone('example.com.', headLines),
    ...(extraHead.length ? [zone('example.net.', extraHead)] : []),
  );
  return spfInvalid.check(contextFor(base, head));
}

describe('parseSpf', () => {
  it('accepts the RFC 7208 grammar', () => {
    const r = parseSpf(
      'v=spf1 +a/24//64 mx:mail.example.com ip4:192.0.2.1 ip6:2001:db8::/48 ptr exists:%{i}._spf.%{d} include:a.example redirect=_spf.example.com exp=explain.%{d2} -all',
    );
    expect(r.errors).toEqual([]);
    expect(r.terms.map((t) => t.name)).toEqual([
      'a',
      'mx',
      'ip4',
      'ip6',
      'ptr',
      'exists',
      'include',
      'redirect',
      'exp',
      'all',
    ]);
  });
  it.each([
    ['v=spf1 ip4:192.0.2.300 -all', '"192.0.2.300" is not an IPv4 address'],
    ['v=spf1 include: -all', '"" is not a valid domain'],
    ['v=spf1 includes:x.example -all', 'unknown mechanism "includes"'],
    ['v=spf1 a/33 -all', '"/33" is not a valid prefix length'],
    ['v=spf1 redirect=a.example redirect=b.example', '"redirect=" appears more than once'],
    ['v=spf1 all:x', '"all" takes no argument'],
  ])('%s is an error', (text, message) => {
    expect(parseSpf(text).errors.join('\n')).toContain(message);
  });
});

describe('lookupCounter', () => {
  it('counts include, a, mx, ptr, exists and redirect, through repository records', () => {
    const index = spfIndex(
      zoneSet(
        zone('example.com.', [
          '@ 300 TXT "v=spf1 a mx include:_spf.example.com include:_spf.google.com -all"',
          '_spf 300 TXT "v=spf1 exists:%{i}.x.example.com include:_b.example.com ip4:192.0.2.1 ~all"',
          '_b 300 TXT "v=spf1 a:b.example.com ptr redirect=_c.example.com"',
          '_c 300 TXT "v=spf1 mx -all"',
        ]),
      ),
    );
    // @: a mx include include(=1 external) = 4; _spf: exists include = 2; _b: a ptr redirect = 3; _c: mx = 1
    expect(lookupCounter(index)('example.com.')).toEqual({
      count: 10,
      external: ['_spf.google.com'],
    });
  });
  it('ignores redirect when the record has "all" (RFC 7208 §6.1)', () => {
    const index = spfIndex(
      zoneSet(zone('example.com.', ['@ 300 TXT "v=spf1 redirect=x.example -all"'])),
    );
    expect(lookupCounter(index)('example.com.').count).toBe(0);
  });
  it('counts every name of an index as a counter of its own for that name does, loops and all', () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const term = fc.oneof(
      fc.constantFrom(...names).map((n) => `include:${n}.example.com`),
      fc.constantFrom(...names).map((n) => `redirect=${n}.example.com`),
      fc.constantFrom('mx', 'a', 'ptr', 'exists:x.example.org', 'include:_spf.google.com'),
      fc.constantFrom('ip4:192.0.2.1', '-all', '~all'),
    );
    const records = fc.dictionary(
      fc.constantFrom(...names),
      fc.array(term, { maxLength: 4 }).map((ts) => `"v=spf1 ${ts.join(' ')}"`),
    );
    fc.assert(
      fc.property(records, fc.shuffledSubarray(names), (rs, order) => {
        const lines = Object.entries(rs).map(([n, text]) => `${n} 300 TXT ${text}`);
        const index = spfIndex(zoneSet(zone('example.com.', lines)));
        // Through the rule's cached parse: equal terms are one object, their targets kept once.
        const shared = lookupCounter(index, memoParseSpf());
        for (const n of order) {
          const name = `${n}.example.com.`;
          expect(shared(name)).toEqual(lookupCounter(index)(name));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('memoParseSpf', () => {
  it('parses as parseSpf does, however often a term or a record comes again', () => {
    const term = fc.constantFrom(
      'include:_spf.example.com',
      'redirect=_spf.example.com',
      'redirect=x.example.org',
      'exp=explain.example.com',
      'ip4:192.0.2.1',
      'ip4:192.0.2.300',
      'a/24',
      'mx:%{d}',
      '-all',
      '?bogus',
      'include',
    );
    const record = fc.array(term, { maxLength: 6 }).map((ts) => `v=spf1 ${ts.join(' ')}`);
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 8 }), (records) => {
        const parse = memoParseSpf();
        for (const text of [...records, ...records]) expect(parse(text)).toEqual(parseSpf(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('spf-invalid', () => {
  it('is quiet on one valid record within the limit', async () => {
    expect(await check([GOOD, SPF_HELPER], [GOOD, SPF_HELPER])).toEqual([]);
  });

  it('fires when a second SPF record is added', async () => {
    const f = await check(
      [GOOD, SPF_HELPER],
      [GOOD, SPF_HELPER, '@ 3600 TXT "v=spf1 include:mailgun.org ~all"'],
    );
    expect(f).toEqual([
      expect.objectContaining({ introduced: true, name: 'example.com.', key: 'multiple' }),
    ]);
    expect(f[0]!.message).toContain('has 2 SPF records');
  });

  it('does not count other TXT records or "v=spf10" as SPF', async () => {
    expect(
      await check(
        [GOOD, SPF_HELPER],
        [GOOD, SPF_HELPER, '@ 3600 TXT "google-site-verification=abc"', '@ 3600 TXT "v=spf10 x"'],
      ),
    ).toEqual([]);
  });

  it('fires on a syntax error, naming the term', async () => {
    const f = await check(
      [GOOD, SPF_HELPER],
      ['@ 3600 TXT "v=spf1 ip4:192.0.2.0/33 -all"', SPF_HELPER],
    );
    expect(f[0]!.message).toContain('"ip4:192.0.2.0/33": "/33" is not a valid prefix length');
  });

  it('fires when the lookups through repository includes pass ten, and only then', async () => {
    const includes = (n: number) =>
      Array.from({ length: n }, (_, i) => `include:s${i}.example.net`).join(' ');
    const net = Array.from({ length: 6 }, (_, i) => `s${i} 300 TXT "v=spf1 a -all"`);
    // 5 includes, each with one more lookup: 10
    expect(
      await check([GOOD, SPF_HELPER], [`@ 300 TXT "v=spf1 ${includes(5)} -all"`], net),
    ).toEqual([]);
    const f = await check([GOOD, SPF_HELPER], [`@ 300 TXT "v=spf1 ${includes(6)} -all"`], net);
    expect(f).toEqual([expect.objectContaining({ key: 'lookups', introduced: true })]);
    expect(f[0]!.message).toContain('needs 12 DNS lookups');
  });

  it('marks a problem base already had as existing', async () => {
    const bad = '@ 3600 TXT "v=spf1 bogus -all"';
    const f = await check([bad], [bad, '@ 3600 A 192.0.2.1']);
    expect(f).toEqual([expect.objectContaining({ introduced: false, key: 'syntax' })]);
  });

  it('fires on an include loop and on an include of our own name without SPF', async () => {
    const loop = await check(
      [GOOD, SPF_HELPER],
      [
        '@ 300 TXT "v=spf1 include:_spf.example.com -all"',
        '_spf 300 TXT "v=spf1 include:example.com -all"',
      ],
    );
    expect(loop.map((x) => x.key)).toContain('loop');
    const missing = await check([GOOD, SPF_HELPER], [GOOD, '_spf 300 TXT "hello"']);
    expect(missing).toEqual([expect.objectContaining({ key: 'missing _spf.example.com.' })]);
  });
});
