/**
 * The review as Markdown (the pull-request comment, the job summary and the CLI's output when
 * it is not a terminal; text.ts renders the same sections for one, and must follow any new
 * one). It leads with what the change does and what it introduces: a review that lists
 * the repository's old problems on every pull request teaches people to skip it. Order: the
 * verdict, the per-zone table, the introduced findings with each rule's "why" (collapsed,
 * once per rule), then the findings base or live DNS already had, in one collapsed section
 * (many of one rule in one zone grouped into one entry); none of these is cut (the existing
 * list shrinks to a count per rule when it does not fit).
 * Then changes, drift, live facts and rollback, cut to the budget with a notice.
 */
import { formatById } from '../formats/registry.js';
import { groupedDigits } from '../model/count.js';
import { formatLocation } from '../model/location.js';
import { relativeName } from '../model/name.js';
import { SEVERITIES, type Severity } from '../model/severity.js';
import { ruleById } from '../rules/catalogue.js';
import { type HeadlineStyle, headlineFacts, headlineSummary, plural } from './headline.js';
import {
  details,
  escapeText,
  escapeWithCode,
  fence,
  inlineCode,
  tableCode,
} from './markdown-escape.js';
import { registrySection } from './markdown-registry.js';
import type { Report, ReportChange, ReportFinding, ReportZone } from './types.js';
import { counts, reportKind } from './verdict.js';

export interface MarkdownOptions {
  /** Character budget for the whole text (GitHub comments hold 65,536). */
  readonly maxChars?: number;
  /** Where the full report is, named in the notice when something is cut. */
  readonly fullReportHint?: string;
}

const DEFAULT_BUDGET = 60_000;
const DEFAULT_HINT = 'run `zoneguard check` locally or see the job summary for the full report';
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

const AUDIT_VERDICT: Record<Report['verdict'], string> = {
  block: '🛑 **Needs attention**',
  warn: '⚠️ **Warnings**',
  pass: '✅ **Clean**',
};

const MARKDOWN_STYLE: HeadlineStyle = {
  strong: (t) => `**${t}**`,
  code: inlineCode,
  text: escapeText,
  existingWhere: 'collapsed below',
};

function headline(report: Report): string {
  const verdict = (reportKind(report) === 'audit' ? AUDIT_VERDICT : VERDICT)[report.verdict];
  return [
    `## ZoneGuard${reportKind(report) === 'audit' ? ' audit' : ''}: ${verdict}`,
    headlineSummary(report, MARKDOWN_STYLE),
    `<sub>${headlineFacts(report, MARKDOWN_STYLE)}</sub>`,
  ].join('\n\n');
}

/**
 * Drift is a count only where live DNS answered for the zone: when it failed, or no server of
 * the zone answered authoritatively (the live phase's own test for a zone it could not read),
 * the review does not know, and "0" would say all is well. A zone the change adds has no base
 * to drift from.
 */
export function driftCell(report: Report, z: ReportZone): string {
  const live = report.live;
  if (live.status === 'off' || z.status === 'added') return '—';
  if (z.drift.length > 0) return String(z.drift.length);
  const apex = z.zone.split('!')[0];
  const reached =
    live.status !== 'failed' && live.servers.some((s) => s.zone === apex && s.authoritative);
  return reached ? '0' : 'unknown';
}

function zoneRows(report: Report, zones: readonly ReportZone[]): string {
  const count = (z: ReportZone, kind: ReportChange['kind']) =>
    z.changes.filter((c) => c.kind === kind).length;
  const rows = zones.map(
    (z) =>
      `| ${tableCode(z.zone)} | ${z.format} | ${z.status} | ${count(z, 'add')} | ${count(z, 'modify')} | ${count(z, 'remove')} | ${driftCell(report, z)} |`,
  );
  return [
    '| Zone | Format | Status | Added | Changed | Removed | Drift |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

export const shown = (z: ReportZone) => z.status !== 'unchanged' || z.drift.length > 0;

/**
 * What changes, zone by zone. With more than one configuration (a monorepo's teams, or
 * formats side by side) the zones are grouped under the configuration that defines them, so a
 * reviewer sees whose zones the change touches.
 */
function zoneTable(report: Report): string {
  const configs = [...new Set(report.zones.map((z) => z.config ?? ''))].sort();
  if (configs.length <= 1) {
    const zones = report.zones.filter(shown);
    if (zones.length === 0)
      return report.zones.length === 0
        ? '_No zones found._'
        : `_No record changes in ${plural(report.zones.length, 'zone')}._`;
    return zoneRows(report, zones);
  }
  return configs
    .map((config) => {
      const all = report.zones.filter((z) => (z.config ?? '') === config);
      const label = `**${config === '' ? 'Other zones' : inlineCode(config)}**`;
      const zones = all.filter(shown);
      return zones.length === 0
        ? `${label}: _no record changes in ${plural(all.length, 'zone')}._`
        : `${label}\n\n${zoneRows(report, zones)}`;
    })
    .join('\n\n');
}

export function bySeverity(findings: readonly ReportFinding[]): ReportFinding[] {
  return [...SEVERITIES].reverse().flatMap((s) => findings.filter((f) => f.severity === s));
}

/** One finding: what, where, and its own fix (the rule's "why" is shown apart, once). */
function findingLine(f: ReportFinding): string {
  const subject = [f.name ? inlineCode(f.name) : f.zone ? inlineCode(f.zone) : '', f.type ?? '']
    .filter(Boolean)
    .join(' ');
  const where = f.location ? ` · ${inlineCode(formatLocation(f.location))}` : '';
  const accepted = f.accepted ? ' · _accepted_' : '';
  return [
    `- ${ICON[f.severity]} **${f.severity}** ${inlineCode(f.rule)}${subject ? ` · ${subject}` : ''}${where}${accepted}`,
    `  ${escapeText(f.message)}`,
    `  <br>**Fix:** ${escapeWithCode(f.fix)}`,
  ].join('\n');
}

/** Why each rule of `findings` matters, once per rule, skipping those in `explained`. */
function whyLines(findings: readonly ReportFinding[], explained: Set<string>): string {
  const lines: string[] = [];
  for (const f of findings) {
    const rule = ruleById(f.rule);
    if (!rule || explained.has(rule.id)) continue;
    explained.add(rule.id);
    lines.push(
      `- **${escapeWithCode(rule.title)}** (${inlineCode(rule.id)}): ${escapeWithCode(rule.why)}`,
    );
  }
  return lines.join('\n');
}

/**
 * The findings that count, each on its own. An audit's count everything, standing problems
 * included, so there many of one rule in one zone are grouped as existing findings are.
 */
function introducedSection(
  introduced: readonly ReportFinding[],
  explained: Set<string>,
  audit = false,
): string {
  if (introduced.length === 0) return '';
  const sorted = bySeverity(introduced);
  const title = audit ? 'Findings' : 'Introduced by this change';
  const lines = audit ? groupedLines(sorted) : sorted.map(findingLine);
  const out = [`### ${title} (${groupedDigits(introduced.length)})\n\n${lines.join('\n')}`];
  const why = whyLines(sorted, explained);
  if (why) out.push(details('Why these rules matter', why));
  return out.join('\n\n');
}

function existingSummary(n: number): string {
  return `${plural(n, 'finding')} already present before this change (not counted in the verdict)`;
}

/**
 * Existing findings of one rule in one zone (at one severity) past this many are one entry: a
 * count and the first few locations. A zone where 20,000 records break one rule would
 * otherwise drown the comment; the JSON report keeps every finding.
 */
export const GROUP_EXISTING_OVER = 5;
const GROUP_SHOWS = 5;

/** One entry for many existing findings of one rule in one zone: the count, the first few, one example. */
function groupLine(group: readonly ReportFinding[]): string {
  const first = group[0]!;
  const where = (f: ReportFinding) =>
    [
      f.name ? inlineCode(f.name) : '',
      f.type ?? '',
      f.location ? `(${inlineCode(formatLocation(f.location))})` : '',
    ]
      .filter(Boolean)
      .join(' ');
  const shown = group.slice(0, GROUP_SHOWS).map(where).filter(Boolean);
  const more = group.length - GROUP_SHOWS;
  return [
    `- ${ICON[first.severity]} **${first.severity}** ${inlineCode(first.rule)}${first.zone ? ` · ${inlineCode(first.zone)}` : ''} · **${groupedDigits(group.length)} findings**`,
    `  ${shown.join(', ')}${more > 0 ? `, and ${groupedDigits(more)} more (every one is in the JSON report)` : ''}.`,
    `  <br>The first: ${escapeText(first.message)}`,
    `  <br>**Fix:** ${escapeWithCode(first.fix)}`,
  ].join('\n');
}

/**
 * The existing findings as lines, most severe first: one line each, except that more than
 * GROUP_EXISTING_OVER of one rule in one zone at one severity make one grouped entry, placed
 * where the first of them would be.
 */
function groupedLines(sorted: readonly ReportFinding[]): string[] {
  const groupOf = (f: ReportFinding) => `${f.severity}\x1f${f.rule}\x1f${f.zone ?? ''}`;
  const groups = new Map<string, ReportFinding[]>();
  for (const f of sorted) {
    const list = groups.get(groupOf(f));
    if (list) list.push(f);
    else groups.set(groupOf(f), [f]);
  }
  const lines: string[] = [];
  const done = new Set<string>();
  for (const f of sorted) {
    const key = groupOf(f);
    const group = groups.get(key)!;
    if (group.length <= GROUP_EXISTING_OVER) lines.push(findingLine(f));
    else if (!done.has(key)) {
      done.add(key);
      lines.push(groupLine(group));
    }
  }
  return lines;
}

/** Every existing finding, collapsed; the rules not explained above get their "why" here. */
function existingSection(existing: readonly ReportFinding[], explained: Set<string>): string {
  if (existing.length === 0) return '';
  const sorted = bySeverity(existing);
  const parts = [groupedLines(sorted).join('\n')];
  const why = whyLines(sorted, explained);
  if (why) parts.push(`**Why these rules matter**\n\n${why}`);
  return details(existingSummary(existing.length), parts.join('\n\n'));
}

/** When the list does not fit: how many of each rule, and where the list is. */
function existingCounts(existing: readonly ReportFinding[], hint: string): string {
  if (existing.length === 0) return '';
  const perRule = new Map<string, number>();
  for (const f of bySeverity(existing)) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
  const lines = [...perRule].map(([rule, n]) => `- ${inlineCode(rule)} × ${n}`);
  return details(
    existingSummary(existing.length),
    `${lines.join('\n')}\n\nThe list does not fit here: ${hint}.`,
  );
}

export function changeLines(zone: string, changes: readonly ReportChange[]): string {
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
    const axfr = live.servers.some((s) => s.axfr !== undefined);
    lines.push(
      '',
      `| Zone | Server | Address | Answers | Authoritative | SOA serial |${axfr ? ' AXFR |' : ''}`,
      `| --- | --- | --- | --- | --- | ---: |${axfr ? ' --- |' : ''}`,
    );
    for (const s of live.servers)
      lines.push(
        `| ${tableCode(s.zone)} | ${tableCode(s.name)} | ${tableCode(s.address)} | ${s.responded ? 'yes' : `no${s.error ? ` (${escapeText(s.error)})` : ''}`} | ${s.authoritative ? 'yes' : 'no'} | ${s.soaSerial ?? '—'}${s.upToDate === false ? ' (behind)' : ''} |${axfr ? ` ${s.axfr ?? '—'} |` : ''}`,
      );
  }
  if (live.candidates?.length) lines.push('', ...readinessTable(live.candidates));
  return details('Live DNS facts this review relied on', lines.join('\n'));
}

/** Head's new nameservers, asked before the delegation moves to them (migration-not-ready). */
function readinessTable(candidates: NonNullable<Report['live']['candidates']>): string[] {
  const lines = [
    'New nameservers, asked before the switch:',
    '',
    '| Zone | New server | Address | Authoritative | RRsets served as head has them | Missing | Different |',
    '| --- | --- | --- | --- | ---: | ---: | ---: |',
  ];
  for (const c of candidates)
    lines.push(
      `| ${tableCode(c.zone)} | ${tableCode(c.name)} | ${c.address ? tableCode(c.address) : '—'} | ${c.authoritative ? 'yes' : `no${c.error ? ` (${escapeText(c.error)})` : ''}`} | ${c.authoritative ? `${c.served} of ${c.expected}` : '—'} | ${c.authoritative ? c.missing : '—'} | ${c.authoritative ? c.differing : '—'} |`,
    );
  return lines;
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
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const kind = reportKind(report);
  const introduced = report.findings.filter((f) => counts(f, kind));
  const existing = report.findings.filter((f) => !counts(f, kind));
  const explained = new Set<string>();
  // Never cut: the verdict, the table, every counted finding, the warnings.
  const fixed = [
    headline(report),
    zoneTable(report),
    introducedSection(introduced, explained, kind === 'audit'),
  ];
  if (report.warnings.length)
    fixed.push(report.warnings.map((w) => `> ⚠️ ${escapeText(w)}`).join('\n'));
  const optional = [
    ...changesSections(report),
    liveSection(report),
    registrySection(report),
    ...rollbackSections(report),
  ].filter(Boolean);
  const notice = (n: number) =>
    `\n\n> ✂️ ${n} section${n === 1 ? ' was' : 's were'} left out to fit the comment: ${hint}.`;
  let text = fixed.filter(Boolean).join('\n\n');
  // The existing findings are listed in full when they fit, else counted per rule.
  const fullExisting = existingSection(existing, explained);
  if (fullExisting) {
    const next = `${text}\n\n${fullExisting}`;
    if (next.length + (optional.length > 0 ? notice(optional.length).length : 0) > budget)
      return `${text}\n\n${existingCounts(existing, hint)}${optional.length > 0 ? notice(optional.length) : ''}\n`;
    text = next;
  }
  for (let i = 0; i < optional.length; i++) {
    const next = `${text}\n\n${optional[i]}`;
    const remaining = optional.length - i - 1;
    if (next.length + (remaining > 0 ? notice(remaining).length : 0) > budget)
      return `${text}${notice(optional.length - i)}\n`;
    text = next;
  }
  return `${text}\n`;
}

/**
 * The whole comment when the pull request changes no DNS record and introduces no finding
 * (`changesNothing`): one line, pointing to where the existing findings are.
 */
export function renderNoChangeLine(report: Report, fullReportHint: string): string {
  const existing = report.findings.filter((f) => !f.introduced).length;
  const rest = [
    existing > 0 ? plural(existing, 'existing finding') : '',
    report.warnings.length > 0 ? plural(report.warnings.length, 'warning') : '',
  ].filter(Boolean);
  const tail = rest.length > 0 ? `; ${rest.join(' and ')} (${fullReportHint})` : '';
  return `✅ **ZoneGuard**: no DNS record changes in this pull request${tail}.\n`;
}
