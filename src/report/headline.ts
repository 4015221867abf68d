/**
 * The words at the top of a review, the same in the comment and in the terminal: what the
 * verdict rests on (a review: the introduced findings against fail-on; an audit: every finding)
 * and the facts line (the refs, live DNS, the registry). Each renderer gives its own emphasis
 * and escaping; the sentences are written once.
 */

import { groupedDigits } from '../model/count.js';
import { registryNote } from './registry-facts.js';
import type { Report } from './types.js';
import { blockingFindings, reportKind } from './verdict.js';

export function plural(n: number, noun: string): string {
  return `${groupedDigits(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** A full SHA is shown as its 7-character abbreviation, as git does. */
export function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}

export interface HeadlineStyle {
  /** Emphasis (the fail-on severity). */
  readonly strong: (text: string) => string;
  /** A code span (a ref, a label). */
  readonly code: (text: string) => string;
  /** Text someone else chose (a login), made safe for the output. */
  readonly text: (text: string) => string;
  /** Where the existing findings are shown: `collapsed below`, `listed below`. */
  readonly existingWhere: string;
}

/** The sentence under the verdict. */
export function headlineSummary(report: Report, style: HeadlineStyle): string {
  if (reportKind(report) === 'audit') {
    const blocking = blockingFindings(report.findings, report.failOn, 'audit').length;
    const n = report.findings.length;
    const zones = plural(report.zones.length, 'zone');
    return n === 0
      ? `No findings in ${zones}.`
      : `${plural(n, 'finding')} in ${zones}${blocking > 0 ? `; ${blocking} at or above ${style.strong(report.failOn)}` : ''}.`;
  }
  const blocking = blockingFindings(report.findings, report.failOn).length;
  const introduced = report.findings.filter((f) => f.introduced).length;
  const existing = report.findings.length - introduced;
  let summary: string;
  if (report.verdict === 'block')
    summary = `${plural(blocking, 'introduced finding')} at or above ${style.strong(report.failOn)} block this merge.`;
  else if (introduced === 0) summary = 'This change introduces no findings.';
  else
    summary = `This change introduces ${plural(introduced, 'finding')}; none blocks (fail-on: ${report.failOn}).`;
  if (existing > 0)
    summary += ` ${plural(existing, 'existing finding')} (${style.existingWhere}) ${existing === 1 ? 'does' : 'do'} not count against it.`;
  if (report.override)
    summary += ` Risk accepted by @${style.text(report.override.by)} with the ${style.code(report.override.label)} label.`;
  return summary;
}

/** What was compared and asked: `base abc1234 → head def5678 · live DNS: ok (12 queries)`. */
export function headlineFacts(report: Report, style: HeadlineStyle): string {
  const live = `live DNS: ${report.live.status}${report.live.queries ? ` (${report.live.queries} queries)` : ''}${registryNote(report)}`;
  const head = style.code(shortRef(report.head.ref));
  if (reportKind(report) === 'audit') return `${head} · ${live}`;
  const base = report.base ? style.code(shortRef(report.base.ref)) : '(none)';
  return `base ${base} → head ${head} · ${live}`;
}
