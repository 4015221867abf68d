/**
 * DNSControl's PTR label magic: in a reverse zone a PTR may be written with the IP address it
 * names or with its full reverse name, and becomes the label relative to the zone. Classless
 * (RFC 2317 / RFC 4183) zones take the last octet. A name outside the zone is an error value.
 */
import { parseIPv4, parseIPv6 } from '../../../model/rdata/address.js';

/** A PTR label written as an IP address or a reverse name becomes the label in the zone. */
export function ptrNameMagic(name: string, domain: string): string | { error: string } {
  if (name.endsWith('.in-addr.arpa.') || name.endsWith('.ip6.arpa.')) {
    if (name.endsWith(`.${domain}.`)) return name.slice(0, -(domain.length + 2));
    return { error: `PTR record ${name} in wrong domain (${domain})` };
  }
  if (domain.endsWith('.in-addr.arpa')) {
    const v4 = name.includes('.') ? parseIPv4(name) : undefined;
    if (!v4) return name;
    const rev = `${[...v4].reverse().join('.')}.in-addr.arpa`;
    if (rev.endsWith(`.${domain}`)) return rev.slice(0, -(domain.length + 1));
    // RFC 2317 / RFC 4183 classless zones: "first/bits.c.b.a.in-addr.arpa".
    const m = /^(\d{1,3})[/-](\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.in-addr\.arpa$/.exec(
      domain,
    );
    if (m && v4[0] === +m[5]! && v4[1] === +m[4]! && v4[2] === +m[3]!) {
      const bits = +m[2]!;
      const mask = bits >= 32 ? 255 : (0xff << (32 - bits)) & 0xff;
      if ((v4[3]! & mask) === +m[1]!) return String(v4[3]);
    }
    return { error: `PTR record ${name} in wrong IPv4 domain (${domain})` };
  }
  if (domain.endsWith('.ip6.arpa')) {
    const w = name.includes(':') ? parseIPv6(name) : undefined;
    if (!w) return name;
    const nibbles = w.flatMap((x) =>
      [x >> 12, (x >> 8) & 15, (x >> 4) & 15, x & 15].map((n) => n.toString(16)),
    );
    const rev = `${nibbles.reverse().join('.')}.ip6.arpa`;
    if (rev.endsWith(`.${domain}`)) return rev.slice(0, -(domain.length + 1));
    return { error: `PTR record ${name} in wrong IPv6 domain (${domain})` };
  }
  return name;
}
