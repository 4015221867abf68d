/**
 * Special-use and locally-served zones (model/special-use.ts) have no public delegation: the
 * delegation and provider-resilience rules say nothing about them or their subzones, and say
 * the same things as ever about an ordinary zone with the same records (the near miss).
 */
import type { Delegation, ServerHealth } from '../../src/live/types.js';
import type { Zone } from '../../src/model/zone.js';
import { lameDelegation } from '../../src/rules/checks/lame-delegation.js';
import { missingGlue } from '../../src/rules/checks/missing-glue.js';
import { nsCount } from '../../src/rules/checks/ns-count.js';
import { nsMismatch } from '../../src/rules/checks/ns-mismatch.js';
import { registrarChange } from '../../src/rules/checks/registrar-change.js';
import { singleProvider } from '../../src/rules/checks/single-provider.js';
import { runRules } from '../../src/rules/engine.js';
import type { Rule } from '../../src/rules/types.js';
import { contextFor } from '../helpers/context.js';
import { liveSnapshot } from '../helpers/live.js';
import { zone, zoneSet } from '../helpers/zones.js';

/** One NS, inside the zone, without an address: ns-count, single-provider and missing-glue. */
const records = (www: string) => ['@ 3600 NS ns1', `www 300 A ${www}`];

function pair(apex: string, registrars: [string, string] = ['reg', 'reg']) {
  const base: Zone = zone(apex, records('192.0.2.1'), { registrar: { name: registrars[0] } });
  const head: Zone = zone(apex, records('192.0.2.2'), { registrar: { name: registrars[1] } });
  return { base, head };
}

/** A live snapshot where the parent delegates elsewhere and the servers are lame. */
function liveFor(apex: string) {
  const delegation: Delegation = {
    parent: 'arpa.',
    parentServers: [],
    ns: ['a.example.net.', 'b.example.org.'],
    glue: [],
    ds: [],
  };
  const lame: ServerHealth = {
    name: 'a.example.net.',
    address: '192.0.2.53',
    port: 53,
    responded: true,
    authoritative: false,
    error: 'REFUSED',
  };
  return liveSnapshot([{ zone: apex, delegation, servers: [lame] }]);
}

async function findings(rule: Rule, apex: string, registrars?: [string, string]) {
  const { base, head } = pair(apex, registrars);
  const ctx = contextFor(zoneSet(base), zoneSet(head), { live: liveFor(apex) });
  return (await runRules(ctx, [rule])).findings;
}

const RULES: [string, Rule, [string, string]?][] = [
  ['ns-count', nsCount],
  ['single-provider', singleProvider],
  ['missing-glue', missingGlue],
  ['lame-delegation', lameDelegation],
  ['ns-mismatch', nsMismatch],
  ['registrar-change', registrarChange, ['old-registrar', 'new-registrar']],
];

describe.each(RULES)('%s', (id, rule, registrars) => {
  test.each([
    '10.in-addr.arpa.',
    '1.168.192.in-addr.arpa.',
    '70.100.in-addr.arpa.',
    'localhost.',
    'corp.internal.',
    'lab.home.arpa.',
  ])('is silent for %s', async (apex) => {
    expect(await findings(rule, apex, registrars)).toEqual([]);
  });

  test('fires for an ordinary zone with the same records', async () => {
    const f = await findings(rule, 'corp.example.com.', registrars);
    expect(f.map((x) => x.rule)).toContain(id);
  });
});

test('a delegation inside a special-use zone still needs its glue', async () => {
  const apex = 'corp.internal.';
  const base = zone(apex, ['@ 3600 NS ns1.example.net.', '@ 3600 NS ns2.example.org.']);
  const head = zone(apex, [
    '@ 3600 NS ns1.example.net.',
    '@ 3600 NS ns2.example.org.',
    'dev 3600 NS ns.dev',
  ]);
  const f = (await runRules(contextFor(zoneSet(base), zoneSet(head)), [missingGlue])).findings;
  expect(f.map((x) => [x.rule, x.name, x.introduced])).toEqual([
    ['missing-glue', 'dev.corp.internal.', true],
  ]);
});
