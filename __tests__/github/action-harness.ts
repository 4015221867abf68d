/**
 * Runs the bundled Action the way the runner does: `node index.js` with INPUT_* variables
 * (hyphens kept), a real pull_request payload from @octokit/webhooks-examples pointed at a real
 * test repository's commits, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_API_URL at the fake.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestRepo } from '../helpers/git-repo.js';
import type { FakeGitHub } from './fake-github.js';

const require = createRequire(import.meta.url);

/** Temp folders of builds and runs, removed by `removeTempDirs` after the tests. */
const tempDirs: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Bundles src/action.ts into a fresh folder, so tests never run a stale dist/. */
export function buildAction(): string {
  const out = tempDir('zg-action-');
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', out], { stdio: 'inherit' });
  return join(out, 'index.js');
}

export const OWNER = 'Codertocat';
export const REPO = 'Hello-World';

/** The `pull_request.opened` example payload, adjusted to our repository and commits. */
export function pullRequestPayload(opts: {
  number: number;
  baseSha: string;
  headSha: string;
  labels?: readonly string[];
  fork?: boolean;
  action?: string;
}): object {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Record<string, unknown>[];
  }[];
  const event = structuredClone(
    all.find((e) => e.name === 'pull_request')!.examples.find((e) => e['action'] === 'opened')!,
  ) as {
    action: string;
    number: number;
    pull_request: {
      number: number;
      labels: Record<string, unknown>[];
      head: { sha: string; repo: { full_name: string; owner: { login: string } } };
      base: { sha: string; repo: { full_name: string } };
    };
  };
  event.action = opts.action ?? 'opened';
  event.number = opts.number;
  const pr = event.pull_request;
  pr.number = opts.number;
  pr.base.sha = opts.baseSha;
  pr.head.sha = opts.headSha;
  pr.base.repo.full_name = `${OWNER}/${REPO}`;
  pr.head.repo.full_name = opts.fork ? `mallory/${REPO}` : `${OWNER}/${REPO}`;
  pr.labels = (opts.labels ?? []).map((name, i) => ({
    id: i + 1,
    node_id: `L${i}`,
    url: `https://api.github.com/repos/${OWNER}/${REPO}/labels/${encodeURIComponent(name)}`,
    name,
    color: 'd73a4a',
    default: false,
    description: null,
  }));
  return event;
}

/** A `workflow_run.completed` example payload for the run that reviewed `headSha`. */
export function workflowRunPayload(headSha: string): object {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Record<string, unknown>[];
  }[];
  const event = structuredClone(
    all.find((e) => e.name === 'workflow_run')!.examples.find((e) => e['action'] === 'completed')!,
  ) as { workflow_run: { head_sha: string; event: string; pull_requests: unknown[] } };
  event.workflow_run.head_sha = headSha;
  event.workflow_run.event = 'pull_request';
  event.workflow_run.pull_requests = []; // as GitHub sends it for forks
  return event;
}

/** A `push` example payload moving the branch from `before` to `after`. */
export function pushPayload(before: string, after: string): object {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Record<string, unknown>[];
  }[];
  const event = structuredClone(all.find((e) => e.name === 'push')!.examples[0]!);
  event['before'] = before;
  event['after'] = after;
  return event;
}

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** GITHUB_OUTPUT holds `name<<DELIM` … `DELIM` blocks (or `name=value` lines). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      out[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return out;
}

export async function runAction(
  bundle: string,
  repo: TestRepo,
  github: FakeGitHub,
  opts: {
    event: object;
    eventName?: string;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
  },
): Promise<ActionRun> {
  const dir = tempDir('zg-run-');
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.event));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { 'github-token': github.token, live: 'false', ...opts.inputs };
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_WORKSPACE: repo.dir,
    RUNNER_TEMP: dir,
    ...opts.env,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [bundle], { cwd: repo.dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}
