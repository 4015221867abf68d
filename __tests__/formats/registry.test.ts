/**
 * The registry is the only place the pipeline finds a format, so it must hold every FormatId,
 * and whatever a format writes as a whole zone file, its own loader must read back unchanged.
 */
import { FORMATS, formatById } from '../../src/formats/registry.js';
import { FORMAT_IDS, type RRset } from '../../src/model/zone.js';
import { openTree } from '../../src/sources/git.js';
import { makeRepo } from '../helpers/git-repo.js';
import { zone } from '../helpers/zones.js';

const comparable = (rrsets: readonly RRset[]) =>
  rrsets
    .map(({ location: _l, ...rest }) => rest)
    .sort((a, b) => `${a.name} ${a.type}`.localeCompare(`${b.name} ${b.type}`));

describe('the format registry', () => {
  it('registers exactly one format for every FormatId', () => {
    for (const id of FORMAT_IDS) expect(formatById(id)?.id).toBe(id);
    expect(FORMATS.map((f) => f.id).sort()).toEqual([...FORMAT_IDS].sort());
  });

  it('has a writer for every format: a fence language, a comment marker, a zone location', () => {
    for (const f of FORMATS) {
      expect(f.write.fenceLanguage).toMatch(/^[a-z]+$/);
      expect(f.write.lineComment).toMatch(/^\S+$/);
      expect(f.write.zoneLocation('example.com.')).toContain('example.com');
    }
  });

  const exportable = FORMATS.filter((f) => f.write.zoneFile);
  it('offers a whole-zone file for bind (what zoneguard export writes)', () => {
    expect(exportable.map((f) => f.id)).toEqual(['bind']);
  });

  it.each(exportable.map((f) => [f.id, f] as const))(
    'reads a %s zone file back, by its own loader, to the same RRsets',
    async (_id, format) => {
      const original = zone('example.com.', [
        '@ 3600 SOA ns1.example.net. hostmaster.example.com. 7 7200 900 1209600 300',
        '@ 3600 NS ns1.example.net.',
        '@ 3600 NS ns2.example.org.',
        '@ 300 MX 10 mail',
        'www 300 A 192.0.2.1',
        'mail 60 AAAA 2001:db8::1',
        'txt 300 TXT "a;b" "c d"',
      ]);
      const zoneFile = format.write.zoneFile!;
      const repo = makeRepo();
      try {
        repo.commit({ [`example.com${zoneFile.extension}`]: zoneFile.text(original) });
        const tree = await openTree(repo.dir, 'HEAD');
        expect(format.detect(await tree.listFiles(), '')).toBe(true);
        const loaded = await format.load(tree, { path: '' });
        if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
        expect(loaded.value.zones.map((z) => z.name)).toEqual(['example.com.']);
        expect(comparable(loaded.value.zones[0]!.rrsets)).toEqual(comparable(original.rrsets));
      } finally {
        repo.remove();
      }
    },
  );
});
