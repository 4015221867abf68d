/** Reading pushes from scripts and workflows, and which `if:` conditions keep a job off pull requests. */
import { pushCommands } from '../../src/rules/push-commands.js';
import { mayRunOn, parseWorkflow, secretsIn } from '../../src/rules/workflow.js';

describe('pushCommands', () => {
  it.each([
    ['dnscontrol push', { tool: 'dnscontrol', line: 1 }],
    ['./dnscontrol --no-colors ppush', { tool: 'dnscontrol', line: 1 }],
    [
      'docker run --rm -v "$(pwd):/dns" --env CLOUDFLARE_API_TOKEN ghcr.io/stackexchange/dnscontrol:4.18.0 push',
      { tool: 'dnscontrol', line: 1 },
    ],
    [
      'dnscontrol push --providers cloudflare,r53 -domains=example.com --config dns/dnsconfig.js',
      {
        tool: 'dnscontrol',
        providers: ['cloudflare', 'r53'],
        zones: ['example.com'],
        config: 'dns/dnsconfig.js',
        line: 1,
      },
    ],
    ['dnscontrol push --providers all', { tool: 'dnscontrol', providers: 'all', line: 1 }],
    [
      'cd octodns\nuv run octodns-sync --config-file=./external/config.yaml --doit --force',
      { tool: 'octodns', config: './external/config.yaml', line: 2 },
    ],
    [
      'octodns-sync --config-file c.yaml --doit --target route53 --target cf example.com.',
      {
        tool: 'octodns',
        providers: ['route53', 'cf'],
        zones: ['example.com'],
        config: 'c.yaml',
        line: 1,
      },
    ],
    [
      'docker run --rm -it \\\n-v $(pwd)/:/dns/ stackexchange/dnscontrol \\\ndnscontrol push',
      { tool: 'dnscontrol', line: 1 },
    ],
    ['terraform -chdir=dns apply -auto-approve', { tool: 'terraform', line: 1 }],
    ['dnscontrol push \\\n  --providers cf', { tool: 'dnscontrol', providers: ['cf'], line: 1 }],
  ])('%s', (script, expected) => {
    expect(pushCommands(script)).toEqual([expected]);
  });

  it.each([
    'dnscontrol preview && git push',
    'echo "run dnscontrol push when ready"',
    '# dnscontrol push',
    'octodns-sync --config-file c.yaml',
    'terraform plan',
    'sudo install -Dm755 dnscontrol /usr/local/bin/dnscontrol',
  ])('no push in %s', (script) => {
    expect(pushCommands(script)).toEqual([]);
  });
});

describe('mayRunOn', () => {
  it.each([
    [undefined, 'pull_request', true],
    ["github.event_name == 'push'", 'pull_request', false],
    [`\${{ github.event_name == 'push' }}`, 'pull_request_target', false],
    ["github.event_name != 'pull_request'", 'pull_request', false],
    ["github.event_name != 'pull_request'", 'pull_request_target', true],
    ["github.ref == 'refs/heads/main'", 'pull_request', false],
    ["github.ref == 'refs/heads/main'", 'pull_request_target', true], // runs on the base branch
    ["startsWith(github.ref, 'refs/tags/')", 'pull_request', false],
    ["github.event_name == 'push' && github.ref == 'refs/heads/main'", 'pull_request', false],
    ["github.event_name == 'push' || github.event_name == 'pull_request'", 'pull_request', true],
    ["(github.event_name == 'workflow_dispatch')", 'pull_request', false],
    ['github.event.pull_request.merged == true', 'pull_request', false],
    [`\${{ !cancelled() }}`, 'pull_request', true],
    ["contains(github.event.comment.body, '/deploy')", 'pull_request', true],
  ] as const)('%s on %s: %s', (condition, event, expected) => {
    expect(mayRunOn(condition, event)).toBe(expected);
  });
});

describe('parseWorkflow', () => {
  it('keeps secret names, never literal env values, and skips GITHUB_TOKEN', () => {
    const wf = parseWorkflow(
      [
        'on:',
        '  pull_request:',
        '    types: [closed]',
        '  pull_request_target:',
        'env:',
        '  LITERAL: not-a-secret-reference',
        `  T: \${{ secrets.Dns_Token }}`,
        'jobs:',
        '  a:',
        '    environment: { name: production }',
        '    steps:',
        `      - run: echo \${{ secrets.GITHUB_TOKEN }} \${{ toJSON(secrets) }}`,
        '',
      ].join('\n'),
    )!;
    expect(wf.reviewEvents).toEqual(['pull_request_target']); // closed only: after the review
    expect(wf.env).toEqual([{ name: 'T', secrets: ['DNS_TOKEN'], line: 7 }]);
    expect(wf.jobs[0]!.environmentName).toBe('production');
    expect(wf.jobs[0]!.steps[0]!.run).toEqual([{ name: 'run', secrets: ['*'], line: 12 }]);
    expect(JSON.stringify(wf.jobs)).not.toContain('not-a-secret-reference');
  });

  it.each([
    ['echo "$CREDS" > creds.json', true],
    ['printf %s "$X" | tee -a ./dns/prod-creds.json', true],
    ['dnscontrol check-creds cloudflare', false],
    ['cat creds.json', false],
  ])('a step running %s writes a credentials file: %s', (run, expected) => {
    const wf = parseWorkflow(
      `on: push\njobs:\n  a:\n    steps:\n      - run: ${JSON.stringify(run)}\n`,
    )!;
    expect(wf.jobs[0]!.steps[0]!.writesCreds).toBe(expected);
  });

  it('secretsIn reads only expressions', () => {
    expect(secretsIn(`secrets.A \${{ secrets.B }} \${{ secrets["c-d"] }}`)).toEqual(['B', 'C-D']);
  });
});
