/**
 * RRset diffs. Records are grouped by `(name, type)` once; one primitive compares two groups,
 * and every comparison (change, drift, apply) is that primitive on different inputs.
 * Unmanaged records are copied from the current side into the desired side before comparing
 * (as DNSControl's hands-off does), so they can never show up as removals.
 */
import { type RRset, rrsetKey, type Zone, type ZoneSet, zoneKey } from '../model/zone.js';
import type { Change, ZoneDiff } from './types.js';
import { isUnmanaged } from './unmanaged.js';

function sameStringMap(
  a: Readonly<Record<string, string>> | undefined,
  b: Readonly<Record<string, string>> | undefined,
): boolean {
  const ak = Object.keys(a ?? {});
  const bk = Object.keys(b ?? {});
  return ak.length === bk.length && ak.every((k) => a![k] === b?.[k]);
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Ordering for reports: apex and names in DNS order (parent before child), then type. */
export function compareRRsetKeys(
  a: Pick<RRset, 'name' | 'type'>,
  b: Pick<RRset, 'name' | 'type'>,
): number {
  if (a.name !== b.name) {
    const al = a.name.split('.').reverse().join('.');
    const bl = b.name.split('.').reverse().join('.');
    return al < bl ? -1 : 1;
  }
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}

/**
 * A SOA whose only difference is the serial is not a change a reviewer needs to see: zone-file
 * repositories bump it on every commit, and the providers of DNSControl/octoDNS manage it.
 */
function serialOnly(before: RRset, after: RRset): boolean {
  if (after.type !== 'SOA' || before.ttl !== after.ttl) return false;
  const strip = (v: string | undefined) =>
    v
      ?.split(' ')
      .filter((_, i) => i !== 2)
      .join(' ');
  return strip(before.values[0]) === strip(after.values[0]);
}

/** Changes that turn `before` into `after` (both RRset lists of one zone). */
export function diffRRsets(before: readonly RRset[], after: readonly RRset[]): Change[] {
  const old = new Map(before.map((r) => [rrsetKey(r), r]));
  const changes: Change[] = [];
  for (const a of after) {
    const key = rrsetKey(a);
    const b = old.get(key);
    old.delete(key);
    if (!b) changes.push({ name: a.name, type: a.type, kind: 'add', after: a, ttlOnly: false });
    else if (!serialOnly(b, a)) {
      const dataSame = sameValues(b.values, a.values) && sameStringMap(b.options, a.options);
      if (!dataSame || b.ttl !== a.ttl)
        changes.push({
          name: a.name,
          type: a.type,
          kind: 'modify',
          before: b,
          after: a,
          ttlOnly: dataSame,
        });
    }
  }
  for (const b of old.values())
    changes.push({ name: b.name, type: b.type, kind: 'remove', before: b, ttlOnly: false });
  return changes.sort(compareRRsetKeys);
}

/**
 * What pushing `desired` would do to `current`, leaving alone what the desired zone's config
 * does not manage: used for base → head (change) and live → head (apply).
 */
export function diffManaged(current: readonly RRset[], desired: Zone): Change[] {
  const keys = new Set(desired.rrsets.map(rrsetKey));
  const kept = current.filter(
    (r) => !keys.has(rrsetKey(r)) && (desired.noPurge || isUnmanaged(r, desired)),
  );
  return diffRRsets(current, kept.length > 0 ? [...desired.rrsets, ...kept] : desired.rrsets);
}

/** base → head for every zone either side defines. */
export function diffZoneSets(base: ZoneSet, head: ZoneSet): ZoneDiff[] {
  const before = new Map(base.zones.map((z) => [zoneKey(z), z]));
  const diffs: ZoneDiff[] = [];
  for (const after of head.zones) {
    const key = zoneKey(after);
    const b = before.get(key);
    before.delete(key);
    diffs.push(diffZone(key, b, after));
  }
  for (const [key, b] of before) diffs.push(diffZone(key, b, undefined));
  return diffs.sort((x, y) => (x.zone < y.zone ? -1 : x.zone > y.zone ? 1 : 0));
}

export function diffZone(key: string, before: Zone | undefined, after: Zone | undefined): ZoneDiff {
  const zone = (after ?? before)!;
  const changes = after
    ? diffManaged(before?.rrsets ?? [], after)
    : diffRRsets(before?.rrsets ?? [], []);
  const status = !before
    ? 'added'
    : !after
      ? 'removed'
      : changes.length > 0 || !sameZoneConfig(before, after)
        ? 'changed'
        : 'unchanged';
  return {
    zone: key,
    name: zone.name,
    format: zone.format,
    status,
    changes,
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
  };
}

/** Zone-level configuration beyond records: providers, registrar, nameservers, DNSSEC. */
function sameZoneConfig(a: Zone, b: Zone): boolean {
  const providers = (z: Zone) =>
    z.providers
      .map((p) => `${p.name}/${p.type ?? ''}/${p.nsCount ?? ''}`)
      .sort()
      .join(',');
  return (
    providers(a) === providers(b) &&
    (a.registrar?.name ?? '') === (b.registrar?.name ?? '') &&
    (a.nameservers ?? []).join(',') === (b.nameservers ?? []).join(',') &&
    a.dnssec === b.dnssec
  );
}
