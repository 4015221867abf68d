import fc from 'fast-check';
import { parseZoneFile } from '../../../src/formats/bind/parse.js';
import { formatBindRecords, formatZoneFile } from '../../../src/formats/bind/write.js';
import { canonicalRdata } from '../../../src/model/rdata/registry.js';
import type { RecordType } from '../../../src/model/record-type.js';
import { makeRRset, type RRset, type Zone } from '../../../src/model/zone.js';
import { generateZone, rdataFor, rng, TYPES } from './zone-generator.js';

const withoutLocation = (sets: readonly RRset[]) =>
  sets
    .map(({ location: _l, ...rest }) => rest)
    .sort((a, b) => `${a.name} ${a.type}`.localeCompare(`${b.name} ${b.type}`));

function reparse(zone: Zone): Zone {
  const text = formatZoneFile(zone);
  const r = parseZoneFile(text, { file: 'out.zone' });
  if (!r.ok)
    throw new Error(
      `${r.errors.map((e) => `${e.location.line}: ${e.message}`).join('\n')}\n${text}`,
    );
  return r.value.zone;
}

describe('formatZoneFile', () => {
  it('writes the root zone with absolute owners', () => {
    const text =
      '$TTL 518400\n. SOA a.root-servers.net. nstld.verisign-grs.com. 1 2 3 4 5\n. NS a.root-servers.net.\na.root-servers.net. A 198.41.0.4\n';
    const r = parseZoneFile(text, { file: 'root.zone', origin: '.' });
    if (!r.ok) throw new Error(r.errors[0]!.message);
    const out = formatZoneFile(r.value.zone);
    expect(out).toContain('a.root-servers.net.\t518400\tIN\tA\t198.41.0.4');
    expect(withoutLocation(reparse(r.value.zone).rrsets)).toEqual(
      withoutLocation(r.value.zone.rrsets),
    );
  });

  it('round-trips every generated zone: parse(formatZoneFile(z)) equals z', () => {
    for (const seed of [11, 12, 13]) {
      const g = generateZone(seed, 200);
      const files = Object.fromEntries(g.files);
      const main = [...g.files.keys()][0]!;
      const r = parseZoneFile(files[main]!, {
        file: main,
        origin: g.zone,
        tree: { readText: (p) => files[p] },
      });
      if (!r.ok) throw new Error(r.errors[0]!.message);
      const again = reparse(r.value.zone);
      expect(again.name).toBe(r.value.zone.name);
      expect(withoutLocation(again.rrsets)).toEqual(withoutLocation(r.value.zone.rrsets));
    }
  });

  it('round-trips arbitrary RRsets of every type', () => {
    const zoneName = 'prop.example.';
    const rrset = fc
      .record({
        label: fc.oneof(
          fc.constant('@'),
          fc.stringMatching(/^[a-z0-9-]{1,10}$/),
          fc.constant('*.wild'),
          fc.constant('a\\.b'),
        ),
        type: fc.constantFrom(...TYPES),
        ttl: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        seeds: fc.array(fc.integer({ min: 1, max: 2 ** 30 }), { minLength: 1, maxLength: 3 }),
      })
      .map(({ label, type, ttl, seeds }) => {
        const name = label === '@' ? zoneName : `${label}.${zoneName}`;
        const values = seeds.map((s) => {
          const v = canonicalRdata(type as RecordType, rdataFor(rng(s), type, zoneName), zoneName);
          if (!v.ok) throw new Error(v.message);
          return v.value;
        });
        return makeRRset({ name, type: type as RecordType, ttl, values });
      });
    fc.assert(
      fc.property(
        fc.uniqueArray(rrset, { selector: (r) => `${r.name} ${r.type}`, maxLength: 12 }),
        (sets) => {
          const zone: Zone = {
            name: zoneName,
            format: 'bind',
            rrsets: sets,
            providers: [],
            unmanaged: [],
          };
          expect(withoutLocation(reparse(zone).rrsets)).toEqual(withoutLocation(sets));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('writes $ORIGIN and $TTL, the SOA first, and apex NS next', () => {
    const zone: Zone = {
      name: 'example.com.',
      format: 'bind',
      providers: [],
      unmanaged: [],
      rrsets: [
        makeRRset({ name: 'www.example.com.', type: 'A', ttl: 60, values: ['192.0.2.1'] }),
        makeRRset({ name: 'example.com.', type: 'NS', ttl: 3600, values: ['ns1.example.com.'] }),
        makeRRset({
          name: 'example.com.',
          type: 'SOA',
          ttl: 3600,
          values: ['ns1.example.com. h.example.com. 1 2 3 4 5'],
        }),
      ],
    };
    expect(formatZoneFile(zone)).toBe(
      [
        '$ORIGIN example.com.',
        '$TTL 3600',
        '@\t3600\tIN\tSOA\tns1.example.com. h.example.com. 1 2 3 4 5',
        '@\t3600\tIN\tNS\tns1.example.com.',
        'www\t60\tIN\tA\t192.0.2.1',
        '',
      ].join('\n'),
    );
  });
});

describe('formatBindRecords', () => {
  it('writes names relative to the origin where possible, one record per line', () => {
    const sets = [
      makeRRset({
        name: 'mail.example.com.',
        type: 'MX',
        ttl: 300,
        values: ['20 b.example.net.', '10 a.example.net.'],
      }),
      makeRRset({ name: 'other.org.', type: 'TXT', ttl: 5, values: ['"x"'] }),
    ];
    expect(formatBindRecords(sets, 'example.com.')).toBe(
      'mail\t300\tIN\tMX\t10 a.example.net.\nmail\t300\tIN\tMX\t20 b.example.net.\nother.org.\t5\tIN\tTXT\t"x"\n',
    );
  });

  it('comments out provider pseudo-records, which have no zone-file form', () => {
    const sets = [
      makeRRset({ name: 'example.com.', type: 'ALIAS', ttl: 300, values: ['lb.example.net.'] }),
    ];
    expect(formatBindRecords(sets, 'example.com.')).toMatch(
      /^; @\t300\tIN\tALIAS\tlb\.example\.net\. /,
    );
  });
});
