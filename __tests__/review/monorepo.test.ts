/**
 * A monorepo is reviewed whole: every configuration under the reviewed folders (several
 * dnsconfig.js, octoDNS configs, folders of zone files, mixed), each zone naming its
 * configuration; one zone in two configurations is an error; DNSControl's BIND output is not a
 * second copy of its zones.
 */
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { runReview } from '../../src/review/review.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';

const DNSCONFIG = (
  zone: string,
  address: string,
  provider = 'bind',
) => `var REG = NewRegistrar("none");
var DNS = NewDnsProvider("${provider}");
D("${zone}", REG, DnsProvider(DNS),
  A("www", "${address}"),
);
`;
const CREDS = '{ "none": { "TYPE": "NONE" }, "bind": { "TYPE": "BIND" } }';

const ZONE = (origin: string, address: string) => `$ORIGIN ${origin}
$TTL 300
@   IN SOA ns1.example.net. host.example.net. 1 7200 3600 1209600 300
    IN NS ns1.example.net.
    IN NS ns1.example.org.
www IN A ${address}
`;

const OCTO_CONFIG = (directory: string) => `providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ${directory}
  route53:
    class: octodns_route53.Route53Provider
    access_key_id: env/AWS_ACCESS_KEY_ID
zones:
  '*':
    sources:
      - config
    targets:
      - route53
`;
const OCTO_ZONE = (address: string) => `www:\n  type: A\n  value: ${address}\n`;

async function json(args: string[]) {
  const r = await runCli(['check', '--no-live', '--output', 'json', ...args]);
  if (r.code === 2) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Report;
}

const summary = (report: Report) =>
  report.zones.map((z) => ({ zone: z.zone, format: z.format, config: z.config, status: z.status }));

describe('a monorepo is reviewed whole', () => {
  it('reviews every dnsconfig.js, so a change in the second team is seen', async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({
        'team-a/dnsconfig.js': DNSCONFIG('a.example', '192.0.2.1'),
        'team-a/creds.json': CREDS,
        'team-b/dnsconfig.js': DNSCONFIG('b.example', '192.0.2.2'),
        'team-b/creds.json': CREDS,
      });
      const head = repo.commit({ 'team-b/dnsconfig.js': DNSCONFIG('b.example', '192.0.2.99') });
      const report = await json(['--repo', repo.dir, '--base', base, '--head', head]);
      expect(summary(report)).toEqual([
        {
          zone: 'a.example.',
          format: 'dnscontrol',
          config: 'team-a/dnsconfig.js',
          status: 'unchanged',
        },
        {
          zone: 'b.example.',
          format: 'dnscontrol',
          config: 'team-b/dnsconfig.js',
          status: 'changed',
        },
      ]);
      // --path repeated reads both folders; one --path reads only its own.
      const both = await json([
        '--repo',
        repo.dir,
        '--base',
        base,
        '--head',
        head,
        '--path',
        'team-a',
        '--path',
        'team-b',
      ]);
      expect(both.zones.map((z) => z.zone)).toEqual(['a.example.', 'b.example.']);
      const onlyA = await json([
        '--repo',
        repo.dir,
        '--base',
        base,
        '--head',
        head,
        '--path',
        'team-a',
      ]);
      expect(onlyA.zones.map((z) => z.zone)).toEqual(['a.example.']);
    } finally {
      repo.remove();
    }
  });

  it('refuses a zone that two configurations define, naming both files', async () => {
    const repo = makeRepo();
    try {
      const head = repo.commit({
        'team-a/dnsconfig.js': DNSCONFIG('shared.example', '192.0.2.1'),
        'team-b/dnsconfig.js': DNSCONFIG('shared.example', '192.0.2.2'),
      });
      const r = await runReview(reviewSettings(repo.dir, undefined, head));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.map((e) => e.message)).toEqual([
        expect.stringContaining(
          'zone shared.example. is defined by two configurations, team-a/dnsconfig.js and team-b/dnsconfig.js',
        ),
      ]);
      expect(r.errors[0]?.location.file).toBe('team-b/dnsconfig.js');
    } finally {
      repo.remove();
    }
  });

  it('does not review the zone files DNSControl writes with its BIND provider as a second copy', async () => {
    const repo = makeRepo();
    try {
      const head = repo.commit({
        'dnsconfig.js': DNSCONFIG('home.example.net', '192.0.2.1'),
        'creds.json': CREDS,
        // What `dnscontrol push` wrote into the default folder of the BIND provider.
        'zones/home.example.net.zone': ZONE('home.example.net.', '192.0.2.1'),
        // A zone file elsewhere is a configuration of its own.
        'legacy/db.old.example': ZONE('old.example.', '192.0.2.5'),
        'custom/dnsconfig.js': DNSCONFIG('custom.example', '192.0.2.7'),
        'custom/creds.json':
          '{ "none": { "TYPE": "NONE" }, "bind": { "TYPE": "BIND", "directory": "out" } }',
        'custom/out/custom.example.zone': ZONE('custom.example.', '192.0.2.7'),
      });
      const r = await runReview(reviewSettings(repo.dir, undefined, head));
      if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
      expect(summary(r.report)).toEqual([
        {
          zone: 'custom.example.',
          format: 'dnscontrol',
          config: 'custom/dnsconfig.js',
          status: 'added',
        },
        {
          zone: 'home.example.net.',
          format: 'dnscontrol',
          config: 'dnsconfig.js',
          status: 'added',
        },
        { zone: 'old.example.', format: 'bind', config: 'legacy/', status: 'added' },
      ]);
    } finally {
      repo.remove();
    }
  });

  it('reviews mixed formats side by side and groups the comment by configuration', async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({
        'team-a/dnsconfig.js': DNSCONFIG('a.example', '192.0.2.1', 'none'),
        'team-a/creds.json': CREDS,
        'team-b/octodns.yaml': OCTO_CONFIG('./team-b/zones'),
        'team-b/zones/b.example.yaml': OCTO_ZONE('192.0.2.2'),
        'team-c/zones/c.example.zone': ZONE('c.example.', '192.0.2.3'),
      });
      const head = repo.commit({
        'team-b/zones/b.example.yaml': OCTO_ZONE('192.0.2.22'),
        'team-c/zones/c.example.zone': ZONE('c.example.', '192.0.2.33').replace(
          ' 1 7200',
          ' 2 7200',
        ),
      });
      const report = await json(['--repo', repo.dir, '--base', base, '--head', head]);
      expect(summary(report)).toEqual([
        {
          zone: 'a.example.',
          format: 'dnscontrol',
          config: 'team-a/dnsconfig.js',
          status: 'unchanged',
        },
        { zone: 'b.example.', format: 'octodns', config: 'team-b/octodns.yaml', status: 'changed' },
        { zone: 'c.example.', format: 'bind', config: 'team-c/zones/', status: 'changed' },
      ]);
      const md = renderMarkdown(report);
      expect(md).toContain('**`team-a/dnsconfig.js`**: _no record changes in 1 zone._');
      expect(md).toMatch(
        /\*\*`team-b\/octodns\.yaml`\*\*\n\n\| Zone \|.*\n.*\n\| `b\.example\.` \| octodns \| changed/,
      );
      expect(md).toMatch(
        /\*\*`team-c\/zones\/`\*\*\n\n\| Zone \|.*\n.*\n\| `c\.example\.` \| bind \| changed/,
      );
    } finally {
      repo.remove();
    }
  });
});

describe('configuration files named on the command line', () => {
  it('--config-file and --creds-file read a DNSControl config where discovery does not look', async () => {
    const repo = makeRepo();
    try {
      const head = repo.commit({
        'infra/dns.js': DNSCONFIG('named.example', '192.0.2.1'),
        'secrets/dnscontrol-creds.json': CREDS,
        'infra/zones/named.example.zone': ZONE('named.example.', '192.0.2.1'),
      });
      const found = await runReview(reviewSettings(repo.dir, undefined, head));
      if (!found.ok) throw new Error(found.errors[0]?.message);
      // Without the flags only the zone file is seen, as BIND.
      expect(summary(found.report).map((z) => z.format)).toEqual(['bind']);
      const named = await json([
        '--repo',
        repo.dir,
        '--head',
        head,
        '--config-file',
        'infra/dns.js',
        '--creds-file',
        'secrets/dnscontrol-creds.json',
      ]);
      // The creds file says the provider is BIND, so infra/zones/ is its output.
      expect(summary(named)).toEqual([
        { zone: 'named.example.', format: 'dnscontrol', config: 'infra/dns.js', status: 'added' },
      ]);
      const missing = await runCli([
        'check',
        '--repo',
        repo.dir,
        '--head',
        head,
        '--no-live',
        '--config-file',
        'infra/dnsconfig.js',
      ]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('infra/dnsconfig.js (--config-file) does not exist');
      const noCreds = await runCli([
        'check',
        '--repo',
        repo.dir,
        '--head',
        head,
        '--no-live',
        '--config-file',
        'infra/dns.js',
        '--creds-file',
        'creds.json',
      ]);
      expect(noCreds.code).toBe(2);
      expect(noCreds.stderr).toContain('creds.json (--creds-file) does not exist');
    } finally {
      repo.remove();
    }
  });

  it('--octodns-config reads one octoDNS config and leaves the others', async () => {
    const repo = makeRepo();
    try {
      const head = repo.commit({
        'config/production.yaml': OCTO_CONFIG('./zones'),
        'config/staging.yaml': OCTO_CONFIG('./staging'),
        'zones/prod.example.yaml': OCTO_ZONE('192.0.2.1'),
        'staging/stage.example.yaml': OCTO_ZONE('192.0.2.2'),
      });
      const all = await json(['--repo', repo.dir, '--head', head]);
      expect(summary(all).map((z) => [z.zone, z.config])).toEqual([
        ['prod.example.', 'config/production.yaml'],
        ['stage.example.', 'config/staging.yaml'],
      ]);
      const one = await json([
        '--repo',
        repo.dir,
        '--head',
        head,
        '--octodns-config',
        'config/production.yaml',
      ]);
      expect(summary(one).map((z) => z.zone)).toEqual(['prod.example.']);
    } finally {
      repo.remove();
    }
  });
});

describe('octoDNS directories resolve where octodns-sync runs', () => {
  // octoDNS's docs/examples/basic: `octodns-sync --config-file=config/octodns.yaml` run in the
  // example's folder, with `directory: ./config`.
  const BASIC = {
    'config/octodns.yaml': OCTO_CONFIG('./config'),
    'config/my-domain.com.yaml': OCTO_ZONE('192.0.2.1'),
  };

  it('reads the basic example from the repository root, whatever --path names', async () => {
    const repo = makeRepo();
    try {
      const head = repo.commit(BASIC);
      for (const path of [[], ['--path', 'config']]) {
        const report = await json(['--repo', repo.dir, '--head', head, ...path]);
        expect(summary(report).map((z) => [z.zone, z.config])).toEqual([
          ['my-domain.com.', 'config/octodns.yaml'],
        ]);
      }
    } finally {
      repo.remove();
    }
  });

  it('in a sub-folder, the error names the folder it looked in and the flag; --octodns-cwd fixes it', async () => {
    const repo = makeRepo();
    try {
      const head = repo.commit({
        'dns/config/octodns.yaml': BASIC['config/octodns.yaml'],
        'dns/config/my-domain.com.yaml': BASIC['config/my-domain.com.yaml'],
      });
      const wrong = await runCli([
        'check',
        '--repo',
        repo.dir,
        '--head',
        head,
        '--no-live',
        '--path',
        'dns',
      ]);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain(
        'zone * lists the zones of config, which does not exist (source "config": directory ./config',
      );
      expect(wrong.stderr).toContain('--octodns-cwd');
      expect(wrong.stderr).toContain('octodns-sync run in dns reads dns/config/my-domain.com.yaml');
      const right = await json([
        '--repo',
        repo.dir,
        '--head',
        head,
        '--path',
        'dns',
        '--octodns-cwd',
        'dns',
      ]);
      expect(summary(right).map((z) => z.zone)).toEqual(['my-domain.com.']);
      // --repo naming the folder is running there.
      const inside = await json(['--repo', `${repo.dir}/dns`, '--head', head]);
      expect(summary(inside).map((z) => z.zone)).toEqual(['my-domain.com.']);
    } finally {
      repo.remove();
    }
  });
});
