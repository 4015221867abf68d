/**
 * `--var NAME=VALUE` on check, print-ir and export, on a real repository shaped like the one in
 * the issue: `CLI_DEFAULTS({ SECRET1: null })` and `CNAME(SECRET1, …)`. The value is a secret:
 * it never appears in what the CLI prints, except the zone files `export` writes on purpose.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

const SECRET = 'hidden-label-7f3a9c';

const CONFIG = (extra = '') => `var REG = NewRegistrar("none");
var DNS = NewDnsProvider("bind", "BIND");
CLI_DEFAULTS({ SECRET1: null, view: "external" });
D("example.com", REG, DnsProvider(DNS),
  A("@", "192.0.2.1"),
  CNAME(SECRET1, "target.example.net."),${extra}
);`;

let repo: TestRepo;
let base: string;
let head: string;
beforeAll(() => {
  repo = makeRepo();
  base = repo.commit({ 'dnsconfig.js': CONFIG() }, 'base');
  // The pull request copies the secret into a TXT record, which the comment would show.
  head = repo.commit({ 'dnsconfig.js': CONFIG('\n  TXT("leak", "v=" + SECRET1),') }, 'head');
});
afterAll(() => repo.remove());

const check = (...extra: string[]) =>
  runCli(['check', '--repo', repo.dir, '--base', base, '--head', head, '--no-live', ...extra]);

describe('zoneguard check --var', () => {
  test('without the value, the error names the variable, the line and --var', async () => {
    const r = await check('--output', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dnsconfig.js:6');
    expect(r.stderr).toContain('CNAME record name argument validation failed (it is null)');
    expect(r.stderr).toContain('SECRET1 has no value');
    expect(r.stderr).toContain('--var SECRET1=…');
  });

  test('with it, the review runs and the value is masked in every output', async () => {
    for (const output of ['json', 'markdown', 'sarif']) {
      const r = await check('--var', `SECRET1=${SECRET}`, '--var', 'view=x', '--output', output);
      expect(r.code).toBeLessThan(2);
      expect(r.stdout + r.stderr).not.toContain(SECRET);
      if (output === 'json') {
        const report = JSON.parse(r.stdout);
        const txt = report.zones[0].changes.find((c: { type: string }) => c.type === 'TXT');
        expect(txt.after.values).toEqual(['"v=[var SECRET1]"']);
        expect(report.rollback[0].snippet).toContain('"v=[var SECRET1]"');
      }
    }
  });

  test('an entry without "=" is refused without quoting it', async () => {
    const r = await check('--var', SECRET);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--var must be NAME=VALUE');
    expect(r.stderr).not.toContain(SECRET);
  });

  test('a name that is not an identifier is refused by position, without quoting it', async () => {
    const r = await check('--var', 'view=x', '--var', `${SECRET}=1`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the 2nd --var');
    expect(r.stderr).not.toContain(SECRET);
  });

  test('a NAME=VALUE without --var is not quoted', async () => {
    const r = await check(`SECRET1=${SECRET}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unexpected argument');
    expect(r.stderr).not.toContain(SECRET);
  });
});

describe('print-ir and export --var', () => {
  test('print-ir evaluates with the value and prints it masked', async () => {
    const r = await runCli(['print-ir', 'dnsconfig.js', '--var', `SECRET1=${SECRET}`], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(SECRET);
    const names = JSON.parse(r.stdout).domains[0].records.map((x: { name: string }) => x.name);
    expect(names).toContain('[var SECRET1]');
    const without = await runCli(['print-ir', 'dnsconfig.js'], repo.dir);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('--var SECRET1=…');
  });

  test('export writes the records as the config makes them, and refuses a bad entry unquoted', async () => {
    const out = mkdtempSync(join(tmpdir(), 'zg-export-'));
    try {
      const r = await runCli(
        ['export', '--format', 'bind', '--out', out, '--var', `SECRET1=${SECRET}`],
        repo.dir,
      );
      expect(r.code).toBe(0);
      expect(readFileSync(join(out, 'example.com.zone'), 'utf8')).toMatch(
        new RegExp(`^${SECRET}\\b.*CNAME`, 'm'),
      );
      const bad = await runCli(['export', '--format', 'bind', `SECRET1=${SECRET}`], repo.dir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('unexpected argument');
      expect(bad.stderr).not.toContain(SECRET);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
