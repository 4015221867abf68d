/**
 * Set-ups that used to pass when they should fail, through the built command line: a shallow
 * clone, deleted zone files and folders, a zone file turned into a link out of the repository,
 * and the small ones (`__proto__`, `CLASS99`). Each ends by itself within the ceiling, with no
 * stack trace and no secret, and says what it found. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRepo } from '../helpers/git-repo.js';
import {
  type BuiltCliRun,
  type Ceiling,
  ENV_SECRET,
  expectLocatedErrors,
  runBuiltCli,
} from './built-cli.js';

/** Generous for a busy two-core machine; every case here ends in about a second. */
const CEILING: Ceiling = { wallMs: 30_000, rssMiB: 768 };

const ZONE = (zone: string, address: string) =>
  [
    `$ORIGIN ${zone}.`,
    '$TTL 300',
    `@ IN SOA ns1.example.net. host.${zone}. 1 7200 3600 1209600 300`,
    '@ IN NS ns1.example.net.',
    `www IN A ${address}`,
    '',
  ].join('\n');

/** Ended by itself, no stack trace, no secret, nothing internal. */
function expectClean(run: BuiltCliRun): void {
  expect(run.killed).toBeUndefined();
  const everything = run.stdout + run.stderr;
  expect(everything).not.toContain(ENV_SECRET);
  expect(everything).not.toMatch(/^\s+at .*[:(]/m);
  expect(everything).not.toMatch(/internal error/);
}

describe('a shallow clone', () => {
  test('without the base commit is an error that says how to fetch it, and the process exits (it hung)', async () => {
    const repo = makeRepo();
    const clone = mkdtempSync(join(tmpdir(), 'zoneguard-shallow-'));
    try {
      repo.commit({ 'zones/example.com.zone': ZONE('example.com', '192.0.2.1') });
      repo.commit({
        'zones/example.com.zone': null,
        'zones/example.net.zone': ZONE('example.net', '192.0.2.9'),
      });
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
      const run = await runBuiltCli(['check', '--no-live', '--head', 'HEAD'], clone, CEILING);
      expectClean(run);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'zoneguard: .: error: the base commit (HEAD~1) is not in this shallow clone, so the change cannot be compared with anything; fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) or name the base with --base\n',
      );
      const named = await runBuiltCli(
        ['check', '--no-live', '--base', 'HEAD~1', '--head', 'HEAD'],
        clone,
        CEILING,
      );
      expectClean(named);
      expect(named.code).toBe(2);
      expect(named.stderr).toMatch(/^zoneguard: \.: error: unknown git ref "HEAD~1" in /);
    } finally {
      repo.remove();
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('deletions', () => {
  test.each([
    ['the last zone files', { 'zones/example.com.zone': null, 'zones/example.org.zone': null }],
    [
      'the whole config folder',
      { 'zones/example.com.zone': null, 'zones/example.org.zone': null, 'zones/README': null },
    ],
  ])('deleting %s removes each zone base had (before: "no DNS config found")', async (_, gone) => {
    const repo = makeRepo();
    try {
      const base = repo.commit({
        'zones/example.com.zone': ZONE('example.com', '192.0.2.1'),
        'zones/example.org.zone': ZONE('example.org', '192.0.2.2'),
        'zones/README': 'zones\n',
      });
      const head = repo.commit(gone);
      const run = await runBuiltCli(
        ['check', '--no-live', '--base', base, '--head', head, '--output', 'json'],
        repo.dir,
        CEILING,
      );
      expectClean(run);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as { findings: { rule: string; zone: string }[] };
      expect(
        report.findings
          .filter((f) => f.rule === 'zone-removed')
          .map((f) => f.zone)
          .sort(),
      ).toEqual(['example.com.', 'example.org.']);
    } finally {
      repo.remove();
    }
  });

  test('a zone file turned into a link out of the repository is refused by name, not removed', async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({ 'zones/example.com.zone': ZONE('example.com', '192.0.2.1') });
      repo.write({ 'zones/example.com.zone': null });
      repo.symlink('zones/example.com.zone', '/etc/passwd');
      const head = repo.commit({});
      for (const args of [['--head', head], []]) {
        const run = await runBuiltCli(
          ['check', '--no-live', '--base', base, ...args],
          repo.dir,
          CEILING,
        );
        expectClean(run);
        expect(run.code).toBe(2);
        expect(run.stdout).not.toContain('zone-removed');
        expect(run.stdout + run.stderr).not.toContain('root:');
        expect(run.stderr).toBe(
          'zoneguard: zones/example.com.zone: error: symlink "zones/example.com.zone" points outside the repository: refused, so it is not read (a link that leaves the repository is never followed); make it a file, or a link to a file inside the repository\n',
        );
      }
    } finally {
      repo.remove();
    }
  });
});

describe('small ones', () => {
  test('a provider named __proto__ is kept (it was dropped)', async () => {
    const repo = makeRepo({
      'dnsconfig.js':
        'var DNS = NewDnsProvider("__proto__", "BIND");\nD("example.com", NewRegistrar("none"), DnsProvider(DNS), A("@", "192.0.2.1"));\n',
    });
    try {
      const run = await runBuiltCli(['print-ir', 'dnsconfig.js'], repo.dir, CEILING);
      expectClean(run);
      expect(run.code).toBe(0);
      const ir = JSON.parse(run.stdout) as {
        dns_providers: { name: string }[];
        domains: { dnsProviders: Record<string, number> }[];
      };
      expect(ir.dns_providers.map((p) => p.name)).toEqual(['__proto__']);
      expect(Object.keys(ir.domains[0]!.dnsProviders)).toEqual(['__proto__']);
    } finally {
      repo.remove();
    }
  });

  test('CLASS99 where the type should be is said as a class, not an unknown type', async () => {
    const repo = makeRepo();
    try {
      repo.commit({ 'example.com.zone': ZONE('example.com', '192.0.2.1') });
      repo.write({
        'example.com.zone': `${ZONE('example.com', '192.0.2.1')}z IN CLASS99 A 192.0.2.1\n`,
      });
      const run = await runBuiltCli(['check', '--no-live'], repo.dir, CEILING);
      expect(expectLocatedErrors(run)).toEqual([
        `zoneguard: example.com.zone:6:6: error: "CLASS99" is a class where the record type should be: a record has one class (this zone's is IN), then its type`,
      ]);
    } finally {
      repo.remove();
    }
  });
});
