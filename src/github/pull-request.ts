/**
 * The pull request as GitHub shows it now (head, labels, our comment), and the writes to it:
 * the comment and the review. A failed write is logged with the reason, never thrown: the
 * verdict and the local results do not depend on GitHub accepting a comment.
 */
import * as core from '@actions/core';
import { renderMarkdown, renderNoChangeLine } from '../report/markdown.js';
import type { Report, ReportFinding } from '../report/types.js';
import { changesNothing } from '../report/verdict.js';
import { COMMENT_MAX_BYTES, COMMENT_MAX_CHARS, contentFingerprint, fitRendering } from './body.js';
import { createGitHubApi, type GitHubApi, statusOf } from './client.js';
import { findOwnComment, type OwnComment, publishComment } from './comment.js';
import { type CommentState, formatMarker } from './marker.js';
import { publishReview } from './review-comments.js';
import type { ActionSettings, NoChangeComment } from './settings.js';

/** The identity GITHUB_TOKEN writes as, when the token cannot tell us (GraphQL refused). */
const ACTIONS_BOT = 'github-actions[bot]';

export interface PullRequestView {
  readonly api: GitHubApi;
  readonly viewer: string;
  readonly currentHead: string | undefined;
  readonly labels: readonly string[];
  readonly existing: OwnComment | undefined;
}

export const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function explainWriteFailure(what: string, error: unknown): string {
  const status = statusOf(error);
  if (status === 403 || status === 404)
    return (
      `No ${what} was posted: GitHub answered ${status}, so this token cannot write to the pull ` +
      'request (a fork or Dependabot pull request gets a read-only token, or the workflow lacks ' +
      "'pull-requests: write'). The verdict, the job summary and the annotations are complete; " +
      'see docs/action.md for the fork-safe two-workflow setup.'
    );
  return `No ${what} was posted: ${message(error)}. The verdict and the job summary are complete.`;
}

/** Reads what the pull request looks like now; any failure leaves the view undefined. */
export async function viewPullRequest(
  settings: ActionSettings,
): Promise<PullRequestView | undefined> {
  const pr = settings.pullRequest;
  if (!pr || settings.token === '') return undefined;
  const api = createGitHubApi(settings.token, (m) => core.info(m));
  try {
    const viewer = await api.viewerLogin().catch((e: unknown) => {
      core.debug(`GraphQL viewer query failed (${message(e)}); assuming ${ACTIONS_BOT}.`);
      return ACTIONS_BOT;
    });
    const [pull, comments] = await Promise.all([api.pullRequest(pr), api.listIssueComments(pr)]);
    return {
      api,
      viewer,
      currentHead: pull.headSha,
      labels: pull.labels,
      existing: findOwnComment(comments, viewer, settings.shard),
    };
  } catch (e) {
    core.warning(`Could not read the pull request from GitHub: ${message(e)}`);
    return undefined;
  }
}

/** Renders the comment's Markdown within a character budget, naming where the rest is. */
export type RenderBody = (maxChars: number, fullReportHint: string) => string;

/** What to publish: the comment's content and, for a review, the findings. */
export interface Publication {
  readonly render: RenderBody;
  readonly verdict: string;
  /** Undefined: leave review comments alone (nothing was reviewed). */
  readonly findings: readonly ReportFinding[] | undefined;
  /** The body is one line: no footer under it. */
  readonly oneLine: boolean;
  /** False: only an earlier comment is edited; no new one is posted. */
  readonly create: boolean;
}

/**
 * A report as a publication. When the pull request changes no DNS record and introduces no
 * finding, `noChange` chooses the comment: one line, none (an earlier comment is still edited
 * to the line: a user who chose silence expects no review of an older head left standing),
 * or the full review.
 */
export function reportPublication(report: Report, noChange: NoChangeComment): Publication {
  const full: Publication = {
    render: (maxChars, fullReportHint) => renderMarkdown(report, { maxChars, fullReportHint }),
    verdict: report.verdict,
    findings: report.findings,
    oneLine: false,
    create: true,
  };
  if (noChange === 'full' || !changesNothing(report)) return full;
  return {
    ...full,
    render: (_maxChars, fullReportHint) => renderNoChangeLine(report, fullReportHint),
    oneLine: true,
    create: noChange === 'short',
  };
}

async function postComment(
  settings: ActionSettings,
  view: PullRequestView,
  content: Publication,
  state: Omit<CommentState, 'report'>,
): Promise<void> {
  const pr = settings.pullRequest!;
  const hint = settings.runUrl
    ? `the [job summary](${settings.runUrl}) has the full report`
    : 'the job summary has the full report';
  // A shard's comment says so: a reviewer sees one comment per matrix job.
  const shard =
    settings.shard !== undefined
      ? `Shard \`${settings.shard.replace(/`/g, '')}\` of a sharded review. `
      : '';
  const footer = content.oneLine
    ? '\n'
    : settings.runUrl
      ? `\n\n<sub>${shard}Full report, annotations and SARIF: [workflow run](${settings.runUrl}).</sub>\n`
      : shard !== ''
        ? `\n\n<sub>${shard.trimEnd()}</sub>\n`
        : '\n';
  // The marker's length is fixed (a 16-hex fingerprint), so budget with a placeholder.
  const markerLength = formatMarker({ ...state, report: '0'.repeat(16) }).length + 1;
  const markdown =
    fitRendering(
      (n) => content.render(n, hint),
      COMMENT_MAX_CHARS - markerLength - footer.length,
      COMMENT_MAX_BYTES - Buffer.byteLength(footer) - markerLength * 4,
    ) ?? `## ZoneGuard: ${content.verdict}\n\nThe findings do not fit in a comment; ${hint}.`;
  const next: CommentState = { ...state, report: contentFingerprint(markdown) };
  const body = `${formatMarker(next)}\n${markdown.trimEnd()}${footer}`;
  const outcome = await publishComment(
    view.api,
    pr,
    view.existing,
    next,
    body,
    view.currentHead,
    content.create,
  );
  switch (outcome.plan.action) {
    case 'create':
      core.info(`Posted the ZoneGuard comment (id ${outcome.id}).`);
      break;
    case 'update':
      core.info(`Updated the ZoneGuard comment (id ${outcome.id}).`);
      break;
    case 'unchanged':
      core.info(`The ZoneGuard comment (id ${outcome.id}) is current; not edited.`);
      break;
    case 'stale':
      core.info(
        `Not commenting: this run reviewed ${pr.headSha}, but the pull request's head is now ` +
          `${outcome.plan.currentHead}; the run for the newer head owns the comment.`,
      );
      break;
    case 'skip':
      core.info(
        'Not commenting: this pull request changes no DNS record and introduces no finding ' +
          "(input 'no-change-comment' is none).",
      );
      break;
  }
}

export async function publishToPullRequest(
  settings: ActionSettings,
  view: PullRequestView | undefined,
  content: Publication,
  state: Omit<CommentState, 'report'>,
): Promise<void> {
  const pr = settings.pullRequest;
  if (!pr || (!settings.comment && !settings.reviewComments)) return;
  if (settings.readOnlyToken) {
    core.info(
      'Not commenting: this pull request comes from a fork (or Dependabot), so the workflow token ' +
        'is read-only. The verdict, job summary and annotations are complete; see docs/action.md ' +
        'for the fork-safe two-workflow setup that posts the comment.',
    );
    return;
  }
  if (!view) {
    core.info('Not commenting: the pull request could not be read from GitHub (see above).');
    return;
  }
  if (settings.comment) {
    try {
      await postComment(settings, view, content, state);
    } catch (e) {
      core.warning(explainWriteFailure('comment', e));
    }
  }
  const findings = content.findings;
  if (
    settings.reviewComments &&
    findings !== undefined &&
    (view.currentHead === undefined || view.currentHead === pr.headSha)
  ) {
    try {
      const plan = await publishReview(view.api, pr, pr.headSha, view.viewer, findings);
      core.info(
        `Review comments: ${plan.post.length} posted, ${plan.remove.length} outdated removed` +
          (plan.overflow > 0 ? `, ${plan.overflow} over the cap left to the main comment.` : '.'),
      );
    } catch (e) {
      core.warning(explainWriteFailure('review', e));
    }
  }
}
