/** `zoneguard check` end to end on an octoDNS repository in a real git repository. */

import { runCli } from '../../helpers/cli.js';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.js';

const CONFIG = `providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./config
  route53:
    class: octodns_route53.Route53Provider
    access_key_id: env/AWS_ACCESS_KEY_ID
    secret_access_key: env/AWS_SECRET_ACCESS_KEY
zones:
  example.com.:
    sources:
      - config
    targets:
      - route53
`;

/** A zone of 20 RRsets: the apex MX and NS, and 18 hosts. */
function zoneFile(hosts: number, mx = 'mx1.example.com.'): string {
  let s = `---\n'':\n  - type: MX\n    value:\n      exchange: ${mx}\n      preference: 10\n  - type: NS\n    values:\n      - ns-1.awsdns-01.org.\n      - ns-2.awsdns-02.net.\n`;
  for (let i = 1; i <= hosts; i++) s += `host${i}:\n  type: A\n  value: 192.0.2.${i}\n`;
  return s;
}

let repo: TestRepo;
let base: string;
beforeAll(() => {
  repo = makeRepo();
  base = repo.commit(
    { 'config/production.yaml': CONFIG, 'config/example.com.yaml': zoneFile(18) },
    'base',
  );
});
afterAll(() => repo.remove());

async function review(zone: string) {
  const head = repo.commit({ 'config/example.com.yaml': zone }, 'head');
  const { code, stdout, stderr } = await runCli(
    ['check', '--repo', repo.dir, '--base', base, '--head', head, '--no-live', '--output', 'json'],
    repo.dir,
  );
  repo.git('reset', '-q', '--hard', base);
  if (!stdout) throw new Error(`no report (exit ${code}): ${stderr}`);
  return { code, report: JSON.parse(stdout) };
}

describe('zoneguard check on an octoDNS repository', () => {
  test('an MX change is reported with the zone file line', async () => {
    const { report } = await review(zoneFile(18, 'mx2.example.com.'));
    expect(report.zones[0].format).toBe('octodns');
    expect(report.zones[0].changes).toEqual([
      expect.objectContaining({ name: 'example.com.', type: 'MX', kind: 'modify' }),
    ]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'mx-change',
        location: expect.objectContaining({ file: 'config/example.com.yaml', line: 3 }),
      }),
    );
  });

  test('deleting 10 of 20 RRsets is a mass change that blocks', async () => {
    const { code, report } = await review(zoneFile(8));
    expect(
      report.zones[0].changes.filter((c: { kind: string }) => c.kind === 'remove'),
    ).toHaveLength(10);
    const mass = report.findings.find((f: { rule: string }) => f.rule === 'mass-change');
    expect(mass?.message).toMatch(/10 of 20/);
    expect(report.verdict).toBe('block');
    expect(code).toBe(1);
  });

  test('a file octoDNS would refuse is an error naming file and line (exit 2)', async () => {
    const head = repo.commit(
      { 'config/example.com.yaml': "'@':\n  type: A\n  value: 192.0.2.1\n" },
      'bad',
    );
    const { code, stderr } = await runCli(
      [
        'check',
        '--repo',
        repo.dir,
        '--base',
        base,
        '--head',
        head,
        '--no-live',
        '--output',
        'json',
      ],
      repo.dir,
    );
    repo.git('reset', '-q', '--hard', base);
    expect(code).toBe(2);
    expect(stderr).toContain('config/example.com.yaml:1:1');
    expect(stderr).toContain('invalid name "@", use "" instead');
  });
});
