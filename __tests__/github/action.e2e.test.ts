/**
 * End to end: the bundled Action against a real git repository and a fake GitHub that checks
 * every request and response against GitHub's OpenAPI description.
 */

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { load } from 'js-yaml';
import { parseMarker } from '../../src/github/marker.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { domainDocument, json, startRdapServer } from '../helpers/rdap-server.js';
import {
  buildAction,
  OWNER,
  pullRequestPayload,
  pushPayload,
  REPO,
  removeTempDirs,
  runAction,
  workflowRunPayload,
} from './action-harness.js';
import { FakeGitHub } from './fake-github.js';

const TOKEN = 'ghs_e2eTestToken0123456789abcdefABCDEF';
const ZONE = 'zones/example.com.zone';
const PR_NUMBER = 7;

function zone(ns2: string, opts: { www?: string; mx?: string; extra?: number } = {}): string {
  const lines = [
    '$ORIGIN example.com.',
    '$TTL 300',
    '@ IN SOA ns1.example.net. hostmaster.example.com. 1 7200 3600 1209600 300',
    '@ IN NS ns1.example.net.',
    `@ IN NS ${ns2}`,
    `@ IN MX 10 ${opts.mx ?? 'mail.example.com.'}`,
    'mail IN A 192.0.2.2',
    `www IN A ${opts.www ?? '192.0.2.1'}`,
  ];
  for (let i = 0; i < (opts.extra ?? 0); i++)
    lines.push(
      `host-${String(i).padStart(4, '0')}-with-a-long-label IN TXT "record number ${i} of a large change"`,
    );
  return `${lines.join('\n')}\n`;
}

let bundle: string;
let repo: TestRepo;
let base: string;
let github: FakeGitHub;

/** The unified-diff patch GitHub would show for the zone file between base and head. */
function patchOf(head: string): string {
  const diff = execFileSync('git', ['-C', repo.dir, 'diff', '--no-color', base, head, '--', ZONE], {
    encoding: 'utf8',
  });
  return diff.slice(diff.indexOf('@@'));
}

async function startGitHub(head: string, labels: string[] = []): Promise<FakeGitHub> {
  const gh = new FakeGitHub(TOKEN, {
    owner: OWNER,
    repo: REPO,
    number: PR_NUMBER,
    baseSha: base,
    headSha: head,
    labels,
    files: [{ filename: ZONE, patch: patchOf(head) }],
  });
  await gh.start();
  return gh;
}

function run(
  head: string,
  extra: { inputs?: Record<string, string>; fork?: boolean; labels?: string[] } = {},
) {
  return runAction(bundle, repo, github, {
    event: pullRequestPayload({
      number: PR_NUMBER,
      baseSha: base,
      headSha: head,
      labels: extra.labels ?? github.pr.labels,
      fork: extra.fork ?? false,
    }),
    inputs: extra.inputs ?? {},
  });
}

const ours = () => github.comments.filter((c) => c.user === github.viewer);

beforeAll(() => {
  bundle = buildAction();
  repo = makeRepo();
  base = repo.commit({ [ZONE]: zone('ns2.example.net.') }, 'base');
});

afterAll(() => {
  repo.remove();
  removeTempDirs();
});

afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.stop();
});

describe('the comment', () => {
  test('first run creates one comment, the second edits it, an unchanged one makes no write', async () => {
    const head1 = repo.commit({ [ZONE]: zone('ns3.example.org.') }, 'move ns2');
    github = await startGitHub(head1);

    const first = await run(head1);
    expect(first.code).toBe(1); // ns-change is critical: the step fails
    expect(first.outputs['verdict']).toBe('block');
    expect(first.outputs['highest-severity']).toBe('critical');
    const findings = JSON.parse(first.outputs['findings']!) as { rule: string }[];
    expect(findings.map((f) => f.rule)).toContain('ns-change');
    expect(first.summary).toContain('ns-change');
    expect(first.stdout).toMatch(/::error title=[^\n]*file=zones\/example\.com\.zone,line=\d+/);
    // The token only ever appears in the runner's own masking command.
    expect(first.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    expect(first.summary + JSON.stringify(github.requests)).not.toContain(TOKEN);
    expect(github.writes().map((w) => `${w.method} ${w.template}`)).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ]);
    expect(ours()).toHaveLength(1);
    const marker = parseMarker(ours()[0]!.body)!;
    expect(marker.head).toBe(head1);
    expect(marker.blocking.length).toBeGreaterThan(0);

    const head2 = repo.commit({ [ZONE]: zone('ns3.example.org.', { www: '192.0.2.9' }) }, 'www');
    github.pr.headSha = head2;
    github.pr.files = [{ filename: ZONE, patch: patchOf(head2) }];
    github.requests.length = 0;
    const second = await run(head2);
    expect(second.code).toBe(1);
    expect(github.writes().map((w) => `${w.method} ${w.template}`)).toEqual([
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    ]);
    expect(ours()).toHaveLength(1);
    expect(parseMarker(ours()[0]!.body)!.head).toBe(head2);

    github.requests.length = 0;
    const third = await run(head2);
    expect(third.code).toBe(1);
    expect(github.writes()).toEqual([]);
    expect(third.stdout).toContain('is current; not edited');
  });

  test('finds its comment among 150 others (every page) and edits it', async () => {
    const head = repo.commit({ [ZONE]: zone('ns4.example.org.') }, 'ns4');
    github = await startGitHub(head);
    for (let i = 0; i < 140; i++)
      github.addComment(i % 3 ? 'alice' : 'github-actions[bot]', `comment ${i}`);
    const mine = github.addComment(
      github.viewer,
      '<!-- zoneguard:v1 {"head":"' + 'f'.repeat(40) + '","report":"x","blocking":[]} -->\nold',
    );
    for (let i = 0; i < 9; i++) github.addComment('bob', `later ${i}`);
    // Someone else's copy of our marker must not be taken for ours.
    github.comments.unshift({ ...github.comments[140]!, id: 1, user: 'mallory' });

    const result = await run(head);
    expect(result.code).toBe(1);
    const pages = github.requests.filter(
      (r) => r.method === 'GET' && r.template?.endsWith('/issues/{issue_number}/comments'),
    );
    expect(pages.map((p) => new URL(p.path, 'http://x').searchParams.get('page') ?? '1')).toEqual([
      '1',
      '2',
    ]);
    expect(github.writes().map((w) => w.path)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/comments/${mine}`,
    ]);
    expect(github.comments).toHaveLength(151);
  });

  test('a run for an older head does not overwrite the newer result', async () => {
    const older = repo.commit({ [ZONE]: zone('ns5.example.org.') }, 'older');
    const newer = repo.commit({ [ZONE]: zone('ns6.example.org.') }, 'newer');
    github = await startGitHub(newer);
    const fresh = await run(newer);
    expect(fresh.code).toBe(1);
    const before = ours()[0]!.body;
    github.requests.length = 0;

    const stale = await run(older);
    expect(stale.code).toBe(1); // its own verdict still stands for its commit
    expect(stale.outputs['verdict']).toBe('block');
    expect(github.writes()).toEqual([]);
    expect(ours()[0]!.body).toBe(before);
    expect(stale.stdout).toContain(`the pull request's head is now ${newer}`);
  });
});

describe('a pull request that changes no DNS record', () => {
  /** The zone as on base, plus a README edit: nothing for ZoneGuard to review. */
  async function noChangeHead(label: string): Promise<string> {
    const head = repo.commit(
      { [ZONE]: zone('ns2.example.net.'), 'README.md': `${label}\n` },
      `docs: ${label}`,
    );
    github = await startGitHub(head);
    github.pr.files = [{ filename: 'README.md', patch: `@@ -0,0 +1 @@\n+${label}` }];
    return head;
  }
  /** The comment without its marker line. */
  const shown = () => ours()[0]!.body.split('\n').slice(1).join('\n');

  test('passes despite existing findings, with a one-line comment and the full job summary', async () => {
    const head = await noChangeHead('short');
    const result = await run(head);
    expect(result.code).toBe(0);
    // single-provider (medium) was there before: listed, but it no longer makes a warning.
    expect(result.outputs['verdict']).toBe('pass');
    const findings = JSON.parse(result.outputs['findings']!) as { introduced: boolean }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => !f.introduced)).toBe(true);
    expect(ours()).toHaveLength(1);
    expect(shown()).toBe(
      `✅ **ZoneGuard**: no DNS record changes in this pull request; ${findings.length} existing ` +
        `finding${findings.length === 1 ? '' : 's'} (the [job summary](https://github.com/${OWNER}/${REPO}/actions/runs/4242) has the full report).\n`,
    );
    expect(result.summary).toContain('## ZoneGuard: ✅ **Passed**');
    expect(result.summary).toContain('`single-provider`');
  });

  test("'none' posts nothing, but turns an earlier review into the short line", async () => {
    const inputs = { 'no-change-comment': 'none' };
    const quiet = await noChangeHead('none');
    const silent = await run(quiet, { inputs });
    expect(silent.code).toBe(0);
    expect(github.writes()).toEqual([]);
    expect(silent.stdout).toContain('Not commenting: this pull request changes no DNS record');
    await github.stop();

    // An earlier push changed the NS set and got the full review; this push reverts it.
    const changed = repo.commit({ [ZONE]: zone('ns20.example.org.') }, 'move ns2');
    github = await startGitHub(changed);
    expect((await run(changed, { inputs })).code).toBe(1);
    expect(ours()[0]!.body).toContain('### Introduced by this change');
    const reverted = repo.commit({ [ZONE]: zone('ns2.example.net.') }, 'revert ns2');
    github.pr.headSha = reverted;
    github.pr.files = []; // base and head hold the same zone again
    github.requests.length = 0;
    const after = await run(reverted, { inputs });
    expect(after.code).toBe(0);
    expect(github.writes().map((w) => `${w.method} ${w.template}`)).toEqual([
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    ]);
    expect(ours()).toHaveLength(1);
    expect(shown()).toMatch(
      /^✅ \*\*ZoneGuard\*\*: no DNS record changes in this pull request; [^\n]*\n$/,
    );
    expect(parseMarker(ours()[0]!.body)!.head).toBe(reverted);
    github.requests.length = 0;
    await run(reverted, { inputs });
    expect(github.writes()).toEqual([]);
  });

  test("'full' posts the whole review, existing findings collapsed", async () => {
    const head = await noChangeHead('full');
    const result = await run(head, { inputs: { 'no-change-comment': 'full' } });
    expect(result.code).toBe(0);
    const body = shown();
    expect(body).toContain('## ZoneGuard: ✅ **Passed**');
    expect(body).toContain('This change introduces no findings.');
    expect(body).toMatch(/<details><summary>\d+ findings? already present before this change/);
    expect(body).toContain('[workflow run](https://github.com/');
  });
});

describe('degraded GitHub', () => {
  test('a read-only token (403) still gives the verdict, outputs, summary and annotations', async () => {
    const head = repo.commit({ [ZONE]: zone('ns7.example.org.') }, 'ns7');
    github = await startGitHub(head);
    github.readOnly = true;
    const result = await run(head);
    expect(result.code).toBe(1);
    expect(result.outputs['verdict']).toBe('block');
    expect(result.summary).toContain('ns-change');
    expect(result.stdout).toMatch(/::error title=[^\n]*file=zones\/example\.com\.zone,line=\d+/);
    expect(result.stdout).toMatch(/::warning::No comment was posted: GitHub answered 403/);
    expect(github.comments).toHaveLength(0);
  });

  test('a fork pull request does not even try to write, and says why', async () => {
    const head = repo.commit({ [ZONE]: zone('ns8.example.org.') }, 'ns8');
    github = await startGitHub(head);
    const result = await run(head, { fork: true });
    expect(result.code).toBe(1);
    expect(result.outputs['verdict']).toBe('block');
    expect(github.writes()).toEqual([]);
    expect(result.stdout).toContain('comes from a fork');
  });

  test('a secondary rate limit (403 with retry-after) is waited out and retried', async () => {
    const head = repo.commit({ [ZONE]: zone('ns15.example.org.') }, 'ns15');
    github = await startGitHub(head);
    github.faults.push({
      method: 'GET',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 403,
      headers: { 'retry-after': '1' },
      times: 1,
    });
    const result = await run(head);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('GitHub answered 403');
    expect(ours()).toHaveLength(1);
  });

  test('502 then success is retried', async () => {
    const head = repo.commit({ [ZONE]: zone('ns9.example.org.') }, 'ns9');
    github = await startGitHub(head);
    github.faults.push({
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 502,
      times: 1,
    });
    const result = await run(head);
    expect(result.code).toBe(1);
    expect(github.writes().map((w) => w.status)).toEqual([502, 201]);
    expect(ours()).toHaveLength(1);
    expect(result.stdout).toContain('GitHub answered 502');
  });
});

describe('the override label', () => {
  test('a reader is ignored, a writer accepts, and a new blocking finding blocks again', async () => {
    const label = 'zoneguard:accept-risk';
    const head = repo.commit({ [ZONE]: zone('ns10.example.org.') }, 'ns10');
    github = await startGitHub(head);
    github.permissions.set('rita', 'read');
    github.permissions.set('wendy', 'write');
    expect((await run(head)).code).toBe(1);

    github.label(label, 'rita');
    const byReader = await run(head);
    expect(byReader.code).toBe(1);
    expect(byReader.stdout).toContain('@rita, who has read access');
    expect(ours()[0]!.body).toContain('@rita');

    github.unlabel(label, 'rita');
    github.label(label, 'wendy');
    const byWriter = await run(head);
    expect(byWriter.code).toBe(0);
    expect(byWriter.outputs['verdict']).not.toBe('block');
    const accepted = parseMarker(ours()[0]!.body)!.accepted!;
    expect(accepted.by).toBe('wendy');
    expect(ours()[0]!.body).toContain('@wendy');

    // A push that adds a new blocking finding (the MX changes): blocked again.
    const next = repo.commit(
      { [ZONE]: zone('ns10.example.org.', { mx: 'mx.example.org.' }) },
      'mx',
    );
    github.pr.headSha = next;
    github.pr.files = [{ filename: ZONE, patch: patchOf(next) }];
    const afterPush = await run(next);
    expect(afterPush.code).toBe(1);
    const rules = (
      JSON.parse(afterPush.outputs['findings']!) as { rule: string; accepted: boolean }[]
    )
      .filter((f) => !f.accepted)
      .map((f) => f.rule);
    expect(rules).toContain('mx-change');
    expect(rules).not.toContain('ns-change');
    expect(parseMarker(ours()[0]!.body)!.accepted).toEqual(accepted);
  });
});

describe('size', () => {
  test('a 70,000-character report is cut to fit, keeping the verdict and every finding', async () => {
    const head = repo.commit({ [ZONE]: zone('ns11.example.org.', { extra: 1200 }) }, 'big');
    github = await startGitHub(head);
    const result = await run(head);
    expect(result.code).toBe(1);
    expect(result.summary.length).toBeGreaterThan(70_000);
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024);
    const body = ours()[0]!.body;
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(262_144);
    expect(body).toContain('ZoneGuard');
    expect(body).toContain('✂️');
    const findings = JSON.parse(result.outputs['findings']!) as { message: string }[];
    for (const f of findings) expect(body).toContain(f.message.slice(0, 40));
    expect(result.summary).toContain('host-1199-with-a-long-label');
    expect(body).not.toContain('host-1199-with-a-long-label');
  });
});

describe('review comments', () => {
  test('findings on changed lines go into one COMMENT review, once', async () => {
    const head = repo.commit(
      { [ZONE]: zone('ns12.example.org.', { mx: 'mx12.example.org.' }) },
      'ns12',
    );
    github = await startGitHub(head);
    const inputs = { 'review-comments': 'true' };
    expect((await run(head, { inputs })).code).toBe(1);
    expect(github.reviews).toHaveLength(1);
    expect(github.reviews[0]!.event).toBe('COMMENT');
    expect(github.reviews[0]!.commitId).toBe(head);
    const posted = github.reviewComments.length;
    expect(posted).toBeGreaterThan(0);
    github.requests.length = 0;
    expect((await run(head, { inputs })).code).toBe(1);
    expect(github.reviews).toHaveLength(1);
    expect(github.reviewComments).toHaveLength(posted);
    expect(github.writes()).toEqual([]);

    // The MX change is reverted: its finding is gone, and so is its review comment.
    const next = repo.commit({ [ZONE]: zone('ns12.example.org.') }, 'revert mx');
    github.pr.headSha = next;
    github.pr.files = [{ filename: ZONE, patch: patchOf(next) }];
    const mxComment = github.reviewComments.find((c) => c.body.includes('mx-change'));
    expect(mxComment).toBeDefined();
    expect((await run(next, { inputs })).code).toBe(1);
    expect(github.reviewComments.map((c) => c.id)).not.toContain(mxComment!.id);
    expect(
      github
        .writes()
        .filter((w) => w.method === 'DELETE')
        .map((w) => w.path),
    ).toEqual([`/repos/${OWNER}/${REPO}/pulls/comments/${mxComment!.id}`]);
  });
});

describe('the fork-safe recipe', () => {
  test('pull_request computes without writing; workflow_run publishes the checked artifact', async () => {
    const head = repo.commit({ [ZONE]: zone('ns13.example.org.') }, 'ns13');
    github = await startGitHub(head);
    const review = await run(head, { fork: true });
    expect(review.code).toBe(1);
    expect(github.writes()).toEqual([]);
    // The artifact: the report and the number, downloaded into the trusted workflow's workspace.
    const artifact = join(repo.dir, 'artifact-report.json');
    copyFileSync(review.outputs['report-path']!, artifact);
    const publish = (number: string, event = workflowRunPayload(head)) =>
      runAction(bundle, repo, github, {
        event,
        eventName: 'workflow_run',
        inputs: { report: 'artifact-report.json', 'pull-request': number },
      });

    // A number pointing at a pull request whose head is another commit is not used.
    const elsewhere = await publish(String(PR_NUMBER), workflowRunPayload(base));
    expect(elsewhere.code).toBe(0);
    expect(elsewhere.stdout).toContain('Not publishing');
    expect(github.writes()).toEqual([]);

    const missing = await publish('999');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("Input 'pull-request': cannot read pull request #999");

    const published = await publish(String(PR_NUMBER));
    expect(published.code).toBe(0); // the pull_request run is the gate
    expect(published.outputs['verdict']).toBe('block');
    expect(ours()).toHaveLength(1);
    expect(parseMarker(ours()[0]!.body)!.head).toBe(head);

    // A tampered artifact that accepts its own risks gets the verdict recomputed.
    const tampered = JSON.parse(readFileSync(artifact, 'utf8'));
    tampered.verdict = 'pass';
    for (const f of tampered.findings) f.accepted = true;
    writeFileSync(artifact, JSON.stringify(tampered));
    const again = await publish(String(PR_NUMBER));
    expect(again.outputs['verdict']).toBe('block');
    tampered.head.commit = base;
    writeFileSync(artifact, JSON.stringify(tampered));
    const wrongCommit = await publish(String(PR_NUMBER));
    expect(wrongCommit.code).toBe(1);
    expect(wrongCommit.stdout).toContain(`not ${head}`);
  });
});

describe('a sharded review (docs/sharding.md)', () => {
  test('each shard edits its own comment; the summary publishes the merged report and gates', async () => {
    const other = 'zones/example.org.zone';
    const head = repo.commit(
      {
        [ZONE]: zone('ns14.example.org.'),
        [other]: zone('ns2.example.net.').replaceAll('example.com.', 'example.org.'),
      },
      'ns14, and a new zone',
    );
    github = await startGitHub(head);
    const shard = (zones: string, label: string) => run(head, { inputs: { zones, shard: label } });
    const one = await shard('example.com', '1-of-2');
    expect(one.code).toBe(1); // the NS change blocks in its own shard
    const two = await shard('example.org', '2-of-2');
    expect(two.code).toBe(0);
    expect(ours().map((c) => parseMarker(c.body)!.shard)).toEqual(['1-of-2', '2-of-2']);
    expect(ours()[1]!.body).toContain('Shard `2-of-2`');
    expect(ours()[1]!.body).not.toContain('example.com.');
    // A re-run of one shard edits its comment, never the other shard's.
    github.requests.length = 0;
    await shard('example.com', '1-of-2');
    expect(github.writes()).toEqual([]);

    // The summary job: merge the shards' reports, publish on the pull request's own event.
    const files = [one, two].map((r, i) => {
      const f = join(repo.dir, `shard-${i}.json`);
      copyFileSync(r.outputs['report-path']!, f);
      return f;
    });
    const merged = await runCli(['merge-reports', '--output', 'json', ...files]);
    expect(merged.code).toBe(1);
    writeFileSync(join(repo.dir, 'merged.json'), merged.stdout);
    const summary = await run(head, { inputs: { report: 'merged.json' } });
    expect(summary.code).toBe(1); // this job is the check: the merged verdict gates
    expect(summary.outputs['verdict']).toBe('block');
    const main = ours().filter((c) => parseMarker(c.body)!.shard === undefined);
    expect(main).toHaveLength(1);
    expect(main[0]!.body).toContain('example.com.');
    expect(main[0]!.body).toContain('example.org.');

    // A merged report of another commit is refused.
    github.pr.headSha = base;
    const wrong = await runAction(bundle, repo, github, {
      event: pullRequestPayload({
        number: PR_NUMBER,
        baseSha: base,
        headSha: base,
        labels: [],
        fork: false,
      }),
      inputs: { report: 'merged.json' },
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(`the report reviewed ${head}, not ${base}`);
    repo.commit({ [other]: null }, 'the later tests review one zone');
  });
});

describe('examples/workflows/sharded.yml, run step by step as the runner would', () => {
  test('targets → one Action run per matrix entry → merge-reports → the summary Action', async () => {
    type Step = { id?: string; uses?: string; with?: Record<string, string>; run?: string };
    const wf = load(readFileSync('examples/workflows/sharded.yml', 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const steps = (job: string) => wf.jobs[job]!.steps;
    const ourStep = (job: string) => steps(job).find((x) => x.uses?.startsWith('zoneguard/'))!;
    /** The CLI arguments a `run:` line gives `npx zoneguard@1`, up to a redirection. */
    const cliArgs = (run: string) => /zoneguard@1 ([^)>|]*)/.exec(run)![1]!.trim().split(/\s+/);
    const names = ['a', 'b', 'c', 'd', 'e'].map((l) => `${l}.example`);
    const zoneOf = (name: string, ns: string) => zone(ns).replaceAll('example.com.', `${name}.`);
    const head = repo.commit(
      {
        ...Object.fromEntries(names.map((n) => [`zones/${n}.zone`, zoneOf(n, 'ns2.example.net.')])),
        'zones/c.example.zone': zoneOf('c.example', 'ns15.example.org.'),
      },
      'five zones, one delegation change',
    );
    github = await startGitHub(head);
    repo.git('checkout', '-q', head);

    // Job "targets": the matrix from the working tree.
    const targets = await runCli(
      cliArgs(steps('targets').find((x) => x.id === 'targets')!.run!),
      repo.dir,
    );
    expect(targets.code).toBe(0);
    const matrix: { include: Record<string, string>[] } = JSON.parse(targets.stdout);
    expect(matrix.include.length).toBeGreaterThan(1);

    // Job "shard", once per matrix entry, with the step's inputs as the runner expands them.
    const shardDir = join(repo.dir, 'shards');
    mkdirSync(shardDir);
    for (const entry of matrix.include) {
      const inputs = Object.fromEntries(
        Object.entries(ourStep('shard').with ?? {}).map(([k, v]) => [
          k,
          String(v).replace(/\$\{\{ matrix\.(\w+) \}\}/g, (_, key: string) => String(entry[key])),
        ]),
      );
      const r = await run(head, { inputs });
      expect([0, 1]).toContain(r.code);
      copyFileSync(r.outputs['report-path']!, join(shardDir, `${entry['shard']}.json`));
    }
    expect(github.writes()).toEqual([]); // comment: false in every shard

    // Job "zoneguard": merge, then publish on the pull request's own event.
    const mergeRun = steps('zoneguard').find((x) => x.run?.includes('merge-reports'))!.run!;
    const args = cliArgs(mergeRun).flatMap((a) =>
      a === 'shards/*.json' ? readdirSync(shardDir).map((f) => join('shards', f)) : [a],
    );
    const merged = await runCli(args, repo.dir);
    expect(merged.code).toBe(1);
    writeFileSync(join(repo.dir, 'merged.json'), merged.stdout);
    const summary = await run(head, { inputs: ourStep('zoneguard').with ?? {} });
    expect(summary.code).toBe(1);
    const comments = ours().filter((c) => parseMarker(c.body)?.head === head);
    expect(comments).toHaveLength(1);
    for (const n of names) expect(comments[0]!.body).toContain(`${n}.`);
    expect(comments[0]!.body).toContain('ns15.example.org.');
    repo.git('checkout', '-q', 'main');
    repo.commit(
      Object.fromEntries(names.map((n) => [`zones/${n}.zone`, null])),
      'the later tests review one zone',
    );
  });
});

describe('the checkout', () => {
  test('a shallow clone gets the base commit fetched before the review', async () => {
    const head = repo.commit({ [ZONE]: zone('ns14.example.org.') }, 'ns14');
    github = await startGitHub(head);
    const clone = join(repo.dir, '..', `${repo.dir.split('/').pop()}-shallow`);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
    expect(() =>
      execFileSync('git', ['-C', clone, 'cat-file', '-e', `${base}^{commit}`], { stdio: 'ignore' }),
    ).toThrow();
    const result = await runAction(bundle, { ...repo, dir: clone }, github, {
      event: pullRequestPayload({ number: PR_NUMBER, baseSha: base, headSha: head }),
    });
    expect(result.stdout).toContain(`Fetched ${base}`);
    expect(result.code).toBe(1);
    expect(result.outputs['verdict']).toBe('block');
    expect(ours()).toHaveLength(1);
    rmSync(clone, { recursive: true, force: true });
  });

  test('a configuration that does not parse fails with its file and line, in the comment too', async () => {
    const head = repo.commit(
      { [ZONE]: `${zone('ns2.example.net.')}broken IN A not-an-address\n` },
      'broken',
    );
    github = await startGitHub(head);
    const result = await run(head);
    expect(result.code).toBe(1);
    expect(result.outputs['verdict']).toBe('error');
    expect(result.stdout).toMatch(/::error title=[^\n]*file=zones\/example\.com\.zone,line=9/);
    expect(result.summary).toContain('zones/example.com.zone:9');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('Could not review this change');
    expect(ours()[0]!.body).toContain('zones/example.com.zone:9');
    expect(parseMarker(ours()[0]!.body)!.head).toBe(head);
  });
});

describe('a secret in a configuration that does not load', () => {
  test('is masked in the annotations, the summary, the comment and the failed step', async () => {
    // Built at run time so that the repository itself holds no token-shaped strings.
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const secret = Array.from({ length: 40 }, (_, i) => chars[(i * 29 + 7) % 64]).join('');
    const head = repo.commit({ [ZONE]: `${zone('ns2.example.net.')}aws IN A ${secret}\n` }, 'leak');
    github = await startGitHub(head);
    const result = await run(head);
    expect(result.code).toBe(1);
    expect(result.outputs['verdict']).toBe('error');
    const masked = `${secret.slice(0, 4)}…${secret.slice(-2)}`;
    const body = ours()[0]!.body;
    for (const out of [result.stdout, result.summary, body]) {
      expect(out).not.toContain(secret);
      expect(out).not.toContain(secret.slice(4, 30));
      expect(out).toContain(masked);
    }
    // The changed file is still scanned when the head does not load.
    expect(body).toContain(`holds a credential-like value (${masked})`);
  });
});

describe('without a pull request', () => {
  test('a push is reviewed from before to after: verdict, summary, no GitHub calls', async () => {
    const head = repo.commit({ [ZONE]: zone('ns17.example.org.') }, 'ns17');
    github = await startGitHub(head);
    const result = await runAction(bundle, repo, github, {
      event: pushPayload(base, head),
      eventName: 'push',
    });
    expect(result.code).toBe(1);
    expect(result.outputs['verdict']).toBe('block');
    expect(result.summary).toContain('ns-change');
    expect(github.requests).toEqual([]);
  });
});

describe('the scheduled audit and its tracking issue', () => {
  test('opened on problems, left alone when unchanged, closed when clean, reopened when they return', async () => {
    const spf = (value: string) => `${zone('ns2.example.net.')}@ IN TXT "${value}"\n`;
    const bad = 'v=spf1 ip4:999.1.1.1 -all';
    repo.commit({ [ZONE]: spf(bad) }, 'an invalid SPF record, merged long ago');
    github = await startGitHub(base);
    // Someone pasted our marker into an issue of their own: never ours to edit.
    const foreign = github.addIssue(
      'mallory',
      'not ours',
      '<!-- zoneguard:audit:v1 {"report":"x"} -->\nhi',
    );
    const audit = () =>
      runAction(bundle, repo, github, { event: { schedule: '0 6 * * *' }, eventName: 'schedule' });

    const first = await audit();
    expect(first.code).toBe(1); // the audit fails the run: that is the alert
    expect(first.outputs['verdict']).toBe('block');
    expect(first.summary).toContain('ZoneGuard audit');
    const mine = () => github.issues.filter((i) => i.user === github.viewer);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]).toMatchObject({ state: 'open', title: expect.stringContaining('need') });
    expect(mine()[0]!.body).toContain('spf-invalid');
    expect(github.comments).toEqual([]); // an audit comments on no pull request

    github.requests.length = 0;
    await audit();
    expect(github.writes()).toEqual([]);

    repo.commit({ [ZONE]: spf('v=spf1 ip4:192.0.2.1 -all') }, 'fix the SPF record');
    const clean = await audit();
    expect(clean.code).toBe(0);
    expect(mine()[0]).toMatchObject({
      state: 'closed',
      title: 'ZoneGuard audit: no findings at or above high',
    });
    github.requests.length = 0;
    await audit();
    expect(github.writes()).toEqual([]); // clean and closed: nothing to say

    repo.commit({ [ZONE]: spf(bad) }, 'the problem is back');
    expect((await audit()).code).toBe(1);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.state).toBe('open');
    expect(github.issues.find((i) => i.number === foreign)!.body).toContain('hi');

    // tracking-issue: false keeps the audit local.
    repo.commit({ [ZONE]: zone('ns2.example.net.') }, 'clean again');
    github.requests.length = 0;
    const quiet = await runAction(bundle, repo, github, {
      event: { schedule: '0 6 * * *' },
      eventName: 'schedule',
      inputs: { 'tracking-issue': 'false' },
    });
    expect(quiet.code).toBe(0);
    expect(github.requests).toEqual([]);
  });
});

describe('a monorepo', () => {
  test('several paths, one per line, and the folder octodns-sync runs in: every configuration is reviewed', async () => {
    const mono = makeRepo();
    try {
      const octoConfig =
        "providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./records\n  r53:\n    class: octodns_route53.Route53Provider\nzones:\n  '*':\n    sources: [config]\n    targets: [r53]\n";
      const before = mono.commit({
        [ZONE]: zone('ns2.example.net.'),
        'team-b/octodns.yaml': octoConfig,
        'team-b/records/b.example.yaml': 'www:\n  type: A\n  value: 192.0.2.1\n',
        // Not listed in path: never read, though it would not load.
        'team-c/db.broken.example': 'this is not a zone file\n',
      });
      const after = mono.commit(
        { 'team-b/records/b.example.yaml': 'www:\n  type: A\n  value: 192.0.2.77\n' },
        'team b moves www',
      );
      github = new FakeGitHub(TOKEN, {
        owner: OWNER,
        repo: REPO,
        number: PR_NUMBER,
        baseSha: before,
        headSha: after,
        labels: [],
        files: [],
      });
      await github.start();
      const result = await runAction(bundle, mono, github, {
        event: pushPayload(before, after),
        eventName: 'push',
        inputs: { path: 'zones\nteam-b\n', 'working-directory': 'team-b' },
      });
      expect(result.stderr).toBe('');
      expect(result.outputs['verdict']).not.toBe('error');
      const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8')) as {
        zones: { zone: string; config: string; status: string }[];
      };
      expect(report.zones.map((z) => [z.zone, z.config, z.status])).toEqual([
        ['b.example.', 'team-b/octodns.yaml', 'changed'],
        ['example.com.', 'zones/', 'unchanged'],
      ]);
      expect(result.summary).toContain('**`team-b/octodns.yaml`**');
      expect(result.summary).toContain('**`zones/`**: _no record changes in 1 zone._');
    } finally {
      mono.remove();
    }
  });
});

describe('security', () => {
  test('pull_request_target from a fork is refused before anything runs', async () => {
    const head = repo.commit({ [ZONE]: zone('ns16.example.org.') }, 'ns16');
    github = await startGitHub(head);
    const result = await runAction(bundle, repo, github, {
      event: pullRequestPayload({ number: PR_NUMBER, baseSha: base, headSha: head, fork: true }),
      eventName: 'pull_request_target',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Refusing to evaluate a fork's code under pull_request_target");
    expect(result.stdout).toContain('allow-fork-dnscontrol');
    expect(github.requests).toEqual([]);
  });

  test('vars: DNSControl variables reach CLI_DEFAULTS; values are masked in the log and never posted', async () => {
    const secret = 'e2e-var-secret-51d0b2';
    const config = (extra: string) => `var REG = NewRegistrar("none");
var DNS = NewDnsProvider("bind", "BIND");
CLI_DEFAULTS({ SECRET1: null });
D("example.com", REG, DnsProvider(DNS),
  CNAME(SECRET1, "target.example.net."),${extra}
);
`;
    const dns = makeRepo();
    try {
      const before = dns.commit({ 'dnsconfig.js': config('') });
      const after = dns.commit({ 'dnsconfig.js': config('\n  TXT("leak", "v=" + SECRET1),') });
      github = new FakeGitHub(TOKEN, {
        owner: OWNER,
        repo: REPO,
        number: PR_NUMBER,
        baseSha: before,
        headSha: after,
        labels: [],
        files: [],
      });
      await github.start();
      const event = pullRequestPayload({ number: PR_NUMBER, baseSha: before, headSha: after });
      const missing = await runAction(bundle, dns, github, { event });
      expect(missing.outputs['verdict']).toBe('error');
      expect(missing.summary).toContain('SECRET1 has no value');
      expect(missing.summary).toContain('vars input');
      const result = await runAction(bundle, dns, github, {
        event,
        inputs: { vars: `SECRET1=${secret}\n` },
      });
      expect(result.stdout).toContain(`::add-mask::${secret}`);
      expect(result.outputs['verdict']).toBe('pass');
      const posted = JSON.stringify(github.comments) + result.summary;
      expect(posted).toContain('v=[var SECRET1]');
      expect(posted).not.toContain(secret);
      expect(readFileSync(result.outputs['report-path']!, 'utf8')).not.toContain(secret);
    } finally {
      dns.remove();
    }
  });
});

describe('the registry over RDAP', () => {
  test("the rdap input asks that server; its facts are existing findings and the comment's registry section", async () => {
    const rdap = await startRdapServer();
    try {
      rdap.route(
        '/domain/example.com',
        json(
          200,
          domainDocument({
            name: 'example.com',
            status: ['active'],
            expires: new Date(Date.now() + 10 * 86_400_000),
            nameservers: ['ns1.example.net.', 'ns2.example.net.'],
          }),
        ),
      );
      const head = repo.commit({ [ZONE]: zone('ns2.example.net.', { www: '192.0.2.77' }) }, 'www');
      github = await startGitHub(head);
      const result = await run(head, { inputs: { rdap: rdap.url } });
      // The zone file's serial stays 1 (soa-serial blocks); the registry facts never do.
      expect(result.outputs['verdict']).toBe('block');
      expect(rdap.requests.map((r) => r.path)).toEqual(['/domain/example.com']);
      const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8'));
      expect(report.registry.status).toBe('ok');
      const registryRules = report.findings
        .filter((f: { rule: string }) => /registr|domain-expiring/.test(f.rule))
        .map((f: { rule: string; introduced: boolean }) => [f.rule, f.introduced]);
      expect(registryRules).toEqual([
        ['domain-expiring', false],
        ['registrar-lock-missing', false],
        ['registry-lock-missing', false],
      ]);
      expect(ours()[0]?.body).toContain('Registry facts (RDAP)');
    } finally {
      await rdap.close();
    }
  });
});
