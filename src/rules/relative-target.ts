/**
 * A target written without its trailing dot in a BIND zone file is relative (RFC 1035 §5.1):
 * `shop CNAME shops.example-cdn.com` becomes `shops.example-cdn.com.example.com.`, a name
 * inside the zone that nobody meant. The model keeps only the absolute name, so this is read
 * back from it: a target inside the zone, with no records there, whose part below the apex
 * already ends in a public suffix (an ICANN top-level domain), almost surely lost its dot.
 * missing-trailing-dot reports it; dangling-cname leaves it to that rule.
 */
import { isInZone } from '../model/name.js';
import { publicSuffix } from '../model/registrable-domain.js';
import type { Zone } from '../model/zone.js';

/** `shops.example-cdn.com.` when `target` looks like it, once the zone's apex is taken off. */
export function lostTrailingDot(zone: Zone, target: string): string | undefined {
  if (zone.format !== 'bind' || target === zone.name || !isInZone(target, zone.name))
    return undefined;
  const relative = target.slice(0, target.length - zone.name.length - 1);
  if (!relative.includes('.')) return undefined; // one label: a host in the zone
  // Ends in an ICANN suffix (`com`, `co.uk`) with a label before it: a name from outside.
  const suffix = publicSuffix(relative);
  if (!suffix?.icann || suffix.registrable === undefined) return undefined;
  return `${relative}.`;
}
