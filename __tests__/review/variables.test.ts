/** DNSControl variables as entries are read (as `dnscontrol -v`), and the masking of their values. */
import { parseVariables } from '../../src/review/variables.js';
import { maskKnownValues, maskKnownValuesDeep } from '../../src/secrets/known-values.js';

const at = (i: number) => `entry ${i + 1}`;

describe('parseVariables', () => {
  test('split on the first "=", values are strings, a later entry wins', () => {
    const r = parseVariables(['a=1', 'token=abc=def==', 'empty=', 'a=2'], at);
    expect(r.ok && [...r.vars]).toEqual([
      ['token', 'abc=def=='],
      ['empty', ''],
      ['a', '2'],
    ]);
  });

  test.each([
    ['no "="', 'justavalue', 'entry 1 must be NAME=VALUE'],
    ['an empty name', '=value', 'entry 1: the NAME'],
    ['a name starting with a digit', '1abc=value', 'entry 1: the NAME'],
    ['a name with a dash', 'my-var=value', 'entry 1: the NAME'],
  ])('%s is refused without quoting the entry', (_what, entry, message) => {
    const r = parseVariables([entry], at);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain(message);
    expect(r.message).not.toContain(entry);
    expect(r.message).not.toContain('value');
  });
});

describe('masking known values', () => {
  const values = [
    { name: 'SHORT', value: 'on' },
    { name: 'TOKEN', value: 'abcdef-123' },
    { name: 'LONGER', value: 'abcdef-123-xyz' },
  ];

  test('every occurrence, the longest value first, short values left alone', () => {
    expect(maskKnownValues('on: abcdef-123-xyz and abcdef-123, abcdef-123', values)).toBe(
      'on: [var LONGER] and [var TOKEN], [var TOKEN]',
    );
  });

  test('deep: every string and key of a report-like value, the input untouched', () => {
    const data = {
      zones: [{ values: ['"v=abcdef-123"'], n: 3, ok: true, none: null }],
      'abcdef-123': 'x',
    };
    const masked = maskKnownValuesDeep(data, values);
    expect(masked).toEqual({
      zones: [{ values: ['"v=[var TOKEN]"'], n: 3, ok: true, none: null }],
      '[var TOKEN]': 'x',
    });
    expect(data.zones[0]!.values[0]).toBe('"v=abcdef-123"');
  });
});
