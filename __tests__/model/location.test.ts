import fc from 'fast-check';
import { lineColumnIndex } from '../../src/model/location.js';

/** The obvious definition: count the newlines before the offset, and the characters since. */
function naive(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lastNewline = before.lastIndexOf('\n');
  return {
    line: before.split('\n').length,
    column: Math.max(0, offset) - (lastNewline + 1) + 1,
  };
}

describe('lineColumnIndex', () => {
  it('puts offset 0 at line 1, column 1', () => {
    expect(lineColumnIndex('abc')(0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnIndex('\nabc')(0)).toEqual({ line: 1, column: 1 });
  });

  it('keeps a newline on the line it ends, and starts the next line after it', () => {
    const at = lineColumnIndex('ab\ncd\n\nef');
    expect(at(2)).toEqual({ line: 1, column: 3 }); // the first '\n'
    expect(at(3)).toEqual({ line: 2, column: 1 }); // 'c'
    expect(at(5)).toEqual({ line: 2, column: 3 }); // the second '\n'
    expect(at(6)).toEqual({ line: 3, column: 1 }); // the empty line's '\n'
    expect(at(7)).toEqual({ line: 4, column: 1 }); // 'e'
  });

  it('counts CR as a column of its line: lines end at LF only', () => {
    const at = lineColumnIndex('a\r\nb\r\n');
    expect(at(1)).toEqual({ line: 1, column: 2 }); // '\r'
    expect(at(2)).toEqual({ line: 1, column: 3 }); // '\n'
    expect(at(3)).toEqual({ line: 2, column: 1 }); // 'b'
    expect(lineColumnIndex('a\rb')(2)).toEqual({ line: 1, column: 3 }); // a lone CR ends nothing
  });

  it('continues the last line past the end, and clamps negative offsets to 0', () => {
    const at = lineColumnIndex('ab\ncd');
    expect(at(5)).toEqual({ line: 2, column: 3 }); // the end itself
    expect(at(9)).toEqual({ line: 2, column: 7 });
    expect(at(-4)).toEqual({ line: 1, column: 1 });
    expect(lineColumnIndex('ab\n')(3)).toEqual({ line: 2, column: 1 });
  });

  it('handles empty text', () => {
    const at = lineColumnIndex('');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(3)).toEqual({ line: 1, column: 4 });
  });

  it('agrees with counting newlines for any text and offset', () => {
    const text = fc
      .array(fc.constantFrom('a', 'é', '\n', '\r', ' ', '😀'), { maxLength: 60 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: -3, max: 130 }), (t, offset) => {
        expect(lineColumnIndex(t)(offset)).toEqual(naive(t, offset));
      }),
      { numRuns: 2000 },
    );
  });
});
