/**
 * `txtTexts` reads most TXT values without the tokenizer (one quoted string of printable
 * ASCII): on random values, canonical or not, it gives what decoding every value with
 * `decodeRdata` gives, and skips the same values.
 */
import fc from 'fast-check';
import { decodeRdata } from '../../src/model/rdata/registry.js';
import { makeRRset } from '../../src/model/zone.js';
import { txtTexts } from '../../src/rules/spf.js';

/** The reference: every value decoded, the ones that do not decode skipped. */
function naive(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    try {
      out.push((decodeRdata('TXT', v) as { strings: string[] }).strings.join(''));
    } catch {
      // skipped, as txtTexts skips it
    }
  }
  return out;
}

const piece = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    '"',
    '\\',
    '\\"',
    '\\065',
    '\\999',
    ' ',
    '" "',
    'é',
    '\t',
    'v=spf1 -all',
    ';',
    '(',
  ),
);
const value = fc.oneof(
  fc.array(piece, { maxLength: 4 }).map((ps) => `"${ps.join('')}"`),
  fc.array(piece, { maxLength: 4 }).map((ps) => ps.join('')),
  fc
    .string({ minLength: 250, maxLength: 260, unit: fc.constantFrom('a', 'b') })
    .map((s) => `"${s}"`),
);

describe('txtTexts', () => {
  it('gives what decodeRdata gives for every value, canonical or not', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), (values) => {
        const rrset = {
          ...makeRRset({ name: 'a.example.', type: 'TXT', ttl: 60, values }),
          values,
        };
        expect(txtTexts(rrset)).toEqual(naive(values));
      }),
      { numRuns: 2000 },
    );
  });
});
