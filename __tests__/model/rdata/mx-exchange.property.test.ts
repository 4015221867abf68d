/** `mxExchange` reads a canonical MX value as `decodeRdata` does, escapes and all. */
import fc from 'fast-check';
import {
  decodeRdata,
  mxExchange,
  parseRdata,
  tokenizeRdata,
} from '../../../src/model/rdata/registry.js';

const label = fc.oneof(
  fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  fc.constantFrom('a\\ b', 'x\\.y', '\\065b', 'sp\\032ace', '*', '@'),
);
const exchange = fc.oneof(
  fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.')),
  fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => `${ls.join('.')}.`),
  fc.constant('.'),
);

describe('mxExchange', () => {
  it('gives the exchange decodeRdata gives for every canonical MX value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 65535 }), exchange, (pref, name) => {
        const tokens = tokenizeRdata(`${pref} ${name}`);
        if ('error' in tokens) return;
        const r = parseRdata('MX', tokens, { origin: 'example.com.' });
        if (!r.ok) return;
        const decoded = (decodeRdata('MX', r.value) as { exchange: string }).exchange;
        expect(mxExchange(r.value)).toBe(decoded);
      }),
      { numRuns: 2000 },
    );
  });
});
