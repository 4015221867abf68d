import type { Zone } from '../../src/model/zone.js';
import { RULES } from '../../src/rules/catalogue.js';
import { cnameConflict } from '../../src/rules/checks/cname-conflict.js';
import { dsChange } from '../../src/rules/checks/ds-change.js';
import { massChange } from '../../src/rules/checks/mass-change.js';
import { mxChange } from '../../src/rules/checks/mx-change.js';
import { nsChange } from '../../src/rules/checks/ns-change.js';
import { subdelegationChange } from '../../src/rules/checks/subdelegation-change.js';
import { targetIsCname } from '../../src/rules/checks/target-is-cname.js';
import { wildcardChange } from '../../src/rules/checks/wildcard-change.js';
import { zoneRemoved } from '../../src/rules/checks/zone-removed.js';
import { runRules } from '../../src/rules/engine.js';
import type { Rule } from '../../src/rules/types.js';
import { contextFor } from '../helpers/context.js';
import { zone, zoneSet } from '../helpers/zones.js';

const Z = 'example.com.';
const BASE = [
  '@ 3600 NS ns1.example.net.',
  '@ 3600 NS ns2.example.net.',
  '@ 300 MX 10 mail',
  'www 300 A 192.0.2.1',
  'mail 300 A 192.0.2.2',
];

async function run(
  rule: Rule,
  base: string[],
  head: string[],
  opts: Parameters<typeof contextFor>[2] = {},
) {
  const ctx = contextFor(zoneSet(zone(Z, base)), zoneSet(zone(Z, head)), opts);
  return (await runRules(ctx, [rule])).findings;
}

describe('ns-change', () => {
  it('fires when the apex NS set changes', async () => {
    const f = await run(
      nsChange,
      BASE,
      BASE.map((l) => l.replace('ns2.example.net.', 'ns9.other.org.')),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'ns-change',
      severity: 'critical',
      introduced: true,
      name: Z,
      type: 'NS',
    });
    expect(f[0]!.message).toContain('ns9.other.org.');
    expect(f[0]!.location).toEqual({ file: 'zones/test.zone', line: 1 });
  });
  it('is quiet on a TTL-only change and on child NS', async () => {
    expect(
      await run(
        nsChange,
        BASE,
        BASE.map((l) => l.replace('3600', '7200')),
      ),
    ).toEqual([]);
    expect(await run(nsChange, BASE, [...BASE, 'sub 3600 NS ns.sub.example.org.'])).toEqual([]);
  });
  it('fires on NAMESERVER() and provider changes', async () => {
    const base = zoneSet(
      zone(Z, BASE, {
        nameservers: ['ns1.example.net.'],
        providers: [{ name: 'cf', type: 'CLOUDFLAREAPI' }],
      }),
    );
    const head = zoneSet(
      zone(Z, BASE, {
        nameservers: ['ns1.example.org.'],
        providers: [{ name: 'r53', type: 'ROUTE53' }],
      }),
    );
    const f = (await runRules(contextFor(base, head), [nsChange])).findings;
    expect(f.map((x) => x.message)).toEqual([
      expect.stringContaining('configured nameservers'),
      expect.stringContaining('cf (CLOUDFLAREAPI) → r53 (ROUTE53)'),
    ]);
  });
  it('ignores providers that serve no nameservers (DnsProvider(x, 0))', async () => {
    const base = zoneSet(zone(Z, BASE, { providers: [{ name: 'cf', type: 'CLOUDFLAREAPI' }] }));
    const head = zoneSet(
      zone(Z, BASE, {
        providers: [
          { name: 'cf', type: 'CLOUDFLAREAPI' },
          { name: 'bind', type: 'BIND', nsCount: 0 },
        ],
      }),
    );
    expect((await runRules(contextFor(base, head), [nsChange])).findings).toEqual([]);
  });
});

describe('subdelegation-change', () => {
  it('fires when a child delegation is added, changed or removed', async () => {
    const withChild = [...BASE, 'sub 3600 NS ns1.sub.example.org.'];
    expect(await run(subdelegationChange, BASE, withChild)).toMatchObject([
      { name: 'sub.example.com.', severity: 'high' },
    ]);
    expect(
      await run(subdelegationChange, withChild, [...BASE, 'sub 3600 NS ns2.sub.example.org.']),
    ).toHaveLength(1);
    expect((await run(subdelegationChange, withChild, BASE))[0]!.message).toContain(
      'no longer delegated',
    );
  });
  it('is quiet on apex NS and TTL-only changes', async () => {
    expect(
      await run(
        subdelegationChange,
        BASE,
        BASE.map((l) => l.replace('ns2', 'ns3')),
      ),
    ).toEqual([]);
    expect(
      await run(
        subdelegationChange,
        [...BASE, 'sub 3600 NS ns1.x.org.'],
        [...BASE, 'sub 60 NS ns1.x.org.'],
      ),
    ).toEqual([]);
  });
});

describe('ds-change', () => {
  const ds = (d: string) => `sub 3600 DS 12345 13 2 ${d}`;
  const A = 'A'.repeat(64);
  const B = 'B'.repeat(64);
  it('fires when a child DS changes', async () => {
    expect(await run(dsChange, [...BASE, ds(A)], [...BASE, ds(B)])).toMatchObject([
      { rule: 'ds-change', severity: 'critical', type: 'DS' },
    ]);
  });
  it('is quiet when the DS stays', async () => {
    expect(await run(dsChange, [...BASE, ds(A)], [...BASE, ds(A), 'www2 300 A 192.0.2.3'])).toEqual(
      [],
    );
  });
});

describe('cname-conflict', () => {
  it('fires for a new CNAME beside an A record, as introduced', async () => {
    const f = await run(cnameConflict, BASE, [...BASE, 'www 300 CNAME other.example.net.']);
    expect(f).toMatchObject([
      { rule: 'cname-conflict', introduced: true, name: 'www.example.com.' },
    ]);
    expect(f[0]!.message).toContain('beside other data (A)');
  });
  it('marks a conflict base already had as existing', async () => {
    const bad = [...BASE, 'www 300 CNAME other.example.net.'];
    expect(await run(cnameConflict, bad, [...bad, 'x 300 A 192.0.2.9'])).toMatchObject([
      { introduced: false },
    ]);
  });
  it('fires for a CNAME at the apex; is quiet for a lone CNAME', async () => {
    expect(
      await run(cnameConflict, BASE, [...BASE, '@ 300 CNAME elsewhere.example.net.']),
    ).toHaveLength(1);
    expect(await run(cnameConflict, BASE, [...BASE, 'blog 300 CNAME host.example.net.'])).toEqual(
      [],
    );
  });
});

describe('target-is-cname', () => {
  it('fires when an MX target is a CNAME in the repository', async () => {
    const head = BASE.filter((l) => !l.startsWith('mail ')).concat(
      'mail 300 CNAME mx.provider.example.',
    );
    expect(await run(targetIsCname, BASE, head)).toMatchObject([
      { rule: 'target-is-cname', type: 'MX', name: Z },
    ]);
  });
  it('is quiet when the target has address records', async () => {
    expect(await run(targetIsCname, BASE, [...BASE, 'srv 300 CNAME www'])).toEqual([]);
  });
});

describe('zone-removed', () => {
  it('fires when a zone disappears, quiet when it stays', async () => {
    const base = zoneSet(zone(Z, BASE), zone('other.test.', ['@ 300 A 192.0.2.1']));
    expect(
      (await runRules(contextFor(base, zoneSet(zone(Z, BASE))), [zoneRemoved])).findings,
    ).toMatchObject([{ zone: 'other.test.', severity: 'critical' }]);
    expect((await runRules(contextFor(base, base), [zoneRemoved])).findings).toEqual([]);
  });
  it('says what the repository’s tool does: DNSControl and octoDNS leave the zone (medium)', async () => {
    const other = (format: Zone['format']) =>
      zone('other.test.', ['@ 300 A 192.0.2.1'], { format });
    const removed = async (format: Zone['format']) =>
      (
        await runRules(
          contextFor(
            zoneSet(zone(Z, BASE, { format }), other(format)),
            zoneSet(zone(Z, BASE, { format })),
          ),
          [zoneRemoved],
        )
      ).findings[0]!;
    const octo = await removed('octodns');
    expect(octo.severity).toBe('medium');
    expect(octo.message).toBe(
      'Zone other.test. (1 RRsets) is no longer in the octodns config: octodns-sync stops managing it and leaves its records at the provider as they are (it never deletes a zone).',
    );
    expect((await removed('dnscontrol')).message).toContain('dnscontrol push stops managing it');
    expect((await removed('bind')).severity).toBe('critical');
  });
});

describe('mass-change (octoDNS thresholds)', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `h${i} 300 A 192.0.2.${i + 1}`);
  const inFormat = async (format: Zone['format'], base: string[], head: string[]) =>
    (
      await runRules(
        contextFor(zoneSet(zone(Z, base, { format })), zoneSet(zone(Z, head, { format }))),
        [massChange],
      )
    ).findings;
  it('fires when strictly more than 30% of ≥10 RRsets are deleted, with the arithmetic', async () => {
    const f = await run(massChange, many(20), many(20).slice(10));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'high', name: Z });
    expect(f[0]!.message).toBe(
      'A large share of example.com. changes at once: 10 of 20 RRsets deleted (50% > 30%); the zone file is served as written once the server reloads it.',
    );
  });
  it('is quiet at exactly 30% and below 10 existing RRsets', async () => {
    expect(await run(massChange, many(10), many(10).slice(3))).toEqual([]);
    expect(await run(massChange, many(9), [])).toEqual([]);
  });
  it('counts updates separately and honours zone thresholds', async () => {
    const updated = many(10).map((l, i) => (i < 4 ? l.replace(/\.\d+$/, `.${200 + i}`) : l));
    const f = await run(massChange, many(10), updated);
    expect(f[0]!.message).toBe(
      'A large share of example.com. changes at once: 4 of 10 RRsets get new values (40% > 30%); the zone file is served as written once the server reloads it.',
    );
    expect(f[0]!.severity).toBe('high');
    const base = zoneSet(zone(Z, many(10)));
    const head = zoneSet(zone(Z, updated, { thresholds: { updatePercent: 0.5 } }));
    expect((await runRules(contextFor(base, head), [massChange])).findings).toEqual([]);
  });
  it('gives one finding per zone, in the words of the repository’s own tool', async () => {
    const head = many(20)
      .slice(7)
      .map((l, i) => (i < 7 ? l.replace(/\.\d+$/, `.${200 + i}`) : l));
    const dnscontrol = await inFormat('dnscontrol', many(20), head);
    expect(dnscontrol).toHaveLength(1);
    expect(dnscontrol[0]!.message).toBe(
      'A large share of example.com. changes at once: 7 of 20 RRsets deleted (35% > 30%) and 7 of 20 RRsets get new values (35% > 30%); dnscontrol push applies all of it in one run.',
    );
    expect(dnscontrol[0]!.message).not.toContain('octoDNS');
    const octodns = await inFormat('octodns', many(20), head);
    expect(octodns[0]!.message).toMatch(/; octoDNS refuses such a plan without --force\.$/);
  });
  it('does not count TTL-only updates as risk; octoDNS still asks for --force (low)', async () => {
    const longer = many(10).map((l) => l.replace(' 300 ', ' 3600 '));
    expect(await inFormat('dnscontrol', many(10), longer)).toEqual([]);
    expect(await inFormat('bind', many(10), longer)).toEqual([]);
    const octodns = await inFormat('octodns', many(10), longer);
    expect(octodns).toHaveLength(1);
    expect(octodns[0]!.severity).toBe('low');
    expect(octodns[0]!.message).toBe(
      '10 of 10 RRsets of example.com. are updated, 10 of them only in their TTL: the answers stay the same, but octoDNS counts every update and refuses the plan without --force.',
    );
  });
  it('says when one shared value is renumbered across many names (medium)', async () => {
    const base = many(10).map((l, i) =>
      i < 5 ? l.replace(/A 192\.0\.2\.\d+$/, 'A 192.0.2.99') : l,
    );
    const head = many(10).map((l, i) =>
      i < 5 ? l.replace(/A 192\.0\.2\.\d+$/, 'A 198.51.100.7') : l,
    );
    const f = await run(massChange, base, head);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('medium');
    expect(f[0]!.message).toBe(
      'A large share of example.com. changes at once: 5 of 10 RRsets get new values (50% > 30%); every one of the 5 changes replaces one shared value, 192.0.2.99 → 198.51.100.7; the zone file is served as written once the server reloads it.',
    );
    expect(f[0]!.fix).toContain('Check that 198.51.100.7 serves every one of the 5 names');
    // two different new values: not one decision, stays high
    const mixed = head.map((l, i) => (i === 0 ? l.replace('198.51.100.7', '198.51.100.8') : l));
    expect((await run(massChange, base, mixed))[0]!.severity).toBe('high');
  });
});

describe('wildcard-change', () => {
  it('fires on a wildcard change, quiet on ordinary names', async () => {
    expect(await run(wildcardChange, BASE, [...BASE, '* 300 A 192.0.2.50'])).toMatchObject([
      { name: '*.example.com.', severity: 'medium' },
    ]);
    expect(await run(wildcardChange, BASE, [...BASE, 'star 300 A 192.0.2.50'])).toEqual([]);
  });
});

describe('mx-change', () => {
  it('fires when MX changes or is removed, and names a null MX', async () => {
    expect(
      await run(
        mxChange,
        BASE,
        BASE.map((l) => l.replace('10 mail', '10 mail2')),
      ),
    ).toHaveLength(1);
    expect(
      (
        await run(
          mxChange,
          BASE,
          BASE.filter((l) => !l.includes('MX')),
        )
      )[0]!.message,
    ).toContain('is removed');
    expect(
      (
        await run(
          mxChange,
          BASE,
          BASE.map((l) => l.replace('MX 10 mail', 'MX 0 .')),
        )
      )[0]!.message,
    ).toContain('null MX (RFC 7505)');
  });
  it('is quiet on a TTL-only change and on a new MX', async () => {
    expect(
      await run(
        mxChange,
        BASE,
        BASE.map((l) => l.replace('300 MX', '60 MX')),
      ),
    ).toEqual([]);
    expect(await run(mxChange, BASE, [...BASE, 'sub 300 MX 10 mail'])).toEqual([]);
  });
});

describe('engine and policy', () => {
  it('turns rules off, overrides severity and raises protected zones', async () => {
    const head = BASE.map((l) => l.replace('ns2.example.net.', 'ns9.other.org.'));
    expect(await run(nsChange, BASE, head, { policy: { rules: { 'ns-change': 'off' } } })).toEqual(
      [],
    );
    expect(
      (await run(nsChange, BASE, head, { policy: { rules: { 'ns-change': 'medium' } } }))[0]!
        .severity,
    ).toBe('medium');
    expect(
      (
        await run(wildcardChange, BASE, [...BASE, '* 300 A 192.0.2.50'], {
          policy: { protectedZones: [Z] },
        })
      )[0]!.severity,
    ).toBe('high');
  });
  it('gives the same problem the same fingerprint across runs, and a failing rule becomes a warning', async () => {
    const head = BASE.map((l) => l.replace('ns2.example.net.', 'ns9.other.org.'));
    const a = await run(nsChange, BASE, head);
    const b = await run(nsChange, BASE, head);
    expect(a[0]!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(a[0]!.fingerprint).toBe(b[0]!.fingerprint);
    const broken: Rule = {
      ...nsChange,
      id: 'broken',
      check: () => {
        throw new Error('boom');
      },
    };
    const r = await runRules(contextFor(zoneSet(), zoneSet()), [broken]);
    expect(r.warnings).toEqual(['rule broken failed and was skipped: boom']);
  });
  it('starts every check before awaiting any, and still takes findings in the catalogue order', async () => {
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const draft = (name: string) => ({
      zone: Z,
      name,
      type: 'A' as const,
      message: name,
      introduced: true,
    });
    // The first rule waits (as one waiting on git does); the second rejects meanwhile, which
    // must be a warning, not an unhandled rejection; the third finds at once.
    const waits: Rule = {
      ...nsChange,
      id: 'waits',
      check: async () => {
        started.push('waits');
        await gate;
        return [draft(`first.${Z}`)];
      },
    };
    const rejects: Rule = {
      ...nsChange,
      id: 'rejects',
      check: async () => {
        started.push('rejects');
        throw new Error('late boom');
      },
    };
    const quick: Rule = {
      ...nsChange,
      id: 'quick',
      check: () => {
        started.push('quick');
        release();
        return [draft(`third.${Z}`)];
      },
    };
    const r = await runRules(contextFor(zoneSet(), zoneSet()), [waits, rejects, quick]);
    expect(started).toEqual(['waits', 'rejects', 'quick']);
    expect(r.warnings).toEqual(['rule rejects failed and was skipped: late boom']);
    expect(r.findings.map((f) => [f.rule, f.name])).toEqual([
      ['waits', `first.${Z}`],
      ['quick', `third.${Z}`],
    ]);
  });

  it('starts the checks that ask git first', async () => {
    const started: string[] = [];
    const rule = (id: string, readsRepository: boolean): Rule => ({
      ...nsChange,
      id,
      readsRepository,
      check: () => {
        started.push(id);
        return [{ zone: Z, name: `${id}.${Z}`, type: 'A', message: id, introduced: true }];
      },
    });
    const rules = [rule('computes', false), rule('asks-git', true), rule('also-computes', false)];
    const r = await runRules(contextFor(zoneSet(), zoneSet()), rules);
    expect(started).toEqual(['asks-git', 'computes', 'also-computes']);
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['also-computes', 'asks-git', 'computes']);
  });

  it('marks every catalogue rule that awaits git as one that reads the repository', () => {
    // An async check is one that waits on git (files, history): unmarked, it would start last.
    for (const rule of RULES)
      expect([rule.id, rule.readsRepository === true]).toEqual([
        rule.id,
        rule.check.constructor.name === 'AsyncFunction',
      ]);
  });
});
