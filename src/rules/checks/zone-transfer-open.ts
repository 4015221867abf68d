/**
 * zone-transfer-open: a server of the zone hands the whole zone to anyone who asks (AXFR over
 * TCP, `--axfr`). Zone contents are not secret by design, but an open transfer lists every
 * name at once (internal hosts, staging systems, verification tokens) where an outsider would
 * otherwise have to guess them, and lets anyone load the server with large transfers.
 * A fact of live DNS, so never `introduced`; asked only with `--axfr`.
 */
import { sentence } from '../describe.js';
import { liveZone, zonePairs } from '../live-facts.js';
import type { DraftFinding, Rule } from '../types.js';

export const zoneTransferOpen: Rule = {
  id: 'zone-transfer-open',
  defaultSeverity: 'low',
  title: 'A nameserver gives a zone transfer (AXFR) to anyone',
  why: 'An open zone transfer lists every name of the zone to whoever asks (internal hosts, staging systems, tokens), where an outsider would otherwise have to guess names, and lets anyone make the server send the whole zone again and again.',
  fix: 'Allow transfers only to the secondaries (by address and preferably a TSIG key: BIND allow-transfer, NSD provide-xfr, Knot acl), or turn them off at the provider.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, apex } of zonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      if (!lz) continue;
      const open = new Map<string, { addresses: string[]; records: number }>();
      for (const s of lz.servers) {
        if (s.axfr?.status !== 'open') continue;
        const e = open.get(s.name) ?? { addresses: [], records: s.axfr.records };
        e.addresses.push(s.address);
        open.set(s.name, e);
      }
      for (const [name, e] of open)
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          key: name,
          message: sentence(
            `Nameserver ${name}${e.addresses.some((a) => a !== name) ? ` (${e.addresses.join(', ')})` : ''} gave this review a complete zone transfer of ${apex} (${e.records} records) without any key: anyone can list the whole zone`,
          ),
        });
    }
    return out;
  },
};
