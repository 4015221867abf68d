import { describe, expect, test } from '@jest/globals';
import { DEFAULT_RETRY, retryDelay } from '../../src/github/retry.js';

describe('retry', () => {
  const at = (status: number, headers = {}, message = '') => ({ status, headers, message });
  test('5xx backs off exponentially, then gives up', () => {
    expect(retryDelay(at(502), 0, DEFAULT_RETRY, 0)).toBe(1000);
    expect(retryDelay(at(503), 2, DEFAULT_RETRY, 0)).toBe(4000);
    expect(retryDelay(at(500), 3, DEFAULT_RETRY, 0)).toBeUndefined();
  });
  test('secondary limits honour retry-after or wait a minute; plain 403/404/422 do not retry', () => {
    expect(retryDelay(at(403, { 'retry-after': '3' }), 0, DEFAULT_RETRY, 0)).toBe(3000);
    expect(
      retryDelay(at(403, {}, 'You have exceeded a secondary rate limit'), 0, DEFAULT_RETRY, 0),
    ).toBe(60_000);
    expect(retryDelay(at(429), 0, DEFAULT_RETRY, 0)).toBe(60_000);
    expect(
      retryDelay(at(403, {}, 'Resource not accessible by integration'), 0, DEFAULT_RETRY, 0),
    ).toBeUndefined();
    expect(retryDelay(at(404), 0, DEFAULT_RETRY, 0)).toBeUndefined();
    expect(retryDelay(at(422), 0, DEFAULT_RETRY, 0)).toBeUndefined();
  });
  test('an exhausted primary limit waits for the reset, unless that is too long', () => {
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' };
    expect(retryDelay(at(403, headers), 0, DEFAULT_RETRY, 90_000)).toBe(11_000);
    expect(retryDelay(at(403, headers), 0, DEFAULT_RETRY, -3_600_000)).toBeUndefined();
  });
});
