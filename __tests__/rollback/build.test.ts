/**
 * Rollback snippets, round-tripped for real: base and head are repositories read by each
 * format's own loader; the snippet's records are read back by the same loader; applying
 * them to head (and deleting what the change added) must give base back.
 */
import { diffZoneSets } from '../../src/diff/diff.js';
import { formatById } from '../../src/formats/registry.js';
import { type FormatId, type RRset, rrsetKey, type ZoneSet } from '../../src/model/zone.js';
import { buildRollback } from '../../src/rollback/build.js';
import { applyRollback, planRollback } from '../../src/rollback/plan.js';
import { openTree } from '../../src/sources/git.js';
import { makeRepo } from '../helpers/git-repo.js';
import { delegationOf, liveSnapshot } from '../helpers/live.js';
import { zone, zoneSet } from '../helpers/zones.js';

interface Rec {
  readonly name: string; // relative, '@' for the apex
  readonly type: 'A' | 'TXT' | 'MX' | 'CNAME' | 'NS';
  readonly ttl: number;
  readonly values: readonly string[]; // as each format writes them: "10 mx1" for MX, text for TXT
}

const APEX = 'example.com.';
const NS: Rec = {
  name: '@',
  type: 'NS',
  ttl: 3600,
  values: ['ns1.example.net.', 'ns2.example.net.'],
};

const SOURCES: Record<FormatId, (recs: readonly Rec[]) => Record<string, string>> = {
  bind: (recs) => ({
    'zones/example.com.zone': [
      '$ORIGIN example.com.',
      '@ 3600 IN SOA ns1.example.net. hostmaster.example.com. 1 7200 900 1209600 300',
      ...recs.flatMap((r) =>
        r.values.map(
          (v) => `${r.name} ${r.ttl} IN ${r.type} ${r.type === 'TXT' ? JSON.stringify(v) : v}`,
        ),
      ),
      '',
    ].join('\n'),
  }),
  octodns: (recs) => {
    const byName = new Map<string, Rec[]>();
    for (const r of recs) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
    const yaml = [...byName].map(([name, list]) => {
      const key = name === '@' ? "''" : name;
      const items = list.map((r) => {
        const values = r.values.map((v) => {
          if (r.type === 'MX') {
            const [pref, exch] = v.split(' ');
            return `      - exchange: ${exch}.example.com.\n        preference: ${pref}`;
          }
          return `      - ${JSON.stringify(r.type === 'CNAME' ? `${v}.example.com.` : v)}`;
        });
        if (r.type === 'CNAME')
          return `  - type: CNAME\n    ttl: ${r.ttl}\n    value: ${r.values[0]}.example.com.`;
        return `  - type: ${r.type}\n    ttl: ${r.ttl}\n    values:\n${values.join('\n')}`;
      });
      return `${key}:\n${items.join('\n')}`;
    });
    return {
      'config.yaml':
        'providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./zones\n    enforce_order: false\nzones:\n  example.com.:\n    sources: [config]\n    targets: [config]\n',
      'zones/example.com.yaml': `---\n${yaml.join('\n')}\n`,
    };
  },
  dnscontrol: (recs) => ({
    'dnsconfig.js': [
      'var REG = NewRegistrar("none");',
      'var DNS = NewDnsProvider("bind", "BIND");',
      'D("example.com", REG, DnsProvider(DNS),',
      ...recs
        .filter((r) => r.type !== 'NS')
        .flatMap((r) =>
          r.values.map((v) => {
            if (r.type === 'MX') {
              const [pref, exch] = v.split(' ');
              return `  MX(${JSON.stringify(r.name)}, ${pref}, ${JSON.stringify(exch)}, TTL(${r.ttl})),`;
            }
            return `  ${r.type}(${JSON.stringify(r.name)}, ${JSON.stringify(v)}, TTL(${r.ttl})),`;
          }),
        ),
      ');',
      '',
    ].join('\n'),
  }),
  terraform: (recs) => ({
    'main.tf': [
      'resource "aws_route53_zone" "main" {',
      '  name = "example.com"',
      '}',
      ...recs.map((r, i) => {
        const fqdn = (label: string) => (label === '@' ? 'example.com' : `${label}.example.com`);
        const values = r.values.map((v) =>
          r.type === 'MX'
            ? v.replace(/ (\S+)$/, (_m, x: string) => ` ${fqdn(x)}`)
            : r.type === 'CNAME'
              ? fqdn(v)
              : v,
        );
        return [
          `resource "aws_route53_record" "r${i}" {`,
          '  zone_id = aws_route53_zone.main.zone_id',
          `  name    = "${fqdn(r.name)}"`,
          `  type    = "${r.type}"`,
          `  ttl     = ${r.ttl}`,
          `  records = ${JSON.stringify(values)}`,
          '}',
        ].join('\n');
      }),
      '',
    ].join('\n'),
  }),
};

/** Files that make each format read the snippet's records (deletions are comments). */
const SNIPPET_FILES: Record<FormatId, (snippet: string) => Record<string, string>> = {
  bind: (snippet) => ({ 'zones/example.com.zone': `$ORIGIN example.com.\n${snippet}` }),
  octodns: (snippet) => ({
    ...SOURCES.octodns([]),
    'zones/example.com.yaml': `---\n${snippet}`,
  }),
  dnscontrol: (snippet) => ({
    'dnsconfig.js': `var REG = NewRegistrar("none");\nvar DNS = NewDnsProvider("bind", "BIND");\nD("example.com", REG, DnsProvider(DNS),\n${snippet});\n`,
  }),
  terraform: (snippet) => ({
    'main.tf': 'resource "aws_route53_zone" "main" {\n  name = "example.com"\n}\n',
    'rollback.tf': snippet,
  }),
};

async function loadFiles(format: FormatId, files: Record<string, string>): Promise<ZoneSet> {
  const repo = makeRepo();
  try {
    repo.commit(files, 'x');
    const result = await formatById(format)!.load(await openTree(repo.dir, 'HEAD'), { path: '' });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    return result.value;
  } finally {
    repo.remove();
  }
}

const comparable = (rrsets: readonly RRset[]) =>
  rrsets
    .map((r) => ({
      name: r.name,
      type: r.type,
      ttl: r.ttl,
      values: [...r.values],
      options: r.options,
    }))
    .sort((a, b) => rrsetKey(a).localeCompare(rrsetKey(b)));

const BASE: Rec[] = [
  NS,
  { name: 'www', type: 'A', ttl: 300, values: ['192.0.2.1'] },
  { name: 'api', type: 'A', ttl: 3600, values: ['192.0.2.7'] },
  { name: '@', type: 'MX', ttl: 3600, values: ['10 mx1'] },
  { name: 'docs', type: 'TXT', ttl: 300, values: ['hello world'] },
];
const without = (name: string, type: string) =>
  BASE.filter((r) => r.name !== name || r.type !== type);

const KINDS: Record<string, Rec[]> = {
  'values modified': [
    ...without('www', 'A'),
    { name: 'www', type: 'A', ttl: 300, values: ['192.0.2.2', '192.0.2.3'] },
  ],
  'TTL only': [...without('api', 'A'), { name: 'api', type: 'A', ttl: 60, values: ['192.0.2.7'] }],
  removed: without('@', 'MX'),
  'added at a new name': [...BASE, { name: 'new', type: 'CNAME', ttl: 300, values: ['www'] }],
  'added beside other data': [
    ...BASE,
    { name: 'docs', type: 'A', ttl: 300, values: ['192.0.2.9'] },
  ],
};

const FORMATS: FormatId[] = ['bind', 'octodns', 'dnscontrol', 'terraform'];

describe.each(FORMATS)('rollback in %s', (format) => {
  it.each(Object.keys(KINDS))('restores base when the change is: %s', async (kind) => {
    const base = await loadFiles(format, SOURCES[format](BASE));
    const head = await loadFiles(format, SOURCES[format](KINDS[kind]!));
    const diffs = diffZoneSets(base, head);
    expect(diffs[0]!.changes.length).toBeGreaterThan(0);
    const [rollback] = buildRollback(diffs, undefined);
    expect(rollback).toMatchObject({ zone: APEX, format });
    expect(rollback!.snippet).toContain('git revert -m 1');

    const restored = await loadFiles(format, SNIPPET_FILES[format](rollback!.snippet));
    const plan = planRollback(diffs[0]!, format === 'octodns' ? 'name' : 'rrset');
    const restoredRRsets = restored.zones[0]?.rrsets.filter((r) => r.type !== 'SOA') ?? [];
    const after = applyRollback(head.zones[0]!.rrsets, { ...plan, restore: restoredRRsets });
    expect(comparable(after)).toEqual(comparable(base.zones[0]!.rrsets));
  });
});

describe('registrar side', () => {
  const base: ZoneSet = {
    zones: [
      {
        name: APEX,
        format: 'bind',
        providers: [],
        unmanaged: [],
        rrsets: [{ name: APEX, type: 'NS', ttl: 3600, values: ['ns1.example.net.'] }],
      },
    ],
    credentials: [],
    files: [],
  };
  const head: ZoneSet = {
    ...base,
    zones: [
      {
        ...base.zones[0]!,
        rrsets: [{ name: APEX, type: 'NS', ttl: 3600, values: ['ns1.other.example.'] }],
      },
    ],
  };

  it('captures the NS and DS the parent publishes now for an apex NS change', () => {
    const live = liveSnapshot(
      [
        {
          zone: APEX,
          delegation: delegationOf({
            ns: ['ns1.example.net.', 'ns2.example.net.'],
            nsTtl: 172800,
            ds: ['370 13 2 BE74359954660069D5C63D200C39F5603827D7DD02B56F120EE9F3A86764247C'],
            dsTtl: 86400,
          }),
        },
      ],
      { takenAt: new Date('2026-11-27T09:00:30Z') },
    );
    const [r] = buildRollback(diffZoneSets(base, head), live);
    expect(r!.registrar).toBe(
      [
        'The parent zone com. publishes now (captured 2026-11-27 09:00 UTC):',
        'NS (TTL 172800 s):',
        '  ns1.example.net.',
        '  ns2.example.net.',
        'DS (TTL 86400 s):',
        '  370 13 2 BE74359954660069D5C63D200C39F5603827D7DD02B56F120EE9F3A86764247C',
        'To roll back, set exactly these at the registrar. Resolvers may keep the new delegation for up to the NS TTL above, so keep the old servers answering correctly until then.',
      ].join('\n'),
    );
  });

  it('says what to capture by hand when live DNS did not run, and nothing for ordinary records', () => {
    const [r] = buildRollback(diffZoneSets(base, head), undefined);
    expect(r!.registrar).toContain('Live DNS was not queried for the delegation of example.com.');
    const plain: ZoneSet = {
      ...base,
      zones: [
        {
          ...base.zones[0]!,
          rrsets: [
            ...base.zones[0]!.rrsets,
            { name: `www.${APEX}`, type: 'A', ttl: 300, values: ['192.0.2.1'] },
          ],
        },
      ],
    };
    const [p] = buildRollback(diffZoneSets(base, plain), undefined);
    expect(p!.registrar).toBeUndefined();
    expect(buildRollback(diffZoneSets(base, base), undefined)).toEqual([]);
  });
});

describe('snippet text', () => {
  const before = ['@ 3600 NS ns1.example.net.', 'www 300 A 192.0.2.1', 'mail 300 A 192.0.2.2'];
  const after = [
    '@ 3600 NS ns1.example.net.',
    'www 300 A 192.0.2.9',
    'new 300 TXT "hello"',
    'mail 300 A 192.0.2.2',
  ];
  const snippetIn = (format: FormatId) =>
    buildRollback(
      diffZoneSets(zoneSet(zone(APEX, before, { format })), zoneSet(zone(APEX, after, { format }))),
      undefined,
    )[0]!.snippet;
  const revert = (c: string) =>
    `${c} Or undo the whole pull request: git revert -m 1 <merge commit>, and let the DNS pipeline push it (a revert changes nothing until it is pushed).`;

  it('is written in the zone file syntax for bind', () => {
    expect(snippetIn('bind')).toBe(
      [
        '; Rollback of example.com. to base, in the zone file of example.com. ($ORIGIN example.com.):',
        '; Put back (replacing what these names and types hold now):',
        'www\t300\tIN\tA\t192.0.2.1',
        '; Instead of:',
        '; www\t300\tIN\tA\t192.0.2.9',
        '; Delete, added by this change:',
        '; new\t300\tIN\tTXT\t"hello"',
        revert(';'),
        '',
      ].join('\n'),
    );
  });

  it('is written as record calls in D(…) for dnscontrol', () => {
    expect(snippetIn('dnscontrol')).toBe(
      [
        '// Rollback of example.com. to base, in D("example.com", …) in dnsconfig.js:',
        '// Put back (replacing what these names and types hold now):',
        'A("www", "192.0.2.1", TTL(300)),',
        '// Instead of:',
        '// A("www", "192.0.2.9", TTL(300)),',
        '// Delete, added by this change:',
        '// TXT("new", "hello", TTL(300)),',
        revert('//'),
        '',
      ].join('\n'),
    );
  });

  it('is written per name in YAML for octodns', () => {
    expect(snippetIn('octodns')).toBe(
      [
        '# Rollback of example.com. to base, in the YamlProvider zone file of example.com.:',
        '# Put back (replacing what these names hold now):',
        'www:',
        '  ttl: 300',
        '  type: A',
        '  value: 192.0.2.1',
        '# Instead of:',
        '# www:',
        '#   ttl: 300',
        '#   type: A',
        '#   value: 192.0.2.9',
        '# Delete, added by this change:',
        '# new:',
        '#   ttl: 300',
        '#   type: TXT',
        '#   value: hello',
        revert('#'),
        '',
      ].join('\n'),
    );
  });
});
