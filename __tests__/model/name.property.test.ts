/**
 * canonicalName's plain-name fast path (issue 15) against its full path: a name the fast path
 * takes must come out as the full path makes it. The full path is reached by writing the
 * name's first character as a `\DDD` escape, which the fast path never takes and the full path
 * decodes to the same octet; so the two calls must agree, on random names mostly made of the
 * characters plain names use, with label and name lengths around their limits.
 */
import fc from 'fast-check';
import { canonicalName, plainForm } from '../../src/model/name.js';

/**
 * `text` with its first character (a letter, digit, `-` or `_`) as a decimal escape: the same
 * name, off the fast path.
 */
function escapedFirst(text: string): string {
  return `\\${String(text.charCodeAt(0)).padStart(3, '0')}${text.slice(1)}`;
}

const label = fc.oneof(
  fc.stringMatching(/^[a-z0-9_-]{1,8}$/),
  fc.stringMatching(/^[a-z0-9_-]{60,66}$/),
  fc.stringMatching(/^[a-zA-Z0-9_*/ .-]{0,6}$/),
);
const name = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([labels, dot]) => `${labels.join('.')}${dot ? '.' : ''}`);
// Long names near the 255-octet limit: 63-character labels and a short one.
const long = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 64 }))
  .map(([n, tail]) => `${`${'a'.repeat(63)}.`.repeat(n)}${'b'.repeat(tail)}.`);

describe('canonicalName fast path', () => {
  it('agrees with the full path on every name it takes', () => {
    fc.assert(
      fc.property(fc.oneof(name, long), (text) => {
        // A dot or backslash written as an escape is another name: only a label character.
        if (!/^[a-zA-Z0-9_-]/.test(text)) return;
        const got = canonicalName(text);
        const full = canonicalName(escapedFirst(text));
        // Refusals quote the input, which the escape changes: the verdicts must agree.
        expect(got.ok).toBe(full.ok);
        if (full.ok) expect(got).toEqual(full);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes plain labels only, and says whether the name is absolute', () => {
    expect(plainForm('www.example.com.')).toBe('absolute');
    expect(plainForm('_sip._tcp')).toBe('relative');
    expect(plainForm(`${'a'.repeat(63)}.`)).toBe('absolute');
    for (const text of ['', '.', 'a..b.', '.a.', `${'a'.repeat(64)}.`, 'WWW.', '*.a.', 'a\\.b.'])
      expect(plainForm(text)).toBeUndefined();
  });

  it('keeps the limits of the full path at 254 and 255 characters', () => {
    // 255 octets in wire form is the most a name may have: 254 characters with the final dot.
    const at = (chars: number) => `${`${'a'.repeat(62)}.`.repeat(4)}${'b'.repeat(chars - 253)}.`;
    expect(at(254).length).toBe(254);
    expect(canonicalName(at(254))).toEqual({ ok: true, name: at(254) });
    expect(canonicalName(at(255)).ok).toBe(false);
  });
});
