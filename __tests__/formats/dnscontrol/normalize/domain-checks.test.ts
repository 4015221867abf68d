/** The duplicate check, grouped first by type, name and target, against the plain comparison. */
import fc from 'fast-check';
import type { IrDomain, IrRecord } from '../../../../src/formats/dnscontrol/ir.js';
import {
  checkDuplicates,
  comparable,
} from '../../../../src/formats/dnscontrol/normalize/domain-checks.js';
import { fqdnOf } from '../../../../src/formats/dnscontrol/normalize/names.js';
import { Problems } from '../../../../src/formats/dnscontrol/normalize/problems.js';

/** The reference: every record's full comparison key in one set. */
function naiveDuplicates(d: IrDomain, p: Problems): void {
  const seen = new Set<string>();
  for (const r of d.records) {
    const key = comparable(r);
    if (seen.has(key))
      p.error(
        `exact duplicate record found: ${r.type} ${fqdnOf(r, d.name)} ${r.target}`,
        r.filepos,
      );
    seen.add(key);
  }
}

// Small alphabets, so that groups and exact duplicates are common.
const record: fc.Arbitrary<IrRecord> = fc.record(
  {
    type: fc.constantFrom('A', 'MX', 'TXT', 'CNAME'),
    name: fc.constantFrom('@', 'www', 'mail', 'a\u0000b', 'a'),
    target: fc.constantFrom('192.0.2.1', 'mx.example.net.', 'b\u0000', '', 'x'),
    ttl: fc.constantFrom(300, 600),
    filepos: fc.constantFrom('dnsconfig.js:1:1', 'dnsconfig.js:2:1', 'more.js'),
    subdomain: fc.constantFrom('sub', 'other'),
    mxpreference: fc.constantFrom(0, 10),
    meta: fc.dictionary(
      fc.constantFrom('orig_custom_type', 'cloudflare_proxy', 'k'),
      fc.constantFrom('on', 'off'),
    ),
  },
  { requiredKeys: ['type', 'name', 'target'] },
);

describe('checkDuplicates', () => {
  test('finds the same duplicates, in the same order, as comparing every record in full', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const domain = { name: 'example.com', records } as unknown as IrDomain;
        const fast = new Problems('dnsconfig.js');
        const naive = new Problems('dnsconfig.js');
        checkDuplicates(domain, fast);
        naiveDuplicates(domain, naive);
        expect(fast.errors).toEqual(naive.errors);
      }),
      { numRuns: 2000 },
    );
  });
});
