/**
 * Fuzz tests over whole loaders, as a review calls them (`format.load` on a real folder): any
 * text (arbitrary Unicode, white space BIND does not know such as U+000B, U+000C, U+00A0 and
 * U+2028, escapes, quotes, nesting, sizes) ends in a value or in errors located in a file of
 * the repository, never in another exception (docs/security.md). Run counts are modest: the
 * DNSControl loader starts a worker for each evaluation.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { bindFormat } from '../../src/formats/bind/format.js';
import { dnscontrolFormat } from '../../src/formats/dnscontrol/format.js';
import { octodnsFormat } from '../../src/formats/octodns/format.js';
import type { Format } from '../../src/formats/types.js';
import { openTree } from '../../src/sources/git.js';

/** White space no tokenizer separates on, and characters that end lines elsewhere. */
const ODD_SPACE = ['\u000b', '\u000c', '\u00a0', '\u2028', '\u2029', '\u0085', '\ufeff', '\t'];

/** Any string: every code point (lone surrogates too), with odd white space mixed in. */
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc
      .array(fc.oneof(fc.constantFrom(...ODD_SPACE), fc.string({ maxLength: 3 })), {
        maxLength,
      })
      .map((p) => p.join('')),
    // Plausible values with odd white space around or inside them.
    fc
      .tuple(
        fc.constantFrom('192.0.2.1', 'v=spf1 -all', 'mx.example.com.', '0123', 'letsencrypt.org'),
        fc.constantFrom(...ODD_SPACE),
        fc.boolean(),
      )
      .map(([v, c, before]) => (before ? `${c}${v}` : `${v}${c}`)),
  );

/** A folder of files (no git: the working tree reads it as it is), removed afterwards. */
async function loadFolder(
  format: Format,
  files: Record<string, string>,
  options: { evalTimeoutMs?: number } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'zoneguard-fuzz-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return await format.load(await openTree(dir, undefined), { path: '', ...options });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every error and warning names a file of the repository (and a line, where one is given). */
function expectLocated(
  result: Awaited<ReturnType<Format['load']>>,
  files: Record<string, string>,
): void {
  const all = result.ok ? (result.warnings ?? []) : result.errors;
  if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  for (const d of all) {
    expect(typeof d.message).toBe('string');
    expect(Object.keys(files)).toContain(d.location.file);
    if (d.location.line !== undefined) expect(d.location.line).toBeGreaterThan(0);
  }
}

describe('octoDNS: the whole loader', () => {
  const CONFIG = [
    'providers:',
    '  config:',
    '    class: octodns.provider.yaml.YamlProvider',
    '    directory: ./zones',
    'zones:',
    '  example.com.:',
    '    sources: [config]',
    '    targets: [config]',
    '',
  ].join('\n');

  const TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA', 'NS', 'SSHFP', 'TLSA', 'PTR'];
  /** Fields of octoDNS values (MX, SRV, CAA, SSHFP, TLSA), so that maps reach the codecs. */
  const FIELDS = [
    'exchange',
    'preference',
    'priority',
    'weight',
    'port',
    'target',
    'flags',
    'tag',
    'value',
    'algorithm',
    'fingerprint',
    'fingerprint_type',
    'certificate_usage',
    'selector',
    'matching_type',
    'certificate_association_data',
  ];

  /** Pieces of YAML as people (and attackers) write it, glued at random. */
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...TYPES.map((t) => `type: ${t}\n`)) },
    {
      weight: 6,
      arbitrary: fc.constantFrom(
        '\n',
        '  ',
        '- ',
        ': ',
        'www:\n',
        "'':\n",
        'value: ',
        'values:\n',
        'ttl: 60\n',
        'octodns:\n',
        '&a ',
        '*a',
        '<<: *a\n',
        '!include inc.yaml',
        '!!int ',
        '{',
        '}',
        '[',
        ']',
        ', ',
        '"',
        "'",
        '\\',
        '\\u00a0',
        '\\x0b',
        '\\;',
        '#',
        '|\n',
        '>-\n',
        '---\n',
        '~',
        '192.0.2.1',
        '0x1F',
        '1e400',
        'exchange: mx.example.com.',
        'preference: 10',
        'flags: 0',
        'tag: issue',
        'fingerprint: 0123',
        'v=spf1 -all',
      ),
    },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_SPACE) },
    { weight: 2, arbitrary: anyText(6) },
  );
  const soup = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

  /** Well-formed YAML of records whose values are any text, nested any way. */
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 6, arbitrary: anyText(20) },
      { weight: 2, arbitrary: fc.array(anyText(12), { maxLength: 3 }) },
      {
        weight: 1,
        arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
      },
      { weight: 1, arbitrary: fc.array(tie('v'), { maxLength: 3 }) },
      {
        weight: 2,
        arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), anyText(6)), tie('v'), {
          maxKeys: 4,
        }),
      },
    ),
  })).v;
  const type = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...TYPES) },
    { weight: 1, arbitrary: anyText(5) },
  );
  const record = fc.oneof(
    { weight: 3, arbitrary: fc.record({ type, value }) },
    { weight: 2, arbitrary: fc.record({ type, values: fc.array(value, { maxLength: 3 }) }) },
    {
      weight: 1,
      arbitrary: fc.record({ type, value, ttl: value, values: value }, { requiredKeys: ['type'] }),
    },
  );
  const structured = fc
    .dictionary(fc.oneof(fc.constantFrom('', 'www', '*', '_x._tcp'), anyText(8)), record, {
      maxKeys: 5,
    })
    .map((zone) => dump(zone, { skipInvalid: true }));

  test('any records, any text in their values, end in zones or located errors', async () => {
    await fc.assert(
      fc.asyncProperty(structured, async (zone) => {
        // Without the key order check, which would stop most random files before their values.
        const config = CONFIG.replace('./zones\n', './zones\n    enforce_order: false\n');
        const files = { 'octodns.yaml': config, 'zones/example.com.yaml': zone };
        expectLocated(await loadFolder(octodnsFormat, files), files);
      }),
      { numRuns: 150 },
    );
  });

  test('any zone file (and an included file) ends in zones or located errors', async () => {
    await fc.assert(
      fc.asyncProperty(soup, soup, async (zone, inc) => {
        const files = {
          'octodns.yaml': CONFIG,
          'zones/example.com.yaml': zone,
          'zones/inc.yaml': inc,
        };
        expectLocated(await loadFolder(octodnsFormat, files), files);
      }),
      { numRuns: 150 },
    );
  });

  test('any config ends in zones or located errors', async () => {
    const config = fc
      .array(fc.oneof(fc.constantFrom(...CONFIG.split(/(?<=\n)/)), piece), { maxLength: 40 })
      .map((p) => `providers:\nzones:\n${p.join('')}`);
    await fc.assert(
      fc.asyncProperty(config, async (text) => {
        const files = {
          'octodns.yaml': text,
          'zones/example.com.yaml': "'':\n  type: A\n  value: 192.0.2.1\n",
        };
        expectLocated(await loadFolder(octodnsFormat, files), files);
      }),
      { numRuns: 150 },
    );
  });
});

describe('BIND: the whole loader', () => {
  test('any zone file (and an included file) ends in zones or located errors', async () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '\n',
        ' ',
        '(',
        ')',
        ';',
        '"',
        '\\',
        '\\# 1 00',
        '\\032',
        '@ ',
        'IN ',
        'A ',
        'TXT ',
        'MX 10 ',
        'SOA ns1 host 1 2 3 4 5',
        '$ORIGIN example.com.\n',
        '$TTL 1h\n',
        '$INCLUDE inc.txt\n',
        '$GENERATE 1-3 h$ A 192.0.2.$\n',
        '192.0.2.1',
      ),
      fc.constantFrom(...ODD_SPACE),
      anyText(6),
    );
    const text = fc.array(piece, { maxLength: 50 }).map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(text, text, async (zone, inc) => {
        const files = { 'example.com.zone': zone, 'inc.txt': inc };
        expectLocated(await loadFolder(bindFormat, files), files);
      }),
      { numRuns: 200 },
    );
  });
});

describe('DNSControl: the whole loader, through the sandbox', () => {
  const FUNCS = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'CAA', 'SRV', 'SSHFP', 'TLSA', 'NS', 'TTL'];
  /** A JavaScript expression: any string (escaped as JSON or raw in a template), nested. */
  const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      anyText(12).map((s) => JSON.stringify(s)),
      anyText(12).map((s) => `'${s.replace(/[\\'\n\r\u2028\u2029]/g, '')}'`),
      fc.constantFrom('"@"', '"www"', '"192.0.2.1"', '"\\u000b"', '"\\u00a0"', '"\\x00"', '1e400'),
      fc.integer({ min: -1, max: 70_000 }).map(String),
      fc.array(tie('e'), { maxLength: 3 }).map((a) => `[${a.join(', ')}]`),
      fc
        .tuple(fc.constantFrom(...FUNCS), fc.array(tie('e'), { maxLength: 4 }))
        .map(([f, args]) => `${f}(${args.join(', ')})`),
    ),
  })).e;
  /** Calls of the right shape, with any text where a name or a value goes. */
  const validCall = fc
    .tuple(anyText(10), fc.constantFrom('A', 'TXT', 'CNAME'), anyText(30))
    .map(([name, f, v]) =>
      f === 'A'
        ? `A(${JSON.stringify(name)}, "192.0.2.1")`
        : `${f}(${JSON.stringify(name)}, ${JSON.stringify(v)})`,
    );
  const config = fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constant('"example.com"') },
        { weight: 1, arbitrary: expr },
      ),
      fc.array(fc.oneof({ weight: 2, arbitrary: validCall }, { weight: 1, arbitrary: expr }), {
        maxLength: 5,
      }),
      fc.oneof(fc.constant(''), anyText(8)),
    )
    .map(
      ([name, args, tail]) =>
        `var REG = NewRegistrar("none");\nD(${name}, REG,\n  ${args.join(',\n  ')}\n);\n${tail}`,
    );

  test('any dnsconfig.js ends in zones or located errors', async () => {
    await fc.assert(
      fc.asyncProperty(config, async (text) => {
        const files = { 'dnsconfig.js': text };
        expectLocated(await loadFolder(dnscontrolFormat, files, { evalTimeoutMs: 5000 }), files);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
