import { describe, expect, test } from '@jest/globals';
import { findOwnComment, planComment } from '../../src/github/comment.js';
import { type CommentState, formatMarker } from '../../src/github/marker.js';

const HEAD = 'a'.repeat(40);
const NEWER = 'b'.repeat(40);

describe('comment plan', () => {
  const state: CommentState = { head: HEAD, report: 'r1', blocking: [] };
  const body = formatMarker(state);

  test('finds only our own marker comment, whatever the [bot] suffix', () => {
    const comments = [
      { id: 1, body, author: 'mallory' },
      { id: 2, body: 'LGTM', author: 'github-actions[bot]' },
      { id: 3, body, author: 'github-actions[bot]' },
    ];
    expect(findOwnComment(comments, 'github-actions[bot]')?.id).toBe(3);
    expect(findOwnComment(comments, 'github-actions')?.id).toBe(3);
    expect(findOwnComment(comments.slice(0, 2), 'github-actions[bot]')).toBeUndefined();
  });

  test('each shard finds its own comment, and the unsharded review only its own', () => {
    const shardBody = (shard: string) => formatMarker({ ...state, shard });
    const comments = [
      { id: 1, body: shardBody('1-of-2'), author: 'github-actions[bot]' },
      { id: 2, body, author: 'github-actions[bot]' },
      { id: 3, body: shardBody('2-of-2'), author: 'github-actions[bot]' },
    ];
    expect(findOwnComment(comments, 'github-actions[bot]', '2-of-2')?.id).toBe(3);
    expect(findOwnComment(comments, 'github-actions[bot]', '1-of-2')?.id).toBe(1);
    expect(findOwnComment(comments, 'github-actions[bot]')?.id).toBe(2);
    expect(findOwnComment(comments, 'github-actions[bot]', '3-of-3')).toBeUndefined();
  });

  test('create, update, unchanged and stale', () => {
    const own = { id: 9, body, state };
    expect(planComment(undefined, state, HEAD)).toEqual({ action: 'create' });
    expect(planComment(own, state, HEAD)).toEqual({ action: 'unchanged', id: 9 });
    expect(planComment(own, { ...state, report: 'r2' }, HEAD)).toEqual({ action: 'update', id: 9 });
    const accepted = { label: 'l', by: 'a', event: 1, fingerprints: [] };
    expect(planComment(own, { ...state, accepted }, HEAD)).toEqual({ action: 'update', id: 9 });
    expect(planComment(own, state, NEWER)).toEqual({ action: 'stale', currentHead: NEWER });
    // Told not to create: nothing without a comment, but an earlier comment is still edited.
    expect(planComment(undefined, state, HEAD, false)).toEqual({ action: 'skip' });
    expect(planComment(own, { ...state, report: 'r2' }, HEAD, false)).toEqual({
      action: 'update',
      id: 9,
    });
    expect(planComment(own, state, HEAD, false)).toEqual({ action: 'unchanged', id: 9 });
    // Head unknown (the pull request could not be read): trust the run.
    expect(planComment(own, { ...state, head: NEWER }, undefined)).toEqual({
      action: 'update',
      id: 9,
    });
  });
});
