/**
 * One record as DNSControl's Go side leaves it: the default TTL, lower-casing, the label made
 * relative to its domain, custom types marked, label and target checks, FQDN targets,
 * canonical IP addresses, PTR label magic and the per-type value checks (CAA tag, TLSA and
 * SMIMEA fields).
 */
import { formatIPv6, parseIPv4, parseIPv6 } from '../../../model/rdata/address.js';
import type { IrRecord } from '../ir.js';
import { addOrigin } from './names.js';
import type { Problems } from './problems.js';
import { ptrNameMagic } from './ptr-name.js';
import { checkLabel, checkTargets } from './record-checks.js';
import { compact, readRecord } from './record-fields.js';

export const DEFAULT_TTL = 300;

/** Types DNSControl itself knows; anything else must be a provider's custom type. */
const STANDARD = new Set([
  'A',
  'AAAA',
  'ALIAS',
  'CAA',
  'CNAME',
  'DHCID',
  'DNAME',
  'DS',
  'DNSKEY',
  'HTTPS',
  'IMPORT_TRANSFORM',
  'LOC',
  'MX',
  'NAPTR',
  'NS',
  'OPENPGPKEY',
  'PTR',
  'SMIMEA',
  'SOA',
  'SRV',
  'SSHFP',
  'SVCB',
  'TLSA',
  'TXT',
]);
/** Provider-specific types (`orig_custom_type` is set on them). */
export const CUSTOM_TYPES = new Set([
  'AKAMAICDN',
  'AKAMAITLC',
  'AZURE_ALIAS',
  'R53_ALIAS',
  'CF_REDIRECT',
  'CF_TEMP_REDIRECT',
  'CF_WORKER_ROUTE',
  'URL',
  'URL301',
  'FRAME',
  'CLOUDNS_WR',
  'PORKBUN_URLFWD',
  'BUNNY_DNS_RDR',
  'LUA',
  'ADGUARDHOME_A_PASSTHROUGH',
  'ADGUARDHOME_AAAA_PASSTHROUGH',
]);
const DOWNCASE_TARGET = new Set([
  'AKAMAICDN',
  'ALIAS',
  'AAAA',
  'CNAME',
  'DNAME',
  'DS',
  'DNSKEY',
  'MX',
  'NS',
  'NAPTR',
  'PTR',
  'SRV',
  'TLSA',
  'SMIMEA',
]);
const FQDN_TARGET = new Set(['ALIAS', 'CNAME', 'MX', 'NS', 'SRV']);
const CAA_TAGS = new Set([
  'issue',
  'issuewild',
  'iodef',
  'issuemail',
  'issuevmc',
  'contactemail',
  'contactphone',
]);

export function normalizeRecord(r: unknown, domain: string, p: Problems): IrRecord | undefined {
  const rec = readRecord(r, domain, p);
  if (!rec) return undefined;
  const pos = rec.filepos;
  const where = () => `in ${rec.type} ${rec.name}.${domain}`;
  if (!rec.ttl) rec.ttl = DEFAULT_TTL;
  rec.name = rec.name.toLowerCase();
  if (DOWNCASE_TARGET.has(rec.type)) rec.target = rec.target.toLowerCase();
  if (rec.type === 'SOA') {
    rec.target = rec.target.toLowerCase();
    if (rec.soambox) rec.soambox = rec.soambox.toLowerCase();
  }
  // Labels: "<domain>." is the apex, "<x>.<domain>." is x; any other trailing dot is an error.
  if (rec.name === `${domain}.`) rec.name = '@';
  else if (rec.name.endsWith(`.${domain}.`)) rec.name = rec.name.slice(0, -(domain.length + 2));
  if (rec.name.endsWith('.')) {
    p.error(`label "${rec.name}" does not match D("${domain}")`, pos);
    return undefined;
  }
  const reverse = domain.endsWith('.in-addr.arpa') || domain.endsWith('.ip6.arpa');
  if (reverse && rec.name.endsWith(`.${domain}`))
    rec.name = rec.name.slice(0, -(domain.length + 1));

  if (!STANDARD.has(rec.type)) {
    if (!CUSTOM_TYPES.has(rec.type)) {
      p.error(`unsupported record type (${rec.type}) domain=${domain} name=${rec.name}`, pos);
      return undefined;
    }
    rec.meta = { ...rec.meta, orig_custom_type: rec.type };
  }
  checkLabel(rec, domain, p);
  checkTargets(rec, domain, p, where);

  if (FQDN_TARGET.has(rec.type)) {
    const origin = rec.subdomain ? `${rec.subdomain}.${domain}.` : `${domain}.`;
    rec.target = addOrigin(rec.target, origin);
  } else if (rec.type === 'A' || rec.type === 'AAAA') {
    const canon = canonicalIP(rec.target, rec.type);
    if (canon) rec.target = canon;
  } else if (rec.type === 'PTR') {
    const magic = ptrNameMagic(rec.name, domain);
    if (typeof magic === 'string') rec.name = magic;
    else p.error(magic.error, pos);
  } else if (rec.type === 'NAPTR' && rec.target === '') rec.target = '.';
  else if (rec.type === 'CAA' && !CAA_TAGS.has(rec.caatag ?? ''))
    p.error(`CAA tag ${rec.caatag ?? ''} is invalid`, pos);
  else if (rec.type === 'TLSA' || rec.type === 'SMIMEA') {
    const [u, s, m] =
      rec.type === 'TLSA'
        ? [rec.tlsausage, rec.tlsaselector, rec.tlsamatchingtype]
        : [rec.smimeausage, rec.smimeaselector, rec.smimeamatchingtype];
    if ((u ?? 0) > 3)
      p.error(`${rec.type} Usage ${u} is invalid in record ${rec.name} (domain ${domain})`, pos);
    if ((s ?? 0) > 1)
      p.error(`${rec.type} Selector ${s} is invalid in record ${rec.name} (domain ${domain})`, pos);
    if ((m ?? 0) > 2)
      p.error(
        `${rec.type} MatchingType ${m} is invalid in record ${rec.name} (domain ${domain})`,
        pos,
      );
  }
  return compact(rec);
}

export function canonicalIP(text: string, type: 'A' | 'AAAA'): string | undefined {
  if (type === 'A') return parseIPv4(text)?.join('.');
  const w = parseIPv6(text);
  return w ? formatIPv6(w) : undefined;
}
