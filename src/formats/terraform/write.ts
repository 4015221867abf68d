/**
 * The write side: RRsets as Terraform resource blocks in HCL, in the resource family the zone
 * already uses (its record resources' type, else its zone resource's provider), naming the zone
 * as the configuration's records do (`Zone.reference`). Route 53, Google and Azure hold an
 * RRset in one resource; Cloudflare, DigitalOcean and OVH hold one value per resource. What a
 * provider cannot express (a Route 53 routing set, a proxied flag for another provider) is
 * written as the provider's own argument when it has one, else as a comment.
 */
import { relativeName } from '../../model/name.js';
import { decodeEscapes, tokenizeRdata } from '../../model/rdata/tokens.js';
import type { RRset, Zone } from '../../model/zone.js';
import { RECORD_RESOURCE_TYPES } from './resource-types.js';

/** A provider's record resource when the zone has none yet (the current generation). */
const RECORD_FOR_PROVIDER: Readonly<Record<string, string>> = {
  aws: 'aws_route53_record',
  cloudflare: 'cloudflare_dns_record',
  google: 'google_dns_record_set',
  azurerm: 'azurerm_dns_a_record',
  digitalocean: 'digitalocean_record',
  ovh: 'ovh_domain_zone_record',
};

/** The record resource type this zone's records are written with. */
export function recordResourceFor(zone: Pick<Zone, 'providers'> | undefined): string {
  const providers = zone?.providers ?? [];
  return (
    providers.map((p) => p.resource).find((t) => t !== undefined && RECORD_RESOURCE_TYPES.has(t)) ??
    providers.map((p) => RECORD_FOR_PROVIDER[p.type ?? '']).find((t) => t !== undefined) ??
    'aws_route53_record'
  );
}

const utf8 = (octets: string) => Buffer.from(octets, 'latin1').toString('utf8');

/** An HCL string literal: escapes for `"`, `\`, control characters, and `${`/`%{`. */
export function hclString(s: string): string {
  const body = s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, '$${')
    .replace(/%\{/g, '%%{')
    .replace(
      /[\u0000-\u001f\u007f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  return `"${body}"`;
}

/** A value's presentation tokens as text (quoted strings decoded). */
function words(value: string): string[] {
  const t = tokenizeRdata(value);
  if ('error' in t) return [value];
  return t.map((x) => {
    const d = decodeEscapes(x.text);
    return typeof d === 'string' ? utf8(d) : x.text;
  });
}

const noDot = (s: string) => (s.length > 1 ? s.replace(/\.$/, '') : s);

function resourceName(rrset: RRset, zone: string, n?: number): string {
  const label = relativeName(rrset.name, zone);
  const base = `${label === '@' ? 'apex' : label}_${rrset.type}`
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '_')
    .replace(/^([^a-z_])/, '_$1');
  return n === undefined ? base : `${base}_${n}`;
}

function block(type: string, name: string, lines: readonly (string | undefined)[]): string {
  const body = lines.filter((l): l is string => l !== undefined);
  const width = Math.max(...body.map((l) => (l.includes(' = ') ? l.indexOf(' = ') : 0)));
  const aligned = body.map((l) => {
    const i = l.indexOf(' = ');
    return i > 0 && !l.startsWith(' ') && !l.startsWith('#')
      ? `${l.slice(0, i).padEnd(width)}${l.slice(i)}`
      : l;
  });
  return `resource "${type}" "${name}" {\n${aligned.map((l) => `  ${l}`).join('\n')}\n}`;
}

const list = (items: readonly string[]) => `[${items.map(hclString).join(', ')}]`;

/** Terraform resource blocks for `rrsets` of `zone`, in the family `of` uses. */
export function formatTerraformRecords(rrsets: readonly RRset[], zone: string, of?: Zone): string {
  const type = recordResourceFor(of);
  const zoneRef = of?.reference ?? 'var.zone_id';
  const out: string[] = [];
  for (const r of rrsets) {
    const label = relativeName(r.name, zone);
    switch (RECORD_RESOURCE_TYPES.get(type)) {
      case 'aws':
        out.push(route53(r, zone, zoneRef));
        break;
      case 'google':
        out.push(
          block('google_dns_record_set', resourceName(r, zone), [
            `managed_zone = ${zoneRef.replace(/\.id$/, '.name')}`,
            `name = ${hclString(r.name)}`,
            `type = ${hclString(r.type)}`,
            `ttl = ${r.ttl}`,
            `rrdatas = ${list(r.values)}`,
          ]),
        );
        break;
      case 'azurerm':
        out.push(azure(r, label, zone, zoneRef.replace(/\.id$/, '.name')));
        break;
      case 'digitalocean':
      case 'ovh':
      case 'cloudflare':
      default:
        r.values.forEach((v, i) => {
          out.push(
            perValue(type, r, label, zone, zoneRef, v, r.values.length > 1 ? i + 1 : undefined),
          );
        });
    }
  }
  return out.join('\n\n');
}

function route53(r: RRset, zone: string, zoneRef: string): string {
  const lines: (string | undefined)[] = [
    `zone_id = ${zoneRef}`,
    `name = ${hclString(noDot(r.name))}`,
  ];
  if (r.type === 'R53_ALIAS') {
    const [type, target] = words(r.values[0] ?? '');
    lines.push(`type = ${hclString(type ?? 'A')}`);
    lines.push('alias {');
    lines.push(`  name                   = ${hclString(noDot(target ?? ''))}`);
    lines.push(`  zone_id                = ${hclString(r.options?.['r53_zone_id'] ?? '')}`);
    lines.push(
      `  evaluate_target_health = ${r.options?.['r53_evaluate_target_health'] ?? 'false'}`,
    );
    lines.push('}');
  } else {
    lines.push(`type = ${hclString(r.type)}`, `ttl = ${r.ttl}`);
    const values = r.values.map((v) =>
      r.type === 'TXT' || r.type === 'SPF' ? words(v).join('""') : v,
    );
    lines.push(`records = ${list(values)}`);
  }
  if (r.options?.['routing'])
    lines.push(
      `# routing sets at base (set_identifier: policy ttl values): ${r.options['routing']}`,
    );
  return block('aws_route53_record', resourceName(r, zone), lines);
}

function azure(r: RRset, label: string, zone: string, zoneName: string): string {
  const type = `azurerm_dns_${r.type.toLowerCase()}_record`;
  const lines: string[] = [
    `name = ${hclString(label)}`,
    `zone_name = ${zoneName}`,
    'resource_group_name = var.resource_group_name',
    `ttl = ${r.ttl}`,
  ];
  const rec = (fields: [string, string][]) => [
    'record {',
    ...fields.map(([k, v]) => `  ${k} = ${v}`),
    '}',
  ];
  switch (r.type) {
    case 'A':
    case 'AAAA':
    case 'NS':
    case 'PTR':
      lines.push(`records = ${list(r.values)}`);
      break;
    case 'CNAME':
      lines.push(`record = ${hclString(r.values[0] ?? '')}`);
      break;
    case 'MX':
      for (const v of r.values) {
        const [p, x] = words(v);
        lines.push(
          ...rec([
            ['preference', p ?? '0'],
            ['exchange', hclString(x ?? '')],
          ]),
        );
      }
      break;
    case 'SRV':
      for (const v of r.values) {
        const [p, w, port, t] = words(v);
        lines.push(
          ...rec([
            ['priority', p!],
            ['weight', w!],
            ['port', port!],
            ['target', hclString(t ?? '')],
          ]),
        );
      }
      break;
    case 'CAA':
      for (const v of r.values) {
        const [f, tag, val] = words(v);
        lines.push(
          ...rec([
            ['flags', f!],
            ['tag', hclString(tag ?? '')],
            ['value', hclString(val ?? '')],
          ]),
        );
      }
      break;
    case 'TXT':
      for (const v of r.values) lines.push(...rec([['value', hclString(words(v).join(''))]]));
      break;
    default:
      lines.push(`# ${r.type} ${r.values.join(' | ')}: Azure DNS has no resource for this type`);
  }
  return block(type, resourceName(r, zone), lines);
}

function perValue(
  type: string,
  r: RRset,
  label: string,
  zone: string,
  zoneRef: string,
  v: string,
  n: number | undefined,
): string {
  const w = words(v);
  const name = resourceName(r, zone, n);
  if (type === 'digitalocean_record') {
    const lines = [
      `domain = ${zoneRef}`,
      `name = ${hclString(label)}`,
      `type = ${hclString(r.type)}`,
      `ttl = ${r.ttl}`,
    ];
    if (r.type === 'MX') lines.push(`priority = ${w[0]}`, `value = ${hclString(w[1] ?? '')}`);
    else if (r.type === 'SRV')
      lines.push(
        `priority = ${w[0]}`,
        `weight = ${w[1]}`,
        `port = ${w[2]}`,
        `value = ${hclString(w[3] ?? '')}`,
      );
    else if (r.type === 'CAA')
      lines.push(
        `flags = ${w[0]}`,
        `tag = ${hclString(w[1] ?? '')}`,
        `value = ${hclString(w[2] ?? '')}`,
      );
    else lines.push(`value = ${hclString(r.type === 'TXT' ? w.join('') : v)}`);
    return block(type, name, lines);
  }
  if (type === 'ovh_domain_zone_record')
    return block(type, name, [
      `zone = ${zoneRef}`,
      `subdomain = ${hclString(label === '@' ? '' : label)}`,
      `fieldtype = ${hclString(r.type)}`,
      `ttl = ${r.ttl}`,
      `target = ${hclString(v)}`,
    ]);
  // Cloudflare: v5 `cloudflare_dns_record` (data as an attribute), v4 `cloudflare_record` (a block).
  const v5 = type !== 'cloudflare_record';
  const lines: string[] = [
    `zone_id = ${zoneRef}`,
    `name = ${hclString(label)}`,
    `type = ${hclString(r.type)}`,
    `ttl = ${r.ttl}`,
  ];
  const data = (fields: [string, string][]) =>
    v5
      ? ['data = {', ...fields.map(([k, x]) => `  ${k} = ${x}`), '}']
      : ['data {', ...fields.map(([k, x]) => `  ${k} = ${x}`), '}'];
  switch (r.type) {
    case 'MX':
      lines.push(`priority = ${w[0]}`, `content = ${hclString(noDot(w[1] ?? ''))}`);
      break;
    case 'SRV':
      lines.push(
        ...data([
          ['priority', w[0]!],
          ['weight', w[1]!],
          ['port', w[2]!],
          ['target', hclString(noDot(w[3] ?? ''))],
        ]),
      );
      break;
    case 'CAA':
      lines.push(
        ...data([
          ['flags', w[0]!],
          ['tag', hclString(w[1] ?? '')],
          ['value', hclString(w[2] ?? '')],
        ]),
      );
      break;
    case 'TXT':
    case 'SPF':
      lines.push(`content = ${hclString(w.join(''))}`);
      break;
    case 'CNAME':
    case 'NS':
    case 'PTR':
      lines.push(`content = ${hclString(noDot(v))}`);
      break;
    default:
      lines.push(`content = ${hclString(v)}`);
  }
  if (r.options?.['cloudflare_proxy'] === 'on') lines.push('proxied = true');
  return block(type, name, lines);
}
