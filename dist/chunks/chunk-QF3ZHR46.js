import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/formats/side-memo.ts
var SideMemo = class {
  kept = /* @__PURE__ */ new Map();
  take(key) {
    const value = this.kept.get(key);
    this.kept.delete(key);
    return value;
  }
  keep(key, value) {
    this.kept.set(key, value);
  }
};
var MemoAttempt = class {
  constructor(memo) {
    this.memo = memo;
  }
  memo;
  taken = /* @__PURE__ */ new Map();
  left = /* @__PURE__ */ new Map();
  take(key) {
    const value = this.memo.take(key);
    if (value !== void 0) this.taken.set(key, value);
    return value;
  }
  keep(key, value) {
    this.left.set(key, value);
  }
  /** Ends the attempt: `counts` when its result is the one the load keeps. */
  settle(counts) {
    for (const [key, value] of counts ? this.left : this.taken) this.memo.keep(key, value);
  }
};
function includedTexts(files, read) {
  return [...new Set(files)].map((f) => [f, readOrUndefined(read, f)]);
}
function readsTheSame(r, text, read) {
  if (r.text !== text) return false;
  for (const [file, was] of r.includes) {
    const now = readOrUndefined(read, file);
    if (now === void 0 || now !== was) return false;
  }
  return true;
}
function readOrUndefined(read, file) {
  try {
    return read(file);
  } catch {
    return void 0;
  }
}

export {
  SideMemo,
  MemoAttempt,
  includedTexts,
  readsTheSame
};
