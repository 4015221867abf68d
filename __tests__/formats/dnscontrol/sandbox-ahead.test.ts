/**
 * The sandbox a review starts ahead (sandbox.ts, SandboxAhead): the first evaluation starts a
 * second sandbox beside its own, and the next evaluation runs in it, with the result a new
 * sandbox gives and under the same deadline and memory cap. Sandboxes are real worker threads;
 * the spy only counts the ones started, and calls through.
 */
import { jest } from '@jest/globals';
import { Sandbox, SandboxAhead } from '../../../src/formats/dnscontrol/sandbox.js';
import { runReview } from '../../../src/review/review.js';
import { evaluateText as evaluate, oneRecordConfig } from '../../helpers/dnscontrol.js';
import { makeRepo } from '../../helpers/git-repo.js';
import { reviewSettings } from '../../helpers/review.js';

const MiB = 1024 * 1024;

const config = oneRecordConfig;

afterEach(() => {
  jest.restoreAllMocks();
});

describe('the sandbox started ahead', () => {
  test('serves the next evaluation, with the result a new sandbox gives', async () => {
    const starts = jest.spyOn(Sandbox, 'start');
    const ahead = new SandboxAhead();
    const head = await evaluate(config('example.com', '192.0.2.1'), { ahead });
    const base = await evaluate(config('example.com', '192.0.2.2'), { ahead });
    // The first evaluation starts its own and one ahead; the second starts none.
    expect(starts).toHaveBeenCalledTimes(2);
    starts.mockRestore();
    expect(head).toEqual(await evaluate(config('example.com', '192.0.2.1')));
    expect(base).toEqual(await evaluate(config('example.com', '192.0.2.2')));
    expect(base.ok && base.value.ir.domains[0]?.records[0]).toMatchObject({
      type: 'A',
      target: '192.0.2.2',
    });
  });

  test('keeps the deadline', async () => {
    const starts = jest.spyOn(Sandbox, 'start');
    const ahead = new SandboxAhead();
    const opts = { ahead, evalTimeoutMs: 1000 };
    expect((await evaluate(config('example.com', '192.0.2.1'), opts)).ok).toBe(true);
    const looped = await evaluate('while (true) {}', opts);
    expect(starts).toHaveBeenCalledTimes(2);
    expect(looped.ok ? 'ok' : looped.errors[0]!.message).toBe('evaluation exceeded 1 s');
  });

  test('keeps the memory cap', async () => {
    const starts = jest.spyOn(Sandbox, 'start');
    const ahead = new SandboxAhead();
    const opts = { ahead, evalMemoryBytes: 32 * MiB };
    expect((await evaluate(config('example.com', '192.0.2.1'), opts)).ok).toBe(true);
    const bomb = await evaluate('var a = []; while (true) a.push(new Array(1e5).fill("x"));', opts);
    expect(starts).toHaveBeenCalledTimes(2);
    expect(bomb.ok ? 'ok' : bomb.errors[0]!.message).toBe(
      'evaluation exceeded the memory limit of 32 MiB',
    );
  });

  test('is not used for other limits: the evaluation gets a new sandbox of its own', async () => {
    const starts = jest.spyOn(Sandbox, 'start');
    const ahead = new SandboxAhead();
    await evaluate(config('example.com', '192.0.2.1'), { ahead, evalMemoryBytes: 32 * MiB });
    const other = await evaluate(config('example.com', '192.0.2.2'), {
      ahead,
      evalMemoryBytes: 64 * MiB,
    });
    expect(other.ok).toBe(true);
    expect(starts).toHaveBeenCalledTimes(3);
    expect(starts.mock.calls[2]![1]).toBe(64 * MiB);
  });

  test('is started once per review: a third evaluation gets a new one', async () => {
    const starts = jest.spyOn(Sandbox, 'start');
    const ahead = new SandboxAhead();
    for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3'])
      expect((await evaluate(config('example.com', ip), { ahead })).ok).toBe(true);
    expect(starts).toHaveBeenCalledTimes(3);
  });
});

describe('in a review', () => {
  test("the base's evaluation runs in the sandbox the head's started; an audit starts none", async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({ 'dnsconfig.js': config('example.com', '192.0.2.1') }, 'base');
      const head = repo.commit({ 'dnsconfig.js': config('example.com', '192.0.2.2') }, 'head');
      const starts = jest.spyOn(Sandbox, 'start');
      const review = await runReview(reviewSettings(repo.dir, base, head));
      expect(review.ok && review.report.verdict).toBeTruthy();
      expect(starts).toHaveBeenCalledTimes(2);
      starts.mockClear();
      const audit = await runReview(reviewSettings(repo.dir, undefined, head, { audit: true }));
      expect(audit.ok).toBe(true);
      expect(starts).toHaveBeenCalledTimes(1);
    } finally {
      repo.remove();
    }
  });
});
