import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  KEPT_TEXT_MAX_CHARS
} from "./chunk-6YSZJKEN.js";
import {
  memoized
} from "./chunk-ZTWXCZHL.js";

// src/sources/tree-views.ts
function withReads(tree, readText) {
  return {
    root: tree.root,
    commit: tree.commit,
    label: tree.label,
    listFiles: () => tree.listFiles(),
    readText,
    ...tree.resolvePath ? { resolvePath: (path) => tree.resolvePath(path) } : {},
    ...tree.refusedLinks ? { refusedLinks: () => tree.refusedLinks() } : {}
  };
}
function readingOnce(tree) {
  return withReads(
    tree,
    memoized((path) => tree.readText(path))
  );
}
function readingAhead(tree, other) {
  const view = withReads(
    tree,
    (path) => tree.readText(path).then((text) => {
      if (text !== void 0 && text.length <= KEPT_TEXT_MAX_CHARS)
        other.readText(path).catch(() => void 0);
      return text;
    })
  );
  return { ...view, readsAheadOf: other };
}

export {
  readingOnce,
  readingAhead
};
