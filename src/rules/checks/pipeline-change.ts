/**
 * pipeline-change: the change edits what pushes DNS or guards it (DNS workflows, credential
 * files, IAM and Terraform that declare DNS providers or resources, this review's own
 * policy), so it needs a second look by
 * someone who owns the pipeline. It also flags DNS apply jobs that run on
 * `pull_request_target` (secrets next to code from forks: high) or without a protected
 * `environment:` (no required reviewer before DNS changes).
 */
import { isDnsWorkflow, type PipelineFile, readPipelineFiles } from '../pipeline-files.js';
import type { DraftFinding, Rule } from '../types.js';
import { parseWorkflow } from '../workflow.js';

const WHAT: Record<PipelineFile['kind'], string> = {
  workflow: 'a workflow that runs the DNS tooling',
  'dnscontrol-creds': 'the DNSControl credentials file',
  'octodns-config': 'the octoDNS config that holds the provider credentials',
  terraform: 'Terraform that manages DNS access',
  'iam-policy': 'an IAM policy for DNS',
  'zoneguard-policy': 'the ZoneGuard policy that decides what blocks this review',
};

/**
 * Terraform that concerns DNS: a DNS provider, a DNS resource type, or IAM for DNS. A
 * repository's Terraform for a droplet or a bucket is not the DNS pipeline.
 */
const TERRAFORM_DNS = new RegExp(
  [
    // resource and data source types of the DNS providers (HCL `resource "…"` or .tf.json keys)
    String.raw`"(?:aws_route53_|google_dns_|azurerm_(?:private_)?dns_|cloudflare_|digitalocean_(?:domain|record)\b|dnsimple_|ns1_|powerdns_|hetznerdns_|gandi_|ovh_domain_|linode_domain|dns_|namecheap_|porkbun_|vultr_dns_|desec_)`,
    // provider blocks and required_providers sources of DNS-only providers
    String.raw`provider\s+"(?:cloudflare|dnsimple|ns1|powerdns|hetznerdns|gandi|dns|namecheap|porkbun|desec)"`,
    String.raw`source\s*=\s*"[^"]*/(?:cloudflare|dnsimple|ns1|powerdns|hetznerdns|gandi|dns|namecheap|porkbun|desec)"`,
    // IAM that grants DNS
    String.raw`route53|roles/dns\.|DNS Zone Contributor`,
  ].join('|'),
  'i',
);

export function terraformConcernsDns(text: string): boolean {
  return TERRAFORM_DNS.test(text);
}

/** IAM for DNS, as written in HCL or policy JSON inside a .tf file. */
const TERRAFORM_DNS_ACCESS = /route53:|roles\/dns\.|DNS Zone Contributor|route53domains/i;

/**
 * The part of a Terraform file that decides DNS access: the `terraform {}` settings (provider
 * sources and versions, backend), `provider` blocks, and lines granting DNS IAM. DNS records
 * and zones are reviewed as zones (the Terraform format), so editing them is not a pipeline
 * change; editing this part is. Blocks are found by their header at the start of a line and
 * their closing brace at the start of a line, as `terraform fmt` writes them.
 */
export function terraformAccessText(text: string): string {
  const out: string[] = [];
  let inside = false;
  for (const line of text.split('\n')) {
    if (/^(?:terraform\s*\{|provider\s+"[^"]*"\s*\{)/.test(line)) inside = true;
    if (inside || TERRAFORM_DNS_ACCESS.test(line)) out.push(line.trimEnd());
    if (inside && /^\}/.test(line)) inside = false;
  }
  return out.join('\n');
}

interface JobProblem {
  readonly key: string;
  readonly line: number;
  readonly severity?: 'high';
  readonly message: string;
  readonly fix: string;
}

function jobProblems(file: PipelineFile): JobProblem[] {
  if (file.kind !== 'workflow' || !isDnsWorkflow(file.text)) return [];
  const wf = parseWorkflow(file.text);
  if (!wf) return [];
  const out: JobProblem[] = [];
  const prTarget = wf.triggers.includes('pull_request_target');
  for (const job of wf.jobs) {
    if (!job.applies) continue;
    if (prTarget)
      out.push({
        key: `${file.path} ${job.id} pull_request_target`,
        line: wf.triggerLine ?? job.line,
        severity: 'high',
        message: `${file.path}: job "${job.id}" pushes DNS on pull_request_target, which runs with the repository's secrets for pull requests from forks.`,
        fix: 'Push DNS only on push to the default branch (or workflow_dispatch), and run previews of pull requests on pull_request with read-only credentials.',
      });
    if (!job.environment)
      out.push({
        key: `${file.path} ${job.id} no-environment`,
        line: job.line,
        message: `${file.path}:${job.line} job "${job.id}" pushes DNS without a protected environment: nothing makes a person approve the push.`,
        fix: `Add "environment: dns-production" to job "${job.id}", protect that environment with required reviewers and the default branch only, and keep the DNS credentials as environment secrets.`,
      });
  }
  return out;
}

export const pipelineChange: Rule = {
  id: 'pipeline-change',
  defaultSeverity: 'medium',
  title: 'Change to the pipeline that pushes DNS or to its credentials',
  why: 'The workflows, credential files and policy around DNS decide who can change DNS and what is reviewed. A change there can bypass every check on the zones themselves.',
  fix: 'Have the owners of the DNS pipeline review this part of the change (CODEOWNERS on .github/workflows, credential files and .zoneguard.yml).',
  readsRepository: true,
  async check(ctx) {
    const out: DraftFinding[] = [];
    const changed = new Set(ctx.changedFiles);
    const head = await readPipelineFiles(ctx.headTree, [ctx.head], undefined, ctx.path ?? '');
    const base = ctx.baseTree
      ? await readPipelineFiles(ctx.baseTree, [ctx.base], undefined, ctx.path ?? '')
      : [];
    const headPaths = new Set(head.map((f) => f.path));
    const baseText = new Map(base.map((f) => [f.path, f.text]));
    const headText = new Map(head.map((f) => [f.path, f.text]));
    for (const file of [...head, ...base.filter((f) => !headPaths.has(f.path))]) {
      if (!changed.has(file.path)) continue;
      if (file.kind === 'workflow' && !isDnsWorkflow(file.text)) continue;
      if (file.kind === 'terraform' && !terraformConcernsDns(file.text)) continue;
      // Terraform: only an edit of what grants DNS access counts, not of the records.
      if (
        file.kind === 'terraform' &&
        terraformAccessText(headText.get(file.path) ?? '') ===
          terraformAccessText(baseText.get(file.path) ?? '')
      )
        continue;
      const removed = !headPaths.has(file.path);
      out.push({
        introduced: true,
        key: `edit ${file.path}`,
        message: `This change ${removed ? 'removes' : 'edits'} ${file.path}, ${WHAT[file.kind]}.`,
        location: { file: file.path },
      });
    }
    const before = new Set(base.flatMap((f) => jobProblems(f).map((p) => p.key)));
    for (const file of head)
      for (const p of jobProblems(file))
        out.push({
          introduced: !before.has(p.key),
          key: p.key,
          message: p.message,
          fix: p.fix,
          location: { file: file.path, line: p.line },
          ...(p.severity ? { severity: p.severity } : {}),
        });
    return out;
  },
};
