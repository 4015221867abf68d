import { readZoneFile, type ZoneFileOptions } from '../../../src/formats/octodns/records.js';
import { loadYaml } from '../../../src/formats/octodns/yaml.js';

const FILE = 'config/example.com.yaml';

async function read(text: string, opts: Partial<ZoneFileOptions> = {}) {
  const loaded = await loadYaml(FILE, text, { enforceOrder: 'natural' });
  if (!loaded.ok) throw new Error(`${loaded.error.message} at line ${loaded.error.location.line}`);
  return readZoneFile(loaded.doc.root, {
    origin: 'example.com.',
    defaultTtl: 3600,
    escapedSemicolons: true,
    lenient: false,
    subzones: [],
    ignoreSubzoneAdds: false,
    ...opts,
  });
}

/** The values of the only record in the file. */
async function values(text: string): Promise<readonly string[]> {
  const r = await read(text);
  expect(r.diagnostics).toEqual([]);
  expect(r.records).toHaveLength(1);
  return r.records[0]!.values;
}

async function errorsOf(text: string, opts: Partial<ZoneFileOptions> = {}) {
  const r = await read(text, opts);
  return r.diagnostics.map((d) => ({
    level: d.level,
    message: d.message,
    line: d.location.line,
    column: d.location.column,
  }));
}

describe('names, TTLs and value/values', () => {
  test("'' is the apex, '*' the wildcard, dotted names are relative, names are lower-cased", async () => {
    const r = await read(
      "'':\n  type: A\n  value: 192.0.2.1\n'*':\n  type: A\n  value: 192.0.2.2\nWww.Sub:\n  type: A\n  value: 192.0.2.3\n",
    );
    expect(r.records.map((x) => x.name)).toEqual([
      'example.com.',
      '*.example.com.',
      'www.sub.example.com.',
    ]);
  });

  test('integer-looking names are Python str() of the YAML 1.1 value', async () => {
    const r = await read(
      "'2':\n  type: A\n  value: 192.0.2.1\n010:\n  type: A\n  value: 192.0.2.2\n",
    );
    expect(r.records.map((x) => x.name)).toEqual(['2.example.com.', '8.example.com.']);
  });

  test('ttl defaults to the provider default_ttl; an explicit ttl wins', async () => {
    const r = await read(
      'a:\n  type: A\n  value: 192.0.2.1\nb:\n  ttl: 60\n  type: A\n  value: 192.0.2.1\n',
      {
        defaultTtl: 600,
      },
    );
    expect(r.records.map((x) => x.ttl)).toEqual([600, 60]);
  });

  test('values wins over value, a scalar under values is one value, values are sorted and unique', async () => {
    expect(
      await values(
        'a:\n  type: A\n  value: 192.0.2.9\n  values:\n  - 192.0.2.2\n  - 192.0.2.1\n  - 192.0.2.2\n',
      ),
    ).toEqual(['192.0.2.1', '192.0.2.2']);
    expect(await values('a:\n  type: A\n  values: 192.0.2.1\n')).toEqual(['192.0.2.1']);
  });

  test('a list holds several types on one name, each located at its own item', async () => {
    const r = await read(
      "'':\n- type: A\n  value: 192.0.2.1\n- type: NS\n  values:\n  - ns1.example.net.\n  - ns2.example.net.\n",
    );
    expect(r.records.map((x) => [x.type, x.location.line])).toEqual([
      ['A', 2],
      ['NS', 4],
    ]);
  });

  test('a single record is located at its name', async () => {
    const r = await read('\n\nwww:\n  type: CNAME\n  value: example.com.\n');
    expect(r.records[0]!.location).toEqual({ file: FILE, line: 3, column: 1 });
  });
});

describe('value shapes of every record type', () => {
  test.each([
    ['A', 'value: 192.0.2.1', ['192.0.2.1']],
    ['AAAA', 'value: 2001:DB8::1', ['2001:db8::1']],
    ['CNAME', 'value: Target.Example.NET.', ['target.example.net.']],
    [
      'CNAME without the final dot is still absolute',
      'value: www.example.net',
      ['www.example.net.'],
    ],
    ['MX null', 'value:\n    exchange: .\n    preference: 0', ['0 .']],
    ['ALIAS', 'value: lb.example.net.', ['lb.example.net.']],
    ['DNAME', 'value: example.org.', ['example.org.']],
    [
      'NS',
      'values:\n  - ns1.example.net.\n  - ns2.example.net.',
      ['ns1.example.net.', 'ns2.example.net.'],
    ],
    ['PTR', 'values:\n  - host.example.com.', ['host.example.com.']],
    ['MX', 'values:\n  - exchange: mx.example.com.\n    preference: 10', ['10 mx.example.com.']],
    ['MX legacy', 'value:\n    priority: 5\n    value: mx.example.com.', ['5 mx.example.com.']],
    [
      'SRV',
      'value:\n    port: 443\n    priority: 1\n    target: srv.example.com.\n    weight: 2',
      ['1 2 443 srv.example.com.'],
    ],
    ['CAA', 'value:\n    tag: issue\n    value: ca.example.net', ['0 issue "ca.example.net"']],
    [
      'CAA flags',
      'value:\n    flags: 128\n    tag: iodef\n    value: mailto:sec@example.com',
      ['128 iodef "mailto:sec@example.com"'],
    ],
    [
      'DS',
      'value:\n    algorithm: 13\n    digest: 2BB183AF5F22588179A53B0A98631FAD1A292118\n    digest_type: 1\n    key_tag: 60485',
      ['60485 13 1 2BB183AF5F22588179A53B0A98631FAD1A292118'],
    ],
    [
      'SSHFP',
      'value:\n    algorithm: 4\n    fingerprint: 123456789abcdef67890123456789abcdef67890123456789abcdef123456789\n    fingerprint_type: 2',
      ['4 2 123456789ABCDEF67890123456789ABCDEF67890123456789ABCDEF123456789'],
    ],
    [
      'TLSA',
      'value:\n    certificate_association_data: ABCDEF0123\n    certificate_usage: 3\n    matching_type: 1\n    selector: 1',
      ['3 1 1 ABCDEF0123'],
    ],
    [
      'NAPTR',
      "value:\n    flags: U\n    order: 100\n    preference: 10\n    regexp: '!^.*$!sip:info@example.com!'\n    replacement: .\n    service: E2U+sip",
      ['100 10 "U" "E2U+sip" "!^.*$!sip:info@example.com!" .'],
    ],
    ['TXT', 'value: v=spf1 -all', ['"v=spf1 -all"']],
    ['TXT escaped semicolons', 'value: v=DMARC1\\; p=reject', ['"v=DMARC1; p=reject"']],
    ['TXT chunks joined', 'value: \'"abc" "def"\'', ['"abcdef"']],
    ['TXT quotes and backslashes', 'value: \'say "hi"\'', ['"say \\"hi\\""']],
    [
      'TXT over 255 octets',
      `value: ${'a'.repeat(300)}`,
      [`"${'a'.repeat(255)}" "${'a'.repeat(45)}"`],
    ],
    ['SPF', 'value: v=spf1 -all', ['"v=spf1 -all"']],
    [
      'HTTPS',
      'value:\n    svcparams:\n      alpn:\n        - h2\n        - h3\n      port: 8443\n    svcpriority: 1\n    targetname: cdn.example.net.',
      ['1 cdn.example.net. alpn="h2,h3" port=8443'],
    ],
    [
      'SVCB alias mode',
      'value:\n    svcpriority: 0\n    targetname: svc.example.net.',
      ['0 svc.example.net.'],
    ],
    [
      'LOC',
      'value:\n    altitude: 20\n    lat_degrees: 31\n    lat_direction: S\n    lat_minutes: 58\n    lat_seconds: 52.1\n    long_degrees: 115\n    long_direction: E\n    long_minutes: 49\n    long_seconds: 11.7\n    precision_horz: 10\n    precision_vert: 2\n    size: 10',
      ['31 58 52.100 S 115 49 11.700 E 20.00m 10m 10m 2m'],
    ],
    ['OPENPGPKEY', 'value: AQID BAU=', ['AQIDBAU=']],
    [
      'URLFWD',
      'value:\n    code: 301\n    masking: 2\n    path: /\n    query: 0\n    target: https://www.example.org/',
      ['"/" "https://www.example.org/" 301 2 0'],
    ],
    [
      'URI',
      'value:\n    priority: 10\n    target: ftp://ftp.example.com/\n    weight: 1',
      ['\\# 26 000A00016674703A2F2F6674702E6578616D706C652E636F6D2F'],
    ],
  ])('%s', async (label, body, want) => {
    const type = label.split(' ')[0]!;
    const name = type === 'SRV' || type === 'URI' ? '_sip._tcp' : type === 'ALIAS' ? "''" : 'x';
    expect(await values(`${name}:\n  type: ${type}\n  ${body}\n`)).toEqual(want);
  });

  test('escaped_semicolons: false takes raw semicolons', async () => {
    const r = await read('x:\n  type: TXT\n  value: v=DMARC1; p=none\n', {
      escapedSemicolons: false,
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.records[0]!.values).toEqual(['"v=DMARC1; p=none"']);
  });

  test('dynamic and geo data are part of the RRset as canonical JSON', async () => {
    const r = await read(
      'x:\n  dynamic:\n    pools:\n      one:\n        values:\n        - value: 192.0.2.1\n          weight: 2\n        - value: 192.0.2.2\n    rules:\n    - pool: one\n  type: A\n  value: 192.0.2.1\n',
    );
    expect(r.records[0]!.options).toEqual({
      dynamic:
        '{"pools":{"one":{"values":[{"value":"192.0.2.1","weight":2},{"value":"192.0.2.2"}]}},"rules":[{"pool":"one"}]}',
    });
  });

  test('octodns.ignored records are unmanaged, not RRsets', async () => {
    const r = await read(
      'legacy:\n  octodns:\n    ignored: true\n  type: CNAME\n  value: old.example.org.\n',
    );
    expect(r.records).toEqual([]);
    expect(r.unmanaged).toEqual([
      {
        name: 'legacy',
        types: ['CNAME'],
        source: 'octodns.ignored',
        location: { file: 'config/example.com.yaml', line: 1, column: 1 },
      },
    ]);
  });

  test('a CNAME beside other data loads: the cname-conflict rule reports it', async () => {
    const r = await read(
      'x:\n- type: A\n  value: 192.0.2.1\n- type: CNAME\n  value: y.example.com.\n',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.records.map((x) => x.type)).toEqual(['A', 'CNAME']);
  });

  test('provider-specific types are skipped with a warning', async () => {
    const r = await read('x:\n  type: Route53Provider/ALIAS\n  value:\n    name: y\n    type: A\n');
    expect(r.records).toEqual([]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ level: 'warning', code: 'octodns/provider-type' }),
    ]);
  });
});

describe('rejections carry file, line and column', () => {
  test.each([
    ["'@':\n  type: A\n  value: 192.0.2.1\n", 'invalid name "@", use "" instead', 1, 1],
    ['x:\n  ttl: 60\n  value: 192.0.2.1\n', 'record "x" is missing type', 2, 3],
    ['x:\n  type: AXFR\n  value: 192.0.2.1\n', 'Unknown record type: "AXFR"', 2, 9],
    ['x:\n  type: a\n  value: 192.0.2.1\n', 'Unknown record type: "a"', 2, 9],
    ['x:\n  ttl: -1\n  type: A\n  value: 192.0.2.1\n', 'invalid ttl: "-1"', 2, 8],
    ['x:\n  ttl: 5m\n  type: A\n  value: 192.0.2.1\n', 'invalid ttl: "5m"', 2, 8],
    ['x:\n  type: A\n  value: 192.0.2.300\n', 'invalid IPv4 address "192.0.2.300"', 3, 10],
    ['x:\n  type: AAAA\n  value: 2001:db8::g\n', 'invalid IPv6 address "2001:db8::g"', 3, 10],
    ['x:\n  type: A\n', 'missing value(s)', 2, 3],
    ['x:\n  type: CNAME\n', 'missing value', 2, 3],
    [
      'x:\n  type: CNAME\n  value:\n  - a.example.com.\n',
      'CNAME takes a single value, not a list',
      4,
      3,
    ],
    [
      'x:\n  type: TXT\n  value: v=DMARC1; p=none\n',
      'unescaped ; in "v=DMARC1; p=none" (write \\;)',
      3,
      10,
    ],
    [
      'x:\n  type: TXT\n  value: v=DMARC1\\\\; p=none\n',
      'double escaped ; in "v=DMARC1\\\\; p=none"',
      3,
      10,
    ],
    [
      'x:\n  type: TXT\n  value: yes\n',
      'value must be a string, not the boolean True (quote it)',
      3,
      10,
    ],
    ['x:\n  type: MX\n  value:\n    exchange: mx.example.com.\n', 'missing preference', 4, 5],
    [
      'x:\n  type: MX\n  value:\n    exchange: mx.example.com.\n    preference: 99999\n',
      'invalid preference "99999" (expected 0-65535)',
      5,
      17,
    ],
    [
      '_sip._tcp:\n  type: SRV\n  value:\n    port: 1\n    priority: 1\n    weight: 1\n',
      'missing target',
      4,
      5,
    ],
    [
      'x:\n  type: CAA\n  value:\n    flags: 256\n    tag: issue\n    value: ca.example\n',
      'invalid flags "256" (expected 0-255)',
      4,
      12,
    ],
    [
      'x:\n  type: NAPTR\n  value:\n    flags: X\n    order: 1\n    preference: 1\n    regexp: ""\n    replacement: .\n    service: x\n',
      'unrecognized flags "X"',
      4,
      5,
    ],
    [
      'x:\n  type: URLFWD\n  value:\n    code: 307\n    masking: 0\n    path: /\n    query: 0\n    target: https://x/\n',
      'unrecognized return code "307"',
      4,
      5,
    ],
    [
      'x:\n  type: HTTPS\n  value:\n    svcparams:\n      alpn: [h2]\n    svcpriority: 0\n    targetname: a.example.\n',
      'svcparams are not allowed in AliasMode (svcpriority 0)',
      5,
      7,
    ],
    [
      'x:\n  type: HTTPS\n  value:\n    svcparams:\n      bogus: 1\n    svcpriority: 1\n    targetname: a.example.\n',
      'unknown SvcParam key "bogus"',
      5,
      7,
    ],
    [
      'x:\n  type: A\n  value:\n    address: 192.0.2.1\n',
      'value must be a string, not a mapping',
      4,
      5,
    ],
    [
      'x:\n  type: MX\n  value: 10 mx.example.com.\n',
      'a MX value must be a mapping, not a string',
      3,
      10,
    ],
    [
      'x..y:\n  type: A\n  value: 192.0.2.1\n',
      'invalid name, double `.` in "x..y.example.com."',
      1,
      1,
    ],
    [
      `${'a'.repeat(64)}:\n  type: A\n  value: 192.0.2.1\n`,
      `invalid label, "${'a'.repeat(64)}" is too long at 64 chars, max is 63`,
      1,
      1,
    ],
    [
      `${`${'a'.repeat(60)}.`.repeat(4)}x:\n  type: A\n  value: 192.0.2.1\n`,
      `invalid fqdn, "${`${'a'.repeat(60)}.`.repeat(4)}x.example.com." is too long at 258 chars, max is 253`,
      1,
      1,
    ],
    ['x: 192.0.2.1\n', 'record "x" must be a mapping, not a string', 1, 4],
  ])('%j', async (text, message, line, column) => {
    expect(await errorsOf(text)).toEqual([{ level: 'error', message, line, column }]);
  });

  test.each([
    ["'':\n  type: CNAME\n  value: other.example.net.\n", 'root CNAME not allowed', 1, 1],
    [
      'sip:\n  type: SRV\n  value:\n    port: 1\n    priority: 1\n    target: a.example.\n    weight: 1\n',
      'invalid name for SRV record',
      1,
      1,
    ],
    [
      'x:\n  octodns:\n    healthcheck:\n      protocol: FTP\n  type: A\n  value: 192.0.2.1\n',
      'invalid healthcheck protocol',
      4,
      17,
    ],
    ['x:\n  type: CNAME\n  value: www\n', 'CNAME value "www" is not a valid FQDN', 3, 10],
    [
      'x:\n  type: NS\n  values:\n  - ns1.example.net.\n  - bad_host name.\n',
      'NS value "bad_host name." is not a valid FQDN',
      5,
      5,
    ],
    ['x:\n  type: CNAME\n  value: .\n', 'CNAME value "." is not a valid FQDN', 3, 10],
  ])('record checks: %j', async (text, message, line, column) => {
    expect(await errorsOf(text)).toEqual([{ level: 'error', message, line, column }]);
  });

  const dyn = (dynamic: string) => `x:\n  dynamic:\n${dynamic}  type: A\n  value: 192.0.2.1\n`;
  test.each([
    ['    rules:\n    - pool: a\n', ['missing pools', 'rule 1 undefined pool "a"']],
    [
      '    pools:\n      a:\n        values:\n        - value: 192.0.2.1\n',
      ['missing rules', 'unused pools: "a"'],
    ],
    [
      '    pools:\n      a:\n        fallback: b\n        values:\n        - value: 192.0.2.1\n      b:\n        fallback: a\n        values:\n        - value: 192.0.2.2\n    rules:\n    - pool: a\n',
      ['loop in pool fallbacks: a -> b', 'loop in pool fallbacks: b -> a'],
    ],
    [
      '    pools:\n      a:\n        values:\n        - value: 192.0.2.1\n          weight: 101\n        - status: maybe\n          value: 192.0.2.300\n    rules:\n    - pool: a\n',
      [
        'invalid weight "101" in pool "a" value 1',
        'invalid status "maybe" in pool "a" value 2',
        'invalid IPv4 address "192.0.2.300"',
      ],
    ],
    [
      '    pools:\n      a:\n        values:\n        - value: 192.0.2.1\n    rules:\n    - geos:\n      - NA\n      pool: a\n',
      ['final rule has "subnets" and/or "geos" and is not catchall'],
    ],
    [
      '    pools:\n      a:\n        values:\n        - value: 192.0.2.1\n      b:\n        values:\n        - value: 192.0.2.2\n    rules:\n    - geos:\n      - NA\n      pool: a\n    - geos:\n      - NA-US\n      pool: a\n    - pool: b\n    - pool: b\n',
      [
        'rule 2 invalid, target pool "a" reused',
        'rule 2 targets geo NA-US which is more specific than the previously seen NA in rule 1',
        'rule 4 duplicate default',
      ],
    ],
  ])('dynamic: %j', async (dynamic, messages) => {
    expect((await errorsOf(dyn(dynamic))).map((e) => e.message)).toEqual(messages);
  });

  test('a record with octodns.lenient downgrades its problems to warnings', async () => {
    const r = await read('x:\n  octodns:\n    lenient: true\n  type: A\n  value: 192.0.2.300\n');
    expect(r.diagnostics.map((d) => d.level)).toEqual(['warning']);
  });

  test('a zone-level lenient downgrades too', async () => {
    expect((await errorsOf('x:\n  type: A\n  value: nope\n', { lenient: true }))[0]!.level).toBe(
      'warning',
    );
  });

  test('records under a managed sub-zone are refused except NS/DS at its boundary', async () => {
    const text = `sub:\n- type: DS\n  value:\n    algorithm: 13\n    digest: ${'ab'.repeat(32)}\n    digest_type: 2\n    key_tag: 1\n- type: NS\n  value: ns.example.net.\nwww.sub:\n  type: A\n  value: 192.0.2.1\n`;
    expect(await errorsOf(text, { subzones: ['sub.example.com.'] })).toEqual([
      {
        level: 'error',
        message:
          'record "www.sub" A is under a managed sub-zone (sub.example.com.); only NS and DS may sit at its boundary',
        line: 10,
        column: 1,
      },
    ]);
    const dropped = await read(text, { subzones: ['sub.example.com.'], ignoreSubzoneAdds: true });
    expect(dropped.records.map((r) => r.type)).toEqual(['DS', 'NS']);
    expect(dropped.diagnostics.map((d) => d.level)).toEqual(['warning']);
  });
});
