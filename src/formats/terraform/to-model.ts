/**
 * Resource instances (from static reading or a plan file) → zones of the model. A zone is a
 * zone resource the configuration declares, a zone its records name (a data source, a domain
 * string), or a domain whose registrar nameservers it sets. Records are grouped into RRsets by
 * owner and type; Route 53 sets told apart by `set_identifier` stay apart in the RRset's
 * `routing` option, so a weight change is a change. Push scope (docs/push-scope.md):
 * `terraform apply` writes only the resources it manages, so everything else live is left
 * alone, and a record whose value only Terraform can know is hands-off for the review.
 */
import type { Diagnostic, SourceLocation } from '../../model/location.js';
import { isInZone, relativeName } from '../../model/name.js';
import { canonicalRdata } from '../../model/rdata/registry.js';
import {
  makeRRset,
  type ProviderRef,
  type RRset,
  type UnmanagedPattern,
  type Zone,
} from '../../model/zone.js';
import type { BudgetMeter } from '../budget.js';
import { budgetMessage } from '../budget.js';
import type { ResourceInstance } from './module.js';
import { mapRecord, type TfRecord } from './records.js';
import { RECORD_RESOURCE_TYPES } from './resource-types.js';
import { asString, isList, isObject, Unknown } from './values.js';
import { apexOf, ZONE_RESOURCE_TYPES, zoneIdentity } from './zones.js';

export interface ZonesResult {
  readonly zones: Zone[];
  readonly errors: Diagnostic[];
}

interface ZoneDraft {
  apex: string;
  location?: SourceLocation;
  providers: Map<string, ProviderRef>;
  records: TfRecord[];
  unknown: UnmanagedPattern[];
  notes: Diagnostic[];
  reference?: string;
  dnssec?: 'on' | 'off';
  registrar?: ProviderRef;
  nameservers?: string[];
}

/**
 * The provider of a zone or record resource: its configuration's name (`cloudflare`,
 * `cloudflare.other` for an alias) and type (the provider's local name), stable across resource
 * families, so moving from `cloudflare_record` to `cloudflare_dns_record` is no provider change;
 * the record family is kept beside it for the write side.
 */
function addProvider(d: ZoneDraft, i: ResourceInstance): void {
  const type = i.type.split('_')[0]!;
  const known = d.providers.get(i.provider);
  const resource = RECORD_RESOURCE_TYPES.has(i.type) ? i.type : known?.resource;
  d.providers.set(i.provider, { name: i.provider, type, ...(resource ? { resource } : {}) });
}

const warn = (
  message: string,
  location: SourceLocation,
  code = 'terraform/unknown',
): Diagnostic => ({
  level: 'warning',
  code,
  message,
  location,
});

/**
 * The zones the instances define. `config` names the root module (`dns/`); `meter` charges
 * the records made. Warnings that concern no zone go to `loose`.
 */
export function instancesToZones(
  instances: readonly ResourceInstance[],
  config: string,
  meter: BudgetMeter | undefined,
  loose: Diagnostic[],
): ZonesResult {
  const drafts = new Map<string, ZoneDraft>();
  const errors: Diagnostic[] = [];
  const draft = (apex: string): ZoneDraft => {
    let d = drafts.get(apex);
    if (!d) {
      d = { apex, providers: new Map(), records: [], unknown: [], notes: [] };
      drafts.set(apex, d);
    }
    return d;
  };
  // Ids and Google's managed-zone names → apex, from the zones read (a plan gives their ids).
  const ids = new Map<string, string>();
  for (const i of instances) {
    const id = zoneIdentity(i.mode, i.type, i.attrs);
    if (!id || id.apex instanceof Unknown) continue;
    for (const key of [
      ...id.idAttributes,
      ...(i.type === 'google_dns_managed_zone' ? ['name'] : []),
    ]) {
      const v = asString(i.attrs[key]);
      if (v) ids.set(v, id.apex);
    }
    if (i.mode !== 'managed' || !ZONE_RESOURCE_TYPES.has(i.type)) continue;
    const d = draft(id.apex);
    d.location ??= i.at;
    d.reference ??= `${i.address}.${id.idAttributes[0]}`;
    addProvider(d, i);
    const dnssec = i.attrs['dnssec_config'];
    const cfg = isList(dnssec) ? dnssec[0] : dnssec;
    if (isObject(cfg)) {
      const state = asString(cfg['state']);
      if (state === 'on' || state === 'off') d.dnssec = state;
    }
  }
  for (const i of instances) {
    if (i.mode === 'managed' && i.type === 'aws_route53domains_registered_domain') registered(i);
    if (i.mode !== 'managed' || !RECORD_RESOURCE_TYPES.has(i.type)) continue;
    const mapped = mapRecord(i);
    if ('problem' in mapped) {
      loose.push(warn(mapped.problem, mapped.at));
      continue;
    }
    for (const rec of mapped.records) {
      const apex = resolveZone(rec);
      if (apex instanceof Unknown) {
        loose.push(
          warn(
            `${i.address}: its zone depends on ${apex.what}, which only running Terraform can know, so the review cannot tell which zone this record is in`,
            i.at,
          ),
        );
        continue;
      }
      const d = draft(apex);
      addProvider(d, i);
      d.location ??= i.at;
      if (rec.zone.kind === 'apex' && rec.zone.written) d.reference ??= rec.zone.written;
      if (rec.zone.kind === 'id') d.reference ??= rec.zone.written;
      d.records.push(rec);
    }
  }

  function registered(i: ResourceInstance): void {
    const domain = apexOf(asString(i.attrs['domain_name']) ?? '');
    if (!domain) {
      loose.push(warn(`${i.address}: domain_name is not known statically`, i.at));
      return;
    }
    const d = draft(domain);
    d.location ??= i.at;
    d.registrar = { name: i.provider, type: 'route53domains' };
    const blocks = i.attrs['name_server'];
    const names = (isList(blocks) ? blocks : []).map((b) =>
      isObject(b) ? asString(b['name']) : undefined,
    );
    if (names.some((n) => n === undefined))
      d.notes.push(warn(`${i.address}: a name_server is not known statically`, i.at));
    else d.nameservers = names.map((n) => apexOf(n!)!).filter(Boolean);
  }

  function resolveZone(rec: TfRecord): string | Unknown {
    const h = rec.zone;
    if (h.kind === 'apex') return h.apex;
    if (h.kind === 'unknown')
      return h.why.at.file ? h.why : new Unknown(h.why.what, rec.resource.at);
    const found = ids.get(h.id);
    return (
      found ??
      new Unknown(`${h.written} (a zone id no zone of this configuration has)`, rec.resource.at)
    );
  }

  const zones: Zone[] = [];
  for (const d of drafts.values()) {
    const rrsets = rrsetsOf(d, errors, meter, config);
    const unmanaged: UnmanagedPattern[] = [
      {
        name: '*',
        appliesTo: 'live',
        source: 'terraform: only the resources the configuration declares',
        ...(d.location ? { location: d.location } : {}),
      },
      ...d.unknown,
    ];
    const zone: { -readonly [K in keyof Zone]: Zone[K] } = {
      name: d.apex,
      format: 'terraform',
      config,
      rrsets,
      providers: [...d.providers.values()],
      unmanaged,
    };
    if (d.location) zone.location = d.location;
    if (d.reference) zone.reference = d.reference;
    if (d.dnssec) zone.dnssec = d.dnssec;
    if (d.registrar) zone.registrar = d.registrar;
    if (d.nameservers?.length) zone.nameservers = d.nameservers;
    if (d.notes.length) zone.diagnostics = d.notes;
    zones.push(zone);
  }
  return { zones: zones.sort((a, b) => (a.name < b.name ? -1 : 1)), errors };
}

function rrsetsOf(
  d: ZoneDraft,
  errors: Diagnostic[],
  meter: BudgetMeter | undefined,
  config: string,
): RRset[] {
  const groups = new Map<string, { owner: string; recs: TfRecord[]; values: string[] }>();
  for (const rec of d.records) {
    const at = rec.resource.at;
    const owner = rec.owner(d.apex);
    if (owner === undefined || !isInZone(owner, d.apex)) {
      d.notes.push(
        warn(
          `${rec.resource.address}: the name ${owner ?? '(not absolute)'} is not in the zone ${d.apex}, so the provider would refuse or misplace it`,
          at,
          'terraform/out-of-zone',
        ),
      );
      continue;
    }
    if (rec.values instanceof Unknown) {
      d.notes.push(
        warn(
          `${rec.resource.address}: its value depends on ${rec.values.what}, which only running Terraform can know: the review leaves ${relativeName(owner, d.apex)} ${rec.type} to the push (give --terraform-plan for the exact values)`,
          at,
        ),
      );
      d.unknown.push({
        name: relativeName(owner, d.apex),
        types: [rec.type],
        source: `terraform: ${rec.resource.address} has a value only Terraform knows`,
        location: at,
      });
      continue;
    }
    const values: string[] = [];
    for (const text of rec.values) {
      const v = canonicalRdata(rec.type, text, '.');
      if (!v.ok) {
        errors.push({
          level: 'error',
          code: 'terraform/rdata',
          message: `${rec.resource.address}: ${rec.type} value ${JSON.stringify(text.slice(0, 120))}: ${v.message}`,
          location: at,
        });
        continue;
      }
      if (meter && !meter.record()) {
        errors.push({
          level: 'error',
          code: 'budget',
          message: budgetMessage('records', meter.limits, at.file || config),
          location: at,
        });
        return [];
      }
      values.push(v.value);
    }
    const key = `${owner} ${rec.type}`;
    const g = groups.get(key) ?? { owner, recs: [], values: [] };
    g.recs.push(rec);
    g.values.push(...values);
    groups.set(key, g);
  }
  const out: RRset[] = [];
  for (const g of groups.values()) {
    const first = g.recs[0]!;
    const ttls = new Set(g.recs.map((r) => r.ttl));
    if (ttls.size > 1)
      d.notes.push(
        warn(
          `${g.owner} ${first.type}: its records give different TTLs (${[...ttls].join(', ')}); DNS serves one TTL per RRset, so the provider keeps one of them`,
          first.resource.at,
          'terraform/mixed-ttl',
        ),
      );
    const options: Record<string, string> = {};
    for (const r of g.recs)
      for (const [k, v] of Object.entries(r.options ?? {}))
        options[k] = options[k] && options[k] !== v ? [options[k], v].sort().join(',') : v;
    const routed = g.recs.filter((r) => r.routing);
    if (routed.length > 0)
      options['routing'] = routed
        .map(
          (r) =>
            `${r.routing!.id}: ${r.routing!.policy} ttl ${r.ttl} ${(r.values as string[]).join(' ')}`,
        )
        .sort()
        .join('; ');
    out.push(
      makeRRset({
        name: g.owner,
        type: first.type,
        ttl: Math.min(...ttls),
        values: g.values,
        options,
        location: first.resource.at,
      }),
    );
  }
  return out;
}
