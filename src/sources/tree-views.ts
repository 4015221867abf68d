/**
 * Views of a SourceTree that change how its files are read and nothing else: the same root,
 * commit, label, listing, links and refusals.
 */
import { memoized } from '../model/memoized.js';
import { KEPT_TEXT_MAX_CHARS } from './git.js';
import type { SourceTree } from './types.js';

/** `tree`, its files read through `readText`. */
export function withReads(
  tree: SourceTree,
  readText: (path: string) => Promise<string | undefined>,
): SourceTree {
  return {
    root: tree.root,
    commit: tree.commit,
    label: tree.label,
    listFiles: () => tree.listFiles(),
    readText,
    ...(tree.resolvePath ? { resolvePath: (path) => tree.resolvePath!(path) } : {}),
    ...(tree.refusedLinks ? { refusedLinks: () => tree.refusedLinks!() } : {}),
  };
}

/** `tree`, each file read once however often it is asked for. */
export function readingOnce(tree: SourceTree): SourceTree {
  return withReads(
    tree,
    memoized((path) => tree.readText(path)),
  );
}

/**
 * `tree`, asking `other` for each path it is asked for: the base of a review while its head
 * loads. The two sides of a change read mostly the same files, one side after the other; asked
 * early, git reads the base's copy while the head's is parsed, instead of the review waiting for
 * it afterwards (issue 15). `other` must keep what it read (a commit tree does, up to
 * KEPT_TEXT_MAX_CHARS) for its own load to find: it is asked once `tree`'s copy has come and is
 * no longer than that (two sides are alike in size), before `tree`'s reader gets it. What
 * `other` answers is not used here, and a failure is its own load's to report.
 */
export function readingAhead(tree: SourceTree, other: SourceTree): SourceTree {
  const view = withReads(tree, (path) =>
    tree.readText(path).then((text) => {
      if (text !== undefined && text.length <= KEPT_TEXT_MAX_CHARS)
        other.readText(path).catch(() => undefined);
      return text;
    }),
  );
  return { ...view, readsAheadOf: other };
}
