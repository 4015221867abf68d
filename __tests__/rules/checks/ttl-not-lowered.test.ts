/**
 * The TTL rule over real git history: zone files committed with controlled committer dates,
 * read back by the BIND format at each commit.
 */
import { diffZoneSets } from '../../../src/diff/diff.js';
import { formatById } from '../../../src/formats/registry.js';
import type { ZoneSet } from '../../../src/model/zone.js';
import { computeVerdict } from '../../../src/report/verdict.js';
import { ttlNotLowered } from '../../../src/rules/checks/ttl-not-lowered.js';
import { runRules } from '../../../src/rules/engine.js';
import { DEFAULT_POLICY, type Policy } from '../../../src/rules/policy.js';
import type { RuleContext } from '../../../src/rules/types.js';
import { gitHistory, openTree } from '../../../src/sources/git.js';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.js';
import { delegationOf, liveSnapshot } from '../../helpers/live.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
const MINUTE = 60;
const DAY = 86400;
const FILE = 'zones/example.com.zone';

function zoneFile(wwwTtl: number, address: string, extra = ''): string {
  return [
    '$ORIGIN example.com.',
    '$TTL 3600',
    '@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300',
    '@ IN NS ns1.example.com.',
    'ns1 IN A 192.0.2.53',
    `www ${wwwTtl} IN A ${address}`,
    extra,
    '',
  ].join('\n');
}

async function load(repo: TestRepo, ref: string | undefined): Promise<ZoneSet> {
  const result = await formatById('bind')!.load(await openTree(repo.dir, ref), { path: '' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Base is `main`; head is the working tree. */
async function context(repo: TestRepo, extra: Partial<RuleContext> = {}): Promise<RuleContext> {
  const base = await load(repo, 'main');
  const head = await load(repo, undefined);
  return {
    base,
    head,
    diffs: diffZoneSets(base, head),
    drift: new Map(),
    apply: new Map(),
    live: undefined,
    policy: DEFAULT_POLICY,
    headTree: await openTree(repo.dir, undefined),
    baseTree: await openTree(repo.dir, 'main'),
    changedFiles: [FILE],
    history: gitHistory(repo.dir),
    baseRef: 'main',
    now: NOW,
    ...extra,
  };
}

describe('ttl-not-lowered', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = makeRepo();
  });
  afterEach(() => repo.remove());

  it('blocks a change whose TTL was lowered from 86400 only ten minutes ago', async () => {
    repo.commit({ [FILE]: zoneFile(86400, '192.0.2.1') }, 'www', ago(30 * DAY));
    const lowered = repo.commit({ [FILE]: zoneFile(300, '192.0.2.1') }, 'lower', ago(10 * MINUTE));
    repo.write({ [FILE]: zoneFile(300, '192.0.2.2') });
    const ctx = await context(repo);
    const f = await ttlNotLowered.check(ctx);
    expect(f).toEqual([
      expect.objectContaining({
        introduced: true,
        zone: 'example.com.',
        name: 'www.example.com.',
        type: 'A',
        location: { file: FILE, line: 6 },
      }),
    ]);
    expect(f[0]!.message).toBe(
      `www.example.com. A was lowered from 86400 to 300 ten minutes ago (${lowered.slice(0, 7)}); caches may serve the old address until 2026-11-28 08:50 UTC. Merge after that, or accept the risk.`,
    );
    expect(f[0]!.fix).toBe(
      'Wait until 2026-11-28 08:50 UTC before merging, or accept the risk with the override label.',
    );
    const run = await runRules(ctx, [ttlNotLowered]);
    expect(run.findings[0]!.severity).toBe('high');
    expect(computeVerdict(run.findings, DEFAULT_POLICY.failOn)).toBe('block');
  });

  it('passes when the TTL was lowered three days ago', async () => {
    repo.commit({ [FILE]: zoneFile(86400, '192.0.2.1') }, 'www', ago(30 * DAY));
    repo.commit({ [FILE]: zoneFile(300, '192.0.2.1') }, 'lower', ago(3 * DAY));
    repo.commit({ [FILE]: zoneFile(300, '192.0.2.1', 'mail IN A 192.0.2.25') }, 'other', ago(DAY));
    repo.write({ [FILE]: zoneFile(300, '192.0.2.2', 'mail IN A 192.0.2.25') });
    const ctx = await context(repo);
    expect(await ttlNotLowered.check(ctx)).toEqual([]);
    const run = await runRules(ctx, [ttlNotLowered]);
    expect(computeVerdict(run.findings, DEFAULT_POLICY.failOn)).toBe('pass');
  });

  it('fires when the TTL was never lowered, counting from the merge', async () => {
    repo.commit({ [FILE]: zoneFile(86400, '192.0.2.1') }, 'www', ago(30 * DAY));
    repo.write({ [FILE]: zoneFile(86400, '192.0.2.2') });
    const f = await ttlNotLowered.check(await context(repo));
    expect(f[0]!.message).toBe(
      'www.example.com. A has a TTL of 86400 s (one day) and was not lowered first; caches may serve the old address until 2026-11-28 09:00 UTC if merged now. Merge after that, or accept the risk.',
    );
    expect(f[0]!.fix).toContain('Lower the TTL of www.example.com. A to 300 s or less');
  });

  it('lowering in the same change does not help', async () => {
    repo.commit({ [FILE]: zoneFile(86400, '192.0.2.1') }, 'www', ago(30 * DAY));
    repo.write({ [FILE]: zoneFile(60, '192.0.2.2') });
    expect(await ttlNotLowered.check(await context(repo))).toHaveLength(1);
  });

  it('reports removals as info, and stays quiet on additions and TTL-only lowering', async () => {
    repo.commit(
      { [FILE]: zoneFile(86400, '192.0.2.1', 'old 7200 IN TXT "x"') },
      'www',
      ago(30 * DAY),
    );
    repo.write({ [FILE]: zoneFile(300, '192.0.2.1', 'new 7200 IN TXT "y"') });
    const f = await ttlNotLowered.check(await context(repo));
    expect(f.map((x) => [x.name, x.severity])).toEqual([['old.example.com.', 'info']]);
    expect(f[0]!.message).toBe(
      'old.example.com. TXT is removed; caches may keep answering with it until 2026-11-27 11:00 UTC if merged now, the same answer the name gave until now.',
    );
  });

  it('grades a changed value by the TTL caches hold: info, medium from an hour, high from a day', async () => {
    const graded = async (ttl: number, policy: Policy = DEFAULT_POLICY) => {
      const r = makeRepo();
      try {
        r.commit({ [FILE]: zoneFile(ttl, '192.0.2.1') }, 'www', ago(30 * DAY));
        r.write({ [FILE]: zoneFile(ttl, '192.0.2.2') });
        const ctx = await context(r, { policy });
        return (await runRules(ctx, [ttlNotLowered])).findings.map((x) => x.severity);
      } finally {
        r.remove();
      }
    };
    expect(await graded(600)).toEqual(['info']);
    expect(await graded(3599)).toEqual(['info']);
    expect(await graded(3600)).toEqual(['medium']);
    expect(await graded(86399)).toEqual(['medium']);
    expect(await graded(86400)).toEqual(['high']);
    expect(await graded(300)).toEqual([]);
    // the steps come from the policy (ttl-severity)
    const strict = { ...DEFAULT_POLICY, ttlSeverity: { medium: 600, high: 3600 } };
    expect(await graded(600, strict)).toEqual(['medium']);
    expect(await graded(3600, strict)).toEqual(['high']);
  });

  it('reports an RRset that only gains values as info: the cached old set stays right', async () => {
    repo.commit({ [FILE]: zoneFile(86400, '192.0.2.1') }, 'www', ago(30 * DAY));
    repo.write({ [FILE]: zoneFile(86400, '192.0.2.1', 'www 86400 IN A 192.0.2.2') });
    const f = await ttlNotLowered.check(await context(repo));
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]!.message).toBe(
      'www.example.com. A only gains values; caches may keep the old set until 2026-11-28 09:00 UTC if merged now, which stays right: only the new values wait until then.',
    );
  });

  it('puts NS, DS and MX one level higher', async () => {
    repo.commit(
      { [FILE]: zoneFile(300, '192.0.2.1', '@ 3600 IN MX 10 mail1.example.net.') },
      'mx',
      ago(30 * DAY),
    );
    repo.write({ [FILE]: zoneFile(300, '192.0.2.1', '@ 3600 IN MX 10 mail2.example.net.') });
    const run = await runRules(await context(repo), [ttlNotLowered]);
    expect(run.findings.map((x) => [x.name, x.type, x.severity])).toEqual([
      ['example.com.', 'MX', 'high'],
    ]);
  });

  it('keeps the full scale for a removed address that NS or MX records still point at', async () => {
    const mx = '@ 300 IN MX 10 mx.example.com.';
    repo.commit(
      { [FILE]: zoneFile(300, '192.0.2.1', `${mx}\nmx 3600 IN A 192.0.2.25`) },
      'mx',
      ago(30 * DAY),
    );
    repo.write({ [FILE]: zoneFile(300, '192.0.2.1', mx) });
    const f = await ttlNotLowered.check(await context(repo));
    expect(f.map((x) => [x.name, x.severity])).toEqual([['mx.example.com.', 'medium']]);
    expect(f[0]!.message).toBe(
      'mx.example.com. A is removed, but mx.example.com. is still a mail server other records point at: caches keep its old address until 2026-11-27 10:00 UTC if merged now at the latest, then it is gone for them too.',
    );
  });

  it('says nothing about data below a zone cut, which this zone never serves', async () => {
    const cut = 'sub 3600 IN NS ns.sub.example.net.';
    repo.commit(
      {
        [FILE]: zoneFile(
          300,
          '192.0.2.1',
          `${cut}\nsub 3600 IN MX 10 mail.example.net.\nx.sub 3600 IN TXT "a"`,
        ),
      },
      'cut',
      ago(30 * DAY),
    );
    repo.write({ [FILE]: zoneFile(300, '192.0.2.1', `${cut}\nx.sub 3600 IN TXT "b"`) });
    expect(await ttlNotLowered.check(await context(repo))).toEqual([]);
  });

  it('uses the TTL live DNS still serves when the lowering was not pushed', async () => {
    repo.commit({ [FILE]: zoneFile(300, '192.0.2.1') }, 'www', ago(30 * DAY));
    repo.write({ [FILE]: zoneFile(300, '192.0.2.2') });
    const live = liveSnapshot(
      [
        {
          zone: 'example.com.',
          rrsets: [{ name: 'www.example.com.', type: 'A', ttl: 3600, values: ['192.0.2.1'] }],
          delegation: delegationOf({ ns: ['ns1.example.com.'], nsTtl: 172800 }),
        },
      ],
      { takenAt: NOW },
    );
    const f = await ttlNotLowered.check(await context(repo, { live }));
    expect(f[0]!.message).toContain(
      'is served by live DNS with a TTL of 3600 s (one hour): the lower TTL in git was not pushed yet',
    );
  });

  it('gives the parent NS TTL as the rollback horizon of an apex NS change', async () => {
    repo.commit({ [FILE]: zoneFile(300, '192.0.2.1') }, 'www', ago(30 * DAY));
    repo.write({ [FILE]: zoneFile(300, '192.0.2.1', '@ IN NS ns2.example.net.') });
    const live = liveSnapshot(
      [{ zone: 'example.com.', delegation: delegationOf({ nsTtl: 172800 }) }],
      { takenAt: NOW },
    );
    const f = await ttlNotLowered.check(await context(repo, { live }));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(
      'The parent zone com. serves the delegation NS with a TTL of 172800 s (two days): a rollback takes that long to reach every resolver.',
    );
  });

  it('walks no further than the history depth', async () => {
    repo.commit({ [FILE]: zoneFile(86400, '192.0.2.1') }, 'www', ago(30 * DAY));
    repo.commit({ [FILE]: zoneFile(300, '192.0.2.1') }, 'lower', ago(10 * MINUTE));
    repo.commit({ [FILE]: zoneFile(300, '192.0.2.1', 'a IN A 192.0.2.9') }, 'a', ago(5 * MINUTE));
    repo.write({ [FILE]: zoneFile(300, '192.0.2.2', 'a IN A 192.0.2.9') });
    const shallow = await context(repo, { policy: { ...DEFAULT_POLICY, historyDepth: 2 } });
    expect(await ttlNotLowered.check(shallow)).toEqual([]);
    const deep = await context(repo, { policy: { ...DEFAULT_POLICY, historyDepth: 3 } });
    expect(await ttlNotLowered.check(deep)).toHaveLength(1);
  });
  it('folds a mass change into one finding with the latest horizon', async () => {
    const hosts = Array.from({ length: 12 }, (_, i) => `h${i} 3600 IN A 192.0.2.${i + 10}`).join(
      '\n',
    );
    repo.commit({ [FILE]: zoneFile(300, '192.0.2.1', hosts) }, 'hosts', ago(30 * DAY));
    repo.write({ [FILE]: zoneFile(300, '192.0.2.1') });
    const f = await ttlNotLowered.check(await context(repo));
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info'); // removals only: the highest of twelve infos
    expect(f[0]!.message).toBe(
      '12 changed or removed RRsets of example.com. were cached with TTLs above 300 s and were not lowered long enough ago (h0.example.com. A, h1.example.com. A, h10.example.com. A, h11.example.com. A, h2.example.com. A and 7 more); caches may serve old data until 2026-11-27 10:00 UTC. Merge after that, or accept the risk.',
    );
  });
  it('reads history through the DNSControl and octoDNS loaders too', async () => {
    const js = (ttl: number, ip: string) =>
      `D("example.com", NewRegistrar("none"), DnsProvider(NewDnsProvider("b", "BIND")),\n  A("www", "${ip}", TTL(${ttl})),\n);\n`;
    repo.commit({ 'dnsconfig.js': js(86400, '192.0.2.1') }, 'www', ago(30 * DAY));
    repo.commit({ 'dnsconfig.js': js(300, '192.0.2.1') }, 'lower', ago(10 * MINUTE));
    repo.write({ 'dnsconfig.js': js(300, '192.0.2.2') });
    const dnscontrol = async (ref: string | undefined) => {
      const r = await formatById('dnscontrol')!.load(await openTree(repo.dir, ref), { path: '' });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.value;
    };
    const base = await dnscontrol('main');
    const head = await dnscontrol(undefined);
    const f = await ttlNotLowered.check(
      await context(repo, { base, head, diffs: diffZoneSets(base, head) }),
    );
    expect(f.map((x) => x.message.split(';')[0])).toEqual([
      expect.stringMatching(/^www\.example\.com\. A was lowered from 86400 to 300 ten minutes ago/),
    ]);

    const octo = makeRepo();
    try {
      const config =
        'providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./zones\nzones:\n  example.com.:\n    sources: [config]\n    targets: [config]\n';
      const zone = (ttl: number, ip: string) =>
        `---\nwww:\n  ttl: ${ttl}\n  type: A\n  value: ${ip}\n`;
      octo.commit(
        { 'config.yaml': config, 'zones/example.com.yaml': zone(86400, '192.0.2.1') },
        'www',
        ago(30 * DAY),
      );
      octo.commit({ 'zones/example.com.yaml': zone(300, '192.0.2.1') }, 'lower', ago(2 * 3600));
      octo.write({ 'zones/example.com.yaml': zone(300, '192.0.2.2') });
      const load = async (ref: string | undefined) => {
        const r = await formatById('octodns')!.load(await openTree(octo.dir, ref), { path: '' });
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        return r.value;
      };
      const b = await load('main');
      const h = await load(undefined);
      const fired = await ttlNotLowered.check({
        ...(await context(octo)),
        base: b,
        head: h,
        diffs: diffZoneSets(b, h),
      });
      expect(fired.map((x) => x.message.split(';')[0])).toEqual([
        'www.example.com. A was lowered from 86400 to 300 two hours ago (' +
          octo.git('rev-parse', '--short=7', 'main').trim() +
          ')',
      ]);
    } finally {
      octo.remove();
    }
  });
});
