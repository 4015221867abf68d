/**
 * The review as Markdown (the pull-request comment and the CLI's default output).
 * Order: verdict, per-zone table, findings (never cut), then changes, drift, live facts and
 * rollback, which are cut to the budget with a notice when the comment would be too long.
 */
import { formatById } from '../formats/registry.js';
import { formatLocation } from '../model/location.js';
import { relativeName } from '../model/name.js';
import { SEVERITIES, type Severity } from '../model/severity.js';
import { ruleById } from '../rules/catalogue.js';
import {
  details,
  escapeText,
  escapeWithCode,
  fence,
  inlineCode,
  tableCode,
} from './markdown-escape.js';
import type { Report, ReportChange, ReportFinding } from './types.js';
import { blockingFindings } from './verdict.js';

export interface MarkdownOptions {
  /** Character budget for the whole text (GitHub comments hold 65,536). */
  readonly maxChars?: number;
  /** Where the full report is, named in the notice when something is cut. */
  readonly fullReportHint?: string;
}

const DEFAULT_BUDGET = 60_000;
const ICON: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
};
const VERDICT: Record<Report['verdict'], string> = {
  block: '🛑 **Blocked**',
  warn: '⚠️ **Passed with warnings**',
  pass: '✅ **Passed**',
};

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A full SHA is shown as its 7-character abbreviation, as git does. */
function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}

function headline(report: Report): string {
  const blocking = blockingFindings(report.findings, report.failOn).length;
  const parts = [`## ZoneGuard: ${VERDICT[report.verdict]}`];
  let summary: string;
  if (report.verdict === 'block')
    summary = `${blocking} finding${blocking === 1 ? '' : 's'} at or above **${report.failOn}** block this merge.`;
  else if (report.findings.length === 0) summary = 'No risky DNS changes found.';
  else
    summary = `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}; none blocks (fail-on: ${report.failOn}).`;
  if (report.override)
    summary += ` Risk accepted by @${escapeText(report.override.by)} with the ${inlineCode(report.override.label)} label.`;
  parts.push(summary);
  const base = report.base ? inlineCode(shortRef(report.base.ref)) : '(none)';
  parts.push(
    `<sub>base ${base} → head ${inlineCode(shortRef(report.head.ref))} · live DNS: ${report.live.status}${report.live.queries ? ` (${report.live.queries} queries)` : ''}</sub>`,
  );
  return parts.join('\n\n');
}

function zoneTable(report: Report): string {
  const zones = report.zones.filter((z) => z.status !== 'unchanged' || z.drift.length > 0);
  if (zones.length === 0)
    return report.zones.length === 0
      ? '_No zones found._'
      : `_No record changes in ${report.zones.length} zone${report.zones.length === 1 ? '' : 's'}._`;
  const count = (z: (typeof zones)[number], kind: ReportChange['kind']) =>
    z.changes.filter((c) => c.kind === kind).length;
  const rows = zones.map(
    (z) =>
      `| ${tableCode(z.zone)} | ${z.format} | ${z.status} | ${count(z, 'add')} | ${count(z, 'modify')} | ${count(z, 'remove')} | ${report.live.status === 'off' ? '—' : z.drift.length} |`,
  );
  return [
    '| Zone | Format | Status | Added | Changed | Removed | Drift |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** `explained`: rules whose "why" was already shown (once per rule is enough). */
function findingLine(f: ReportFinding, explained: Set<string>): string {
  const rule = ruleById(f.rule);
  const subject = [f.name ? inlineCode(f.name) : f.zone ? inlineCode(f.zone) : '', f.type ?? '']
    .filter(Boolean)
    .join(' ');
  const where = f.location ? ` · ${inlineCode(formatLocation(f.location))}` : '';
  const accepted = f.accepted ? ' · _accepted_' : '';
  const lines = [
    `- ${ICON[f.severity]} **${f.severity}** ${inlineCode(f.rule)}${subject ? ` · ${subject}` : ''}${where}${accepted}`,
    `  ${escapeText(f.message)}`,
  ];
  if (rule?.why && !explained.has(f.rule)) lines.push(`  <br>**Why:** ${escapeWithCode(rule.why)}`);
  explained.add(f.rule);
  lines.push(`  <br>**Fix:** ${escapeWithCode(f.fix)}`);
  return lines.join('\n');
}

function findingsSection(report: Report): string {
  if (report.findings.length === 0) return '';
  const introduced = report.findings.filter((f) => f.introduced);
  const existing = report.findings.filter((f) => !f.introduced);
  const out: string[] = [];
  const explained = new Set<string>();
  const bySeverity = (list: ReportFinding[]) =>
    [...SEVERITIES]
      .reverse()
      .flatMap((s) => list.filter((f) => f.severity === s))
      .map((f) => findingLine(f, explained))
      .join('\n');
  if (introduced.length)
    out.push(`### Findings in this change (${introduced.length})\n\n${bySeverity(introduced)}`);
  if (existing.length)
    out.push(
      `### Already present before this change (${existing.length})\n\n${bySeverity(existing)}`,
    );
  return out.join('\n\n');
}

function changeLines(zone: string, changes: readonly ReportChange[]): string {
  const lines: string[] = [];
  const row = (sign: string, c: ReportChange, rr: NonNullable<ReportChange['after']>) => {
    for (const v of rr.values)
      lines.push(`${sign} ${relativeName(c.name, zone)} ${rr.ttl} ${c.type} ${v}`);
  };
  for (const c of changes) {
    if (c.before) row('-', c, c.before);
    if (c.after) row('+', c, c.after);
  }
  return lines.join('\n');
}

function changesSections(report: Report): string[] {
  const out: string[] = [];
  for (const z of report.zones) {
    if (z.changes.length)
      out.push(
        details(
          `Changes in ${escapeText(z.zone)} (${plural(z.changes.length, 'RRset')})`,
          fence(changeLines(z.zone.split('!')[0]!, z.changes), 'diff'),
        ),
      );
    if (z.drift.length)
      out.push(
        details(
          `Drift in ${escapeText(z.zone)}: live differs from base (${plural(z.drift.length, 'RRset')})`,
          fence(changeLines(z.zone.split('!')[0]!, z.drift), 'diff'),
        ),
      );
  }
  return out;
}

function liveSection(report: Report): string {
  const live = report.live;
  if (live.status === 'off') return '';
  const lines = [`Status: **${live.status}**, ${live.queries} queries.`];
  for (const r of live.reasons) lines.push(`- ${escapeText(r)}`);
  if (live.servers.length) {
    lines.push(
      '',
      '| Zone | Server | Address | Answers | Authoritative | SOA serial |',
      '| --- | --- | --- | --- | --- | ---: |',
    );
    for (const s of live.servers)
      lines.push(
        `| ${tableCode(s.zone)} | ${tableCode(s.name)} | ${tableCode(s.address)} | ${s.responded ? 'yes' : `no${s.error ? ` (${escapeText(s.error)})` : ''}`} | ${s.authoritative ? 'yes' : 'no'} | ${s.soaSerial ?? '—'} |`,
      );
  }
  return details('Live DNS facts this review relied on', lines.join('\n'));
}

function rollbackSections(report: Report): string[] {
  return report.rollback.map((r) => {
    const parts = [fence(r.snippet, formatById(r.format)?.write.fenceLanguage)];
    if (r.registrar) parts.push(`Registrar side:\n\n${fence(r.registrar)}`);
    return details(`Rollback for ${escapeText(r.zone)} (${r.format})`, parts.join('\n\n'));
  });
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const budget = options.maxChars ?? DEFAULT_BUDGET;
  const hint =
    options.fullReportHint ??
    'run `zoneguard check` locally or see the job summary for the full report';
  // Never cut: the verdict, the table and every finding.
  const fixed = [headline(report), zoneTable(report), findingsSection(report)].filter(Boolean);
  if (report.warnings.length)
    fixed.push(report.warnings.map((w) => `> ⚠️ ${escapeText(w)}`).join('\n'));
  const optional = [
    ...changesSections(report),
    liveSection(report),
    ...rollbackSections(report),
  ].filter(Boolean);
  let text = fixed.join('\n\n');
  const notice = (n: number) =>
    `\n\n> ✂️ ${n} section${n === 1 ? ' was' : 's were'} left out to fit the comment: ${hint}.`;
  for (let i = 0; i < optional.length; i++) {
    const next = `${text}\n\n${optional[i]}`;
    const remaining = optional.length - i - 1;
    if (next.length + (remaining > 0 ? notice(remaining).length : 0) > budget)
      return text + notice(optional.length - i);
    text = next;
  }
  return `${text}\n`;
}
