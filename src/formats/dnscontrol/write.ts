/**
 * RRsets → DNSControl record calls (`A("www", "192.0.2.1", TTL(300)),`), one per line, ready to
 * paste into a `D()`: the rollback snippet for DNSControl repositories. Strings are written as
 * JSON string literals, so no value can break out of its quotes.
 */
import { relativeName } from '../../model/name.js';
import {
  decodeEscapes,
  decodeRdata,
  type Rdata,
  tokenizeRdata,
} from '../../model/rdata/registry.js';
import type { RRset } from '../../model/zone.js';

const s = (x: string) => JSON.stringify(x);
/** Octet strings (char codes 0–255) back to the UTF-8 text DNSControl takes. */
const utf8 = (octets: string) => Buffer.from(octets, 'latin1').toString('utf8');

/** Options that come from R53_* modifiers rather than record meta. */
const R53_OPTIONS = new Set(['r53_zone_id', 'r53_evaluate_target_health']);

function modifiers(rrset: RRset): string[] {
  const mods = [`TTL(${rrset.ttl})`];
  const options = rrset.options ?? {};
  const meta = Object.entries(options).filter(([k]) => !R53_OPTIONS.has(k));
  if (meta.length) mods.push(`{ ${meta.map(([k, v]) => `${s(k)}: ${s(v)}`).join(', ')} }`);
  return mods;
}

function r53Modifiers(rrset: RRset): string[] {
  const o = rrset.options ?? {};
  const out: string[] = [];
  if (o.r53_zone_id) out.push(`R53_ZONE(${s(o.r53_zone_id)})`);
  if (o.r53_evaluate_target_health === 'true') out.push('R53_EVALUATE_TARGET_HEALTH(true)');
  return out;
}

function locArgs(value: string): string | undefined {
  const t = value.split(/\s+/);
  // d [m [s]] N|S d [m [s]] E|W alt[m] [siz[m] [hp[m] [vp[m]]]]
  const out: (number | string)[] = [];
  let k = 0;
  for (const hemis of ['NS', 'EW']) {
    const parts = [0, 0, 0];
    let i = 0;
    while (k < t.length && !hemis.includes(t[k]!)) parts[i++] = Number(t[k++]);
    out.push(...parts, t[k++] ?? '');
  }
  const metres = t.slice(k).map((x) => Number(x.replace(/m$/, '')));
  while (metres.length < 4) metres.push(0);
  if (out.some((x) => typeof x === 'number' && Number.isNaN(x)) || metres.some(Number.isNaN))
    return undefined;
  return [
    ...out.map((x) => (typeof x === 'string' ? s(x) : String(x))),
    ...metres.map(String),
  ].join(', ');
}

function call(rrset: RRset, label: string, value: string): string {
  const mods = modifiers(rrset).join(', ');
  const fqdn = (n: string) => s(n);
  let rdata: Rdata;
  try {
    rdata = decodeRdata(rrset.type, value);
  } catch {
    return `// ${rrset.type} ${label} ${value}: not expressible as a DNSControl record`;
  }
  switch (rdata.type) {
    case 'A':
    case 'AAAA':
      return `${rdata.type}(${s(label)}, ${s(rdata.address)}, ${mods}),`;
    case 'CNAME':
    case 'NS':
    case 'PTR':
    case 'DNAME':
      return `${rdata.type}(${s(label)}, ${fqdn(rdata.target)}, ${mods}),`;
    case 'MX':
      return `MX(${s(label)}, ${rdata.preference}, ${fqdn(rdata.exchange)}, ${mods}),`;
    case 'SRV':
      return `SRV(${s(label)}, ${rdata.priority}, ${rdata.weight}, ${rdata.port}, ${fqdn(rdata.target)}, ${mods}),`;
    case 'TXT':
      return `TXT(${s(label)}, ${s(utf8(rdata.strings.join('')))}, ${mods}),`;
    case 'CAA':
      return `CAA(${s(label)}, ${s(rdata.tag)}, ${s(utf8(rdata.value))}${rdata.flags & 128 ? ', CAA_CRITICAL' : ''}, ${mods}),`;
    case 'SSHFP':
      return `SSHFP(${s(label)}, ${rdata.algorithm}, ${rdata.fpType}, ${s(rdata.fingerprint.toLowerCase())}, ${mods}),`;
    case 'TLSA':
    case 'SMIMEA':
      return `${rdata.type}(${s(label)}, ${rdata.usage}, ${rdata.selector}, ${rdata.matchingType}, ${s(rdata.data.toLowerCase())}, ${mods}),`;
    case 'DS':
      return `DS(${s(label)}, ${rdata.keyTag}, ${rdata.algorithm}, ${rdata.digestType}, ${s(rdata.digest)}, ${mods}),`;
    case 'DNSKEY':
      return `DNSKEY(${s(label)}, ${rdata.flags}, ${rdata.protocol}, ${rdata.algorithm}, ${s(rdata.publicKey)}, ${mods}),`;
    case 'NAPTR':
      return `NAPTR(${s(label)}, ${rdata.order}, ${rdata.preference}, ${s(utf8(rdata.flags))}, ${s(utf8(rdata.services))}, ${s(utf8(rdata.regexp))}, ${fqdn(rdata.replacement)}, ${mods}),`;
    case 'SOA':
      return `SOA(${s(label)}, ${fqdn(rdata.mname)}, ${fqdn(rdata.rname)}, ${rdata.refresh}, ${rdata.retry}, ${rdata.expire}, ${rdata.minimum}, ${mods}),`;
    case 'SVCB':
    case 'HTTPS': {
      const params = rdata.params
        .map((p) => (p.value === undefined ? p.key : `${p.key}=${p.value}`))
        .join(' ');
      return `${rdata.type}(${s(label)}, ${rdata.priority}, ${fqdn(rdata.target)}, ${s(params)}, ${mods}),`;
    }
    case 'LOC': {
      const args = locArgs(value);
      return args
        ? `LOC(${s(label)}, ${args}, ${mods}),`
        : `// LOC ${label} ${value}: restore by hand`;
    }
    case 'DHCID':
      return `DHCID(${s(label)}, ${s(rdata.data)}, ${mods}),`;
    case 'OPENPGPKEY':
      return `OPENPGPKEY(${s(label)}, ${s(rdata.publicKey)}, ${mods}),`;
    default:
      return pseudoCall(rrset, label, value, mods);
  }
}

function pseudoCall(rrset: RRset, label: string, value: string, mods: string): string {
  const tokens = tokenizeRdata(value);
  const words =
    'error' in tokens
      ? []
      : tokens.map((t) => {
          const octets = decodeEscapes(t.text);
          return typeof octets === 'string' ? utf8(octets) : t.text;
        });
  switch (rrset.type) {
    case 'ALIAS':
    case 'URL':
    case 'URL301':
    case 'FRAME':
      return `${rrset.type}(${s(label)}, ${s(value)}, ${mods}),`;
    case 'R53_ALIAS':
    case 'AZURE_ALIAS': {
      const extra =
        rrset.type === 'R53_ALIAS'
          ? r53Modifiers(rrset)
              .map((m) => `, ${m}`)
              .join('')
          : '';
      return `${rrset.type}(${s(label)}, ${s(words[0] ?? '')}, ${s(words[1] ?? '')}${extra}, ${mods}),`;
    }
    case 'CF_REDIRECT':
    case 'CF_TEMP_REDIRECT':
    case 'CF_WORKER_ROUTE': {
      const comma = value.indexOf(',');
      return `${rrset.type}(${s(value.slice(0, comma))}, ${s(value.slice(comma + 1))}, ${mods}),`;
    }
    case 'CF_SINGLE_REDIRECT':
      if (words.length === 4)
        return `CF_SINGLE_REDIRECT(${s(words[0]!)}, ${Number(words[1])}, ${s(words[2]!)}, ${s(words[3]!)}),`;
      break;
  }
  return `// ${rrset.type} ${label} ${value}: not expressible as a DNSControl record`;
}

/** DNSControl record calls for the RRsets, one line per value, ready to paste into `D()`. */
export function formatDnscontrolRecords(rrsets: readonly RRset[], zone: string): string {
  const lines: string[] = [];
  for (const rrset of rrsets) {
    const label = relativeName(rrset.name, zone);
    // DNSControl refuses NS at "@": the apex NS set is NAMESERVER() (its TTL: NAMESERVER_TTL).
    if (rrset.type === 'NS' && label === '@') {
      for (const value of rrset.values) lines.push(`NAMESERVER(${s(value)}),`);
      continue;
    }
    for (const value of rrset.values) lines.push(call(rrset, label, value));
  }
  return lines.join('\n');
}
