/** The example workflows parse, use only inputs action.yml defines, and keep least privilege. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { load } from 'js-yaml';
import { readSettings } from '../../src/github/settings.js';
import { runReview } from '../../src/review/review.js';
import { makeRepo } from '../helpers/git-repo.js';

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
    // One step; one per job of a sharded review (the shards and the summary); none where the
    // workflow runs the CLI alone (the export).
    expect(ours.length).toBe(file === 'sharded.yml' ? 2 : file === 'export.yml' ? 0 : 1);
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

describe('examples/workflows/octodns.yml on the layout of octoDNS’s own basic example', () => {
  test('its inputs find the zones octodns-sync would sync', async () => {
    const wf = load(readFileSync(join(dir, 'octodns.yml'), 'utf8')) as Workflow;
    const step = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses?.startsWith('zoneguard/zoneguard@'))!;
    const given = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]),
    );
    const repo = makeRepo();
    try {
      // docs/examples/basic: `octodns-sync --config-file=config/octodns.yaml` in the folder.
      const head = repo.commit({
        'config/octodns.yaml':
          "providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./config\n  powerdns:\n    class: octodns_powerdns.PowerDnsProvider\n    api_key: env/POWERDNS_API_KEY\nzones:\n  '*':\n    sources:\n      - config\n    targets:\n      - powerdns\n",
        'config/my-domain.com.yaml':
          "'':\n  type: A\n  value: 192.0.2.1\nwww:\n  type: CNAME\n  value: my-domain.com.\n",
        'config/unused-domain.io.yaml': '--- {}\n',
      });
      const read = readSettings((name) => given[name] ?? '', { GITHUB_WORKSPACE: repo.dir });
      if (!read.ok) throw new Error(read.errors.join('\n'));
      const s = read.settings;
      const r = await runReview({
        repo: repo.dir,
        base: undefined,
        head,
        path: s.paths,
        format: s.format,
        ...(s.workingDirectory !== undefined ? { octodnsCwd: s.workingDirectory } : {}),
        policyFile: undefined,
        failOn: undefined,
        live: false,
        liveOptions: { resolvers: [], authoritative: new Map() },
      });
      if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
      expect(r.report.zones.map((z) => [z.zone, z.config])).toEqual([
        ['my-domain.com.', 'config/octodns.yaml'],
        ['unused-domain.io.', 'config/octodns.yaml'],
      ]);
    } finally {
      repo.remove();
    }
  });
});
