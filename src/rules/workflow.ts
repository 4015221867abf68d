/**
 * Just enough of a GitHub Actions workflow to judge a DNS pipeline: its triggers, and for
 * each job whether it pushes DNS (`dnscontrol push`, `octodns-sync --doit`, the official
 * actions with push/doit inputs) and whether a protected `environment:` gates it. Loaded
 * with js-yaml's safe core schema and bounded aliases.
 */
import { loadAll } from 'js-yaml';
import { type YamlPositions, yamlPositions } from './yaml-positions.js';

export interface WorkflowJob {
  readonly id: string;
  readonly line: number;
  readonly applies: boolean;
  readonly environment: boolean;
}

export interface Workflow {
  readonly triggers: readonly string[];
  readonly triggerLine: number | undefined;
  readonly jobs: readonly WorkflowJob[];
  readonly positions: YamlPositions;
}

const APPLY_RUN =
  /dnscontrol\s+(?:[^\n]*\s)?push\b|octodns-sync\b[^\n]*--doit\b|terraform\s+apply\b/;

export function parseWorkflow(text: string): Workflow | undefined {
  let doc: unknown;
  try {
    const docs = loadAll(text, { maxAliases: 50, maxDepth: 32 });
    doc = docs[0];
  } catch {
    return undefined;
  }
  if (!isMap(doc)) return undefined;
  const positions = yamlPositions(text);
  // `on` is a plain key in YAML 1.2 (js-yaml's default core schema), never `true`.
  const on = doc['on'] ?? doc['true'];
  const triggers =
    typeof on === 'string'
      ? [on]
      : Array.isArray(on)
        ? on.map(String)
        : isMap(on)
          ? Object.keys(on)
          : [];
  const jobs: WorkflowJob[] = [];
  const jobMap = isMap(doc['jobs']) ? doc['jobs'] : {};
  for (const [id, job] of Object.entries(jobMap)) {
    if (!isMap(job)) continue;
    jobs.push({
      id,
      line: positions.at(['jobs', id])?.line ?? 1,
      applies: jobApplies(job),
      environment: job['environment'] !== undefined && job['environment'] !== null,
    });
  }
  return { triggers, triggerLine: positions.at(['on'])?.line, jobs, positions };
}

function jobApplies(job: Record<string, unknown>): boolean {
  const steps = Array.isArray(job['steps']) ? job['steps'] : [];
  for (const step of steps) {
    if (!isMap(step)) continue;
    if (typeof step['run'] === 'string' && APPLY_RUN.test(step['run'])) return true;
    const uses = typeof step['uses'] === 'string' ? step['uses'].toLowerCase() : '';
    const w = isMap(step['with']) ? step['with'] : {};
    if (uses.includes('dnscontrol') && /\bpush\b/.test(String(w['cmdargs'] ?? w['args'] ?? '')))
      return true;
    if (uses.includes('octodns') && /^(true|yes|--doit)$/i.test(String(w['doit'] ?? '')))
      return true;
  }
  return false;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
