/** provider-change and registrar-change on real DNSControl configs, evaluated in the sandbox. */
import { dnscontrolFormat } from '../../src/formats/dnscontrol/format.js';
import type { LiveSnapshot } from '../../src/live/types.js';
import type { ZoneSet } from '../../src/model/zone.js';
import { providerChange } from '../../src/rules/checks/provider-change.js';
import { registrarChange } from '../../src/rules/checks/registrar-change.js';
import { contextFor } from '../helpers/context.js';
import { makeRepo } from '../helpers/git-repo.js';
import { delegationOf, liveSnapshot } from '../helpers/live.js';

const CREDS =
  '{ "cf": { "TYPE": "CLOUDFLAREAPI" }, "r53": { "TYPE": "ROUTE53" }, "gandi": { "TYPE": "GANDI_V5" }, "ovh": { "TYPE": "OVH" } }';

async function zones(config: string): Promise<ZoneSet> {
  const repo = makeRepo({
    'dnsconfig.js': `var GANDI = NewRegistrar("gandi"); var OVH = NewRegistrar("ovh");
var CF = NewDnsProvider("cf"); var R53 = NewDnsProvider("r53");
${config}`,
    'creds.json': CREDS,
  });
  const r = await dnscontrolFormat.load(await repo.tree(), { path: '' });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.value;
}

function liveWithDs(zone: string): LiveSnapshot {
  return liveSnapshot([{ zone, delegation: delegationOf({ ds: ['12345 13 2 ABCD'] }) }]);
}

describe('provider-change', () => {
  test('a DnsProvider swap is a high finding on the D() line', async () => {
    const base = await zones('D("example.com", GANDI, DnsProvider(CF), A("@", "192.0.2.1"));');
    const head = await zones('\nD("example.com", GANDI, DnsProvider(R53), A("@", "192.0.2.1"));');
    const findings = await providerChange.check(contextFor(base, head));
    expect(findings).toEqual([
      {
        introduced: true,
        zone: 'example.com.',
        name: 'example.com.',
        message:
          'The DNS providers of example.com. change: adds r53 (ROUTE53) and removes cf (CLOUDFLAREAPI) (cf (CLOUDFLAREAPI) → r53 (ROUTE53)).',
        location: expect.objectContaining({ file: 'dnsconfig.js', line: 4 }),
      },
    ]);
  });

  test('critical when the zone is signed: AUTODNSSEC_ON, or DS at the parent', async () => {
    const base = await zones('D("example.com", GANDI, DnsProvider(CF), AUTODNSSEC_ON);');
    const head = await zones(
      'D("example.com", GANDI, DnsProvider(CF), DnsProvider(R53), AUTODNSSEC_ON);',
    );
    const [f] = await providerChange.check(contextFor(base, head));
    expect(f).toMatchObject({ severity: 'critical' });
    expect(f!.message).toMatch(/adds r53 \(ROUTE53\) \(.*\); the zone is signed/);

    const plainBase = await zones('D("example.com", GANDI, DnsProvider(CF));');
    const plainHead = await zones('D("example.com", GANDI, DnsProvider(R53));');
    const unsigned = await providerChange.check(contextFor(plainBase, plainHead));
    expect(unsigned[0]!.severity).toBeUndefined();
    const signed = await providerChange.check(
      contextFor(plainBase, plainHead, { live: liveWithDs('example.com.') }),
    );
    expect(signed[0]!.severity).toBe('critical');
  });

  test('no finding when only records or the nameserver count change', async () => {
    const base = await zones('D("example.com", GANDI, DnsProvider(CF), A("@", "192.0.2.1"));');
    const head = await zones('D("example.com", GANDI, DnsProvider(CF), A("@", "192.0.2.2"));');
    expect(await providerChange.check(contextFor(base, head))).toEqual([]);
  });

  test('a new or removed zone is not a provider change', async () => {
    const base = await zones('D("example.com", GANDI, DnsProvider(CF));');
    const head = await zones(
      'D("example.com", GANDI, DnsProvider(CF)); D("example.org", GANDI, DnsProvider(R53));',
    );
    expect(await providerChange.check(contextFor(base, head))).toEqual([]);
  });
});

describe('registrar-change', () => {
  test('a registrar swap is a high finding', async () => {
    const base = await zones('D("example.com", GANDI, DnsProvider(CF));');
    const head = await zones('D("example.com", OVH, DnsProvider(CF));');
    const findings = await registrarChange.check(contextFor(base, head));
    expect(findings).toEqual([
      {
        introduced: true,
        zone: 'example.com.',
        name: 'example.com.',
        message: 'The registrar of example.com. changes: gandi (GANDI_V5) → ovh (OVH).',
        location: expect.objectContaining({ file: 'dnsconfig.js', line: 3 }),
      },
    ]);
    expect(registrarChange.defaultSeverity).toBe('high');
  });

  test('no finding when the registrar stays', async () => {
    const base = await zones('D("example.com", GANDI, DnsProvider(CF));');
    const head = await zones('D("example.com", GANDI, DnsProvider(R53));');
    expect(await registrarChange.check(contextFor(base, head))).toEqual([]);
  });
});
