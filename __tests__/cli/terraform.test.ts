/**
 * The CLI's Terraform flags, in process on a real git repository: `--format terraform`,
 * `--tf-var-file` (read last, and an error when it exists on neither side), and
 * `--terraform-plan` relative to where the command runs.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

let repo: TestRepo;
afterEach(() => repo.remove());

const MAIN = [
  'resource "aws_route53_zone" "main" {',
  '  name = "example.org"',
  '}',
  'variable "ip" {}',
  'resource "aws_route53_record" "www" {',
  '  zone_id = aws_route53_zone.main.zone_id',
  '  name    = "www.example.org"',
  '  type    = "A"',
  '  ttl     = 300',
  '  records = [var.ip]',
  '}',
  '',
].join('\n');

function setup(): { base: string; head: string } {
  repo = makeRepo();
  const base = repo.commit(
    {
      'dns/main.tf': MAIN,
      'dns/terraform.tfvars': 'ip = "192.0.2.1"\n',
      'dns/prod.tfvars': 'ip = "192.0.2.7"\n',
    },
    'base',
  );
  const head = repo.commit({ 'dns/terraform.tfvars': 'ip = "192.0.2.2"\n' }, 'head');
  return { base, head };
}

test('--format terraform reviews the change; --tf-var-file is read last', async () => {
  const { base, head } = setup();
  const args = [
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
  ];
  const plain = await runCli([...args, '--format', 'terraform']);
  expect(plain.stderr).toBe('');
  const changes = JSON.parse(plain.stdout).zones[0].changes;
  expect(changes.map((c: { name: string; kind: string }) => `${c.kind} ${c.name}`)).toEqual([
    'modify www.example.org.',
  ]);
  // prod.tfvars is the same on both sides and wins over terraform.tfvars: nothing changes
  const withFile = await runCli([...args, '--tf-var-file', 'dns/prod.tfvars']);
  expect(JSON.parse(withFile.stdout).zones[0].changes).toEqual([]);
  const missing = await runCli([...args, '--tf-var-file', 'dns/nope.tfvars']);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('dns/nope.tfvars (--tf-var-file) does not exist on either side');
});

test('--terraform-plan names a file relative to where the command runs', async () => {
  const { base, head } = setup();
  const planFile = join(repo.dir, '..', `${repo.dir.split('/').at(-1)}-plan.json`);
  copyFileSync(
    join(process.cwd(), '__tests__/fixtures/terraform/plan/route53.plan.json'),
    planFile,
  );
  try {
    const r = await runCli(
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
        '--terraform-plan',
        `${repo.dir.split('/').at(-1)}-plan.json`,
      ],
      join(repo.dir, '..'),
    );
    expect(r.stderr).toBe('');
    const zones = JSON.parse(r.stdout).zones.map((z: { zone: string }) => z.zone);
    expect(zones).toEqual(['example.org.', 'new.example.']);
  } finally {
    rmSync(planFile, { force: true });
  }
});

test('export writes a Terraform zone as a BIND zone file, with --tf-var-file', async () => {
  setup();
  const r = await runCli([
    'export',
    '--format',
    'bind',
    '--repo',
    repo.dir,
    '--tf-var-file',
    'dns/prod.tfvars',
  ]);
  // Route 53 sets the apex NS itself (the zone's name_servers): the copy says so.
  expect(r.stderr).toContain('example.org.: the configuration has no apex NS');
  expect(r.stdout).toContain('www\t300\tIN\tA\t192.0.2.7');
});
