/**
 * The README's usage block works copied as it is: with the runner's rules for inputs (a default
 * applies only to an input the workflow leaves out; `${{ github.token }}` becomes the workflow
 * token), it gives the same settings as a workflow that sets nothing. And an empty github-token
 * falls back to GITHUB_TOKEN, or says in the log why no comment will come.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { load } from 'js-yaml';
import { readSettings } from '../../src/github/settings.js';

const require = createRequire(import.meta.url);
const WORKFLOW_TOKEN = 'ghs_workflowtoken0000000000000000000000';
const workspace = mkdtempSync(join(tmpdir(), 'zg-usage-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
const env = { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'push', RUNNER_TEMP: workspace };

/** The pull_request.opened example payload from @octokit/webhooks-examples, as a file. */
function pullRequestEvent(): string {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: { action: string }[];
  }[];
  const event = all
    .find((e) => e.name === 'pull_request')!
    .examples.find((e) => e.action === 'opened')!;
  const file = join(workspace, 'event.json');
  writeFileSync(file, JSON.stringify(event));
  return file;
}

const action = load(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

/** The step of the README's usage block, as YAML. */
function readmeStep(): { uses: string; with: Record<string, unknown> } {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(
    readme.indexOf('<!-- usage:start -->'),
    readme.indexOf('<!-- usage:end -->'),
  );
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
  return (load(yaml) as { uses: string; with: Record<string, unknown> }[])[0]!;
}

/** What the runner hands the action: the workflow's value, else the default, expressions evaluated. */
function runnerInputs(given: Record<string, unknown>) {
  const evaluate = (v: string) => v.replace(/^\$\{\{\s*github\.token\s*\}\}$/, WORKFLOW_TOKEN);
  return (name: string): string => {
    if (Object.hasOwn(given, name)) return evaluate(String(given[name]));
    return evaluate(action.inputs[name]?.default ?? '');
  };
}

/** Output the Action writes (core.warning, add-mask), captured. */
function captureStdout<T>(run: () => T): { result: T; out: string } {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    return { result: run(), out };
  } finally {
    spy.mockRestore();
  }
}

describe('the README usage block', () => {
  test('names every input of action.yml', () => {
    const step = readmeStep();
    expect(step.uses).toBe('zoneguard/zoneguard@v1');
    expect(Object.keys(step.with).sort()).toEqual(Object.keys(action.inputs).sort());
  });

  test('copied verbatim, gives the settings of a workflow that sets no input', () => {
    const verbatim = captureStdout(() => readSettings(runnerInputs(readmeStep().with), env)).result;
    const bare = captureStdout(() => readSettings(runnerInputs({}), env)).result;
    expect(verbatim.ok).toBe(true);
    expect(verbatim).toEqual(bare);
    if (verbatim.ok) expect(verbatim.settings.token).toBe(WORKFLOW_TOKEN);
  });
});

describe('an empty github-token', () => {
  test('takes GITHUB_TOKEN from the environment', () => {
    const { result } = captureStdout(() =>
      readSettings(runnerInputs({ 'github-token': '' }), { ...env, GITHUB_TOKEN: 'ghs_fromenv' }),
    );
    expect(result.ok && result.settings.token).toBe('ghs_fromenv');
  });

  test('without GITHUB_TOKEN, warns on a pull request how to give the workflow token', () => {
    const prEnv = {
      ...env,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(),
    };
    const { result, out } = captureStdout(() =>
      readSettings(runnerInputs({ 'github-token': '' }), prEnv),
    );
    expect(result.ok && result.settings.token).toBe('');
    expect(out).toContain("::warning::Input 'github-token' is empty");
    expect(out).toContain(`\${{ github.token }}`);
  });

  test('a push needs no token: no warning', () => {
    const { result, out } = captureStdout(() =>
      readSettings(runnerInputs({ 'github-token': '' }), env),
    );
    expect(result.ok).toBe(true);
    expect(out).not.toContain('::warning::');
  });

  test('a given token is used and masked, with no warning', () => {
    const { result, out } = captureStdout(() =>
      readSettings(runnerInputs({ 'github-token': 'ghs_given' }), {
        ...env,
        GITHUB_TOKEN: 'ghs_fromenv',
      }),
    );
    expect(result.ok && result.settings.token).toBe('ghs_given');
    expect(out).toContain('::add-mask::ghs_given');
    expect(out).not.toContain('::warning::');
  });
});
