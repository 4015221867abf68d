/**
 * A sharded review (docs/sharding.md) says what the whole review says: `targets` plans the
 * shards, `check --zone` reviews each, `merge-reports` joins them, and the merged report has
 * the same zones, changes, findings and verdict as one `check` over the whole repository.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/report/types.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

const zone = (name: string, ns: string, www: string) => `$ORIGIN ${name}.
$TTL 300
@    IN SOA ns1.example.net. hostmaster.${name}. 1 7200 3600 1209600 300
     IN NS  ${ns}
     IN NS  ns2.example.org.
www  IN A   ${www}
`;

const NAMES = ['alpha.example', 'bravo.example', 'charlie.example', 'delta.example'];

function repository(): TestRepo {
  const repo = makeRepo();
  repo.commit(
    Object.fromEntries(
      NAMES.map((n) => [`zones/${n}.zone`, zone(n, 'ns1.example.net.', '192.0.2.1')]),
    ),
  );
  repo.commit({
    // A delegation change (blocks) in one zone, a routine edit in another, one zone removed.
    // …and a CNAME into another zone of the repository, to a name that zone lacks: only a
    // shard that still sees charlie's records knows the target is broken.
    'zones/alpha.example.zone': `${zone('alpha.example', 'ns1.other.example.', '192.0.2.1')}api IN CNAME nothere.charlie.example.\n`,
    'zones/bravo.example.zone': zone('bravo.example', 'ns1.example.net.', '192.0.2.2'),
    'zones/delta.example.zone': null,
  });
  return repo;
}

const check = async (repo: TestRepo, ...extra: string[]) =>
  runCli([
    'check',
    '--repo',
    repo.dir,
    '--base',
    'HEAD~1',
    '--head',
    'HEAD',
    '--no-live',
    '--output',
    'json',
    ...extra,
  ]);

const summary = (r: Report) => ({
  verdict: r.verdict,
  highestSeverity: r.highestSeverity,
  zones: [...r.zones].sort((a, b) => a.zone.localeCompare(b.zone)),
  findings: [...r.findings].map((f) => f.fingerprint).sort(),
  rollback: [...r.rollback].sort((a, b) => a.zone.localeCompare(b.zone)),
});

describe('a sharded review', () => {
  let repo: TestRepo;
  let dir: string;
  beforeAll(() => {
    repo = repository();
    dir = mkdtempSync(join(tmpdir(), 'zoneguard-shards-'));
  });
  afterAll(() => {
    repo.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('targets lists the zones and plans shards of them', async () => {
    const t = await runCli(['targets', '--repo', repo.dir, '--ref', 'HEAD~1', '--shards', '2']);
    expect(t.code).toBe(0);
    const matrix = JSON.parse(t.stdout);
    expect(matrix.include.map((s: { shard: string }) => s.shard)).toEqual(['1-of-2', '2-of-2']);
    expect(matrix.include.flatMap((s: { zones: string }) => s.zones.split(' ')).sort()).toEqual(
      NAMES.map((n) => `${n}.`),
    );
    expect(matrix.zones).toContainEqual({
      zone: 'alpha.example.',
      format: 'bind',
      config: 'zones/',
      rrsets: 3, // SOA, NS, www A
    });
  });

  it('merges to what the whole review says', async () => {
    const whole = await check(repo);
    expect(whole.code).toBe(1);
    const t = await runCli(['targets', '--repo', repo.dir, '--ref', 'HEAD~1', '--shards', '3']);
    const shards: { shard: string; zones: string }[] = JSON.parse(t.stdout).include;
    expect(shards).toHaveLength(3);
    const files: string[] = [];
    for (const s of shards) {
      const r = await check(repo, '--zone', s.zones);
      expect(r.stderr).toBe('');
      const file = join(dir, `${s.shard}.json`);
      writeFileSync(file, r.stdout);
      files.push(file);
    }
    const merged = await runCli(['merge-reports', '--output', 'json', ...files]);
    expect(merged.code).toBe(1);
    const wholeReport: Report = JSON.parse(whole.stdout);
    expect(wholeReport.findings.map((f) => [f.rule, f.zone, f.name])).toContainEqual([
      'dangling-cname',
      'alpha.example.',
      'api.alpha.example.',
    ]);
    expect(summary(JSON.parse(merged.stdout))).toEqual(summary(wholeReport));
    const markdown = await runCli(['merge-reports', ...files]);
    expect(markdown.stdout).toContain('alpha.example.');
    expect(markdown.stdout).toContain('Blocked');
  });

  it('refuses overlapping shards, shards of other commits, and files that are not reports', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    writeFileSync(a, (await check(repo, '--zone', 'alpha.example')).stdout);
    writeFileSync(b, (await check(repo, '--zone', 'alpha.example,bravo.example')).stdout);
    const overlap = await runCli(['merge-reports', a, b]);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toContain('zone alpha.example. is also in');
    const other = join(dir, 'other.json');
    writeFileSync(
      other,
      (
        await runCli([
          'check',
          '--repo',
          repo.dir,
          '--base',
          'HEAD~1',
          '--head',
          'HEAD~1',
          '--no-live',
          '--output',
          'json',
          '--zone',
          'charlie.example',
        ])
      ).stdout,
    );
    const commits = await runCli(['merge-reports', a, other]);
    expect(commits.code).toBe(2);
    expect(commits.stderr).toContain('must all review the same commits');
    const junk = join(dir, 'junk.json');
    writeFileSync(junk, '{"version": 2}');
    const bad = await runCli(['merge-reports', a, junk]);
    expect(bad).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not a ZoneGuard JSON report'),
    });
    expect((await runCli(['merge-reports'])).code).toBe(2);
  });

  it('check --zone names a pattern that selects no zone instead of passing', async () => {
    const r = await check(repo, '--zone', 'alpha.example', '--zone', 'typo.example');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"typo.example" matches no zone');
  });

  it('a removed zone is still reviewed by the shard that names it', async () => {
    const r = await check(repo, '--zone', 'delta.example');
    const report: Report = JSON.parse(r.stdout);
    expect(report.zones.map((z) => [z.zone, z.status])).toEqual([['delta.example.', 'removed']]);
    expect(report.findings.some((f) => f.rule === 'zone-removed')).toBe(true);
  });
});
