/**
 * The Terraform record resource types ZoneGuard reads, with their provider: the reader, the
 * plan reader and the writer share it, and the writer must not load the reader to know it.
 */

/** The record resource types this reader maps, with their provider. */
export const RECORD_RESOURCE_TYPES: ReadonlyMap<string, string> = new Map([
  ['cloudflare_record', 'cloudflare'],
  ['cloudflare_dns_record', 'cloudflare'],
  ['aws_route53_record', 'aws'],
  ['google_dns_record_set', 'google'],
  ...['a', 'aaaa', 'caa', 'cname', 'mx', 'ns', 'ptr', 'srv', 'txt'].map(
    (t) => [`azurerm_dns_${t}_record`, 'azurerm'] as [string, string],
  ),
  ['digitalocean_record', 'digitalocean'],
  ['ovh_domain_zone_record', 'ovh'],
]);
