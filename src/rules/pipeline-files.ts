/**
 * The files of a repository that hold or use DNS credentials: GitHub workflows, DNSControl
 * `creds.json`, octoDNS configs (from the zone set's credential locations), Terraform and
 * IAM policy JSON. The credential rules read only these, only up to a size bound, so a
 * large or hostile repository cannot make the review slow.
 */
import type { ZoneSet } from '../model/zone.js';
import type { SourceTree } from '../sources/types.js';

export type PipelineFileKind =
  | 'workflow'
  | 'dnscontrol-creds'
  | 'octodns-config'
  | 'terraform'
  | 'iam-policy'
  | 'zoneguard-policy';

export interface PipelineFile {
  readonly path: string;
  readonly kind: PipelineFileKind;
  readonly text: string;
}

/** Files larger than this are not read (real configs and workflows are far smaller). */
export const MAX_FILE_BYTES = 512 * 1024;
/** JSON files opened to look for IAM statements, at most. */
const MAX_JSON_PROBES = 200;

/** What a path is from its name alone; undefined for JSON that needs its content checked. */
export function kindFromPath(path: string): PipelineFileKind | undefined {
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'workflow';
  if (/^(?:.*\/)?(?:[\w.-]*[-_.])?creds\.json$/i.test(path)) return 'dnscontrol-creds';
  if (/\.(?:tf|tf\.json|tfvars|tfvars\.json)$/.test(path)) return 'terraform';
  if (path === '.zoneguard.yml' || path === '.zoneguard.yaml') return 'zoneguard-policy';
  return undefined;
}

/** Credential locations the formats found (octoDNS provider blocks, DNSControl creds). */
export function credentialFiles(...sets: (ZoneSet | undefined)[]): Map<string, PipelineFileKind> {
  const out = new Map<string, PipelineFileKind>();
  for (const set of sets)
    for (const c of set?.credentials ?? []) {
      const file = c.location.file;
      out.set(file, kindFromPath(file) ?? 'octodns-config');
    }
  return out;
}

async function readBounded(tree: SourceTree, path: string): Promise<string | undefined> {
  try {
    const text = await tree.readText(path);
    return text !== undefined && text.length <= MAX_FILE_BYTES ? text : undefined;
  } catch {
    return undefined; // refused (leaves the repository) or unreadable: not ours to judge
  }
}

/**
 * True when a file belongs to the DNS pipeline under review: the repository's workflows and
 * policy always; other files only inside the config folder (`--path`), so one DNS folder of a
 * monorepo is not judged by another's credentials.
 */
function inScope(path: string, kind: PipelineFileKind, scope: string): boolean {
  if (scope === '' || kind === 'workflow' || kind === 'zoneguard-policy') return true;
  return path.startsWith(`${scope}/`);
}

/**
 * Every pipeline file of `tree` within `scope` (the config folder, '' for the whole
 * repository), or only those among `only` when given. The zone sets add the octoDNS configs
 * that hold providers.
 */
export async function readPipelineFiles(
  tree: SourceTree,
  sets: readonly (ZoneSet | undefined)[],
  only?: readonly string[],
  scope = '',
): Promise<PipelineFile[]> {
  const listed = await tree.listFiles().catch(() => [] as readonly string[]);
  const wanted = only ? new Set(only) : undefined;
  const fromSets = credentialFiles(...sets);
  const out: PipelineFile[] = [];
  let probes = 0;
  for (const path of listed) {
    if (wanted && !wanted.has(path)) continue;
    let kind = kindFromPath(path) ?? fromSets.get(path);
    if (kind && !inScope(path, kind, scope)) continue;
    if (!kind && path.endsWith('.json') && !path.includes('node_modules/')) {
      if (!inScope(path, 'iam-policy', scope)) continue;
      if (probes++ >= MAX_JSON_PROBES) continue;
      const text = await readBounded(tree, path);
      if (text && /"Statement"/.test(text) && /"Action"/.test(text)) kind = 'iam-policy';
      if (kind && text) out.push({ path, kind, text });
      continue;
    }
    if (!kind) continue;
    const text = await readBounded(tree, path);
    if (text !== undefined) out.push({ path, kind, text });
  }
  return out;
}

/** True when a workflow's text shows it runs DNS tooling (and so holds DNS credentials). */
export function isDnsWorkflow(text: string): boolean {
  return /dnscontrol|octodns|zoneguard|route53|cloudflare|\bdns\b|terraform\s+apply\b/i.test(text);
}

/** The repository's GitHub workflows (`.github/workflows/*.yml`), up to the size bound. */
export async function readWorkflowFiles(tree: SourceTree): Promise<PipelineFile[]> {
  const listed = await tree.listFiles().catch(() => [] as readonly string[]);
  const out: PipelineFile[] = [];
  for (const path of listed) {
    if (kindFromPath(path) !== 'workflow') continue;
    const text = await readBounded(tree, path);
    if (text !== undefined) out.push({ path, kind: 'workflow', text });
  }
  return out;
}
