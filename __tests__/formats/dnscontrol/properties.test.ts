/** Property tests: whatever the config produces or passes, the host side answers with a Result. */
import fc from 'fast-check';
import { evaluateDnsconfigFull } from '../../../src/formats/dnscontrol/evaluate.js';
import { normalizeConfig } from '../../../src/formats/dnscontrol/normalize.js';
import { irToZones } from '../../../src/formats/dnscontrol/to-model.js';
import { makeRepo } from '../../helpers/git-repo.js';

const FUNCS = [
  'A',
  'AAAA',
  'CNAME',
  'MX',
  'TXT',
  'CAA',
  'SRV',
  'NS',
  'PTR',
  'DS',
  'TLSA',
  'SSHFP',
  'ALIAS',
  'LOC',
  'HTTPS',
  'NAPTR',
  'TTL',
  'IGNORE',
  'NAMESERVER',
  'DnsProvider',
  'DefaultTTL',
];

const jsValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 70000 }),
  fc.double(),
  fc.constantFrom(
    '@',
    'www',
    'mx.example.net.',
    '192.0.2.1',
    '2001:db8::1',
    'a.b',
    '',
    '*',
    '_x',
    'WWW.Example.COM.',
  ),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant([]),
);

const call = fc
  .tuple(fc.constantFrom(...FUNCS), fc.array(jsValue, { maxLength: 6 }))
  .map(
    ([f, args]) =>
      `${f}(${args.map((a) => (a === undefined ? 'undefined' : JSON.stringify(a))).join(', ')})`,
  );

describe('properties', () => {
  test('normalizeConfig never throws, whatever JSON the sandbox returns', () => {
    const domain = fc.record({
      name: fc.oneof(
        fc.string(),
        fc.constantFrom('example.com', 'Example.COM!tag', 'xn--x.example'),
      ),
      registrar: fc.oneof(fc.string(), fc.integer()),
      records: fc.array(
        fc.dictionary(
          fc.constantFrom(
            'type',
            'name',
            'target',
            'ttl',
            'mxpreference',
            'meta',
            'filepos',
            'caatag',
            '__proto__',
            'constructor',
          ),
          fc.jsonValue(),
        ),
        { maxLength: 5 },
      ),
      meta: fc.jsonValue(),
      dnsProviders: fc.jsonValue(),
      nameservers: fc.jsonValue(),
      unmanaged: fc.jsonValue(),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            registrars: fc.array(fc.jsonValue()),
            dns_providers: fc.array(fc.jsonValue()),
            domains: fc.array(domain, { maxLength: 3 }),
          }),
        ),
        (raw) => {
          const r = normalizeConfig(JSON.stringify(raw) ?? 'null', 'dnsconfig.js');
          if (r.ir) irToZones(r.ir, 'dnsconfig.js', new Map());
        },
      ),
      { numRuns: 300 },
    );
  });

  test('random language calls end in a value or an error result, never a host exception', async () => {
    const repo = makeRepo({ 'dnsconfig.js': '' });
    const tree = await repo.tree();
    await fc.assert(
      fc.asyncProperty(fc.array(call, { maxLength: 5 }), async (calls) => {
        repo.write({ 'dnsconfig.js': `D("example.com", "none",\n  ${calls.join(',\n  ')}\n);` });
        const r = await evaluateDnsconfigFull(tree, 'dnsconfig.js', { evalTimeoutMs: 2000 });
        if (!r.ok) for (const e of r.errors) expect(typeof e.message).toBe('string');
        else irToZones(r.value.ir, 'dnsconfig.js', new Map());
      }),
      { numRuns: 60 },
    );
  });
});
