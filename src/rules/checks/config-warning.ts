/**
 * config-warning: what the DNS tool itself would warn about or silently drop when it loads the
 * config (out-of-zone data, an RRset with mixed TTLs, a default TTL taken from the SOA).
 * Formats put these on Zone.diagnostics; this rule shows them on their line.
 */
import type { ZoneSet } from '../../model/zone.js';
import { zoneKey } from '../../model/zone.js';
import { compareStates } from '../state.js';
import type { Rule } from '../types.js';

function warnings(set: ZoneSet) {
  return set.zones.flatMap((zone) =>
    (zone.diagnostics ?? [])
      .filter((d) => d.level === 'warning')
      .map((d) => ({
        zone: zoneKey(zone),
        // The message identifies the problem; the line moves with unrelated edits.
        key: `${d.code ?? ''} ${d.message}`,
        message: d.message,
        location: d.location,
      })),
  );
}

export const configWarning: Rule = {
  id: 'config-warning',
  defaultSeverity: 'low',
  title: 'The DNS tool would warn about or ignore part of the config',
  why: 'What the tool drops or reinterprets at load time (out-of-zone records, mixed TTLs in one RRset) is not what the file says, so the review of the file and the zone that gets served differ.',
  fix: 'Make the file say what should be served: move out-of-zone records to their own zone, give an RRset one TTL, set $TTL explicitly.',
  check: (ctx) => compareStates(ctx, warnings),
};
