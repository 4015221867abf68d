/**
 * DNSControl IR → the model: one Zone per `D()` (split-horizon tag kept apart), RRsets with
 * canonical rdata, registrar and providers typed from creds.json, NAMESERVER() names, AUTODNSSEC
 * intent and IGNORE/NO_PURGE patterns. Every RRset points at the config line of its first record.
 */
import { type Diagnostic, formatLocation, type SourceLocation } from '../../model/location.js';
import { canonicalName, toAbsoluteName } from '../../model/name.js';
import { quoteOctets } from '../../model/rdata/fields.js';
import { canonicalRdata } from '../../model/rdata/registry.js';
import { parseRecordType, type RecordType } from '../../model/record-type.js';
import {
  makeRRset,
  type ProviderRef,
  type RRset,
  type UnmanagedPattern,
  type Zone,
} from '../../model/zone.js';
import type { DnscontrolIR, IrDomain, IrRawRecord, IrRecord } from './ir.js';
import { parseFilepos } from './ir.js';

/** Record meta that is bookkeeping, not part of what the provider publishes. */
const NOT_OPTIONS = new Set(['orig_custom_type', 'skip_fqdn_check']);

export interface ModelResult {
  readonly zones: Zone[];
  readonly errors: Diagnostic[];
}

/** TXT as DNSControl publishes it: the UTF-8 bytes in character-strings of 255 octets. */
export function txtPresentation(text: string): string {
  const octets = Buffer.from(text, 'utf8').toString('latin1');
  if (octets.length === 0) return '""';
  const parts: string[] = [];
  for (let i = 0; i < octets.length; i += 255) parts.push(quoteOctets(octets.slice(i, i + 255)));
  return parts.join(' ');
}

function quote(s: string): string {
  return quoteOctets(Buffer.from(s, 'utf8').toString('latin1'));
}

/** The presentation text of one IR record's rdata, ready for `canonicalRdata`. */
export function recordPresentation(r: IrRecord): string {
  const n = (v: number | undefined) => String(v ?? 0);
  switch (r.type) {
    case 'MX':
      return `${n(r.mxpreference)} ${r.target}`;
    case 'SRV':
      return `${n(r.srvpriority)} ${n(r.srvweight)} ${n(r.srvport)} ${r.target}`;
    case 'CAA':
      return `${n(r.caaflag)} ${r.caatag ?? ''} ${quote(r.target)}`;
    case 'TXT':
      return txtPresentation(r.target);
    case 'SSHFP':
      return `${n(r.sshfpalgorithm)} ${n(r.sshfpfingerprint)} ${r.target}`;
    case 'TLSA':
      return `${n(r.tlsausage)} ${n(r.tlsaselector)} ${n(r.tlsamatchingtype)} ${r.target}`;
    case 'SMIMEA':
      return `${n(r.smimeausage)} ${n(r.smimeaselector)} ${n(r.smimeamatchingtype)} ${r.target}`;
    case 'DS':
      return `${n(r.dskeytag)} ${n(r.dsalgorithm)} ${n(r.dsdigesttype)} ${r.dsdigest ?? ''}`;
    case 'DNSKEY':
      return `${n(r.dnskeyflags)} ${n(r.dnskeyprotocol)} ${n(r.dnskeyalgorithm)} ${r.dnskeypublickey ?? ''}`;
    case 'SOA':
      return `${r.target} ${r.soambox ?? ''} 0 ${n(r.soarefresh)} ${n(r.soaretry)} ${n(r.soaexpire)} ${n(r.soaminttl)}`;
    case 'NAPTR':
      return `${n(r.naptrorder)} ${n(r.naptrpreference)} ${quote(r.naptrflags ?? '')} ${quote(r.naptrservice ?? '')} ${quote(r.naptrregexp ?? '')} ${r.target}`;
    case 'SVCB':
    case 'HTTPS':
      return `${n(r.svcpriority)} ${r.target}${r.svcparams ? ` ${r.svcparams}` : ''}`;
    case 'R53_ALIAS':
    case 'AZURE_ALIAS':
      return `${(r.r53_alias ?? r.azure_alias)?.type ?? ''} ${r.target}`;
    default:
      return r.target;
  }
}

function location(pos: string | undefined, file: string): SourceLocation {
  return parseFilepos(pos) ?? { file };
}

/** The absolute owner name of a record label in a zone (IDN labels become A-labels). */
function ownerName(label: string, apex: string): string | undefined {
  const r = toAbsoluteName(label, apex);
  return r.ok ? r.name : undefined;
}

function optionsOf(records: readonly IrRecord[]): Record<string, string> {
  const collected = new Map<string, Set<string>>();
  for (const r of records) {
    for (const [k, v] of Object.entries(r.meta ?? {}))
      if (!NOT_OPTIONS.has(k)) collected.set(k, (collected.get(k) ?? new Set()).add(v));
    if (r.r53_alias?.zone_id) collected.set('r53_zone_id', new Set([r.r53_alias.zone_id]));
    if (r.r53_alias?.evaluate_target_health)
      collected.set('r53_evaluate_target_health', new Set([r.r53_alias.evaluate_target_health]));
  }
  const out: Record<string, string> = {};
  for (const k of [...collected.keys()].sort()) out[k] = [...collected.get(k)!].sort().join(',');
  return out;
}

function rrsetsOf(
  d: IrDomain,
  apex: string,
  file: string,
  errors: Diagnostic[],
  notes: Diagnostic[],
): RRset[] {
  const groups = new Map<
    string,
    { name: string; type: RecordType; records: IrRecord[]; values: string[] }
  >();
  const add = (r: IrRecord, name: string, type: RecordType, value: string) => {
    const key = `${name} ${type}`;
    const g = groups.get(key) ?? { name, type, records: [], values: [] };
    g.records.push(r);
    g.values.push(value);
    groups.set(key, g);
  };
  for (const r of d.records) {
    const at = location(r.filepos, file);
    const type = parseRecordType(r.type);
    const name = ownerName(r.name, apex);
    if (!type || !name) {
      notes.push({
        level: 'warning',
        message: `${r.type} ${r.name}: provider-specific record kept out of the review model`,
        location: at,
        code: 'dnscontrol/unmodelled-type',
      });
      continue;
    }
    const value = canonicalRdata(type, recordPresentation(r), apex);
    if (!value.ok) {
      errors.push({
        level: 'error',
        message: `${r.type} ${r.name}: ${value.message}`,
        location: at,
        code: 'dnscontrol/rdata',
      });
      continue;
    }
    add(r, name, type, value.value);
  }
  for (const raw of d.rawrecords ?? []) addRaw(raw, apex, file, add);
  const out: RRset[] = [];
  for (const g of groups.values()) {
    out.push(
      makeRRset({
        name: g.name,
        type: g.type,
        ttl: g.records[0]!.ttl ?? 300,
        values: g.values,
        options: optionsOf(g.records),
        location: location(g.records[0]!.filepos, file),
      }),
    );
  }
  return out;
}

/** CF_SINGLE_REDIRECT: a zone-level rule, modelled as a pseudo-record at the apex. */
function addRaw(
  raw: IrRawRecord,
  apex: string,
  file: string,
  add: (r: IrRecord, name: string, type: RecordType, value: string) => void,
): void {
  if (raw.type !== 'CLOUDFLAREAPI_SINGLE_REDIRECT') return;
  const text = raw.args
    .map((a) => (typeof a === 'number' ? String(a) : quote(String(a))))
    .join(' ');
  const rec: IrRecord = { type: 'CF_SINGLE_REDIRECT', name: '@', target: text, ttl: raw.ttl ?? 1 };
  if (raw.filepos) rec.filepos = raw.filepos;
  void file;
  add(rec, apex, 'CF_SINGLE_REDIRECT', text);
}

/**
 * What `dnscontrol push` leaves alone in this domain (docs/push-scope.md): the IGNORE family
 * and IGNORE_EXTERNAL_DNS as the config declares them; the providers' own apex nameservers,
 * which DNSControl asks each provider for at push time (`DnsProvider(p)` all of them,
 * `DnsProvider(p, n)` the first n, `DnsProvider(p, 0)` none), so only live DNS knows them; and,
 * for a `D()` without any DNS provider, every record: such a push touches the registrar only.
 */
function unmanagedOf(d: IrDomain, at: SourceLocation): UnmanagedPattern[] {
  const out: UnmanagedPattern[] = [];
  const providers = Object.entries(d.dnsProviders);
  if (providers.length === 0)
    out.push({ name: '*', appliesTo: 'live', source: 'no DnsProvider()', location: at });
  else if (providers.some(([, n]) => n !== 0))
    out.push({
      name: '@',
      types: ['NS'],
      partial: true,
      appliesTo: 'live',
      source: `DnsProvider(${providers
        .filter(([, n]) => n !== 0)
        .map(([p]) => p)
        .sort()
        .join(', ')})`,
      location: at,
    });
  if (d.ignore_external_dns)
    out.push({
      name: '*',
      externalDnsPrefix: d.external_dns_prefix ?? '',
      source: 'IGNORE_EXTERNAL_DNS',
      location: at,
    });
  for (const u of d.unmanaged ?? []) {
    const types = (u.rType_pattern ?? '*')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '' && t !== '*')
      .map((t) => parseRecordType(t))
      .filter((t): t is RecordType => t !== undefined);
    const target = u.target_pattern && u.target_pattern !== '*' ? u.target_pattern : undefined;
    out.push({
      name: u.label_pattern || '*',
      ...(types.length ? { types } : {}),
      ...(target ? { target } : {}),
      source: target && (u.label_pattern ?? '*') === '*' ? 'IGNORE_TARGET' : 'IGNORE',
      location: at,
    });
  }
  return out;
}

/**
 * The apex NS RRset as DNSControl adds it to the records it pushes (`AddNSRecords`): one NS per
 * `NAMESERVER()`, then the providers' own (not knowable here: a partial pattern says so), all
 * with the TTL of `NAMESERVER_TTL()`, 300 when unset or not a whole number.
 */
function apexNs(d: IrDomain, apex: string, names: readonly string[], at: SourceLocation): RRset {
  const ttlText = d.meta.ns_ttl;
  const ttl = ttlText !== undefined && /^\d+$/.test(ttlText) ? Number(ttlText) : 300;
  return makeRRset({
    name: apex,
    type: 'NS',
    ttl: ttl <= 0xffffffff ? ttl : 300,
    values: names,
    location: at,
  });
}

/** Maps the IR to zones. `types` gives provider types from creds.json for `-` (or missing) types. */
export function irToZones(
  ir: DnscontrolIR,
  file: string,
  types: ReadonlyMap<string, string>,
): ModelResult {
  const zones: Zone[] = [];
  const errors: Diagnostic[] = [];
  const typeOf = (list: DnscontrolIR['registrars'], name: string): string | undefined => {
    const declared = list.find((p) => p.name === name)?.type;
    return declared && declared !== '-' ? declared : types.get(name);
  };
  for (const d of ir.domains) {
    const at = location(d.filepos, file);
    const apexResult = canonicalName(`${d.name}.`);
    if (!apexResult.ok) {
      errors.push({
        level: 'error',
        message: `D("${d.name}"): ${apexResult.message}`,
        location: at,
        code: 'dnscontrol/name',
      });
      continue;
    }
    const apex = apexResult.name;
    const notes: Diagnostic[] = [];
    const rrsets = rrsetsOf(d, apex, file, errors, notes);
    const registrarType = typeOf(ir.registrars, d.registrar);
    const registrar: ProviderRef = {
      name: d.registrar,
      ...(registrarType ? { type: registrarType } : {}),
    };
    const providers: ProviderRef[] = Object.entries(d.dnsProviders).map(([name, nsCount]) => {
      const type = typeOf(ir.dns_providers, name);
      return { name, ...(type ? { type } : {}), nsCount };
    });
    const nameservers: string[] = [];
    for (const ns of d.nameservers ?? []) {
      const n = canonicalName(`${ns.name}.`);
      if (n.ok) nameservers.push(n.name);
      else
        errors.push({
          level: 'error',
          message: `NAMESERVER("${ns.name}"): ${n.message}`,
          location: at,
          code: 'dnscontrol/name',
        });
    }
    if (nameservers.length) rrsets.push(apexNs(d, apex, nameservers, at));
    const tag = d.meta.dnscontrol_tag;
    const zone: { -readonly [K in keyof Zone]: Zone[K] } = {
      name: apex,
      format: 'dnscontrol',
      rrsets,
      registrar,
      providers,
      unmanaged: unmanagedOf(d, at),
      location: at,
    };
    if (tag) zone.tag = tag;
    if (nameservers.length) zone.nameservers = nameservers;
    if (d.auto_dnssec) zone.dnssec = d.auto_dnssec;
    if (d.keepunknown) zone.noPurge = true;
    if (notes.length) zone.diagnostics = notes;
    zones.push(zone);
  }
  return { zones, errors };
}

export function describeDiagnostic(d: Diagnostic): string {
  return `${formatLocation(d.location)}: ${d.message}`;
}
