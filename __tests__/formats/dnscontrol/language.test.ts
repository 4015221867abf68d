/** DNSControl's language as our prelude and normaliser implement it, checked through the IR. */

import {
  type DnscontrolEvaluation,
  evaluateDnsconfigFull,
} from '../../../src/formats/dnscontrol/evaluate.js';
import type { IrDomain, IrRecord } from '../../../src/formats/dnscontrol/ir.js';
import { irToZones } from '../../../src/formats/dnscontrol/to-model.js';
import type { Result } from '../../../src/model/location.js';
import { makeRepo } from '../../helpers/git-repo.js';

async function run(
  config: string,
  files: Record<string, string> = {},
): Promise<Result<DnscontrolEvaluation>> {
  const repo = makeRepo({ 'dnsconfig.js': config, ...files });
  return evaluateDnsconfigFull(await repo.tree(), 'dnsconfig.js');
}

async function ir(
  config: string,
  files: Record<string, string> = {},
): Promise<DnscontrolEvaluation> {
  const r = await run(config, files);
  if (!r.ok)
    throw new Error(
      r.errors.map((e) => `${e.location.file}:${e.location.line}: ${e.message}`).join('\n'),
    );
  return r.value;
}

async function errorOf(config: string, files: Record<string, string> = {}) {
  const r = await run(config, files);
  if (r.ok) throw new Error('expected an error');
  return r.errors[0]!;
}

function strip(r: IrRecord): Omit<IrRecord, 'filepos'> {
  const { filepos: _f, ...rest } = r;
  return rest;
}

function domain(v: DnscontrolEvaluation, name: string): IrDomain {
  const d = v.ir.domains.find((x) => x.meta.dnscontrol_uniquename === name);
  if (!d) throw new Error(`no domain ${name}`);
  return d;
}

describe('records and normalisation', () => {
  test('targets become FQDNs, labels lower-case, TTL 300 by default', async () => {
    const v = await ir(`D("Example.COM", "none",
  A("WWW", "192.0.2.1"),
  CNAME("alias", "www"),
  CNAME("ext", "Target.Example.NET."),
  MX("@", 10, "mail"),
  SRV("_sip._tcp", 10, 20, 5060, "sip"),
  NS("child", "ns1.child.example.com."),
);`);
    const d = domain(v, 'example.com');
    expect(d.name).toBe('example.com');
    expect(d.records.map(strip)).toEqual([
      { type: 'A', name: 'www', target: '192.0.2.1', ttl: 300 },
      { type: 'CNAME', name: 'alias', target: 'www.example.com.', ttl: 300 },
      { type: 'CNAME', name: 'ext', target: 'target.example.net.', ttl: 300 },
      { type: 'MX', name: '@', target: 'mail.example.com.', ttl: 300, mxpreference: 10 },
      {
        type: 'SRV',
        name: '_sip._tcp',
        target: 'sip.example.com.',
        ttl: 300,
        srvpriority: 10,
        srvweight: 20,
        srvport: 5060,
      },
      { type: 'NS', name: 'child', target: 'ns1.child.example.com.', ttl: 300 },
    ]);
  });

  test('TTL and DefaultTTL accept durations and apply in argument order', async () => {
    const v = await ir(`D("example.com", "none",
  A("a", "192.0.2.1"),
  DefaultTTL("1h"),
  A("b", "192.0.2.2"),
  A("c", "192.0.2.3", TTL("2d")),
  A("d", "192.0.2.4", TTL(0)),
);
D_EXTEND("example.com", A("e", "192.0.2.5"));`);
    const ttl = Object.fromEntries(domain(v, 'example.com').records.map((r) => [r.name, r.ttl]));
    // TTL(0) is DNSControl's "unset": the Go side turns it into 300, not the domain default.
    expect(ttl).toEqual({ a: 300, b: 3600, c: 172800, d: 300, e: 3600 });
  });

  test('a bad duration is an error on its line', async () => {
    const e = await errorOf('D("example.com", "none",\n  A("a", "192.0.2.1", TTL("5x")));');
    expect(e.message).toBe('5x is not a valid duration string');
    expect(e.location).toMatchObject({ file: 'dnsconfig.js', line: 2 });
  });

  test('record types map to DNSControl field names', async () => {
    const v = await ir(`D("example.com", "none",
  CAA("@", "issue", "letsencrypt.org"),
  CAA("@", "iodef", "mailto:sec@example.com", CAA_CRITICAL),
  TXT("long", ["part one ", "part two"]),
  SSHFP("host", 4, 2, "ABCDEF0123"),
  TLSA("_443._tcp", 3, 1, 1, "ABCDEF"),
  DS("sub", 12345, 13, 2, "AABBCCDD"),
  NAPTR("@", 100, 10, "U", "E2U+sip", "!^.*$!sip:info@example.com!", ""),
  HTTPS("@", 1, ".", "alpn=h2"),
  SOA("@", "ns1.example.com.", "hostmaster.example.com.", 3600, 600, 604800, 300),
  AAAA("v6", "2001:DB8:0:0::1"),
);`);
    const rec = (name: string, type: string) =>
      strip(
        domain(v, 'example.com').records.find(
          (r) => r.name === name && r.type === type && (type !== 'CAA' || true),
        )!,
      );
    expect(
      domain(v, 'example.com')
        .records.filter((r) => r.type === 'CAA')
        .map(strip),
    ).toEqual([
      { type: 'CAA', name: '@', target: 'letsencrypt.org', ttl: 300, caatag: 'issue' },
      {
        type: 'CAA',
        name: '@',
        target: 'mailto:sec@example.com',
        ttl: 300,
        caatag: 'iodef',
        caaflag: 128,
      },
    ]);
    expect(rec('long', 'TXT').target).toBe('part one part two');
    expect(rec('host', 'SSHFP')).toMatchObject({
      sshfpalgorithm: 4,
      sshfpfingerprint: 2,
      target: 'ABCDEF0123',
    });
    expect(rec('_443._tcp', 'TLSA')).toMatchObject({
      tlsausage: 3,
      tlsaselector: 1,
      tlsamatchingtype: 1,
      target: 'abcdef',
    });
    expect(rec('sub', 'DS')).toMatchObject({
      dskeytag: 12345,
      dsalgorithm: 13,
      dsdigesttype: 2,
      dsdigest: 'AABBCCDD',
      target: '',
    });
    expect(rec('@', 'NAPTR')).toMatchObject({ naptrorder: 100, naptrflags: 'U', target: '.' });
    expect(rec('@', 'HTTPS')).toMatchObject({ svcpriority: 1, svcparams: 'alpn=h2', target: '.' });
    expect(rec('@', 'SOA')).toMatchObject({
      target: 'ns1.example.com.',
      soambox: 'hostmaster.example.com.',
      soarefresh: 3600,
    });
    expect(rec('v6', 'AAAA').target).toBe('2001:db8::1');
  });

  test('IP() arithmetic and REV()', async () => {
    const v = await ir(`var base = IP("192.0.2.10");
D("example.com", "none", A("a", base), A("b", base + 1));
D(REV("192.0.2.0/24"), "none", PTR("1", "a.example.com."), PTR("192.0.2.2", "b.example.com."));
D(REV("2001:db8::/32"), "none");
D(REV("198.51.100.128/25"), "none");`);
    expect(domain(v, 'example.com').records.map((r) => r.target)).toEqual([
      '192.0.2.10',
      '192.0.2.11',
    ]);
    expect(domain(v, '2.0.192.in-addr.arpa').records.map((r) => r.name)).toEqual(['1', '2']);
    expect(v.ir.domains.map((d) => d.name)).toContain('8.b.d.0.1.0.0.2.ip6.arpa');
    expect(v.ir.domains.map((d) => d.name)).toContain('128/25.100.51.198.in-addr.arpa');
  });

  test('R53_ALIAS, AZURE_ALIAS, CF redirects and ALIAS keep DNSControl shapes', async () => {
    const v = await ir(`D("example.com", "none",
  ALIAS("@", "lb.example.net."),
  R53_ALIAS("api", "A", "lb.example.net.", R53_ZONE("Z123")),
  AZURE_ALIAS("web", "CNAME", "/subscriptions/x"),
  CF_REDIRECT("old.example.com/*", "https://new.example.com/$1"),
  CF_SINGLE_REDIRECT("rule", 301, "http.host eq \\"a\\"", "concat(\\"https://b\\")"),
);`);
    const d = domain(v, 'example.com');
    expect(d.records.find((r) => r.type === 'R53_ALIAS')).toMatchObject({
      r53_alias: { type: 'A', zone_id: 'Z123', evaluate_target_health: 'false' },
      meta: { orig_custom_type: 'R53_ALIAS' },
    });
    expect(d.records.find((r) => r.type === 'AZURE_ALIAS')).toMatchObject({
      azure_alias: { type: 'CNAME' },
    });
    expect(d.records.find((r) => r.type === 'CF_REDIRECT')).toMatchObject({
      name: '@',
      target: 'old.example.com/*,https://new.example.com/$1',
    });
    expect(d.rawrecords).toEqual([
      expect.objectContaining({
        type: 'CLOUDFLAREAPI_SINGLE_REDIRECT',
        args: ['rule', 301, 'http.host eq "a"', 'concat("https://b")'],
      }),
    ]);
  });
});

describe('domains', () => {
  test('providers, registrars, NAMESERVER, meta, AUTODNSSEC, NO_PURGE, IGNORE', async () => {
    const v = await ir(`var REG = NewRegistrar("gandi", "GANDI_V5");
var CF = NewDnsProvider("cf", "CLOUDFLAREAPI");
var R53 = NewDnsProvider("r53", { note: "x" });
D("example.com", REG, DnsProvider(CF), DnsProvider(R53, 2),
  NAMESERVER("ns1.example.net."), NAMESERVER("ns2"), NAMESERVER_TTL("2h"),
  AUTODNSSEC_ON, NO_PURGE, CF_PROXY_DEFAULT_ON,
  IGNORE("legacy-*", "A,AAAA"), IGNORE_TARGET("**.acm-validations.aws.", "CNAME"), IGNORE_NAME("@", "TXT"),
  DISABLE_IGNORE_SAFETY_CHECK,
);`);
    expect(v.ir.registrars).toEqual([{ name: 'gandi', type: 'GANDI_V5' }]);
    expect(v.ir.dns_providers).toEqual([
      { name: 'cf', type: 'CLOUDFLAREAPI' },
      { name: 'r53', type: '-', meta: { note: 'x' } },
    ]);
    const d = domain(v, 'example.com');
    expect(d.registrar).toBe('gandi');
    expect(d.dnsProviders).toEqual({ cf: -1, r53: 2 });
    expect(d.nameservers).toEqual([{ name: 'ns1.example.net' }, { name: 'ns2.example.com' }]);
    expect(d.meta).toEqual({
      dnscontrol_tag: '',
      dnscontrol_uniquename: 'example.com',
      ns_ttl: '7200',
      cloudflare_proxy_default: 'on',
    });
    expect(d.auto_dnssec).toBe('on');
    expect(d.keepunknown).toBe(true);
    expect(d.unmanaged_disable_safety_check).toBe(true);
    expect(d.unmanaged).toEqual([
      { label_pattern: 'legacy-*', rType_pattern: 'A,AAAA', target_pattern: '*' },
      { label_pattern: '*', rType_pattern: 'CNAME', target_pattern: '**.acm-validations.aws.' },
      { label_pattern: '@', rType_pattern: 'TXT', target_pattern: '*' },
    ]);
  });

  test('D_EXTEND of a subdomain, split horizon and INCLUDE', async () => {
    const v = await ir(`D("example.com", "none", A("@", "192.0.2.1"));
D_EXTEND("dev.example.com", A("@", "192.0.2.2"), A("api", "192.0.2.3"), CNAME("web", "api"));
D("example.com!internal", "none", INCLUDE("example.com"), A("intranet", "10.0.0.1"));`);
    const ext = domain(v, 'example.com');
    expect(ext.records.map(strip)).toEqual([
      { type: 'A', name: '@', target: '192.0.2.1', ttl: 300 },
      { type: 'A', name: 'dev', target: '192.0.2.2', ttl: 300, subdomain: 'dev' },
      { type: 'A', name: 'api.dev', target: '192.0.2.3', ttl: 300, subdomain: 'dev' },
      {
        type: 'CNAME',
        name: 'web.dev',
        target: 'api.dev.example.com.',
        ttl: 300,
        subdomain: 'dev',
      },
    ]);
    const internal = domain(v, 'example.com!internal');
    expect(internal.name).toBe('example.com');
    expect(internal.meta.dnscontrol_tag).toBe('internal');
    expect(internal.records.map((r) => r.name)).toEqual([
      '@',
      'dev',
      'api.dev',
      'web.dev',
      'intranet',
    ]);
  });

  test('a provider named __proto__ is kept like any other name', async () => {
    const v = await ir(`var DNS = NewDnsProvider("__proto__", "BIND");
D("example.com", "none", DnsProvider(DNS), DnsProvider("other", 0));`);
    expect(Object.entries(domain(v, 'example.com').dnsProviders)).toEqual([
      ['__proto__', -1],
      ['other', 0],
    ]);
  });

  test('D_EXTEND of reverse zones names records as current DNSControl does', async () => {
    const v = await ir(`D(REV("9.8.0.0/16"), "none", PTR(REV("9.8.2.1"), "a.example.com."));
D_EXTEND(REV("9.8.7.0/24"), NS(REV("9.8.7.6"), "ns2.example.org."), PTR("5", "b.example.com."));
D(REV("2001:db8::/32"), "none");
D_EXTEND("d.c.b.a.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
  PTR("2001:db8::abcd", "c.example.com."));`);
    // A full in-addr.arpa name from REV() stays whole (made relative to the zone afterwards);
    // a short label gains the subdomain, as anywhere else.
    expect(domain(v, '8.9.in-addr.arpa').records.map((r) => [r.type, r.name])).toEqual([
      ['PTR', '1.2'],
      ['NS', '6.7'],
      ['PTR', '5.7'],
    ]);
    // In an ip6.arpa zone the record is named after the extended subdomain itself.
    expect(domain(v, '8.b.d.0.1.0.0.2.ip6.arpa').records.map((r) => r.name)).toEqual([
      'd.c.b.a.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0',
    ]);
  });

  test('DEFAULTS apply to later D() but not to D_EXTEND', async () => {
    const v = await ir(`DEFAULTS(DnsProvider("cf"), DefaultTTL(600));
D("a.com", "none", A("@", "192.0.2.1"));
DEFAULTS();
D("b.com", "none", A("@", "192.0.2.2"));`);
    expect(domain(v, 'a.com')).toMatchObject({ dnsProviders: { cf: -1 } });
    expect(domain(v, 'a.com').records[0]!.ttl).toBe(600);
    expect(domain(v, 'b.com').dnsProviders).toEqual({});
  });

  test('DOMAIN_ELSEWHERE and getConfiguredDomains', async () => {
    const v =
      await ir(`DOMAIN_ELSEWHERE("example.org", "reg", ["ns1.dns.example.", "ns2.dns.example."]);
D("example.net", "none");
console.log(getConfiguredDomains().join(","));`);
    expect(domain(v, 'example.org')).toMatchObject({
      keepunknown: true,
      nameservers: [{ name: 'ns1.dns.example' }, { name: 'ns2.dns.example' }],
    });
    expect(v.log).toEqual(['example.org,example.net']);
  });
});

describe('builders', () => {
  test('SPF, CAA, DMARC, DKIM and M365 builders', async () => {
    const v = await ir(`D("example.com", "none",
  SPF_BUILDER({ parts: ["v=spf1", "include:_spf.google.com", "-all"] }),
  CAA_BUILDER({ iodef: "mailto:sec@example.com", issue: ["letsencrypt.org"], issuewild: "none", ttl: "1h" }),
  DMARC_BUILDER({ policy: "reject", subdomainPolicy: "quarantine", alignmentDKIM: "strict", percent: 50, rua: ["mailto:dmarc@example.com"], failureOptions: "1" }),
  DKIM_BUILDER({ selector: "s1", pubkey: "MIGf", keytype: "rsa", flags: ["y", "s"] }),
  M365_BUILDER("example.com", { initialDomain: "contoso.onmicrosoft.com" }),
);`);
    const recs = domain(v, 'example.com').records.map(strip);
    expect(recs).toContainEqual({
      type: 'TXT',
      name: '@',
      target: 'v=spf1 include:_spf.google.com -all',
      ttl: 300,
    });
    expect(recs.filter((r) => r.type === 'CAA')).toEqual([
      { type: 'CAA', name: '@', target: 'mailto:sec@example.com', ttl: 3600, caatag: 'iodef' },
      { type: 'CAA', name: '@', target: 'letsencrypt.org', ttl: 3600, caatag: 'issue' },
      { type: 'CAA', name: '@', target: ';', ttl: 3600, caatag: 'issuewild' },
    ]);
    expect(recs).toContainEqual({
      type: 'TXT',
      name: '_dmarc',
      target:
        'v=DMARC1; p=reject; sp=quarantine; adkim=s; pct=50; rua=mailto:dmarc@example.com; fo=1',
      ttl: 300,
    });
    expect(recs).toContainEqual({
      type: 'TXT',
      name: 's1._domainkey',
      target: 'k=rsa; p=MIGf; t=y:s',
      ttl: 300,
    });
    expect(recs).toContainEqual({
      type: 'MX',
      name: '@',
      target: 'example-com.mail.protection.outlook.com.',
      ttl: 300,
    });
    expect(recs).toContainEqual({
      type: 'CNAME',
      name: 'selector1._domainkey',
      target: 'selector1-example-com._domainkey.contoso.onmicrosoft.com.',
      ttl: 300,
    });
  });

  test('LOC from numbers and from a degrees string', async () => {
    const v = await ir(`D("example.com", "none",
  LOC("@", 42, 21, 54, "N", 71, 6, 18, "W", -24, 30, 0, 0),
  LOC_BUILDER_DD({ label: "dd", x: 51.5, y: -0.125, alt: 6 }),
);`);
    const [loc, dd] = domain(v, 'example.com').records;
    expect(loc).toMatchObject({
      target: '42 21 54 N 71 6 18 W -24m 30m 0m 0m',
      loclatitude: 2299997648,
      loclongitude: 1891505648,
      localtitude: 9997600,
      locsize: 0x33,
    });
    expect(dd).toMatchObject({ name: 'dd', target: '51 30 0 N 0 7 30 W 6m 0m 0m 0m' });
  });
});

describe('require, glob and files', () => {
  test('require of .js, .json and .json5 files, relative to the requiring file', async () => {
    const v = await ir(`require("./zones/main.js");`, {
      'zones/main.js': `var ips = require("./ips.json5");\nrequire("./lib/macros.js");\nD("example.com", "none", A("@", ips.web), mail());`,
      'zones/ips.json5': '// addresses\n{ web: "192.0.2.80", }',
      'zones/lib/macros.js': 'function mail() {\n  return MX("@", 10, "mx.example.net.");\n}\n',
    });
    const d = domain(v, 'example.com');
    expect(d.records.map((r) => [r.type, r.filepos?.replace(/:\d+$/, '')])).toEqual([
      ['A', 'zones/main.js:3'],
      // Built by a helper: the line that called the helper, where the data is written.
      ['MX', 'zones/main.js:3'],
    ]);
    expect(new Set(v.files)).toEqual(
      new Set(['dnsconfig.js', 'zones/main.js', 'zones/ips.json5', 'zones/lib/macros.js']),
    );
  });

  test('require_glob loads every .js file of a folder in order', async () => {
    const v = await ir(`D("example.com", "none");\nrequire_glob("./records/");`, {
      'records/b.js': 'D_EXTEND("example.com", A("b", "192.0.2.2"));',
      'records/a.js': 'D_EXTEND("example.com", A("a", "192.0.2.1"));',
      'records/readme.md': 'not code',
    });
    expect(domain(v, 'example.com').records.map((r) => r.name)).toEqual(['a', 'b']);
  });

  test('a missing file is an error at the require line', async () => {
    const e = await errorOf('\nrequire("./nope.js");');
    expect(e.message).toBe('require("./nope.js"): no file nope.js in the repository');
    expect(e.location).toMatchObject({ file: 'dnsconfig.js', line: 2 });
  });

  test('a broken JSON file names the file and line', async () => {
    const e = await errorOf('var x = require("./data.json");', {
      'data.json': '{\n  "a": 1,\n  oops\n}',
    });
    expect(e.message).toMatch(/^require\("\.\/data\.json"\): data\.json:\d+: /);
  });

  test('HASH and console.log', async () => {
    const v = await ir('console.log("hash", HASH("SHA256", "abc"), { a: 1 });');
    expect(v.log).toEqual([
      'hash ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad {"a":1}',
    ]);
  });
});

describe('errors DNSControl raises', () => {
  const cases: [string, string, RegExp][] = [
    [
      'old provider style',
      'D("foo.com","reg","dsp")',
      /^WARNING: domain modifier type unsupported: string Domain: foo\.com$/,
    ],
    [
      'MX without priority',
      'D("foo.com","reg",MX("@","test."))',
      /^MX record requires 3 arguments/,
    ],
    [
      'MX reversed',
      'D("foo.com","reg",MX("@","test.", 5))',
      /^MX record priority argument validation failed$/,
    ],
    [
      'comma in CF_REDIRECT',
      'D("foo.com","reg",CF_REDIRECT("foo.com,","baaa"))',
      /argument validation failed/,
    ],
    [
      'comma in CF_WORKER_ROUTE',
      'D("foo.com","reg",CF_WORKER_ROUTE("foo.com","baa,a"))',
      /argument validation failed/,
    ],
    ['undefined function', 'D(reverse("foo.com"), "reg")', /reverse/],
    [
      'duplicate D()',
      'D("example.org", "reg"); D("example.org", "reg")',
      /^example\.org is declared more than once$/,
    ],
    [
      'NAMESERVER with two arguments',
      'D("example.com","reg", NAMESERVER("@","ns1.foo.com."))',
      /^NAMESERVER only accepts one argument/,
    ],
    ['unknown HASH', 'D(HASH("123", "abc"),"reg")', /^HASH: unknown algorithm "123"/],
    ['D_EXTEND before D', 'D_EXTEND("x.com", A("@", "192.0.2.1"))', /was not declared yet/],
    [
      'label with a foreign FQDN',
      'D("example.com","none", A("www.other.org.", "192.0.2.1"))',
      /does not match D\("example\.com"\)/,
    ],
    [
      'target without final dot',
      'D("example.com","none", CNAME("www", "host.example.net"))',
      /must end with a \(\.\)/,
    ],
    [
      'CNAME at the apex',
      'D("example.com","none", CNAME("@", "x.example.net."))',
      /cannot create CNAME record for bare domain/,
    ],
    [
      'NS at the apex',
      'D("example.com","none", NS("@", "ns1.example.net."))',
      /Use NAMESERVER instead/,
    ],
    [
      'repeated domain',
      'D("example.com","none", A("www.example.com", "192.0.2.1"))',
      /repeats the domain/,
    ],
    [
      'CNAME beside A',
      'D("example.com","none", CNAME("www", "x.example.net."), A("www", "192.0.2.1"))',
      /cannot have CNAME and A record/,
    ],
    [
      'exact duplicate',
      'D("example.com","none", A("www", "192.0.2.1"), A("www", "192.0.2.1", TTL(60)))',
      /exact duplicate record found/,
    ],
    ['bad IPv4', 'D("example.com","none", A("www", "192.0.2.300"))', /is not an IPv4 address/],
    [
      'non-string meta',
      'D("example.com","none", { no_ns: true })',
      /meta "no_ns" must be a string/,
    ],
    [
      'out-of-range number',
      'D("example.com","none", MX("@", 70000, "mx.example.net."))',
      /mxpreference must be a whole number/,
    ],
    ['PANIC', 'PANIC("stop here")', /^PANIC: stop here$/],
    ['syntax error', 'D("example.com", "none",\n  A("www" "192.0.2.1"));', /SyntaxError/],
  ];
  test.each(cases)('%s', async (_what, config, message) => {
    const e = await errorOf(config);
    expect(e.message).toMatch(message);
    expect(e.location.file).toBe('dnsconfig.js');
  });

  test('the error line is the line of the offending call', async () => {
    const e = await errorOf('D("a.com", "none");\n\nD("a.com", "none");');
    expect(e.location.line).toBe(3);
    const s = await errorOf('D("example.com", "none",\n  A("www" "192.0.2.1"));');
    expect(s.location.line).toBe(2);
  });

  test('inconsistent TTLs and underscores in labels are warnings', async () => {
    const r = await run(
      'D("example.com","none", A("www", "192.0.2.1"), A("www", "192.0.2.2", TTL(60)), A("my_host", "192.0.2.3"));',
    );
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings?.map((w) => w.message)).toEqual([
      'label my_host.example.com contains "_" (can\'t be used in a URL)',
      'inconsistent TTLs at "www.example.com": A:60,300',
    ]);
  });

  test('modern syntax is accepted', async () => {
    const v = await ir(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the config under test uses a template literal
      'const hosts = [["a", 1], ["b", 2]];\nD("example.com", "none", ...hosts.map(([n, i]) => A(n, `192.0.2.${i}`)));',
    );
    expect(domain(v, 'example.com').records.map((r) => r.target)).toEqual([
      '192.0.2.1',
      '192.0.2.2',
    ]);
  });
});

describe('record positions', () => {
  test('past the position budget, records point at their D() and a warning says so', async () => {
    const lines = ['D("example.com", "none",'];
    for (let i = 0; i < 7000; i++) lines.push(`  A("h${i}", "192.0.2.${i % 250}"),`);
    lines.push(');');
    const r = await run(lines.join('\n'));
    if (!r.ok) throw new Error(r.errors[0]!.message);
    const recs = r.value.ir.domains[0]!.records;
    expect(recs[0]!.filepos).toMatch(/^dnsconfig\.js:2:/);
    expect(recs[6999]!.filepos).toMatch(/^dnsconfig\.js:1:/);
    expect(r.warnings?.find((w) => w.code === 'dnscontrol/positions')?.message).toMatch(
      /^\d+ records sit in very long runs of straight-line code/,
    );
  });

  test('records of a D_EXTEND() in a required file point there, past the budget too', async () => {
    const lines = ['// records kept apart', 'D_EXTEND("example.com",'];
    for (let i = 0; i < 7000; i++) lines.push(`  A("h${i}", "192.0.2.${i % 250}"),`);
    lines.push(');', 'D_EXTEND("example.com", A("late", "192.0.2.9"));');
    const r = await run('D("example.com", "none");\nrequire("./more/extra.js");', {
      'more/extra.js': lines.join('\n'),
    });
    if (!r.ok) throw new Error(r.errors[0]!.message);
    const recs = r.value.ir.domains[0]!.records;
    expect(recs[0]!.filepos).toBe('more/extra.js:3:4');
    // Past the budget: the D_EXTEND() call, not the D() in dnsconfig.js.
    expect(recs[6999]!.filepos).toMatch(/^more\/extra\.js:2:/);
    expect(recs[7000]!.filepos).toMatch(/^more\/extra\.js:7004:/);
    expect(r.value.ir.domains[0]!.filepos).toMatch(/^dnsconfig\.js:1:/);
  });

  // The calls' budget sums line numbers too: a million blank lines (no line-table entries, so
  // cheap to run) put each call a million units in, and about twenty calls exhaust it.
  const PAD = '\n'.repeat(1_000_000);

  test("past the calls' budget, a D_EXTEND() in a required file points at that file", async () => {
    const calls = [];
    for (let i = 0; i < 30; i++) calls.push(`D_EXTEND("example.com", A("h${i}", "192.0.2.1"));`);
    const r = await run('D("example.com", "none");\nrequire("./more/extra.js");', {
      'more/extra.js': PAD + calls.join('\n'),
    });
    if (!r.ok) throw new Error(r.errors[0]!.message);
    const recs = r.value.ir.domains[0]!.records;
    expect(recs[0]!.filepos).toMatch(/^more\/extra\.js:1000001:\d+$/);
    // Past both budgets: the record has no line, its D_EXTEND() only its file.
    expect(recs[29]!.filepos).toBe('more/extra.js');
    expect(r.warnings?.find((w) => w.code === 'dnscontrol/positions')?.message).toMatch(
      /records sit in very long runs .*; \d+ D\(\) and D_EXTEND\(\) calls come late in a very long config: they point only at their file, and so do their records/,
    );
    // In the review model the record is located in its file, without a line.
    const { zones } = irToZones(r.value.ir, 'dnsconfig.js', new Map());
    const h29 = zones[0]!.rrsets.find((x) => x.name === 'h29.example.com.');
    expect(h29!.location).toEqual({ file: 'more/extra.js' });
  });

  test('past the budget, a helper from one file called at the top of another points at the caller', async () => {
    const calls = [];
    for (let i = 0; i < 30; i++) calls.push(`extendWith("h${i}");`);
    const r = await run(
      'require("./lib/helper.js");\nD("example.com", "none");\nrequire("./zones/b.js");',
      {
        'lib/helper.js':
          'function extendWith(label) {\n  D_EXTEND("example.com", A(label, "192.0.2.1"));\n}\n',
        'zones/b.js': PAD + calls.join('\n'),
      },
    );
    if (!r.ok) throw new Error(r.errors[0]!.message);
    const recs = r.value.ir.domains[0]!.records;
    // The stack-based rule (the caller's top-level line) and the file-only one agree on the file.
    expect(recs[0]!.filepos).toMatch(/^zones\/b\.js:1000001:\d+$/);
    expect(recs[29]!.filepos).toBe('zones/b.js');
  });

  test("past the calls' budget, a D() points at its file, and the warning says only that", async () => {
    const calls = [];
    for (let i = 0; i < 30; i++) calls.push(`D("ex${i}.com", "none");`);
    const r = await run('require("./more/domains.js");', {
      'more/domains.js': PAD + calls.join('\n'),
    });
    if (!r.ok) throw new Error(r.errors[0]!.message);
    const domains = r.value.ir.domains;
    expect(domains[0]!.filepos).toMatch(/^more\/domains\.js:1000001:\d+$/);
    expect(domains[29]!.filepos).toBe('more/domains.js');
    expect(r.warnings?.find((w) => w.code === 'dnscontrol/positions')?.message).toMatch(
      /^\d+ D\(\) and D_EXTEND\(\) calls come late in a very long config: they point only at their file$/,
    );
  });

  test('a file whose name ends like a line number keeps exact positions past the budget', async () => {
    const calls = [];
    for (let i = 0; i < 30; i++) calls.push(`D("ex${i}.com", "none");`);
    const repo = makeRepo({ 'cfg:7': PAD + calls.join('\n') });
    const r = await evaluateDnsconfigFull(await repo.tree(), 'cfg:7');
    if (!r.ok) throw new Error(r.errors[0]!.message);
    // A bare `cfg:7` would read as line 7 of `cfg`.
    expect(r.value.ir.domains[29]!.filepos).toMatch(/^cfg:7:1000030:\d+$/);
  });

  test('an error past the budget is located in the file of its D_EXTEND()', async () => {
    const calls = [];
    for (let i = 0; i < 30; i++) calls.push(`D_EXTEND("example.com", A("h${i}", "192.0.2.1"));`);
    calls.push(
      'D_EXTEND("example.com", CNAME("x", "a.example.net."), CNAME("x", "b.example.net."));',
    );
    const e = await errorOf('D("example.com", "none");\nrequire("./more/extra.js");', {
      'more/extra.js': PAD + calls.join('\n'),
    });
    expect(e.message).toMatch(/multiple CNAMEs/);
    expect(e.location).toEqual({ file: 'more/extra.js' });
  });
});
