/**
 * DNSControl creds files in broad-token-scope: read by the format's reader, judged by provider
 * TYPE and key names, whether or not the format itself loaded the file.
 */
import { dnscontrolFormat } from '../../src/formats/dnscontrol/format.js';
import type { ZoneSet } from '../../src/model/zone.js';
import { broadTokenScope } from '../../src/rules/checks/broad-token-scope.js';
import { scopeSignals } from '../../src/rules/credential-scope.js';
import { openTree } from '../../src/sources/git.js';
import { contextFor } from '../helpers/context.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

const EMPTY: ZoneSet = { zones: [], credentials: [], files: [] };

const credsSignals = (text: string) =>
  scopeSignals({ path: 'creds.json', kind: 'dnscontrol-creds', text }).map((s) => [s.id, s.line]);

describe('DNSControl creds files', () => {
  it('judges each provider by its TYPE (any case) and keys, on the key’s own line', () => {
    const text = JSON.stringify(
      {
        r53: { TYPE: 'route53', KeyId: '$K', SecretKey: '$S' }, // lines 2-6
        gcp: { TYPE: 'GCLOUD', private_key: '$P' }, // 7-10
        az: { TYPE: 'AZURE_DNS', ClientSecret: '$C' }, // 11-14
        token: { TYPE: 'CLOUDFLAREAPI', apitoken: '$T' }, // 15-18
        role: { TYPE: 'ROUTE53', KeyId: '$K', RoleArn: 'arn:aws:iam::1:role/dns' }, // 19-23
        cf: { TYPE: 'CLOUDFLAREAPI', apiuser: '$U', apikey: '$A' }, // 24-28
      },
      null,
      2,
    );
    expect(credsSignals(text)).toEqual([
      ['aws-long-lived-key r53', 5], // SecretKey rather than KeyId
      ['gcp-service-account-key gcp', 9],
      ['azure-client-secret az', 13],
      ['cloudflare-global-key cf', 27],
    ]);
  });

  it('judges plain JSON only, and nothing that does not parse', () => {
    const plain = '{\n  "cf": { "TYPE": "CLOUDFLAREAPI", "apikey": "$A" }\n}\n';
    expect(credsSignals(plain)).toEqual([['cloudflare-global-key cf', 2]]);
    expect(credsSignals(`// the account key\n${plain}`)).toEqual([]);
    expect(credsSignals(plain.slice(0, -3))).toEqual([]);
  });
});

describe('broad-token-scope on creds.json', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = makeRepo();
  });
  afterEach(() => repo.remove());

  const context = async (head: ZoneSet, base: ZoneSet = EMPTY) =>
    contextFor(base, head, {
      headTree: await openTree(repo.dir, undefined),
      baseTree: await openTree(repo.dir, 'main'),
      baseRef: 'main',
    });

  it('compares with base’s creds.json even when base yields no credentials (e.g. it does not load)', async () => {
    const cf = { TYPE: 'CLOUDFLAREAPI', apikey: '$A', apiuser: '$U' };
    repo.commit({ 'dns/creds.json': JSON.stringify({ cf }, null, 2) });
    repo.write({ 'dns/creds.json': JSON.stringify({ cf, cf2: cf }, null, 2) });
    const f = await broadTokenScope.check(await context(EMPTY));
    expect(f.map((x) => [x.key, x.location?.line, x.introduced])).toEqual([
      ['dns/creds.json cloudflare-global-key cf', 4, false],
      ['dns/creds.json cloudflare-global-key cf2', 9, true],
    ]);
  });

  describe('when the DNSControl format loaded it as well', () => {
    const DNSCONFIG =
      'var REG = NewRegistrar("none");\nD("example.com", REG, DnsProvider(NewDnsProvider("r53")));\n';
    const CREDS = JSON.stringify(
      { r53: { TYPE: 'ROUTE53', KeyId: '$K', SecretKey: '$S' }, none: { TYPE: 'NONE' } },
      null,
      2,
    );
    const headWith = async (creds: string) => {
      repo.commit({ 'x.txt': 'x' });
      repo.write({ 'dnsconfig.js': DNSCONFIG, 'creds.json': creds });
      const loaded = await dnscontrolFormat.load(await openTree(repo.dir, undefined), {
        path: '',
      });
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      return loaded.value;
    };

    it('reports each provider once, judged as the file (SecretKey’s line)', async () => {
      const head = await headWith(CREDS);
      const f = await broadTokenScope.check(await context(head));
      expect(f.map((x) => [x.key, x.location?.line])).toEqual([
        ['creds.json aws-long-lived-key r53', 5],
      ]);
    });

    it('judges a creds.json with comments through the loaded credentials (the first key’s line)', async () => {
      const head = await headWith(`// production\n${CREDS}`);
      const f = await broadTokenScope.check(await context(head));
      expect(f.map((x) => [x.key, x.location?.line])).toEqual([
        ['creds.json aws-long-lived-key r53', 5], // KeyId; SecretKey is on line 6
      ]);
    });
  });
});
