import { runReview } from '../../src/review/review.js';
import { makeRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';

const ZONE = `$ORIGIN example.com.
$TTL 300
@   IN SOA ns1.example.net. host.example.com. 1 7200 3600 1209600 300
    IN NS ns1.example.net.
    IN NS ns1.example.org.
www IN A 192.0.2.1
`;

describe('the policy comes from the base side', () => {
  it('ignores a pull request that switches a rule off in the policy it names', async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({
        'zones/example.com.zone': ZONE,
        'ci/zoneguard.yml': 'fail-on: high\n',
      });
      const head = repo.commit({
        'zones/example.com.zone': ZONE.replace(' 1 7200', ' 2 7200').replace(
          'www IN A 192.0.2.1',
          'www IN A 192.0.2.1\nwww IN CNAME x.example.net.',
        ),
        'ci/zoneguard.yml': 'rules:\n  cname-conflict: off\n',
        '.zoneguard.yml': 'rules:\n  cname-conflict: off\n',
      });
      for (const extra of [{ policyPath: 'ci/zoneguard.yml' }, {}]) {
        const r = await runReview(reviewSettings(repo.dir, base, head, extra));
        if (!r.ok) throw new Error(r.errors[0]?.message);
        expect(r.report.verdict).toBe('block');
        expect(r.report.findings.map((f) => f.rule)).toContain('cname-conflict');
      }
    } finally {
      repo.remove();
    }
  });

  it('names a policy path that the base does not have, and a wrong key with its line', async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({
        'zones/example.com.zone': ZONE,
        '.zoneguard.yml': 'fail-on: high\nfail-onn: low\n',
      });
      const missing = await runReview(
        reviewSettings(repo.dir, base, base, { policyPath: 'ci/none.yml' }),
      );
      expect(missing).toMatchObject({
        ok: false,
        errors: [{ message: 'policy file ci/none.yml not found' }],
      });
      const wrong = await runReview(reviewSettings(repo.dir, base, base));
      expect(wrong.ok).toBe(false);
      if (!wrong.ok)
        expect(wrong.errors[0]).toMatchObject({ location: { file: '.zoneguard.yml', line: 2 } });
    } finally {
      repo.remove();
    }
  });
});
