/**
 * --max-records: the review's record budget (formats/budget.ts), read by `check` with a clear
 * message for a bad value, and handed to the formats: a review crosses it or fits in it.
 */
import { parseCheckArgs } from '../../src/cli/args.js';
import {
  DEFAULT_INPUT_LIMITS,
  InputBudget,
  limitsForRecords,
  parseMaxRecords,
  recordsForCap,
  scaledCap,
} from '../../src/formats/budget.js';
import { dnscontrolFormat } from '../../src/formats/dnscontrol/format.js';
import { DEFAULT_MEMORY_BYTES, sandboxMemoryBytes } from '../../src/formats/dnscontrol/sandbox.js';
import { YAML_LIMITS, yamlFileLimit } from '../../src/formats/octodns/yaml.js';
import { loadSide } from '../../src/review/load.js';
import { openTree } from '../../src/sources/git.js';
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

describe('the caps of one file or one evaluation follow a raised budget', () => {
  const MiB = 1024 * 1024;

  test('the default budget, or a lower record limit, keeps every cap as it is', () => {
    for (const limits of [
      DEFAULT_INPUT_LIMITS,
      limitsForRecords(10),
      limitsForRecords(1_000_000),
    ]) {
      expect(yamlFileLimit(limits)).toBe(YAML_LIMITS.maxFileBytes);
      expect(yamlFileLimit(limits)).toBe(8 * MiB);
      expect(sandboxMemoryBytes(limits)).toBe(DEFAULT_MEMORY_BYTES);
      expect(sandboxMemoryBytes(limits)).toBe(256 * MiB);
    }
  });

  test('a raised budget grows them by the ratio of its input limit to the default', () => {
    // 4,194,304 records: 512 MiB of input, four times the default.
    const four = limitsForRecords(4 * 1024 * 1024);
    expect(four.bytes).toBe(512 * MiB);
    expect(yamlFileLimit(four)).toBe(32 * MiB);
    expect(sandboxMemoryBytes(four)).toBe(1024 * MiB);
    // A ratio that is no whole number rounds up to a whole byte.
    const odd = limitsForRecords(3_000_000);
    expect(scaledCap(8 * MiB, odd)).toBe(Math.ceil((8 * MiB * 384_000_000) / (128 * MiB)));
    expect(scaledCap(7, { records: 1, bytes: DEFAULT_INPUT_LIMITS.bytes * 1.5 })).toBe(11);
  });

  test('recordsForCap is the least --max-records that grows a cap enough', () => {
    for (const needed of [8 * MiB + 1, 9_437_185, 78_724_691, 300 * MiB + 7]) {
      const records = recordsForCap(8 * MiB, needed);
      expect(yamlFileLimit(limitsForRecords(records))).toBeGreaterThanOrEqual(needed);
      expect(yamlFileLimit(limitsForRecords(records - 1))).toBeLessThan(needed);
    }
    // Under the default cap, the default records limit is enough.
    expect(recordsForCap(8 * MiB, 100)).toBe(DEFAULT_INPUT_LIMITS.records);
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

describe("the sandbox's memory follows the review's budget", () => {
  // About 300 MiB of strings: over the default cap of 256 MiB, under the 512 MiB of a budget
  // twice the default.
  const config =
    'var a = []; for (var i = 0; i < 300; i++) a.push("x".repeat(1 << 20) + i);\nD("example.com", NewRegistrar("none"));\n';

  test('a config over the default cap fails, and loads when the budget is raised', async () => {
    const repo = makeRepo();
    try {
      const sha = repo.commit({ 'dnsconfig.js': config, 'creds.json': '{}\n' });
      const tree = await openTree(repo.dir, sha);
      const load = (budget: InputBudget) =>
        loadSide(tree, [dnscontrolFormat], { paths: [''], budget });
      const small = await load(new InputBudget());
      expect(small.ok ? [] : small.errors.map((e) => `${e.location.file}: ${e.message}`)).toEqual([
        'dnsconfig.js: evaluation exceeded the memory limit of 256 MiB',
      ]);
      const raised = await load(new InputBudget(limitsForRecords(2 * 1024 * 1024)));
      expect(raised.ok && raised.value.zones.map((z) => z.name)).toEqual(['example.com.']);
    } finally {
      repo.remove();
    }
  }, 60_000);
});
