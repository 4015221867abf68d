/**
 * End to end: `zoneguard check --resolver <our unbound>` on a real git repository whose zones
 * are served by the loopback world, through the CLI's `main` with its default live stage.
 */
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { startWorld, type World } from './world/world.js';

let world: World;
let repo: TestRepo;
let base: string;
let head: string;

const signedZone = (www: string, drift: string, extra = '') => `$ORIGIN signed.example.
$TTL 3600
@     IN SOA ns1.signed.example. hostmaster.signed.example. 2026112601 3600 900 604800 300
      IN NS  ns1.signed.example.
      IN NS  ns2.signed.example.
ns1   IN A   ${world.ip(10)}
ns2   IN A   ${world.ip(11)}
www   86400 IN A ${www}
drift 300 IN TXT "${drift}"
@     300 IN MX 10 mail.signed.example.
mail  300 IN A 192.0.2.25
${extra}`;

const brokenZone = (www: string) => `$ORIGIN broken.example.
$TTL 3600
@     IN SOA ns1.broken.example. hostmaster.broken.example. 2026112601 3600 900 604800 300
      IN NS  ns1.broken.example.
      IN NS  ns2.broken.example.
ns1   IN A   ${world.ip(10)}
ns2   IN A   ${world.ip(11)}
www   IN A   ${www}
`;

beforeAll(async () => {
  world = await startWorld({ net: 62 });
  repo = makeRepo();
  const day = 24 * 3600 * 1000;
  base = repo.commit(
    {
      'zones/signed.example.zone': signedZone('192.0.2.1', 'in git'),
      'zones/broken.example.zone': brokenZone('192.0.2.2'),
    },
    'base',
    new Date(Date.now() - 30 * day),
  );
  head = repo.commit(
    {
      'zones/signed.example.zone': signedZone(
        '192.0.2.10',
        'new value',
        'promo 300 IN CNAME promo.gone.example.\n',
      ),
      'zones/broken.example.zone': brokenZone('192.0.2.20'),
    },
    'head',
  );
}, 60_000);
afterAll(async () => {
  repo?.remove();
  await world?.stop();
});

const check = (args: string[]) => runCli(['check', ...args]);

describe('zoneguard check against the loopback world', () => {
  it('reports ds-mismatch, drift, single-provider and ttl-not-lowered with the live facts', async () => {
    const r = await check([
      '--repo',
      repo.dir,
      '--base',
      base,
      '--head',
      head,
      '--resolver',
      world.resolver,
      '--output',
      'json',
    ]);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    const rules = (zone: string) =>
      report.findings
        .filter((f: { zone: string }) => f.zone === zone)
        .map((f: { rule: string }) => f.rule);
    expect(rules('broken.example.')).toContain('ds-mismatch');
    expect(rules('signed.example.')).not.toContain('ds-mismatch');
    // The signatures were checked and hold; the broken chain is ds-mismatch's alone.
    for (const zone of ['signed.example.', 'broken.example.'])
      for (const rule of ['rrsig-expired', 'rrsig-expiring', 'dnssec-bogus', 'cds-mismatch'])
        expect([zone, rules(zone)]).toEqual([zone, expect.not.arrayContaining([rule])]);
    expect(rules('signed.example.')).toEqual(
      expect.arrayContaining(['drift', 'single-provider', 'ttl-not-lowered']),
    );
    const drift = report.findings.find((f: { rule: string }) => f.rule === 'drift');
    expect(drift).toMatchObject({ name: 'drift.signed.example.', type: 'TXT', introduced: true });
    const ttl = report.findings.find(
      (f: { rule: string; name: string }) =>
        f.rule === 'ttl-not-lowered' && f.name === 'www.signed.example.',
    );
    expect(ttl?.message).toMatch(/86400|1 day|24 h/);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'dangling-cname',
          name: 'promo.signed.example.',
          introduced: true,
        }),
      ]),
    );
    expect(report.verdict).toBe('block');
    expect(r.code).toBe(1);

    expect(report.live.status).toBe('ok');
    expect(report.live.queries).toBeGreaterThan(0);
    const broken = report.live.zones.find((z: { zone: string }) => z.zone === 'broken.example.');
    expect(broken.delegation.parent).toBe('example.');
    expect(broken.delegation.ds).toHaveLength(1);
    expect(report.live.servers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          zone: 'signed.example.',
          name: 'ns1.signed.example.',
          authoritative: true,
        }),
      ]),
    );
  });

  it('the Markdown comment carries the findings and the live facts', async () => {
    const r = await check([
      '--repo',
      repo.dir,
      '--base',
      base,
      '--head',
      head,
      '--resolver',
      world.resolver,
    ]);
    expect(r.stdout).toContain('ds-mismatch');
    expect(r.stdout).toContain('broken.example.');
    expect(r.stdout).toMatch(/live DNS: ok/);
  });

  it('with live DNS unreachable, still finishes, says so, and reports the static findings', async () => {
    const started = Date.now();
    const r = await check([
      '--repo',
      repo.dir,
      '--base',
      base,
      '--head',
      head,
      '--resolver',
      world.ip(250),
      '--output',
      'json',
    ]);
    expect(Date.now() - started).toBeLessThan(20_000); // default timeouts: 3 tries of 2 s
    const report = JSON.parse(r.stdout);
    expect(report.live.status).toBe('failed');
    expect(report.live.reasons.join('\n')).toContain(
      `resolver ${world.ip(250)} port 53 did not answer`,
    );
    const rules = report.findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain('ds-mismatch');
    expect(rules).not.toContain('drift');
    // single-provider still has the config's own nameservers to go on.
    expect(rules).toContain('single-provider');
  });
});
