/**
 * The Action: settings → review → override → local results (outputs, report files, job
 * summary, annotations) → GitHub writes (comment, review) → verdict. Local results come
 * before any write, and a failed write is logged, never fatal: the verdict and the summary
 * survive a read-only token or a GitHub outage.
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import * as core from '@actions/core';
import { type Diagnostic, formatDiagnostic, MAX_QUOTED_CHARS } from '../model/location.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { fence } from '../report/markdown-escape.js';
import { readUntrustedReport } from '../report/read-json.js';
import { renderSarif } from '../report/sarif.js';
import type { Report } from '../report/types.js';
import { applyOverride, blockingFindings } from '../report/verdict.js';
import { runReview } from '../review/review.js';
import { DEFAULT_POLICY } from '../rules/policy.js';
import { outputText } from '../secrets/secrets.js';
import { diagnosticAnnotations, emitAnnotations, selectAnnotations } from './annotations.js';
import {
  COMMENT_MAX_BYTES,
  COMMENT_MAX_CHARS,
  contentFingerprint,
  fitRendering,
  SUMMARY_MAX_BYTES,
} from './body.js';
import { createGitHubApi, type RepositoryId } from './client.js';
import type { PullRequestContext } from './event.js';
import { ensureCommits } from './git.js';
import { writeJobSummary, writeReportFiles } from './outputs.js';
import { blockingFingerprints, type OverrideDecision, resolveOverride } from './override.js';
import {
  message,
  type PullRequestView,
  publishToPullRequest,
  reportPublication,
  viewPullRequest,
} from './pull-request.js';
import { type ActionSettings, type PublishSettings, readSettings } from './settings.js';
import { type IssuePlan, publishTrackingIssue } from './tracking-issue.js';

/** The comment and summary when the configuration does not load: every problem, in a fence. */
export function unreadableMarkdown(problems: readonly string[], maxChars: number): string {
  const head =
    '## ZoneGuard: ❌ Could not review this change\n\n' +
    'The DNS configuration at the head of this pull request does not load, so nothing was ' +
    'reviewed. Fix these problems and push again:\n\n';
  const shown: string[] = [];
  let size = head.length + 200;
  for (const p of problems) {
    if (size + p.length + 1 > maxChars) break;
    shown.push(p);
    size += p.length + 1;
  }
  const more = problems.length - shown.length;
  return `${head}${fence(shown.join('\n'), 'text')}\n${more > 0 ? `\n…and ${more} more in the job log.\n` : ''}`;
}

/** Problems repeated in the failed step's message (the summary and the comment hold more). */
const FAILED_LINES = 20;

/** A problem as it may leave the process: message and file masked, escaped and cut. */
function safeDiagnostic(d: Diagnostic): Diagnostic {
  return {
    ...d,
    message: outputText(d.message),
    location: { ...d.location, file: outputText(d.location.file, MAX_QUOTED_CHARS) },
  };
}

/** Commits of history fetched for a shallow checkout (the TTL rule looks back). */
const HISTORY_DEPTH = 50;

async function decideOverride(
  settings: ActionSettings,
  view: PullRequestView | undefined,
  label: string,
  report: Report,
): Promise<OverrideDecision> {
  const pr = settings.pullRequest;
  if (!pr) return { kind: 'none' };
  const labels = view?.labels ?? pr.labels;
  if (!labels.includes(label)) return { kind: 'none' };
  if (!view)
    return {
      kind: 'ignored',
      reason: `Label '${label}' is set, but GitHub could not be asked who applied it.`,
    };
  try {
    return await resolveOverride(
      view.api,
      pr,
      label,
      labels,
      view.existing?.state,
      blockingFingerprints(report),
      pr.labeledNow === label,
    );
  } catch (e) {
    return {
      kind: 'ignored',
      reason: `Label '${label}' is set, but checking who applied it failed: ${message(e)}`,
    };
  }
}

/** The marker's shard key: each matrix job keeps its own comment (docs/sharding.md). */
const shardOf = (settings: ActionSettings) =>
  settings.shard !== undefined ? { shard: settings.shard } : {};

async function review(settings: ActionSettings): Promise<void> {
  const pr = settings.audit ? undefined : settings.pullRequest;
  const base = settings.audit ? undefined : (pr?.baseSha ?? settings.commits?.base);
  const head = settings.audit ? 'HEAD' : (pr?.headSha ?? settings.commits?.head);
  const needed = settings.audit ? [] : [base, head].filter((sha) => sha !== undefined);
  if (needed.length > 0)
    await ensureCommits(settings.workspace, needed, HISTORY_DEPTH, (m) => core.info(m));
  const result = await runReview({
    repo: settings.workspace,
    base,
    head,
    path: settings.paths,
    format: settings.format,
    ...(settings.configFile !== undefined ? { configFile: settings.configFile } : {}),
    ...(settings.credsFile !== undefined ? { credsFile: settings.credsFile } : {}),
    ...(settings.octodnsConfig !== undefined ? { octodnsConfig: settings.octodnsConfig } : {}),
    ...(settings.workingDirectory !== undefined ? { octodnsCwd: settings.workingDirectory } : {}),
    ...(settings.tfVarFiles.length > 0 ? { tfVarFiles: settings.tfVarFiles } : {}),
    ...(settings.terraformPlan !== undefined ? { terraformPlan: settings.terraformPlan } : {}),
    ...(settings.vars.size > 0 ? { vars: settings.vars } : {}),
    ...(settings.zones.length > 0 ? { zones: settings.zones } : {}),
    ...(settings.audit ? { audit: true } : {}),
    policyFile: undefined,
    // Read from the base side, like the default: a pull request cannot relax its own review.
    ...(settings.policyFile !== undefined
      ? { policyPath: relative(settings.workspace, settings.policyFile).split(sep).join('/') }
      : {}),
    failOn: settings.failOn,
    live: settings.live,
    liveOptions: {
      resolvers: settings.resolvers,
      authoritative: new Map(),
      ...(settings.liveDeadlineMs !== undefined ? { deadlineMs: settings.liveDeadlineMs } : {}),
      ...(settings.liveInFlight !== undefined ? { maxInFlight: settings.liveInFlight } : {}),
      ...(settings.axfr ? { axfr: true } : {}),
    },
    ...(settings.rdap.on
      ? { registry: settings.rdap.url !== undefined ? { baseUrl: settings.rdap.url } : {} }
      : {}),
  });
  if (!result.ok) {
    // Everything below leaves the process (annotations, job summary, comment, the failed
    // step's message): every problem masked, escaped and cut first, and the count bounded.
    const errors = result.errors.map(safeDiagnostic);
    emitAnnotations(diagnosticAnnotations(errors));
    const lines = errors.map(formatDiagnostic);
    const render = (maxChars: number) => unreadableMarkdown(lines, maxChars);
    await writeJobSummary(render(SUMMARY_MAX_BYTES / 4));
    core.setOutput('verdict', 'error');
    // Replace whatever the comment said about an earlier head: this head was not reviewed.
    if (pr)
      await publishToPullRequest(
        settings,
        await viewPullRequest(settings),
        { render, verdict: 'error', findings: undefined, oneLine: false, create: true },
        { ...shardOf(settings), head: pr.headSha, blocking: [] },
      );
    const more = lines.length - FAILED_LINES;
    core.setFailed(
      `ZoneGuard could not read the DNS configuration:\n${lines.slice(0, FAILED_LINES).join('\n')}${more > 0 ? `\n…and ${more} more in the job summary.` : ''}`,
    );
    return;
  }

  if (settings.audit) {
    await presentAudit(settings, result.report);
    return;
  }
  await present(
    settings,
    result.report,
    settings.overrideLabel ?? result.policy.overrideLabel,
    true,
  );
}

/** The report file, SARIF, job summary and annotations: what a run leaves without GitHub. */
async function writeLocalResults(settings: ActionSettings, report: Report): Promise<void> {
  await writeReportFiles(
    report,
    renderJson(report),
    settings.reportPath,
    settings.sarif ? { path: settings.sarif, document: renderSarif(report) } : undefined,
  );
  const summary = fitRendering(
    (n) =>
      renderMarkdown(report, {
        maxChars: n,
        fullReportHint: `the JSON report is at ${settings.reportPath}`,
      }),
    SUMMARY_MAX_BYTES,
    SUMMARY_MAX_BYTES,
  );
  await writeJobSummary(
    summary ??
      `## ZoneGuard: ${report.verdict}\n\nThe report is too large for a job summary; the JSON report is at ${settings.reportPath} (output \`report-path\`).\n`,
  );
  emitAnnotations(selectAnnotations(report.findings));
}

/**
 * The scheduled audit's results: the local ones, the tracking issue, and a failed step when
 * findings at or above fail-on need attention (the run's failure is the alert).
 */
async function presentAudit(settings: ActionSettings, report: Report): Promise<void> {
  await writeLocalResults(settings, report);
  if (settings.trackingIssue && settings.token !== '' && settings.repository)
    await publishAuditIssue(settings, settings.repository, report);
  const blocking = blockingFindings(report.findings, report.failOn, 'audit');
  if (report.verdict === 'block')
    core.setFailed(
      `ZoneGuard audit: ${blocking.length} finding(s) at or above ${report.failOn} need attention ` +
        `(${[...new Set(blocking.map((f) => f.rule))].join(', ')}); see the job summary.`,
    );
  else
    core.info(`ZoneGuard audit: ${report.verdict} (highest severity: ${report.highestSeverity}).`);
}

/** Opens, edits, reopens or closes the audit's tracking issue; a failure is only a warning. */
async function publishAuditIssue(
  settings: ActionSettings,
  repository: RepositoryId,
  report: Report,
): Promise<void> {
  const api = createGitHubApi(settings.token, (m) => core.info(m));
  const hint = settings.runUrl
    ? `the [workflow run](${settings.runUrl}) has the full report`
    : 'the job summary has the full report';
  const markdown =
    fitRendering(
      (n) => renderMarkdown(report, { maxChars: n, fullReportHint: hint }),
      COMMENT_MAX_CHARS - 200,
      COMMENT_MAX_BYTES - 800,
    ) ?? `## ZoneGuard audit: ${report.verdict}\n\nThe findings do not fit in an issue; ${hint}.`;
  // The issue is for what fails the audit (findings at or above fail-on), like the run's own
  // failure: a standing medium finding (one provider) must not keep an issue open for ever.
  const problems = report.verdict === 'block';
  const n = blockingFindings(report.findings, report.failOn, 'audit').length;
  const where = settings.shard !== undefined ? ` (shard ${settings.shard})` : '';
  const title = problems
    ? `ZoneGuard audit${where}: ${n} finding${n === 1 ? '' : 's'} need${n === 1 ? 's' : ''} attention`
    : `ZoneGuard audit${where}: no findings at or above ${report.failOn}`;
  try {
    const viewer = await api.viewerLogin().catch(() => 'github-actions[bot]');
    const { plan, number } = await publishTrackingIssue(api, repository, viewer, {
      title,
      markdown,
      problems,
      marker: { ...shardOf(settings), report: contentFingerprint(markdown) },
    });
    const said: Record<IssuePlan['action'], string> = {
      create: `Opened the audit's tracking issue #${number}.`,
      update: `Updated the audit's tracking issue #${number}${plan.action === 'update' && plan.reopen ? ' and reopened it: the problems are back' : ''}.`,
      close: `Closed the audit's tracking issue #${number}: the audit is clean.`,
      none: `Left the audit's tracking issue alone: ${plan.action === 'none' ? plan.why : ''}.`,
    };
    core.info(said[plan.action]);
  } catch (e) {
    core.warning(
      `The audit's tracking issue was not updated: ${message(e)}. The workflow needs 'issues: write'; the job summary and the report file are complete.`,
    );
  }
}

/**
 * Everything after the review: override, local results, GitHub writes, verdict. `gate` is
 * false when publishing another run's report: that run's exit code is the merge gate.
 */
async function present(
  settings: ActionSettings,
  reviewed: Report,
  label: string,
  gate: boolean,
): Promise<void> {
  const pr = settings.pullRequest;
  let report = reviewed;
  const shownBlocking = blockingFingerprints(report);
  const view = await viewPullRequest(settings);
  const decision = await decideOverride(settings, view, label, report);
  if (decision.kind === 'accepted') {
    const { by, fingerprints } = decision.accepted;
    report = applyOverride(report, { label, by, accepted: fingerprints });
    core.info(
      `Override: @${by} accepted ${fingerprints.length} finding(s) with the '${label}' label.`,
    );
  } else if (decision.kind === 'ignored') {
    core.warning(decision.reason);
    report = { ...report, warnings: [...report.warnings, decision.reason] };
  }

  // Local results first: they need no token and must survive any GitHub failure.
  await writeLocalResults(settings, report);

  if (pr)
    await publishToPullRequest(
      settings,
      view,
      reportPublication(report, settings.noChangeComment),
      {
        ...shardOf(settings),
        head: pr.headSha,
        blocking: shownBlocking,
        ...(decision.kind === 'accepted' ? { accepted: decision.accepted } : {}),
      },
    );

  const blocking = blockingFindings(report.findings, report.failOn);
  if (report.verdict === 'block' && gate)
    core.setFailed(
      `ZoneGuard blocks this change: ${blocking.length} introduced finding(s) at or above ` +
        `${report.failOn} (${[...new Set(blocking.map((f) => f.rule))].join(', ')}). A user with ` +
        `write access can accept the risk with the '${label}' label.`,
    );
  else
    core.info(
      `ZoneGuard verdict: ${report.verdict} (highest severity: ${report.highestSeverity}).`,
    );
}

/**
 * Publish a report another job wrote. The privileged half of the fork-safe recipe
 * (workflow_run): the pull-request number comes from an untrusted artifact, so it counts only
 * if that pull request's head is the commit GitHub says the run was for. The summary job of a
 * sharded review (pull_request): the event names the pull request, and the merged report must
 * be of its head.
 */
async function publishArtifact(settings: ActionSettings, publish: PublishSettings): Promise<void> {
  const id = { owner: publish.owner, repo: publish.repo, number: publish.number };
  const label = settings.overrideLabel ?? DEFAULT_POLICY.overrideLabel;
  if (publish.source === 'pull_request') {
    // The summary job of a sharded review is the pull request's check: it gates the merge.
    const report = await readReportInput(publish);
    if (report) await present(settings, report, label, true);
    return;
  }
  const api = createGitHubApi(settings.token, (m) => core.info(m));
  let pull: Awaited<ReturnType<typeof api.pullRequest>>;
  try {
    pull = await api.pullRequest(id);
  } catch (e) {
    core.setFailed(
      `Input 'pull-request': cannot read pull request #${publish.number}: ${message(e)}`,
    );
    return;
  }
  if (pull.headSha !== publish.headSha) {
    core.info(
      `Not publishing: pull request #${publish.number} is at ${pull.headSha}, but the run that ` +
        `wrote the report was for ${publish.headSha} (a newer push, or a wrong number in the artifact).`,
    );
    return;
  }
  const report = await readReportInput(publish);
  if (!report) return;
  const pr: PullRequestContext = {
    ...id,
    baseSha: pull.baseSha,
    headSha: publish.headSha,
    headRepo: undefined,
    fromFork: true,
    labels: pull.labels,
    labeledNow: undefined,
  };
  await present({ ...settings, pullRequest: pr, readOnlyToken: false }, report, label, false);
}

/** The `report` input, read as untrusted and checked to be of the expected head; or a failed step. */
async function readReportInput(publish: PublishSettings): Promise<Report | undefined> {
  let text: string;
  try {
    text = await readFile(publish.reportFile, 'utf8');
  } catch (e) {
    core.setFailed(`Input 'report': cannot read ${publish.reportFile}: ${message(e)}`);
    return undefined;
  }
  const read = readUntrustedReport(text);
  if (!read.ok) {
    core.setFailed(
      `Input 'report': ${publish.reportFile} is not a ZoneGuard report: ${read.error}`,
    );
    return undefined;
  }
  if (read.report.head.commit !== publish.headSha) {
    core.setFailed(
      `Input 'report': the report reviewed ${read.report.head.commit ?? 'an unknown commit'}, not ${publish.headSha}.`,
    );
    return undefined;
  }
  return read.report;
}

/** The Action's entry: one catch turns anything thrown into a failed step with its message. */
export async function run(): Promise<void> {
  try {
    const read = readSettings();
    if (!read.ok) {
      for (const e of read.errors) core.error(e);
      core.setFailed(`ZoneGuard: ${read.errors.length} input problem(s); see the errors above.`);
      return;
    }
    if (read.settings.publish) await publishArtifact(read.settings, read.settings.publish);
    else await review(read.settings);
  } catch (e) {
    core.setFailed(`ZoneGuard failed: ${outputText(message(e))}`);
  }
}
