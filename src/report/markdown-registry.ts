/**
 * The comment's registry section: one row per registrable domain the change touches, with what
 * the registry says over RDAP (docs/report.md, `registry`). Collapsed like the live facts; the
 * findings about locks and expiry are in the findings sections, this is the evidence.
 */
import { details, escapeText, tableCode } from './markdown-escape.js';
import { REGISTRY_HEADER, REGISTRY_TITLE, registryFacts } from './registry-facts.js';
import type { Report } from './types.js';

export function registrySection(report: Report): string {
  const facts = registryFacts(report);
  if (!facts) return '';
  const lines = [
    `Status: **${facts.status}**, ${facts.requests} RDAP ${facts.requests === 1 ? 'query' : 'queries'}${facts.source ? ` (${escapeText(facts.source)})` : ''}.`,
  ];
  for (const r of facts.reasons) lines.push(`- ${escapeText(r)}`);
  if (facts.rows.length) {
    lines.push(
      '',
      `| ${REGISTRY_HEADER.join(' | ')} |`,
      `|${' --- |'.repeat(REGISTRY_HEADER.length)}`,
    );
    for (const r of facts.rows)
      lines.push(
        `| ${tableCode(r.domain)} | ${escapeText(r.registrar)} | ${r.expires} | ${r.locks} | ${r.nameservers.map(tableCode).join(' ') || '—'} | ${r.ds} |`,
      );
  }
  return details(REGISTRY_TITLE, lines.join('\n'));
}
