/**
 * Inline review comments: one per finding whose file:line is inside the pull request's diff,
 * posted together as one review (event COMMENT: a bot must not hold a merge through a review;
 * the required check does that). Each carries its finding's fingerprint, so a later run posts
 * only new ones and deletes its own outdated ones, unless someone has replied to them.
 */
import { type Severity, severityRank } from '../model/severity.js';
import { escapeText, escapeWithCode, inlineCode } from '../report/markdown-escape.js';
import type { ReportFinding } from '../report/types.js';
import type {
  GitHubApi,
  NewReviewComment,
  PullFile,
  PullRequestId,
  ReviewComment,
} from './client.js';
import { commentableLines } from './diff-lines.js';

/** reviewdog's cap: bigger reviews draw GitHub's abuse detection. */
export const MAX_REVIEW_COMMENTS = 30;

const TAG = /<!-- zoneguard:finding ([0-9A-Za-z_-]{1,128}) -->/;

const SAFE = /^[0-9A-Za-z_-]{1,128}$/;

/** The fingerprint as it appears in a tag (fingerprints are hex already; anything else is made safe). */
function tagId(fingerprint: string): string {
  return SAFE.test(fingerprint)
    ? fingerprint
    : fingerprint.replace(/[^0-9A-Za-z_-]/g, '_').slice(0, 128);
}

export function findingTag(fingerprint: string): string {
  return `<!-- zoneguard:finding ${tagId(fingerprint)} -->`;
}

export function taggedFingerprint(body: string): string | undefined {
  return TAG.exec(body)?.[1];
}

/** The same icons as the main comment (report/markdown.ts). */
const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
};

/** Record data reaches messages: escaped as in the main comment, so it cannot break out. */
export function reviewCommentBody(f: ReportFinding): string {
  const accepted = f.accepted ? ' · _accepted_' : '';
  return [
    findingTag(f.fingerprint),
    `${SEVERITY_ICON[f.severity]} **${f.severity}** ${inlineCode(f.rule)}${accepted}: ${escapeText(f.message)}`,
    '',
    `**Fix:** ${escapeWithCode(f.fix)}`,
  ].join('\n');
}

export interface ReviewPlan {
  readonly post: readonly NewReviewComment[];
  /** Findings in the diff beyond the cap (they stay in the main comment). */
  readonly overflow: number;
  readonly remove: readonly number[];
}

/** Pure: what to post and what to delete, given the findings, the diff and our comments. */
export function planReview(
  findings: readonly ReportFinding[],
  files: readonly PullFile[],
  ours: readonly ReviewComment[],
  allComments: readonly ReviewComment[],
): ReviewPlan {
  const lines = new Map(files.map((f) => [f.filename, commentableLines(f.patch)]));
  const inDiff = findings
    .filter((f) => {
      const loc = f.location;
      return loc?.line !== undefined && lines.get(loc.file)?.has(loc.line) === true;
    })
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const wanted = new Map(inDiff.map((f) => [tagId(f.fingerprint), f]));
  const posted = new Set(ours.map((c) => taggedFingerprint(c.body)));
  const fresh = [...wanted].filter(([id]) => !posted.has(id)).map(([, f]) => f);
  const repliedTo = new Set(allComments.map((c) => c.inReplyTo).filter((id) => id !== undefined));
  const remove = ours
    .filter((c) => {
      const id = taggedFingerprint(c.body);
      return id !== undefined && !wanted.has(id) && !repliedTo.has(c.id);
    })
    .map((c) => c.id);
  const post = fresh.slice(0, MAX_REVIEW_COMMENTS).map((f) => ({
    path: f.location!.file,
    line: f.location!.line!,
    body: reviewCommentBody(f),
  }));
  return { post, overflow: fresh.length - post.length, remove };
}

export async function publishReview(
  api: GitHubApi,
  pr: PullRequestId,
  headSha: string,
  viewer: string,
  findings: readonly ReportFinding[],
): Promise<ReviewPlan> {
  const bare = (l: string | undefined) => (l ?? '').toLowerCase().replace(/\[bot\]$/, '');
  const [files, all] = await Promise.all([api.listPullFiles(pr), api.listReviewComments(pr)]);
  const ours = all.filter((c) => bare(c.author) === bare(viewer) && TAG.test(c.body));
  const plan = planReview(findings, files, ours, all);
  if (plan.post.length > 0) {
    const more =
      plan.overflow > 0 ? ` ${plan.overflow} more are listed in the ZoneGuard comment.` : '';
    await api.createReview(
      pr,
      headSha,
      `ZoneGuard: ${plan.post.length} finding(s) on changed lines.${more}`,
      plan.post,
    );
  }
  for (const id of plan.remove) await api.deleteReviewComment(pr, id);
  return plan;
}
