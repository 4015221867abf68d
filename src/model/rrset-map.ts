/**
 * RRsets (or anything with a name and a type) by `(name, type)`, without a `name type` key
 * string per entry: at 100,000 RRsets, building those keys, then flattening and hashing each
 * one at every look-up, cost more than the work the look-ups served (issue 15). The owner names
 * are strings the formats made once, whose hash V8 keeps. Most names own one RRset, held as
 * is; a name with several holds a short array.
 *
 * `values()` lists entries by name (in the order names were first added), then by type in the
 * order added: not one overall insertion order, so callers that need an order sort.
 */
import type { RecordType } from './record-type.js';

type Keyed = { readonly name: string; readonly type: RecordType };

/** Entries by owner name, each one entry or a short array of them (RRsetMap's own shape). */
export type ByName<T extends Keyed> = ReadonlyMap<string, T | readonly T[]>;

/**
 * The entry at `(name, type)` of a map of that shape: RRsetMap's look-up, for a structure built
 * in the same shape elsewhere (the BIND parser's own map of the RRsets it builds).
 */
export function entryAt<T extends Keyed>(
  byName: ByName<T>,
  name: string,
  type: RecordType,
): T | undefined {
  const at = byName.get(name);
  if (at === undefined) return undefined;
  if (!isList(at)) return at.type === type ? at : undefined;
  for (const x of at) if (x.type === type) return x;
  return undefined;
}

/** Every entry at `name` of a map of that shape, by type in the order added. */
export function entriesAt<T extends Keyed>(byName: ByName<T>, name: string): readonly T[] {
  const at = byName.get(name);
  return at === undefined ? [] : isList(at) ? at : [at];
}

function isList<T>(x: T | readonly T[]): x is readonly T[] {
  return Array.isArray(x);
}

/** The look-ups by `(name, type)` that RRsetMap answers, and a map of its shape through `lookupIn`. */
export interface RRsetLookup<T extends Keyed> {
  get(name: string, type: RecordType): T | undefined;
  has(name: string, type: RecordType): boolean;
  /** Whether any entry has this name. */
  hasName(name: string): boolean;
}

/** RRsetMap's look-ups over a map of its shape built elsewhere (`byNameOf`), read only. */
export function lookupIn<T extends Keyed>(byName: ByName<T>): RRsetLookup<T> {
  return {
    get: (name, type) => entryAt(byName, name, type),
    has: (name, type) => entryAt(byName, name, type) !== undefined,
    hasName: (name) => byName.has(name),
  };
}

export class RRsetMap<T extends Keyed> implements RRsetLookup<T> {
  private readonly byName = new Map<string, T | T[]>();
  private count = 0;

  /** Every entry of `items`, a later one of a key replacing the earlier (as `new Map` does). */
  constructor(items?: Iterable<T>) {
    if (items) for (const x of items) this.set(x);
  }

  get size(): number {
    return this.count;
  }

  get(name: string, type: RecordType): T | undefined {
    return entryAt(this.byName, name, type);
  }

  /** Whether any entry has this name. */
  hasName(name: string): boolean {
    return this.byName.has(name);
  }

  has(name: string, type: RecordType): boolean {
    return this.get(name, type) !== undefined;
  }

  /** Adds `x`, or replaces the entry of its key (keeping that entry's place). */
  set(x: T): void {
    const at = this.byName.get(x.name);
    if (at === undefined) {
      this.byName.set(x.name, x);
      this.count++;
    } else if (!Array.isArray(at)) {
      if (at.type === x.type) this.byName.set(x.name, x);
      else {
        this.byName.set(x.name, [at, x]);
        this.count++;
      }
    } else {
      const i = at.findIndex((y) => y.type === x.type);
      if (i >= 0) at[i] = x;
      else {
        at.push(x);
        this.count++;
      }
    }
  }

  /** Adds `x` unless its key has an entry (the first of a key stays); whether it was added. */
  add(x: T): boolean {
    const at = this.byName.get(x.name);
    if (at === undefined) this.byName.set(x.name, x);
    else if (!Array.isArray(at)) {
      if (at.type === x.type) return false;
      this.byName.set(x.name, [at, x]);
    } else {
      for (const y of at) if (y.type === x.type) return false;
      at.push(x);
    }
    this.count++;
    return true;
  }

  /** Removes the entry of `(name, type)` and gives it back. */
  take(name: string, type: RecordType): T | undefined {
    const at = this.byName.get(name);
    if (at === undefined) return undefined;
    if (!Array.isArray(at)) {
      if (at.type !== type) return undefined;
      this.byName.delete(name);
      this.count--;
      return at;
    }
    const i = at.findIndex((y) => y.type === type);
    if (i < 0) return undefined;
    const [x] = at.splice(i, 1);
    if (at.length === 1) this.byName.set(name, at[0]!);
    this.count--;
    return x;
  }

  delete(name: string, type: RecordType): boolean {
    return this.take(name, type) !== undefined;
  }

  /** A copy, independent of this map. */
  clone(): RRsetMap<T> {
    const copy = new RRsetMap<T>();
    for (const [name, at] of this.byName) copy.byName.set(name, Array.isArray(at) ? [...at] : at);
    copy.count = this.count;
    return copy;
  }

  /** Every entry: by name, then by type (see the module comment). */
  values(): T[] {
    const out: T[] = [];
    for (const at of this.byName.values())
      if (Array.isArray(at)) for (const x of at) out.push(x);
      else out.push(at);
    return out;
  }
}

const uniqueLists = new WeakMap<readonly Keyed[], ByName<Keyed> | undefined>();

/**
 * Marks a list unique by `(name, type)` by construction (a format that built it through one map
 * of RRsets, as the BIND parser does), so the diff can pair two such lists by walking them
 * instead of through a map: at a million RRsets, the maps were most of the diff. `byName` is
 * that map, when the format keeps it whole and unchanged from now on: the rules' look-ups then
 * use it instead of building their own (`byNameOf`). Gives the list back.
 */
export function markUniqueByKey<L extends readonly Keyed[]>(
  list: L,
  byName?: ByName<L[number]>,
): L {
  uniqueLists.set(list, byName);
  return list;
}

/** Whether `markUniqueByKey` marked this very list. */
export function isUniqueByKey(list: readonly Keyed[]): boolean {
  return uniqueLists.has(list);
}

/** The map by owner name a marked list was built from, when its format gave one. */
export function byNameOf<T extends Keyed>(list: readonly T[]): ByName<T> | undefined {
  return uniqueLists.get(list) as ByName<T> | undefined;
}
