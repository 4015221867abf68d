/** Live snapshots for rule and rollback tests: healthy defaults, the facts under test given. */
import type { Delegation, LiveSnapshot, LiveZone } from '../../src/live/types.js';

export function liveSnapshot(
  zones: readonly (Partial<LiveZone> & { zone: string })[],
  extra: Partial<LiveSnapshot> = {},
): LiveSnapshot {
  return {
    status: 'ok',
    reasons: [],
    queries: 1,
    takenAt: new Date('2026-11-27T09:00:00Z'),
    zones: zones.map((z) => ({
      status: 'ok',
      reasons: [],
      servers: [],
      serialsAgree: true,
      rrsets: [],
      absent: [],
      ...z,
    })),
    ...extra,
  };
}

/** A delegation from `com.` with nothing in it but what the test names. */
export function delegationOf(extra: Partial<Delegation> = {}): Delegation {
  return { parent: 'com.', parentServers: [], ns: [], glue: [], ds: [], ...extra };
}
