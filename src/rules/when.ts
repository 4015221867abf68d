/** Durations and instants in words, for messages people read in a pull request. */

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

const UNITS: readonly [string, number][] = [
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

function count(n: number, unit: string): string {
  return `${n <= 12 ? WORDS[n] : String(n)} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * `eleven minutes`, `2 days`, `one hour 30 minutes`: the largest unit, plus the next one when
 * it is not zero; the rest is dropped (these are cache horizons, not stopwatch readings).
 */
export function durationInWords(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  for (let i = 0; i < UNITS.length; i++) {
    const [unit, size] = UNITS[i]!;
    if (s < size && size > 1) continue;
    const whole = Math.floor(s / size);
    const next = UNITS[i + 1];
    if (!next || unit === 'second') return count(whole, unit);
    const rest = Math.floor((s - whole * size) / next[1]);
    return rest > 0 ? `${count(whole, unit)} ${count(rest, next[0])}` : count(whole, unit);
  }
  return count(0, 'second');
}

/** `2026-11-27 09:14 UTC`, rounded up to the minute so the wait is never understated. */
export function utcMinute(date: Date): string {
  const up = new Date(Math.ceil(date.getTime() / 60000) * 60000);
  return `${up.toISOString().slice(0, 10)} ${up.toISOString().slice(11, 16)} UTC`;
}
