/**
 * Which lines of a pull request's new files can take a review comment: GitHub accepts only
 * lines inside a diff hunk (added or context lines, the RIGHT side). In a unified diff every
 * new-side line of a hunk is an added or a context line, so the hunk headers alone say it:
 * `@@ -a,b +c,d @@` covers new lines c … c+d-1. No need to walk the hunk bodies.
 */

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm;

export interface LineRanges {
  has(line: number): boolean;
  /** The covered lines, in order (for tests and messages). */
  lines(): number[];
}

/** The new-file lines inside the hunks of `patch` (GitHub's `files[].patch`). */
export function commentableLines(patch: string | undefined): LineRanges {
  const ranges: [number, number][] = [];
  for (const m of (patch ?? '').matchAll(HUNK)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) ranges.push([start, start + count - 1]);
  }
  return {
    has: (line) => ranges.some(([from, to]) => line >= from && line <= to),
    lines: () =>
      ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)),
  };
}
