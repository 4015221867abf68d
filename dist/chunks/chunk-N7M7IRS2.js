import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/formats/terraform/resource-types.ts
var RECORD_RESOURCE_TYPES = new Map([
  ["cloudflare_record", "cloudflare"],
  ["cloudflare_dns_record", "cloudflare"],
  ["aws_route53_record", "aws"],
  ["google_dns_record_set", "google"],
  ...["a", "aaaa", "caa", "cname", "mx", "ns", "ptr", "srv", "txt"].map(
    (t) => [`azurerm_dns_${t}_record`, "azurerm"]
  ),
  ["digitalocean_record", "digitalocean"],
  ["ovh_domain_zone_record", "ovh"]
]);

export {
  RECORD_RESOURCE_TYPES
};
