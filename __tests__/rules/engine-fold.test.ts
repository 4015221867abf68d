/**
 * One finding per risk: the engine folds a finding into the rule that absorbs it (same zone,
 * name and type), keeps that rule's fingerprint and lists every contributing rule.
 */
import { buildReport } from '../../src/report/build.js';
import { dsChange } from '../../src/rules/checks/ds-change.js';
import { mxChange } from '../../src/rules/checks/mx-change.js';
import { ttlNotLowered } from '../../src/rules/checks/ttl-not-lowered.js';
import { fingerprintOf, runRules } from '../../src/rules/engine.js';
import { contextFor } from '../helpers/context.js';
import { zone, zoneSet } from '../helpers/zones.js';

const Z = 'example.com.';
const NS = ['@ 3600 NS ns1.example.net.', '@ 3600 NS ns2.example.org.'];
const DS_OLD =
  'sub 86400 DS 12345 13 2 0431E5213EC93739217B7BE1E96450FB2091794881F9B14B31586E5C2D4BF6B1';
const DS_NEW =
  'sub 86400 DS 54321 13 2 AD22765C9599CBACDD5EB15959B343E9C1206BE6282A7F868823935EAFCDC933';
const CUT = 'sub 3600 NS ns1.sub.example.net.';

describe('folding findings (Rule.absorbs)', () => {
  it('makes a DS change one ds-change finding that carries the TTL timing', async () => {
    const ctx = contextFor(
      zoneSet(zone(Z, [...NS, CUT, DS_OLD])),
      zoneSet(zone(Z, [...NS, CUT, DS_NEW])),
    );
    const run = await runRules(ctx, [dsChange, ttlNotLowered]);
    expect(run.findings).toHaveLength(1);
    const f = run.findings[0]!;
    expect(f.rule).toBe('ds-change');
    expect(f.severity).toBe('critical');
    expect(f.contributingRules).toEqual(['ds-change', 'ttl-not-lowered']);
    expect(f.fingerprint).toBe(
      fingerprintOf('ds-change', { zone: Z, name: 'sub.example.com.', type: 'DS' }),
    );
    expect(f.message).toMatch(
      /^DS of sub\.example\.com\. changes \(.*\)\. sub\.example\.com\. DS has a TTL of 86400 s \(one day\) and was not lowered first; caches may serve the old DS records until 2026-11-27 12:00 UTC if merged now\./,
    );
    expect(f.fix).toContain('Lower the TTL of sub.example.com. DS');
    // the JSON report carries the list (docs/report.md), and only on folded findings
    const report = buildReport({
      base: { ref: 'main' },
      head: { ref: 'feature' },
      diffs: ctx.diffs,
      drift: new Map(),
      findings: [
        ...run.findings,
        { ...f, rule: 'other', fingerprint: 'x', contributingRules: undefined },
      ],
      live: undefined,
      rollback: [],
      failOn: 'high',
      warnings: [],
    });
    const json = JSON.parse(JSON.stringify(report));
    expect(json.findings[0].contributingRules).toEqual(['ds-change', 'ttl-not-lowered']);
    expect('contributingRules' in json.findings[1]).toBe(false);
  });

  it('makes an MX removal one mx-change finding; its deleted address stays info', async () => {
    const base = zone(Z, [...NS, 'old 3600 MX 10 mail.example.net.', 'old 3600 A 192.0.2.1']);
    const run = await runRules(contextFor(zoneSet(base), zoneSet(zone(Z, NS))), [
      mxChange,
      ttlNotLowered,
    ]);
    expect(run.findings.map((f) => [f.rule, f.type, f.severity, f.contributingRules])).toEqual([
      ['mx-change', 'MX', 'high', ['mx-change', 'ttl-not-lowered']],
      ['ttl-not-lowered', 'A', 'info', undefined],
    ]);
  });

  it('leaves the finding alone when the absorbing rule is off', async () => {
    const ctx = contextFor(
      zoneSet(zone(Z, [...NS, CUT, DS_OLD])),
      zoneSet(zone(Z, [...NS, CUT, DS_NEW])),
      {
        policy: { rules: { 'ds-change': 'off' } },
      },
    );
    const run = await runRules(ctx, [dsChange, ttlNotLowered]);
    expect(run.findings.map((f) => [f.rule, f.severity, f.contributingRules])).toEqual([
      ['ttl-not-lowered', 'critical', undefined],
    ]);
  });
});
