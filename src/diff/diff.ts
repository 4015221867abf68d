/**
 * RRset diffs. Records are grouped by `(name, type)` once; one primitive compares two groups,
 * and every comparison (change, drift, apply) is that primitive on different inputs.
 * What the push leaves alone (`model/scope.ts`, docs/push-scope.md) is copied from the current
 * side into the desired side before comparing (as DNSControl's hands-off does), so it can never
 * show up as a removal or an overwrite; filtering the changes afterwards would lose the records
 * a partial pattern shares with the config.
 */

import { isUniqueByKey, RRsetMap } from '../model/rrset-map.js';
import { externalDns, leftAlone, type Side, SYNTHESISED_TYPES, selects } from '../model/scope.js';
import {
  makeRRset,
  type RRset,
  rrsetKey,
  sameValues,
  type UnmanagedPattern,
  type Zone,
  type ZoneSet,
  zoneKey,
} from '../model/zone.js';
import type { Change, ZoneDiff } from './types.js';

function sameStringMap(
  a: Readonly<Record<string, string>> | undefined,
  b: Readonly<Record<string, string>> | undefined,
): boolean {
  if (a === b) return true; // most RRsets have no options: no key lists to make
  const ak = Object.keys(a ?? {});
  const bk = Object.keys(b ?? {});
  return ak.length === bk.length && ak.every((k) => a![k] === b?.[k]);
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
  const changes: Change[] = [];
  if (isUniqueByKey(before) && isUniqueByKey(after)) pairInOrder(before, after, changes);
  else pairByMap(before, after, changes);
  return sortByRRsetKey(changes);
}

/** The change from `b` to `a` (one key), if any. */
function compare(b: RRset, a: RRset, changes: Change[]): void {
  // The same object on both sides (a format shares what is equal) is no change.
  if (b === a || serialOnly(b, a)) return;
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

function pairByMap(before: readonly RRset[], after: readonly RRset[], changes: Change[]): void {
  const old = new RRsetMap(before);
  for (const a of after) {
    const b = old.take(a.name, a.type);
    if (!b) changes.push({ name: a.name, type: a.type, kind: 'add', after: a, ttlOnly: false });
    else compare(b, a, changes);
  }
  for (const b of old.values())
    changes.push({ name: b.name, type: b.type, kind: 'remove', before: b, ttlOnly: false });
}

/** How far ahead `pairInOrder` looks for a lost step (an RRset added or removed between). */
const LOOK_AHEAD = 8;

/**
 * Two lists unique by key (`markUniqueByKey`), as two sides of a zone file list most RRsets in
 * the same order: pairs are found walking both, stepping over what one side added or removed
 * when the key comes back within a few places; what the walk did not pair is paired through a
 * map. With unique keys, a pair found either way is the pair a map would find, so the changes
 * are pairByMap's (and they are sorted afterwards).
 */
function pairInOrder(before: readonly RRset[], after: readonly RRset[], changes: Change[]): void {
  const restBefore: RRset[] = [];
  const restAfter: RRset[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    const b = before[i]!;
    const a = after[j]!;
    if (b === a || (b.name === a.name && b.type === a.type)) {
      compare(b, a, changes);
      i++;
      j++;
      continue;
    }
    const k = indexAhead(before, i, a);
    const l = indexAhead(after, j, b);
    if (k >= 0 && (l < 0 || k - i <= l - j)) while (i < k) restBefore.push(before[i++]!);
    else if (l >= 0) while (j < l) restAfter.push(after[j++]!);
    else {
      restBefore.push(b);
      restAfter.push(a);
      i++;
      j++;
    }
  }
  while (i < before.length) restBefore.push(before[i++]!);
  while (j < after.length) restAfter.push(after[j++]!);
  pairByMap(restBefore, restAfter, changes);
}

/** Where `x`'s key is in `list` within LOOK_AHEAD places after `from`, or -1. */
function indexAhead(list: readonly RRset[], from: number, x: RRset): number {
  const end = Math.min(list.length, from + 1 + LOOK_AHEAD);
  for (let k = from + 1; k < end; k++) {
    const y = list[k]!;
    if (y === x || (y.name === x.name && y.type === x.type)) return k;
  }
  return -1;
}

/**
 * `items` in compareRRsetKeys' order, each name's reversed form computed once rather than in
 * every comparison (a 100,000-change diff made 3.4 million of them).
 */
export function sortByRRsetKey<T extends Pick<RRset, 'name' | 'type'>>(items: readonly T[]): T[] {
  const reversed = new Map<string, string>();
  for (const x of items)
    if (!reversed.has(x.name)) reversed.set(x.name, x.name.split('.').reverse().join('.'));
  return [...items].sort((a, b) => {
    if (a.name !== b.name) return reversed.get(a.name)! < reversed.get(b.name)! ? -1 : 1;
    return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
  });
}

/**
 * The desired side as the push would make it, given what is there now (`current`): the
 * config's RRsets, plus what of `current` the push leaves alone (`leftAlone`, docs/push-scope.md).
 * - A pattern on values (DNSControl `IGNORE_TARGET`) keeps only the values it matches, beside
 *   the config's own at that name and type, as DNSControl keeps single records.
 * - A partial RRset (the providers' own apex nameservers beside `NAMESERVER()`) keeps its
 *   current values beyond the config's, and its current TTL.
 * - On the live side, what the provider owns or what a push never writes (`appliesTo: 'live'`)
 *   stays as it is, and a type the provider synthesises stays unless the config has it.
 * - `NO_PURGE`: a current RRset whose name and type the config lacks stays.
 */
export function pushedState(
  current: readonly RRset[],
  desired: Zone,
  side: Side,
): readonly RRset[] {
  const scope =
    side === 'live'
      ? { name: desired.name, unmanaged: [...desired.unmanaged, ...externalDns(current, desired)] }
      : desired;
  // Base → head of a config that leaves nothing alone and purges: the push writes exactly the
  // config (no need to walk `current`, a million RRsets at scale); with no key twice, that is
  // the config's own list (a list marked unique by key is known to be, without a map).
  const configOnly =
    side === 'config' && !desired.noPurge && !scope.unmanaged.some(appliesToConfig);
  if (configOnly && isUniqueByKey(desired.rrsets)) return desired.rrsets;
  const wanted = new RRsetMap(desired.rrsets);
  if (configOnly)
    return wanted.size === desired.rrsets.length ? [...desired.rrsets] : wanted.values();
  const out = wanted.clone();
  const merged = (own: RRset, values: readonly string[], ttl: number) =>
    makeRRset({ ...own, ttl, values: [...own.values, ...values] });
  for (const r of current) {
    const own = wanted.get(r.name, r.type);
    const pattern = leftAlone(r, scope, side) ?? (own ? leftAlone(own, scope, side) : undefined);
    if (!pattern) {
      if (!own && (desired.noPurge || (side === 'live' && SYNTHESISED_TYPES.has(r.type))))
        out.set(r);
      continue;
    }
    if (pattern.partial) out.set(own ? merged(own, r.values, r.ttl) : r);
    else if (pattern.appliesTo === 'live') out.set(r);
    else {
      const target = pattern.target;
      const kept =
        target === undefined
          ? r.values
          : r.values.filter((v) => selects({ target }, { ...r, values: [v] }, desired.name));
      if (own) out.set(merged(own, kept, own.ttl));
      else if (kept.length === r.values.length || desired.noPurge) out.set(r);
      else if (kept.length > 0) out.set(makeRRset({ ...r, values: kept }));
    }
  }
  if (side === 'live') {
    const present = new RRsetMap(current);
    for (const own of wanted.values()) {
      const pattern = present.has(own.name, own.type) ? undefined : leftAlone(own, scope, side);
      if (pattern?.appliesTo === 'live' && !pattern.partial) out.delete(own.name, own.type); // never written
    }
  }
  return out.values();
}

/** A pattern leftAlone reads on the config side (model/scope.ts). */
function appliesToConfig(p: UnmanagedPattern): boolean {
  return p.externalDnsPrefix === undefined && p.appliesTo !== 'live';
}

/** What pushing `desired` would do to `current` when both are configs: base → head (change). */
export function diffManaged(current: readonly RRset[], desired: Zone): Change[] {
  return diffRRsets(current, pushedState(current, desired, 'config'));
}

/** What the next push of `desired` would do to live DNS: live → head (apply). */
export function diffApply(live: readonly RRset[], desired: Zone): Change[] {
  return diffRRsets(live, pushedState(live, desired, 'live'));
}

/**
 * How live DNS differs from base, for what base's push would write (base → live, drift):
 * the RRsets live DNS was asked about (`asked`, by `rrsetKey`), where live is compared with
 * base as pushed. Something live DNS holds that the push leaves alone is not drift.
 */
export function diffDrift(
  base: Zone,
  live: readonly RRset[],
  asked: ReadonlySet<string>,
): Change[] {
  const pushed = pushedState(live, base, 'live');
  return diffRRsets(
    pushed.filter((r) => asked.has(rrsetKey(r))),
    live,
  );
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
