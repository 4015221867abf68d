/**
 * The few GitHub REST calls ZoneGuard makes, behind one small interface so the publishing
 * logic reads as what it does. Every request goes through the retry hook (retry.ts) and every
 * list is read across all of its pages.
 */
import * as github from '@actions/github';
import { DEFAULT_RETRY, type RetryPolicy, retryDelay } from './retry.js';

export interface PullRequestId {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly author: string | undefined;
}

export interface ReviewComment extends IssueComment {
  readonly path: string;
  readonly line: number | undefined;
  readonly inReplyTo: number | undefined;
}

export interface LabelEvent {
  readonly id: number;
  readonly kind: 'labeled' | 'unlabeled';
  readonly label: string;
  readonly actor: string | undefined;
  readonly createdAt: string;
}

export interface PullFile {
  readonly filename: string;
  readonly patch: string | undefined;
}

export interface NewReviewComment {
  readonly path: string;
  readonly line: number;
  readonly body: string;
}

export interface RepositoryId {
  readonly owner: string;
  readonly repo: string;
}

/** An issue (not a pull request) as the tracking issue needs it. */
export interface TrackedIssue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  readonly author: string | undefined;
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface GitHubApi {
  /** The login the token acts as (e.g. `github-actions[bot]`). */
  viewerLogin(): Promise<string>;
  pullRequest(
    pr: PullRequestId,
  ): Promise<{ headSha: string; baseSha: string; labels: readonly string[] }>;
  listIssueComments(pr: PullRequestId): Promise<IssueComment[]>;
  createIssueComment(pr: PullRequestId, body: string): Promise<number>;
  updateIssueComment(pr: PullRequestId, id: number, body: string): Promise<void>;
  listLabelEvents(pr: PullRequestId): Promise<LabelEvent[]>;
  permissionOf(pr: PullRequestId, user: string): Promise<Permission>;
  listPullFiles(pr: PullRequestId): Promise<PullFile[]>;
  listReviewComments(pr: PullRequestId): Promise<ReviewComment[]>;
  createReview(
    pr: PullRequestId,
    commitId: string,
    body: string,
    comments: readonly NewReviewComment[],
  ): Promise<void>;
  deleteReviewComment(pr: PullRequestId, id: number): Promise<void>;
  /** Issues (open and closed, pull requests left out) opened by `creator`. */
  listIssuesBy(repository: RepositoryId, creator: string): Promise<TrackedIssue[]>;
  createIssue(repository: RepositoryId, title: string, body: string): Promise<number>;
  updateIssue(
    repository: RepositoryId,
    number: number,
    change: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void>;
}

/** The HTTP status of a failed request, when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

type Octokit = ReturnType<typeof github.getOctokit>;

/** Retries per retry.ts; logs each wait through `log`. */
function addRetries(octokit: Octokit, policy: RetryPolicy, log: (msg: string) => void): void {
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const status = statusOf(error);
        if (status === undefined) throw error;
        const headers =
          (error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
        const wait = retryDelay(
          { status, headers, message: String((error as Error).message ?? '') },
          attempt,
          policy,
          Date.now(),
        );
        if (wait === undefined) throw error;
        log(
          `GitHub answered ${status} to ${options.method} ${options.url}; retrying in ${wait} ms.`,
        );
        await sleep(wait);
      }
    }
  });
}

const login = (user: unknown): string | undefined => {
  const l = (user as { login?: unknown } | null | undefined)?.login;
  return typeof l === 'string' ? l : undefined;
};

export function createGitHubApi(
  token: string,
  log: (msg: string) => void,
  policy: RetryPolicy = DEFAULT_RETRY,
): GitHubApi {
  const octokit = github.getOctokit(token);
  addRetries(octokit, policy, log);
  const rest = octokit.rest;
  const base = (pr: PullRequestId) => ({ owner: pr.owner, repo: pr.repo });

  return {
    async viewerLogin() {
      const data = await octokit.graphql<{ viewer: { login: string } }>(
        'query { viewer { login } }',
      );
      return data.viewer.login;
    },
    async pullRequest(pr) {
      const { data } = await rest.pulls.get({ ...base(pr), pull_number: pr.number });
      return {
        headSha: data.head.sha,
        baseSha: data.base.sha,
        labels: data.labels.map((l) => l.name),
      };
    },
    async listIssueComments(pr) {
      const all = await octokit.paginate(rest.issues.listComments, {
        ...base(pr),
        issue_number: pr.number,
        per_page: 100,
      });
      return all.map((c) => ({ id: c.id, body: c.body ?? '', author: login(c.user) }));
    },
    async createIssueComment(pr, body) {
      const { data } = await rest.issues.createComment({
        ...base(pr),
        issue_number: pr.number,
        body,
      });
      return data.id;
    },
    async updateIssueComment(pr, id, body) {
      await rest.issues.updateComment({ ...base(pr), comment_id: id, body });
    },
    async listLabelEvents(pr) {
      const all = await octokit.paginate(rest.issues.listEvents, {
        ...base(pr),
        issue_number: pr.number,
        per_page: 100,
      });
      return all.flatMap((e): LabelEvent[] => {
        const name = (e as { label?: { name?: unknown } }).label?.name;
        if ((e.event !== 'labeled' && e.event !== 'unlabeled') || typeof name !== 'string')
          return [];
        return [
          { id: e.id, kind: e.event, label: name, actor: login(e.actor), createdAt: e.created_at },
        ];
      });
    },
    async permissionOf(pr, user) {
      try {
        const { data } = await rest.repos.getCollaboratorPermissionLevel({
          ...base(pr),
          username: user,
        });
        // role_name knows `maintain`; permission folds it into `write`.
        const role = data.role_name;
        if (role === 'admin' || role === 'maintain' || role === 'write') return role;
        const p = data.permission;
        return p === 'admin' || p === 'write' || p === 'read'
          ? p
          : p === 'triage'
            ? 'triage'
            : 'none';
      } catch (error) {
        if (statusOf(error) === 404) return 'none';
        throw error;
      }
    },
    async listPullFiles(pr) {
      const all = await octokit.paginate(rest.pulls.listFiles, {
        ...base(pr),
        pull_number: pr.number,
        per_page: 100,
      });
      return all.map((f) => ({ filename: f.filename, patch: f.patch }));
    },
    async listReviewComments(pr) {
      const all = await octokit.paginate(rest.pulls.listReviewComments, {
        ...base(pr),
        pull_number: pr.number,
        per_page: 100,
      });
      return all.map((c) => ({
        id: c.id,
        body: c.body,
        author: login(c.user),
        path: c.path,
        line: c.line ?? undefined,
        inReplyTo: c.in_reply_to_id ?? undefined,
      }));
    },
    async createReview(pr, commitId, body, comments) {
      await rest.pulls.createReview({
        ...base(pr),
        pull_number: pr.number,
        commit_id: commitId,
        event: 'COMMENT',
        body,
        comments: comments.map((c) => ({
          path: c.path,
          line: c.line,
          side: 'RIGHT',
          body: c.body,
        })),
      });
    },
    async deleteReviewComment(pr, id) {
      await rest.pulls.deleteReviewComment({ ...base(pr), comment_id: id });
    },
    async listIssuesBy(repository, creator) {
      const all = await octokit.paginate(rest.issues.listForRepo, {
        owner: repository.owner,
        repo: repository.repo,
        state: 'all',
        creator,
        per_page: 100,
      });
      return all
        .filter((i) => i.pull_request === undefined)
        .map((i) => ({
          number: i.number,
          title: i.title,
          body: i.body ?? '',
          state: i.state === 'closed' ? ('closed' as const) : ('open' as const),
          author: login(i.user),
        }));
    },
    async createIssue(repository, title, body) {
      const { data } = await rest.issues.create({ ...repository, title, body });
      return data.number;
    },
    async updateIssue(repository, number, change) {
      await rest.issues.update({
        ...repository,
        issue_number: number,
        ...change,
        ...(change.state === 'closed' ? { state_reason: 'completed' as const } : {}),
      });
    },
  };
}
