import { describe, expect, test } from '@jest/globals';
import { fitRendering } from '../../src/github/body.js';

describe('fitRendering', () => {
  test('shrinks the budget until the UTF-8 size fits too', () => {
    // Each character is 4 bytes: a 60,000-character budget would be 240,000 bytes.
    const render = (n: number) => '🛑'.repeat(Math.floor(n / 2));
    const out = fitRendering(render, 60_000, 100_000)!;
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(100_000);
    expect(Buffer.byteLength(out)).toBeGreaterThan(70_000);
  });
  test('gives up when the uncuttable part alone is too big', () => {
    expect(fitRendering(() => 'x'.repeat(1000), 500, 10_000)).toBeUndefined();
  });
});
