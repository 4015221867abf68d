import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import { commitRange, pullRequestFromPayload, workflowRunHead } from '../../src/github/event.js';

const require = createRequire(import.meta.url);
const all = require('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Record<string, unknown>[];
}[];
const example = (name: string, action?: string) =>
  structuredClone(
    all.find((e) => e.name === name)!.examples.find((e) => !action || e['action'] === action)!,
  );

describe('pullRequestFromPayload', () => {
  test('a labeled event names the label that triggered it', () => {
    const labeled = example('pull_request', 'labeled');
    const pr = pullRequestFromPayload(labeled)!;
    expect(pr.labeledNow).toBe((labeled['label'] as { name: string }).name);
    expect(pr.labels).toContain(pr.labeledNow);
    expect(pullRequestFromPayload(example('pull_request', 'opened'))!.labeledNow).toBeUndefined();
  });

  test('a head in another repository, or a deleted one, is a fork', () => {
    const event = example('pull_request', 'opened') as {
      pull_request: { head: { repo: unknown } };
    };
    expect(pullRequestFromPayload(event)!.fromFork).toBe(false);
    (event.pull_request.head.repo as { full_name: string }).full_name = 'mallory/Hello-World';
    expect(pullRequestFromPayload(event)!.fromFork).toBe(true);
    event.pull_request.head.repo = null;
    expect(pullRequestFromPayload(event)!.fromFork).toBe(true);
  });

  test('anything malformed is not a pull request', () => {
    for (const bad of [null, 'x', {}, { pull_request: { number: '1' } }, { pull_request: [] }])
      expect(pullRequestFromPayload(bad)).toBeUndefined();
    const event = example('pull_request', 'opened') as { pull_request: { head: { sha: string } } };
    event.pull_request.head.sha = '--upload-pack=evil';
    expect(pullRequestFromPayload(event)).toBeUndefined();
  });
});

describe('commit ranges', () => {
  test('push: before → after; a new branch has no base; a deleted one nothing to review', () => {
    const push = example('push'); // the example creates a branch: `before` is all zeros
    expect(commitRange('push', push)).toEqual({ base: undefined, head: push['after'] });
    push['before'] = 'c'.repeat(40);
    expect(commitRange('push', push)).toEqual({ base: 'c'.repeat(40), head: push['after'] });
    push['after'] = '0'.repeat(40);
    expect(commitRange('push', push)).toBeUndefined();
  });

  test('merge_group: the queue base → the candidate; workflow_run: its head', () => {
    const group = { merge_group: { base_sha: 'a'.repeat(40), head_sha: 'b'.repeat(40) } };
    expect(commitRange('merge_group', group)).toEqual({
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
    });
    const run = example('workflow_run', 'completed') as { workflow_run: { head_sha: string } };
    expect(workflowRunHead(run)).toBe(run.workflow_run.head_sha);
    expect(commitRange('pull_request', group)).toBeUndefined();
  });
});
