/**
 * push-credentials-in-review: a job that runs for pull requests (`pull_request`,
 * `pull_request_target`) has in its environment a secret the DNS push uses. A preview needs
 * read access only; with the write credential, the code of the pull request (a changed script,
 * a compromised dependency or action; on `pull_request_target`, a fork) can push DNS or carry
 * the token away. What counts as a push credential is push-jobs.ts's: the secrets a push job
 * hands to the credentials the push reads, so a preview with a read-only secret of another
 * name, or with an identifier both share (an account id), passes.
 *
 * A secret name is one secret only within one environment: a push job whose secrets come from
 * its `environment:` shares them with review jobs of that same environment (or with any job
 * when it has none). A finding base already had for the job (with no new secret) is existing.
 */
import type { ZoneSet } from '../../model/zone.js';
import type { SourceTree } from '../../sources/types.js';
import { exposedSecrets, type PushJob, pushJobs, readWorkflows } from '../push-jobs.js';
import type { DraftFinding, Rule } from '../types.js';

interface Exposure {
  readonly key: string;
  readonly file: string;
  readonly line: number;
  readonly job: string;
  readonly event: string;
  readonly secrets: readonly string[];
  readonly pushers: readonly PushJob[];
}

async function exposures(tree: SourceTree | undefined, set: ZoneSet): Promise<Exposure[]> {
  if (!tree) return [];
  const workflows = await readWorkflows(tree);
  const pushers = pushJobs(workflows, set);
  if (pushers.length === 0) return [];
  const out: Exposure[] = [];
  for (const { path, workflow } of workflows)
    for (const job of workflow.jobs) {
      const hit = new Map<string, number>();
      const from = new Set<PushJob>();
      let event: string | undefined;
      for (const ev of workflow.reviewEvents) {
        // A push on pull_request_target is pipeline-change's finding already: one per risk.
        if (ev === 'pull_request_target' && job.applies) continue;
        const held = exposedSecrets(job, workflow, ev, workflows);
        for (const p of pushers) {
          if ((p.job.environmentName ?? '') !== (job.environmentName ?? '')) continue;
          for (const secret of p.secrets.keys()) {
            if (secret === '*') continue;
            const line = held.get(secret) ?? held.get('*');
            if (line === undefined) continue;
            if (!hit.has(secret)) hit.set(secret, line);
            from.add(p);
            event ??= ev;
          }
        }
      }
      if (hit.size === 0 || !event) continue;
      out.push({
        key: `${path} ${job.id}`,
        file: path,
        line: Math.min(...hit.values()),
        job: job.id,
        event,
        secrets: [...hit.keys()].sort(),
        pushers: [...from],
      });
    }
  return out;
}

function describe(e: Exposure): string {
  const secrets = e.secrets.map((s) => `secrets.${s}`).join(', ');
  const pushers = [
    ...new Set(
      e.pushers.map((p) =>
        p.job.id === e.job && p.file === e.file ? 'this job' : `job "${p.job.id}" of ${p.file}`,
      ),
    ),
  ].join(', ');
  return `${e.file}:${e.line} job "${e.job}" runs on ${e.event} with ${secrets}, the push credential${e.secrets.length > 1 ? 's' : ''} of DNS (used by ${pushers}): code from the pull request runs next to a write token.`;
}

export const pushCredentialsInReview: Rule = {
  id: 'push-credentials-in-review',
  defaultSeverity: 'high',
  title: 'A pull-request job holds the credentials that push DNS',
  why: 'Jobs that run for pull requests run code the pull request can change (scripts, dependencies, the DNS config itself; on pull_request_target with a fork’s checkout, anyone’s). A preview only reads DNS: if it holds the token the push uses, that code can change DNS or carry the token away before any review.',
  fix: 'Give the preview its own read-only credential under another secret name (Cloudflare: a token with Zone:Read and DNS:Read only; AWS: a role allowed route53:List*/Get* only), and keep the push credential as a secret of a protected `environment:` that only the default branch may use.',
  readsRepository: true,
  async check(ctx) {
    const before = new Map((await exposures(ctx.baseTree, ctx.base)).map((e) => [e.key, e]));
    return (await exposures(ctx.headTree, ctx.head)).map((e): DraftFinding => {
      const old = before.get(e.key);
      return {
        introduced: !old || e.secrets.some((s) => !old.secrets.includes(s)),
        key: e.key,
        message: describe(e),
        location: { file: e.file, line: e.line },
      };
    });
  },
};
