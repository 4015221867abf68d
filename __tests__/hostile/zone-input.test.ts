/**
 * Hostile zone data through the built command line (`zoneguard check`): odd white space, huge
 * inputs, many errors, secrets in refused lines. Each must end by itself within the ceiling,
 * with exit 2 and located errors, no stack trace and no secret. Run `npm run build` first.
 */
import { makeRepo } from '../helpers/git-repo.js';
import { type Ceiling, expectLocatedErrors, runBuiltCli } from './built-cli.js';

/** Generous for a busy two-core machine; every case here ends in a few seconds. */
const CEILING: Ceiling = { wallMs: 30_000, rssMiB: 768 };

const ZONE = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1 host 1 7200 3600 1209600 3600',
  '@ IN NS ns1',
  'ns1 IN A 192.0.2.1',
  '',
].join('\n');

/** A repository whose last commit holds `base`, with `head` written over it uncommitted. */
async function review(
  base: Record<string, string>,
  head: Record<string, string>,
  args: string[] = [],
) {
  const repo = makeRepo();
  try {
    repo.commit(base);
    repo.write(head);
    return await runBuiltCli(['check', '--no-live', ...args], repo.dir, CEILING);
  } finally {
    repo.remove();
  }
}

describe('white space BIND does not know is data, not a separator', () => {
  test.each([
    ['U+00A0', '\u00a0', '\u00a0'],
    ['a vertical tab', '\u000b', '\\u000b'],
    ['a form feed', '\u000c', '\\u000c'],
  ])('$GENERATE whose rdata ends in %s (before: 83 s, 5.7 GB, abort)', async (_, c, shown) => {
    const run = await review(
      { 'example.com.zone': ZONE },
      { 'example.com.zone': `${ZONE}$GENERATE 1-2 h$ A 192.0.2.$${c}\n` },
    );
    expect(expectLocatedErrors(run)).toEqual([
      `zoneguard: example.com.zone:6:20: error: generated A "192.0.2.1${shown}": "192.0.2.1${shown}" is not an IPv4 address`,
    ]);
  });

  test('DNSControl SSHFP whose fingerprint ends in a vertical tab', async () => {
    const config = (extra: string) => `D('example.com', 'none', A('@', '192.0.2.1')${extra});\n`;
    const run = await review(
      { 'dnsconfig.js': config('') },
      { 'dnsconfig.js': config(", SSHFP('h', 1, 1, '0123\\u000b')") },
    );
    expect(expectLocatedErrors(run)).toEqual([
      'zoneguard: dnsconfig.js:1:52: error: SSHFP h: fingerprint must be hexadecimal',
    ]);
  });

  test('octoDNS SSHFP and TLSA values ending in U+00A0', async () => {
    const config = [
      'providers:',
      '  config:',
      '    class: octodns.provider.yaml.YamlProvider',
      '    directory: ./config',
      'zones:',
      '  example.com.:',
      '    sources: [config]',
      '    targets: [config]',
      '',
    ].join('\n');
    const apex = '"":\n  type: A\n  value: 192.0.2.1\n';
    const run = await review(
      { 'octodns.yaml': config, 'config/example.com.yaml': apex },
      {
        'config/example.com.yaml': `${apex}h:\n  - type: SSHFP\n    value: {algorithm: 1, fingerprint: "0123\\u00a0", fingerprint_type: 1}\n  - type: TLSA\n    value: {certificate_association_data: "0123\\u00a0", certificate_usage: 1, matching_type: 1, selector: 1}\n`,
      },
    );
    expect(expectLocatedErrors(run, [], 2)).toEqual([
      'zoneguard: config/example.com.yaml:6:12: error: invalid SSHFP value: fingerprint must be hexadecimal',
      'zoneguard: config/example.com.yaml:8:12: error: invalid TLSA value: certificate association data must be hexadecimal',
    ]);
  });
});

describe('error output is bounded', () => {
  test('5,000 bad CNAME targets print 20 errors and a count (before: 50 MB on stderr)', async () => {
    const target = 'x'.repeat(10_000);
    let bad = '';
    for (let i = 0; i < 5000; i++) bad += `c${i} IN CNAME ${target}\n`;
    const run = await review({ 'example.com.zone': ZONE }, { 'example.com.zone': ZONE + bad });
    const errors = expectLocatedErrors(run, [], 21);
    expect(errors).toHaveLength(20);
    expect(run.stderr.trim().split('\n').at(-1)).toBe('zoneguard: …and 4980 more errors not shown');
    expect(run.stderr.length).toBeLessThan(20 * 1100);
  });

  test('a 10 MB label is quoted in part (before: echoed whole)', async () => {
    const run = await review(
      { 'example.com.zone': ZONE },
      { 'example.com.zone': `${ZONE}big IN CNAME ${'y'.repeat(10_000_000)}\n` },
    );
    const [line] = expectLocatedErrors(run);
    expect(line).toMatch(
      /^zoneguard: example\.com\.zone:6:14: error: CNAME: bad canonical name: label of 10000000 octets in "y{120}… \(10000013 characters, cut\)" \(max 63\)$/,
    );
  });
});

describe('secrets in lines that do not load', () => {
  // Built at run time so that the repository itself holds no token-shaped strings.
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const secret = Array.from({ length: 40 }, (_, i) => chars[(i * 29 + 7) % 64]).join('');

  test('an AWS secret written as an address is masked, and still reported as a leak', async () => {
    const run = await review(
      { 'example.com.zone': ZONE },
      { 'example.com.zone': `${ZONE}aws IN A ${secret}\n` },
    );
    const masked = `${secret.slice(0, 4)}…${secret.slice(-2)}`;
    expect(expectLocatedErrors(run, [secret, secret.slice(4, 30)], 2)).toEqual([
      `zoneguard: example.com.zone:6:10: error: A: "${masked}" is not an IPv4 address`,
      `zoneguard: example.com.zone:6:10: error: holds a credential-like value (${masked}): a credential committed to the repository; revoke and rotate it`,
    ]);
  });
});

describe('a secret in record data', () => {
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const token = (seed: number) =>
    `ghp_${Array.from({ length: 36 }, (_, i) => alnum[(i * seed + 3) % 62]).join('')}`;
  const mask = (t: string) => `${t.slice(0, 4)}…${t.slice(-2)}`;

  test.each(['markdown', 'json', 'sarif'])(
    'is masked the same way in the finding, the diff and the rollback (%s)',
    async (output) => {
      const before = token(7);
      const after = token(11);
      const txt = (t: string) => `${ZONE}ci IN TXT "deploy ${t}"\n`;
      const repo = makeRepo();
      try {
        repo.commit({ 'example.com.zone': txt(before) });
        repo.write({ 'example.com.zone': txt(after) });
        const run = await runBuiltCli(
          ['check', '--no-live', '--output', output],
          repo.dir,
          CEILING,
        );
        expect(run.killed).toBeUndefined();
        expect(run.code).toBe(1);
        for (const t of [before, after]) expect(run.stdout + run.stderr).not.toContain(t);
        expect(run.stdout).toContain(mask(after));
        if (output !== 'sarif') expect(run.stdout).toContain(mask(before)); // diff and rollback
      } finally {
        repo.remove();
      }
    },
  );
});

describe('one input budget for the review', () => {
  test('1,000 includes of a 438 KB file stop at the budget (before: 74 s)', async () => {
    let hosts = '';
    for (let i = 0; hosts.length < 438 * 1024; i++) hosts += `h${i} IN A 192.0.2.${i % 250}\n`;
    const run = await review(
      { 'example.com.zone': ZONE },
      { 'example.com.zone': ZONE + '$INCLUDE hosts.inc\n'.repeat(1000), 'hosts.inc': hosts },
    );
    const [line] = expectLocatedErrors(run);
    expect(line).toMatch(
      /^zoneguard: hosts\.inc:\d+: error: records made by hosts\.inc exceeds the review's budget of 1,000,000 records \(/,
    );
    expect(run.ms).toBeLessThan(15_000);
  });

  test('three zone files of $GENERATE 1-999990 stop at the budget (before: 128 s, 2.85 GB)', async () => {
    const zone = (name: string) =>
      `$ORIGIN ${name}.\n$TTL 3600\n@ IN SOA ns1 host 1 7200 3600 1209600 3600\n@ IN NS ns1\n$GENERATE 1-999990 h$ A 192.0.2.1\n`;
    const run = await review(
      { 'example.com.zone': ZONE },
      { 'a.com.zone': zone('a.com'), 'b.com.zone': zone('b.com'), 'c.com.zone': zone('c.com') },
    );
    const errors = expectLocatedErrors(run, [], 4);
    expect(errors[0]).toBe(
      "zoneguard: b.com.zone:5: error: records made by b.com.zone exceeds the review's budget of 1,000,000 records (for all zones, includes and both sides together; see docs/security.md, Input budgets)",
    );
    expect(run.ms).toBeLessThan(15_000);
  });
});

describe('octoDNS reads within the same budget', () => {
  const config = [
    'providers:',
    '  config:',
    '    class: octodns.provider.yaml.YamlProvider',
    '    directory: ./config',
    'zones:',
    '  example.com.:',
    '    sources: [config]',
    '    targets: [config]',
    '',
  ].join('\n');
  const apex = '"":\n  type: A\n  value: 192.0.2.1\n';
  const base = { 'octodns.yaml': config, 'config/example.com.yaml': apex };

  test('a 1 MB anchor repeated by 200 aliases stops at the first alias past it (before: 55 s, 0.96 GB)', async () => {
    let zone = `${apex}a0: &big\n  type: TXT\n  value: "${'x'.repeat(1024 * 1024)}"\n`;
    for (let i = 1; i <= 200; i++) zone += `a${i}: *big\n`;
    const run = await review(base, { 'config/example.com.yaml': zone });
    expect(expectLocatedErrors(run)).toEqual([
      "zoneguard: config/example.com.yaml:133:7: error: expanding the aliases of config/example.com.yaml exceeds the review's budget of 128 MiB of input (for all zones, includes and both sides together; see docs/security.md, Input budgets)",
    ]);
  });

  test('a 6 MB file included 600 times is parsed once and stops at the budget (before: 233 s, 3.5 GB)', async () => {
    let hosts = '';
    for (let i = 0; hosts.length < 6 * 1024 * 1024; i++)
      hosts += `- {type: A, value: 192.0.2.${i % 250}}\n`;
    let zone = apex;
    for (let i = 0; i < 600; i++) zone += `h${i}: !include hosts.yaml\n`;
    const run = await review(base, { 'config/example.com.yaml': zone, 'config/hosts.yaml': hosts });
    const [line] = expectLocatedErrors(run);
    expect(line).toMatch(
      /^zoneguard: config\/example\.com\.yaml:\d+:\d+: error: reading config\/hosts\.yaml exceeds the review's budget of 128 MiB of input \(/,
    );
  });
});

describe('a changed file the path guard refuses', () => {
  test('is named (escaped) in a finding, not skipped in silence', async () => {
    const run = await review(
      { 'example.com.zone': ZONE },
      { 'example.com.zone': `${ZONE}www IN A 192.0.2.9\n`, 'notes\u0001.txt': 'hello\n' },
      ['--output', 'json'],
    );
    expect(run.killed).toBeUndefined();
    const report = JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] };
    expect(report.findings.filter((f) => f.rule === 'secret-in-repo')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^"notes\\u0001\.txt" changed but could not be scanned for credentials: /,
        ),
      }),
    ]);
    expect(run.stdout).not.toContain('\u0001');
  });
});

describe('a --repo that is not there', () => {
  test('is said plainly (before: internal error: ENOENT)', async () => {
    const run = await runBuiltCli(
      ['check', '--no-live', '--repo', '/nonexistent-zoneguard'],
      process.cwd(),
      CEILING,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('zoneguard: /nonexistent-zoneguard: error: no such folder to review\n');
  });
});
