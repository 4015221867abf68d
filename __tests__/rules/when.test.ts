import { durationInWords, utcMinute } from '../../src/rules/when.js';

describe('durationInWords', () => {
  it.each([
    [0, 'zero seconds'],
    [1, 'one second'],
    [45, '45 seconds'],
    [660, 'eleven minutes'],
    [5400, 'one hour 30 minutes'],
    [86400, 'one day'],
    [172800, 'two days'],
    [90000, 'one day one hour'],
    [1209600, '14 days'],
  ])('%d s is %s', (s, words) => expect(durationInWords(s)).toBe(words));
});

describe('utcMinute', () => {
  it('rounds up to the next minute', () => {
    expect(utcMinute(new Date('2026-11-27T09:13:01Z'))).toBe('2026-11-27 09:14 UTC');
    expect(utcMinute(new Date('2026-11-27T09:14:00Z'))).toBe('2026-11-27 09:14 UTC');
  });
});
