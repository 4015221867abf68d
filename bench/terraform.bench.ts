/**
 * Terraform: reading a 1.9 MB root module of 10,000 record resources (5,000
 * `aws_route53_record` with two values each, 5,000 `cloudflare_record` TXT with a template) into
 * zones, through the real loader (tree-sitter parse, evaluation, mapping, canonical rdata),
 * 3 runs, median wall time and the process's peak RSS. The parser choice behind it is in
 * docs/architecture.md (Formats: Terraform).
 */
import { performance } from 'node:perf_hooks';
import { terraformFormat } from '../src/formats/terraform/format.js';
import type { SourceTree } from '../src/sources/types.js';

const RECORDS = 10_000;
const RUNS = 3;

function moduleText(): string {
  const parts = [
    'variable "domain" { default = "example.org" }',
    'resource "aws_route53_zone" "main" {\n  name = "example.com"\n}',
    'resource "cloudflare_zone" "org" {\n  zone = var.domain\n}',
  ];
  for (let i = 0; i < RECORDS; i++)
    parts.push(
      i % 2 === 0
        ? `resource "aws_route53_record" "r${i}" {\n  zone_id = aws_route53_zone.main.zone_id\n  name    = "host${i}.example.com"\n  type    = "A"\n  ttl     = 300\n  records = ["192.0.2.${i % 250}", "198.51.100.${i % 250}"]\n}`
        : `resource "cloudflare_record" "r${i}" {\n  zone_id = cloudflare_zone.org.id\n  name    = "txt${i}"\n  type    = "TXT"\n  content = "v=spf1 include:_spf.\${var.domain} -all"\n  ttl     = 1\n  proxied = false\n}`,
    );
  return `${parts.join('\n\n')}\n`;
}

const text = moduleText();
const tree: SourceTree = {
  root: '/bench',
  commit: undefined,
  label: 'bench',
  listFiles: async () => ['main.tf'],
  readText: async (p) => (p === 'main.tf' ? text : undefined),
};
const times: number[] = [];
let rrsets = 0;
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  const r = await terraformFormat.load(tree, { path: '' });
  times.push(performance.now() - t);
  if (!r.ok) throw new Error(r.errors[0]?.message);
  rrsets = r.value.zones.reduce((n, z) => n + z.rrsets.length, 0);
}
times.sort((a, b) => a - b);
console.log(
  `terraform: ${RECORDS.toLocaleString('en-US')} resources (${(text.length / 1e6).toFixed(1)} MB) → ${rrsets.toLocaleString('en-US')} RRsets; median ${times[Math.floor(RUNS / 2)]!.toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')} ms), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
