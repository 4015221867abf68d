/**
 * Terraform DNS record resources → records of the model, one function per resource family,
 * each reading the attributes as the provider documents them (the shape both HCL and
 * `terraform show -json` give). A record keeps what it cannot know as `Unknown`: the reader
 * turns that into a warning and leaves the record's name and type to the push, never a guess.
 *
 * Names and values follow what each provider sends to its API:
 * - Cloudflare (`cloudflare_record` v4, `cloudflare_dns_record` v5): `name` is `@`, relative,
 *   or the full name; the value is `content` (v4 also `value`) or a `data` block (v4) /
 *   attribute (v5) for SRV, CAA and the like; `priority` for MX; `proxied` is provider data.
 * - Route 53: the zone name is appended unless `name` already ends with it (the provider's
 *   plain suffix test); `records` are zone-file values (TXT split on `""`); `alias` is an
 *   R53_ALIAS pseudo-record as DNSControl's; routing policies are told apart by
 *   `set_identifier`.
 * - Google: `name` is absolute, `rrdatas` are zone-file presentation.
 * - Azure: `name` relative (`@` the apex), values per type in typed blocks.
 * - DigitalOcean: `name` relative (`@`), `value` with `priority`/`port`/`weight`/`flags`/`tag`.
 * - OVH: `subdomain` relative (`""` the apex), `fieldtype`, `target` in zone-file form.
 */
import type { SourceLocation } from '../../model/location.js';
import { quoteOctets } from '../../model/rdata/fields.js';
import { parseRecordType, type RecordType } from '../../model/record-type.js';
import { txtPresentation } from '../dnscontrol/to-model.js';
import type { ResourceInstance } from './module.js';
import { RECORD_RESOURCE_TYPES } from './resource-types.js';
import {
  asNumber,
  asString,
  firstUnknown,
  isList,
  isObject,
  type ObjectValue,
  Unknown,
  type Value,
  ZoneRef,
} from './values.js';
import { apexOf } from './zones.js';

/** How a record names its zone, before the zone table is consulted. */
export type ZoneHandle =
  | { readonly kind: 'apex'; readonly apex: string; readonly written?: string }
  /** A provider's zone id or Google's managed zone name: looked up among the zones read. */
  | { readonly kind: 'id'; readonly id: string; readonly written: string }
  | { readonly kind: 'unknown'; readonly why: Unknown };

export interface TfRecord {
  readonly resource: ResourceInstance;
  readonly zone: ZoneHandle;
  /** The owner as the provider would make it, given the zone's apex. */
  readonly owner: (apex: string) => string | undefined;
  readonly type: RecordType;
  readonly ttl: number;
  /** Presentation values (names absolute), or what makes them unknown. */
  readonly values: readonly string[] | Unknown;
  readonly options?: Readonly<Record<string, string>>;
  /** Route 53 routing policy of this set (`weighted 10`), with its set identifier. */
  readonly routing?: { readonly id: string; readonly policy: string };
}

export type Mapped =
  | { readonly records: readonly TfRecord[] }
  | { readonly problem: string; readonly at: SourceLocation };

function zoneHandle(v: Value | undefined, text: string): ZoneHandle {
  if (v instanceof ZoneRef) return { kind: 'apex', apex: v.zone, written: v.written };
  if (v instanceof Unknown) return { kind: 'unknown', why: v };
  const s = asString(v);
  if (s !== undefined) return { kind: 'id', id: s, written: JSON.stringify(s) };
  return { kind: 'unknown', why: new Unknown(text, { file: '' }) };
}

function domainHandle(v: Value | undefined, text: string): ZoneHandle {
  if (v instanceof ZoneRef) return { kind: 'apex', apex: v.zone, written: v.written };
  if (v instanceof Unknown) return { kind: 'unknown', why: v };
  const s = asString(v);
  const apex = s === undefined ? undefined : apexOf(s);
  return apex
    ? { kind: 'apex', apex, written: JSON.stringify(apex.slice(0, -1)) }
    : { kind: 'unknown', why: new Unknown(text, { file: '' }) };
}

/** `@`, relative, or already ending in the zone (Cloudflare, Azure, DigitalOcean, OVH). */
function relativeOwner(name: string): (apex: string) => string | undefined {
  return (apex) => {
    const n = name.trim().replace(/\.$/, '').toLowerCase();
    const zone = apex.slice(0, -1);
    if (n === '' || n === '@' || n === zone) return apex;
    if (n.endsWith(`.${zone}`)) return `${n}.`;
    return `${n}.${apex}`;
  };
}

/** Route 53: the zone name is appended unless the name ends with it (a string test). */
function route53Owner(name: string): (apex: string) => string | undefined {
  return (apex) => {
    const n = name.trim().replace(/\.$/, '').toLowerCase();
    const zone = apex.slice(0, -1);
    if (n === '') return apex;
    return n.endsWith(zone) ? `${n}.` : `${n}.${apex}`;
  };
}

const absolute = (s: string) => (s.endsWith('.') ? s : `${s}.`);
const quote = (s: string) => quoteOctets(Buffer.from(s, 'utf8').toString('latin1'));

function num(o: ObjectValue, key: string): number | Unknown | undefined {
  const v = o[key];
  if (v instanceof Unknown) return v;
  return asNumber(v);
}

function str(o: ObjectValue, key: string): string | Unknown | undefined {
  const v = o[key];
  if (v instanceof Unknown) return v;
  return asString(v);
}

/** One nested block (v4 `data {}` is a list of one; v5 `data = {}` is an object). */
function nested(o: ObjectValue, key: string): ObjectValue | Unknown | undefined {
  const v = o[key];
  if (v instanceof Unknown) return v;
  if (isObject(v)) return v;
  if (isList(v) && v.length > 0)
    return v[0] instanceof Unknown ? v[0] : isObject(v[0]) ? v[0] : undefined;
  return undefined;
}

function missing(r: ResourceInstance, what: string): Mapped {
  return { problem: `${r.address}: ${what}`, at: r.at };
}

/** Values for one presentation built from parts; the first unknown part makes it unknown. */
function presentation(
  parts: readonly (string | number | Unknown | undefined)[],
  r: ResourceInstance,
  what: string,
): string | Unknown {
  const u = parts.find((p) => p instanceof Unknown);
  if (u) return u as Unknown;
  if (parts.some((p) => p === undefined))
    return new Unknown(`${r.address}.${what} (not given)`, r.at);
  return parts.join(' ');
}

function typeOf(v: Value | undefined): RecordType | Unknown | undefined {
  if (v instanceof Unknown) return v;
  const s = asString(v);
  return s === undefined ? undefined : parseRecordType(s);
}

export function mapRecord(r: ResourceInstance): Mapped {
  switch (RECORD_RESOURCE_TYPES.get(r.type)) {
    case 'cloudflare':
      return cloudflare(r);
    case 'aws':
      return route53(r);
    case 'google':
      return google(r);
    case 'azurerm':
      return azure(r);
    case 'digitalocean':
      return digitalocean(r);
    case 'ovh':
      return ovh(r);
    default:
      return { records: [] };
  }
}

function known(
  r: ResourceInstance,
  name: string | Unknown | undefined,
  type: RecordType | Unknown | undefined,
): { name: string; type: RecordType } | Mapped {
  if (name instanceof Unknown || type instanceof Unknown)
    return {
      problem: `${r.address}: its ${name instanceof Unknown ? 'name' : 'type'} depends on ${(name instanceof Unknown ? name : (type as Unknown)).what}, which only running Terraform can know, so the review cannot place this record`,
      at: r.at,
    };
  if (name === undefined) return missing(r, 'no name');
  if (type === undefined) return missing(r, 'no record type this review knows');
  return { name, type };
}

function ttlOf(r: ResourceInstance, fallback: number): number {
  const t = asNumber(r.attrs['ttl']);
  return t !== undefined && Number.isInteger(t) && t >= 0 ? t : fallback;
}

function cloudflare(r: ResourceInstance): Mapped {
  const a = r.attrs;
  const id = known(r, str(a, 'name'), typeOf(a['type']));
  if ('problem' in id || 'records' in id) return id;
  const { name, type } = id;
  const data = nested(a, 'data');
  const content = str(a, 'content') ?? str(a, 'value');
  const priority = num(a, 'priority');
  let value: string | Unknown;
  if (data instanceof Unknown) value = data;
  else if (data) {
    const n = (k: string) => num(data, k);
    const s = (k: string) => str(data, k);
    switch (type) {
      case 'SRV':
        value = presentation(
          [n('priority') ?? priority, n('weight'), n('port'), mapName(s('target'))],
          r,
          'data',
        );
        break;
      case 'CAA': {
        const v = s('value') ?? s('content');
        value = presentation(
          [n('flags') ?? 0, s('tag'), v instanceof Unknown || v === undefined ? v : quote(v)],
          r,
          'data',
        );
        break;
      }
      case 'TLSA':
        value = presentation(
          [n('usage'), n('selector'), n('matching_type'), s('certificate')],
          r,
          'data',
        );
        break;
      case 'SSHFP':
        value = presentation([n('algorithm'), n('type'), s('fingerprint')], r, 'data');
        break;
      case 'DS':
        value = presentation(
          [n('key_tag'), n('algorithm'), n('digest_type'), s('digest')],
          r,
          'data',
        );
        break;
      case 'LOC':
        value = new Unknown(`${r.address}.data (LOC)`, r.at);
        break;
      case 'HTTPS':
      case 'SVCB':
        value = presentation([n('priority'), mapName(s('target')), s('value')], r, 'data');
        break;
      default:
        value = presentation([content], r, 'content');
    }
  } else if (type === 'MX') value = presentation([priority, mapName(content)], r, 'priority');
  else if (type === 'TXT' || type === 'SPF')
    value =
      content instanceof Unknown || content === undefined
        ? presentation([content], r, 'content')
        : txtPresentation(content);
  else if (type === 'CNAME' || type === 'NS' || type === 'PTR')
    value = presentation([mapName(content)], r, 'content');
  else value = presentation([content], r, 'content');
  const proxied = a['proxied'];
  return {
    records: [
      {
        resource: r,
        zone: zoneHandle(a['zone_id'], `${r.address}.zone_id`),
        owner: relativeOwner(name),
        type,
        // v4 leaves ttl to the API (1, automatic, when unset); v5 requires it.
        ttl: ttlOf(r, 1),
        values: value instanceof Unknown ? value : [value],
        ...(proxied === true ? { options: { cloudflare_proxy: 'on' } } : {}),
      },
    ],
  };
}

function mapName(v: string | Unknown | undefined): string | Unknown | undefined {
  return typeof v === 'string' ? absolute(v) : v;
}

/** A Route 53 TXT value: one string, split into character-strings where it says `""`. */
function route53Txt(v: string): string {
  return v
    .split('""')
    .map((p) => quote(p))
    .join(' ');
}

const ROUTING = [
  'weighted_routing_policy',
  'latency_routing_policy',
  'failover_routing_policy',
  'geolocation_routing_policy',
  'geoproximity_routing_policy',
  'cidr_routing_policy',
] as const;

function route53(r: ResourceInstance): Mapped {
  const a = r.attrs;
  const id = known(r, str(a, 'name'), typeOf(a['type']));
  if ('problem' in id || 'records' in id) return id;
  const { name, type } = id;
  const alias = nested(a, 'alias');
  const setId = str(a, 'set_identifier');
  let routing: TfRecord['routing'];
  if (setId !== undefined && setId !== '') {
    const policy = ROUTING.map((p) => [p, nested(a, p)] as const).find(([, v]) => v !== undefined);
    const policyText = policy
      ? `${policy[0].replace(/_routing_policy$/, '')} ${policy[1] instanceof Unknown ? '?' : JSON.stringify(policy[1])}`
      : a['multivalue_answer_routing_policy'] === true
        ? 'multivalue'
        : 'none';
    routing = { id: setId instanceof Unknown ? '?' : setId, policy: policyText };
  }
  const zone = zoneHandle(a['zone_id'], `${r.address}.zone_id`);
  if (alias !== undefined) {
    const target = alias instanceof Unknown ? alias : str(alias, 'name');
    const targetZone = alias instanceof Unknown ? undefined : str(alias, 'zone_id');
    const value =
      target instanceof Unknown || target === undefined
        ? (target ?? new Unknown(`${r.address}.alias.name`, r.at))
        : `${type} ${absolute(target.toLowerCase())}`;
    const options: Record<string, string> = {};
    if (typeof targetZone === 'string') options['r53_zone_id'] = targetZone;
    if (!(alias instanceof Unknown) && alias['evaluate_target_health'] !== undefined)
      options['r53_evaluate_target_health'] = String(alias['evaluate_target_health']);
    return {
      records: [
        {
          resource: r,
          zone,
          owner: route53Owner(name),
          type: 'R53_ALIAS',
          // Route 53 answers an alias with the target's TTL; the model keeps 60, as the docs say.
          ttl: 60,
          values: value instanceof Unknown ? value : [value],
          ...(Object.keys(options).length ? { options } : {}),
          ...(routing ? { routing } : {}),
        },
      ],
    };
  }
  const records = a['records'];
  let values: string[] | Unknown;
  const u = firstUnknown(records);
  if (u) values = u;
  else if (!isList(records)) values = new Unknown(`${r.address}.records (not given)`, r.at);
  else
    values = records.map((v) => {
      const s = asString(v) ?? '';
      if (type === 'TXT' || type === 'SPF') return route53Txt(s);
      if (type === 'CNAME' || type === 'NS' || type === 'PTR') return absolute(s);
      return s;
    });
  return {
    records: [
      {
        resource: r,
        zone,
        owner: route53Owner(name),
        type,
        ttl: ttlOf(r, 300),
        values,
        ...(routing ? { routing } : {}),
      },
    ],
  };
}

function google(r: ResourceInstance): Mapped {
  const a = r.attrs;
  const id = known(r, str(a, 'name'), typeOf(a['type']));
  if ('problem' in id || 'records' in id) return id;
  const rr = a['rrdatas'];
  const routing = nested(a, 'routing_policy');
  const u = firstUnknown(rr);
  const values: string[] | Unknown = u
    ? u
    : isList(rr)
      ? rr.map((v) => asString(v) ?? '')
      : routing !== undefined
        ? new Unknown(`${r.address}.routing_policy (values by routing policy)`, r.at)
        : new Unknown(`${r.address}.rrdatas (not given)`, r.at);
  return {
    records: [
      {
        resource: r,
        zone: zoneHandle(a['managed_zone'], `${r.address}.managed_zone`),
        owner: () => {
          const n = id.name.toLowerCase();
          return n.endsWith('.') ? n : undefined;
        },
        type: id.type,
        ttl: ttlOf(r, 300),
        values,
      },
    ],
  };
}

function azure(r: ResourceInstance): Mapped {
  const a = r.attrs;
  const type = parseRecordType(r.type.replace(/^azurerm_dns_|_record$/g, '')) as RecordType;
  const name = str(a, 'name') ?? (type === 'MX' ? '@' : undefined);
  const id = known(r, name, type);
  if ('problem' in id || 'records' in id) return id;
  const blocks = a['record'];
  let values: (string | Unknown)[] | Unknown;
  if (a['target_resource_id'] !== undefined && a['target_resource_id'] !== null)
    values = new Unknown(`${r.address}.target_resource_id (an Azure alias to a resource)`, r.at);
  else if (type === 'CNAME') values = [presentation([mapName(str(a, 'record'))], r, 'record')];
  else if (['A', 'AAAA', 'NS', 'PTR'].includes(type)) {
    const list = a['records'];
    const u = firstUnknown(list);
    values =
      u ??
      (isList(list)
        ? list.map((v) =>
            type === 'NS' || type === 'PTR' ? absolute(asString(v) ?? '') : (asString(v) ?? ''),
          )
        : new Unknown(`${r.address}.records`, r.at));
  } else if (firstUnknown(blocks)) values = firstUnknown(blocks)!;
  else
    values = (isList(blocks) ? blocks : []).map((b) => {
      if (!isObject(b)) return new Unknown(`${r.address}.record`, r.at);
      switch (type) {
        case 'MX':
          return presentation([num(b, 'preference'), mapName(str(b, 'exchange'))], r, 'record');
        case 'SRV':
          return presentation(
            [num(b, 'priority'), num(b, 'weight'), num(b, 'port'), mapName(str(b, 'target'))],
            r,
            'record',
          );
        case 'CAA': {
          const v = str(b, 'value');
          return presentation(
            [num(b, 'flags'), str(b, 'tag'), typeof v === 'string' ? quote(v) : v],
            r,
            'record',
          );
        }
        default: {
          const v = str(b, 'value');
          return typeof v === 'string' ? txtPresentation(v) : presentation([v], r, 'record');
        }
      }
    });
  const list =
    values instanceof Unknown
      ? values
      : ((values.find((v) => v instanceof Unknown) as Unknown | undefined) ?? (values as string[]));
  return {
    records: [
      {
        resource: r,
        zone: domainHandle(a['zone_name'], `${r.address}.zone_name`),
        owner: relativeOwner(id.name),
        type,
        ttl: ttlOf(r, 3600),
        values: list,
      },
    ],
  };
}

function digitalocean(r: ResourceInstance): Mapped {
  const a = r.attrs;
  const id = known(r, str(a, 'name'), typeOf(a['type']));
  if ('problem' in id || 'records' in id) return id;
  const { type } = id;
  const raw = str(a, 'value');
  const target = (v: string | Unknown | undefined) => (v === '@' ? undefined : mapName(v));
  let value: string | Unknown;
  switch (type) {
    case 'MX':
      value = presentation([num(a, 'priority'), target(raw)], r, 'value');
      break;
    case 'SRV':
      value = presentation(
        [num(a, 'priority'), num(a, 'weight'), num(a, 'port'), target(raw)],
        r,
        'value',
      );
      break;
    case 'CAA':
      value = presentation(
        [num(a, 'flags'), str(a, 'tag'), typeof raw === 'string' ? quote(raw) : raw],
        r,
        'value',
      );
      break;
    case 'TXT':
      value = typeof raw === 'string' ? txtPresentation(raw) : presentation([raw], r, 'value');
      break;
    case 'CNAME':
    case 'NS':
      value = presentation([target(raw)], r, 'value');
      break;
    default:
      value = presentation([raw], r, 'value');
  }
  // `@` as a target is the apex: known only once the zone is.
  const apexTarget = raw === '@';
  return {
    records: [
      {
        resource: r,
        zone: domainHandle(a['domain'], `${r.address}.domain`),
        owner: relativeOwner(id.name),
        type,
        ttl: ttlOf(r, 1800),
        values: apexTarget
          ? new Unknown(`${r.address}.value "@"`, r.at)
          : value instanceof Unknown
            ? value
            : [value],
      },
    ],
  };
}

function ovh(r: ResourceInstance): Mapped {
  const a = r.attrs;
  const sub = str(a, 'subdomain') ?? '';
  const id = known(r, sub, typeOf(a['fieldtype']));
  if ('problem' in id || 'records' in id) return id;
  const target = str(a, 'target');
  const value =
    typeof target === 'string' &&
    (id.type === 'TXT' || id.type === 'SPF') &&
    !target.startsWith('"')
      ? txtPresentation(target)
      : presentation([target], r, 'target');
  return {
    records: [
      {
        resource: r,
        zone: domainHandle(a['zone'], `${r.address}.zone`),
        owner: relativeOwner(id.name),
        type: id.type,
        ttl: ttlOf(r, 3600),
        values: value instanceof Unknown ? value : [value],
      },
    ],
  };
}
