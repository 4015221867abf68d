/**
 * `zoneguard export` writes zone files that BIND itself loads, whatever format the repository
 * keeps its zones in: each exported file goes through `named-checkzone` (BIND's own loader,
 * which no one here wrote). DNSControl, octoDNS and Terraform leave the SOA to the provider;
 * the export makes one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/git-repo.js';

const REPOS: Record<string, Record<string, string>> = {
  bind: {
    'zones/example.com.zone': [
      '$ORIGIN example.com.',
      '$TTL 300',
      '@ SOA ns1.example.net. hostmaster 1 7200 3600 1209600 300',
      '@ NS ns1.example.net.',
      '@ NS ns2.example.org.',
      '@ MX 10 mail',
      'mail A 192.0.2.2',
      'www A 192.0.2.1',
      '',
    ].join('\n'),
  },
  dnscontrol: {
    'creds.json': '{ "none": { "TYPE": "NONE" }, "bind": { "TYPE": "BIND" } }\n',
    'dnsconfig.js': [
      "var REG = NewRegistrar('none');",
      "var DNS = NewDnsProvider('bind');",
      "D('example.com', REG, DnsProvider(DNS),",
      "  NAMESERVER('ns1.example.net.'),",
      "  NAMESERVER('ns2.example.org.'),",
      "  A('www', '192.0.2.1'),",
      "  MX('@', 10, 'mail'),",
      "  A('mail', '192.0.2.2'),",
      "  TXT('@', 'v=spf1 mx -all'),",
      "  SRV('_sip._tcp', 10, 5, 5060, 'sip.example.net.'),",
      ');',
      '',
    ].join('\n'),
  },
  octodns: {
    'config/production.yaml': [
      'providers:',
      '  config:',
      '    class: octodns.provider.yaml.YamlProvider',
      '    directory: ./config',
      'zones:',
      '  example.com.:',
      '    sources: [config]',
      '    targets: [config]',
      '',
    ].join('\n'),
    'config/example.com.yaml': [
      "'':",
      '  - type: NS',
      '    values: [ns1.example.net., ns2.example.org.]',
      '  - type: MX',
      '    value: { exchange: mail.example.com., preference: 10 }',
      'mail:',
      '  type: A',
      '  value: 192.0.2.2',
      'www:',
      '  type: A',
      '  value: 192.0.2.1',
      '',
    ].join('\n'),
  },
  terraform: {
    'dns/main.tf': [
      'resource "aws_route53_zone" "main" {',
      '  name = "example.com"',
      '}',
      'resource "aws_route53_record" "ns" {',
      '  zone_id = aws_route53_zone.main.zone_id',
      '  name    = "example.com"',
      '  type    = "NS"',
      '  ttl     = 172800',
      '  records = ["ns1.example.net.", "ns2.example.org."]',
      '}',
      'resource "aws_route53_record" "www" {',
      '  zone_id = aws_route53_zone.main.zone_id',
      '  name    = "www"',
      '  type    = "A"',
      '  ttl     = 300',
      '  records = ["192.0.2.1"]',
      '}',
      '',
    ].join('\n'),
  },
};

const hasCheckzone = spawnSync('named-checkzone', ['-v']).status === 0;

describe.each(Object.keys(REPOS))('export of a %s repository', (format) => {
  (hasCheckzone ? it : it.skip)('loads in named-checkzone', async () => {
    const repo = makeRepo();
    const out = mkdtempSync(join(tmpdir(), 'zoneguard-export-'));
    try {
      repo.commit(REPOS[format]!);
      const r = await runCli(['export', '--format', 'bind', '--repo', repo.dir, '--out', out]);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toContain('no apex NS');
      const files = readdirSync(out);
      expect(files).toEqual(['example.com.zone']);
      const file = join(out, files[0]!);
      // Throws with BIND's own message when the file does not load.
      const said = execFileSync('named-checkzone', ['example.com', file], { encoding: 'utf8' });
      expect(said).toMatch(/loaded serial \d+\nOK/);
      if (format !== 'bind')
        expect(readFileSync(file, 'utf8')).toContain('SOA made by zoneguard export');
    } finally {
      repo.remove();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
