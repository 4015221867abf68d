/**
 * The comment's registry section: one row per registrable domain the change touches, with what
 * the registry says over RDAP (docs/report.md, `registry`). Collapsed like the live facts; the
 * findings about locks and expiry are in the findings sections, this is the evidence.
 */
import { details, escapeText, tableCode } from './markdown-escape.js';
import type { Report, ReportRegistryDomain } from './types.js';

const LOCKS = ['client transfer prohibited', 'server transfer prohibited'] as const;

/** The headline's note on the registry, when it was asked: ` · registry: partial`. */
export function registryNote(report: Report): string {
  const status = report.registry?.status;
  return status && status !== 'off' ? ` · registry: ${status}` : '';
}

export function registrySection(report: Report): string {
  const registry = report.registry;
  if (!registry || registry.status === 'off') return '';
  const lines = [
    `Status: **${registry.status}**, ${registry.requests} RDAP ${registry.requests === 1 ? 'query' : 'queries'}${registry.source ? ` (${escapeText(registry.source)})` : ''}.`,
  ];
  for (const r of registry.reasons) lines.push(`- ${escapeText(r)}`);
  if (registry.domains.length) {
    lines.push(
      '',
      '| Domain | Registrar | Expires | Locks | Nameservers | DS |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const d of registry.domains) lines.push(domainRow(d));
  }
  return details('Registry facts (RDAP)', lines.join('\n'));
}

function domainRow(d: ReportRegistryDomain): string {
  const r = d.registration;
  if (!r) {
    const what = d.outcome === 'not-found' ? 'no registration data' : d.outcome;
    return `| ${tableCode(d.domain)} | ${what} | — | — | — | — |`;
  }
  const expires = r.events.find((e) => e.action === 'expiration')?.date.slice(0, 10) ?? '—';
  const locks = LOCKS.filter((l) => r.status.includes(l)).map((l) => l.split(' ')[0]);
  const ds = r.secureDNS?.dsData.length
    ? r.secureDNS.dsData.map((x) => `${x.keyTag}/${x.algorithm}`).join(', ')
    : r.secureDNS?.delegationSigned
      ? 'signed'
      : 'none';
  return `| ${tableCode(d.domain)} | ${escapeText(r.registrar?.name ?? '—')} | ${expires} | ${locks.length ? locks.join(', ') : 'none'} | ${r.nameservers.map(tableCode).join(' ') || '—'} | ${ds} |`;
}
