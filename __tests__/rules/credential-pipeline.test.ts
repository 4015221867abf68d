/**
 * registrar-dns-same-account, single-credential-pipeline and push-credentials-in-review through
 * the real review over real git repositories: base is `main`, head the branch `pr`. Each case
 * is a small DNSControl or octoDNS repository with its workflows; the bad ones fire, the
 * well-separated ones stay quiet.
 */

import { runReview } from '../../src/review/review.js';
import type { Finding } from '../../src/rules/types.js';
import { makeRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';

const RULES = [
  'registrar-dns-same-account',
  'single-credential-pipeline',
  'push-credentials-in-review',
];

type Files = Record<string, string | null>;

/** Commits `base` on main and `head` on top of it on `pr`; returns our rules' findings. */
async function review(base: Files, head: Files = {}): Promise<Finding[]> {
  const repo = makeRepo();
  try {
    repo.commit(base);
    repo.git('checkout', '-q', '-b', 'pr');
    repo.commit(head);
    const result = await runReview(
      reviewSettings(repo.dir, 'main', 'pr', { now: new Date('2026-12-01T09:00:00Z') }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.report.findings.filter((f) => RULES.includes(f.rule));
  } finally {
    repo.remove();
  }
}

const summary = (fs: readonly Finding[]) => fs.map((f) => [f.rule, f.severity, f.introduced]);

/** A dnsconfig.js: one registrar, the DNS providers in order, zone example.com. */
function dnsconfig(registrar: string, providers: readonly string[], zone = 'example.com'): string {
  return [
    `var REG = NewRegistrar("${registrar}");`,
    ...providers.map((p, i) => `var DNS${i} = NewDnsProvider("${p}");`),
    `D("${zone}", REG, ${providers.map((_, i) => `DnsProvider(DNS${i})`).join(', ')},`,
    '  A("www", "192.0.2.1"),',
    ');',
    '',
  ].join('\n');
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

const CF = {
  TYPE: 'CLOUDFLAREAPI',
  accountid: '$CLOUDFLARE_ACCOUNT_ID',
  apitoken: '$CLOUDFLARE_API_TOKEN',
};
const R53 = { TYPE: 'ROUTE53', KeyId: '$AWS_ACCESS_KEY_ID', SecretKey: '$AWS_SECRET_ACCESS_KEY' };
const NAMECOM = { TYPE: 'NAMEDOTCOM', apiuser: 'dns-admin', apikey: '$NAMECOM_API_KEY' };
const NONE = { TYPE: 'NONE' };

/** A workflow from its `on:` block and its jobs, each job given as YAML lines under `jobs:`. */
function workflow(on: readonly string[], jobs: readonly string[]): string {
  return ['on:', ...on.map((l) => `  ${l}`), 'jobs:', ...jobs.map((l) => `  ${l}`), ''].join('\n');
}

/** A job running `command` with `env` (name → secret), optionally in an environment. */
function job(
  id: string,
  command: string,
  env: Record<string, string>,
  extra: { environment?: string; if?: string } = {},
): string[] {
  return [
    `${id}:`,
    '  runs-on: ubuntu-latest',
    ...(extra.environment ? [`  environment: ${extra.environment}`] : []),
    ...(extra.if ? [`  if: ${extra.if}`] : []),
    '  steps:',
    '    - uses: actions/checkout@v4',
    `    - run: ${command}`,
    ...(Object.keys(env).length ? ['      env:'] : []),
    ...Object.entries(env).map(([k, s]) => `        ${k}: \${{ secrets.${s} }}`),
  ];
}

const ON_PUSH = ['push:', '  branches: [main]'];
const ON_PR = ['pull_request:'];
const CF_ENV = {
  CLOUDFLARE_API_TOKEN: 'CLOUDFLARE_API_TOKEN',
  CLOUDFLARE_ACCOUNT_ID: 'CLOUDFLARE_ACCOUNT_ID',
};
const R53_ENV = {
  AWS_ACCESS_KEY_ID: 'AWS_ACCESS_KEY_ID',
  AWS_SECRET_ACCESS_KEY: 'AWS_SECRET_ACCESS_KEY',
};

describe('registrar-dns-same-account (DNSControl)', () => {
  it('fires when the registrar and the DNS provider read one creds.json entry', async () => {
    const found = await review(
      { 'dnsconfig.js': dnsconfig('none', ['r53']), 'creds.json': json({ none: NONE, r53: R53 }) },
      { 'dnsconfig.js': dnsconfig('r53', ['r53']) },
    );
    expect(summary(found)).toEqual([['registrar-dns-same-account', 'medium', true]]);
    expect(found[0]!.zone).toBe('example.com.');
    expect(found[0]!.message).toContain('the same credentials entry "r53" (creds.json:');
    expect(found[0]!.fix).toMatch(/separate|own account/);
    expect(found[0]!.fix).toContain('MFA');
    expect(found[0]!.fix).toContain('registry lock');
  });

  it('fires when two entries read the same $ENV secret, and names it', async () => {
    const shared = { ...NAMECOM, apikey: '$DNS_TOKEN' };
    const found = await review({
      'dnsconfig.js': dnsconfig('namecom', ['cloudflare']),
      'creds.json': json({ namecom: shared, cloudflare: { ...CF, apitoken: '$DNS_TOKEN' } }),
    });
    expect(summary(found)).toEqual([['registrar-dns-same-account', 'medium', false]]);
    expect(found[0]!.message).toContain(
      '"apikey" of "namecom" and "apitoken" of "cloudflare" both take $DNS_TOKEN',
    );
  });

  it('fires on one literal value in both entries without ever showing it', async () => {
    const value = ['lit', 'eral', 'Secret', 'Value', '0123456789'].join('');
    const found = await review(
      {
        'dnsconfig.js': dnsconfig('namecom', ['cloudflare']),
        'creds.json': json({ namecom: NAMECOM, cloudflare: CF }),
      },
      {
        'creds.json': json({
          namecom: { ...NAMECOM, apikey: value },
          cloudflare: { ...CF, apitoken: value },
        }),
      },
    );
    const ours = found.filter((f) => f.rule === 'registrar-dns-same-account');
    expect(summary(ours)).toEqual([['registrar-dns-same-account', 'medium', true]]);
    expect(ours[0]!.message).toContain('same literal secret');
    expect(JSON.stringify(found)).not.toContain(value);
  });

  it('is quiet with separate credentials, an identifier in common, or the NONE registrar', async () => {
    // accountid identifies, it does not authenticate: sharing it is not sharing a secret
    const withAccount = { ...NAMECOM, apiuser: '$CLOUDFLARE_ACCOUNT_ID' };
    expect(
      await review({
        'dnsconfig.js': dnsconfig('namecom', ['cloudflare']),
        'creds.json': json({ namecom: withAccount, cloudflare: CF }),
      }),
    ).toEqual([]);
    expect(
      await review({
        'dnsconfig.js': dnsconfig('none', ['cloudflare']),
        'creds.json': json({ none: NONE, cloudflare: CF }),
      }),
    ).toEqual([]);
  });

  it('ROUTE53: two entries with no keys share the runner’s AWS credentials; one role is one identity', async () => {
    const config = dnsconfig('r53_registrar', ['r53_dns']);
    const minimal = await review({
      'dnsconfig.js': config,
      'creds.json': json({ r53_registrar: { TYPE: 'ROUTE53' }, r53_dns: { TYPE: 'ROUTE53' } }),
    });
    expect(summary(minimal)).toEqual([['registrar-dns-same-account', 'medium', false]]);
    expect(minimal[0]!.message).toContain(
      'name no credential of their own, so both use the AWS credentials of the environment the push runs in',
    );
    const role = (arn: string) => ({ TYPE: 'ROUTE53', RoleArn: arn });
    const oneRole = await review({
      'dnsconfig.js': config,
      'creds.json': json({ r53_registrar: role('$DNS_ROLE'), r53_dns: role('$DNS_ROLE') }),
    });
    expect(oneRole[0]!.message).toContain(
      'use the same identity: both entries give the same RoleArn',
    );
    expect(
      await review({
        'dnsconfig.js': config,
        'creds.json': json({
          r53_registrar: role('arn:aws:iam::111111111111:role/registrar'),
          r53_dns: role('arn:aws:iam::111111111111:role/dns'),
        }),
      }),
    ).toEqual([]);
  });

  it('is raised one level in a protected zone', async () => {
    const found = await review(
      {
        '.zoneguard.yml': 'protected-zones: [example.com]\n',
        'dnsconfig.js': dnsconfig('r53', ['r53']),
        'creds.json': json({ r53: R53 }),
      },
      {},
    );
    expect(summary(found)).toEqual([['registrar-dns-same-account', 'high', false]]);
  });
});

describe('single-credential-pipeline', () => {
  const config = dnsconfig('none', ['cloudflare', 'r53']);
  const credsFile = json({ none: NONE, cloudflare: CF, r53: R53 });

  it('fires medium when one job pushes both DNS providers with both secrets', async () => {
    const found = await review(
      { 'dnsconfig.js': config, 'creds.json': credsFile },
      {
        '.github/workflows/push.yml': workflow(ON_PUSH, [
          ...job('push', 'dnscontrol push', { ...CF_ENV, ...R53_ENV }, { environment: 'dns' }),
        ]),
      },
    );
    expect(summary(found)).toEqual([['single-credential-pipeline', 'medium', true]]);
    expect(found[0]!.message).toContain('every DNS provider ("cloudflare", "r53") of example.com.');
    expect(found[0]!.message).toContain('secrets.AWS_SECRET_ACCESS_KEY');
    expect(found[0]!.message).not.toContain('CLOUDFLARE_ACCOUNT_ID'); // identifies, does not authenticate
    expect(found[0]!.location).toEqual({ file: '.github/workflows/push.yml', line: 10 });
  });

  it('is quiet when two jobs push one provider each, in separate environments', async () => {
    expect(
      await review({
        'dnsconfig.js': config,
        'creds.json': credsFile,
        '.github/workflows/push.yml': workflow(ON_PUSH, [
          ...job('cloudflare', 'dnscontrol push --providers cloudflare', CF_ENV, {
            environment: 'dns-cloudflare',
          }),
          ...job('route53', 'dnscontrol push --providers=r53', R53_ENV, {
            environment: 'dns-route53',
          }),
        ]),
      }),
    ).toEqual([]);
  });

  it('is quiet when each job holds only its own provider’s secrets', async () => {
    expect(
      await review({
        'dnsconfig.js': config,
        'creds.json': credsFile,
        '.github/workflows/push.yml': workflow(ON_PUSH, [
          ...job('cloudflare', 'dnscontrol push', CF_ENV, { environment: 'a' }),
          ...job('route53', 'dnscontrol push', R53_ENV, { environment: 'b' }),
        ]),
      }),
    ).toEqual([]);
  });

  it('fires low when the only DNS provider and the registrar are pushed by one job', async () => {
    const found = await review({
      '.zoneguard.yml': 'protected-zones: [other.example]\n',
      'dnsconfig.js': dnsconfig('namecom', ['cloudflare']),
      'creds.json': json({ namecom: NAMECOM, cloudflare: CF }),
      '.github/workflows/push.yml': workflow(ON_PUSH, [
        ...job(
          'push',
          'dnscontrol push',
          { ...CF_ENV, NAMECOM_API_KEY: 'NAMECOM_API_KEY' },
          { environment: 'dns' },
        ),
      ]),
    });
    expect(summary(found)).toEqual([['single-credential-pipeline', 'low', false]]);
    expect(found[0]!.message).toContain(
      'the DNS provider "cloudflare" and the registrar "namecom"',
    );
  });

  it('leaves out a provider creds.json excludes from the default, unless --providers all', async () => {
    const excluded = json({
      none: NONE,
      cloudflare: CF,
      r53: { ...R53, _exclude_from_defaults: 'true' },
    });
    const push = (command: string) => ({
      'dnsconfig.js': config,
      'creds.json': excluded,
      '.github/workflows/push.yml': workflow(ON_PUSH, [
        ...job('push', command, { ...CF_ENV, ...R53_ENV }, { environment: 'dns' }),
      ]),
    });
    expect(await review(push('dnscontrol push'))).toEqual([]);
    expect(summary(await review(push('dnscontrol push --providers all')))).toEqual([
      ['single-credential-pipeline', 'medium', false],
    ]);
  });

  it('is raised one level when a zone it reaches is protected', async () => {
    const found = await review({
      '.zoneguard.yml': 'protected-zones: [example.com]\n',
      'dnsconfig.js': config,
      'creds.json': credsFile,
      '.github/workflows/push.yml': workflow(ON_PUSH, [
        ...job('push', 'dnscontrol push', { ...CF_ENV, ...R53_ENV }, { environment: 'dns' }),
      ]),
    });
    expect(summary(found)).toEqual([['single-credential-pipeline', 'high', false]]);
  });

  it('fires when creds.json is written from one secret (every provider)', async () => {
    const found = await review({
      'dnsconfig.js': config,
      'creds.json': credsFile,
      '.github/workflows/push.yml': [
        'on: push',
        'jobs:',
        '  push:',
        '    runs-on: ubuntu-latest',
        '    environment: dns',
        '    steps:',
        '      - run: echo "$CREDS" > creds.json',
        '        env:',
        `          CREDS: \${{ secrets.DNSCONTROL_CREDS }}`,
        '      - run: |',
        '          dnscontrol preview',
        '          dnscontrol push --domains example.com',
        '',
      ].join('\n'),
    });
    expect(summary(found)).toEqual([['single-credential-pipeline', 'medium', false]]);
    expect(found[0]!.message).toContain('secrets.DNSCONTROL_CREDS');
    expect(found[0]!.location).toEqual({ file: '.github/workflows/push.yml', line: 12 });
  });
});

describe('single-credential-pipeline (octoDNS)', () => {
  const config = [
    'providers:',
    '  config:',
    '    class: octodns.provider.yaml.YamlProvider',
    '    directory: ./zones',
    '  route53:',
    '    class: octodns_route53.Route53Provider',
    '    access_key_id: env/AWS_ACCESS_KEY_ID',
    '    secret_access_key: env/AWS_SECRET_ACCESS_KEY',
    '  cloudflare:',
    '    class: octodns_cloudflare.CloudflareProvider',
    '    token: env/CLOUDFLARE_TOKEN',
    'zones:',
    '  example.com.:',
    '    sources: [config]',
    '    targets: [route53, cloudflare]',
    '',
  ].join('\n');
  const zone = "'':\n  type: A\n  value: 192.0.2.1\n";
  const base = { 'config/production.yaml': config, 'zones/example.com.yaml': zone };
  const CFT = { CLOUDFLARE_TOKEN: 'CLOUDFLARE_TOKEN' };

  it('fires when one octodns-sync --doit pushes both targets', async () => {
    const found = await review(base, {
      '.github/workflows/sync.yml': workflow(ON_PUSH, [
        ...job(
          'sync',
          'octodns-sync --config-file=config/production.yaml --doit',
          { ...R53_ENV, ...CFT },
          { environment: 'dns' },
        ),
      ]),
    });
    expect(summary(found)).toEqual([['single-credential-pipeline', 'medium', true]]);
  });

  it('is quiet with one job per --target', async () => {
    expect(
      await review({
        ...base,
        '.github/workflows/sync.yml': workflow(ON_PUSH, [
          ...job(
            'r53',
            'octodns-sync --config-file config/production.yaml --doit --target route53',
            R53_ENV,
            { environment: 'r53' },
          ),
          ...job(
            'cf',
            'octodns-sync --config-file config/production.yaml --doit --target cloudflare',
            CFT,
            { environment: 'cf' },
          ),
        ]),
      }),
    ).toEqual([]);
  });

  it('reads AWS keys handed to configure-aws-credentials; an OIDC role holds no secret', async () => {
    const awsJob = (id: string, command: string, login: string[]) => [
      `${id}:`,
      '  runs-on: ubuntu-latest',
      '  steps:',
      '    - uses: aws-actions/configure-aws-credentials@v4',
      '      with:',
      ...login.map((l) => `        ${l}`),
      `    - run: ${command}`,
      '      env:',
      `        CLOUDFLARE_TOKEN: \${{ secrets.CLOUDFLARE_TOKEN }}`,
    ];
    const keys = [
      `aws-access-key-id: \${{ secrets.AWS_KEY_ID }}`,
      `aws-secret-access-key: \${{ secrets.AWS_SECRET }}`,
    ];
    const sync = 'octodns-sync --config-file config/production.yaml --doit';
    const plan = 'octodns-sync --config-file config/production.yaml';
    const found = await review({
      ...base,
      '.github/workflows/sync.yml': workflow(ON_PUSH, awsJob('sync', sync, keys)),
      '.github/workflows/plan.yml': workflow(ON_PR, awsJob('plan', plan, keys)),
    });
    expect(summary(found).sort()).toEqual([
      ['push-credentials-in-review', 'high', false],
      ['single-credential-pipeline', 'medium', false],
    ]);
    expect(found.find((f) => f.rule === 'push-credentials-in-review')!.message).toContain(
      'secrets.AWS_KEY_ID, secrets.AWS_SECRET, secrets.CLOUDFLARE_TOKEN',
    );
    const oidc = ['role-to-assume: arn:aws:iam::111111111111:role/dns-read'];
    const readOnly = await review({
      ...base,
      '.github/workflows/sync.yml': workflow(ON_PUSH, awsJob('sync', sync, keys)),
      '.github/workflows/plan.yml': workflow(ON_PR, [
        ...awsJob('plan', plan, oidc).slice(0, -1),
        `        CLOUDFLARE_TOKEN: \${{ secrets.CLOUDFLARE_READ_TOKEN }}`,
      ]),
    });
    expect(summary(readOnly)).toEqual([['single-credential-pipeline', 'medium', false]]);
  });

  it('push-credentials-in-review: a plan on pull_request with the sync token fires', async () => {
    const found = await review(
      {
        ...base,
        '.github/workflows/sync.yml': workflow(ON_PUSH, [
          ...job(
            'cf',
            'octodns-sync --config-file config/production.yaml --doit --target cloudflare',
            CFT,
          ),
        ]),
        '.github/workflows/plan.yml': workflow(ON_PR, [
          ...job('plan', 'octodns-sync --config-file config/production.yaml', {
            CLOUDFLARE_TOKEN: 'CLOUDFLARE_TOKEN_READ',
          }),
        ]),
      },
      {
        '.github/workflows/plan.yml': workflow(ON_PR, [
          ...job('plan', 'octodns-sync --config-file config/production.yaml', CFT),
        ]),
      },
    );
    expect(summary(found)).toEqual([['push-credentials-in-review', 'high', true]]);
  });
});

describe('push-credentials-in-review (DNSControl)', () => {
  const base = {
    'dnsconfig.js': dnsconfig('none', ['cloudflare']),
    'creds.json': json({ none: NONE, cloudflare: CF }),
    '.github/workflows/push.yml': workflow(ON_PUSH, [...job('push', 'dnscontrol push', CF_ENV)]),
  };

  it('fires when the preview on pull_request holds the push token', async () => {
    const found = await review(base, {
      '.github/workflows/preview.yml': workflow(ON_PR, [
        ...job('preview', 'dnscontrol preview', CF_ENV),
      ]),
    });
    expect(summary(found)).toEqual([['push-credentials-in-review', 'high', true]]);
    expect(found[0]!.message).toBe(
      '.github/workflows/preview.yml:10 job "preview" runs on pull_request with secrets.CLOUDFLARE_API_TOKEN, the push credential of DNS (used by job "push" of .github/workflows/push.yml): code from the pull request runs next to a write token.',
    );
  });

  it('is quiet for a read-only token under another name (an account id in common)', async () => {
    expect(
      await review(base, {
        '.github/workflows/preview.yml': workflow(
          ['pull_request_target:', '  types: [opened, synchronize]'],
          [
            ...job('preview', 'dnscontrol preview', {
              CLOUDFLARE_API_TOKEN: 'CLOUDFLARE_API_TOKEN_READ_ONLY',
              CLOUDFLARE_ACCOUNT_ID: 'CLOUDFLARE_ACCOUNT_ID',
            }),
          ],
        ),
      }),
    ).toEqual([]);
  });

  it('one workflow for push and pull_request: job env is exposed, a push-only job is not', async () => {
    const exposed = [
      'on: [push, pull_request]',
      'jobs:',
      '  dns:',
      '    runs-on: ubuntu-latest',
      '    env:',
      `      CLOUDFLARE_API_TOKEN: \${{ secrets.CLOUDFLARE_API_TOKEN }}`,
      '    steps:',
      '      - run: dnscontrol preview',
      "      - if: github.event_name == 'push'",
      '        run: dnscontrol push',
      '',
    ].join('\n');
    const found = await review({ ...base, '.github/workflows/push.yml': exposed });
    expect(summary(found)).toEqual([['push-credentials-in-review', 'high', false]]);
    expect(found[0]!.message).toContain('(used by this job)');

    const separated = [
      'on: [push, pull_request]',
      'jobs:',
      '  preview:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: dnscontrol preview',
      '        env:',
      `          CLOUDFLARE_API_TOKEN: \${{ secrets.CLOUDFLARE_READ_TOKEN }}`,
      "      - if: github.event_name == 'push'",
      '        run: dnscontrol push',
      '        env:',
      `          CLOUDFLARE_API_TOKEN: \${{ secrets.CLOUDFLARE_API_TOKEN }}`,
      '  deploy:',
      "    if: github.ref == 'refs/heads/main'",
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: dnscontrol push',
      '        env:',
      `          CLOUDFLARE_API_TOKEN: \${{ secrets.CLOUDFLARE_API_TOKEN }}`,
      '',
    ].join('\n');
    expect(await review({ ...base, '.github/workflows/push.yml': separated })).toEqual([]);
  });

  it('leaves a push on pull_request_target to pipeline-change (one finding per risk)', async () => {
    const repo = makeRepo();
    try {
      repo.commit({
        ...base,
        '.github/workflows/push.yml': workflow(
          ['pull_request_target:'],
          [...job('push', 'dnscontrol push', CF_ENV)],
        ),
      });
      const result = await runReview(reviewSettings(repo.dir, 'main', 'main'));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const rules = result.report.findings.map((f) => [f.rule, f.severity]);
      expect(rules).toContainEqual(['pipeline-change', 'high']);
      expect(rules.filter(([r]) => r === 'push-credentials-in-review')).toEqual([]);
    } finally {
      repo.remove();
    }
  });

  it('an environment secret reaches only jobs of that environment', async () => {
    const push = workflow(ON_PUSH, [
      ...job('push', 'dnscontrol push', CF_ENV, { environment: 'production' }),
    ]);
    const preview = (environment?: string) =>
      workflow(ON_PR, [
        ...job('preview', 'dnscontrol preview', CF_ENV, environment ? { environment } : {}),
      ]);
    const common = { ...base, '.github/workflows/push.yml': push };
    expect(await review({ ...common, '.github/workflows/preview.yml': preview() })).toEqual([]);
    const found = await review({
      ...common,
      '.github/workflows/preview.yml': preview('production'),
    });
    expect(summary(found)).toEqual([['push-credentials-in-review', 'high', false]]);
  });

  it('follows secrets: inherit into a local reusable workflow', async () => {
    const found = await review(base, {
      '.github/workflows/preview.yml': workflow(ON_PR, [
        'preview:',
        '  uses: ./.github/workflows/run-preview.yml',
        '  secrets: inherit',
      ]),
      '.github/workflows/run-preview.yml': workflow(
        ['workflow_call:'],
        [...job('run', 'dnscontrol preview', { CLOUDFLARE_API_TOKEN: 'CLOUDFLARE_API_TOKEN' })],
      ),
    });
    expect(summary(found)).toEqual([['push-credentials-in-review', 'high', true]]);
    expect(found[0]!.location?.file).toBe('.github/workflows/preview.yml');
  });

  it('follows a reusable push workflow to the secret its caller maps', async () => {
    const callee = workflow(
      ['workflow_call:', '  secrets:', '    token:', '      required: true'],
      [...job('push', 'dnscontrol push', { CLOUDFLARE_API_TOKEN: 'token' })],
    );
    const caller = workflow(ON_PUSH, [
      'deploy:',
      '  uses: ./.github/workflows/push-dns.yml',
      '  secrets:',
      `    token: \${{ secrets.CF_WRITE }}`,
    ]);
    const preview = (secret: string) =>
      workflow(ON_PR, [...job('preview', 'dnscontrol preview', { CLOUDFLARE_API_TOKEN: secret })]);
    const files = {
      ...base,
      '.github/workflows/push.yml': caller,
      '.github/workflows/push-dns.yml': callee,
    };
    const found = await review({ ...files, '.github/workflows/preview.yml': preview('CF_WRITE') });
    expect(summary(found)).toEqual([['push-credentials-in-review', 'high', false]]);
    expect(found[0]!.message).toContain('secrets.CF_WRITE');
    // the callee's parameter name is not a repository secret of the caller
    expect(await review({ ...files, '.github/workflows/preview.yml': preview('TOKEN') })).toEqual(
      [],
    );
  });

  it('leaves terraform apply alone while no zone is pushed by Terraform (servers, not DNS)', async () => {
    expect(
      await review(base, {
        '.github/workflows/infra.yml': workflow(ON_PUSH, [
          ...job('apply', 'terraform apply -auto-approve', R53_ENV),
        ]),
        '.github/workflows/plan.yml': workflow(ON_PR, [...job('plan', 'terraform plan', R53_ENV)]),
      }),
    ).toEqual([]);
  });

  it('stays existing when the pull request touches only a record', async () => {
    const withPreview = {
      ...base,
      '.github/workflows/preview.yml': workflow(ON_PR, [
        ...job('preview', 'dnscontrol preview', CF_ENV),
      ]),
    };
    const found = await review(withPreview, {
      'dnsconfig.js': dnsconfig('none', ['cloudflare']).replace('192.0.2.1', '192.0.2.2'),
    });
    expect(summary(found)).toEqual([['push-credentials-in-review', 'high', false]]);
  });
});
