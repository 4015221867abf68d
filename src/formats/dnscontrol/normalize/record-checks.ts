/**
 * DNSControl's checks on one record's label and target, as its Go side makes them: characters a
 * target may hold, the trailing dot, CNAME and NS at the apex, a CNAME pointing at itself and a
 * label that repeats the domain. They report problems and change nothing.
 */
import { parseIPv4, parseIPv6 } from '../../../model/rdata/address.js';
import type { IrRecord } from '../ir.js';
import { addOrigin } from './names.js';
import type { Problems } from './problems.js';

const HOST_TARGET = new Set(['ALIAS', 'CNAME', 'DNAME', 'MX', 'NS', 'PTR', 'SRV', 'SOA']);

export function checkTarget(target: string): string | undefined {
  if (target === '@') return undefined;
  if (target === '') return 'empty target';
  if (/['" +,|!£$%&()=?^*ç°§;:<>[\]@]/.test(target))
    return `target (${target}) includes invalid char`;
  if (!target.endsWith('.in-addr.arpa.') && target.includes('/'))
    return `target (${target}) includes invalid char`;
  if (target.includes('.') && !target.endsWith('.'))
    return `target (${target}) must end with a (.) [https://docs.dnscontrol.org/language-reference/why-the-dot]`;
  return undefined;
}

export function checkLabel(rec: IrRecord, domain: string, p: Problems): void {
  const label = rec.name;
  if (label === '@') return;
  if (label === '') {
    p.error(`empty ${rec.type} label in ${domain} (did you mean "@"?)`, rec.filepos);
    return;
  }
  if ((label === domain || label.endsWith(`.${domain}`)) && rec.meta?.skip_fqdn_check !== 'true') {
    const short = label.endsWith(`.${domain}`) ? label.slice(0, -(domain.length + 1)) : label;
    p.error(
      `The name "${label}.${domain}." is an error (repeats the domain). Maybe instead of "${label}" you intended "${short}"? If not add DISABLE_REPEATED_DOMAIN_CHECK to this record to permit this as-is.`,
      rec.filepos,
    );
  }
  if (['SRV', 'TLSA', 'TXT', 'LUA'].includes(rec.type)) return;
  if (label.startsWith('_') || label.includes('._') || label.startsWith('sql-')) return;
  if (label.includes('_'))
    p.warn(`label ${label}.${domain} contains "_" (can't be used in a URL)`, rec.filepos);
}

export function checkTargets(
  rec: IrRecord,
  domain: string,
  p: Problems,
  where: () => string,
): void {
  const err = (m: string) => p.error(`${where()}: ${m}`, rec.filepos);
  const t = rec.target;
  if (rec.type === 'A' && !parseIPv4(t)) err(`target (${t}) is not an IPv4 address`);
  if (rec.type === 'AAAA' && !parseIPv6(t)) err(`target (${t}) is not an IPv6 address`);
  if (HOST_TARGET.has(rec.type) || (rec.type === 'NAPTR' && t !== '')) {
    const problem = checkTarget(t);
    if (problem) err(problem);
  }
  if (rec.type === 'CNAME') {
    if (rec.name === '@') err('cannot create CNAME record for bare domain');
    else if (addOrigin(rec.name, `${domain}.`) === addOrigin(t, `${domain}.`))
      err('CNAME loop (target points at itself)');
  }
  if (rec.type === 'NS' && rec.name === '@')
    err('cannot create NS record for bare domain. Use NAMESERVER instead');
  if (rec.type === 'SOA' && rec.name !== '@') err('SOA record is only valid for bare domain');
}
