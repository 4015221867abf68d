import { describe, expect, test } from '@jest/globals';
import { commentableLines } from '../../src/github/diff-lines.js';

describe('diff lines', () => {
  test('added and context lines of every hunk, not removed ones', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' $ORIGIN example.com.',
      '-www A 192.0.2.1',
      '+www A 192.0.2.2',
      '+api A 192.0.2.3',
      ' mail A 192.0.2.4',
      '@@ -20,2 +21 @@ ; section',
      '-y A 192.0.2.6',
      ' x A 192.0.2.5',
      '@@ -30,1 +31,0 @@',
      '-gone A 192.0.2.7',
      '\\ No newline at end of file',
    ].join('\n');
    const lines = commentableLines(patch);
    expect(lines.lines()).toEqual([1, 2, 3, 4, 21]);
    expect(lines.has(4)).toBe(true);
    expect(lines.has(5)).toBe(false);
    expect(lines.has(31)).toBe(false);
    expect(commentableLines(undefined).lines()).toEqual([]);
  });

  test('a hunk-looking line inside a hunk body does not count as a header', () => {
    // A TXT record whose text starts with "@@" is a body line: it starts with '+' or ' '.
    const patch = '@@ -1,1 +1,2 @@\n x TXT "a"\n+@@ -1 +900,5 @@ TXT';
    expect(commentableLines(patch).lines()).toEqual([1, 2]);
  });
});
