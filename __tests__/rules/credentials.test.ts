/**
 * The credential rules over real git repositories: base is `main`, head the working tree.
 * Token-shaped strings are built at run time so the repository holds none.
 */
import { formatById } from '../../src/formats/registry.js';
import type { ZoneSet } from '../../src/model/zone.js';
import { computeVerdict } from '../../src/report/verdict.js';
import { broadTokenScope } from '../../src/rules/checks/broad-token-scope.js';
import { pipelineChange } from '../../src/rules/checks/pipeline-change.js';
import { secretInRepo } from '../../src/rules/checks/secret-in-repo.js';
import { runRules } from '../../src/rules/engine.js';
import { DEFAULT_POLICY } from '../../src/rules/policy.js';
import type { Rule, RuleContext } from '../../src/rules/types.js';
import { changedFiles, openTree } from '../../src/sources/git.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

const token = (n: number, seed: number) => {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789_-';
  return Array.from({ length: n }, (_, i) => chars[(i * seed + 7) % chars.length]).join('');
};
const CF_TOKEN = token(40, 13);
const EMPTY: ZoneSet = { zones: [], credentials: [], files: [] };

async function context(
  repo: TestRepo,
  sets: { base?: ZoneSet; head?: ZoneSet } = {},
): Promise<RuleContext> {
  return {
    base: sets.base ?? EMPTY,
    head: sets.head ?? EMPTY,
    diffs: [],
    drift: new Map(),
    apply: new Map(),
    live: undefined,
    policy: DEFAULT_POLICY,
    headTree: await openTree(repo.dir, undefined),
    baseTree: await openTree(repo.dir, 'main'),
    changedFiles: await changedFiles(repo.dir, 'main', undefined),
    history: undefined,
    baseRef: 'main',
    now: new Date('2026-11-27T09:00:00Z'),
  };
}

const creds = (cf: Record<string, string>) =>
  `${JSON.stringify({ cloudflare: { TYPE: 'CLOUDFLAREAPI', ...cf }, none: { TYPE: 'NONE' } }, null, 2)}\n`;

const DNS_WORKFLOW = (env: string, extra = '') =>
  [
    'name: dns',
    'on:',
    '  push:',
    '    branches: [main]',
    'jobs:',
    '  push:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: dnscontrol push',
    '        env:',
    `          ${env}: \${{ secrets.CF }}`,
    extra,
    '',
  ].join('\n');

describe('credential rules', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = makeRepo();
  });
  afterEach(() => repo.remove());

  describe('secret-in-repo', () => {
    it('reports a committed literal token masked, blocks, and never repeats it', async () => {
      repo.commit({
        'creds.json': creds({ apitoken: '$CLOUDFLARE_API_TOKEN' }),
        'dnsconfig.js': '// x\n',
      });
      repo.write({ 'creds.json': creds({ apitoken: CF_TOKEN }) });
      const ctx = await context(repo);
      const run = await runRules(ctx, [secretInRepo]);
      expect(run.findings).toEqual([
        expect.objectContaining({
          rule: 'secret-in-repo',
          severity: 'critical',
          introduced: true,
          location: { file: 'creds.json', line: 4, column: 18 },
        }),
      ]);
      expect(run.findings[0]!.message).toBe(
        `creds.json:4 holds a Cloudflare API token (${CF_TOKEN.slice(0, 4)}…${CF_TOKEN.slice(-2)}).`,
      );
      expect(computeVerdict(run.findings, DEFAULT_POLICY.failOn)).toBe('block');
      expect(JSON.stringify(run)).not.toContain(CF_TOKEN);
      expect(JSON.stringify(run)).not.toContain(CF_TOKEN.slice(4, -2));
    });

    it('marks a token base already held as existing', async () => {
      repo.commit({ 'creds.json': creds({ apitoken: CF_TOKEN }) });
      repo.write({ 'creds.json': creds({ apitoken: CF_TOKEN, accountid: '1234' }) });
      const f = await secretInRepo.check(await context(repo));
      expect(f).toEqual([expect.objectContaining({ introduced: false })]);
    });

    it('is quiet on references', async () => {
      repo.commit({ 'creds.json': creds({ apitoken: '$A' }) });
      repo.write({
        'creds.json': creds({ apitoken: '$CLOUDFLARE_API_TOKEN', accountid: '$ACCOUNT' }),
      });
      expect(await secretInRepo.check(await context(repo))).toEqual([]);
    });

    it('does not call account ids or user names secrets', async () => {
      repo.commit({ 'creds.json': creds({ apitoken: '$T' }) });
      repo.write({
        'creds.json': creds({
          apitoken: '$T',
          accountid: '0123456789abcdef',
          apiuser: 'dns@example.com',
        }),
      });
      const head: ZoneSet = {
        ...EMPTY,
        credentials: [
          {
            provider: 'cloudflare',
            type: 'CLOUDFLAREAPI',
            location: { file: 'creds.json', line: 2 },
            fields: [
              { key: 'apitoken', literal: false },
              { key: 'accountid', literal: true, location: { file: 'creds.json', line: 5 } },
              { key: 'apiuser', literal: true, location: { file: 'creds.json', line: 6 } },
            ],
          },
        ],
      };
      expect(await secretInRepo.check(await context(repo, { head }))).toEqual([]);
    });

    it('knows per provider which fields are secret: OVH app-key is public, the rest is not', async () => {
      const ovh = (fields: Record<string, string>) =>
        `${JSON.stringify({ ovh: { TYPE: 'OVH', endpoint: 'eu', ...fields } }, null, 2)}\n`;
      const files = (fields: Record<string, string>) => ({
        'creds.json': ovh(fields),
        'dnsconfig.js':
          'D("example.com", NewRegistrar("none"), DnsProvider(NewDnsProvider("ovh")), A("@", "192.0.2.1"));\n',
      });
      repo.commit(files({ 'app-key': '$K', 'app-secret-key': '$S', 'consumer-key': '$C' }));
      repo.write(
        files({ 'app-key': 'k3yOfTheApplication', 'app-secret-key': '$S', 'consumer-key': '$C' }),
      );
      const load = async (ref: string | undefined) => {
        const r = await formatById('dnscontrol')!.load(await openTree(repo.dir, ref), { path: '' });
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        return r.value;
      };
      const base = await load('main');
      expect(
        await secretInRepo.check(await context(repo, { base, head: await load(undefined) })),
      ).toEqual([]);
      repo.write(
        files({
          'app-key': '$K',
          'app-secret-key': 'aS3cretThatAuthenticates',
          'consumer-key': 'aC0nsumerKey',
        }),
      );
      const f = await secretInRepo.check(
        await context(repo, { base, head: await load(undefined) }),
      );
      expect(f.map((x) => x.message)).toEqual([
        'creds.json:6: "app-secret-key" of provider "ovh" is written as a literal value instead of a reference to a secret.',
        'creds.json:7: "consumer-key" of provider "ovh" is written as a literal value instead of a reference to a secret.',
      ]);
    });

    it('reports literal credential fields the formats found, without their value', async () => {
      repo.commit({ 'octodns/config.yaml': 'providers: {}\nzones: {}\n' });
      repo.write({ 'octodns/config.yaml': 'providers: {}\nzones: {}\n# changed\n' });
      const head: ZoneSet = {
        ...EMPTY,
        credentials: [
          {
            provider: 'ns1',
            type: 'octodns_ns1.Ns1Provider',
            location: { file: 'octodns/config.yaml', line: 2 },
            fields: [
              { key: 'api_key', literal: true, location: { file: 'octodns/config.yaml', line: 4 } },
              { key: 'other', literal: false },
            ],
          },
        ],
      };
      const f = await secretInRepo.check(await context(repo, { head }));
      expect(f).toEqual([
        expect.objectContaining({
          introduced: true,
          location: { file: 'octodns/config.yaml', line: 4 },
          message:
            'octodns/config.yaml:4: "api_key" of provider "ns1" is written as a literal value instead of a reference to a secret.',
        }),
      ]);
    });
  });

  describe('broad-token-scope', () => {
    it('fires when a workflow adds the Cloudflare Global API Key, naming the line and the scoped token', async () => {
      repo.commit({ '.github/workflows/dns.yml': DNS_WORKFLOW('CLOUDFLARE_API_TOKEN') });
      repo.write({ '.github/workflows/dns.yml': DNS_WORKFLOW('CLOUDFLARE_API_KEY') });
      const run = await runRules(await context(repo), [broadTokenScope]);
      expect(run.findings).toEqual([
        expect.objectContaining({
          severity: 'high',
          introduced: true,
          location: { file: '.github/workflows/dns.yml', line: 12 },
        }),
      ]);
      expect(run.findings[0]!.message).toContain('Cloudflare Global API Key');
      expect(run.findings[0]!.fix).toContain('Zone:Read and DNS:Edit');
      expect(computeVerdict(run.findings, 'high')).toBe('block');
    });

    it('is quiet on a scoped token and on OIDC roles', async () => {
      repo.commit({ 'x.txt': 'x' });
      repo.write({
        '.github/workflows/dns.yml': DNS_WORKFLOW(
          'CLOUDFLARE_API_TOKEN',
          '      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::1:role/dns',
        ),
      });
      expect(await broadTokenScope.check(await context(repo))).toEqual([]);
    });

    it('reads creds.json, IAM policy JSON and Terraform', async () => {
      repo.commit({ 'x.txt': 'x' });
      repo.write({
        'creds.json': creds({ apikey: '$CF_KEY', apiuser: '$CF_USER' }),
        'iam/dns-policy.json': JSON.stringify(
          {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 'route53:*', Resource: 'arn:aws:route53:::hostedzone/*' },
            ],
          },
          null,
          2,
        ),
        'infra/dns.tf':
          'resource "google_project_iam_member" "dns" {\n  role = "roles/dns.admin"\n}\n',
      });
      const f = await broadTokenScope.check(await context(repo));
      expect(f.map((x) => [x.location!.file, x.location!.line, x.introduced])).toEqual([
        ['creds.json', 4, true],
        ['iam/dns-policy.json', 6, true],
        ['iam/dns-policy.json', 7, true],
        ['infra/dns.tf', 2, true],
      ]);
    });

    it('reads the credential metadata of the formats, once per provider', async () => {
      const config = [
        'providers:',
        '  config:',
        '    class: octodns.provider.yaml.YamlProvider',
        '    directory: ./zones',
        '  cloudflare:',
        '    token: env/CLOUDFLARE_TOKEN',
        '    email: env/CLOUDFLARE_EMAIL',
        '    class: octodns_cloudflare.CloudflareProvider',
        'zones:',
        '  example.com.:',
        '    sources: [config]',
        '    targets: [cloudflare]',
        '',
      ].join('\n');
      repo.commit({ 'x.txt': 'x' });
      repo.write({
        'config.yaml': config,
        'zones/example.com.yaml': "---\n'':\n  type: A\n  value: 192.0.2.1\n",
      });
      const loaded = await formatById('octodns')!.load(await openTree(repo.dir, undefined), {
        path: '',
      });
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      const f = await broadTokenScope.check({ ...(await context(repo)), head: loaded.value });
      expect(f.map((x) => [x.location, x.introduced])).toEqual([
        [{ file: 'config.yaml', line: 7 }, true],
      ]);
      expect(f[0]!.message).toContain(
        'provider "cloudflare" uses the Cloudflare Global API Key (email + token)',
      );
    });

    it('ignores workflows that have nothing to do with DNS', async () => {
      repo.commit({ 'x.txt': 'x' });
      repo.write({
        '.github/workflows/ci.yml':
          'on: push\njobs:\n  t:\n    steps:\n      - run: make\n        env:\n          AWS_SECRET_ACCESS_KEY: x\n',
      });
      expect(await broadTokenScope.check(await context(repo))).toEqual([]);
    });
  });

  describe('pipeline-change', () => {
    const check = async (rule: Rule) => rule.check(await context(repo));

    it('fires when a DNS workflow or the credentials change, not for other workflows', async () => {
      repo.commit({
        '.github/workflows/dns.yml': DNS_WORKFLOW('CLOUDFLARE_API_TOKEN', '    environment: dns'),
        '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    steps:\n      - run: make\n',
      });
      repo.write({
        '.github/workflows/dns.yml': DNS_WORKFLOW('CF_TOKEN', '    environment: dns'),
        '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    steps:\n      - run: make test\n',
        '.zoneguard.yml': 'fail-on: critical\n',
      });
      const f = await check(pipelineChange);
      expect(f.map((x) => x.message)).toEqual([
        'This change edits .github/workflows/dns.yml, a workflow that runs the DNS tooling.',
        'This change edits .zoneguard.yml, the ZoneGuard policy that decides what blocks this review.',
      ]);
    });

    it('flags an apply job on pull_request_target (high) and without a protected environment', async () => {
      repo.commit({ 'x.txt': 'x' });
      const wf = DNS_WORKFLOW('CLOUDFLARE_API_TOKEN').replace(
        '  push:\n    branches: [main]',
        '  pull_request_target:',
      );
      repo.write({ '.github/workflows/dns.yml': wf });
      const f = await check(pipelineChange);
      expect(f.map((x) => [x.key, x.severity, x.location?.line])).toEqual([
        ['edit .github/workflows/dns.yml', undefined, undefined],
        ['.github/workflows/dns.yml push pull_request_target', 'high', 2],
        ['.github/workflows/dns.yml push no-environment', undefined, 5],
      ]);
    });

    it('counts Terraform only when what grants DNS access changes, not its records', async () => {
      const provider = (token: string) =>
        `provider "cloudflare" {\n  api_token = var.${token}\n}\n`;
      repo.commit({
        'infra/web.tf': 'resource "digitalocean_droplet" "web" {\n  size = "s-1vcpu-1gb"\n}\n',
        'infra/dns.tf': 'resource "digitalocean_record" "www" {\n  type = "A"\n}\n',
        'infra/providers.tf': provider('cf_token'),
      });
      repo.write({
        'infra/web.tf': 'resource "digitalocean_droplet" "web" {\n  size = "s-2vcpu-2gb"\n}\n',
        // a record edit is reviewed as a zone change (the Terraform format), not as the pipeline
        'infra/dns.tf': 'resource "digitalocean_record" "www" {\n  type = "AAAA"\n}\n',
        'infra/providers.tf': provider('cf_admin_token'),
      });
      expect((await check(pipelineChange)).map((x) => x.message)).toEqual([
        'This change edits infra/providers.tf, Terraform that manages DNS access.',
      ]);
    });

    it('does not call a preview job an apply job', async () => {
      repo.commit({ 'x.txt': 'x' });
      repo.write({
        '.github/workflows/dns.yml': DNS_WORKFLOW('T').replace(
          'dnscontrol push',
          'dnscontrol preview',
        ),
      });
      expect((await check(pipelineChange)).map((x) => x.key)).toEqual([
        'edit .github/workflows/dns.yml',
      ]);
    });
  });
});
