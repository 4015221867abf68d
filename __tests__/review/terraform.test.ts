/**
 * A Terraform repository through the whole review (real git, the real parser): changes with
 * file and line, findings, the rollback in HCL; the same change exactly from a plan file
 * (`--terraform-plan`, Terraform's JSON output format); and the credential rules on provider
 * blocks.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runReview } from '../../src/review/review.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';

let repo: TestRepo;
/** Plan files written beside the repository (a plan is the job's output, not a repository file). */
const planFiles: string[] = [];
afterEach(() => {
  repo.remove();
  for (const f of planFiles.splice(0)) rmSync(f, { force: true });
});

const ZONE = 'resource "aws_route53_zone" "main" {\n  name = "example.org"\n}\n';
const record = (name: string, type: string, ttl: number, records: string[]) =>
  [
    `resource "aws_route53_record" "${name.replace(/\W/g, '_') || 'apex'}_${type.toLowerCase()}" {`,
    '  zone_id = aws_route53_zone.main.zone_id',
    `  name    = "${name}"`,
    `  type    = "${type}"`,
    `  ttl     = ${ttl}`,
    `  records = ${JSON.stringify(records)}`,
    '}',
    '',
  ].join('\n');

async function review(
  base: Record<string, string>,
  head: Record<string, string | null>,
  extra: Parameters<typeof reviewSettings>[3] = {},
) {
  repo = makeRepo();
  const b = repo.commit(base, 'base');
  const h = repo.commit(head, 'head');
  const r = await runReview(reviewSettings(repo.dir, b, h, extra));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.report;
}

test('static reading: an MX change is found at its resource, with a rollback in HCL', async () => {
  const base = {
    'dns/zone.tf': ZONE,
    'dns/records.tf':
      record('www', 'A', 300, ['192.0.2.1']) + record('', 'MX', 3600, ['10 mx1.example.net']),
  };
  const report = await review(base, {
    'dns/records.tf':
      record('www', 'A', 300, ['192.0.2.1']) + record('', 'MX', 3600, ['10 mx9.example.com']),
  });
  expect(report.zones.map((z) => [z.zone, z.format])).toEqual([['example.org.', 'terraform']]);
  expect(report.zones[0]!.changes.map((c) => [c.type, c.kind, c.location])).toEqual([
    ['MX', 'modify', { file: 'dns/records.tf', line: 8 }],
  ]);
  const mx = report.findings.find((f) => f.rule === 'mx-change');
  expect(mx?.location).toMatchObject({ file: 'dns/records.tf', line: 8 });
  const snippet = report.rollback[0]!.snippet;
  expect(snippet).toContain('resource "aws_route53_record" "apex_mx" {');
  expect(snippet).toContain('zone_id = aws_route53_zone.main.zone_id');
  expect(snippet).toContain('records = ["10 mx1.example.net."]');
});

test('an apex NS change in Terraform is judged like any other format', async () => {
  const report = await review(
    {
      'main.tf': ZONE + record('example.org', 'NS', 172800, ['ns1.example.net', 'ns2.example.net']),
    },
    {
      'main.tf':
        ZONE + record('example.org', 'NS', 172800, ['ns1.other.example', 'ns2.other.example']),
    },
  );
  expect(report.findings.map((f) => f.rule)).toContain('ns-change');
});

test('moving from cloudflare_record (v4) to cloudflare_dns_record (v5) changes nothing a reviewer must judge', async () => {
  const zone = 'resource "cloudflare_zone" "z" {\n  name = "example.com"\n}\n';
  const record = (type: string) =>
    `resource "${type}" "www" {\n  zone_id = cloudflare_zone.z.id\n  name    = "www"\n  type    = "A"\n  content = "192.0.2.1"\n  ttl     = 300\n}\n`;
  const report = await review(
    { 'main.tf': zone + record('cloudflare_record') },
    { 'main.tf': zone + record('cloudflare_dns_record') },
  );
  expect(report.zones[0]!.changes).toEqual([]);
  expect(report.findings.filter((f) => f.introduced).map((f) => f.rule)).toEqual([]);
});

test('--terraform-plan: base and head come from the plan, lines from the .tf files', async () => {
  const plan = readFileSync(
    join(process.cwd(), '__tests__/fixtures/terraform/plan/route53.plan.json'),
    'utf8',
  );
  const head = {
    'main.tf': ZONE + record('www.example.org', 'A', 60, ['192.0.2.3']),
  };
  repo = makeRepo();
  const b = repo.commit(
    { 'main.tf': ZONE + record('www.example.org', 'A', 300, ['192.0.2.1', '192.0.2.2']) },
    'base',
  );
  const h = repo.commit(head, 'head');
  const planFile = join(repo.dir, '..', `${repo.dir.split('/').at(-1)}.plan.json`);
  writeFileSync(planFile, plan);
  planFiles.push(planFile);
  const r = await runReview(reviewSettings(repo.dir, b, h, { terraformPlan: planFile }));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const byZone = Object.fromEntries(
    r.report.zones.map((z) => [
      z.zone,
      z.changes.map(
        (c) =>
          `${c.kind} ${c.name} ${c.type} @${c.location?.file ?? '-'}:${c.location?.line ?? '-'}`,
      ),
    ]),
  );
  expect(byZone).toEqual({
    'example.org.': [
      'remove old.example.org. CNAME @plan.json:-'.replace('plan.json', planFile),
      'modify www.example.org. A @main.tf:4',
    ],
    'new.example.': ['add web.new.example. A @' + planFile + ':-'],
  });
  // The rollback restores the plan's before, in the zone's own resource family.
  const snippet = r.report.rollback.find((x) => x.zone === 'example.org.')!.snippet;
  expect(snippet).toContain('records = ["192.0.2.1", "192.0.2.2"]');
  expect(snippet).toContain('records = ["legacy.example.net."]');
});

test('a plan file that is not a plan is an error naming it', async () => {
  repo = makeRepo();
  const b = repo.commit({ 'main.tf': ZONE }, 'base');
  const h = repo.commit({ 'main.tf': `${ZONE}\n` }, 'head');
  const planFile = join(repo.dir, '..', `${repo.dir.split('/').at(-1)}.bad.json`);
  writeFileSync(planFile, '{"format_version":"2.0","resource_changes":[]}');
  planFiles.push(planFile);
  const r = await runReview(reviewSettings(repo.dir, b, h, { terraformPlan: planFile }));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors[0]!.message).toContain('format_version "2.0"');
});

describe('credentials in provider blocks', () => {
  test('a Cloudflare global key (api_key + email) is broad-token-scope; a literal api_token is secret-in-repo', async () => {
    const report = await review(
      { 'main.tf': ZONE },
      {
        'main.tf': ZONE,
        'providers.tf': [
          'provider "cloudflare" {',
          '  email   = "ops@example.com"',
          '  api_key = var.cloudflare_api_key',
          '}',
          '',
          'provider "cloudflare" {',
          '  alias     = "scoped"',
          '  api_token = "Xq3vLm9TzR2pWk7YhB4nC8dF6gJ1sA5eU0iO3lKt"',
          '}',
          '',
          'provider "aws" {',
          '  access_key = "AKIAIOSFODNN7EXAMPLE"',
          '  secret_key = var.aws_secret',
          '}',
          '',
          'variable "cloudflare_api_key" {}',
          'variable "aws_secret" {}',
          '',
        ].join('\n'),
        'terraform.tfvars': 'aws_secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n',
      },
    );
    const found = report.findings
      .filter((f) => ['broad-token-scope', 'secret-in-repo'].includes(f.rule))
      .map((f) => `${f.rule} ${f.location?.file}:${f.location?.line}`)
      .sort();
    expect(found).toEqual([
      // the AWS key pair: a long-lived key (the id alone is not a secret, as DNSControl's KeyId)
      'broad-token-scope providers.tf:12',
      'broad-token-scope providers.tf:3',
      'secret-in-repo providers.tf:8',
      'secret-in-repo terraform.tfvars:1',
    ]);
    // masked, never echoed
    expect(JSON.stringify(report)).not.toContain('Xq3vLm9TzR2pWk7YhB4nC8dF6gJ1sA5eU0iO3lKt');
    expect(JSON.stringify(report)).not.toContain('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  });

  test('a workflow running terraform apply counts for pipeline-change', async () => {
    const report = await review(
      { 'main.tf': ZONE },
      {
        '.github/workflows/apply.yml':
          'on: push\njobs:\n  apply:\n    runs-on: ubuntu-latest\n    steps:\n      - run: terraform apply -auto-approve\n',
      },
    );
    expect(
      report.findings.filter((f) => f.rule === 'pipeline-change').map((f) => f.message),
    ).toEqual(expect.arrayContaining([expect.stringContaining('.github/workflows/apply.yml')]));
  });
});
