/**
 * Special-use and locally-served zones: names the public DNS does not delegate to anyone, which
 * resolvers answer themselves or which only exist on a local network or inside an organisation.
 * A repository may well keep them (a split-horizon `internal.` zone, the reverse zone of a
 * private network, `localhost.`), but delegation and provider-resilience checks mean nothing
 * there: no registrar, no parent to publish NS or glue, nothing to discover in public DNS.
 * The rules that judge delegations and the live phase both read this one list.
 *
 * Each entry is a zone and everything below it, with the document that reserves it. Not here on
 * purpose: `example.`, `example.com.` and friends (RFC 6761 §6.5) are reserved for
 * documentation but are real, publicly delegated zones.
 */
import { isInZone } from './name.js';

export interface SpecialUseZone {
  /** The zone, absolute and lower-cased: it and every name below it. */
  readonly zone: string;
  /** The document that reserves it, e.g. `RFC 6303 §4.1`. */
  readonly source: string;
  /** What it is, for messages: `an RFC 1918 reverse zone`. */
  readonly what: string;
}

function range(from: number, to: number, zone: (n: number) => string, s: string, what: string) {
  const out: SpecialUseZone[] = [];
  for (let n = from; n <= to; n++) out.push({ zone: zone(n), source: s, what });
  return out;
}

/** 32 nibbles of zeros, then `ip6.arpa.`, with `first` in place of the last address nibble. */
const v6Host = (first: string) => `${first}.${'0.'.repeat(31)}ip6.arpa.`;

export const SPECIAL_USE_ZONES: readonly SpecialUseZone[] = [
  // RFC 6761 §6: names with special meaning that no registry delegates.
  { zone: 'test.', source: 'RFC 6761 §6.2', what: 'reserved for testing' },
  { zone: 'localhost.', source: 'RFC 6761 §6.3', what: 'the loopback name' },
  { zone: 'invalid.', source: 'RFC 6761 §6.4', what: 'reserved as always invalid' },
  { zone: 'local.', source: 'RFC 6762 §3', what: 'the Multicast DNS domain' },
  { zone: 'onion.', source: 'RFC 7686', what: 'Tor onion services, outside the DNS' },
  { zone: 'alt.', source: 'RFC 9476', what: 'reserved for non-DNS name systems' },
  { zone: 'home.arpa.', source: 'RFC 8375', what: 'the home network domain' },
  {
    zone: 'internal.',
    source: 'ICANN Board resolution of 29 July 2024 (SAC113)',
    what: 'reserved for private use',
  },
  // RFC 6303 §4: reverse zones every recursive server should serve locally.
  { zone: '10.in-addr.arpa.', source: 'RFC 6303 §4.1', what: 'an RFC 1918 reverse zone' },
  ...range(16, 31, (n) => `${n}.172.in-addr.arpa.`, 'RFC 6303 §4.1', 'an RFC 1918 reverse zone'),
  { zone: '168.192.in-addr.arpa.', source: 'RFC 6303 §4.1', what: 'an RFC 1918 reverse zone' },
  { zone: '0.in-addr.arpa.', source: 'RFC 6303 §4.2', what: 'the reverse zone of 0.0.0.0/8' },
  { zone: '127.in-addr.arpa.', source: 'RFC 6303 §4.2', what: 'the loopback reverse zone' },
  {
    zone: '254.169.in-addr.arpa.',
    source: 'RFC 6303 §4.2',
    what: 'the link-local reverse zone',
  },
  ...['2.0.192', '100.51.198', '113.0.203'].map((net) => ({
    zone: `${net}.in-addr.arpa.`,
    source: 'RFC 6303 §4.2',
    what: 'a documentation reverse zone',
  })),
  {
    zone: '255.255.255.255.in-addr.arpa.',
    source: 'RFC 6303 §4.2',
    what: 'the broadcast reverse zone',
  },
  { zone: v6Host('0'), source: 'RFC 6303 §4.3', what: 'the reverse zone of ::' },
  { zone: v6Host('1'), source: 'RFC 6303 §4.3', what: 'the reverse zone of ::1' },
  { zone: 'd.f.ip6.arpa.', source: 'RFC 6303 §4.4', what: 'the unique local reverse zone' },
  ...['8', '9', 'a', 'b'].map((n) => ({
    zone: `${n}.e.f.ip6.arpa.`,
    source: 'RFC 6303 §4.5',
    what: 'a link-local reverse zone',
  })),
  {
    zone: '8.b.d.0.1.0.0.2.ip6.arpa.',
    source: 'RFC 6303 §4.6',
    what: 'the documentation reverse zone',
  },
  // RFC 7793: the shared address space 100.64.0.0/10, served locally like RFC 1918.
  ...range(
    64,
    127,
    (n) => `${n}.100.in-addr.arpa.`,
    'RFC 7793',
    'a shared address space reverse zone',
  ),
];

/**
 * The special-use zone `name` is (or lies below), if any: such a zone is served locally, never
 * delegated in the public DNS. `name` is absolute and lower-cased, as the model keeps names.
 */
export function specialUseZone(name: string): SpecialUseZone | undefined {
  const n = name.toLowerCase();
  return SPECIAL_USE_ZONES.find((s) => isInZone(n, s.zone));
}

/** `internal. (reserved for private use, ICANN …)`: the entry as a phrase for messages. */
export function describeSpecialUse(s: SpecialUseZone): string {
  return `${s.zone} (${s.what}, ${s.source})`;
}
