/**
 * A Terraform plan as JSON (`terraform show -json PLANFILE`, the documented format with
 * `format_version` 1.x) → the zones before and after the plan: every DNS resource's
 * `change.before` is base and `change.after` is head, read by the same mapping as static
 * reading (the attributes have the same shape). What the plan itself does not know yet
 * (`after_unknown`) stays unknown. A record whose `zone_id` is unknown because its zone is
 * created by the same plan is placed through the configuration's reference to that zone
 * (`configuration…expressions.zone_id.references`). Data sources that look zones up come from
 * `prior_state`. The plan has no source lines: review/ copies them from the static reading.
 */
import type { Diagnostic, SourceLocation } from '../../model/location.js';
import type { Zone } from '../../model/zone.js';
import type { ResourceInstance } from './module.js';
import { RECORD_RESOURCE_TYPES } from './resource-types.js';
import { instancesToZones } from './to-model.js';
import { isList, type ObjectValue, Unknown, type Value, ZoneRef } from './values.js';
import { ZONE_RESOURCE_TYPES, zoneIdentity } from './zones.js';

export interface PlannedZones {
  readonly base: readonly Zone[];
  readonly head: readonly Zone[];
  readonly warnings: readonly Diagnostic[];
}

const DNS_TYPES = new Set([
  ...RECORD_RESOURCE_TYPES.keys(),
  ...ZONE_RESOURCE_TYPES,
  'aws_route53domains_registered_domain',
]);

/** The attribute that names a record's zone, per provider family. */
const ZONE_ARGUMENT: Readonly<Record<string, string>> = {
  cloudflare: 'zone_id',
  aws: 'zone_id',
  google: 'managed_zone',
  azurerm: 'zone_name',
  digitalocean: 'domain',
  ovh: 'zone',
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function obj(v: unknown): Record<string, Json> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, Json>)
    : undefined;
}

/** `after` with the leaves `after_unknown` marks replaced by Unknown. */
function withUnknowns(
  value: Json,
  unknown: Json | undefined,
  path: string,
  at: SourceLocation,
): Value {
  if (unknown === true) return new Unknown(`${path} (known after apply)`, at);
  if (Array.isArray(value))
    return value.map((v, i) =>
      withUnknowns(v, Array.isArray(unknown) ? unknown[i] : undefined, `${path}[${i}]`, at),
    );
  const o = obj(value);
  if (o) {
    const u = obj(unknown);
    const out: Record<string, Value> = {};
    for (const [k, v] of Object.entries(o)) out[k] = withUnknowns(v, u?.[k], `${path}.${k}`, at);
    for (const [k, flag] of Object.entries(u ?? {}))
      if (!(k in out) && flag === true)
        out[k] = new Unknown(`${path}.${k} (known after apply)`, at);
    return out;
  }
  return value as Value;
}

interface ConfigResource {
  readonly address: string;
  readonly expressions: Record<string, Json>;
}

/** Every resource of the configuration with its module path: `module.dns.aws_route53_record.a`. */
function configResources(
  module: Record<string, Json> | undefined,
  prefix: string,
): ConfigResource[] {
  if (!module) return [];
  const out: ConfigResource[] = [];
  for (const r of Array.isArray(module['resources']) ? module['resources'] : []) {
    const o = obj(r);
    if (o && typeof o['address'] === 'string')
      out.push({ address: `${prefix}${o['address']}`, expressions: obj(o['expressions']) ?? {} });
  }
  for (const [name, call] of Object.entries(obj(module['module_calls']) ?? {}))
    out.push(...configResources(obj(obj(call)?.['module']), `${prefix}module.${name}.`));
  return out;
}

/** Resources of `prior_state.values`, nested by module (data sources that find zones). */
function stateResources(module: Record<string, Json> | undefined): Record<string, Json>[] {
  if (!module) return [];
  const own = (Array.isArray(module['resources']) ? module['resources'] : [])
    .map(obj)
    .filter((r): r is Record<string, Json> => r !== undefined);
  const children = (Array.isArray(module['child_modules']) ? module['child_modules'] : []).flatMap(
    (c) => stateResources(obj(c)),
  );
  return [...own, ...children];
}

const providerOf = (name: Json | undefined) =>
  typeof name === 'string' ? (name.split('/').at(-1) ?? name) : 'terraform';

/** Parses the plan JSON text; errors name the plan file. */
export function planToZones(
  text: string,
  file: string,
): { ok: true; value: PlannedZones } | { ok: false; errors: Diagnostic[] } {
  const at: SourceLocation = { file };
  const bad = (message: string) => ({
    ok: false as const,
    errors: [{ level: 'error' as const, code: 'terraform/plan', message, location: at }],
  });
  let plan: Record<string, Json> | undefined;
  try {
    plan = obj(JSON.parse(text));
  } catch (e) {
    return bad(
      `not JSON (the output of terraform show -json PLANFILE is): ${(e as Error).message}`,
    );
  }
  if (!plan) return bad('not a Terraform plan: the JSON is not an object');
  const version = plan['format_version'];
  if (typeof version !== 'string' || !/^1\.\d+$/.test(version))
    return bad(
      `format_version ${JSON.stringify(version ?? null)} is not one this review reads (1.x, from terraform show -json PLANFILE)`,
    );
  if (!Array.isArray(plan['resource_changes']))
    return bad(
      'not a Terraform plan: no resource_changes (was this terraform show -json of a state, not a plan file?)',
    );
  const config = configResources(obj(obj(plan['configuration'])?.['root_module']), '');
  const before: ResourceInstance[] = [];
  const after: ResourceInstance[] = [];
  const instance = (rc: Record<string, Json>, attrs: ObjectValue): ResourceInstance => ({
    mode: rc['mode'] === 'data' ? 'data' : 'managed',
    type: String(rc['type']),
    name: String(rc['name']),
    address: String(rc['address']),
    attrs,
    at,
    attrAt: new Map(),
    provider: providerOf(rc['provider_name']),
  });
  for (const r of stateResources(obj(obj(obj(plan['prior_state'])?.['values'])?.['root_module']))) {
    if (r['mode'] !== 'data' || !DNS_TYPES.has(String(r['type']))) continue;
    const values = obj(r['values']);
    if (!values) continue;
    const i = instance(r, withUnknowns(values, undefined, String(r['address']), at) as ObjectValue);
    before.push(i);
    after.push(i);
  }
  for (const raw of plan['resource_changes']) {
    const rc = obj(raw);
    const change = obj(rc?.['change']);
    if (!rc || !change || !DNS_TYPES.has(String(rc['type'])) || rc['deposed']) continue;
    const address = String(rc['address']);
    const b = obj(change['before']);
    const a = obj(change['after']);
    if (b) before.push(instance(rc, withUnknowns(b, undefined, address, at) as ObjectValue));
    if (a)
      after.push(
        instance(
          rc,
          withUnknowns(a, change['after_unknown'] ?? undefined, address, at) as ObjectValue,
        ),
      );
  }
  const warnings: Diagnostic[] = [];
  const base = instancesToZones(placeByConfiguration(before, config), './', undefined, warnings);
  const head = instancesToZones(placeByConfiguration(after, config), './', undefined, warnings);
  const errors = [...base.errors, ...head.errors];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { base: base.zones, head: head.zones, warnings } };
}

/** The configuration address of an instance: its module path and resource, no index keys. */
const configAddress = (address: string) => address.replace(/\[[^\]]*\]/g, '');

/**
 * A record whose zone argument is unknown (its zone is created by this plan) takes the zone
 * its configuration refers to, when that is a zone resource of the same side.
 */
function placeByConfiguration(
  instances: readonly ResourceInstance[],
  config: readonly ConfigResource[],
): ResourceInstance[] {
  const zones = new Map<string, string>();
  for (const i of instances) {
    const id = zoneIdentity(i.mode, i.type, i.attrs);
    if (id && typeof id.apex === 'string') zones.set(configAddress(i.address), id.apex);
  }
  const byAddress = new Map(config.map((c) => [c.address, c]));
  return instances.map((i) => {
    const family = RECORD_RESOURCE_TYPES.get(i.type);
    const arg = family ? ZONE_ARGUMENT[family] : undefined;
    if (!arg || !(i.attrs[arg] instanceof Unknown)) return i;
    const refs = obj(byAddress.get(configAddress(i.address))?.expressions[arg])?.['references'];
    const own = configAddress(i.address);
    const modulePrefix = own.slice(0, own.length - `${i.type}.${i.name}`.length);
    for (const ref of isList(refs as Value) ? (refs as Json[]) : []) {
      if (typeof ref !== 'string') continue;
      const apex = zones.get(`${modulePrefix}${ref}`);
      if (apex) return { ...i, attrs: { ...i.attrs, [arg]: new ZoneRef(apex, ref) } };
    }
    return i;
  });
}
