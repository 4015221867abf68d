import * as packet from 'dns-packet';
import fc from 'fast-check';
import { answersQuery, toFrame } from '../../../src/live/dns/query-wire.js';
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

  it('writes what dns-packet writes, framed for TCP or not, and the answer check reads either', () => {
    const label = fc.oneof(
      fc.stringMatching(/^[a-z0-9_*-]{1,63}$/),
      fc.stringMatching(/^[A-Za-z0-9]{1,10}$/),
    );
    const type = fc.constantFrom(
      'A',
      'AAAA',
      'MX',
      'TXT',
      'NS',
      'SOA',
      'DNSKEY',
      'ds',
      'TYPE65534',
    );
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 0, maxLength: 4 }),
        fc.boolean(),
        type,
        fc.integer({ min: 0, max: 0xffff }),
        fc.boolean(),
        fc.boolean(),
        (labels, dot, t, id, rd, dnssec) => {
          const name = labels.length === 0 ? (dot ? '.' : '') : labels.join('.') + (dot ? '.' : '');
          const q = { name, type: t, rd, dnssec };
          let query: Buffer;
          try {
            query = encodeQuery(id, q);
          } catch {
            expect(() => encodeQuery(id, q, true)).toThrow();
            return;
          }
          const framed = encodeQuery(id, q, true);
          expect(framed).toEqual(toFrame(query));
          const decoded = packet.decode(query);
          expect(decoded.id).toBe(id);
          expect(decoded.flags).toBe(rd ? packet.RECURSION_DESIRED : 0);
          expect(decoded.questions?.[0]?.name.toLowerCase()).toBe(
            name === '.' || name === '' ? '.' : name.replace(/\.$/, '').toLowerCase(),
          );
          expect(decoded.additionals?.[0]).toMatchObject({
            type: 'OPT',
            udpPayloadSize: 1232,
            flag_do: dnssec,
          });
          // An answer echoing the question matches the query in either form.
          const answer = Buffer.from(query);
          answer[2]! |= 0x80;
          expect(answersQuery(answer, query)).toBe(true);
          expect(answersQuery(answer, framed, 2)).toBe(true);
          answer[query.length - 12]! ^= 1; // QCLASS's low octet
          expect(answersQuery(answer, framed, 2)).toBe(false);
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});
