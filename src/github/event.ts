/**
 * What the workflow event says about the pull request under review. The payload is JSON the
 * runner wrote; it is read defensively (a field of the wrong shape means "not a pull request").
 */

export interface PullRequestContext {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  /** `owner/name` of the head repository; undefined when the fork was deleted. */
  readonly headRepo: string | undefined;
  /** True when the head lives in another repository (a fork). */
  readonly fromFork: boolean;
  readonly labels: readonly string[];
  /** The label whose application triggered this run (action `labeled`), if any. */
  readonly labeledNow: string | undefined;
}

export type EventName =
  | 'pull_request'
  | 'pull_request_target'
  | 'workflow_run'
  | 'push'
  | 'merge_group'
  | 'schedule'
  | 'workflow_dispatch'
  | 'other';

const NAMES: readonly EventName[] = [
  'pull_request',
  'pull_request_target',
  'workflow_run',
  'push',
  'merge_group',
  'schedule',
  'workflow_dispatch',
];

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function fullName(repo: unknown): string | undefined {
  const name = record(repo)?.['full_name'];
  return typeof name === 'string' ? name : undefined;
}

export function eventKind(name: string | undefined): EventName {
  return NAMES.find((n) => n === name) ?? 'other';
}

/**
 * Base and head of a `push` (before → after) or `merge_group` (the queue's base → the merge
 * candidate) event, so the required check reviews the same change there too.
 */
export function commitRange(
  name: EventName,
  payload: unknown,
): { readonly base: string | undefined; readonly head: string } | undefined {
  const p = record(payload);
  const sha = (v: unknown) =>
    typeof v === 'string' && SHA.test(v) && !/^0+$/.test(v) ? v : undefined;
  if (name === 'push') {
    const head = sha(p?.['after']);
    return head ? { base: sha(p?.['before']), head } : undefined;
  }
  if (name === 'merge_group') {
    const group = record(p?.['merge_group']);
    const head = sha(group?.['head_sha']);
    return head ? { base: sha(group?.['base_sha']), head } : undefined;
  }
  return undefined;
}

/** The head commit of a `workflow_run` payload: set by GitHub, unlike the run's artifacts. */
export function workflowRunHead(payload: unknown): string | undefined {
  const sha = record(record(payload)?.['workflow_run'])?.['head_sha'];
  return typeof sha === 'string' && SHA.test(sha) ? sha : undefined;
}

/** The pull request of a `pull_request`/`pull_request_target` payload, or undefined. */
export function pullRequestFromPayload(payload: unknown): PullRequestContext | undefined {
  const pr = record(record(payload)?.['pull_request']);
  if (!pr) return undefined;
  const base = record(pr['base']);
  const head = record(pr['head']);
  const number = pr['number'];
  const baseSha = base?.['sha'];
  const headSha = head?.['sha'];
  const baseRepo = fullName(base?.['repo']);
  if (
    typeof number !== 'number' ||
    !Number.isSafeInteger(number) ||
    number < 1 ||
    typeof baseSha !== 'string' ||
    !SHA.test(baseSha) ||
    typeof headSha !== 'string' ||
    !SHA.test(headSha) ||
    baseRepo === undefined
  )
    return undefined;
  const [owner, repo] = baseRepo.split('/');
  if (!owner || !repo) return undefined;
  const headRepo = fullName(head?.['repo']);
  const labels = Array.isArray(pr['labels'])
    ? pr['labels'].flatMap((l) => {
        const name = record(l)?.['name'];
        return typeof name === 'string' ? [name] : [];
      })
    : [];
  const p = record(payload);
  const labelName = record(p?.['label'])?.['name'];
  return {
    owner,
    repo,
    number,
    baseSha,
    headSha,
    headRepo,
    // A deleted head repository can only have been a fork.
    fromFork: headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    labels,
    labeledNow:
      p?.['action'] === 'labeled' && typeof labelName === 'string' ? labelName : undefined,
  };
}
