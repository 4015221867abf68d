/** Thousands grouped as `toLocaleString('en-US')` groups them, without ICU. */
import fc from 'fast-check';
import { groupedDigits } from '../../src/model/count.js';

test('groups whole numbers as en-US does', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -9999, max: 9999 })),
      (n) => expect(groupedDigits(n)).toBe(n.toLocaleString('en-US')),
    ),
    { numRuns: 2000 },
  );
  for (const n of [0, 7, 999, 1000, 12345, 1_000_000, -1000, Number.MAX_SAFE_INTEGER])
    expect(groupedDigits(n)).toBe(n.toLocaleString('en-US'));
});

test('leaves what is no safe whole number as String writes it', () => {
  for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])
    expect(groupedDigits(n)).toBe(String(n));
});
