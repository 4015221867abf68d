/** The verdict (a contract, docs/report.md): separate from rendering and from posting. */
import { maxSeverity, type Severity, severityRank } from '../model/severity.js';
import type { Report, ReportFinding, Verdict } from './types.js';

/**
 * What a report judges. A review judges a change: only what the change introduces counts. An
 * audit (`zoneguard audit`) judges the repository's zones as the world serves them now: every
 * finding is the current state, and every one counts.
 */
export type ReportKind = 'review' | 'audit';

export const reportKind = (report: Pick<Report, 'kind'>): ReportKind => report.kind ?? 'review';

/** True when the finding colours the verdict of a report of this kind. */
export const counts = (f: ReportFinding, kind: ReportKind): boolean =>
  kind === 'audit' || f.introduced;

/** Findings that would block: counted, at or above fail-on, not accepted by an override. */
export function blockingFindings(
  findings: readonly ReportFinding[],
  failOn: Severity,
  kind: ReportKind = 'review',
): ReportFinding[] {
  return findings.filter(
    (f) => counts(f, kind) && !f.accepted && severityRank(f.severity) >= severityRank(failOn),
  );
}

/**
 * Only what the change introduces colours the verdict: a finding base or live DNS already had
 * is listed, never held against the pull request (docs/architecture.md, Introduced versus
 * existing). An accepted finding still warns: the risk was taken on purpose, not removed.
 */
export function computeVerdict(
  findings: readonly ReportFinding[],
  failOn: Severity,
  kind: ReportKind = 'review',
): Verdict {
  if (blockingFindings(findings, failOn, kind).length > 0) return 'block';
  if (findings.some((f) => counts(f, kind) && severityRank(f.severity) >= severityRank('medium')))
    return 'warn';
  return 'pass';
}

/**
 * The pull request changes no DNS record and introduces no finding: there is nothing for a
 * reviewer to read, so the Action may say so in one line (its `no-change-comment` input).
 */
export function changesNothing(report: Report): boolean {
  return (
    report.zones.every((z) => z.status === 'unchanged' && z.changes.length === 0) &&
    !report.findings.some((f) => f.introduced)
  );
}

export function highestSeverity(findings: readonly ReportFinding[]): Severity | 'none' {
  return maxSeverity(findings.map((f) => f.severity)) ?? 'none';
}

/**
 * Applies an override label: the listed fingerprints are accepted. A blocking finding that is
 * not among them (a new push added it) still blocks.
 */
export function applyOverride(
  report: Report,
  override: { label: string; by: string; accepted: readonly string[] },
): Report {
  const accepted = new Set(override.accepted);
  const findings = report.findings.map((f) =>
    accepted.has(f.fingerprint) && f.introduced ? { ...f, accepted: true } : f,
  );
  return {
    ...report,
    findings,
    verdict: computeVerdict(findings, report.failOn, reportKind(report)),
    override: {
      label: override.label,
      by: override.by,
      fingerprint: acceptanceFingerprint(override.accepted),
    },
  };
}

/** One short id for a set of accepted findings (order-independent). */
export function acceptanceFingerprint(fingerprints: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const c of [...fingerprints].sort().join(','))
    h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
