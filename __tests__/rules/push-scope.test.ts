/**
 * Rules follow what the push touches (docs/push-scope.md): real DNSControl configurations in
 * real git repositories, reviewed through the pipeline without live DNS; the engine's filter
 * on hand-built zones.
 */
import type { Report } from '../../src/report/types.js';
import { runReview } from '../../src/review/review.js';
import { danglingCname } from '../../src/rules/checks/dangling-cname.js';
import { runRules } from '../../src/rules/engine.js';
import { contextFor } from '../helpers/context.js';
import { makeRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';
import { zone, zoneSet } from '../helpers/zones.js';

const CREDS = '{ "none": { "TYPE": "NONE" }, "bind": { "TYPE": "BIND" } }';
const config = (body: string) => `var REG = NewRegistrar("none");
var DNS = NewDnsProvider("bind");
D("example.com", REG, DnsProvider(DNS),
${body}
);
`;

async function review(base: string, head: string): Promise<Report> {
  const repo = makeRepo();
  try {
    const b = repo.commit({ 'dnsconfig.js': config(base), 'creds.json': CREDS }, 'base');
    const h = repo.commit({ 'dnsconfig.js': config(head) }, 'head');
    const r = await runReview(reviewSettings(repo.dir, b, h));
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    return r.report;
  } finally {
    repo.remove();
  }
}

describe('dangling-cname and names the config leaves to others', () => {
  it('a CNAME to a name IGNORE() marks as managed elsewhere is not dangling', async () => {
    const base = '  A("www", "192.0.2.1"),';
    const ignored = await review(base, `${base}\n  IGNORE("asgard"),\n  CNAME("home", "asgard"),`);
    expect(ignored.findings.filter((f) => f.rule === 'dangling-cname')).toEqual([]);
    // Without the IGNORE the same CNAME points at nothing in the zone.
    const broken = await review(base, `${base}\n  CNAME("home", "asgard"),`);
    expect(broken.findings.filter((f) => f.rule === 'dangling-cname')).toEqual([
      expect.objectContaining({ name: 'home.example.com.', introduced: true }),
    ]);
  });
});

describe('ns-change on NAMESERVER()', () => {
  it('is the apex NS record change, said once, in the changes and the finding', async () => {
    const report = await review(
      '  NAMESERVER("ns1.example.net."),\n  A("www", "192.0.2.1"),',
      '  NAMESERVER("ns1.example.org."),\n  A("www", "192.0.2.1"),',
    );
    const changes = report.zones.flatMap((z) => z.changes);
    expect(changes).toEqual([
      expect.objectContaining({ name: 'example.com.', type: 'NS', kind: 'modify' }),
    ]);
    const ns = report.findings.filter((f) => f.rule === 'ns-change');
    expect(ns).toHaveLength(1);
    expect(ns[0]!.message).toContain('The apex NAMESERVER() set of example.com. changes');
  });
});

describe('the engine drops findings on records the config declares hands-off', () => {
  it('for every rule, and only for those records', async () => {
    const apex = 'example.com.';
    const base = zone(apex, ['www 300 A 192.0.2.1']);
    const lines = ['www 300 A 192.0.2.1', 'legacy 300 CNAME gone', 'fresh 300 CNAME gone'];
    // DISABLE_IGNORE_SAFETY_CHECK lets a config hold a record its own IGNORE names.
    const head = zone(apex, lines, { unmanaged: [{ name: 'legacy', source: 'IGNORE' }] });
    const findings = (h: typeof head) =>
      runRules(contextFor(zoneSet(base), zoneSet(h)), [danglingCname]).then((r) =>
        r.findings.map((f) => f.name),
      );
    expect(await findings(head)).toEqual(['fresh.example.com.']);
    expect(await findings({ ...head, unmanaged: [] })).toEqual([
      'fresh.example.com.',
      'legacy.example.com.',
    ]);
  });
});
