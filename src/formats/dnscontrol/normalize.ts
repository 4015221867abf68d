/**
 * What DNSControl's Go side does to the configuration after the JavaScript has run
 * (`ValidateAndNormalizeConfig`): split-horizon names, lower-casing, label and target checks,
 * FQDN targets, the 300 s default TTL, IP canonicalisation, reverse-zone and PTR label magic,
 * IMPORT_TRANSFORM and `transform` expansion, CNAME and duplicate checks. The input is the
 * untrusted JSON the sandbox produced, so every field is checked before use.
 *
 * This module walks the configuration and its domains; each step lives in `normalize/`.
 */
import type { Diagnostic } from '../../model/location.js';
import type {
  DnscontrolIR,
  IrDomain,
  IrProvider,
  IrRawRecord,
  IrRecord,
  IrUnmanaged,
} from './ir.js';
import { checkCnames, checkDuplicates, checkTtls } from './normalize/domain-checks.js';
import { expandTransforms, importTransforms } from './normalize/import-transform.js';
import { addOrigin } from './normalize/names.js';
import { normalizeRecord } from './normalize/normalize-record.js';
import { Problems } from './normalize/problems.js';
import { checkTarget } from './normalize/record-checks.js';
import { compact, readRecord } from './normalize/record-fields.js';
import { isObj, stringMap } from './normalize/untrusted-json.js';

export interface NormalizeResult {
  readonly ir: DnscontrolIR | undefined;
  readonly errors: Diagnostic[];
  readonly warnings: Diagnostic[];
}

/** What the prelude's position budgets left out (see `callerPos` there), in one warning. */
function positionsWarning(records: unknown, calls: unknown): string | undefined {
  const parts: string[] = [];
  if (typeof records === 'number' && records > 0)
    parts.push(
      `${records} records sit in very long runs of straight-line code: they point at their D() or D_EXTEND() call rather than their own line`,
    );
  if (typeof calls === 'number' && calls > 0)
    parts.push(
      `${calls} D() and D_EXTEND() calls come late in a very long config: they point only at their file${parts.length ? ', and so do their records that have no line of their own' : ''}`,
    );
  return parts.length ? parts.join('; ') : undefined;
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
  const positions = positionsWarning(raw.positions_skipped, raw.call_positions_skipped);
  if (positions) p.warn(positions, undefined, 'dnscontrol/positions');
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
  // No prototype: a provider named `__proto__` is a key like any other.
  const dnsProviders: Record<string, number> = Object.create(null);
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
