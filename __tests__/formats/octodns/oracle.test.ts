/**
 * Our reading of YamlProvider zone files against octoDNS's own, case by case: every file
 * octoDNS loads we load to the same RRsets (its rdata text through our codecs), and every file
 * it refuses we refuse with a located error. The expectations were recorded by running octoDNS
 * itself (__tests__/fixtures/octodns/oracle/generate.py, version in expected.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readZoneFile } from '../../../src/formats/octodns/records.js';
import { loadYaml } from '../../../src/formats/octodns/yaml.js';
import { canonicalName } from '../../../src/model/name.js';
import { canonicalRdata } from '../../../src/model/rdata/registry.js';
import type { RecordType } from '../../../src/model/record-type.js';

const DIR = join(process.cwd(), '__tests__/fixtures/octodns/oracle');
const expected: {
  octodns: string;
  results: Record<
    string,
    | {
        ok: true;
        records: { name: string; type: string; ttl: number; values: string[]; ignored: boolean }[];
      }
    | { ok: false; error: string }
  >;
} = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
const cases = readdirSync(join(DIR, 'cases')).sort();

async function ours(file: string) {
  const path = `cases/${file}`;
  const loaded = await loadYaml(path, readFileSync(join(DIR, path), 'utf8'), {
    enforceOrder: 'natural',
  });
  if (!loaded.ok) return { errors: [loaded.error], records: [], unmanaged: [] };
  const r = readZoneFile(loaded.doc.root, {
    origin: 'example.com.',
    defaultTtl: 3600,
    escapedSemicolons: true,
    lenient: false,
    subzones: [],
    ignoreSubzoneAdds: false,
  });
  // Duplicate records across a zone are found when RRsets are merged (load.ts); do it here too.
  const seen = new Set<string>();
  const errors = r.diagnostics.filter((d) => d.level === 'error');
  for (const rec of r.records) {
    const key = `${rec.name} ${rec.type}`;
    if (seen.has(key))
      errors.push({ level: 'error', message: `duplicate record ${key}`, location: rec.location });
    seen.add(key);
  }
  return { errors, records: r.records, unmanaged: r.unmanaged };
}

const TARGET_TYPES = new Set(['CNAME', 'ALIAS', 'DNAME', 'NS', 'PTR']);

/** URI (RFC 7553) has no codec in the model: octoDNS's `prio weight "target"` as RFC 3597 data. */
function uriGeneric(text: string): string {
  const m = /^(\d+) (\d+) "(.*)"$/.exec(text);
  if (!m) throw new Error(`unexpected URI rdata ${text}`);
  const p = Number(m[1]);
  const w = Number(m[2]);
  const data = Buffer.concat([Buffer.from([p >> 8, p & 255, w >> 8, w & 255]), Buffer.from(m[3]!)]);
  return `\\# ${data.length} ${data.toString('hex').toUpperCase()}`;
}

test('the cases and the recorded expectations match one to one', () => {
  expect(Object.keys(expected.results).sort()).toEqual(cases);
  expect(expected.octodns).toBe('1.22.0');
});

describe.each(cases)('%s', (file) => {
  const want = expected.results[file]!;
  if (want.ok) {
    test('loads to the RRsets octoDNS loads', async () => {
      const got = await ours(file);
      expect(got.errors).toEqual([]);
      const managed = want.records.filter((r) => !r.ignored);
      const mine = got.records.map((r) => ({
        name: r.name,
        type: r.type,
        ttl: r.ttl,
        values: [...r.values].sort(),
      }));
      const theirs = managed.map((r) => {
        const type = (r.type === 'URI' ? 'TYPE256' : r.type) as RecordType;
        const name = canonicalName(r.name);
        if (!name.ok) throw new Error(name.message);
        const values = r.values.map((v) => {
          if (type === 'TYPE256') return uriGeneric(v);
          // octoDNS targets are FQDNs whether or not the final dot is written (its absence is a
          // best-practice warning), so `www.example.net` means `www.example.net.`.
          const text = TARGET_TYPES.has(type) && !v.endsWith('.') ? `${v}.` : v;
          const c = canonicalRdata(type, text, 'example.com.');
          if (!c.ok) throw new Error(`${r.type} ${v}: ${c.message}`);
          return c.value;
        });
        return { name: name.name, type, ttl: r.ttl, values: [...new Set(values)].sort() };
      });
      const key = (x: { name: string; type: string }) => `${x.name} ${x.type}`;
      const sorted = (xs: typeof mine) => [...xs].sort((a, b) => (key(a) < key(b) ? -1 : 1));
      expect(sorted(mine)).toEqual(sorted(theirs));
      expect(got.unmanaged.map((u) => u.name).sort()).toEqual(
        want.records
          .filter((r) => r.ignored)
          .map((r) => r.name.replace(/\.?example\.com\.$/, '') || '@')
          .sort(),
      );
    });
  } else {
    test(`is refused, as octoDNS refuses it (${want.error.slice(0, 60)}…)`, async () => {
      const got = await ours(file);
      expect(got.errors.length).toBeGreaterThan(0);
      for (const e of got.errors) {
        expect(e.location.file).toBe(`cases/${file}`);
        expect(e.location.line).toBeGreaterThan(0);
        expect(e.location.column).toBeGreaterThan(0);
      }
    });
  }
});
