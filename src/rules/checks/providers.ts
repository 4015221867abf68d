/**
 * Which DNS operator runs a nameserver, from its host name: patterns of the large managed DNS
 * providers (docs/architecture.md, Provider knowledge), then the policy's own patterns, and
 * otherwise the host's registrable domain by the Public Suffix List (`ns1.example.net.` →
 * `example.net`): two hosts under one registrable domain are one operator as far as a
 * resolver's fate is concerned. Host names can hide the operator (white-label NS); this is a
 * lower bound on concentration, never proof of diversity.
 */
import { registrableDomain } from '../../model/registrable-domain.js';

export interface ProviderPattern {
  readonly id: string;
  /** Host globs: `*` stands for part of one label; a glob without `*` is a domain suffix. */
  readonly hosts: readonly string[];
}

export const KNOWN_PROVIDERS: readonly ProviderPattern[] = [
  {
    id: 'Amazon Route 53',
    hosts: [
      'ns-*.awsdns-*.com',
      'ns-*.awsdns-*.net',
      'ns-*.awsdns-*.org',
      'ns-*.awsdns-*.co.uk',
      'amzndns.com',
      'amzndns.net',
      'amzndns.org',
      'amzndns.co.uk',
    ],
  },
  {
    id: 'Cloudflare',
    hosts: ['ns.cloudflare.com', 'foundationdns.com', 'foundationdns.net', 'foundationdns.org'],
  },
  { id: 'Google Cloud DNS', hosts: ['ns-cloud-*.googledomains.com'] },
  {
    id: 'Azure DNS',
    hosts: [
      'ns*-*.azure-dns.com',
      'ns*-*.azure-dns.net',
      'ns*-*.azure-dns.org',
      'ns*-*.azure-dns.info',
      'azure-dns.cn',
      'azure-dns.us',
      'azure-dns.de',
    ],
  },
  { id: 'NS1', hosts: ['nsone.net'] },
  { id: 'DNSimple', hosts: ['dnsimple.com', 'dnsimple-edge.net', 'dnsimple-edge.org'] },
  { id: 'Gandi', hosts: ['gandi.net'] },
  {
    id: 'Hetzner',
    hosts: ['ns.hetzner.com', 'ns.hetzner.de', 'first-ns.de', 'second-ns.de', 'second-ns.com'],
  },
  { id: 'DigitalOcean', hosts: ['digitalocean.com'] },
  { id: 'OVHcloud', hosts: ['ovh.net', 'ovh.ca', 'anycast.me'] },
  { id: 'Akamai Edge DNS', hosts: ['akam.net'] },
  {
    id: 'UltraDNS',
    hosts: [
      'ultradns.net',
      'ultradns.org',
      'ultradns.info',
      'ultradns.co.uk',
      'ultradns.com',
      'ultradns.biz',
    ],
  },
  { id: 'Dyn', hosts: ['dynect.net'] },
  { id: 'Oracle Cloud DNS', hosts: ['dns.oraclecloud.net'] },
  { id: 'GoDaddy', hosts: ['domaincontrol.com'] },
  { id: 'Namecheap', hosts: ['registrar-servers.com'] },
  { id: 'Porkbun', hosts: ['ns.porkbun.com'] },
  { id: 'Vercel', hosts: ['vercel-dns.com'] },
  { id: 'Bunny DNS', hosts: ['bunny.net'] },
  { id: 'deSEC', hosts: ['desec.io', 'desec.org'] },
  { id: 'Linode', hosts: ['linode.com'] },
  { id: 'Vultr', hosts: ['vultr.com'] },
  { id: 'Hurricane Electric', hosts: ['he.net'] },
  { id: 'easyDNS', hosts: ['easydns.com', 'easydns.net', 'easydns.org', 'easydns.info'] },
  { id: 'ClouDNS', hosts: ['cloudns.net'] },
  { id: 'Constellix', hosts: ['constellix.com', 'constellix.net'] },
  { id: 'DNS Made Easy', hosts: ['dnsmadeeasy.com'] },
  { id: 'Alibaba Cloud DNS', hosts: ['hichina.com', 'alidns.com'] },
  {
    id: 'DNSPod',
    hosts: [
      'dnspod.net',
      'dnsv2.com',
      'dnsv3.com',
      'dnsv4.com',
      'dnsv5.com',
      'tencentcloudcns.com',
    ],
  },
  { id: 'Yandex', hosts: ['dns1.yandex.net', 'dns2.yandex.net', 'yandexcloud.net'] },
  { id: 'IONOS', hosts: ['ui-dns.com', 'ui-dns.org', 'ui-dns.de', 'ui-dns.biz'] },
];

function globToRegExp(glob: string): RegExp {
  const body = glob
    .toLowerCase()
    .replace(/\.$/, '')
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^.]*');
  return new RegExp(`^${body}$`);
}

/** Compiled once per pattern list: a host matches a glob exactly, or a plain domain as suffix. */
function matcher(hosts: readonly string[]): (host: string) => boolean {
  const globs = hosts.filter((h) => h.includes('*')).map(globToRegExp);
  const suffixes = hosts
    .filter((h) => !h.includes('*'))
    .map((h) => h.toLowerCase().replace(/\.$/, ''));
  return (host) =>
    globs.some((g) => g.test(host)) || suffixes.some((s) => host === s || host.endsWith(`.${s}`));
}

const builtIn = KNOWN_PROVIDERS.map((p) => ({ id: p.id, test: matcher(p.hosts) }));

export interface ProviderIdentity {
  /** A provider name, or the registrable domain when no pattern matched. */
  readonly id: string;
  readonly how: 'policy' | 'pattern' | 'domain';
}

/** The provider of a nameserver host. `extra` is the policy's `providers` map (checked first). */
export function identifyProvider(
  host: string,
  extra: Readonly<Record<string, readonly string[]>> = {},
): ProviderIdentity {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const [id, hosts] of Object.entries(extra))
    if (matcher(hosts)(h)) return { id, how: 'policy' };
  for (const p of builtIn) if (p.test(h)) return { id: p.id, how: 'pattern' };
  return { id: registrableDomain(h)?.slice(0, -1) ?? h, how: 'domain' };
}
