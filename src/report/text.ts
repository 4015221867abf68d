/**
 * The review as plain text for a terminal (`zoneguard check --output text`, the default when
 * standard output is one). The same sections in the same order as the Markdown comment
 * (markdown.ts, whose counting and ordering helpers it shares): the verdict, the per-zone table,
 * the introduced findings and why their rules matter, the warnings, the existing findings, then
 * changes, drift, live facts and rollback. Nothing is collapsed or cut: a terminal scrolls.
 *
 * No HTML and no Markdown: tables are padded to their display width (`string-width`, so wide
 * and combining characters line up), colour comes from `picocolors` and only when the caller
 * says the terminal wants it. Record data and messages pass through `terminalText`, so a TXT
 * value holding an escape sequence is shown, never obeyed by the terminal.
 */
import pc from 'picocolors';
import stringWidth from 'string-width';
import { formatLocation } from '../model/location.js';
import { SEVERITIES, type Severity } from '../model/severity.js';
import { ruleById } from '../rules/catalogue.js';
import { escapeControlCharacters } from '../secrets/secrets.js';
import { type HeadlineStyle, headlineFacts, headlineSummary, plural } from './headline.js';
import { bySeverity, changeLines, driftCell, shown } from './markdown.js';
import { REGISTRY_HEADER, REGISTRY_TITLE, registryFacts } from './registry-facts.js';
import type { Report, ReportChange, ReportFinding, ReportZone } from './types.js';
import { counts, reportKind } from './verdict.js';

export interface TextOptions {
  /** Colour and bold (the caller decides: a terminal, NO_COLOR, FORCE_COLOR). */
  readonly colour: boolean;
}

type Colours = ReturnType<typeof pc.createColors>;

/** Free text and record data made safe to print: control characters shown escaped. */
function terminalText(text: string): string {
  return escapeControlCharacters(text);
}

/** Rule texts mark commands as `code`; in a terminal the backticks go and the span stands out. */
function withCode(text: string, c: Colours): string {
  return terminalText(text).replace(/`([^`]+)`/g, (_, code: string) => c.cyan(code));
}

function severityColour(severity: Severity, c: Colours): (s: string) => string {
  if (severity === 'critical' || severity === 'high') return c.red;
  if (severity === 'medium') return c.yellow;
  if (severity === 'low') return c.blue;
  return c.dim;
}

const LONGEST_SEVERITY = Math.max(...SEVERITIES.map((s) => s.length));

/** Pads to a display width (colour codes and wide characters counted as the terminal does). */
function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? fill + text : text + fill;
}

/** An aligned table: a header, a rule under it, and one line per row. */
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: ReadonlySet<number>,
  c: Colours,
): string {
  const widths = header.map((h, i) =>
    Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, rightAligned.has(i)))
      .join('  ')
      .trimEnd();
  return [
    c.bold(line(header)),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

function heading(text: string, c: Colours): string {
  return c.bold(c.underline(text));
}

const AUDIT_VERDICT = { block: '✖ Needs attention', warn: '⚠ Warnings', pass: '✔ Clean' };
const REVIEW_VERDICT = { block: '✖ Blocked', warn: '⚠ Passed with warnings', pass: '✔ Passed' };

function headline(report: Report, c: Colours): string {
  const audit = reportKind(report) === 'audit';
  const label = (audit ? AUDIT_VERDICT : REVIEW_VERDICT)[report.verdict];
  const colour =
    report.verdict === 'block' ? c.red : report.verdict === 'warn' ? c.yellow : c.green;
  const style: HeadlineStyle = {
    strong: c.bold,
    code: terminalText,
    text: terminalText,
    existingWhere: 'listed below',
  };
  return [
    `ZoneGuard${audit ? ' audit' : ''}: ${c.bold(colour(label))}`,
    headlineSummary(report, style),
    c.dim(headlineFacts(report, style)),
  ].join('\n');
}

function zoneRows(report: Report, zones: readonly ReportZone[], c: Colours): string {
  const count = (z: ReportZone, kind: ReportChange['kind']) =>
    String(z.changes.filter((ch) => ch.kind === kind).length);
  return table(
    ['Zone', 'Format', 'Status', 'Added', 'Changed', 'Removed', 'Drift'],
    zones.map((z) => [
      terminalText(z.zone),
      z.format,
      z.status,
      count(z, 'add'),
      count(z, 'modify'),
      count(z, 'remove'),
      driftCell(report, z),
    ]),
    new Set([3, 4, 5, 6]),
    c,
  );
}

/** What changes, zone by zone; grouped by configuration when there is more than one. */
function zoneTable(report: Report, c: Colours): string {
  const configs = [...new Set(report.zones.map((z) => z.config ?? ''))].sort();
  if (configs.length <= 1) {
    const zones = report.zones.filter(shown);
    if (zones.length === 0)
      return report.zones.length === 0
        ? 'No zones found.'
        : `No record changes in ${plural(report.zones.length, 'zone')}.`;
    return zoneRows(report, zones, c);
  }
  return configs
    .map((config) => {
      const all = report.zones.filter((z) => (z.config ?? '') === config);
      const label = c.bold(config === '' ? 'Other zones' : terminalText(config));
      const zones = all.filter(shown);
      return zones.length === 0
        ? `${label}: no record changes in ${plural(all.length, 'zone')}.`
        : `${label}\n${zoneRows(report, zones, c)}`;
    })
    .join('\n\n');
}

/** One finding: what, where, its message and its own fix, indented under the first line. */
function findingLines(f: ReportFinding, c: Colours): string {
  const subject = [f.name ?? f.zone ?? '', f.type ?? ''].filter(Boolean).join(' ');
  const parts = [
    severityColour(f.severity, c)(pad(f.severity, LONGEST_SEVERITY)),
    c.bold(f.rule),
    ...(subject ? [terminalText(subject)] : []),
    ...(f.location ? [c.dim(terminalText(formatLocation(f.location)))] : []),
    ...(f.accepted ? [c.italic('accepted')] : []),
  ];
  return [
    `  ${parts.join(' · ').replace(' · ', '  ')}`,
    `      ${terminalText(f.message)}`,
    `      ${c.bold('Fix:')} ${withCode(f.fix, c)}`,
  ].join('\n');
}

/** Why each rule of `findings` matters, once per rule, skipping those in `explained`. */
function whyLines(findings: readonly ReportFinding[], explained: Set<string>, c: Colours): string {
  const lines: string[] = [];
  for (const f of findings) {
    const rule = ruleById(f.rule);
    if (!rule || explained.has(rule.id)) continue;
    explained.add(rule.id);
    lines.push(`  - ${c.bold(withCode(rule.title, c))} (${rule.id}): ${withCode(rule.why, c)}`);
  }
  return lines.join('\n');
}

function findingsSection(
  title: string,
  findings: readonly ReportFinding[],
  explained: Set<string>,
  c: Colours,
): string {
  if (findings.length === 0) return '';
  const sorted = bySeverity(findings);
  const out = [heading(title, c), sorted.map((f) => findingLines(f, c)).join('\n')];
  const why = whyLines(sorted, explained, c);
  if (why) out.push(`${c.bold('Why these rules matter')}\n${why}`);
  return out.join('\n\n');
}

/** The diff lines of a zone, removals red and additions green. */
function diffBlock(zone: string, changes: readonly ReportChange[], c: Colours): string {
  return changeLines(zone.split('!')[0]!, changes)
    .split('\n')
    .map((line) => {
      const safe = terminalText(line);
      return `  ${line.startsWith('-') ? c.red(safe) : line.startsWith('+') ? c.green(safe) : safe}`;
    })
    .join('\n');
}

function changesSections(report: Report, c: Colours): string[] {
  const out: string[] = [];
  for (const z of report.zones) {
    const zone = terminalText(z.zone);
    if (z.changes.length)
      out.push(
        `${heading(`Changes in ${zone} (${plural(z.changes.length, 'RRset')})`, c)}\n\n${diffBlock(z.zone, z.changes, c)}`,
      );
    if (z.drift.length)
      out.push(
        `${heading(`Drift in ${zone}: live differs from base (${plural(z.drift.length, 'RRset')})`, c)}\n\n${diffBlock(z.zone, z.drift, c)}`,
      );
  }
  return out;
}

function liveSection(report: Report, c: Colours): string {
  const live = report.live;
  if (live.status === 'off') return '';
  const lines = [
    heading('Live DNS facts this review relied on', c),
    '',
    `Status: ${c.bold(live.status)}, ${live.queries} queries.`,
  ];
  for (const r of live.reasons) lines.push(`  - ${terminalText(r)}`);
  if (live.servers.length) {
    const axfr = live.servers.some((s) => s.axfr !== undefined);
    lines.push(
      '',
      table(
        [
          'Zone',
          'Server',
          'Address',
          'Answers',
          'Authoritative',
          'SOA serial',
          ...(axfr ? ['AXFR'] : []),
        ],
        live.servers.map((s) => [
          terminalText(s.zone),
          terminalText(s.name),
          terminalText(s.address),
          s.responded ? 'yes' : `no${s.error ? ` (${terminalText(s.error)})` : ''}`,
          s.authoritative ? 'yes' : 'no',
          `${s.soaSerial === undefined ? '—' : String(s.soaSerial)}${s.upToDate === false ? ' (behind)' : ''}`,
          ...(axfr ? [s.axfr ?? '—'] : []),
        ]),
        new Set([5]),
        c,
      ),
    );
  }
  if (live.candidates?.length)
    lines.push(
      '',
      'New nameservers, asked before the switch:',
      '',
      table(
        [
          'Zone',
          'New server',
          'Address',
          'Authoritative',
          'Served as head',
          'Missing',
          'Different',
        ],
        live.candidates.map((x) => [
          terminalText(x.zone),
          terminalText(x.name),
          x.address ? terminalText(x.address) : '—',
          x.authoritative ? 'yes' : `no${x.error ? ` (${terminalText(x.error)})` : ''}`,
          x.authoritative ? `${x.served} of ${x.expected}` : '—',
          x.authoritative ? String(x.missing) : '—',
          x.authoritative ? String(x.differing) : '—',
        ]),
        new Set([4, 5, 6]),
        c,
      ),
    );
  return lines.join('\n');
}

function indentBlock(text: string): string {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `  ${terminalText(line)}`)
    .join('\n');
}

function rollbackSections(report: Report, c: Colours): string[] {
  return report.rollback.map((r) => {
    const parts = [
      heading(`Rollback for ${terminalText(r.zone)} (${r.format})`, c),
      indentBlock(r.snippet),
    ];
    if (r.registrar) parts.push(`Registrar side:\n\n${indentBlock(r.registrar)}`);
    return parts.join('\n\n');
  });
}

function registrySection(report: Report, c: Colours): string {
  const facts = registryFacts(report);
  if (!facts) return '';
  const lines = [
    heading(REGISTRY_TITLE, c),
    '',
    `Status: ${c.bold(facts.status)}, ${facts.requests} RDAP ${facts.requests === 1 ? 'query' : 'queries'}${facts.source ? ` (${terminalText(facts.source)})` : ''}.`,
  ];
  for (const r of facts.reasons) lines.push(`  - ${terminalText(r)}`);
  if (facts.rows.length)
    lines.push(
      '',
      table(
        REGISTRY_HEADER,
        facts.rows.map((r) => [
          terminalText(r.domain),
          terminalText(r.registrar),
          r.expires,
          r.locks,
          r.nameservers.map(terminalText).join(' ') || '—',
          r.ds,
        ]),
        new Set(),
        c,
      ),
    );
  return lines.join('\n');
}

export function renderText(report: Report, options: TextOptions): string {
  const c = pc.createColors(options.colour);
  const kind = reportKind(report);
  const introduced = report.findings.filter((f) => counts(f, kind));
  const existing = report.findings.filter((f) => !counts(f, kind));
  const explained = new Set<string>();
  const title = kind === 'audit' ? 'Findings' : 'Introduced by this change';
  const sections = [
    headline(report, c),
    zoneTable(report, c),
    findingsSection(`${title} (${introduced.length})`, introduced, explained, c),
    report.warnings.map((w) => c.yellow(`⚠ ${terminalText(w)}`)).join('\n'),
    findingsSection(
      `${plural(existing.length, 'finding')} already present before this change (not counted in the verdict)`,
      existing,
      explained,
      c,
    ),
    ...changesSections(report, c),
    liveSection(report, c),
    registrySection(report, c),
    ...rollbackSections(report, c),
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}
