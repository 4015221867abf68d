/**
 * Every Action input, read once into one typed settings object. Nothing else reads inputs.
 * Problems are collected (each naming its input) so a user fixes them all in one go. The
 * security guard for `pull_request_target` runs here, before anything touches head code.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, normalize, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { parseRdapUrl } from '../live/registry-spec.js';
import {
  type LimitResult,
  parseInFlight,
  parseLiveDeadline,
  parseResolverSpec,
} from '../live/specs.js';
import { isSeverity, type Severity } from '../model/severity.js';
import { FORMAT_IDS, type FormatId } from '../model/zone.js';
import { parseZoneSelection } from '../model/zone-selection.js';
import { parseVariables } from '../review/variables.js';
import { repoRelativePath, resolveRepoPath } from '../sources/repo-path.js';
import {
  commitRange,
  type EventName,
  eventKind,
  type PullRequestContext,
  pullRequestFromPayload,
  workflowRunHead,
} from './event.js';

export interface ActionSettings {
  readonly token: string;
  /** Absolute path of the checked-out repository (GITHUB_WORKSPACE). */
  readonly workspace: string;
  /** Repository-relative folders holding DNS configurations ([] = the root), one per line. */
  readonly paths: readonly string[];
  readonly format: FormatId | 'auto';
  /** DNSControl's dnsconfig.js and creds.json, repository-relative, when not where discovery looks. */
  readonly configFile: string | undefined;
  readonly credsFile: string | undefined;
  /** The octoDNS config file, repository-relative, when not found by discovery. */
  readonly octodnsConfig: string | undefined;
  /** The repository-relative folder octodns-sync runs in (undefined: the root). */
  readonly workingDirectory: string | undefined;
  /** Terraform: repository-relative `.tfvars` files, one a line (`tf-var-files`). */
  readonly tfVarFiles: readonly string[];
  /** Terraform: the plan JSON's absolute path on the runner (`terraform-plan`), if given. */
  readonly terraformPlan: string | undefined;
  /**
   * DNSControl's variables, one `NAME=VALUE` a line (`dnscontrol -v`). Each value is masked in
   * the job log (`core.setSecret`) as soon as it is read, and in the report as `[var NAME]`.
   */
  readonly vars: ReadonlyMap<string, string>;
  /** Glob patterns of the zones this job reviews ([] = every zone): one shard of a matrix. */
  readonly zones: readonly string[];
  /**
   * The shard's label (docs/sharding.md): the comment's marker carries it, so each matrix job
   * edits its own comment and never another shard's. Undefined: not sharded.
   */
  readonly shard: string | undefined;
  /**
   * Audit every zone against the world instead of reviewing a change (input `audit`; `auto`:
   * on `schedule` and `workflow_dispatch` events). See docs/action.md, Scheduled audit.
   */
  readonly audit: boolean;
  /** The audit keeps one tracking issue (input `tracking-issue`, default true). */
  readonly trackingIssue: boolean;
  /** GITHUB_REPOSITORY, for the audit's tracking issue. */
  readonly repository: { readonly owner: string; readonly repo: string } | undefined;
  /** Absolute path of a policy file given as input (else `.zoneguard.yml` from the base). */
  readonly policyFile: string | undefined;
  readonly live: boolean;
  readonly resolvers: readonly string[];
  /** The live phase's overall deadline (undefined: 30 s). */
  readonly liveDeadlineMs: number | undefined;
  /** DNS queries in flight at once to each server (undefined: 64). */
  readonly liveInFlight: number | undefined;
  /**
   * The registry over RDAP (input `rdap`): off, IANA's bootstrap file (`true`, with live DNS),
   * or one base URL for every domain.
   */
  readonly rdap: { readonly on: false } | { readonly on: true; readonly url?: string };
  /** Ask each authoritative server for a zone transfer (the `axfr` input). */
  readonly axfr: boolean;
  readonly failOn: Severity | undefined;
  /** Undefined: the policy file's label (default `zoneguard:accept-risk`). */
  readonly overrideLabel: string | undefined;
  readonly comment: boolean;
  /** The comment when the pull request changes no DNS record and introduces no finding. */
  readonly noChangeComment: NoChangeComment;
  readonly reviewComments: boolean;
  /** Absolute path to write SARIF to, or undefined. */
  readonly sarif: string | undefined;
  readonly allowForkDnscontrol: boolean;
  /** Absolute path of the JSON report this run writes (the `report-path` output). */
  readonly reportPath: string;
  readonly eventName: EventName;
  readonly pullRequest: PullRequestContext | undefined;
  /** Base and head of a push or merge_group event (no pull request to comment on). */
  readonly commits: ReturnType<typeof commitRange>;
  /** The token is known to be read-only (a fork's or Dependabot's `pull_request` run). */
  readonly readOnlyToken: boolean;
  readonly publish: PublishSettings | undefined;
  /** Link to this workflow run, for the comment's pointer to the full report. */
  readonly runUrl: string | undefined;
}

/**
 * `short`: one line (the default); `none`: no new comment, and an earlier one is edited to the
 * line rather than left showing an old review; `full`: the whole review, as for any change.
 */
export const NO_CHANGE_COMMENTS = ['short', 'none', 'full'] as const;
export type NoChangeComment = (typeof NO_CHANGE_COMMENTS)[number];

/**
 * Publish a report another job wrote: the workflow_run half of the fork-safe recipe, or the
 * summary job of a sharded review on the pull request's own event (docs/sharding.md).
 */
export interface PublishSettings {
  readonly reportFile: string;
  readonly owner: string;
  readonly repo: string;
  /**
   * workflow_run: from the artifact (untrusted), checked against the pull request's head
   * before use. pull_request: from the event.
   */
  readonly number: number;
  /** `workflow_run.head_sha`, or the pull request's head, from the event (trusted). */
  readonly headSha: string;
  /**
   * `pull_request`: this job is the pull request's check, so a blocking report fails it (the
   * merge gate); `workflow_run`: the reviewing run's exit code was the gate.
   */
  readonly source: 'workflow_run' | 'pull_request';
}

export type SettingsResult =
  | { readonly ok: true; readonly settings: ActionSettings }
  | { readonly ok: false; readonly errors: readonly string[] };

export type InputReader = (name: string) => string;

const BOOLEAN_TRUE = new Set(['true', 'True', 'TRUE']);
const BOOLEAN_FALSE = new Set(['false', 'False', 'FALSE']);
const LABEL_MAX = 50;
const SHARD_LABEL = /^[A-Za-z0-9._-]{1,100}$/;

/** Reads and validates every input; `input` and `env` are injectable for tests. */
export function readSettings(
  input: InputReader = (name) => core.getInput(name),
  env: NodeJS.ProcessEnv = process.env,
): SettingsResult {
  const errors: string[] = [];

  const bool = (name: string, fallback: boolean): boolean => {
    const raw = input(name).trim();
    if (raw === '') return fallback;
    if (BOOLEAN_TRUE.has(raw)) return true;
    if (BOOLEAN_FALSE.has(raw)) return false;
    errors.push(`Input '${name}' must be true or false, got '${raw}'.`);
    return fallback;
  };

  const workspace = resolve(env['GITHUB_WORKSPACE'] || process.cwd());

  /**
   * A path that must stay inside the workspace, checked by the repository's one path guard: an
   * absolute path must lie under the workspace, a relative one must not climb out of it.
   */
  const inside = (name: string, raw: string): string | undefined => {
    if (raw === '') return undefined;
    const checked = isAbsolute(raw)
      ? repoRelativePath(workspace, normalize(raw))
      : resolveRepoPath(raw);
    if (!checked.ok) {
      errors.push(`Input '${name}' must be a path inside the repository, got '${raw}'.`);
      return undefined;
    }
    return checked.path === '' ? workspace : join(workspace, checked.path);
  };
  const insidePath = (name: string): string | undefined => inside(name, input(name).trim());
  /** The same, as a repository-relative POSIX path ('' for the root itself). */
  const repoPath = (name: string, raw: string): string | undefined => {
    const full = inside(name, raw);
    return full === undefined
      ? undefined
      : full
          .slice(workspace.length + 1)
          .split(sep)
          .join('/');
  };

  // The runner fills an input's default (`${{ github.token }}`) only when the workflow leaves
  // the input out: `github-token: ''` (a usage block copied with every input empty) arrives
  // empty, and a JavaScript action has no other way to the workflow token. A GITHUB_TOKEN the
  // workflow sets in the environment is taken instead; with neither, the log says what to do,
  // rather than the comment silently not appearing.
  const token = input('github-token').trim() || (env['GITHUB_TOKEN'] ?? '').trim();
  if (token !== '') core.setSecret(token);

  // One folder per line (a monorepo's DNS folders); every configuration under each is reviewed.
  const paths = input('path')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap((line) => repoPath('path', line) ?? []);
  // Zone patterns: white space, commas or new lines between them (a matrix hands one string).
  const zones = parseZoneSelection([input('zones')]).patterns;
  const shardRaw = input('shard').trim();
  const shard = shardRaw !== '' ? shardRaw : zones.length > 0 ? zones.join(' ') : undefined;
  if (shardRaw !== '' && !SHARD_LABEL.test(shardRaw))
    errors.push(
      `Input 'shard' must be 1-100 letters, digits, '.', '_' or '-' (the matrix's shard from zoneguard targets), got '${shardRaw}'.`,
    );
  const configFile = repoPath('config-file', input('config-file').trim());
  const credsFile = repoPath('creds-file', input('creds-file').trim());
  const octodnsConfig = repoPath('octodns-config', input('octodns-config').trim());
  const workingDirectory = repoPath('working-directory', input('working-directory').trim());
  const tfVarFiles = input('tf-var-files')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap((line) => repoPath('tf-var-files', line) ?? []);
  // The plan is the job's own output (often in RUNNER_TEMP), not a file of the repository.
  const planRaw = input('terraform-plan').trim();
  const terraformPlan = planRaw === '' ? undefined : resolve(workspace, planRaw);

  // One NAME=VALUE a line; values are often secrets, so each is masked in the log before
  // anything else. Leading blanks (YAML indentation) are dropped, trailing ones kept: they may
  // be part of a value. Blank lines are skipped.
  const varLines = input('vars')
    .split('\n')
    .map((line, i) => ({ text: line.replace(/\r$/, '').replace(/^\s+/, ''), number: i + 1 }))
    .filter((line) => line.text.trim() !== '');
  for (const { text } of varLines) {
    const eq = text.indexOf('=');
    const value = eq < 0 ? text : text.slice(eq + 1);
    if (value !== '') core.setSecret(value);
  }
  const parsedVars = parseVariables(
    varLines.map((line) => line.text),
    (i) => `Input 'vars' line ${varLines[i]!.number}`,
  );
  let vars: ReadonlyMap<string, string> = new Map();
  if (parsedVars.ok) vars = parsedVars.vars;
  else errors.push(`${parsedVars.message}.`);

  const formatRaw = input('format').trim() || 'auto';
  let format: FormatId | 'auto' = 'auto';
  if (formatRaw === 'auto' || (FORMAT_IDS as readonly string[]).includes(formatRaw))
    format = formatRaw as FormatId | 'auto';
  else
    errors.push(
      `Input 'format' must be one of auto, ${FORMAT_IDS.join(', ')}; got '${formatRaw}'.`,
    );

  const policyFile = insidePath('policy');

  const resolvers = input('resolvers')
    .split(/[\s,]+/)
    .filter((r) => r !== '');
  for (const r of resolvers) {
    const parsed = parseResolverSpec(r);
    if (!parsed.ok)
      errors.push(
        `Input 'resolvers' takes IP or IP:PORT entries, comma or newline separated: ${parsed.message}.`,
      );
  }

  /** An optional number input, checked by `parse`. */
  const limit = (name: string, parse: (text: string) => LimitResult): number | undefined => {
    const raw = input(name).trim();
    if (raw === '') return undefined;
    const r = parse(raw);
    if (r.ok) return r.value;
    errors.push(`Input '${name}': ${r.message}.`);
    return undefined;
  };
  const liveDeadlineMs = limit('live-deadline', parseLiveDeadline);
  const liveInFlight = limit('live-in-flight', parseInFlight);

  const failOnRaw = input('fail-on').trim().toLowerCase();
  let failOn: Severity | undefined;
  if (failOnRaw !== '') {
    if (isSeverity(failOnRaw)) failOn = failOnRaw;
    else
      errors.push(
        `Input 'fail-on' must be one of info, low, medium, high, critical; got '${failOnRaw}'.`,
      );
  }

  const labelRaw = input('override-label').trim();
  if (labelRaw.length > LABEL_MAX)
    errors.push(
      `Input 'override-label' is longer than GitHub's ${LABEL_MAX}-character label limit.`,
    );

  const noChangeRaw = input('no-change-comment').trim().toLowerCase() || 'short';
  let noChangeComment: NoChangeComment = 'short';
  if ((NO_CHANGE_COMMENTS as readonly string[]).includes(noChangeRaw))
    noChangeComment = noChangeRaw as NoChangeComment;
  else
    errors.push(
      `Input 'no-change-comment' must be one of ${NO_CHANGE_COMMENTS.join(', ')}; got '${noChangeRaw}'.`,
    );

  const sarif = insidePath('sarif');
  const live = bool('live', true);
  // `rdap`: true (the default: with live DNS), false, or an RDAP base URL for every domain.
  const rdapRaw = input('rdap').trim();
  let rdap: ActionSettings['rdap'] = { on: live };
  if (BOOLEAN_FALSE.has(rdapRaw)) rdap = { on: false };
  else if (rdapRaw !== '' && !BOOLEAN_TRUE.has(rdapRaw)) {
    const url = parseRdapUrl(rdapRaw);
    if (url.ok) rdap = { on: true, url: url.url };
    else errors.push(`Input 'rdap' takes true, false or an RDAP base URL: ${url.message}.`);
  }
  const axfr = bool('axfr', false);
  const comment = bool('comment', true);
  const reviewComments = bool('review-comments', false);
  const trackingIssue = bool('tracking-issue', true);
  if (reviewComments && shard !== undefined)
    errors.push(
      "Input 'review-comments' cannot be combined with 'zones' or 'shard': each shard's review would remove the others' comments. Merge the shards' reports (zoneguard merge-reports) and publish the result with the 'report' input (docs/sharding.md).",
    );
  const allowForkDnscontrol = bool('allow-fork-dnscontrol', false);

  const eventName = eventKind(env['GITHUB_EVENT_NAME']);
  let pullRequest: PullRequestContext | undefined;
  const eventPath = env['GITHUB_EVENT_PATH'];
  let payload: unknown;
  if (eventName !== 'other') {
    try {
      payload = eventPath ? JSON.parse(readFileSync(eventPath, 'utf8')) : undefined;
    } catch (e) {
      errors.push(`Cannot read the event payload GITHUB_EVENT_PATH: ${(e as Error).message}`);
    }
  }
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    pullRequest = pullRequestFromPayload(payload);
    if (payload !== undefined && !pullRequest)
      errors.push(
        `The ${eventName} event payload has no usable pull_request (number, base and head SHAs).`,
      );
  }
  const reportFile = insidePath('report');
  const numberRaw = input('pull-request').trim();
  let publish: PublishSettings | undefined;
  if (reportFile !== undefined && pullRequest !== undefined) {
    // A sharded review's summary job (docs/sharding.md): the event names the pull request.
    if (numberRaw !== '')
      errors.push(
        "Input 'pull-request' is for workflow_run events; on a pull_request event the event names the pull request.",
      );
    else
      publish = {
        reportFile,
        owner: pullRequest.owner,
        repo: pullRequest.repo,
        number: pullRequest.number,
        headSha: pullRequest.headSha,
        source: 'pull_request',
      };
  } else if (reportFile !== undefined) {
    const number = Number(numberRaw);
    const headSha = workflowRunHead(payload);
    const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    if (eventName !== 'workflow_run' || headSha === undefined)
      errors.push(
        "Input 'report' publishes a report another job wrote and works only on workflow_run and pull_request events.",
      );
    else if (!/^[1-9]\d{0,9}$/.test(numberRaw))
      errors.push(`Input 'pull-request' must be the pull request's number, got '${numberRaw}'.`);
    else if (!owner || !repo) errors.push('GITHUB_REPOSITORY is not set.');
    else publish = { reportFile, owner, repo, number, headSha, source: 'workflow_run' };
  } else if (numberRaw !== '')
    errors.push("Input 'pull-request' is used only together with 'report'.");

  // Security guard: under pull_request_target the token can write, and a fork's dnsconfig.js
  // is code its author controls. BIND and octoDNS files are data; so is Terraform as ZoneGuard
  // reads it (parsed and evaluated statically, never run); DNSControl is a program.
  if (
    eventName === 'pull_request_target' &&
    pullRequest?.fromFork &&
    format !== 'bind' &&
    format !== 'octodns' &&
    format !== 'terraform' &&
    !allowForkDnscontrol
  )
    errors.push(
      "Refusing to evaluate a fork's code under pull_request_target: the token here can write to " +
        "the repository, and a fork's dnsconfig.js is a program its author controls. Run ZoneGuard on " +
        "'pull_request' (see the fork-safe recipe in docs/action.md), set 'format' to bind, octodns or terraform " +
        "if the repository holds only data files, or set 'allow-fork-dnscontrol: true' to accept the risk.",
    );

  const auditRaw = input('audit').trim() || 'auto';
  let audit = false;
  if (auditRaw === 'auto') audit = eventName === 'schedule' || eventName === 'workflow_dispatch';
  else if (BOOLEAN_TRUE.has(auditRaw)) audit = true;
  else if (!BOOLEAN_FALSE.has(auditRaw))
    errors.push(`Input 'audit' must be auto, true or false, got '${auditRaw}'.`);
  if (audit && publish)
    errors.push("Input 'report' publishes a review; it cannot be combined with an audit.");
  const [repoOwner, repoName] = (env['GITHUB_REPOSITORY'] ?? '').split('/');

  if (errors.length > 0) return { ok: false, errors };
  if (token === '' && (pullRequest !== undefined || publish !== undefined))
    core.warning(
      `Input 'github-token' is empty and GITHUB_TOKEN is not set, so ZoneGuard cannot comment on the pull request or read its labels: remove the github-token line to use the workflow token, or set it to \${{ github.token }}.`,
    );

  const runnerTemp = env['RUNNER_TEMP'];
  const reportDir = runnerTemp ? join(runnerTemp, 'zoneguard') : join(workspace, '.zoneguard');
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];

  return {
    ok: true,
    settings: {
      token,
      workspace,
      paths,
      format,
      configFile,
      credsFile,
      octodnsConfig,
      workingDirectory,
      tfVarFiles,
      terraformPlan,
      vars,
      zones,
      shard,
      audit,
      trackingIssue,
      repository: repoOwner && repoName ? { owner: repoOwner, repo: repoName } : undefined,
      policyFile,
      live,
      resolvers,
      liveDeadlineMs,
      liveInFlight,
      rdap,
      axfr,
      failOn,
      overrideLabel: labelRaw === '' ? undefined : labelRaw,
      comment,
      noChangeComment,
      reviewComments,
      sarif,
      allowForkDnscontrol,
      reportPath: join(reportDir, 'report.json'),
      publish,
      eventName,
      pullRequest,
      commits: commitRange(eventName, payload),
      readOnlyToken:
        eventName === 'pull_request' &&
        (pullRequest?.fromFork === true || env['GITHUB_ACTOR'] === 'dependabot[bot]'),
      runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
    },
  };
}
