/**
 * A zone as its authoritative servers serve it now (`zoneguard export --from-live`): the
 * configuration's zone, its RRsets replaced by what live DNS answered for every name and type
 * the configuration knows, plus the apex SOA and NS; with `--axfr`, an up-to-date server's
 * complete transfer is the whole zone, names git never knew included. Pure: the live phase did
 * the asking.
 */
import type { RecordType } from '../model/record-type.js';
import type { Zone } from '../model/zone.js';
import type { LiveRequest, LiveZone } from './types.js';

/** The request for one zone's export: every RRset the configuration has, the apex SOA and NS. */
export function exportRequest(request: LiveRequest): LiveRequest {
  const apex: { name: string; type: RecordType }[] = [
    { name: request.zone, type: 'SOA' },
    { name: request.zone, type: 'NS' },
  ];
  const known = new Set(request.rrsets.map((r) => `${r.name} ${r.type}`));
  return {
    ...request,
    rrsets: [...apex.filter((r) => !known.has(`${r.name} ${r.type}`)), ...request.rrsets],
  };
}

export type Served =
  | { readonly ok: true; readonly zone: Zone; readonly missing: number }
  | { readonly ok: false; readonly reason: string };

/** The zone as served; not ok when no server of the zone answered for it. */
export function servedZone(zone: Zone, live: LiveZone | undefined): Served {
  if (!live) return { ok: false, reason: 'live DNS was not asked about it' };
  if (live.status === 'failed' || live.rrsets.length === 0)
    return {
      ok: false,
      reason: `no authoritative server answered for it (${live.reasons.join('; ') || live.status})`,
    };
  return {
    ok: true,
    zone: { ...zone, rrsets: live.rrsets },
    missing: live.absent.length,
  };
}
