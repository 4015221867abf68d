/**
 * Terraform read through the real parser: one fixture folder per provider family
 * (__tests__/fixtures/terraform/), committed to a real git repository and loaded as the review
 * loads it. Each RRset is shown as `name ttl type values {options} @file:line`.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { terraformFormat } from '../../../src/formats/terraform/format.js';
import type { LoadedZones } from '../../../src/formats/types.js';
import type { Diagnostic } from '../../../src/model/location.js';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.js';

const FIXTURES = join(process.cwd(), '__tests__/fixtures/terraform');

async function load(
  files: Record<string, string> | string,
  options: { tfVarFiles?: string[]; path?: string } = {},
): Promise<{ set: LoadedZones; warnings: readonly Diagnostic[] }> {
  const repo: TestRepo = makeRepo();
  try {
    if (typeof files === 'string') cpSync(join(FIXTURES, files), repo.dir, { recursive: true });
    else repo.write(files);
    repo.git('add', '-A');
    repo.git('commit', '-qm', 'x');
    const r = await terraformFormat.load(await repo.tree('HEAD'), {
      path: options.path ?? '',
      ...options,
    });
    if (!r.ok)
      throw new Error(
        r.errors.map((e) => `${e.location.file}:${e.location.line}: ${e.message}`).join('\n'),
      );
    return { set: r.value, warnings: r.warnings ?? [] };
  } finally {
    repo.remove();
  }
}

async function loadErrors(files: Record<string, string>): Promise<readonly Diagnostic[]> {
  const repo = makeRepo(files);
  try {
    const r = await terraformFormat.load(await repo.tree(), { path: '' });
    return r.ok ? [] : r.errors;
  } finally {
    repo.remove();
  }
}

const shown = (set: LoadedZones, zone: string) =>
  set.zones
    .find((z) => z.name === zone)!
    .rrsets.map(
      (r) =>
        `${r.name} ${r.ttl} ${r.type} ${r.values.join(' | ')}${r.options ? ` ${JSON.stringify(r.options)}` : ''} @${r.location?.file}:${r.location?.line}`,
    );

const notes = (set: LoadedZones, zone: string) =>
  (set.zones.find((z) => z.name === zone)!.diagnostics ?? []).map(
    (d) => `${d.location.file}:${d.location.line} ${d.message}`,
  );

describe('Terraform fixtures, read through the real parser', () => {
  it('Cloudflare provider v4: cloudflare_record with value/content, priority, data blocks, proxied', async () => {
    const { set } = await load('cloudflare-v4');
    expect(set.zones.map((z) => z.name)).toEqual(['example.com.']);
    expect(shown(set, 'example.com.')).toEqual([
      'www.example.com. 1 A 203.0.113.10 {"cloudflare_proxy":"on"} @main.tf:25',
      'example.com. 3600 MX 10 mx1.example.net. | 20 mx2.example.net. @main.tf:33',
      '_sip._tcp.example.com. 300 SRV 0 5 5060 sip.example.com. @main.tf:51',
      'example.com. 3600 CAA 0 issue "letsencrypt.org" @main.tf:68',
      'example.com. 3600 TXT "v=spf1 include:_spf.example.net -all" @main.tf:81',
    ]);
    const zone = set.zones[0]!;
    expect(zone).toMatchObject({
      format: 'terraform',
      config: './',
      reference: 'cloudflare_zone.example.id',
      providers: [{ name: 'cloudflare', type: 'cloudflare', resource: 'cloudflare_record' }],
      location: { file: 'main.tf', line: 20 },
    });
    // terraform apply touches only the resources it manages
    expect(zone.unmanaged[0]).toMatchObject({ name: '*', appliesTo: 'live' });
  });

  it('Cloudflare provider v5: cloudflare_dns_record with data = {…}, a zone data source by name', async () => {
    const { set } = await load('cloudflare-v5');
    expect(shown(set, 'example.com.')).toEqual([
      'www.example.com. 1 AAAA 2001:db8::10 {"cloudflare_proxy":"on"} @main.tf:32',
      '_sip._tcp.example.com. 300 SRV 10 60 5060 sip.example.com. @main.tf:41',
      'example.com. 3600 CAA 0 issuewild ";" @main.tf:54',
    ]);
    expect(shown(set, 'example.net.')).toEqual([
      '_dmarc.example.net. 300 TXT "v=DMARC1; p=reject" @main.tf:66',
    ]);
    expect(set.zones.find((z) => z.name === 'example.net.')!.reference).toBe(
      'data.cloudflare_zone.other.id',
    );
  });

  it('Route 53: tfvars and auto.tfvars, locals, templates, alias, weighted sets, for_each, count, registrar NS', async () => {
    const { set } = await load('route53');
    expect(shown(set, 'example.org.')).toEqual([
      'www.example.org. 300 A 192.0.2.1 | 192.0.2.2 @main.tf:10',
      'example.org. 60 R53_ALIAS A d111111abcdef8.cloudfront.net. {"r53_zone_id":"Z2FDTNDATAQYW2","r53_evaluate_target_health":"false"} @main.tf:18',
      'shop.example.org. 60 CNAME blue.example.net. | green.example.net. {"routing":"blue: weighted {\\"weight\\":90} ttl 60 blue.example.net.; green: weighted {\\"weight\\":10} ttl 60 green.example.net."} @main.tf:42',
      'api.example.org. 300 A 192.0.2.22 @main.tf:68',
      'app.example.org. 300 A 192.0.2.21 @main.tf:68',
      'node0.example.org. 300 A 198.51.100.1 @main.tf:77',
      'node1.example.org. 300 A 198.51.100.2 @main.tf:77',
      'sel._domainkey.example.org. 3600 TXT "v=DKIM1; k=rsa; p=AAAA" "BBBB" @main.tf:86',
    ]);
    const zone = set.zones.find((z) => z.name === 'example.org.')!;
    expect(zone.registrar).toEqual({ name: 'aws', type: 'route53domains' });
    expect(zone.nameservers).toEqual(['ns-1.awsdns-01.org.', 'ns-2.awsdns-02.net.']);
    // The alias to a load balancer's computed name: kept out of the judgement, and said so.
    expect(notes(set, 'example.org.')).toEqual([
      'main.tf:30 aws_route53_record.lb: its value depends on aws_lb.main.dns_name (known only after apply), which only running Terraform can know: the review leaves lb R53_ALIAS to the push (give --terraform-plan for the exact values)',
    ]);
    expect(zone.unmanaged).toContainEqual(
      expect.objectContaining({ name: 'lb', types: ['R53_ALIAS'] }),
    );
    expect(shown(set, 'legacy.example.')).toEqual([
      'www.legacy.example. 300 CNAME example.org. @main.tf:98',
    ]);
  });

  it('--tf-var-file is read last, over terraform.tfvars and *.auto.tfvars', async () => {
    const repoFiles = Object.fromEntries(
      readdirSync(join(FIXTURES, 'route53')).map((f) => [
        f,
        readFileSync(join(FIXTURES, 'route53', f), 'utf8'),
      ]),
    );
    const { set } = await load(
      { ...repoFiles, 'env/prod.tfvars': 'web_ips = ["192.0.2.99"]\nreplicas = 0\n' },
      { tfVarFiles: ['env/prod.tfvars'] },
    );
    const www = shown(set, 'example.org.').filter((l) => /^(www|node)/.test(l));
    expect(www).toEqual(['www.example.org. 300 A 192.0.2.99 @main.tf:10']);
  });

  it('Google Cloud DNS: managed zone with dnssec_config, record sets by zone name or reference', async () => {
    const { set } = await load('google');
    expect(shown(set, 'example.dev.')).toEqual([
      'www.example.dev. 300 A 8.8.8.8 @main.tf:10',
      'example.dev. 300 TXT "google-site-verification=abc" | "v=spf1 -all" @main.tf:18',
      'example.dev. 3600 MX 1 smtp.google.com. @main.tf:26',
    ]);
    expect(set.zones[0]!.dnssec).toBe('on');
  });

  it('Azure DNS: a record resource per type, typed record blocks', async () => {
    const { set } = await load('azure');
    expect(shown(set, 'example.io.')).toEqual([
      'www.example.io. 300 A 192.0.2.5 @main.tf:6',
      'docs.example.io. 300 CNAME docs.example.net. @main.tf:14',
      'example.io. 3600 MX 10 mail1.example.net. | 20 mail2.example.net. @main.tf:22',
      'example.io. 300 TXT "v=spf1 -all" @main.tf:38',
      'example.io. 300 CAA 0 issue "digicert.com" @main.tf:49',
      '_xmpp._tcp.example.io. 300 SRV 1 5 5222 xmpp.example.io. @main.tf:62',
    ]);
  });

  it('DigitalOcean and OVH', async () => {
    const { set } = await load('digitalocean-ovh');
    expect(shown(set, 'example.app.')).toEqual([
      'www.example.app. 1800 A 192.0.2.30 @main.tf:5',
      'example.app. 3600 MX 10 mail.example.app. @main.tf:12',
      'example.app. 1800 CAA 0 issue "letsencrypt.org" @main.tf:21',
    ]);
    expect(shown(set, 'example.eu.')).toEqual([
      'www.example.eu. 3600 A 192.0.2.40 @main.tf:30',
      'example.eu. 3600 MX 1 mx1.mail.ovh.net. @main.tf:38',
    ]);
  });

  it('a local module is expanded with its inputs; a registry module is named as unread', async () => {
    const { set } = await load('module');
    expect(set.zones.map((z) => z.name)).toEqual(['example.net.']);
    expect(shown(set, 'example.net.')).toEqual([
      'mail.example.net. 600 A 192.0.2.51 @modules/dns/main.tf:18',
      'web.example.net. 600 A 192.0.2.50 @modules/dns/main.tf:18',
    ]);
    expect(set.zones[0]!.reference).toBe('module.dns.aws_route53_zone.this.zone_id');
    expect(notes(set, 'example.net.')).toEqual([
      'main.tf:7 module "registry_dns" (source "terraform-aws-modules/route53/aws//modules/records") is not a local folder, so its resources are not read: any DNS records it manages are unknown to this review',
    ]);
  });
});

describe('what static reading cannot know, and bad input', () => {
  it('a zone given only by an id is a warning naming the record, not a guess', async () => {
    const { set, warnings } = await load({
      'dns.tf': [
        'variable "zone_id" {}',
        'resource "cloudflare_record" "www" {',
        '  zone_id = var.zone_id',
        '  name    = "www"',
        '  type    = "A"',
        '  content = "192.0.2.1"',
        '}',
        '',
      ].join('\n'),
    });
    expect(set.zones).toEqual([]);
    expect(warnings.map((w) => `${w.location.file}:${w.location.line} ${w.message}`)).toEqual([
      'dns.tf:2 cloudflare_record.www: its zone depends on var.zone_id (no value given), which only running Terraform can know, so the review cannot tell which zone this record is in',
    ]);
  });

  it('for_each over a data source cannot be expanded, and says so at its line', async () => {
    const { set } = await load({
      'dns.tf': [
        'resource "aws_route53_zone" "z" { name = "example.com" }',
        'data "external" "hosts" {}',
        'resource "aws_route53_record" "r" {',
        '  for_each = data.external.hosts.result',
        '  zone_id  = aws_route53_zone.z.zone_id',
        '  name     = each.key',
        '  type     = "A"',
        '  ttl      = 60',
        '  records  = [each.value]',
        '}',
        '',
      ].join('\n'),
    });
    expect(notes(set, 'example.com.')).toEqual([
      'dns.tf:4 aws_route53_record.r: for_each depends on data.external.hosts.result (known only after apply), which only running Terraform can know: the review cannot expand it',
    ]);
  });

  it('a syntax error is an error with its file and line', async () => {
    const errors = await loadErrors({
      'ok.tf': 'locals { a = 1 }\n',
      'bad.tf': 'resource "aws_route53_zone" "z" {\n  name = = "x"\n}\n',
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'terraform/syntax',
      location: { file: 'bad.tf', line: 2 },
    });
  });

  it('try() falls back past a missing key, never past an unknown value', async () => {
    const { set } = await load({
      'dns.tf': [
        'resource "aws_route53_zone" "z" { name = "example.com" }',
        'variable "records" {',
        '  default = { www = { ip = "192.0.2.1" }, api = { ip = "192.0.2.2", ttl = 60 } }',
        '}',
        'data "external" "ttl" {}',
        'resource "aws_route53_record" "r" {',
        '  for_each = var.records',
        '  zone_id  = aws_route53_zone.z.zone_id',
        '  name     = each.key',
        '  type     = "A"',
        '  ttl      = try(each.value.ttl, 300)',
        '  records  = [each.value.ip]',
        '}',
        'resource "aws_route53_record" "u" {',
        '  zone_id  = aws_route53_zone.z.zone_id',
        '  name     = "later"',
        '  type     = "TXT"',
        '  ttl      = 300',
        '  records  = [try(data.external.ttl.result.v, "fallback")]',
        '}',
        '',
      ].join('\n'),
    });
    expect(shown(set, 'example.com.')).toEqual([
      'api.example.com. 60 A 192.0.2.2 @dns.tf:6',
      'www.example.com. 300 A 192.0.2.1 @dns.tf:6',
    ]);
    expect(notes(set, 'example.com.')).toEqual([
      expect.stringContaining(
        'dns.tf:14 aws_route53_record.u: its value depends on data.external.ttl.result.v (known only after apply)',
      ),
    ]);
  });

  it('an argument at the top level of a .tf file is an error, as terraform refuses it', async () => {
    const errors = await loadErrors({
      'vars.tf': 'records = { a = 1 }\n',
      'dns.tf': 'resource "aws_route53_zone" "z" { name = "example.com" }\n',
    });
    expect(errors.map((e) => `${e.location.file}:${e.location.line} ${e.code}`)).toEqual([
      'vars.tf:1 terraform/top-level-argument',
    ]);
  });

  it('hostile input ends in located warnings, not a crash or a hang', async () => {
    const deep = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
    const { set, warnings } = await load({
      'main.tf': [
        'resource "aws_route53_zone" "z" { name = "example.com" }',
        `locals { deep = ${deep} }`,
        'module "self" {',
        '  source = "./"',
        '}',
        'resource "aws_route53_record" "many" {',
        '  count   = 1000000000',
        '  zone_id = aws_route53_zone.z.zone_id',
        '  name    = "many"',
        '  type    = "A"',
        '  ttl     = 60',
        '  records = ["192.0.2.1"]',
        '}',
        '',
      ].join('\n'),
    });
    const messages = [...warnings, ...(set.zones[0]?.diagnostics ?? [])].map(
      (d) => `${d.location.file}:${d.location.line} ${d.message}`,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        'main.tf:7 aws_route53_record.many: count = 1000000000 is more than the 100,000 instances this review expands',
        'main.tf:3 module "self" calls ., which is already being evaluated (a module cannot call itself)',
      ]),
    );
  });

  it('Terraform that manages no DNS is not read: no errors, warnings or zones from it', async () => {
    const { set, warnings } = await load({
      'infra/web.tf': 'resource "aws_instance" "web" {\n  ami = = "x"\n}\n',
      'infra/vpc.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n',
      'dns/main.tf': 'resource "aws_route53_zone" "z" {\n  name = "example.com"\n}\n',
    });
    expect(set.zones.map((z) => `${z.name} ${z.config}`)).toEqual(['example.com. dns/']);
    expect(warnings).toEqual([]);
  });

  it('a value its record type refuses is an error at the resource', async () => {
    const errors = await loadErrors({
      'dns.tf':
        'resource "aws_route53_zone" "z" { name = "example.com" }\nresource "aws_route53_record" "r" {\n  zone_id = aws_route53_zone.z.zone_id\n  name = "www"\n  type = "A"\n  ttl = 60\n  records = ["not-an-address"]\n}\n',
    });
    expect(errors.map((e) => `${e.location.file}:${e.location.line} ${e.code}`)).toEqual([
      'dns.tf:2 terraform/rdata',
    ]);
  });
});
