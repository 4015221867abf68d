/**
 * Signs, in the files of a DNS pipeline, that it uses a credential able to change more than
 * the zones it manages: account-wide keys, long-lived cloud keys instead of OIDC, IAM grants
 * on every hosted zone, project- or subscription-wide roles. Each sign has a stable id (for
 * base/head comparison), the line it is on, and the scoped alternative to suggest.
 *
 * Workflows, policies and octoDNS configs are matched by line, on names and shapes that only
 * these settings use; DNSControl creds files are judged from the provider metadata that the
 * format's reader gives (type, field names and lines). The values of credentials are never
 * looked at here (secret-in-repo does that, masked).
 */
import { readCreds } from '../formats/dnscontrol/creds.js';
import { lineColumnIndex } from '../model/location.js';
import type { CredentialInfo } from '../model/zone.js';
import { isDnsWorkflow, type PipelineFile } from './pipeline-files.js';

export interface ScopeSignal {
  readonly id: string;
  readonly line: number;
  readonly what: string;
  readonly alternative: string;
}

const CF_TOKEN =
  'a Cloudflare API token limited to Zone:Read and DNS:Edit on the zones this repository manages (DNSControl "apitoken", CLOUDFLARE_API_TOKEN)';
const AWS_OIDC =
  'GitHub OIDC: aws-actions/configure-aws-credentials with role-to-assume (permissions: id-token: write), the role allowed route53:ChangeResourceRecordSets only on arn:aws:route53:::hostedzone/<zone id>';
const AWS_SCOPED =
  'route53:ChangeResourceRecordSets and route53:GetChange on arn:aws:route53:::hostedzone/<zone id> of each managed zone (and route53:ListHostedZones on *), optionally limited with the route53:ChangeResourceRecordSets* condition keys';
const GCP_WIF =
  'Workload Identity Federation (google-github-actions/auth with workload_identity_provider) and roles/dns.admin granted on each managed zone (google_dns_managed_zone_iam_member), not the project';
const AZURE_SCOPED =
  'OIDC azure/login (client-id, tenant-id, subscription-id) and "DNS Zone Contributor" assigned on each DNS zone (…/providers/Microsoft.Network/dnszones/<zone>), not the subscription';

interface LineRule {
  readonly id: string;
  readonly re: RegExp;
  readonly what: string;
  readonly alternative: string;
}

const WORKFLOW_LINES: readonly LineRule[] = [
  {
    id: 'cloudflare-global-key',
    re: /\b(?:CLOUDFLARE_API_KEY|CF_API_KEY|CLOUDFLARE_AUTH_KEY|CF_AUTH_KEY|X-Auth-Key|dns_cloudflare_api_key)\b/i,
    what: 'uses the Cloudflare Global API Key, which can change every zone and setting of the account',
    alternative: CF_TOKEN,
  },
  {
    id: 'aws-long-lived-key',
    re: /\b(?:aws-secret-access-key|AWS_SECRET_ACCESS_KEY)\b/,
    what: 'authenticates to AWS with a long-lived access key',
    alternative: AWS_OIDC,
  },
  {
    id: 'gcp-service-account-key',
    re: /\bcredentials_json\s*:|GOOGLE_APPLICATION_CREDENTIALS|GCP_SA_KEY/,
    what: 'authenticates to Google Cloud with a service account JSON key',
    alternative: GCP_WIF,
  },
  {
    id: 'azure-client-secret',
    re: /\bAZURE_CREDENTIALS\b|\bclientSecret\b|\bARM_CLIENT_SECRET\b/,
    what: 'authenticates to Azure with a service principal secret',
    alternative: AZURE_SCOPED,
  },
];

const POLICY_LINES: readonly LineRule[] = [
  {
    id: 'route53-all-actions',
    re: /["']route53:\*["']/i,
    what: 'grants route53:* (every Route 53 action, including deleting zones)',
    alternative: AWS_SCOPED,
  },
  {
    id: 'route53domains',
    re: /["']route53domains:[^"']*["']/i,
    what: 'grants Route 53 Domains actions: the holder can move the domain’s nameservers, DS and transfer lock at the registry',
    alternative: `${AWS_SCOPED}; keep registrar permissions out of the DNS pipeline`,
  },
  {
    id: 'all-hosted-zones',
    re: /hostedzone\/\*/i,
    what: 'grants access to every hosted zone of the account (hostedzone/*)',
    alternative: AWS_SCOPED,
  },
  {
    id: 'aws-admin-policy',
    re: /\b(?:AdministratorAccess|PowerUserAccess|AmazonRoute53FullAccess|AmazonRoute53DomainsFullAccess)\b/,
    what: 'attaches an AWS managed policy that covers every zone (or everything)',
    alternative: AWS_SCOPED,
  },
  {
    id: 'aws-all-actions',
    re: /["']Action["']\s*:\s*(?:\[\s*)?["']\*["']|\bactions\s*=\s*\[\s*["']\*["']/,
    what: 'grants every AWS action ("*")',
    alternative: AWS_SCOPED,
  },
  {
    id: 'gcp-project-role',
    re: /["']roles\/(?:dns\.admin|owner|editor)["']/,
    what: 'grants a project-wide role that can change every DNS zone of the project',
    alternative: GCP_WIF,
  },
  {
    id: 'azure-broad-role',
    re: /role_definition_name\s*=\s*["'](?:Owner|Contributor|DNS Zone Contributor)["']/,
    what: 'assigns an Azure role that, at subscription or resource-group scope, covers every DNS zone there',
    alternative: AZURE_SCOPED,
  },
  {
    id: 'cloudflare-global-key',
    re: /^\s*api_key\s*=|\bCLOUDFLARE_API_KEY\b/,
    what: 'configures Cloudflare with the Global API Key',
    alternative: CF_TOKEN,
  },
];

/** Broad-credential signs in one pipeline file. */
export function scopeSignals(file: PipelineFile): ScopeSignal[] {
  switch (file.kind) {
    case 'workflow':
      return isDnsWorkflow(file.text) ? workflowSignals(file.text) : [];
    case 'dnscontrol-creds':
      return credsFileSignals(file);
    case 'octodns-config':
      return octodnsSignals(file.text);
    case 'terraform':
      // Provider blocks are judged from the Terraform format's credential metadata
      // (credentialSignals), not by line: only the IAM grants written in HCL are matched here.
      return /route53|dns/i.test(file.text)
        ? policySignals(file.text).filter((s) => s.id !== 'cloudflare-global-key')
        : [];
    case 'iam-policy':
      return /route53|dns|cloudflare/i.test(file.text) ? policySignals(file.text) : [];
    default:
      return [];
  }
}

function byLine(text: string, rules: readonly LineRule[]): ScopeSignal[] {
  const out: ScopeSignal[] = [];
  const seen = new Set<string>();
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (/^\s*(#|\/\/)/.test(line)) return; // comments do not configure anything
    for (const r of rules) {
      if (seen.has(r.id) || !r.re.test(line)) continue;
      seen.add(r.id);
      out.push({ id: r.id, line: i + 1, what: r.what, alternative: r.alternative });
    }
  });
  return out;
}

function workflowSignals(text: string): ScopeSignal[] {
  const signals = byLine(text, WORKFLOW_LINES);
  // Long-lived keys are the problem only when the workflow does not federate through OIDC.
  return signals.filter(
    (s) =>
      !(s.id === 'aws-long-lived-key' && /role-to-assume\s*:/.test(text)) &&
      !(s.id === 'gcp-service-account-key' && /workload_identity_provider\s*:/.test(text)),
  );
}

function policySignals(text: string): ScopeSignal[] {
  const signals = byLine(text, POLICY_LINES);
  // `Resource: "*"` matters when the same policy lets the holder change records.
  if (/route53:(?:ChangeResourceRecordSets|\*)/i.test(text)) {
    const m = /["']Resource["']\s*:\s*(?:\[\s*)?["']\*["']|\bresources\s*=\s*\[\s*["']\*["']/.exec(
      text,
    );
    if (m)
      signals.push({
        id: 'route53-any-resource',
        line: lineColumnIndex(text)(m.index).line,
        what: 'lets Route 53 record changes apply to any resource ("Resource": "*"), so every hosted zone',
        alternative: AWS_SCOPED,
      });
  }
  const cfKey = signals.find((s) => s.id === 'cloudflare-global-key');
  if (cfKey && !/provider\s+"cloudflare"/.test(text) && !/CLOUDFLARE_API_KEY/.test(text))
    return signals.filter((s) => s !== cfKey); // `api_key =` outside a Cloudflare provider
  return signals.sort((a, b) => a.line - b.line);
}

/**
 * A DNSControl creds file, through the format's reader. The zone set alone is not enough: the
 * format loads only the creds.json beside dnsconfig.js, and only when the config evaluates,
 * while this judges every creds file of the pipeline (other folders, repositories of another
 * format, a base side that does not load). Only plain JSON is judged here, as it always was; a
 * creds.json with comments is judged through the loaded credentials (credentialSignals) alone.
 */
function credsFileSignals(file: PipelineFile): ScopeSignal[] {
  const creds = readCreds(file.text, file.path);
  return creds.plainJson ? creds.credentials.flatMap(dnscontrolProviderSignals) : [];
}

/** One creds.json provider, by its TYPE and the keys it uses (never their values). */
function dnscontrolProviderSignals(cred: CredentialInfo): ScopeSignal[] {
  const out: ScopeSignal[] = [];
  const name = cred.provider;
  const type = (cred.type ?? '').toUpperCase();
  const field = (key: string) => cred.fields.find((f) => f.key === key);
  const has = (key: string) => field(key) !== undefined;
  const line = (key: string) => lineOfField(cred, field(key));
  if (type === 'CLOUDFLAREAPI' && has('apikey'))
    out.push({
      id: `cloudflare-global-key ${name}`,
      line: line('apikey'),
      what: `provider "${name}" uses the Cloudflare Global API Key (apikey + apiuser), which can change every zone and setting of the account`,
      alternative: CF_TOKEN,
    });
  if (type === 'ROUTE53' && (has('SecretKey') || has('KeyId')) && !has('RoleArn'))
    out.push({
      id: `aws-long-lived-key ${name}`,
      line: line(has('SecretKey') ? 'SecretKey' : 'KeyId'),
      what: `provider "${name}" uses a long-lived AWS access key`,
      alternative: AWS_OIDC,
    });
  if (type === 'GCLOUD' && has('private_key'))
    out.push({
      id: `gcp-service-account-key ${name}`,
      line: line('private_key'),
      what: `provider "${name}" uses a Google service account JSON key`,
      alternative: GCP_WIF,
    });
  if (type === 'AZURE_DNS' && has('ClientSecret'))
    out.push({
      id: `azure-client-secret ${name}`,
      line: line('ClientSecret'),
      what: `provider "${name}" uses an Azure service principal secret`,
      alternative: AZURE_SCOPED,
    });
  return out;
}

/** The line of a credential's field, else of the provider, else the first line. */
function lineOfField(
  cred: CredentialInfo,
  field: CredentialInfo['fields'][number] | undefined,
): number {
  return field?.location?.line ?? cred.location.line ?? 1;
}

/** octoDNS providers: Cloudflare with `email` (the Global API Key), Route 53 with access keys. */
function octodnsSignals(text: string): ScopeSignal[] {
  const out: ScopeSignal[] = [];
  const lines = text.split('\n');
  let providerClass = '';
  let providerName = '';
  lines.forEach((line, i) => {
    const head = /^ {2}([\w.-]+):\s*$/.exec(line);
    if (head) {
      providerName = head[1]!;
      providerClass = '';
    }
    const cls = /^\s+class:\s*['"]?([\w.]+)/.exec(line);
    if (cls) providerClass = cls[1]!;
    if (/cloudflare/i.test(providerClass) && /^\s+email:/.test(line))
      out.push({
        id: `cloudflare-global-key ${providerName}`,
        line: i + 1,
        what: `provider "${providerName}" uses the Cloudflare Global API Key (email + token)`,
        alternative: `${CF_TOKEN}; with octodns_cloudflare give only "token"`,
      });
    if (/route53/i.test(providerClass) && /^\s+access_key_id:/.test(line))
      out.push({
        id: `aws-long-lived-key ${providerName}`,
        line: i + 1,
        what: `provider "${providerName}" uses a long-lived AWS access key`,
        alternative: AWS_OIDC,
      });
  });
  return out;
}

/**
 * Signs in the credential metadata the formats report (provider type and field names, never
 * values): the same ids as the file scans, so a rule can merge both without duplicates.
 */
export function credentialSignals(cred: CredentialInfo): ScopeSignal[] {
  const type = cred.type ?? '';
  const field = (...keys: string[]) => cred.fields.find((f) => keys.includes(f.key));
  const out: ScopeSignal[] = [];
  // Terraform's `provider "cloudflare"` (type `cloudflare`): `api_key` with `email` is the
  // Global API Key; `email` beside `api_token` is not.
  const terraformCf = type === 'cloudflare';
  const cfKey = /cloudflare/i.test(type)
    ? terraformCf
      ? field('api_key')
      : field('apikey', 'email')
    : undefined;
  if (cfKey)
    out.push({
      id: `cloudflare-global-key ${cred.provider}`,
      line: lineOfField(cred, cfKey),
      what: `provider "${cred.provider}" uses the Cloudflare Global API Key (${terraformCf ? 'api_key + email' : cfKey.key === 'email' ? 'email + token' : 'apikey + apiuser'}), which can change every zone and setting of the account`,
      alternative: terraformCf ? `${CF_TOKEN}; in Terraform, api_token` : CF_TOKEN,
    });
  const awsKey =
    /route53/i.test(type) || type === 'aws'
      ? field(
          'KeyId',
          'SecretKey',
          'access_key_id',
          'secret_access_key',
          'access_key',
          'secret_key',
        )
      : undefined;
  if (awsKey && !field('RoleArn', 'role_arn'))
    out.push({
      id: `aws-long-lived-key ${cred.provider}`,
      line: lineOfField(cred, awsKey),
      what: `provider "${cred.provider}" uses a long-lived AWS access key`,
      alternative: AWS_OIDC,
    });
  return out;
}
