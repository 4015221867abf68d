import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/model/rrset-map.ts
function entryAt(byName, name, type) {
  const at = byName.get(name);
  if (at === void 0) return void 0;
  if (!isList(at)) return at.type === type ? at : void 0;
  for (const x of at) if (x.type === type) return x;
  return void 0;
}
function entriesAt(byName, name) {
  const at = byName.get(name);
  return at === void 0 ? [] : isList(at) ? at : [at];
}
function isList(x) {
  return Array.isArray(x);
}
function lookupIn(byName) {
  return {
    get: (name, type) => entryAt(byName, name, type),
    has: (name, type) => entryAt(byName, name, type) !== void 0,
    hasName: (name) => byName.has(name)
  };
}
var RRsetMap = class _RRsetMap {
  byName = /* @__PURE__ */ new Map();
  count = 0;
  /** Every entry of `items`, a later one of a key replacing the earlier (as `new Map` does). */
  constructor(items) {
    if (items) for (const x of items) this.set(x);
  }
  get size() {
    return this.count;
  }
  get(name, type) {
    return entryAt(this.byName, name, type);
  }
  /** Whether any entry has this name. */
  hasName(name) {
    return this.byName.has(name);
  }
  has(name, type) {
    return this.get(name, type) !== void 0;
  }
  /** Adds `x`, or replaces the entry of its key (keeping that entry's place). */
  set(x) {
    const at = this.byName.get(x.name);
    if (at === void 0) {
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
  add(x) {
    const at = this.byName.get(x.name);
    if (at === void 0) this.byName.set(x.name, x);
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
  take(name, type) {
    const at = this.byName.get(name);
    if (at === void 0) return void 0;
    if (!Array.isArray(at)) {
      if (at.type !== type) return void 0;
      this.byName.delete(name);
      this.count--;
      return at;
    }
    const i = at.findIndex((y) => y.type === type);
    if (i < 0) return void 0;
    const [x] = at.splice(i, 1);
    if (at.length === 1) this.byName.set(name, at[0]);
    this.count--;
    return x;
  }
  delete(name, type) {
    return this.take(name, type) !== void 0;
  }
  /** A copy, independent of this map. */
  clone() {
    const copy = new _RRsetMap();
    for (const [name, at] of this.byName) copy.byName.set(name, Array.isArray(at) ? [...at] : at);
    copy.count = this.count;
    return copy;
  }
  /** Every entry: by name, then by type (see the module comment). */
  values() {
    const out = [];
    for (const at of this.byName.values())
      if (Array.isArray(at)) for (const x of at) out.push(x);
      else out.push(at);
    return out;
  }
};
var uniqueLists = /* @__PURE__ */ new WeakMap();
function markUniqueByKey(list, byName) {
  uniqueLists.set(list, byName);
  return list;
}
function isUniqueByKey(list) {
  return uniqueLists.has(list);
}
function byNameOf(list) {
  return uniqueLists.get(list);
}

export {
  entryAt,
  entriesAt,
  lookupIn,
  RRsetMap,
  markUniqueByKey,
  isUniqueByKey,
  byNameOf
};
