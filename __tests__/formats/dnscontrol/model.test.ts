import JSON5 from 'json5';
/** The DNSControl format end to end: a real repository → ZoneSet, creds.json metadata, writer. */
import { InputBudget } from '../../../src/formats/budget.js';
import { readCreds } from '../../../src/formats/dnscontrol/creds.js';
import { findDnsconfig } from '../../../src/formats/dnscontrol/files.js';
import { dnscontrolFormat } from '../../../src/formats/dnscontrol/format.js';
import { formatDnscontrolRecords } from '../../../src/formats/dnscontrol/write.js';
import type { ZoneSet } from '../../../src/model/zone.js';
import { makeRepo } from '../../helpers/git-repo.js';

const CONFIG = `var REG = NewRegistrar("gandi");
var CF = NewDnsProvider("cloudflare");
var R53 = NewDnsProvider("route53", "ROUTE53");

D("Example.com", REG, DnsProvider(CF), DnsProvider(R53, 2),
  NAMESERVER("ns1.example.net."),
  AUTODNSSEC_ON,
  NO_PURGE,
  IGNORE("legacy", "A,AAAA"),
  IGNORE_TARGET("**.acm-validations.aws.", "CNAME"),
  A("@", "192.0.2.1"),
  A("@", "192.0.2.2"),
  A("www", "192.0.2.3", CF_PROXY_ON),
  MX("@", 10, "mx1"),
  MX("@", 20, "mx2.example.net."),
  TXT("@", "v=spf1 include:_spf.example.net -all"),
  CAA("@", "issue", "letsencrypt.org"),
  ALIAS("apex-alias", "lb.example.net."),
  R53_ALIAS("api", "A", "lb.example.net.", R53_ZONE("Z1")),
  D_EXTEND_MARKER,
);
D("example.com!internal", REG, DnsProvider(CF), A("intranet", "10.0.0.1"));
D("düsseldorf.example", "none", A("www", "192.0.2.9"));
`.replace('  D_EXTEND_MARKER,\n', '');

const CREDS = `{
  "gandi": { "TYPE": "GANDI_V5", "apikey": "$GANDI_KEY" },
  "cloudflare": {
    "TYPE": "CLOUDFLAREAPI",
    "apitoken": "literal-token-value-123"
  }
}`;

async function load(files: Record<string, string>, path = ''): Promise<ZoneSet> {
  const repo = makeRepo(files);
  repo.commit({}, 'config');
  const r = await dnscontrolFormat.load(await repo.tree('HEAD'), { path });
  if (!r.ok)
    throw new Error(
      r.errors.map((e) => `${e.location.file}:${e.location.line}: ${e.message}`).join('\n'),
    );
  return r.value;
}

describe('dnscontrolFormat', () => {
  test('detects dnsconfig.js under the path', () => {
    expect(dnscontrolFormat.detect(['dns/dnsconfig.js', 'README.md'], '')).toBe(true);
    expect(dnscontrolFormat.detect(['zones/example.com.zone'], '')).toBe(false);
    expect(findDnsconfig(['a/b/dnsconfig.js', 'a/dnsconfig.js', 'c/dnsconfig.js'], 'a')).toBe(
      'a/dnsconfig.js',
    );
  });

  test('maps zones, providers, nameservers, DNSSEC intent and unmanaged patterns', async () => {
    const set = await load({ 'dnsconfig.js': CONFIG, 'creds.json': CREDS });
    expect(set.zones.map((z) => [z.name, z.tag])).toEqual([
      ['example.com.', undefined],
      ['example.com.', 'internal'],
      ['xn--dsseldorf-q9a.example.', undefined],
    ]);
    const z = set.zones[0]!;
    expect(z.registrar).toEqual({ name: 'gandi', type: 'GANDI_V5' });
    expect(z.providers).toEqual([
      { name: 'cloudflare', type: 'CLOUDFLAREAPI', nsCount: -1 },
      { name: 'route53', type: 'ROUTE53', nsCount: 2 },
    ]);
    expect(z.nameservers).toEqual(['ns1.example.net.']);
    expect(z.dnssec).toBe('on');
    expect(z.noPurge).toBe(true);
    const at = { file: 'dnsconfig.js', line: 5, column: 2 };
    expect(z.unmanaged).toEqual([
      // The providers' own apex nameservers: asked of them at push time, so only live DNS has them.
      {
        name: '@',
        types: ['NS'],
        partial: true,
        appliesTo: 'live',
        source: 'DnsProvider(cloudflare, route53)',
        location: at,
      },
      { name: 'legacy', types: ['A', 'AAAA'], source: 'IGNORE', location: at },
      {
        name: '*',
        types: ['CNAME'],
        target: '**.acm-validations.aws.',
        source: 'IGNORE_TARGET',
        location: at,
      },
    ]);
    // NAMESERVER() is the apex NS RRset DNSControl pushes, at NAMESERVER_TTL (300 unset).
    expect(z.rrsets.find((r) => r.name === 'example.com.' && r.type === 'NS')).toMatchObject({
      ttl: 300,
      values: ['ns1.example.net.'],
    });
    // A D() without a DNS provider pushes no records at all; the registrar alone is handled.
    expect(set.zones[2]!.unmanaged).toEqual([
      expect.objectContaining({ name: '*', appliesTo: 'live', source: 'no DnsProvider()' }),
    ]);
    expect(z.location).toMatchObject({ file: 'dnsconfig.js', line: 5 });
    const rr = (name: string, type: string) =>
      z.rrsets.find((r) => r.name === name && r.type === type)!;
    expect(rr('example.com.', 'A')).toMatchObject({
      ttl: 300,
      values: ['192.0.2.1', '192.0.2.2'],
      location: { file: 'dnsconfig.js', line: 11 },
    });
    expect(rr('www.example.com.', 'A')).toMatchObject({ options: { cloudflare_proxy: 'on' } });
    expect(rr('example.com.', 'MX').values).toEqual(['10 mx1.example.com.', '20 mx2.example.net.']);
    expect(rr('example.com.', 'TXT').values).toEqual(['"v=spf1 include:_spf.example.net -all"']);
    expect(rr('example.com.', 'CAA').values).toEqual(['0 issue "letsencrypt.org"']);
    expect(rr('apex-alias.example.com.', 'ALIAS').values).toEqual(['lb.example.net.']);
    expect(rr('api.example.com.', 'R53_ALIAS')).toMatchObject({
      values: ['A lb.example.net.'],
      options: { r53_evaluate_target_health: 'false', r53_zone_id: 'Z1' },
    });
    expect(set.zones[2]!.rrsets[0]!.name).toBe('www.xn--dsseldorf-q9a.example.');
  });

  test('the apex NS: NAMESERVER_TTL, DnsProvider(p, 0) contributes none, IGNORE_EXTERNAL_DNS', async () => {
    const set = await load({
      'dnsconfig.js': `var REG = NewRegistrar("none");
var BIND = NewDnsProvider("bind", "BIND");
var CF = NewDnsProvider("cf", "CLOUDFLAREAPI");
D("shadow.example", REG, DnsProvider(BIND, 0), NAMESERVER("ns1.shadow.example."), NAMESERVER("ns2"),
  NAMESERVER_TTL("2d"), A("ns1", "192.0.2.1"), A("ns2", "192.0.2.2"));
D("k8s.example", REG, DnsProvider(CF), IGNORE_EXTERNAL_DNS("extdns-"), A("www", "192.0.2.3"));
`,
    });
    const [shadow, k8s] = set.zones;
    expect(shadow!.rrsets.find((r) => r.type === 'NS')).toMatchObject({
      name: 'shadow.example.',
      ttl: 172800,
      values: ['ns1.shadow.example.', 'ns2.shadow.example.'],
    });
    expect(shadow!.unmanaged).toEqual([]); // every apex NS comes from the config
    expect(k8s!.rrsets.some((r) => r.type === 'NS')).toBe(false);
    expect(k8s!.unmanaged.map((u) => [u.source, u.externalDnsPrefix])).toEqual([
      ['DnsProvider(cf)', undefined],
      ['IGNORE_EXTERNAL_DNS', 'extdns-'],
    ]);
  });

  test('creds.json gives types and literal-versus-$ENV facts, never values', async () => {
    const set = await load({ 'dnsconfig.js': CONFIG, 'creds.json': CREDS });
    expect(set.credentials).toEqual([
      {
        provider: 'gandi',
        type: 'GANDI_V5',
        location: { file: 'creds.json', line: 2 },
        fields: [
          {
            key: 'apikey',
            literal: false,
            env: 'GANDI_KEY',
            location: { file: 'creds.json', line: 2 },
          },
        ],
      },
      {
        provider: 'cloudflare',
        type: 'CLOUDFLAREAPI',
        location: { file: 'creds.json', line: 3 },
        fields: [
          {
            key: 'apitoken',
            literal: true,
            literalGroup: 1,
            location: { file: 'creds.json', line: 5 },
          },
        ],
      },
    ]);
    expect(JSON.stringify(set)).not.toContain('literal-token-value-123');
    expect(set.files).toEqual(['dnsconfig.js', 'creds.json']);
  });

  test('a broken creds.json is an error that does not quote the file', () => {
    const r = readCreds('{ "cf": { "apitoken": "sk-secret-value" ', 'creds.json', JSON5.parse);
    expect(r.errors).toHaveLength(1);
    expect(JSON.stringify(r)).not.toContain('sk-secret-value');
  });

  test('without a JSON5 parser, a creds.json that is not plain JSON reads as empty, not as an error', () => {
    const r = readCreds('{ // comment\n "cf": { "TYPE": "CLOUDFLAREAPI" } }', 'creds.json');
    expect(r).toMatchObject({ plainJson: false, credentials: [], errors: [] });
    const withJson5 = readCreds(
      '{ // comment\n "cf": { "TYPE": "CLOUDFLAREAPI" } }',
      'creds.json',
      JSON5.parse,
    );
    expect(withJson5.types.get('cf')).toBe('CLOUDFLAREAPI');
  });

  test('reads dnsconfig.js in a sub-folder with its own creds.json and required files', async () => {
    const set = await load(
      {
        'dns/dnsconfig.js': 'require("./zones/a.js");',
        'dns/zones/a.js': 'D("a.example", "none", A("@", "192.0.2.1"));',
        'dns/creds.json': '{}',
      },
      'dns',
    );
    expect(set.zones[0]!.rrsets[0]!.location).toMatchObject({ file: 'dns/zones/a.js', line: 1 });
    expect(set.files).toEqual(['dns/dnsconfig.js', 'dns/zones/a.js', 'dns/creds.json']);
  });

  test('console.log output is kept for the report', async () => {
    const set = await load({
      'dnsconfig.js': 'console.log("hello", 42);\nD("a.example", "none");',
    });
    expect(set.log).toEqual(['hello 42']);
  });

  test('an evaluation error is an error result with the file and line', async () => {
    const repo = makeRepo({ 'dnsconfig.js': 'D("a.example", "none");\nwhile (true) {}' });
    const r = await dnscontrolFormat.load(await repo.tree(), { path: '', evalTimeoutMs: 300 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatchObject({
      message: 'evaluation exceeded 300 ms',
      location: { file: 'dnsconfig.js' },
    });
  });
});

describe("the review's input budget", () => {
  test('records made are charged, each value one, and the first past it is the place', async () => {
    const repo = makeRepo({
      'dnsconfig.js':
        'D("a.example", "none",\n  A("x", "192.0.2.1"), A("x", "192.0.2.2"),\n  A("y", "192.0.2.3"),\n  A("z", "192.0.2.4")\n);',
    });
    try {
      const budget = new InputBudget({ bytes: 1_000_000, records: 3 });
      const r = await dnscontrolFormat.load(await repo.tree(), { path: '', budget });
      expect(r).toEqual({
        ok: false,
        errors: [
          {
            level: 'error',
            code: 'dnscontrol/budget',
            message:
              "records made by dnsconfig.js exceeds the review's budget of 3 records (for all zones, includes and both sides together; see docs/security.md, Input budgets)",
            location: expect.objectContaining({ file: 'dnsconfig.js', line: 4 }),
          },
        ],
      });
      // One budget across loads: a second side with the same records finds none left.
      const enough = new InputBudget({ bytes: 1_000_000, records: 6 });
      expect(
        (await dnscontrolFormat.load(await repo.tree(), { path: '', budget: enough })).ok,
      ).toBe(true);
      expect(
        (await dnscontrolFormat.load(await repo.tree(), { path: '', budget: enough })).ok,
      ).toBe(false);
    } finally {
      repo.remove();
    }
  });
});

describe('formatDnscontrolRecords', () => {
  test('writes record calls that evaluate back to the same RRsets', async () => {
    const source = await load({
      'dnsconfig.js': `D("example.com", "none",
  A("@", "192.0.2.1"), A("@", "192.0.2.2", TTL(600)),
  AAAA("v6", "2001:db8::1"),
  CNAME("www", "@"),
  MX("@", 10, "mx.example.net."),
  SRV("_sip._tcp", 10, 20, 5060, "sip.example.net."),
  TXT("@", "v=spf1 -all"),
  TXT("quote", "say \\"hi\\" \\\\ \\u00e9"),
  TXT("long", "${'x'.repeat(300)}"),
  CAA("@", "issue", "letsencrypt.org"),
  CAA("@", "iodef", "mailto:sec@example.com", CAA_CRITICAL),
  SSHFP("host", 4, 2, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
  TLSA("_443._tcp", 3, 1, 1, "abcdef0123456789"),
  DS("child", 12345, 13, 2, "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF"),
  NS("child", "ns1.example.net."),
  NAMESERVER("ns1.example.net."), NAMESERVER("ns2.example.org."),
  NAPTR("@", 100, 10, "U", "E2U+sip", "!^.*$!sip:info@example.com!", "."),
  HTTPS("@", 1, ".", "alpn=h2,h3"),
  LOC("loc", 42, 21, 54, "N", 71, 6, 18, "W", -24, 30, 0, 0),
  ALIAS("alias", "lb.example.net."),
  A("proxied", "192.0.2.5", CF_PROXY_ON),
);`,
    });
    const zone = source.zones[0]!;
    const snippet = formatDnscontrolRecords(zone.rrsets, zone.name);
    expect(snippet).toContain('A("@", "192.0.2.2", TTL(300)),');
    expect(snippet).not.toMatch(/^\/\/ /m);
    expect(snippet).toContain('NAMESERVER("ns2.example.org."),'); // never NS("@", …)
    const again = await load({ 'dnsconfig.js': `D("example.com", "none",\n${snippet}\n);` });
    const strip = (set: ZoneSet) => set.zones[0]!.rrsets.map(({ location: _l, ...r }) => r);
    // The first A had TTL 300 and the second 600: one RRset, written with the first TTL.
    expect(strip(again)).toEqual(strip(source));
  });

  test('provider pseudo-records round-trip too', async () => {
    const source = await load({
      'dnsconfig.js': `D("example.com", "none",
  R53_ALIAS("api", "A", "lb.example.net.", R53_ZONE("Z1")),
  AZURE_ALIAS("web", "CNAME", "/subscriptions/abc/resourceGroups/rg"),
  CF_REDIRECT("old.example.com/*", "https://new.example.com/$1"),
  CF_WORKER_ROUTE("example.com/api/*", "api-worker"),
  CF_SINGLE_REDIRECT("to-www", 301, 'http.host eq "example.com"', 'concat("https://www.example.com", http.request.uri.path)'),
);`,
    });
    const zone = source.zones[0]!;
    const snippet = formatDnscontrolRecords(zone.rrsets, zone.name);
    expect(snippet).not.toMatch(/^\/\/ /m);
    const again = await load({ 'dnsconfig.js': `D("example.com", "none",\n${snippet}\n);` });
    const strip = (set: ZoneSet) => set.zones[0]!.rrsets.map(({ location: _l, ...r }) => r);
    expect(strip(again)).toEqual(strip(source));
  });

  test('string values cannot break out of their quotes', () => {
    const snippet = formatDnscontrolRecords(
      [{ name: 'x.example.com.', type: 'TXT', ttl: 300, values: ['"\\"); PANIC(\\"boom"'] }],
      'example.com.',
    );
    expect(snippet).toBe('TXT("x", "\\"); PANIC(\\"boom", TTL(300)),');
  });
});

describe('examples/dnscontrol', () => {
  test('the example repository evaluates to the zones it describes', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files: Record<string, string> = {};
    const walk = (dir: string, prefix: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p, `${prefix}${f}/`);
        else files[`${prefix}${f}`] = readFileSync(p, 'utf8');
      }
    };
    walk(join(process.cwd(), 'examples/dnscontrol'), '');
    const set = await load(files);
    expect(set.zones.map((z) => z.name)).toEqual([
      'example.com.',
      'example.net.',
      '100.51.198.in-addr.arpa.',
    ]);
    const main = set.zones[0]!;
    expect(main.providers.map((p) => `${p.name}:${p.type}:${p.nsCount}`)).toEqual([
      'cloudflare:CLOUDFLAREAPI:2',
      'route53:ROUTE53:2',
    ]);
    expect(
      main.rrsets.find((r) => r.name === 'api.example.com.' && r.type === 'AAAA')?.location,
    ).toMatchObject({ file: 'zones/api.js', line: 3 });
    expect(main.rrsets.find((r) => r.name === 'app.staging.example.com.')?.values).toEqual([
      'staging.example.com.',
    ]);
    expect(set.zones[1]!.nameservers).toEqual(['ns1.parking.example.', 'ns2.parking.example.']);
    expect(set.credentials.every((c) => c.fields.every((f) => !f.literal))).toBe(true);
  });
});
