/**
 * Reading a file of the repository to scan it for credentials: the one reader that the
 * `secret-in-repo` rule and the review's scan of changed files (when a side does not load)
 * share, so that both scan the same part of the same files and refuse the same ones
 * (docs/security.md, Secrets and masking).
 *
 * - A large file is scanned in its first `SCAN_MAX_CHARS` characters, not skipped: a secret at
 *   the top of a big file is still found (the two readers used to differ, one skipping such a
 *   file whole). What lies beyond is not scanned; `cut` says so.
 * - A binary file (one with a NUL character) is not text to scan.
 * - A path the tree refuses (a link out of the repository, a control character in the name)
 *   is refused with the reason, for the caller to say, never skipped in silence.
 */
import { SourceError, type SourceTree } from './types.js';

/** Characters of a file scanned, from its start. */
export const SCAN_MAX_CHARS = 512 * 1024;

export type ScanRead =
  /** The text to scan; `cut` when the file is longer and only its start is here. */
  | { readonly kind: 'text'; readonly text: string; readonly cut: boolean }
  /** A binary file: nothing to scan as text. */
  | { readonly kind: 'binary' }
  /** The tree refuses the path (it leaves the repository, or is no valid name): why. */
  | { readonly kind: 'refused'; readonly reason: string }
  /** No file there on this side. */
  | { readonly kind: 'missing' };

export async function readForScan(tree: SourceTree, path: string): Promise<ScanRead> {
  let text: string | undefined;
  try {
    text = await tree.readText(path);
  } catch (e) {
    if (e instanceof SourceError) return { kind: 'refused', reason: e.message };
    throw e;
  }
  if (text === undefined) return { kind: 'missing' };
  const cut = text.length > SCAN_MAX_CHARS;
  const scanned = cut ? text.slice(0, SCAN_MAX_CHARS) : text;
  // The whole file decides: a NUL beyond the part scanned still makes it binary.
  if (text.includes('\0')) return { kind: 'binary' };
  return { kind: 'text', text: scanned, cut };
}
