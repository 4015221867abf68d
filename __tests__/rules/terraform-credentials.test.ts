/**
 * The credential single points of failure in a Terraform repository (real git, the real HCL
 * parser): the registrar resource and the record resources through one provider configuration
 * are one account; a separate (aliased) configuration is not. A workflow that applies the
 * Terraform with both providers' secrets in one job is one pipeline credential.
 */
import { runReview } from '../../src/review/review.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';

let repo: TestRepo;
afterEach(() => repo.remove());

const zone = (provider?: string) =>
  [
    'resource "aws_route53_zone" "main" {',
    '  name = "example.org"',
    '}',
    'resource "aws_route53_record" "www" {',
    '  zone_id = aws_route53_zone.main.zone_id',
    '  name    = "www"',
    '  type    = "A"',
    '  ttl     = 300',
    '  records = ["192.0.2.1"]',
    '}',
    'resource "aws_route53domains_registered_domain" "main" {',
    ...(provider ? [`  provider    = ${provider}`] : []),
    '  domain_name = "example.org"',
    '  name_server {',
    '    name = "ns-1.awsdns-01.org"',
    '  }',
    '}',
    '',
  ].join('\n');

const providers = (separate: boolean) =>
  [
    'provider "aws" {',
    '  region = "eu-west-1"',
    '}',
    ...(separate
      ? [
          'provider "aws" {',
          '  alias   = "registrar"',
          '  region  = "us-east-1"',
          '  profile = "registrar-admin"',
          '}',
        ]
      : []),
    '',
  ].join('\n');

/** A workflow expression reading a secret (built, so no template placeholder sits in a string). */
const secret = (name: string) => `$\{{ secrets.${name} }}`;

async function rules(files: Record<string, string>) {
  repo = makeRepo();
  const base = repo.commit({ 'README.md': 'dns\n' }, 'base');
  const head = repo.commit(files, 'head');
  const r = await runReview(reviewSettings(repo.dir, base, head));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.report.findings.map((f) => f.rule);
}

test('one provider configuration for the registrar and the records is one account', async () => {
  const found = await rules({ 'dns/providers.tf': providers(false), 'dns/zone.tf': zone() });
  expect(found).toContain('registrar-dns-same-account');
});

test('a registrar through its own provider configuration is not', async () => {
  const found = await rules({
    'dns/providers.tf': providers(true),
    'dns/zone.tf': zone('aws.registrar'),
  });
  expect(found).not.toContain('registrar-dns-same-account');
});

test("a preview job on pull_request with the apply job's secrets is flagged; a plan-only secret is not", async () => {
  const workflow = (previewSecret: string) =>
    [
      'on:',
      '  push: { branches: [main] }',
      '  pull_request:',
      'jobs:',
      '  apply:',
      "    if: github.event_name == 'push'",
      '    runs-on: ubuntu-latest',
      '    env:',
      `      AWS_ACCESS_KEY_ID: ${secret('AWS_ACCESS_KEY_ID')}`,
      `      AWS_SECRET_ACCESS_KEY: ${secret('AWS_SECRET_ACCESS_KEY')}`,
      '    steps:',
      '      - run: terraform -chdir=dns apply -auto-approve',
      '  plan:',
      "    if: github.event_name == 'pull_request'",
      '    runs-on: ubuntu-latest',
      '    env:',
      `      AWS_SECRET_ACCESS_KEY: ${secret(previewSecret)}`,
      '    steps:',
      '      - run: terraform -chdir=dns plan',
      '',
    ].join('\n');
  const files = { 'dns/providers.tf': providers(true), 'dns/zone.tf': zone('aws.registrar') };
  expect(
    await rules({ ...files, '.github/workflows/dns.yml': workflow('AWS_SECRET_ACCESS_KEY') }),
  ).toContain('push-credentials-in-review');
  expect(
    await rules({ ...files, '.github/workflows/dns.yml': workflow('AWS_READONLY_SECRET_KEY') }),
  ).not.toContain('push-credentials-in-review');
});
