import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputBudget, limitsForRecords } from '../../../src/formats/budget.js';
import { octodnsFormat } from '../../../src/formats/octodns/format.js';
import type { FormatLoadOptions } from '../../../src/formats/types.js';
import type { Zone, ZoneSet } from '../../../src/model/zone.js';
import { openTree } from '../../../src/sources/git.js';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.js';

const repos: TestRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

async function loadFiles(
  files: Record<string, string>,
  path = '',
  options: Partial<FormatLoadOptions> = {},
) {
  const repo = makeRepo();
  repos.push(repo);
  const sha = repo.commit(files);
  return octodnsFormat.load(await openTree(repo.dir, sha), { path, ...options });
}

async function loadOk(
  files: Record<string, string>,
  path = '',
  options: Partial<FormatLoadOptions> = {},
): Promise<ZoneSet> {
  const r = await loadFiles(files, path, options);
  if (!r.ok)
    throw new Error(
      r.errors.map((e) => `${e.location.file}:${e.location.line}: ${e.message}`).join('\n'),
    );
  return r.value;
}

async function loadErrors(files: Record<string, string>) {
  const r = await loadFiles(files);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map((e) => ({ message: e.message, ...e.location }));
}

function zone(set: ZoneSet, name: string): Zone {
  const z = set.zones.find((x) => x.name === name);
  if (!z) throw new Error(`no zone ${name}`);
  return z;
}

const YAML_PROVIDER =
  'providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./zones\n';
const A = (ip: string) => `  type: A\n  value: ${ip}\n`;

/** Every file of examples/octodns, keyed by its path inside the example. */
function exampleFiles(): Record<string, string> {
  const root = join(process.cwd(), 'examples/octodns');
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(root, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return out;
}

describe('the example repository', () => {
  let set: ZoneSet;
  beforeAll(async () => {
    set = await loadOk(exampleFiles());
  });

  test('two zones, each with its two target providers and their classes', () => {
    expect(set.zones.map((z) => z.name)).toEqual(['example.com.', 'example.net.']);
    expect(zone(set, 'example.com.').providers).toEqual([
      { name: 'route53', type: 'octodns_route53.Route53Provider' },
      { name: 'cloudflare', type: 'octodns_cloudflare.CloudflareProvider' },
    ]);
  });

  test('thresholds: the strictest target, a zone setting wins, octoDNS defaults otherwise', () => {
    expect(zone(set, 'example.com.').thresholds).toEqual({
      updatePercent: 0.3,
      deletePercent: 0.2,
      minExisting: 10,
    });
    expect(zone(set, 'example.net.').thresholds).toEqual({
      updatePercent: 0.5,
      deletePercent: 0.2,
      minExisting: 10,
    });
  });

  test('credentials are env references, never their values', () => {
    expect(set.credentials).toEqual([
      {
        provider: 'route53',
        type: 'octodns_route53.Route53Provider',
        location: { file: 'config/production.yaml', line: 12, column: 3 },
        fields: [
          {
            key: 'access_key_id',
            literal: false,
            env: 'AWS_ACCESS_KEY_ID',
            location: { file: 'config/production.yaml', line: 14, column: 5 },
          },
          {
            key: 'secret_access_key',
            literal: false,
            env: 'AWS_SECRET_ACCESS_KEY',
            location: { file: 'config/production.yaml', line: 15, column: 5 },
          },
        ],
      },
      {
        provider: 'cloudflare',
        type: 'octodns_cloudflare.CloudflareProvider',
        location: { file: 'config/production.yaml', line: 17, column: 3 },
        fields: [
          {
            key: 'token',
            literal: false,
            env: 'CLOUDFLARE_TOKEN',
            location: { file: 'config/production.yaml', line: 19, column: 5 },
          },
        ],
      },
    ]);
  });

  test('records point at their zone file line; ignored records are unmanaged', () => {
    const com = zone(set, 'example.com.');
    const mx = com.rrsets.find((r) => r.type === 'MX')!;
    expect(mx).toEqual({
      name: 'example.com.',
      type: 'MX',
      ttl: 3600,
      values: ['10 mx1.example.com.', '20 mx2.example.com.'],
      location: { file: 'config/example.com.yaml', line: 12, column: 5 },
    });
    expect(com.unmanaged).toEqual([
      {
        name: 'legacy',
        types: ['CNAME'],
        source: 'octodns.ignored',
        location: { file: 'config/example.com.yaml', line: 63, column: 1 },
      },
      // processors: [no-root-ns]: octodns-sync never manages the apex NS of example.com.
      {
        name: '@',
        types: ['NS'],
        source: 'IgnoreRootNsFilter (no-root-ns)',
        location: expect.objectContaining({ file: 'config/production.yaml' }),
      },
    ]);
    expect(com.rrsets.some((r) => r.name === 'example.com.' && r.type === 'NS')).toBe(false);
    expect(com.rrsets.find((r) => r.name === 'api.example.com.')?.options?.dynamic).toContain(
      '"fallback":"eu"',
    );
    expect(set.files).toEqual([
      'config/example.com.yaml',
      'config/example.net.yaml',
      'config/production.yaml',
    ]);
  });

  test('detection sees the octoDNS layout', () => {
    const files = Object.keys(exampleFiles());
    expect(octodnsFormat.detect(files, '')).toBe(true);
    expect(
      octodnsFormat.detect(
        files.map((f) => `dns/${f}`),
        'dns',
      ),
    ).toBe(true);
    expect(octodnsFormat.detect(['db.example.com', 'named.conf'], '')).toBe(false);
    expect(octodnsFormat.detect(['.github/workflows/ci.yml', 'example.com.yaml'], '')).toBe(false);
  });
});

describe('the main config', () => {
  test("'*' zones are every zone file the YamlProvider directory lists; glob entries claim first", async () => {
    const set = await loadOk({
      'config/prod.yaml': `${YAML_PROVIDER}zones:\n  '*internal':\n    glob: '*.internal.'\n    sources: [config]\n    targets: [config]\n    update_pcent_threshold: 0.1\n  '*':\n    sources: [config]\n    targets: [config]\n`,
      'zones/a.example.yaml': `www:\n${A('192.0.2.1')}`,
      'zones/b.example.yaml': `www:\n${A('192.0.2.2')}`,
      'zones/corp.internal.yaml': `www:\n${A('10.0.0.1')}`,
      'zones/notazone.yaml': 'x: 1\n',
    });
    expect(set.zones.map((z) => [z.name, z.thresholds?.updatePercent])).toEqual([
      ['corp.internal.', 0.1],
      ['a.example.', 0.3],
      ['b.example.', 0.3],
    ]);
  });

  test('the directory is relative to the folder octodns-sync runs in, not to the path or the config', async () => {
    const files = {
      'dns/config/prod.yaml': `${YAML_PROVIDER}zones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n`,
      'dns/zones/example.org.yaml': `www:\n${A('192.0.2.1')}`,
      // What octodns-sync run at the repository root would read: it wins over dns/zones.
      'zones/example.org.yaml': `www:\n${A('192.0.2.9')}`,
    };
    const atRoot = await loadOk(files, 'dns');
    expect(atRoot.zones[0]!.rrsets[0]!.location?.file).toBe('zones/example.org.yaml');
    expect(atRoot.zones[0]!.config).toBe('dns/config/prod.yaml');
    const inDns = await loadOk(files, 'dns', { workingDirectory: 'dns' });
    expect(inDns.zones[0]!.rrsets[0]!.location?.file).toBe('dns/zones/example.org.yaml');
  });

  test('a directory that holds nothing where octoDNS runs is an error naming the folder to run in', async () => {
    const files = {
      'octo/prod.yaml':
        'providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./records\nzones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n',
      'octo/records/example.org.yaml': `www:\n${A('192.0.2.1')}`,
    };
    const r = await loadFiles(files);
    if (r.ok) throw new Error('the config folder must not be guessed');
    expect(r.errors.map((e) => e.message)).toEqual([
      'no YAMLs found for example.org. in records (source "config": directory ./records, relative to the folder octodns-sync runs in, here the repository root). octodns-sync run in octo reads octo/records/example.org.yaml: if that is where it runs, say so with --octodns-cwd (the Action\'s working-directory input) octo',
    ]);
    const set = await loadOk(files, '', { workingDirectory: 'octo' });
    expect(set.zones[0]!.rrsets[0]!.location?.file).toBe('octo/records/example.org.yaml');
  });

  test('!include is relative to the including file, wherever octodns-sync runs', async () => {
    const set = await loadOk(
      {
        'dns/prod.yaml': `${YAML_PROVIDER}zones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n`,
        'dns/zones/example.org.yaml': 'www: !include parts/www.yaml\n',
        'dns/zones/parts/www.yaml': A('192.0.2.7'),
        'parts/www.yaml': A('192.0.2.8'),
      },
      '',
      { workingDirectory: 'dns' },
    );
    expect(set.zones[0]!.rrsets[0]!.values).toEqual(['192.0.2.7']);
    expect(set.files).toContain('dns/zones/parts/www.yaml');
  });

  test('regex zones, ignore_missing_zones and a lenient zone', async () => {
    const r = await loadFiles({
      'config/prod.yaml':
        "providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./zones\n    ignore_missing_zones: true\nzones:\n  missing.org.:\n    sources: [config]\n    targets: [config]\n  '*east':\n    lenient: true\n    regex: east\n    sources: [config]\n    targets: [config]\n",
      'zones/us-east.example.yaml':
        'ok:\n  type: A\n  value: 192.0.2.1\nwww:\n  type: A\n  value: 192.0.2.300\n',
      'zones/us-west.example.yaml': `www:\n${A('192.0.2.2')}`,
    });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
    expect(r.value.zones.map((z) => [z.name, z.rrsets.length])).toEqual([
      ['missing.org.', 0],
      ['us-east.example.', 1],
    ]);
    expect(r.warnings).toEqual([
      expect.objectContaining({
        message: 'invalid IPv4 address "192.0.2.300"',
        location: { file: 'zones/us-east.example.yaml', line: 6, column: 10 },
      }),
    ]);
  });

  test('a config named with dots is still found by its content', async () => {
    const set = await loadOk({
      'octodns.prod.yaml': `${YAML_PROVIDER}zones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n`,
      'zones/example.org.yaml': `www:\n${A('192.0.2.1')}`,
    });
    expect(set.zones.map((z) => z.name)).toEqual(['example.org.']);
    expect(set.files).toEqual(['octodns.prod.yaml', 'zones/example.org.yaml']);
  });

  test('default_ttl and enforce_order come from the provider', async () => {
    const set = await loadOk({
      'config/prod.yaml':
        'providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    default_ttl: 300\n    directory: ./zones\n    enforce_order: false\nzones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n',
      'zones/example.org.yaml': 'www:\n  value: 192.0.2.1\n  type: A\n',
    });
    expect(set.zones[0]!.rrsets[0]!.ttl).toBe(300);
  });

  test('split directories, the catch-all file, the zone file and a shared file all load', async () => {
    const set = await loadOk({
      'config/prod.yaml':
        'providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./zones\n    shared_filename: shared.yaml\n    split_extension: .\nzones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n',
      'zones/example.org./$example.org.yaml': `'':\n${A('192.0.2.1')}`,
      'zones/example.org./www.yaml': `www:\n${A('192.0.2.2')}`,
      'zones/example.org.yaml': `mail:\n${A('192.0.2.3')}`,
      'zones/shared.yaml': `shared:\n  type: TXT\n  value: hello\n`,
    });
    expect(set.zones[0]!.rrsets.map((r) => `${r.name} ${r.type} ${r.location?.file}`)).toEqual([
      'example.org. A zones/example.org./$example.org.yaml',
      'www.example.org. A zones/example.org./www.yaml',
      'mail.example.org. A zones/example.org.yaml',
      'shared.example.org. TXT zones/shared.yaml',
    ]);
  });

  test('!include inside the repository, for a name and as a merge', async () => {
    const set = await loadOk({
      'config/prod.yaml': `${YAML_PROVIDER}zones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n`,
      // Merged keys come first, so local keys must sort after them (octoDNS checks the merged dict).
      'zones/example.org.yaml':
        "'': !include common/apex.yaml\nwww:\n  <<: !include common/a.yaml\n  value: 192.0.2.9\n",
      'zones/common/apex.yaml':
        '- type: A\n  value: 192.0.2.1\n- type: TXT\n  value: v=spf1 -all\n',
      'zones/common/a.yaml': 'ttl: 60\ntype: A\nvalue: 192.0.2.1\n',
    });
    expect(
      set.zones[0]!.rrsets.map((r) => `${r.name} ${r.type} ${r.ttl} ${r.values.join(',')}`),
    ).toEqual([
      'example.org. A 3600 192.0.2.1',
      'example.org. TXT 3600 "v=spf1 -all"',
      'www.example.org. A 60 192.0.2.9',
    ]);
    expect(set.files).toContain('zones/common/apex.yaml');
  });

  test('alias zones copy their source zone', async () => {
    const set = await loadOk({
      'config/prod.yaml': `${YAML_PROVIDER}zones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n  example.net.:\n    alias: example.org.\n`,
      'zones/example.org.yaml': `www:\n${A('192.0.2.1')}`,
    });
    expect(zone(set, 'example.net.').rrsets.map((r) => r.name)).toEqual(['www.example.net.']);
    expect(zone(set, 'example.net.').providers).toEqual([
      { name: 'config', type: 'octodns.provider.yaml.YamlProvider' },
    ]);
  });

  test('a literal secret is recorded as literal, and its value appears nowhere', async () => {
    const secret = 'sk_live_0123456789abcdef';
    const r = await loadFiles({
      'config/prod.yaml': `${YAML_PROVIDER}  cf:\n    class: octodns_cloudflare.CloudflareProvider\n    token: ${secret}\n    account_id: env/CF_ACCOUNT\nzones:\n  example.org.:\n    sources: [config]\n    targets: [cf]\n`,
      'zones/example.org.yaml': `www:\n${A('192.0.2.1')}`,
    });
    if (!r.ok) throw new Error('load failed');
    expect(r.value.credentials).toEqual([
      expect.objectContaining({
        provider: 'cf',
        fields: [
          {
            key: 'token',
            literal: true,
            literalGroup: 1,
            location: { file: 'config/prod.yaml', line: 7, column: 5 },
          },
          {
            key: 'account_id',
            literal: false,
            env: 'CF_ACCOUNT',
            location: { file: 'config/prod.yaml', line: 8, column: 5 },
          },
        ],
      }),
    ]);
    expect(JSON.stringify(r)).not.toContain(secret);
  });

  test('references to configured secret handlers are not literals', async () => {
    const r = await loadFiles({
      'config/prod.yaml': `${YAML_PROVIDER}  ns1:\n    api_key: vault/dns/ns1\n    class: octodns_ns1.Ns1Provider\n    password: other/thing\nsecret_handlers:\n  vault:\n    class: octodns_vault.VaultSecrets\nzones:\n  example.org.:\n    sources: [config]\n    targets: [ns1]\n`,
      'zones/example.org.yaml': `www:\n${A('192.0.2.1')}`,
    });
    if (!r.ok) throw new Error('load failed');
    expect(r.value.credentials[0]!.fields.map((f) => [f.key, f.literal])).toEqual([
      ['api_key', false],
      ['password', true],
    ]);
  });

  test('a source that is not a YamlProvider is a warning, not an error', async () => {
    const r = await loadFiles({
      'config/prod.yaml': `${YAML_PROVIDER}  r53:\n    class: octodns_route53.Route53Provider\nzones:\n  example.org.:\n    sources: [config, r53]\n    targets: [r53]\n`,
      'zones/example.org.yaml': `www:\n${A('192.0.2.1')}`,
    });
    expect(r.ok && r.warnings?.map((w) => w.code)).toEqual(['octodns/source-not-read']);
  });
});

describe('refusals octoDNS would make, with their location', () => {
  test('a zone without its YAML file', async () => {
    expect(
      await loadErrors({
        'config/prod.yaml': `${YAML_PROVIDER}zones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n`,
        'zones/other.org.yaml': `www:\n${A('192.0.2.1')}`,
      }),
    ).toEqual([
      {
        message:
          'no YAMLs found for example.org. in zones (source "config": directory ./zones, relative to the folder octodns-sync runs in, here the repository root). If octodns-sync runs in another folder, name it with --octodns-cwd (the Action\'s working-directory input)',
        file: 'config/prod.yaml',
        line: 6,
        column: 3,
      },
    ]);
  });

  test('an unknown target, a zone name without its dot, a provider without class', async () => {
    expect(
      await loadErrors({
        'config/prod.yaml': `${YAML_PROVIDER}  broken:\n    token: env/X\nzones:\n  example.org.:\n    sources: [config]\n    targets: [nope]\n  example.net:\n    sources: [config]\n    targets: [config]\n`,
        'zones/example.org.yaml': `www:\n${A('192.0.2.1')}`,
      }),
    ).toEqual([
      {
        message: 'provider "broken" is missing class',
        file: 'config/prod.yaml',
        line: 5,
        column: 3,
      },
      {
        message: 'Zone example.org., unknown target: nope',
        file: 'config/prod.yaml',
        line: 10,
        column: 14,
      },
      {
        message: 'Invalid zone name example.net, missing ending dot',
        file: 'config/prod.yaml',
        line: 11,
        column: 3,
      },
    ]);
  });

  test('the same record in two files', async () => {
    expect(
      await loadErrors({
        'config/prod.yaml': `${YAML_PROVIDER.replace('./zones', './zones\n    split_extension: .')}zones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n`,
        'zones/example.org./a.yaml': `www:\n${A('192.0.2.1')}`,
        'zones/example.org./b.yaml': `\nwww:\n${A('192.0.2.2')}`,
      }),
    ).toEqual([
      {
        message: 'duplicate record www A, first defined at zones/example.org./a.yaml:1',
        file: 'zones/example.org./b.yaml',
        line: 2,
        column: 1,
      },
    ]);
  });

  test('populate_should_replace: the later file replaces the record, where it was', async () => {
    const set = await loadOk({
      'config/prod.yaml': `${YAML_PROVIDER.replace('./zones', './zones\n    split_extension: .\n    populate_should_replace: true')}zones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n`,
      'zones/example.org./a.yaml': `api:\n${A('192.0.2.9')}www:\n${A('192.0.2.1')}`,
      'zones/example.org./b.yaml': `aaa:\n${A('192.0.2.3')}www:\n${A('192.0.2.2')}`,
    });
    const rrsets = zone(set, 'example.org.').rrsets.filter((r) => r.type === 'A');
    expect(rrsets.map((r) => [r.name, r.values, r.location?.file])).toEqual([
      ['api.example.org.', ['192.0.2.9'], 'zones/example.org./a.yaml'],
      ['www.example.org.', ['192.0.2.2'], 'zones/example.org./b.yaml'],
      ['aaa.example.org.', ['192.0.2.3'], 'zones/example.org./b.yaml'],
    ]);
  });

  test('the same type twice in one name list', async () => {
    const errors = await loadErrors({
      'config/prod.yaml': `${YAML_PROVIDER}zones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n`,
      'zones/example.org.yaml':
        "'':\n- type: A\n  value: 192.0.2.1\n- type: A\n  value: 192.0.2.2\n",
    });
    expect(errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^duplicate record @ A/),
        line: 4,
        column: 3,
      }),
    ]);
  });

  test('keys out of order and an include outside the repository, each in its file', async () => {
    const errors = await loadErrors({
      'config/prod.yaml': `${YAML_PROVIDER}zones:\n  a.org.:\n    sources: [config]\n    targets: [config]\n  b.org.:\n    sources: [config]\n    targets: [config]\n`,
      'zones/a.org.yaml': 'www:\n  value: 192.0.2.1\n  type: A\n',
      'zones/b.org.yaml': "'': !include ../../secret.yaml\n",
    });
    expect(errors).toEqual([
      {
        message: 'keys out of order: expected type got value (octoDNS enforce_order)',
        file: 'zones/a.org.yaml',
        line: 2,
        column: 3,
      },
      {
        message: '!include ../../secret.yaml leaves the repository',
        file: 'zones/b.org.yaml',
        line: 1,
        column: 5,
      },
    ]);
  });
});

describe("the review's input budget", () => {
  const config = `${YAML_PROVIDER}zones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n  example.net.:\n    alias: example.org.\n`;
  const hosts = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `h${i}:\n  type: A\n  value: [192.0.2.1, 192.0.2.2]\n`,
    ).join('');

  test('records made are charged, each value one, and the one that crosses is the place', async () => {
    const r = await loadFiles(
      { 'config/prod.yaml': config, 'zones/example.org.yaml': hosts(10) },
      '',
      { budget: new InputBudget({ bytes: 1_000_000, records: 7 }) },
    );
    if (r.ok) throw new Error('expected the budget to stop the load');
    expect(r.errors).toEqual([
      {
        level: 'error',
        code: 'octodns/budget',
        message:
          "records made by zones/example.org.yaml exceeds the review's budget of 7 records (for all zones, includes and both sides together; see docs/security.md, Input budgets)",
        location: { file: 'zones/example.org.yaml', line: 10, column: 1 },
      },
    ]);
  });

  test("an alias zone's records count again", async () => {
    const files = { 'config/prod.yaml': config, 'zones/example.org.yaml': hosts(3) };
    const enough = new InputBudget({ bytes: 1_000_000, records: 12 });
    expect((await loadFiles(files, '', { budget: enough })).ok).toBe(true);
    expect(enough.used.records).toBe(12);
    const r = await loadFiles(files, '', {
      budget: new InputBudget({ bytes: 1_000_000, records: 11 }),
    });
    if (r.ok) throw new Error('expected the budget to stop the load');
    expect(r.errors.map((e) => `${e.location.file}:${e.location.line}: ${e.code}`)).toEqual([
      'config/prod.yaml:9: octodns/budget',
    ]);
  });

  test('a zone file over 8 MiB is refused, naming it and the limit, unless the budget is raised', async () => {
    // 9 MiB of YAML: 9 * 1024 * 1024 / 64 lines of 64 characters each.
    const line = (i: number) => `h${String(i).padStart(8, '0')}: {type: A, value: 192.0.2.1}`;
    const width = line(0).length + 1;
    const big = Array.from({ length: Math.ceil((9 * 1024 * 1024) / width) }, (_, i) =>
      line(i),
    ).join('\n');
    const files = { 'config/prod.yaml': config, 'zones/example.org.yaml': `${big}\n` };
    const r = await loadFiles(files);
    if (r.ok) throw new Error('expected the file limit to stop the load');
    expect(r.errors).toEqual([
      {
        level: 'error',
        code: 'octodns/yaml',
        message: `file is ${(big.length + 1).toLocaleString('en-US')} bytes, over the limit of 8 MiB for one YAML file (it grows with the review's budget: --max-records ${Math.ceil((big.length + 1) / 8)} reads it; see docs/security.md, Input budgets)`,
        location: { file: 'zones/example.org.yaml' },
      },
    ]);
    // --max-records 2,000,000: 256 MiB of input, twice the default, and 16 MiB a file.
    const raised = await loadOk(files, '', {
      budget: new InputBudget(limitsForRecords(2_000_000)),
    });
    expect(zone(raised, 'example.org.').rrsets).toHaveLength(Math.ceil((9 * 1024 * 1024) / width));
  });

  test('bytes are charged for the config and every zone file, and one budget spans loads', async () => {
    const files = { 'config/prod.yaml': config, 'zones/example.org.yaml': hosts(3) };
    const budget = new InputBudget();
    await loadOk(files, '', { budget });
    const once = budget.used.bytes;
    expect(once).toBe(config.length + hosts(3).length);
    await loadOk(files, '', { budget });
    expect(budget.used.bytes).toBe(2 * once);
  });
});

describe('what octodns-sync leaves alone (docs/push-scope.md)', () => {
  const CONFIG = `${YAML_PROVIDER}  route53:
    class: octodns_route53.Route53Provider
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
manager:
  processors: [no-acme]
processors:
  no-acme:
    class: octodns.processor.filter.NameRejectlistFilter
    rejectlist: [/^_acme-challenge/]
  only-web:
    class: octodns.processor.filter.TypeAllowlistFilter
    allowlist: [A, AAAA, CNAME, NS, TXT]
  drop-txt-here:
    class: octodns.processor.filter.TypeRejectlistFilter
    rejectlist: [TXT]
    include_target: false
zones:
  example.org.:
    sources: [config]
    processors: [only-web, drop-txt-here]
    targets: [route53, cloudflare]
`;
  const ZONE = `'':
  type: A
  value: 192.0.2.1
_acme-challenge:
  type: A
  value: 192.0.2.9
mail:
  type: MX
  value:
    exchange: mx.example.org.
    preference: 10
note:
  type: TXT
  value: not pushed
nowhere:
  octodns:
    excluded: [route53]
    included: [route53]
  type: A
  value: 192.0.2.4
only-r53:
  octodns:
    excluded: [cloudflare]
  type: A
  value: 192.0.2.3
`;

  test('filters, included/excluded and a zone file without root NS become the zone’s scope', async () => {
    const set = await loadOk({ 'config/prod.yaml': CONFIG, 'zones/example.org.yaml': ZONE });
    const z = zone(set, 'example.org.');
    // Pushed: what every filter lets through and some target takes.
    expect(z.rrsets.map((r) => `${r.name} ${r.type}`)).toEqual([
      'example.org. A',
      'only-r53.example.org. A',
    ]);
    expect(z.unmanaged.map((u) => u.source)).toEqual([
      'octodns.included/excluded',
      'NameRejectlistFilter (no-acme)', // manager processors run first
      'TypeAllowlistFilter (only-web)',
      'no root NS in the zone file',
    ]);
    // include_target: false takes TXT from the source only: the target's TXT is deleted, so
    // it is not left alone (no pattern), and the zone file's TXT is not desired.
    expect(z.unmanaged.some((u) => u.source.startsWith('TypeRejectlistFilter'))).toBe(false);
  });

  test('live records the filters hide are neither deleted nor overwritten; the rest are', async () => {
    const set = await loadOk({ 'config/prod.yaml': CONFIG, 'zones/example.org.yaml': ZONE });
    const z = zone(set, 'example.org.');
    const { rrsets } = await import('../../helpers/zones.js');
    const { diffApply } = await import('../../../src/diff/diff.js');
    const live = rrsets('example.org.', [
      '@ 3600 A 192.0.2.1',
      '@ 172800 NS ns-1.awsdns-01.org.',
      '@ 3600 MX 10 mx.example.org.',
      '_acme-challenge 60 TXT "token"',
      'nowhere 3600 A 192.0.2.99',
      'only-r53 3600 A 192.0.2.3',
      'note 3600 TXT "live"',
      'stale 3600 A 192.0.2.8',
    ]);
    expect(diffApply(live, z).map((c) => `${c.kind} ${c.name} ${c.type}`)).toEqual([
      'remove note.example.org. TXT',
      'remove stale.example.org. A',
    ]);
  });
});
