import fc from 'fast-check';
import { readZoneFile } from '../../../src/formats/octodns/records.js';
import { formatOctodnsRecords, formatOctodnsZone } from '../../../src/formats/octodns/write.js';
import { loadYaml } from '../../../src/formats/octodns/yaml.js';
import { canonicalRdata } from '../../../src/model/rdata/registry.js';
import type { RecordType } from '../../../src/model/record-type.js';
import { makeRRset, type RRset } from '../../../src/model/zone.js';

const ZONE = 'example.com.';

/** Reads octoDNS YAML the way the format does, with key order enforced, into RRsets. */
async function readBack(text: string): Promise<RRset[]> {
  const loaded = await loadYaml('zone.yaml', text, { enforceOrder: 'natural' });
  if (!loaded.ok)
    throw new Error(`${loaded.error.message} at ${loaded.error.location.line}\n${text}`);
  const r = readZoneFile(loaded.doc.root, {
    origin: ZONE,
    defaultTtl: 3600,
    escapedSemicolons: true,
    lenient: false,
    subzones: [],
    ignoreSubzoneAdds: false,
  });
  if (r.diagnostics.length > 0)
    throw new Error(`${r.diagnostics.map((d) => d.message).join('; ')}\n${text}`);
  return r.records.map((x) => makeRRset({ ...x, location: undefined }));
}

function canon(type: RecordType, text: string): string {
  const r = canonicalRdata(type, text, ZONE);
  if (!r.ok) throw new Error(`${type} ${text}: ${r.message}`);
  return r.value;
}

const label = fc.stringMatching(/^[a-z0-9_][a-z0-9_-]{0,9}$/).filter((l) => !l.endsWith('-'));
const trickyLabel = fc.constantFrom(
  '2',
  '12',
  '010',
  'yes',
  'on',
  'null',
  'true',
  '1e3',
  '0x1f',
  '1-2',
);
const owner = fc.oneof(
  fc.constant(ZONE),
  fc.constant(`*.${ZONE}`),
  fc
    .array(fc.oneof(label, trickyLabel), { minLength: 1, maxLength: 3 })
    .map((ls) => `${ls.join('.')}.${ZONE}`),
);
const host = fc
  .array(label, { minLength: 1, maxLength: 3 })
  .chain((ls) => fc.constantFrom(`${ls.join('.')}.example.net.`, `${ls.join('.')}.${ZONE}`));
const u16 = fc.integer({ min: 0, max: 65535 });
const hex = (bytes: number) =>
  fc
    .uint8Array({ minLength: bytes, maxLength: bytes })
    .map((b) => Buffer.from(b).toString('hex').toUpperCase());
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 600,
});
/**
 * TXT content octoDNS itself cannot hold: it strips a leading quote pair, drops `" "`, and
 * refuses `\\;` (double escaped). Those never come from an octoDNS repository.
 */
const txtContent = printable.filter(
  (s) => !s.startsWith('"') && !s.includes('" "') && !s.includes('\\;'),
);

const tv = (type: RecordType, values: string[]): [RecordType, string[]] => [type, values];

function quoteTxt(s: string): string {
  const chunks: string[] = [];
  for (let i = 0; i < s.length; i += 255) chunks.push(s.slice(i, i + 255));
  return (chunks.length > 0 ? chunks : [''])
    .map((c) => `"${c.replace(/["\\]/g, '\\$&')}"`)
    .join(' ');
}

/** [type, values] pairs in canonical model form, for every type octoDNS has. */
const typedValues: fc.Arbitrary<[RecordType, string[]]> = fc.oneof(
  fc.array(fc.ipV4(), { minLength: 1, maxLength: 4 }).map((v) =>
    tv(
      'A',
      v.map((x) => canon('A', x)),
    ),
  ),
  fc.array(fc.ipV6(), { minLength: 1, maxLength: 3 }).map((v) =>
    tv(
      'AAAA',
      v.map((x) => canon('AAAA', x)),
    ),
  ),
  host.map((h) => tv('CNAME', [canon('CNAME', h)])),
  host.map((h) => tv('DNAME', [canon('DNAME', h)])),
  host.map((h) => tv('ALIAS', [canon('ALIAS', h)])),
  fc.array(host, { minLength: 1, maxLength: 4 }).map((v) =>
    tv(
      'NS',
      v.map((x) => canon('NS', x)),
    ),
  ),
  fc.array(host, { minLength: 1, maxLength: 2 }).map((v) =>
    tv(
      'PTR',
      v.map((x) => canon('PTR', x)),
    ),
  ),
  fc.array(fc.tuple(u16, host), { minLength: 1, maxLength: 3 }).map((v) =>
    tv(
      'MX',
      v.map(([p, h]) => canon('MX', `${p} ${h}`)),
    ),
  ),
  fc.array(fc.tuple(u16, u16, u16, host), { minLength: 1, maxLength: 2 }).map((v) =>
    tv(
      'SRV',
      v.map(([a, b, c, h]) => canon('SRV', `${a} ${b} ${c} ${h}`)),
    ),
  ),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(0, 128),
        fc.constantFrom('issue', 'issuewild', 'iodef'),
        printable.map((s) => s.slice(0, 60)),
      ),
      {
        minLength: 1,
        maxLength: 2,
      },
    )
    .map((v) =>
      tv(
        'CAA',
        v.map(([f, t, s]) => canon('CAA', `${f} ${t} "${s.replace(/["\\]/g, '\\$&')}"`)),
      ),
    ),
  fc.array(txtContent, { minLength: 1, maxLength: 3 }).map((v) =>
    tv(
      'TXT',
      v.map((s) => canon('TXT', quoteTxt(s))),
    ),
  ),
  fc.array(txtContent, { minLength: 1, maxLength: 2 }).map((v) =>
    tv(
      'SPF',
      v.map((s) => canon('SPF', quoteTxt(s))),
    ),
  ),
  fc
    .tuple(u16, fc.constantFrom(8, 13, 15), hex(32))
    .map(([k, a, d]) => tv('DS', [canon('DS', `${k} ${a} 2 ${d}`)])),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), hex(32))
    .map(([a, f]) => tv('SSHFP', [canon('SSHFP', `${a} 2 ${f}`)])),
  fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1 }), hex(32))
    .map(([u, s, d]) => tv('TLSA', [canon('TLSA', `${u} ${s} 1 ${d}`)])),
  fc
    .tuple(
      u16,
      u16,
      fc.constantFrom('U', 'S', 'A', ''),
      fc.constantFrom('E2U+sip', 'SIP+D2U'),
      fc.constantFrom('', '!^.*$!sip:x@example.com!'),
      host,
    )
    .map(([o, p, f, s, r, h]) =>
      tv('NAPTR', [canon('NAPTR', `${o} ${p} "${f}" "${s}" "${r}" ${h}`)]),
    ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 89 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59999 }),
      fc.constantFrom('N', 'S'),
      fc.integer({ min: 0, max: 179 }),
      fc.constantFrom('E', 'W'),
      fc.integer({ min: -1000, max: 10000 }),
    )
    .map(([d, m, ms, ns, ld, ew, alt]) =>
      tv('LOC', [
        canon(
          'LOC',
          `${d} ${m} ${(ms / 1000).toFixed(3)} ${ns} ${ld} 0 0 ${ew} ${alt}m 1m 10000m 10m`,
        ),
      ]),
    ),
  fc
    .tuple(
      fc.integer({ min: 1, max: 100 }),
      host,
      fc.subarray(['h2', 'h3', 'http/1.1'], { minLength: 1 }),
      fc.option(u16, { nil: undefined }),
    )
    .map(([p, t, alpn, port]) =>
      tv('HTTPS', [
        canon(
          'HTTPS',
          `${p} ${t} alpn="${alpn.join(',')}"${port === undefined ? '' : ` port=${port}`}`,
        ),
      ]),
    ),
  host.map((t) => tv('SVCB', [canon('SVCB', `0 ${t}`)])),
  fc
    .tuple(u16, u16, fc.constantFrom('ftp://ftp.example.com/', 'https://www.example.com/a?b'))
    .map(([p, w, t]) => {
      const b = Buffer.concat([Buffer.from([p >> 8, p & 255, w >> 8, w & 255]), Buffer.from(t)]);
      return tv('TYPE256', [`\\# ${b.length} ${b.toString('hex').toUpperCase()}`]);
    }),
  fc
    .tuple(
      fc.constantFrom('/', '/old'),
      fc.constantFrom('https://example.org/', 'http://x.example/'),
      fc.constantFrom(301, 302),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 1 }),
    )
    .map(([path, target, code, masking, query]) =>
      tv('URLFWD', [canon('URLFWD', `"${path}" "${target}" ${code} ${masking} ${query}`)]),
    ),
);

const dynamic = fc
  .tuple(fc.array(fc.ipV4(), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 100 }))
  .map(([ips, weight]) =>
    JSON.stringify({
      // octoDNS wants weight 1 on a pool's only value.
      pools: {
        one: { values: ips.map((value) => ({ value, weight: ips.length === 1 ? 1 : weight })) },
      },
      rules: [{ geos: ['EU-GB'], pool: 'one' }, { pool: 'one' }],
    }),
  );

const rrsets = fc
  .uniqueArray(
    fc.record({
      name: owner,
      tv: typedValues,
      ttl: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      dyn: fc.option(dynamic, { nil: undefined }),
    }),
    { selector: (r) => `${ownerFor(r.tv[0], r.name)} ${r.tv[0]}`, maxLength: 12 },
  )
  .map((list) =>
    list.map((r) =>
      makeRRset({
        name: ownerFor(r.tv[0], r.name),
        type: r.tv[0],
        ttl: r.ttl,
        values: r.tv[1],
        options: r.tv[0] === 'A' && r.dyn ? { dynamic: r.dyn } : undefined,
      }),
    ),
  );

/** Owners octoDNS accepts: SRV/URI want `_service._proto`, CNAME not at the apex, ALIAS only there. */
function ownerFor(type: RecordType, name: string): string {
  if (type === 'SRV' || type === 'TYPE256') return `_svc._tcp.${name}`;
  if (type === 'CNAME' && name === ZONE) return `apex-cname-x.${ZONE}`;
  if (type === 'ALIAS') return ZONE;
  return name;
}

function sortSets(sets: readonly RRset[]): RRset[] {
  return [...sets].sort((a, b) => (`${a.name} ${a.type}` < `${b.name} ${b.type}` ? -1 : 1));
}

describe('round trip: our model written as octoDNS YAML reads back equal', () => {
  test('every octoDNS record type, tricky names, long TXT, dynamic records', async () => {
    await fc.assert(
      fc.asyncProperty(rrsets, async (sets) => {
        const text = formatOctodnsZone({
          name: ZONE,
          format: 'octodns',
          rrsets: sets,
          providers: [],
          unmanaged: [],
        });
        expect(sortSets(await readBack(text))).toEqual(sortSets(sets));
      }),
      { numRuns: 300 },
    );
  });

  test('with default_ttl, TTLs equal to it are left out and still read back', async () => {
    await fc.assert(
      fc.asyncProperty(rrsets, async (sets) => {
        const text = formatOctodnsRecords(sets, ZONE, { defaultTtl: 3600 });
        expect(sortSets(await readBack(text))).toEqual(sortSets(sets));
      }),
      { numRuns: 50 },
    );
  });
});

describe('the YAML written', () => {
  test('is the octoDNS shape: apex quoted, keys sorted, one record a mapping, several a list', () => {
    const sets = [
      makeRRset({ name: ZONE, type: 'A', ttl: 300, values: ['192.0.2.1', '192.0.2.2'] }),
      makeRRset({ name: ZONE, type: 'MX', ttl: 3600, values: ['10 mx.example.com.'] }),
      makeRRset({ name: `_dmarc.${ZONE}`, type: 'TXT', ttl: 3600, values: ['"v=DMARC1; p=none"'] }),
      makeRRset({ name: `12.${ZONE}`, type: 'CNAME', ttl: 60, values: ['www.example.com.'] }),
      makeRRset({ name: `2.${ZONE}`, type: 'CNAME', ttl: 60, values: ['www.example.com.'] }),
    ];
    expect(formatOctodnsRecords(sets, ZONE, { defaultTtl: 3600 })).toBe(
      [
        "'':",
        '  - ttl: 300',
        '    type: A',
        '    values:',
        '      - 192.0.2.1',
        '      - 192.0.2.2',
        '  - type: MX',
        '    value:',
        '      exchange: mx.example.com.',
        '      preference: 10',
        "'2':",
        '  ttl: 60',
        '  type: CNAME',
        '  value: www.example.com.',
        "'12':",
        '  ttl: 60',
        '  type: CNAME',
        '  value: www.example.com.',
        '_dmarc:',
        '  type: TXT',
        "  value: 'v=DMARC1\\; p=none'",
        '',
      ].join('\n'),
    );
  });

  test('types octoDNS cannot hold and names outside the zone become comments, not broken YAML', async () => {
    const text = formatOctodnsRecords(
      [
        makeRRset({
          name: ZONE,
          type: 'SOA',
          ttl: 3600,
          values: ['ns.example.com. host.example.com. 1 2 3 4 5'],
        }),
        makeRRset({ name: ZONE, type: 'A', ttl: 3600, values: ['192.0.2.1'] }),
        makeRRset({ name: 'www.example.org.', type: 'A', ttl: 3600, values: ['192.0.2.1'] }),
      ],
      ZONE,
    );
    expect(text.split('\n')[0]).toBe('# example.com. SOA: octoDNS has no record type for this');
    expect(text.split('\n')[1]).toBe('# www.example.org. A: outside example.com.');
    expect((await readBack(text)).map((r) => r.type)).toEqual(['A']);
  });

  test('control characters in TXT use double-quoted escapes and survive', async () => {
    const sets = [
      makeRRset({
        name: `x.${ZONE}`,
        type: 'TXT',
        ttl: 1,
        values: [canon('TXT', '"a\\009b\\010c"')],
      }),
    ];
    expect(await readBack(formatOctodnsRecords(sets, ZONE))).toEqual(sets);
  });
});
