/**
 * `zoneguard audit` against the loopback world: every zone of one ref compared with what the
 * world serves, with no change to review. Drift made outside git and a broken DS are found in
 * zones no pull request touches, and they count in the verdict.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/report/types.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { startWorld, type World } from './world/world.js';

let world: World;
let repo: TestRepo;

const signedZone = (drift: string) => `$ORIGIN signed.example.
$TTL 3600
@     IN SOA ns1.signed.example. hostmaster.signed.example. 2026112601 3600 900 604800 300
      IN NS  ns1.signed.example.
      IN NS  ns2.signed.example.
ns1   IN A   ${world.ip(10)}
ns2   IN A   ${world.ip(11)}
www   86400 IN A 192.0.2.1
drift 300 IN TXT "${drift}"
@     300 IN MX 10 mail.signed.example.
mail  300 IN A 192.0.2.25
`;

const brokenZone = `$ORIGIN broken.example.
$TTL 3600
@     IN SOA ns1.broken.example. hostmaster.broken.example. 2026112601 3600 900 604800 300
      IN NS  ns1.broken.example.
      IN NS  ns2.broken.example.
`;

beforeAll(async () => {
  world = await startWorld({ net: 64 });
  repo = makeRepo();
  repo.commit({
    'zones/signed.example.zone': signedZone('in git'),
    'zones/broken.example.zone': brokenZone,
  });
}, 60_000);
afterAll(async () => {
  repo?.remove();
  await world?.stop();
});

const audit = (...args: string[]) =>
  runCli(['audit', '--repo', repo.dir, '--resolver', world.resolver, ...args]);

const rules = (report: Report, zone: string) =>
  report.findings.filter((f) => f.zone === zone).map((f) => f.rule);

describe('zoneguard audit against the loopback world', () => {
  it('finds drift and a broken DS in zones no change touches, and they count', async () => {
    const r = await audit('--output', 'json');
    expect(r.stderr).toBe('');
    const report: Report = JSON.parse(r.stdout);
    expect(report.kind).toBe('audit');
    expect(report.base).toBeNull();
    expect(report.zones.map((z) => z.status)).toEqual(['unchanged', 'unchanged']);
    expect(rules(report, 'signed.example.')).toContain('drift');
    expect(rules(report, 'broken.example.')).toContain('ds-mismatch');
    const drift = report.zones.find((z) => z.zone === 'signed.example.')!.drift;
    expect(drift.map((c) => c.name)).toEqual(['drift.signed.example.']);
    expect(report.live.status).toBe('ok');
    expect(report.verdict).toBe('block');
    expect(r.code).toBe(1);
  });

  it('the Markdown says it is an audit and lists every finding', async () => {
    const r = await audit();
    expect(r.stdout).toContain('## ZoneGuard audit: 🛑 **Needs attention**');
    expect(r.stdout).toContain('### Findings (');
    expect(r.stdout).not.toContain('Introduced by this change');
    expect(r.stdout).toContain('ds-mismatch');
  });

  it('audits one shard, and a zone in step with the world is clean of drift', async () => {
    repo.commit({ 'zones/signed.example.zone': signedZone('changed outside git') });
    const r = await audit('--output', 'json', '--zone', 'signed.example');
    const report: Report = JSON.parse(r.stdout);
    expect(report.zones.map((z) => z.zone)).toEqual(['signed.example.']);
    expect(rules(report, 'broken.example.')).toEqual([]);
    expect(rules(report, 'signed.example.')).not.toContain('drift');
    expect(report.zones[0]!.drift).toEqual([]);
    expect(r.code).toBe(report.verdict === 'block' ? 1 : 0);
  });

  it('refuses --base and --head, and names its own help', async () => {
    const r = await runCli(['audit', '--base', 'HEAD~1']);
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('audit has no --base') });
    const help = await runCli(['audit', '--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('--ref REF') });
  });
});

describe('zoneguard export --from-live against the loopback world', () => {
  it('writes what the servers serve, not what git says, and BIND loads it', async () => {
    repo.commit({ 'zones/signed.example.zone': signedZone('in git') });
    const out = mkdtempSync(join(tmpdir(), 'zoneguard-live-export-'));
    try {
      const r = await runCli([
        'export',
        '--format',
        'bind',
        '--repo',
        repo.dir,
        '--from-live',
        '--resolver',
        world.resolver,
        '--out',
        out,
      ]);
      expect(r.code).toBe(0);
      const text = readFileSync(join(out, 'signed.example.zone'), 'utf8');
      expect(text).toContain('"changed outside git"');
      expect(text).not.toContain('"in git"');
      // The live SOA, not one made up: the servers' own serial.
      expect(text).not.toContain('SOA made by zoneguard export');
      const said = execFileSync(
        'named-checkzone',
        ['signed.example', join(out, 'signed.example.zone')],
        { encoding: 'utf8' },
      );
      expect(said).toMatch(/OK/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('says which zone no server answers for, and fails', async () => {
    repo.commit({
      'zones/nowhere.example.zone': signedZone('x').replaceAll(
        'signed.example.',
        'nowhere.example.',
      ),
    });
    const r = await runCli([
      'export',
      '--format',
      'bind',
      '--repo',
      repo.dir,
      '--from-live',
      '--resolver',
      world.resolver,
      '--live-deadline',
      '5',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere.example.: not exported');
    expect(r.stdout).toContain('---- signed.example.zone');
  });
});
