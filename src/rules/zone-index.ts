/**
 * The look-ups rules share, built once per zone (and per zone set) of each side and kept for
 * every rule of the review: RRsets by owner name and by name and type, the names that exist
 * (owners and the empty non-terminals above them), wildcard owners, CNAME owners, address
 * owners and zone cuts (delegation points). A rule asks these instead of scanning a zone per
 * record, so every rule stays O(n log n) in the size of the zone (issue 15).
 *
 * Zones and zone sets are immutable values, so the index is memoised on the object itself
 * (a WeakMap): base and head are different objects and get their own; the index goes when the
 * zone does.
 */
import { isInZone, parentName } from '../model/name.js';
import type { RecordType } from '../model/record-type.js';
import { byNameOf, lookupIn, type RRsetLookup, RRsetMap } from '../model/rrset-map.js';
import type { RRset, Zone, ZoneSet } from '../model/zone.js';

/** A set of names as far as asking goes. */
export interface NameTest {
  has(name: string): boolean;
}

export interface ZoneIndex {
  readonly zone: Zone;
  /** Every RRset at a name, in the zone's order. */
  readonly byName: ReadonlyMap<string, readonly RRset[]>;
  /** Names that own records, and every name between them and the apex (RFC 4592 §2.2.2). */
  readonly owners: NameTest;
  /** The parents of wildcard owners (`example.com.` for `*.example.com.`). */
  readonly wildcardParents: ReadonlySet<string>;
  /** Delegation points: every name below the apex that has NS records. */
  readonly cuts: ReadonlySet<string>;
  /** CNAME owners and their RRset. */
  readonly cnames: ReadonlyMap<string, RRset>;
  /** Names with an A or AAAA RRset. */
  readonly addressOwners: NameTest;
  /** The RRset at `(name, type)`, the first when a hand-built zone has two. */
  rrset(name: string, type: RecordType): RRset | undefined;
  /**
   * The RRsets of one type, in the zone's order. A rule that reads one type (NS, TXT, CAA)
   * walks those, not the whole zone: run once per review, a rule's loop runs cold, and at
   * 100,000 RRsets each pass over all of them cost it milliseconds (issue 15).
   */
  ofType(type: RecordType): readonly RRset[];
  /** `ofType` of each type in turn: the RRsets of several types, type by type. */
  ofTypes(types: readonly RecordType[]): readonly RRset[];
  /**
   * Whether the name exists for a resolver asking the zone: it owns records, has records below
   * it, sits at or below a zone cut, or a wildcard synthesises it.
   */
  exists(name: string): boolean;
}

const zoneIndexes = new WeakMap<Zone, ZoneIndex>();

/** The zone's index, built on first use. */
export function indexZone(zone: Zone): ZoneIndex {
  let index = zoneIndexes.get(zone);
  if (!index) {
    index = buildZoneIndex(zone);
    zoneIndexes.set(zone, index);
  }
  return index;
}

/**
 * Built on first use. The sets (owners, wildcard parents, CNAME and address owners) come from
 * one pass together: a full review asks for all of them of head, and at a million RRsets each
 * pass over the zone costs a cache miss or two per RRset (issue 15). `byName` is its own pass,
 * and so is `ofType`, which the cuts read: rules ask base for its cuts alone (is a changed name
 * occluded?), and a pass that sorts by type costs a fraction of the one that hashes every owner.
 */
function buildZoneIndex(zone: Zone): ZoneIndex {
  let byName: Map<string, RRset[]> | undefined;
  let cuts: Set<string> | undefined;
  let scanned: ReturnType<typeof scanZone> | undefined;
  let byType: Map<RecordType, RRset[]> | undefined;
  const names = () => {
    scanned ??= scanZone(zone);
    return scanned;
  };
  const index: ZoneIndex = {
    zone,
    get byName() {
      byName ??= groupedBy(zone.rrsets, (r) => r.name);
      return byName;
    },
    get owners() {
      return names().owners;
    },
    get wildcardParents() {
      return names().wildcardParents;
    },
    get cuts() {
      if (!cuts) {
        cuts = new Set();
        for (const r of index.ofType('NS')) if (r.name !== zone.name) cuts.add(r.name);
      }
      return cuts;
    },
    get cnames() {
      return names().cnames;
    },
    get addressOwners() {
      return names().addressOwners;
    },
    rrset: (name, type) => rrsetLookup(zone.rrsets)(name, type),
    ofType(type) {
      byType ??= groupedBy(zone.rrsets, (r) => r.type);
      return byType.get(type) ?? [];
    },
    ofTypes: (types) => types.flatMap((type) => index.ofType(type)),
    exists(name) {
      const { owners, wildcardParents } = names();
      if (owners.has(name)) return true;
      const cutSet = index.cuts;
      for (let n = name; n !== zone.name && n !== '.'; n = parentName(n))
        if (cutSet.has(n)) return true; // delegated: the child zone answers for it
      for (let n = name; n !== zone.name && n !== '.'; n = parentName(n))
        // the closest encloser's wildcard answers for the names below it that do not exist
        if (owners.has(parentName(n))) return wildcardParents.has(parentName(n));
      return false;
    },
  };
  return index;
}

/** The RRsets of a list by one of their fields, each group in the list's order. */
export function groupedBy<K>(rrsets: readonly RRset[], key: (r: RRset) => K): Map<K, RRset[]> {
  const out = new Map<K, RRset[]>();
  for (const r of rrsets) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * The owners, wildcard parents, CNAME owners and address owners of a zone, in one pass.
 * Owners and address owners are asked of the zone's `(name, type)` look-up, which a review
 * builds anyway, plus the empty non-terminals: no second set of a million names (issue 15).
 */
function scanZone(zone: Zone) {
  const byKey = rrsetMapOf(zone.rrsets);
  const emptyNonTerminals = new Set<string>();
  const wildcardParents = new Set<string>();
  const cnames = new Map<string, RRset>();
  const parentOf = parentNames();
  // The last parent found to be an owner: parentOf gives back the same string for the same
  // parent, and an owner stays one, so most names need no look-up.
  let ownerParent: string | undefined;
  for (const r of zone.rrsets) {
    const name = r.name;
    const type = r.type;
    if (type === 'CNAME' && !cnames.has(name)) cnames.set(name, r);
    if (name.startsWith('*.')) wildcardParents.add(parentOf(name));
    // Every name between an owner and the apex (or the root, for a name outside the zone).
    if (name === zone.name || name === '.') continue;
    const parent = parentOf(name);
    if (parent === ownerParent) continue;
    if (byKey.hasName(parent) || emptyNonTerminals.has(parent)) {
      ownerParent = parent;
      continue;
    }
    for (let n = parent; !byKey.hasName(n) && !emptyNonTerminals.has(n); n = parentOf(n)) {
      emptyNonTerminals.add(n);
      if (n === zone.name || n === '.') break;
    }
  }
  const owners: NameTest = {
    has: (name) => byKey.hasName(name) || emptyNonTerminals.has(name),
  };
  const addressOwners: NameTest = {
    has: (name) => byKey.has(name, 'A') || byKey.has(name, 'AAAA'),
  };
  return { owners, wildcardParents, cnames, addressOwners };
}

/**
 * `parentName`, giving back the previous answer's string when the parent is the same (most
 * names of a zone share a few parents): no new string to make and hash for each name.
 */
function parentNames(): (name: string) => string {
  let last = '.';
  return (name) => {
    const dot = name.indexOf('.');
    const rest = name.length - dot - 1;
    if (dot > 0 && rest > 0 && rest === last.length && name.endsWith(last) && !name.includes('\\'))
      return last;
    last = parentName(name);
    return last;
  };
}

const rrsetMaps = new WeakMap<readonly RRset[], RRsetLookup<RRset>>();

/**
 * A list's RRsets by `(name, type)`, the first of a key, once per list: the map its format built
 * it from when there is one (`byNameOf`: the BIND parser's, so a large zone is not hashed twice),
 * else one built here.
 */
function rrsetMapOf(rrsets: readonly RRset[]): RRsetLookup<RRset> {
  let byKey = rrsetMaps.get(rrsets);
  if (!byKey) {
    const known = byNameOf(rrsets);
    if (known) byKey = lookupIn(known);
    else {
      const built = new RRsetMap<RRset>();
      for (const r of rrsets) built.add(r);
      byKey = built;
    }
    rrsetMaps.set(rrsets, byKey);
  }
  return byKey;
}

/**
 * Look-ups a list without its format's map answers by scanning before one is built: a rule
 * that asks a large zone about a few RRsets (the TTL history asks base about the changed ones)
 * spends less on a few scans than on hashing every owner, and one that asks more pays for the
 * map at most once (issue 15).
 */
const SCANS_BEFORE_MAP = 8;
const scansOf = new WeakMap<readonly RRset[], number>();

/**
 * `(name, type) → RRset` over a list of RRsets (a zone's, a live snapshot's), the first of a
 * key as `find` would answer: through the list's map (its format's, or one built here once
 * per list), or by scanning while a list without one has been asked only a few times.
 */
export function rrsetLookup(
  rrsets: readonly RRset[],
): (name: string, type: RecordType) => RRset | undefined {
  return (name, type) => {
    if (!rrsetMaps.has(rrsets) && byNameOf(rrsets) === undefined) {
      const scans = scansOf.get(rrsets) ?? 0;
      if (scans < SCANS_BEFORE_MAP) {
        scansOf.set(rrsets, scans + 1);
        return rrsets.find((r) => r.name === name && r.type === type);
      }
    }
    return rrsetMapOf(rrsets).get(name, type);
  };
}

export interface ZoneSetIndex {
  /** Zones by key (`example.com.`, `example.com.!internal`), the first of a key. */
  readonly byKey: ReadonlyMap<string, Zone>;
  /**
   * The first zone of the set, in the set's order, that holds `name` (is its apex or above
   * it): what `set.zones.find((z) => isInZone(name, z.name))` answers, in the name's labels.
   */
  zoneOf(name: string): Zone | undefined;
  /** CNAME owners of every zone and their first target (a later zone's wins, as a Map fills). */
  readonly cnameTargets: ReadonlyMap<string, string>;
}

const setIndexes = new WeakMap<ZoneSet, ZoneSetIndex>();

/** The zone set's index, built on first use. */
export function indexZoneSet(set: ZoneSet): ZoneSetIndex {
  let index = setIndexes.get(set);
  if (!index) {
    index = buildZoneSetIndex(set);
    setIndexes.set(set, index);
  }
  return index;
}

function buildZoneSetIndex(set: ZoneSet): ZoneSetIndex {
  const byKey = new Map<string, Zone>();
  const byApex = new Map<string, number>(); // apex → position of its first zone in the set
  const cnameTargets = new Map<string, string>();
  set.zones.forEach((z, i) => {
    const key = z.tag ? `${z.name}!${z.tag}` : z.name;
    if (!byKey.has(key)) byKey.set(key, z);
    if (!byApex.has(z.name)) byApex.set(z.name, i);
    for (const r of indexZone(z).ofType('CNAME'))
      if (r.values[0]) cnameTargets.set(r.name, r.values[0]);
  });
  const zoneOf = (name: string): Zone | undefined => {
    let first: number | undefined;
    for (let n = name; ; n = parentName(n)) {
      const i = byApex.get(n);
      // A name with escaped dots walks labels the way isInZone reads them; check it to be sure.
      if (i !== undefined && (first === undefined || i < first) && isInZone(name, n)) first = i;
      if (n === '.') break;
    }
    return first === undefined ? undefined : set.zones[first];
  };
  return { byKey, zoneOf, cnameTargets };
}
