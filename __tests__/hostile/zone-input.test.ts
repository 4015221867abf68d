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
    ['U+00A0', '\u00a0'],
    ['a vertical tab', '\u000b'],
    ['a form feed', '\u000c'],
  ])('$GENERATE whose rdata ends in %s (before: 83 s, 5.7 GB, abort)', async (_, c) => {
    const run = await review(
      { 'example.com.zone': ZONE },
      { 'example.com.zone': `${ZONE}$GENERATE 1-2 h$ A 192.0.2.$${c}\n` },
    );
    expect(expectLocatedErrors(run)).toEqual([
      `zoneguard: example.com.zone:6:20: error: generated A "192.0.2.1${c}": "192.0.2.1${c}" is not an IPv4 address`,
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
