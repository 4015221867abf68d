/** Through the real review: the rollback snippet reaches the JSON report and the Markdown. */
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { runReview } from '../../src/review/review.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';

const zone = (address: string) =>
  [
    '$ORIGIN example.com.',
    '@ 3600 IN SOA ns1.example.net. hostmaster.example.com. 1 7200 900 1209600 300',
    '@ 3600 IN NS ns1.example.net.',
    `www 300 IN A ${address}`,
    '',
  ].join('\n');

describe('rollback in the review', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo();
    repo.commit({ 'zones/example.com.zone': zone('192.0.2.1') });
    repo.git('checkout', '-q', '-b', 'pr');
    repo.commit({ 'zones/example.com.zone': zone('192.0.2.2') });
  });
  afterAll(() => repo.remove());

  it('is in the JSON report and, collapsed, in the Markdown', async () => {
    const result = await runReview(reviewSettings(repo.dir, 'main', 'pr'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const json = JSON.parse(renderJson(result.report));
    expect(json.rollback).toEqual([
      {
        zone: 'example.com.',
        format: 'bind',
        snippet: expect.stringContaining('www\t300\tIN\tA\t192.0.2.1\n'),
      },
    ]);
    const markdown = renderMarkdown(result.report);
    expect(markdown).toContain('Rollback for example.com.');
    expect(markdown).toContain('www\t300\tIN\tA\t192.0.2.1');
    expect(markdown).toContain('git revert -m 1');
  });
});
