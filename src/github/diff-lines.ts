/**
 * Which lines of a pull request's new files can take a review comment: GitHub accepts only
 * lines inside a diff hunk (added or context lines on the RIGHT side). Reads the `patch` of
 * `GET /pulls/{n}/files` (unified diff hunks, without file headers).
 */

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** New-file line numbers that sit inside a hunk of `patch`. */
export function commentableLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let next = 0; // 0: outside any hunk
  for (const row of patch.split('\n')) {
    const hunk = HUNK.exec(row);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0) continue;
    const mark = row[0];
    if (mark === '+' || mark === ' ') lines.add(next++);
    // '-' lines exist only on the LEFT; '\' is "No newline at end of file".
  }
  return lines;
}
