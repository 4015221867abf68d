import { describe, expect, test } from '@jest/globals';
import { type CommentState, formatMarker, parseMarker } from '../../src/github/marker.js';

const HEAD = 'a'.repeat(40);

describe('marker', () => {
  test('round-trips, and nothing inside can close the HTML comment', () => {
    const state: CommentState = {
      head: HEAD,
      report: '0123456789abcdef',
      blocking: ['x'],
      accepted: { label: 'ok --> <b>', by: 'alice', event: 7, fingerprints: ['x'] },
    };
    const marker = formatMarker(state);
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(parseMarker(`${marker}\n## body`)).toEqual(state);
  });

  test('ignores bodies that only mention the marker or carry a broken one', () => {
    expect(parseMarker('hello <!-- zoneguard:v1 {} -->')).toBeUndefined();
    expect(parseMarker('<!-- zoneguard:v1 {"head":1} -->')).toBeUndefined();
    expect(
      parseMarker('<!-- zoneguard:v2 {"head":"a","report":"b","blocking":[]} -->'),
    ).toBeUndefined();
  });
});

describe('the shard in the marker', () => {
  test('round-trips, and is absent for an unsharded review', () => {
    const state = { shard: '1-of-3', head: 'a'.repeat(40), report: 'r', blocking: [] };
    expect(parseMarker(formatMarker(state))).toEqual(state);
    const plain = { head: 'a'.repeat(40), report: 'r', blocking: [] };
    expect(parseMarker(formatMarker(plain))).toEqual(plain);
  });
});
