import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { readSettings } from '../../src/github/settings.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: { action: string; pull_request: Record<string, unknown> }[];
}[];

const workspace = mkdtempSync(join(tmpdir(), 'zg-settings-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function eventFile(fork: boolean): string {
  const ex = structuredClone(
    examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!,
  );
  const pr = ex.pull_request as {
    head: { sha: string; repo: { full_name: string } };
    base: { sha: string };
  };
  pr.head.sha = 'c'.repeat(40);
  pr.base.sha = 'd'.repeat(40);
  if (fork) pr.head.repo.full_name = 'mallory/Hello-World';
  const file = join(workspace, `event-${fork}.json`);
  writeFileSync(file, JSON.stringify(ex));
  return file;
}

const inputs =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

describe('readSettings', () => {
  test('Terraform: tf-var-files inside the repository, terraform-plan wherever the job wrote it', () => {
    const env = {
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(false),
    };
    const r = readSettings(
      inputs({
        'github-token': 't',
        format: 'terraform',
        'tf-var-files': 'dns/prod.tfvars\n\n  dns/common.tfvars  ',
        'terraform-plan': '/tmp/runner/dns.plan.json',
      }),
      env,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings).toMatchObject({
      format: 'terraform',
      tfVarFiles: ['dns/prod.tfvars', 'dns/common.tfvars'],
      terraformPlan: '/tmp/runner/dns.plan.json',
    });
    const relative = readSettings(
      inputs({ 'github-token': 't', 'terraform-plan': 'plan.json' }),
      env,
    );
    expect(relative.ok && relative.settings.terraformPlan).toBe(join(workspace, 'plan.json'));
    const outside = readSettings(
      inputs({ 'github-token': 't', 'tf-var-files': '../secrets.tfvars' }),
      env,
    );
    expect(outside.ok).toBe(false);
    if (!outside.ok)
      expect(outside.errors.join('\n')).toContain(
        "Input 'tf-var-files' must be a path inside the repository",
      );
  });

  test('defaults, and a pull request from the event', () => {
    const env = {
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(false),
      RUNNER_TEMP: '/tmp/runner',
    };
    const r = readSettings(inputs({ 'github-token': 't' }), env);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings).toMatchObject({
      paths: [],
      format: 'auto',
      configFile: undefined,
      credsFile: undefined,
      octodnsConfig: undefined,
      workingDirectory: undefined,
      live: true,
      comment: true,
      noChangeComment: 'short',
      reviewComments: false,
      failOn: undefined,
      overrideLabel: undefined,
      readOnlyToken: false,
      reportPath: '/tmp/runner/zoneguard/report.json',
    });
    expect(r.settings.pullRequest).toMatchObject({
      owner: 'Codertocat',
      repo: 'Hello-World',
      number: 2,
      headSha: 'c'.repeat(40),
      fromFork: false,
    });
  });

  test('every bad input is reported, each naming its input', () => {
    const r = readSettings(
      inputs({
        format: 'pulumi',
        live: 'yes',
        'fail-on': 'severe',
        resolvers: '1.1.1.1, dns.google',
        path: '../outside',
        'override-label': 'x'.repeat(51),
        'live-deadline': '0',
        'live-in-flight': 'many',
        'no-change-comment': 'quiet',
      }),
      { GITHUB_WORKSPACE: workspace },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.errors.join('\n');
    for (const name of [
      "'format'",
      "'live'",
      "'fail-on'",
      "'resolvers'",
      "'path'",
      "'override-label'",
      "'live-deadline'",
      "'live-in-flight'",
      "'no-change-comment' must be one of short, none, full; got 'quiet'",
    ])
      expect(text).toContain(name);
    expect(r.errors).toHaveLength(9);
  });

  test('several paths, one per line, and the config files and working directory, repository-relative', () => {
    const r = readSettings(
      inputs({
        path: 'team-a\n  team-b/dns  \n\n',
        'config-file': 'infra/dns.js',
        'creds-file': `${workspace}/infra/creds.json`,
        'octodns-config': './octo/config/prod.yaml',
        'working-directory': 'octo',
      }),
      { GITHUB_WORKSPACE: workspace },
    );
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.settings).toMatchObject({
      paths: ['team-a', 'team-b/dns'],
      configFile: 'infra/dns.js',
      credsFile: 'infra/creds.json',
      octodnsConfig: 'octo/config/prod.yaml',
      workingDirectory: 'octo',
    });
    const bad = readSettings(
      inputs({
        path: 'ok\n../elsewhere\n~/zones',
        'config-file': '/etc/dnsconfig.js',
        'creds-file': '../creds.json',
        'octodns-config': '../x.yaml',
        'working-directory': '..',
      }),
      { GITHUB_WORKSPACE: workspace },
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual([
      "Input 'path' must be a path inside the repository, got '../elsewhere'.",
      "Input 'path' must be a path inside the repository, got '~/zones'.",
      "Input 'config-file' must be a path inside the repository, got '/etc/dnsconfig.js'.",
      "Input 'creds-file' must be a path inside the repository, got '../creds.json'.",
      "Input 'octodns-config' must be a path inside the repository, got '../x.yaml'.",
      "Input 'working-directory' must be a path inside the repository, got '..'.",
    ]);
  });

  test('live deadline and in-flight bound: unset by default, read when given', () => {
    const none = readSettings(inputs({}), { GITHUB_WORKSPACE: workspace });
    expect(none.ok && [none.settings.liveDeadlineMs, none.settings.liveInFlight]).toEqual([
      undefined,
      undefined,
    ]);
    const set = readSettings(inputs({ 'live-deadline': '45', 'live-in-flight': '16' }), {
      GITHUB_WORKSPACE: workspace,
    });
    expect(set.ok && [set.settings.liveDeadlineMs, set.settings.liveInFlight]).toEqual([
      45_000, 16,
    ]);
  });

  test('rdap: on with live DNS by default, off with false or live off, a URL for every domain', () => {
    const read = (values: Record<string, string>) => {
      const r = readSettings(inputs(values), { GITHUB_WORKSPACE: workspace });
      return r.ok ? r.settings.rdap : r.errors;
    };
    expect(read({})).toEqual({ on: true });
    expect(read({ rdap: 'false' })).toEqual({ on: false });
    expect(read({ live: 'false' })).toEqual({ on: false });
    expect(read({ live: 'false', rdap: 'http://127.0.0.1:8080/rdap' })).toEqual({
      on: true,
      url: 'http://127.0.0.1:8080/rdap/',
    });
    expect(read({ rdap: 'https://user:pw@rdap.example/' })).toEqual([
      "Input 'rdap' takes true, false or an RDAP base URL: must not carry a user name or password (RDAP is public).",
    ]);
  });

  test('axfr: off by default, on with true, refused when neither true nor false', () => {
    const none = readSettings(inputs({}), { GITHUB_WORKSPACE: workspace });
    expect(none.ok && none.settings.axfr).toBe(false);
    const on = readSettings(inputs({ axfr: 'true' }), { GITHUB_WORKSPACE: workspace });
    expect(on.ok && on.settings.axfr).toBe(true);
    const bad = readSettings(inputs({ axfr: 'yes please' }), { GITHUB_WORKSPACE: workspace });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.join('\n')).toContain('axfr');
  });

  test('no-change-comment takes short, none or full, in any case', () => {
    for (const [raw, value] of [
      ['none', 'none'],
      ['Full', 'full'],
      [' short ', 'short'],
    ] as const) {
      const r = readSettings(inputs({ 'no-change-comment': raw }), { GITHUB_WORKSPACE: workspace });
      expect(r.ok && r.settings.noChangeComment).toBe(value);
    }
  });

  test('a fork under pull_request gets a read-only token', () => {
    const r = readSettings(inputs({}), {
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(true),
    });
    expect(r.ok && r.settings.readOnlyToken).toBe(true);
  });

  test('pull_request_target from a fork refuses DNSControl code unless opted in', () => {
    const env = {
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: eventFile(true),
    };
    const refused = readSettings(inputs({}), env);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0]).toContain('allow-fork-dnscontrol');
    expect(readSettings(inputs({ format: 'bind' }), env).ok).toBe(true);
    // Terraform is parsed, never run: data, like zone files.
    expect(readSettings(inputs({ format: 'terraform' }), env).ok).toBe(true);
    expect(readSettings(inputs({ 'allow-fork-dnscontrol': 'true' }), env).ok).toBe(true);
    const sameRepo = { ...env, GITHUB_EVENT_PATH: eventFile(false) };
    expect(readSettings(inputs({}), sameRepo).ok).toBe(true);
  });

  test('vars: one NAME=VALUE a line, each value masked in the log as soon as it is read', () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const r = readSettings(
        inputs({ vars: '  SECRET1=s3cr3t=with=equals \r\n\nview=external\nSECRET1=later-wins' }),
        { GITHUB_WORKSPACE: workspace },
      );
      expect(r.ok && [...r.settings.vars]).toEqual([
        ['view', 'external'],
        ['SECRET1', 'later-wins'],
      ]);
      const masks = written.filter((w) => w.startsWith('::add-mask::'));
      expect(masks).toEqual([
        '::add-mask::s3cr3t=with=equals \n',
        '::add-mask::external\n',
        '::add-mask::later-wins\n',
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  test('vars: a line that is not NAME=VALUE is named by its number, never quoted', () => {
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const r = readSettings(inputs({ vars: 'view=x\n\nghp_notquoted' }), {
        GITHUB_WORKSPACE: workspace,
      });
      expect(r.ok).toBe(false);
      const errors = r.ok ? [] : r.errors;
      expect(errors).toEqual([expect.stringContaining("Input 'vars' line 3 must be NAME=VALUE")]);
      expect(errors.join('\n')).not.toContain('ghp_notquoted');
      const none = readSettings(inputs({}), { GITHUB_WORKSPACE: workspace });
      expect(none.ok && none.settings.vars.size).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('sharding inputs', () => {
  const env = { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'push' };
  test('zones and shard from a matrix', () => {
    const r = readSettings(
      inputs({ zones: 'a.example. b.example.\n*.c.example', shard: '2-of-4' }),
      env,
    );
    expect(r.ok && r.settings).toMatchObject({
      zones: ['a.example.', 'b.example.', '*.c.example'],
      shard: '2-of-4',
    });
  });
  test('without a shard label the zones are the label; neither: not sharded', () => {
    const r = readSettings(inputs({ zones: 'a.example,b.example' }), env);
    expect(r.ok && r.settings.shard).toBe('a.example b.example');
    const none = readSettings(inputs({}), env);
    expect(none.ok && none.settings).toMatchObject({ zones: [], shard: undefined });
  });
  test('a bad shard label, and review comments with a shard, are refused', () => {
    const bad = readSettings(inputs({ shard: '1 of 2' }), env);
    expect(bad.ok ? [] : bad.errors).toEqual([expect.stringContaining("Input 'shard' must be")]);
    const review = readSettings(inputs({ shard: '1-of-2', 'review-comments': 'true' }), env);
    expect(review.ok ? [] : review.errors).toEqual([
      expect.stringContaining("'review-comments' cannot be combined"),
    ]);
  });
});

describe('the audit input', () => {
  const env = (event: string) => ({
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event,
    GITHUB_REPOSITORY: 'octo/dns',
  });
  test('auto audits on schedule and workflow_dispatch, reviews otherwise', () => {
    for (const [event, audit] of [
      ['schedule', true],
      ['workflow_dispatch', true],
      ['push', false],
    ] as const) {
      const r = readSettings(inputs({}), env(event));
      expect(r.ok && r.settings).toMatchObject({
        audit,
        trackingIssue: true,
        repository: { owner: 'octo', repo: 'dns' },
      });
    }
  });
  test('true and false override the event; anything else is refused', () => {
    const on = readSettings(inputs({ audit: 'true', 'tracking-issue': 'false' }), env('push'));
    expect(on.ok && on.settings).toMatchObject({ audit: true, trackingIssue: false });
    const off = readSettings(inputs({ audit: 'false' }), env('schedule'));
    expect(off.ok && off.settings.audit).toBe(false);
    const bad = readSettings(inputs({ audit: 'daily' }), env('schedule'));
    expect(bad.ok ? [] : bad.errors).toEqual([expect.stringContaining("Input 'audit' must be")]);
  });
});
