/**
 * The one ZoneGuard comment per pull request: find it (by marker and author), then decide
 * whether to create it, edit it, leave it (unchanged), leave it because this run describes
 * an older head than the pull request has now, or post none (nothing to say and no comment to
 * correct). Deciding is pure; `publishComment` does the I/O.
 */
import type { GitHubApi, IssueComment, PullRequestId } from './client.js';
import { type CommentState, parseMarker } from './marker.js';

export interface OwnComment {
  readonly id: number;
  readonly body: string;
  readonly state: CommentState;
}

export type CommentPlan =
  | { readonly action: 'create' }
  | { readonly action: 'update'; readonly id: number }
  | { readonly action: 'unchanged'; readonly id: number }
  | { readonly action: 'stale'; readonly currentHead: string }
  | { readonly action: 'skip' };

const bare = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');

/**
 * Our comment: the first carrying our marker for the same shard (none: the whole repository)
 * and authored by the token's identity. Each shard of a matrix keeps its own comment.
 */
export function findOwnComment(
  comments: readonly IssueComment[],
  viewer: string,
  shard?: string,
): OwnComment | undefined {
  for (const c of comments) {
    if (c.author === undefined || bare(c.author) !== bare(viewer)) continue;
    const state = parseMarker(c.body);
    if (state && state.shard === shard) return { id: c.id, body: c.body, state };
  }
  return undefined;
}

const sameAcceptance = (a: CommentState, b: CommentState) =>
  JSON.stringify(a.accepted ?? null) === JSON.stringify(b.accepted ?? null);

/**
 * `currentHead` is the pull request's head now (undefined when unknown). A run for another
 * head is older than the pull request: a newer run owns the comment. `create` false: only an
 * earlier comment is edited (so it does not go on showing an old review); none is created.
 */
export function planComment(
  existing: OwnComment | undefined,
  next: CommentState,
  currentHead: string | undefined,
  create = true,
): CommentPlan {
  if (currentHead !== undefined && next.head !== currentHead)
    return { action: 'stale', currentHead };
  if (!existing) return create ? { action: 'create' } : { action: 'skip' };
  const e = existing.state;
  if (e.head === next.head && e.report === next.report && sameAcceptance(e, next))
    return { action: 'unchanged', id: existing.id };
  return { action: 'update', id: existing.id };
}

export interface PublishOutcome {
  readonly plan: CommentPlan;
  readonly id?: number;
}

export async function publishComment(
  api: GitHubApi,
  pr: PullRequestId,
  existing: OwnComment | undefined,
  next: CommentState,
  body: string,
  currentHead: string | undefined,
  create = true,
): Promise<PublishOutcome> {
  const plan = planComment(existing, next, currentHead, create);
  switch (plan.action) {
    case 'create':
      return { plan, id: await api.createIssueComment(pr, body) };
    case 'update':
      await api.updateIssueComment(pr, plan.id, body);
      return { plan, id: plan.id };
    case 'unchanged':
      return { plan, id: plan.id };
    case 'stale':
    case 'skip':
      return { plan };
  }
}
