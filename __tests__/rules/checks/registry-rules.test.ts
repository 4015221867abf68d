/**
 * The registry rules on registry snapshots: where a finding is filed when a sub-zone touches a
 * domain, an expired registration, the absorbed ns-mismatch, and silence without RDAP data.
 */
import type { RdapDomain, RegistrySnapshot } from '../../../src/live/registry-types.js';
import { registryRequests } from '../../../src/live/registry-types.js';
import type { LiveSnapshot } from '../../../src/live/types.js';
import { domainExpiring } from '../../../src/rules/checks/domain-expiring.js';
import { nsMismatch } from '../../../src/rules/checks/ns-mismatch.js';
import { registrarLockMissing } from '../../../src/rules/checks/registrar-lock-missing.js';
import { registryDelegationMismatch } from '../../../src/rules/checks/registry-delegation-mismatch.js';
import { runRules } from '../../../src/rules/engine.js';
import { contextFor } from '../../helpers/context.js';
import { zone, zoneSet } from '../../helpers/zones.js';

const NOW = new Date('2026-11-26T12:00:00Z');

function snapshot(apexes: string[], registration: Partial<RdapDomain>): RegistrySnapshot {
  return {
    status: 'ok',
    reasons: [],
    source: '--rdap http://127.0.0.1/',
    requests: 1,
    takenAt: NOW,
    domains: registryRequests(apexes).map((r) => ({
      ...r,
      outcome: 'found' as const,
      url: `https://rdap.example/domain/${r.domain.slice(0, -1)}`,
      registration: { status: [], events: [], nameservers: [], ...registration },
    })),
  };
}

describe('registry rules', () => {
  it("file a sub-zone's domain facts under that zone, once per domain", async () => {
    const shop = 'shop.example.com.';
    const base = zoneSet(zone(shop, ['www 300 A 192.0.2.1']));
    const head = zoneSet(zone(shop, ['www 300 A 192.0.2.2']));
    const registry = snapshot([shop], {
      events: [{ action: 'expiration', date: '2026-11-01T00:00:00Z' }],
    });
    const { findings } = await runRules(contextFor(base, head, { registry, now: NOW }), [
      registrarLockMissing,
      domainExpiring,
    ]);
    expect(findings.map((f) => [f.rule, f.zone, f.name, f.severity, f.introduced])).toEqual([
      ['domain-expiring', shop, 'example.com.', 'high', false],
      ['registrar-lock-missing', shop, 'example.com.', 'medium', false],
    ]);
    expect(findings[0]!.message).toBe(
      'The registration of example.com. expired on 2026-11-01 (registry: rdap.example).',
    );
  });

  it('say nothing without registry data, or for a domain the registry does not hold', async () => {
    const base = zoneSet(zone('example.com.', ['www 300 A 192.0.2.1']));
    const head = zoneSet(zone('example.com.', ['www 300 A 192.0.2.2']));
    const none = await runRules(contextFor(base, head, { now: NOW }), [
      registrarLockMissing,
      domainExpiring,
    ]);
    expect(none.findings).toEqual([]);
    const notFound: RegistrySnapshot = {
      ...snapshot(['example.com.'], {}),
      domains: [{ domain: 'example.com.', zones: ['example.com.'], outcome: 'not-found' }],
    };
    const r = await runRules(contextFor(base, head, { registry: notFound, now: NOW }), [
      registrarLockMissing,
    ]);
    expect(r.findings).toEqual([]);
  });

  it('fold the live ns-mismatch of the same NS change into one registrar-step finding', async () => {
    const apex = 'example.com.';
    const old = ['ns1.example.net.', 'ns2.example.net.'];
    const base = zoneSet(
      zone(
        apex,
        old.map((n) => `@ 300 NS ${n}`),
      ),
    );
    const head = zoneSet(zone(apex, ['@ 300 NS ns1.new.example.', '@ 300 NS ns2.new.example.']));
    const live: LiveSnapshot = {
      status: 'ok',
      reasons: [],
      queries: 1,
      takenAt: NOW,
      zones: [
        {
          zone: apex,
          status: 'ok',
          reasons: [],
          delegation: { parent: 'com.', parentServers: [], ns: old, glue: [], ds: [] },
          servers: [],
          serialsAgree: true,
          rrsets: [],
          absent: [],
        },
      ],
    };
    const ctx = contextFor(base, head, {
      live,
      registry: snapshot([apex], { nameservers: old }),
      now: NOW,
    });
    const { findings } = await runRules(ctx, [nsMismatch, registryDelegationMismatch]);
    expect(findings.map((f) => [f.rule, f.severity, f.introduced, f.contributingRules])).toEqual([
      [
        'registry-delegation-mismatch',
        'high',
        true,
        ['registry-delegation-mismatch', 'ns-mismatch'],
      ],
    ]);
    // Without the registry, ns-mismatch stands alone as before.
    const alone = await runRules(contextFor(base, head, { live, now: NOW }), [
      nsMismatch,
      registryDelegationMismatch,
    ]);
    expect(alone.findings.map((f) => f.rule)).toEqual(['ns-mismatch']);
  });
});
