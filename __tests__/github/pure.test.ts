import { describe, expect, test } from '@jest/globals';
import { selectAnnotations } from '../../src/github/annotations.js';
import { fitRendering } from '../../src/github/body.js';
import { findOwnComment, planComment } from '../../src/github/comment.js';
import { commentableLines } from '../../src/github/diff-lines.js';
import { type CommentState, formatMarker, parseMarker } from '../../src/github/marker.js';
import { findingsOutput } from '../../src/github/outputs.js';
import { decideOverride, lastLabeled } from '../../src/github/override.js';
import { DEFAULT_RETRY, retryDelay } from '../../src/github/retry.js';
import { findingTag, MAX_REVIEW_COMMENTS, planReview } from '../../src/github/review-comments.js';
import type { Report, ReportFinding } from '../../src/report/types.js';

const HEAD = 'a'.repeat(40);
const NEWER = 'b'.repeat(40);

function finding(n: number, over: Partial<ReportFinding> = {}): ReportFinding {
  return {
    rule: 'ns-change',
    severity: 'critical',
    introduced: true,
    message: `finding ${n}`,
    fix: 'restore it',
    fingerprint: `fp${n}`,
    location: { file: 'zones/example.com.zone', line: n },
    ...over,
  };
}

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

  test('create, update, unchanged and stale', () => {
    const own = { id: 9, body, state };
    expect(planComment(undefined, state, HEAD)).toEqual({ action: 'create' });
    expect(planComment(own, state, HEAD)).toEqual({ action: 'unchanged', id: 9 });
    expect(planComment(own, { ...state, report: 'r2' }, HEAD)).toEqual({ action: 'update', id: 9 });
    const accepted = { label: 'l', by: 'a', event: 1, fingerprints: [] };
    expect(planComment(own, { ...state, accepted }, HEAD)).toEqual({ action: 'update', id: 9 });
    expect(planComment(own, state, NEWER)).toEqual({ action: 'stale', currentHead: NEWER });
    // Head unknown (the pull request could not be read): trust the run.
    expect(planComment(own, { ...state, head: NEWER }, undefined)).toEqual({
      action: 'update',
      id: 9,
    });
  });
});

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

describe('review plan', () => {
  const files = [
    { filename: 'zones/example.com.zone', patch: '@@ -1,1 +1,40 @@\n' + '+x\n'.repeat(40) },
  ];
  const mine = (fp: string, id: number) => ({
    id,
    body: `${findingTag(fp)}\ntext`,
    author: 'bot',
    path: 'zones/example.com.zone',
    line: 1,
    inReplyTo: undefined,
  });

  test('posts new findings in the diff, skips posted ones, deletes outdated unreplied ones', () => {
    const ours = [mine('fp1', 100), mine('gone', 101), mine('replied', 102)];
    const reply = { id: 103, body: 'why?', author: 'alice', path: 'x', line: 1, inReplyTo: 102 };
    const outside = finding(2, { location: { file: 'other.zone', line: 2 } });
    const plan = planReview([finding(1), outside, finding(3)], files, ours, [...ours, reply]);
    expect(plan.post.map((c) => c.line)).toEqual([3]);
    expect(plan.remove).toEqual([101]);
    expect(plan.post[0]!.body).toContain(findingTag('fp3'));
  });

  test(`never more than ${MAX_REVIEW_COMMENTS} per review, the most severe first`, () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      finding(i + 1, { severity: i === 39 ? 'critical' : 'low' }),
    );
    const plan = planReview(many, files, [], []);
    expect(plan.post).toHaveLength(MAX_REVIEW_COMMENTS);
    expect(plan.overflow).toBe(10);
    expect(plan.post[0]!.line).toBe(40);
  });
});

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

describe('annotations', () => {
  test('at most ten per level, the most severe and introduced first', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) =>
        finding(i, { severity: 'high', introduced: i % 2 === 0 }),
      ),
      finding(50, { severity: 'critical' }),
      finding(51, { severity: 'medium' }),
      finding(52, { severity: 'critical', accepted: true }),
    ];
    const out = selectAnnotations(findings);
    const errors = out.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[0]!.line).toBe(50);
    expect(errors.slice(1, 7).every((a) => a.title.includes('introduced'))).toBe(true);
    expect(out.filter((a) => a.level === 'warning').map((a) => a.line)).toEqual([51]);
    expect(out.filter((a) => a.level === 'notice').map((a) => a.line)).toEqual([52]);
  });
});

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

describe('findings output', () => {
  test('keeps the most severe findings that fit, as valid JSON', () => {
    const findings = Array.from({ length: 50 }, (_, i) =>
      finding(i, { severity: i === 49 ? 'critical' : 'low' }),
    );
    const report = { findings } as unknown as Report;
    const all = JSON.parse(findingsOutput(report)) as { fingerprint: string }[];
    expect(all).toHaveLength(50);
    expect(all[0]!.fingerprint).toBe('fp49');
    const capped = findingsOutput(report, 1000);
    expect(capped.length).toBeLessThanOrEqual(1000);
    const kept = JSON.parse(capped) as { fingerprint: string }[];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(50);
    expect(kept[0]!.fingerprint).toBe('fp49');
  });
});
