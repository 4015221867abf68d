/**
 * A review's base evaluation taken from its head's when the sandbox would be given exactly the
 * same (evaluation-memo.ts): a pull request that touches no file the config could load (a
 * workflow, the README) runs one evaluation, with the report two would give; any difference in
 * what the sandbox is given runs both. Sandboxes are real worker threads; the spy only counts
 * evaluations, and calls through.
 */
import { jest } from '@jest/globals';
import { evaluateDnsconfigFull } from '../../../src/formats/dnscontrol/evaluate.js';
import { sameInput, takeSameEvaluation } from '../../../src/formats/dnscontrol/evaluation-memo.js';
import {
  Sandbox,
  SandboxAhead,
  type SandboxInput,
} from '../../../src/formats/dnscontrol/sandbox.js';
import { SideMemo } from '../../../src/formats/side-memo.js';
import { runReview } from '../../../src/review/review.js';
import { oneRecordConfig } from '../../helpers/dnscontrol.js';
import { makeRepo } from '../../helpers/git-repo.js';
import { reviewSettings } from '../../helpers/review.js';

const CONFIG = `var hosts = require("./hosts.json");
D("example.com", NewRegistrar("none"), DnsProvider(NewDnsProvider("none")),
  A("@", hosts.apex), A("www", hosts.apex));
`;
const HOSTS = '{ "apex": "192.0.2.1" }';

afterEach(() => {
  jest.restoreAllMocks();
});

/** A review of base → head (each a commit's files), and how many evaluations it ran. */
async function review(base: Record<string, string>, head: Record<string, string>) {
  const repo = makeRepo();
  try {
    const b = repo.commit(base, 'base');
    const h = repo.commit(head, 'head');
    const runs = jest.spyOn(Sandbox.prototype, 'run');
    const result = await runReview(reviewSettings(repo.dir, b, h));
    const count = runs.mock.calls.length;
    runs.mockRestore();
    return { result, count };
  } finally {
    repo.remove();
  }
}

const start = { 'dnsconfig.js': CONFIG, 'hosts.json': HOSTS, 'README.md': 'zones\n' };

describe('in a review', () => {
  test('a change to no file the config could load evaluates once', async () => {
    const { result, count } = await review(start, { 'README.md': 'our zones\n' });
    expect(count).toBe(1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.verdict).toBe('pass');
    expect(result.report.zones.map((z) => [z.zone, z.changes.length])).toEqual([
      ['example.com.', 0],
    ]);
  });

  test('a change to a file the config requires evaluates both sides', async () => {
    const { result, count } = await review(start, { 'hosts.json': '{ "apex": "192.0.2.2" }' });
    expect(count).toBe(2);
    expect(result.ok && result.report.zones[0]!.changes.length).toBe(2);
  });

  test('a change to any loadable file evaluates both sides, even one the config never reads', async () => {
    // renovate.json could be required; whether it was is not what is compared.
    const { count } = await review(
      { ...start, 'renovate.json': '{}' },
      { 'renovate.json': '{ "extends": [] }' },
    );
    expect(count).toBe(2);
  });

  test('a new file anywhere evaluates both sides (glob lists the repository)', async () => {
    const { count } = await review(start, { 'notes.txt': 'x\n' });
    expect(count).toBe(2);
  });
});

describe("the base's evaluation started ahead", () => {
  test("starts once the head's has run, before the head's load ends, with the base's result", async () => {
    const repo = makeRepo();
    try {
      const b = repo.commit({ 'dnsconfig.js': CONFIG, 'hosts.json': HOSTS }, 'base');
      const h = repo.commit({ 'hosts.json': '{ "apex": "192.0.2.2" }' }, 'head');
      const started = jest.spyOn(SandboxAhead.prototype, 'start');
      const progress = jest.fn();
      const result = await runReview(reviewSettings(repo.dir, b, h), { progress });
      expect(started).toHaveBeenCalledTimes(1);
      expect(started.mock.calls[0]![0].files.texts.get('hosts.json')).toBe(HOSTS);
      // Started before the review said it loads the base.
      const baseLoad = progress.mock.calls.findIndex(
        ([step]) => (step as { side?: string }).side === 'base',
      );
      expect(baseLoad).toBeGreaterThan(0);
      expect(started.mock.invocationCallOrder[0]).toBeLessThan(
        progress.mock.invocationCallOrder[baseLoad]!,
      );
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const values = (side: 'before' | 'after') =>
        result.report.zones[0]!.changes.flatMap((c) => c[side]?.values ?? []).sort();
      expect(values('before')).toEqual(['192.0.2.1', '192.0.2.1']);
      expect(values('after')).toEqual(['192.0.2.2', '192.0.2.2']);
    } finally {
      repo.remove();
    }
  });

  test('serves each config of a repository its own, one evaluation at a time', async () => {
    const repo = makeRepo();
    const config = oneRecordConfig;
    try {
      const b = repo.commit(
        {
          'a/dnsconfig.js': config('a.example', '192.0.2.1'),
          'b/dnsconfig.js': config('b.example', '192.0.2.3'),
        },
        'base',
      );
      const h = repo.commit(
        {
          'a/dnsconfig.js': config('a.example', '192.0.2.2'),
          'b/dnsconfig.js': config('b.example', '192.0.2.4'),
        },
        'head',
      );
      let running = 0;
      let most = 0;
      const run = Sandbox.prototype.run;
      jest.spyOn(Sandbox.prototype, 'run').mockImplementation(async function (
        this: Sandbox,
        ...args: Parameters<Sandbox['run']>
      ) {
        most = Math.max(most, ++running);
        try {
          return await run.apply(this, args);
        } finally {
          running--;
        }
      });
      const result = await runReview(reviewSettings(repo.dir, b, h));
      expect(most).toBe(1);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const changes = result.report.zones.map((z) => [
        z.zone,
        z.changes.map((c) => [c.before?.values, c.after?.values]),
      ]);
      expect(changes).toEqual([
        ['a.example.', [[['192.0.2.1'], ['192.0.2.2']]]],
        ['b.example.', [[['192.0.2.3'], ['192.0.2.4']]]],
      ]);
    } finally {
      repo.remove();
    }
  });

  test('that cannot start leaves no unhandled failure, and gives it to whoever takes it', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      jest.spyOn(Sandbox, 'start').mockRejectedValueOnce(new Error('no sandbox'));
      const pending = new SandboxAhead().start(
        { source: '', file: 'dnsconfig.js', baseDir: '', files: { texts: new Map(), listing: [] } },
        { timeoutMs: 1000, memoryBytes: 1 << 25 },
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(pending.outcome).rejects.toThrow('no sandbox');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  test('is ended, not taken, by a side whose input is another', async () => {
    const memo = new SideMemo();
    const input: SandboxInput = {
      source: 'D("x")',
      file: 'dnsconfig.js',
      baseDir: '',
      files: { texts: new Map(), listing: ['dnsconfig.js'] },
    };
    const limits = { timeoutMs: 1000, memoryBytes: 1 << 25 };
    const evaluation = {
      outcome: new Promise<never>(() => {}),
      hold: jest.fn(),
      release: jest.fn(),
    };
    const key = 'dnscontrol evaluation dnsconfig.js';
    memo.keep(key, Promise.resolve({ input, limits, evaluation }));
    const other = await takeSameEvaluation(memo, { ...input, source: 'D("y")' }, limits);
    expect(other).toEqual({ found: true });
    expect(evaluation.release).toHaveBeenCalledTimes(1);
    expect(evaluation.hold).not.toHaveBeenCalled();
    memo.keep(key, Promise.resolve({ input, limits, evaluation }));
    const same = await takeSameEvaluation(memo, { ...input }, limits);
    expect(same.outcome).toBe(evaluation.outcome);
    expect(evaluation.hold).toHaveBeenCalledTimes(1);
  });
});

describe('one evaluation for another', () => {
  /** Evaluates the config once per options, one after the other, through one memo. */
  async function evaluateInTurn(
    each: Parameters<typeof evaluateDnsconfigFull>[2][],
    config = CONFIG,
  ) {
    const repo = makeRepo({ 'dnsconfig.js': config, 'hosts.json': HOSTS });
    try {
      const memo = new SideMemo();
      const runs = jest.spyOn(Sandbox.prototype, 'run');
      const tree = await repo.tree();
      const results = [];
      for (const opts of each)
        results.push(await evaluateDnsconfigFull(tree, 'dnsconfig.js', { ...opts, memo }));
      const count = runs.mock.calls.length;
      runs.mockRestore();
      return { results, runs: count };
    } finally {
      repo.remove();
    }
  }

  async function evaluateTwice(
    first: Parameters<typeof evaluateDnsconfigFull>[2],
    second: Parameters<typeof evaluateDnsconfigFull>[2],
    config = CONFIG,
  ) {
    const { results, runs } = await evaluateInTurn([first, second], config);
    return { a: results[0]!, b: results[1]!, runs };
  }

  test('is taken for the same input and limits, with the same result', async () => {
    const { a, b, runs } = await evaluateTwice({}, {});
    expect(runs).toBe(1);
    expect(b).toEqual(a);
  });

  test('is not taken under other variables or limits', async () => {
    const vars = await evaluateTwice({ vars: new Map([['X', '1']]) }, {});
    expect(vars.runs).toBe(2);
    const limits = await evaluateTwice({}, { evalTimeoutMs: 9000 });
    expect(limits.runs).toBe(2);
  });

  test('is not left by an evaluation that failed', async () => {
    const { b, runs } = await evaluateTwice({}, {}, 'throw new Error("no");');
    expect(runs).toBe(2);
    expect(b.ok).toBe(false);
  });

  test('serves one later evaluation only', async () => {
    // The first runs and leaves it, the second takes it, the third runs again.
    expect((await evaluateInTurn([{}, {}, {}])).runs).toBe(2);
  });
});

describe('sameInput', () => {
  const input: SandboxInput = {
    source: 'D("x")',
    file: 'dnsconfig.js',
    baseDir: '',
    files: {
      texts: new Map([['dnsconfig.js', 'D("x")']]),
      listing: ['dnsconfig.js', 'README.md'],
      targets: new Map([['link.js', 'dnsconfig.js']]),
    },
    vars: [['A', '1']],
  };
  const variants: [string, SandboxInput][] = [
    ['source', { ...input, source: 'D("y")' }],
    ['file', { ...input, file: 'other/dnsconfig.js' }],
    ['folder', { ...input, baseDir: 'other' }],
    ['a variable', { ...input, vars: [['A', '2']] }],
    ['no variables', { ...input, vars: undefined }],
    ['a text', { ...input, files: { ...input.files, texts: new Map([['dnsconfig.js', 'x']]) } }],
    [
      'one text more',
      {
        ...input,
        files: { ...input.files, texts: new Map([...input.files.texts, ['a.json', '{}']]) },
      },
    ],
    ['the listing', { ...input, files: { ...input.files, listing: ['dnsconfig.js'] } }],
    ['a link', { ...input, files: { ...input.files, targets: new Map() } }],
  ];
  test('the same', () => {
    expect(sameInput(input, { ...input, files: { ...input.files } })).toBe(true);
  });
  test.each(variants)('another %s', (_, other) => {
    expect(sameInput(input, other)).toBe(false);
    expect(sameInput(other, input)).toBe(false);
  });
});
