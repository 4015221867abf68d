/**
 * Done-when of the TTL rule, through the real review: lowered from 86400 ten minutes before
 * the change, the review blocks on ttl-not-lowered; lowered three days before, it passes.
 */
import { runReview } from '../../src/review/review.js';
import { makeRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const FILE = 'zones/example.com.zone';
const zone = (serial: number, ttl: number, address: string) =>
  [
    '$ORIGIN example.com.',
    `@ 3600 IN SOA ns1.example.net. hostmaster.example.com. ${serial} 7200 900 1209600 300`,
    '@ 3600 IN NS ns1.example.net.',
    '@ 3600 IN NS ns2.example.org.',
    `www ${ttl} IN A ${address}`,
    '',
  ].join('\n');

async function review(loweredSecondsAgo: number) {
  const repo = makeRepo();
  try {
    repo.commit(
      { [FILE]: zone(1, 86400, '192.0.2.1') },
      'www',
      new Date(NOW.getTime() - 30 * 86400e3),
    );
    repo.commit(
      { [FILE]: zone(2, 300, '192.0.2.1') },
      'lower',
      new Date(NOW.getTime() - loweredSecondsAgo * 1000),
    );
    repo.git('checkout', '-q', '-b', 'pr');
    repo.commit({ [FILE]: zone(3, 300, '192.0.2.2') }, 'move www', NOW);
    const result = await runReview(reviewSettings(repo.dir, 'main', 'pr', { now: NOW }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.report;
  } finally {
    repo.remove();
  }
}

describe('ttl-not-lowered in the review', () => {
  it('blocks when the TTL was lowered from 86400 ten minutes ago', async () => {
    const report = await review(600);
    expect(report.verdict).toBe('block');
    const f = report.findings.filter((x) => x.rule === 'ttl-not-lowered');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(
      /^www\.example\.com\. A was lowered from 86400 to 300 ten minutes ago \([0-9a-f]{7}\); caches may serve the old address until 2026-11-28 08:50 UTC\./,
    );
  });

  it('passes when it was lowered three days ago', async () => {
    const report = await review(3 * 86400);
    expect(report.findings.filter((x) => x.rule === 'ttl-not-lowered')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });
});
