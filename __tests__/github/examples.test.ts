/** The example workflows parse, use only inputs action.yml defines, and keep least privilege. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { load } from 'js-yaml';

type Step = { uses?: string; with?: Record<string, unknown>; run?: string };
type Workflow = {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string };
  jobs: Record<string, { steps: Step[] }>;
};

const dir = join(process.cwd(), 'examples', 'workflows');
const action = load(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

describe('examples/workflows', () => {
  test('action.yml runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  test.each(files)('%s', (file) => {
    const wf = load(readFileSync(join(dir, file), 'utf8')) as Workflow;
    expect(wf.permissions).toBeDefined();
    // Write access only where the job posts; never contents: write.
    expect(wf.permissions['contents'] ?? 'read').toBe('read');
    expect(wf.concurrency?.group).toMatch(/zoneguard/);
    const ours = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.startsWith('zoneguard/zoneguard@'));
    expect(ours.length).toBe(1);
    for (const step of ours)
      for (const key of Object.keys(step.with ?? {}))
        expect(Object.keys(action.inputs)).toContain(key);
    if ('pull_request' in wf.on) {
      const types = (wf.on['pull_request'] as { types: string[] }).types;
      expect(types).toEqual(expect.arrayContaining(['labeled', 'unlabeled', 'synchronize']));
    }
    // Nothing untrusted is interpolated into a shell script.
    for (const step of Object.values(wf.jobs).flatMap((j) => j.steps))
      expect(step.run ?? '').not.toMatch(/\$\{\{/);
  });
});
