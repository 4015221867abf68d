/**
 * White space is one definition for every tokenizer (space and tab separate, a line feed ends a
 * line, a carriage return before it is ignored): any other character is data that the field's
 * parser accepts or refuses. Every codec, given a value of arbitrary Unicode as one string (as
 * octoDNS and DNSControl give it), ends in a value or a refusal, never a throw or a hang.
 */
import fc from 'fast-check';
import { canonicalRdata, tokenizeRdata } from '../../../src/model/rdata/registry.js';
import { isTokenSpace } from '../../../src/model/rdata/tokens.js';
import { PSEUDO_TYPES, type RecordType, STANDARD_TYPES } from '../../../src/model/record-type.js';

/** Characters JavaScript's `\s` matches that BIND does not take for white space. */
const ODD_SPACES = ['\u000b', '\u000c', '\u00a0', '\u1680', '\u2000', '\u2028', '\u3000', '\ufeff'];

describe('white space', () => {
  it('is space, tab, LF and CR, and nothing else', () => {
    expect([' ', '\t', '\n', '\r'].every((c) => isTokenSpace(c.charCodeAt(0)))).toBe(true);
    expect(ODD_SPACES.some((c) => isTokenSpace(c.charCodeAt(0)))).toBe(false);
  });

  it.each(ODD_SPACES.map((c) => [c.charCodeAt(0).toString(16).padStart(4, '0'), c]))(
    'U+%s is data inside a token and ends in a value or a refusal',
    (_, c) => {
      expect(tokenizeRdata(`1 1 0123${c}`)).toEqual([
        { text: '1', quoted: false },
        { text: '1', quoted: false },
        { text: `0123${c}`, quoted: false },
      ]);
      expect(tokenizeRdata(`${c}`)).toEqual([{ text: c, quoted: false }]);
      const sshfp = canonicalRdata('SSHFP', `1 1 0123${c}`, 'example.');
      expect(sshfp.ok).toBe(false);
      const a = canonicalRdata('A', `192.0.2.1${c}`, 'example.');
      expect(a).toMatchObject({ ok: false, message: expect.stringMatching(/IPv4/) });
    },
  );
});

describe('every codec with arbitrary Unicode', () => {
  const piece = fc.oneof(
    fc.constantFrom(...ODD_SPACES, ' ', '\t', '\n', '"', '\\', '1 ', '0123', 'a.b.', '\\# 2 '),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

  it.each([...STANDARD_TYPES, ...PSEUDO_TYPES, 'TYPE65534'])('%s: a value or a refusal', (type) => {
    fc.assert(
      fc.property(text, (t) => {
        const r = canonicalRdata(type as RecordType, t, 'example.');
        if (r.ok) expect(typeof r.value).toBe('string');
        else expect(r.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
