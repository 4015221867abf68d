import { describe, expect, test } from '@jest/globals';
import type { CommentState } from '../../src/github/marker.js';
import { decideOverride, lastLabeled } from '../../src/github/override.js';

const HEAD = 'a'.repeat(40);

describe('override', () => {
  const event = { id: 5, kind: 'labeled' as const, label: 'accept', actor: 'alice', createdAt: '' };

  test('the last labeled event counts', () => {
    const events = [
      { ...event, id: 1, actor: 'bob' },
      { ...event, id: 3, kind: 'unlabeled' as const },
      event,
      { ...event, id: 6, label: 'other' },
    ];
    expect(lastLabeled(events, 'accept')?.id).toBe(5);
  });

  test('a reader or triager cannot accept', () => {
    for (const p of ['read', 'triage', 'none'] as const) {
      const d = decideOverride('accept', event, p, undefined, ['x']);
      expect(d.kind).toBe('ignored');
      expect(d.kind === 'ignored' && d.reason).toContain('@alice');
    }
  });

  test('a writer accepts what the comment showed; the same event keeps it; a new one renews it', () => {
    const previous: CommentState = { head: HEAD, report: 'r', blocking: ['a', 'b'] };
    const first = decideOverride('accept', event, 'write', previous, ['a', 'b', 'c']);
    expect(first).toEqual({
      kind: 'accepted',
      accepted: { label: 'accept', by: 'alice', event: 5, fingerprints: ['a', 'b'] },
    });
    if (first.kind !== 'accepted') throw new Error('unreachable');
    const later = { ...previous, blocking: ['a', 'b', 'c'], accepted: first.accepted };
    expect(decideOverride('accept', event, 'maintain', later, ['a', 'b', 'c'])).toEqual(first);
    const renewed = decideOverride('accept', { ...event, id: 8 }, 'admin', later, ['a', 'b', 'c']);
    expect(renewed.kind === 'accepted' && renewed.accepted.fingerprints).toEqual(['a', 'b', 'c']);
  });
});

describe('override without a comment to remember it by', () => {
  const event = { id: 5, kind: 'labeled' as const, label: 'accept', actor: 'alice', createdAt: '' };

  test('the run the label triggered accepts what blocks now', () => {
    const d = decideOverride('accept', event, 'write', undefined, ['b', 'a'], true);
    expect(d).toEqual({
      kind: 'accepted',
      accepted: { label: 'accept', by: 'alice', event: 5, fingerprints: ['a', 'b'] },
    });
  });

  test('a later push is judged without it', () => {
    const d = decideOverride('accept', event, 'write', undefined, ['a', 'b', 'new'], false);
    expect(d.kind).toBe('ignored');
    expect(d.kind === 'ignored' && d.reason).toContain('re-apply');
  });
});
