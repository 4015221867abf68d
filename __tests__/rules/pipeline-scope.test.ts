import { runReview } from '../../src/review/review.js';
import { makeRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';

const ZONE = `$ORIGIN example.com.
$TTL 300
@ IN SOA ns1.example.net. host.example.com. 1 7200 3600 1209600 300
  IN NS ns1.example.net.
  IN NS ns1.example.org.
`;
// A Cloudflare Global API Key setup in another team's folder of the same repository.
const OTHER_CREDS = JSON.stringify({
  cloudflare: { TYPE: 'CLOUDFLAREAPI', apikey: '$CF_KEY', apiuser: '$CF_USER' },
});

describe('credential rules and --path', () => {
  it('judge the config folder under review and the workflows, not other folders', async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({
        'team-a/zones/example.com.zone': ZONE,
        'team-b/creds.json': OTHER_CREDS,
      });
      const review = (path: string) => runReview(reviewSettings(repo.dir, base, base, { path }));
      const scoped = await review('team-a');
      const whole = await review('');
      if (!scoped.ok || !whole.ok) throw new Error('review failed');
      expect(scoped.report.findings.filter((f) => f.rule === 'broad-token-scope')).toEqual([]);
      expect(
        whole.report.findings
          .filter((f) => f.rule === 'broad-token-scope')
          .map((f) => f.location?.file),
      ).toEqual(['team-b/creds.json']);
    } finally {
      repo.remove();
    }
  });
});
