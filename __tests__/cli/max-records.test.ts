/**
 * --max-records: the review's record budget (formats/budget.ts), read by `check` with a clear
 * message for a bad value, and handed to the formats: a review crosses it or fits in it.
 */
import { parseCheckArgs } from '../../src/cli/args.js';
import {
  DEFAULT_INPUT_LIMITS,
  limitsForRecords,
  parseMaxRecords,
} from '../../src/formats/budget.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/git-repo.js';

describe('parseMaxRecords', () => {
  test.each([
    ['1', 1],
    ['2500000', 2_500_000],
    [' 50000000 ', 50_000_000],
  ])('%j is %d', (text, value) => {
    expect(parseMaxRecords(text)).toEqual({ ok: true, value });
  });

  test.each(['0', '-5', '1.5', '1e6', '', 'many', '50000001', '9007199254740993'])(
    '%j is refused, naming the flag and the range',
    (text) => {
      expect(parseMaxRecords(text)).toEqual({
        ok: false,
        message: `--max-records must be a whole number of records from 1 to 50,000,000; got "${text}"`,
      });
    },
  );

  test('check reads it', () => {
    const r = parseCheckArgs(['--max-records', '3000000'], '/');
    expect(r.ok === true && r.settings.maxRecords).toBe(3_000_000);
    const none = parseCheckArgs([], '/');
    expect(none.ok === true && none.settings.maxRecords).toBeUndefined();
    expect(parseCheckArgs(['--max-records', 'x'], '/')).toEqual({
      ok: false,
      message: '--max-records must be a whole number of records from 1 to 50,000,000; got "x"',
    });
  });
});

describe('limitsForRecords', () => {
  test('the input limit grows with the records, at 128 bytes a record, never below the default', () => {
    expect(limitsForRecords(3_000_000)).toEqual({ records: 3_000_000, bytes: 384_000_000 });
    expect(limitsForRecords(10)).toEqual({ records: 10, bytes: DEFAULT_INPUT_LIMITS.bytes });
  });
});

describe('check --max-records', () => {
  // 12 records a side: 24 for the review.
  const zone = (serial: number) =>
    `$ORIGIN example.com.\n$TTL 3600\n@ SOA ns1 hostmaster ${serial} 2 3 4 5\n@ NS ns1\nns1 A 192.0.2.1\n${Array.from(
      { length: 9 },
      (_, i) => `h${i} A 192.0.2.${i + 10}\n`,
    ).join('')}`;

  test('the review fails at the limit it sets, naming it, and passes under a larger one', async () => {
    const repo = makeRepo();
    try {
      repo.commit({ 'zones/example.com.zone': zone(1) });
      repo.commit({ 'zones/example.com.zone': `${zone(2)}new A 192.0.2.99\n` });
      const args = ['check', '--repo', repo.dir, '--base', 'HEAD~1', '--head', 'HEAD', '--no-live'];
      const small = await runCli([...args, '--max-records', '20']);
      expect(small.code).toBe(2);
      expect(small.stderr).toContain("exceeds the review's budget of 20 records");
      // The head fitted and the base crossed: the budget's doing, not a base branch to fix.
      expect(small.stderr).not.toContain('Fix the base branch first');
      const large = await runCli([...args, '--max-records', '25', '--output', 'json']);
      expect(large.stderr).toBe('');
      expect(large.code).toBe(0);
      expect(JSON.parse(large.stdout).zones[0].changes).toHaveLength(1);
    } finally {
      repo.remove();
    }
  });
});
