/**
 * Which Terraform resources and data sources are DNS zones, and how the records of each
 * provider name their zone. A zone resource's computed id (`aws_route53_zone.x.zone_id`,
 * `cloudflare_zone.x.id`) is a ZoneRef to its apex; a data source that looks a zone up by
 * name (`data "aws_route53_zone" { name = "example.com" }`, `data "cloudflare_zone"`) is that
 * zone too, since the lookup is by the name written. Resources from the providers' docs
 * (docs/architecture.md, Formats: Terraform).
 */
import { canonicalName } from '../../model/name.js';
import { asString, isList, isObject, type ObjectValue, Unknown, type Value } from './values.js';

export interface ZoneIdentity {
  /** The zone's apex (canonical), or why it cannot be known. */
  readonly apex: string | Unknown;
  /** The computed attributes that identify the zone to its records. */
  readonly idAttributes: readonly string[];
}

/** A zone name as written (`example.com`, `example.com.`) → canonical apex. */
export function apexOf(text: string): string | undefined {
  const trimmed = text.trim().replace(/\.$/, '');
  if (trimmed === '') return undefined;
  const n = canonicalName(`${trimmed}.`);
  return n.ok ? n.name : undefined;
}

function nameFrom(v: Value | undefined): string | Unknown | undefined {
  if (v instanceof Unknown) return v;
  const s = asString(v);
  return s === undefined ? undefined : apexOf(s);
}

/** The zone a zone resource or data source stands for, or undefined when it is none. */
export function zoneIdentity(
  mode: 'managed' | 'data',
  type: string,
  attrs: ObjectValue,
): ZoneIdentity | undefined {
  const found = (apex: string | Unknown | undefined, ids: string[]) =>
    apex === undefined ? undefined : { apex, idAttributes: ids };
  switch (type) {
    case 'aws_route53_zone':
      return found(nameFrom(attrs['name']), ['zone_id', 'id']);
    case 'cloudflare_zone': {
      // v4 `zone`; v5 `name`; the v5 data source's `filter = { name = … }`.
      const filter = attrs['filter'];
      const filterName = isObject(filter)
        ? filter['name']
        : isList(filter) && isObject(filter[0])
          ? filter[0]['name']
          : undefined;
      return found(nameFrom(attrs['zone'] ?? attrs['name'] ?? filterName), ['id', 'zone_id']);
    }
    case 'google_dns_managed_zone':
      return mode === 'managed' ? found(nameFrom(attrs['dns_name']), ['id']) : undefined;
    case 'azurerm_dns_zone':
      return found(nameFrom(attrs['name']), ['id']);
    case 'digitalocean_domain':
      return found(nameFrom(attrs['name']), ['id', 'urn']);
    default:
      return undefined;
  }
}

/** The zone resource types this reader turns into zones (managed mode). */
export const ZONE_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  'aws_route53_zone',
  'cloudflare_zone',
  'google_dns_managed_zone',
  'azurerm_dns_zone',
  'digitalocean_domain',
]);
