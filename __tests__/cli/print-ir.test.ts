/** zoneguard print-ir on real files: IR JSON on stdout, creds types, one-line errors with exit 2. */
import { join } from 'node:path';
import { printIrCommand } from '../../src/cli/print-ir.js';
import { makeRepo } from '../helpers/git-repo.js';

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await printIrCommand(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

describe('zoneguard print-ir', () => {
  const repo = makeRepo({
    'dns/dnsconfig.js': `var REG = NewRegistrar("reg");
var CF = NewDnsProvider("cf");
console.log("evaluating");
D("example.com", REG, DnsProvider(CF), A("www", "192.0.2.1"), MX("@", 10, "mx"));`,
    'dns/creds.json':
      '{ "cf": { "TYPE": "CLOUDFLAREAPI", "apitoken": "secret-token-abc" }, "reg": { "TYPE": "NONE" } }',
    'dns/loop.js': 'while (true) {}',
  });
  repo.commit({}, 'config');

  test('prints the IR with DNSControl field names', async () => {
    const r = await run(['dns/dnsconfig.js'], repo.dir);
    expect(r.code).toBe(0);
    const ir = JSON.parse(r.stdout);
    expect(ir.registrars).toEqual([{ name: 'reg', type: '-' }]);
    expect(ir.domains[0]).toMatchObject({
      name: 'example.com',
      registrar: 'reg',
      dnsProviders: { cf: -1 },
      records: [
        { type: 'A', name: 'www', target: '192.0.2.1', ttl: 300 },
        { type: 'MX', name: '@', target: 'mx.example.com.', ttl: 300, mxpreference: 10 },
      ],
    });
    expect(r.stderr).toBe('evaluating\n');
  });

  test('--creds fills provider types and never prints a secret', async () => {
    const r = await run(['dnsconfig.js', '--creds', 'creds.json'], join(repo.dir, 'dns'));
    expect(r.code).toBe(0);
    const ir = JSON.parse(r.stdout);
    expect(ir.registrars[0].type).toBe('NONE');
    expect(ir.dns_providers[0].type).toBe('CLOUDFLAREAPI');
    expect(r.stdout + r.stderr).not.toContain('secret-token-abc');
  });

  test('an endless loop ends with exit 2 and one line', async () => {
    const r = await run(['dns/loop.js', '--eval-timeout', '0.5'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^zoneguard print-ir: dns\/loop\.js(:\d+(:\d+)?)?: evaluation exceeded 500 ms\n$/,
    );
    expect(r.stdout).toBe('');
  });

  test('usage errors exit 2', async () => {
    expect((await run([], repo.dir)).code).toBe(2);
    expect((await run(['a.js', 'b.js'], repo.dir)).code).toBe(2);
    expect((await run(['--nope'], repo.dir)).code).toBe(2);
    const missing = await run(['dns/none.js'], repo.dir);
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'zoneguard print-ir: dns/none.js: file not found\n',
    });
  });
});
