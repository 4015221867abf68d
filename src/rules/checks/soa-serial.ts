/**
 * soa-serial: a zone file changes but its SOA serial does not increase (RFC 1982 serial
 * arithmetic), so secondaries polling the serial never transfer the change — or, when it went
 * backwards, stop transferring until it passes the old value. Only for zone files: DNSControl
 * and octoDNS providers manage the serial themselves.
 */
import { decodeRdata } from '../../model/rdata/registry.js';
import { serialGreater } from '../../model/serial.js';
import type { Zone } from '../../model/zone.js';
import type { DraftFinding, Rule } from '../types.js';

function serialOf(zone: Zone): number | undefined {
  const soa = zone.rrsets.find((r) => r.type === 'SOA' && r.name === zone.name);
  if (!soa?.values[0]) return undefined;
  const rdata = decodeRdata('SOA', soa.values[0]);
  return rdata.type === 'SOA' ? rdata.serial : undefined;
}

export { serialGreater };

export const soaSerial: Rule = {
  id: 'soa-serial',
  defaultSeverity: 'high',
  title: 'A zone file changes without a higher SOA serial',
  why: 'Secondary servers transfer a zone only when its SOA serial increases (RFC 1982 arithmetic). Without a higher serial the change reaches the primary only, and the servers answer differently; a serial that goes backwards stops transfers until it passes the old value.',
  fix: 'Increase the SOA serial (the date-based YYYYMMDDnn form is common) in the same change.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (d.format !== 'bind' || !d.before || !d.after) continue;
      if (!d.changes.some((c) => c.type !== 'SOA')) continue;
      const before = serialOf(d.before);
      const after = serialOf(d.after);
      if (before === undefined || after === undefined || serialGreater(after, before)) continue;
      const soa = d.after.rrsets.find((r) => r.type === 'SOA');
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        type: 'SOA',
        message:
          after === before
            ? `${d.name} changes but its SOA serial stays ${after}: secondaries will not transfer the change.`
            : `The SOA serial of ${d.name} goes backwards (${before} → ${after}): secondaries stop transferring until it passes ${before}.`,
        ...(soa?.location ? { location: soa.location } : {}),
      });
    }
    return out;
  },
};
