import { describe, expect, test } from '@jest/globals';
import {
  findingTag,
  MAX_REVIEW_COMMENTS,
  planReview,
  reviewCommentBody,
} from '../../src/github/review-comments.js';
import { finding } from './finding-helper.js';

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

describe('review comment body', () => {
  test('record content in a message cannot break out of the comment', () => {
    const body = reviewCommentBody(
      finding(1, { message: 'TXT "```<img src=x>" changes', fix: 'Run `dig TXT x` then fix' }),
    );
    expect(body.startsWith(findingTag('fp1'))).toBe(true);
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;img');
    expect(body).not.toContain('"```');
    expect(body).toContain('`dig TXT x`');
  });
});
