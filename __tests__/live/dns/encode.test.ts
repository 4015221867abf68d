import * as packet from 'dns-packet';
import fc from 'fast-check';
import { encodeQuery } from '../../../src/live/dns/transport.js';
import { nameToWire } from '../../../src/model/dnssec.js';

const QUESTION_AT = 12;

describe('encodeQuery', () => {
  it('writes any name as the model writes it, on the direct path or not', () => {
    const label = fc.oneof(
      fc.stringMatching(/^[a-z0-9_*-]{1,63}$/),
      // Upper case and escaped dots take the model's path.
      fc.stringMatching(/^[A-Za-z0-9]{1,10}(?:\\\.[a-z]{1,3})?$/),
    );
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 5 }), (labels) => {
        const name = `${labels.join('.')}.`;
        let wire: Buffer;
        try {
          wire = nameToWire(name);
        } catch {
          return; // not a name: encodeQuery must reject it too
        }
        const query = encodeQuery(1, { name, type: 'A', rd: false, dnssec: false });
        expect(query.subarray(QUESTION_AT, QUESTION_AT + wire.length)).toEqual(wire);
        expect(packet.decode(query).questions).toHaveLength(1);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});
