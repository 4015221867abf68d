/**
 * What DNSControl's Go side does to the configuration after the JavaScript has run
 * (`ValidateAndNormalizeConfig`): split-horizon names, lower-casing, label and target checks,
 * FQDN targets, the 300 s default TTL, IP canonicalisation, reverse-zone and PTR label magic,
 * IMPORT_TRANSFORM and `transform` expansion, CNAME and duplicate checks. The input is the
 * untrusted JSON the sandbox produced, so every field is checked before use.
 */
import type { Diagnostic, SourceLocation } from '../../model/location.js';
import { formatIPv6, parseIPv4, parseIPv6 } from '../../model/rdata/address.js';
import type {
  DnscontrolIR,
  IrDomain,
  IrProvider,
  IrRawRecord,
  IrRecord,
  IrUnmanaged,
} from './ir.js';
import { parseFilepos } from './ir.js';

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
const HOST_TARGET = new Set(['ALIAS', 'CNAME', 'DNAME', 'MX', 'NS', 'PTR', 'SRV', 'SOA']);
const CAA_TAGS = new Set([
  'issue',
  'issuewild',
  'iodef',
  'issuemail',
  'issuevmc',
  'contactemail',
  'contactphone',
]);

/** Numeric record fields and their unsigned bit widths (Go's uint8/16/32). */
const NUMERIC: Readonly<Record<string, 8 | 16 | 32>> = {
  ttl: 32,
  mxpreference: 16,
  srvpriority: 16,
  srvweight: 16,
  srvport: 16,
  caaflag: 8,
  dskeytag: 16,
  dsalgorithm: 8,
  dsdigesttype: 8,
  dnskeyflags: 16,
  dnskeyprotocol: 8,
  dnskeyalgorithm: 8,
  locsize: 8,
  lochorizpre: 8,
  locvertpre: 8,
  loclatitude: 32,
  loclongitude: 32,
  localtitude: 32,
  naptrorder: 16,
  naptrpreference: 16,
  smimeausage: 8,
  smimeaselector: 8,
  smimeamatchingtype: 8,
  sshfpalgorithm: 8,
  sshfpfingerprint: 8,
  soarefresh: 32,
  soaretry: 32,
  soaexpire: 32,
  soaminttl: 32,
  svcpriority: 16,
  tlsausage: 8,
  tlsaselector: 8,
  tlsamatchingtype: 8,
};
const STRING_FIELDS = new Set([
  'caatag',
  'dsdigest',
  'dnskeypublickey',
  'luartype',
  'naptrflags',
  'naptrservice',
  'naptrregexp',
  'soambox',
  'svcparams',
  'answer_type',
  'subdomain',
  'filepos',
]);

export interface NormalizeResult {
  readonly ir: DnscontrolIR | undefined;
  readonly errors: Diagnostic[];
  readonly warnings: Diagnostic[];
}

type Raw = Record<string, unknown>;
const isObj = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

class Problems {
  readonly errors: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  constructor(private readonly file: string) {}
  at(pos: unknown): SourceLocation {
    return parseFilepos(typeof pos === 'string' ? pos : undefined) ?? { file: this.file };
  }
  error(message: string, pos?: unknown, code = 'dnscontrol/invalid'): void {
    this.errors.push({ level: 'error', message, location: this.at(pos), code });
  }
  warn(message: string, pos?: unknown, code = 'dnscontrol/warning'): void {
    this.warnings.push({ level: 'warning', message, location: this.at(pos), code });
  }
}

/** Normalises the raw configuration (the sandbox's JSON) into DNSControl's IR. */
export function normalizeConfig(json: string, file: string): NormalizeResult {
  const p = new Problems(file);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    p.error('the configuration did not produce valid JSON');
    return { ir: undefined, errors: p.errors, warnings: p.warnings };
  }
  if (
    !isObj(raw) ||
    !Array.isArray(raw.domains) ||
    !Array.isArray(raw.registrars) ||
    !Array.isArray(raw.dns_providers)
  ) {
    p.error(
      'the configuration object was replaced or damaged by the config (conf must hold registrars, dns_providers, domains)',
    );
    return { ir: undefined, errors: p.errors, warnings: p.warnings };
  }
  if (typeof raw.positions_skipped === 'number' && raw.positions_skipped > 0)
    p.warn(
      `${raw.positions_skipped} records sit in very long runs of straight-line code: they point at their D() call rather than their own line`,
      undefined,
      'dnscontrol/positions',
    );
  const registrars = providers(raw.registrars, 'NewRegistrar', p);
  const dnsProviders = providers(raw.dns_providers, 'NewDnsProvider', p);
  const domains: IrDomain[] = [];
  const seen = new Set<string>();
  for (const d of raw.domains) {
    const domain = normalizeDomain(d, p);
    if (!domain) continue;
    const unique = domain.meta.dnscontrol_uniquename!;
    if (seen.has(unique)) p.error(`duplicate domain name: "${unique}"`, domain.filepos);
    seen.add(unique);
    domains.push(domain);
  }
  for (const d of domains) importTransforms(d, domains, p);
  for (const d of domains) {
    expandTransforms(d, p);
    checkCnames(d, p);
    checkDuplicates(d, p);
    checkTtls(d, p);
  }
  const ir: DnscontrolIR = { registrars, dns_providers: dnsProviders, domains };
  return { ir: p.errors.length ? undefined : ir, errors: p.errors, warnings: p.warnings };
}

function providers(list: unknown[], what: string, p: Problems): IrProvider[] {
  const out: IrProvider[] = [];
  for (const e of list) {
    if (!isObj(e) || typeof e.name !== 'string' || typeof e.type !== 'string') {
      p.error(`${what}: expected a name and a type`);
      continue;
    }
    out.push(
      isObj(e.meta) ? { name: e.name, type: e.type, meta: e.meta } : { name: e.name, type: e.type },
    );
  }
  return out;
}

function stringMap(x: unknown, what: string, pos: unknown, p: Problems): Record<string, string> {
  const out: Record<string, string> = {};
  if (x === undefined) return out;
  if (!isObj(x)) {
    p.error(`${what} must be an object`, pos);
    return out;
  }
  for (const [k, v] of Object.entries(x)) {
    if (typeof v === 'string') out[k] = v;
    else
      p.error(
        `${what} "${k}" must be a string, not ${Array.isArray(v) ? 'an array' : typeof v} (DNSControl refuses it)`,
        pos,
      );
  }
  return out;
}

/** dnsutil.AddOrigin: `@` is the origin, names ending in a dot are absolute. */
export function addOrigin(name: string, origin: string): string {
  if (name === '@') return origin;
  if (name.endsWith('.')) return name;
  return `${name}.${origin}`;
}

function checkTarget(target: string): string | undefined {
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

function normalizeDomain(d: unknown, p: Problems): IrDomain | undefined {
  if (!isObj(d) || typeof d.name !== 'string') {
    p.error('D(): a domain without a name');
    return undefined;
  }
  const pos = d.filepos;
  if (typeof d.registrar !== 'string') {
    p.error(
      `D("${d.name}"): the registrar must be a name (a string), not ${typeof d.registrar}`,
      pos,
    );
    return undefined;
  }
  const full = d.name.toLowerCase();
  const bang = full.indexOf('!');
  const name = bang < 0 ? full : full.slice(0, bang);
  const tag = bang < 0 ? '' : full.slice(bang + 1);
  const meta = stringMap(d.meta, `D("${d.name}") meta`, pos, p);
  meta.dnscontrol_tag = tag;
  meta.dnscontrol_uniquename = tag ? `${name}!${tag}` : name;
  const dnsProviders: Record<string, number> = {};
  if (isObj(d.dnsProviders))
    for (const [k, v] of Object.entries(d.dnsProviders)) {
      if (typeof v === 'number' && Number.isInteger(v) && v >= -1) dnsProviders[k] = v;
      else
        p.error(
          `DnsProvider("${k}", ${String(v)}): the nameserver count must be a whole number`,
          pos,
        );
    }
  const nameservers: { name: string }[] = [];
  for (const ns of Array.isArray(d.nameservers) ? d.nameservers : []) {
    const n = isObj(ns) ? ns.name : undefined;
    if (typeof n !== 'string') {
      p.error(`NAMESERVER() in ${name}: the name must be a string`, isObj(ns) ? ns.filepos : pos);
      continue;
    }
    const problem = checkTarget(n);
    if (problem) p.error(`NAMESERVER("${n}"): ${problem}`, isObj(ns) ? ns.filepos : pos);
    nameservers.push({ name: addOrigin(n.toLowerCase(), `${name}.`).replace(/\.$/, '') });
  }
  const records: IrRecord[] = [];
  for (const r of Array.isArray(d.records) ? d.records : []) {
    const rec = normalizeRecord(r, name, p);
    if (rec) records.push(rec);
  }
  const absent: IrRecord[] = [];
  for (const r of Array.isArray(d.recordsabsent) ? d.recordsabsent : []) {
    const rec = readRecord(r, name, p);
    if (rec) absent.push(compact(rec));
  }
  const raw = rawRecords(d.rawrecords, name, p);
  const unmanaged = (Array.isArray(d.unmanaged) ? d.unmanaged : []).filter(isObj).map((u) => {
    const out: { -readonly [K in keyof IrUnmanaged]: IrUnmanaged[K] } = {};
    for (const k of ['label_pattern', 'rType_pattern', 'target_pattern'] as const)
      if (typeof u[k] === 'string' && u[k] !== '') out[k] = u[k] as string;
    return out;
  });
  const domain: { -readonly [K in keyof IrDomain]: IrDomain[K] } = {
    name,
    registrar: d.registrar,
    dnsProviders,
    meta,
    records,
  };
  if (nameservers.length) domain.nameservers = nameservers;
  if (absent.length) domain.recordsabsent = absent;
  if (raw.length) domain.rawrecords = raw;
  if (d.keepunknown === true) domain.keepunknown = true;
  if (unmanaged.length) domain.unmanaged = unmanaged;
  if (d.unmanaged_disable_safety_check === true) domain.unmanaged_disable_safety_check = true;
  if (d.ignore_external_dns === true) domain.ignore_external_dns = true;
  if (typeof d.external_dns_prefix === 'string' && d.external_dns_prefix)
    domain.external_dns_prefix = d.external_dns_prefix;
  if (d.auto_dnssec === 'on' || d.auto_dnssec === 'off') domain.auto_dnssec = d.auto_dnssec;
  if (typeof pos === 'string') domain.filepos = pos;
  return domain;
}

function rawRecords(list: unknown, domain: string, p: Problems): IrRawRecord[] {
  const out: IrRawRecord[] = [];
  for (const r of Array.isArray(list) ? list : []) {
    if (!isObj(r) || typeof r.type !== 'string' || !Array.isArray(r.args)) {
      p.error(`a raw record in ${domain} is malformed`);
      continue;
    }
    const rec: { -readonly [K in keyof IrRawRecord]: IrRawRecord[K] } = {
      type: r.type,
      args: r.args,
    };
    if (Array.isArray(r.metas) && r.metas.length) rec.metas = r.metas.filter(isObj);
    if (typeof r.ttl === 'number' && r.ttl !== 0) rec.ttl = r.ttl;
    if (typeof r.filepos === 'string') rec.filepos = r.filepos;
    if (r.type === 'CLOUDFLAREAPI_SINGLE_REDIRECT' && r.args.length !== 4)
      p.error(
        `CF_SINGLE_REDIRECT needs 4 arguments (name, code, when, then), got ${r.args.length}`,
        r.filepos,
      );
    out.push(rec);
  }
  return out;
}

/** Reads one raw record, checking every field's type and range (Go's JSON decoding would). */
function readRecord(r: unknown, domain: string, p: Problems): IrRecord | undefined {
  if (!isObj(r) || typeof r.type !== 'string') {
    p.error(`a record in ${domain} is malformed`);
    return undefined;
  }
  const pos = r.filepos;
  if (typeof r.name !== 'string') {
    p.error(`${r.type} record in ${domain}: the name must be a string`, pos);
    return undefined;
  }
  const target = typeof r.target === 'number' ? String(r.target) : r.target;
  if (typeof target !== 'string') {
    p.error(
      `${r.type} "${r.name}" in ${domain}: the target must be a string, not ${typeof r.target}`,
      pos,
    );
    return undefined;
  }
  const rec: IrRecord = { type: r.type, name: r.name, target };
  // Only the keys the record has: most records carry three or four of the ~40 known fields.
  for (const k of Object.keys(r)) {
    const v = r[k];
    if (v === undefined || v === null) continue;
    const bits = Object.hasOwn(NUMERIC, k) ? NUMERIC[k] : undefined;
    if (bits !== undefined) {
      const max = bits === 32 ? 0xffffffff : (1 << bits) - 1;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
        p.error(
          `${r.type} "${r.name}" in ${domain}: ${k} must be a whole number from 0 to ${max}, not ${JSON.stringify(v)}`,
          pos,
        );
        continue;
      }
      (rec as unknown as Record<string, number>)[k] = v;
    } else if (STRING_FIELDS.has(k)) {
      if (typeof v !== 'string') {
        p.error(`${r.type} "${r.name}" in ${domain}: ${k} must be a string`, pos);
        continue;
      }
      (rec as unknown as Record<string, string>)[k] = v;
    }
  }
  const meta = stringMap(r.meta, `${r.type} "${r.name}" meta`, pos, p);
  if (Object.keys(meta).length) rec.meta = meta;
  for (const k of ['r53_alias', 'azure_alias'] as const) {
    if (r[k] === undefined) continue;
    const m = stringMap(r[k], `${r.type} "${r.name}" ${k}`, pos, p);
    (rec as unknown as Record<string, unknown>)[k] = m;
  }
  return rec;
}

/** Drops zero numbers and empty strings, as Go's `omitempty` does. */
function compact(rec: IrRecord): IrRecord {
  const out = rec as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    if (k === 'type' || k === 'name' || k === 'target') continue;
    if (v === 0 || v === '' || v === undefined) delete out[k];
    else if (k === 'meta' && isObj(v) && Object.keys(v).length === 0) delete out[k];
  }
  return rec;
}

function normalizeRecord(r: unknown, domain: string, p: Problems): IrRecord | undefined {
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

function checkLabel(rec: IrRecord, domain: string, p: Problems): void {
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

function checkTargets(rec: IrRecord, domain: string, p: Problems, where: () => string): void {
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

export function canonicalIP(text: string, type: 'A' | 'AAAA'): string | undefined {
  if (type === 'A') return parseIPv4(text)?.join('.');
  const w = parseIPv6(text);
  return w ? formatIPv6(w) : undefined;
}

/** A PTR label written as an IP address or a reverse name becomes the label in the zone. */
function ptrNameMagic(name: string, domain: string): string | { error: string } {
  if (name.endsWith('.in-addr.arpa.') || name.endsWith('.ip6.arpa.')) {
    if (name.endsWith(`.${domain}.`)) return name.slice(0, -(domain.length + 2));
    return { error: `PTR record ${name} in wrong domain (${domain})` };
  }
  if (domain.endsWith('.in-addr.arpa')) {
    const v4 = name.includes('.') ? parseIPv4(name) : undefined;
    if (!v4) return name;
    const rev = `${[...v4].reverse().join('.')}.in-addr.arpa`;
    if (rev.endsWith(`.${domain}`)) return rev.slice(0, -(domain.length + 1));
    // RFC 2317 / RFC 4183 classless zones: "first/bits.c.b.a.in-addr.arpa".
    const m = /^(\d{1,3})[/-](\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.in-addr\.arpa$/.exec(
      domain,
    );
    if (m && v4[0] === +m[5]! && v4[1] === +m[4]! && v4[2] === +m[3]!) {
      const bits = +m[2]!;
      const mask = bits >= 32 ? 255 : (0xff << (32 - bits)) & 0xff;
      if ((v4[3]! & mask) === +m[1]!) return String(v4[3]);
    }
    return { error: `PTR record ${name} in wrong IPv4 domain (${domain})` };
  }
  if (domain.endsWith('.ip6.arpa')) {
    const w = name.includes(':') ? parseIPv6(name) : undefined;
    if (!w) return name;
    const nibbles = w.flatMap((x) =>
      [x >> 12, (x >> 8) & 15, (x >> 4) & 15, x & 15].map((n) => n.toString(16)),
    );
    const rev = `${nibbles.reverse().join('.')}.ip6.arpa`;
    if (rev.endsWith(`.${domain}`)) return rev.slice(0, -(domain.length + 1));
    return { error: `PTR record ${name} in wrong IPv6 domain (${domain})` };
  }
  return name;
}

// ------------------------------------------------------------------ transforms

interface Conversion {
  low: number;
  high: number;
  bases: number[];
  ips: number[];
}

const ipNum = (s: string): number | undefined => {
  const q = parseIPv4(s.trim());
  return q ? ((q[0]! << 24) >>> 0) + (q[1]! << 16) + (q[2]! << 8) + q[3]! : undefined;
};
const numIp = (n: number): string =>
  [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

function decodeTable(table: string): Conversion[] | string {
  const out: Conversion[] = [];
  for (const row of table.split(';')) {
    const items = row.split('~').map((s) => s.trim());
    if (items.length !== 4)
      return `transform_table rows should have 4 elements, found ${items.length} in "${row.trim()}"`;
    const list = (s: string): number[] | string => {
      const ips: number[] = [];
      for (const part of s.split(',')) {
        if (part.trim() === '') continue;
        const n = ipNum(part);
        if (n === undefined) return `${part} is not a valid ip address`;
        ips.push(n);
      }
      return ips;
    };
    const low = ipNum(items[0]!);
    const high = ipNum(items[1]!);
    const bases = list(items[2]!);
    const ips = list(items[3]!);
    if (low === undefined || high === undefined)
      return `transform_table: bad range "${items[0]} ~ ${items[1]}"`;
    if (typeof bases === 'string') return bases;
    if (typeof ips === 'string') return ips;
    if (low > high)
      return `transform_table: Low should be less than High (${items[0]} > ${items[1]})`;
    if (bases.length && ips.length)
      return 'transform_table rows should only specify one of NewBases or NewIPs, Not both';
    out.push({ low, high, bases, ips });
  }
  return out;
}

function transformIP(ip: string, table: Conversion[]): string[] {
  const n = ipNum(ip);
  if (n === undefined) return [ip];
  for (const c of table) {
    if (n < c.low || n > c.high) continue;
    if (c.ips.length) return c.ips.map(numIp);
    return c.bases.map((b) => numIp((b + (n - c.low)) >>> 0));
  }
  return [ip];
}

function fqdnOf(rec: IrRecord, domain: string): string {
  return rec.name === '@' ? domain : `${rec.name}.${domain}`;
}

/** IMPORT_TRANSFORM: copy another domain's A and CNAME records through an IP table. */
function importTransforms(d: IrDomain, all: readonly IrDomain[], p: Problems): void {
  const imports = d.records.filter((r) => r.type === 'IMPORT_TRANSFORM');
  if (!imports.length) return;
  for (const imp of imports) {
    const table = decodeTable(imp.meta?.transform_table ?? '');
    if (typeof table === 'string') {
      p.error(table, imp.filepos);
      continue;
    }
    const src = all.find(
      (x) =>
        x.meta.dnscontrol_uniquename === imp.target.toLowerCase() ||
        x.name === imp.target.toLowerCase(),
    );
    if (!src) {
      p.error(`IMPORT_TRANSFORM mentions non-existent domain "${imp.target}"`, imp.filepos);
      continue;
    }
    const strip = imp.meta?.transform_suffixstrip ?? '';
    const has = (type: string, fqdn: string) =>
      d.records.some((r) => r.type === type && fqdnOf(r, d.name) === fqdn);
    const relabel = (fqdn: string): string | undefined => {
      let label = fqdn;
      if (strip) {
        if (!label.endsWith(`.${strip}`)) {
          p.error(`label "${fqdn}" does not end with ".${strip}"`, imp.filepos);
          return undefined;
        }
        label = label.slice(0, -(strip.length + 1));
      }
      return label === d.name
        ? '@'
        : label.endsWith(`.${d.name}`)
          ? label.slice(0, -(d.name.length + 1))
          : label;
    };
    for (const rec of src.records) {
      if (rec.meta?.import_transform_skip) continue;
      const fqdn = fqdnOf(rec, src.name);
      if (has(rec.type, fqdn)) continue;
      const label = relabel(fqdn);
      if (label === undefined) continue;
      const ttl = imp.ttl || rec.ttl;
      if (rec.type === 'A') {
        for (const ip of transformIP(rec.target, table))
          d.records.push({
            ...rec,
            name: label,
            target: ip,
            ttl,
            ...(imp.filepos ? { filepos: imp.filepos } : {}),
          });
      } else if (rec.type === 'CNAME') {
        const newDomain =
          strip && d.name.startsWith(`${strip}.`) ? d.name.slice(strip.length + 1) : d.name;
        const target = rec.target.endsWith('.')
          ? `${rec.target}${newDomain}.`
          : `${addOrigin(rec.target, src.name)}.${newDomain}.`;
        d.records.push({
          ...rec,
          name: label,
          target,
          ttl,
          ...(imp.filepos ? { filepos: imp.filepos } : {}),
        });
      }
    }
  }
  for (let i = d.records.length - 1; i >= 0; i--)
    if (d.records[i]!.type === 'IMPORT_TRANSFORM') d.records.splice(i, 1);
}

/** A records with a `transform` meta become one record per transformed address. */
function expandTransforms(d: IrDomain, p: Problems): void {
  const extra: IrRecord[] = [];
  for (const rec of d.records) {
    if (rec.type !== 'A' || rec.meta?.transform === undefined) continue;
    const table = decodeTable(rec.meta.transform);
    if (typeof table === 'string') {
      p.error(table, rec.filepos);
      continue;
    }
    const ips = transformIP(rec.target, table);
    rec.target = ips[0]!;
    for (const ip of ips.slice(1)) extra.push({ ...rec, meta: { ...rec.meta }, target: ip });
  }
  d.records.push(...extra);
}

function checkCnames(d: IrDomain, p: Problems): void {
  const cnames = new Map<string, number>();
  for (const r of d.records)
    if (r.type === 'CNAME') cnames.set(r.name, (cnames.get(r.name) ?? 0) + 1);
  for (const r of d.records) {
    const n = cnames.get(r.name);
    if (n === undefined) continue;
    if (r.type === 'CNAME' && n > 1) {
      p.error(`cannot have multiple CNAMEs with same name: ${fqdnOf(r, d.name)}`, r.filepos);
      cnames.set(r.name, 1);
    } else if (r.type !== 'CNAME' && r.meta?.cloudflare_proxy !== 'on' && r.type !== 'AKAMAICDN') {
      p.error(
        `cannot have CNAME and ${r.type} record with same name: ${fqdnOf(r, d.name)}`,
        r.filepos,
      );
    }
  }
}

/** The record without TTL and position: two records equal here are exact duplicates. */
export function comparable(rec: IrRecord): string {
  const { ttl: _t, filepos: _f, subdomain: _s, meta, ...rest } = rec;
  const m = { ...meta };
  delete m.orig_custom_type;
  return JSON.stringify(Object.entries({ ...rest, meta: m }).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function checkDuplicates(d: IrDomain, p: Problems): void {
  const seen = new Set<string>();
  for (const r of d.records) {
    const key = comparable(r);
    if (seen.has(key))
      p.error(
        `exact duplicate record found: ${r.type} ${fqdnOf(r, d.name)} ${r.target}`,
        r.filepos,
      );
    seen.add(key);
  }
}

function checkTtls(d: IrDomain, p: Problems): void {
  const byKey = new Map<string, { ttls: Set<number>; first: IrRecord }>();
  for (const r of d.records) {
    const key = `${r.name} ${r.type}`;
    const e = byKey.get(key) ?? { ttls: new Set<number>(), first: r };
    e.ttls.add(r.ttl ?? DEFAULT_TTL);
    byKey.set(key, e);
  }
  for (const [key, e] of byKey)
    if (e.ttls.size > 1)
      p.warn(
        `inconsistent TTLs at "${fqdnOf(e.first, d.name)}": ${key.split(' ')[1]}:${[...e.ttls].sort((a, b) => a - b).join(',')}`,
        e.first.filepos,
      );
}
