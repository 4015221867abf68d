/**
 * The scheduled audit's one tracking issue (docs/action.md, Scheduled audit): found by a
 * hidden marker among the issues the token's identity opened, edited in place, reopened when
 * problems return, closed when the audit is clean. One issue per shard (the marker carries
 * it), so a matrix of audits never overwrites itself. Deciding is pure; `publishTrackingIssue`
 * does the I/O.
 */
import type { GitHubApi, RepositoryId, TrackedIssue } from './client.js';
import { formatHiddenJson, parseHiddenJson } from './marker.js';

const PREFIX = '<!-- zoneguard:audit:v1 ';

export interface AuditMarker {
  /** The shard audited (docs/sharding.md); absent: every zone. */
  readonly shard?: string;
  /** A fingerprint of the rendered audit: an unchanged audit does not edit the issue. */
  readonly report: string;
}

export function formatAuditMarker(marker: AuditMarker): string {
  return formatHiddenJson(PREFIX, marker);
}

export function parseAuditMarker(body: string): AuditMarker | undefined {
  const v = parseHiddenJson(PREFIX, body) as Record<string, unknown> | null | undefined;
  if (typeof v !== 'object' || v === null || typeof v['report'] !== 'string') return undefined;
  return typeof v['shard'] === 'string'
    ? { shard: v['shard'], report: v['report'] }
    : { report: v['report'] };
}

export interface OwnIssue {
  readonly issue: TrackedIssue;
  readonly marker: AuditMarker;
}

const bare = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');

/**
 * Our issue for this shard: the newest carrying our marker, opened by the token's identity
 * (anyone can paste a marker into an issue; only ours are edited).
 */
export function findOwnIssue(
  issues: readonly TrackedIssue[],
  viewer: string,
  shard: string | undefined,
): OwnIssue | undefined {
  let found: OwnIssue | undefined;
  for (const issue of issues) {
    if (issue.author === undefined || bare(issue.author) !== bare(viewer)) continue;
    const marker = parseAuditMarker(issue.body);
    if (!marker || marker.shard !== shard) continue;
    if (!found || issue.number > found.issue.number) found = { issue, marker };
  }
  return found;
}

export type IssuePlan =
  | { readonly action: 'create' }
  | { readonly action: 'update'; readonly number: number; readonly reopen: boolean }
  | { readonly action: 'close'; readonly number: number }
  | { readonly action: 'none'; readonly why: string };

/**
 * `problems`: the audit found something that needs attention (its verdict is not `pass`).
 * An issue is opened only for problems; a clean audit closes an open one (with the clean
 * report, so the issue says why it closed) and leaves a closed one alone.
 */
export function planIssue(
  existing: OwnIssue | undefined,
  problems: boolean,
  report: string,
): IssuePlan {
  if (!existing)
    return problems ? { action: 'create' } : { action: 'none', why: 'the audit is clean' };
  const { issue, marker } = existing;
  if (!problems)
    return issue.state === 'open'
      ? { action: 'close', number: issue.number }
      : { action: 'none', why: `the audit is clean and issue #${issue.number} is closed` };
  if (issue.state === 'closed') return { action: 'update', number: issue.number, reopen: true };
  if (marker.report === report)
    return { action: 'none', why: `issue #${issue.number} already shows this audit` };
  return { action: 'update', number: issue.number, reopen: false };
}

export interface IssueContent {
  readonly title: string;
  /** The Markdown below the marker. */
  readonly markdown: string;
  readonly problems: boolean;
  readonly marker: AuditMarker;
}

export async function publishTrackingIssue(
  api: GitHubApi,
  repository: RepositoryId,
  viewer: string,
  content: IssueContent,
): Promise<{ plan: IssuePlan; number?: number }> {
  const issues = await api.listIssuesBy(repository, viewer);
  const existing = findOwnIssue(issues, viewer, content.marker.shard);
  const plan = planIssue(existing, content.problems, content.marker.report);
  const body = `${formatAuditMarker(content.marker)}\n${content.markdown.trimEnd()}\n`;
  switch (plan.action) {
    case 'create':
      return { plan, number: await api.createIssue(repository, content.title, body) };
    case 'update':
      await api.updateIssue(repository, plan.number, {
        title: content.title,
        body,
        ...(plan.reopen ? { state: 'open' as const } : {}),
      });
      return { plan, number: plan.number };
    case 'close':
      await api.updateIssue(repository, plan.number, {
        title: content.title,
        body,
        state: 'closed',
      });
      return { plan, number: plan.number };
    case 'none':
      return { plan, ...(existing ? { number: existing.issue.number } : {}) };
  }
}
