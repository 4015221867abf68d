/**
 * The push side of a repository's GitHub workflows, mapped onto its zones: which job pushes
 * which zone's registrar and DNS providers, with which secrets, in which `environment:`; and
 * which jobs run for pull requests with which secrets. Shared by single-credential-pipeline
 * and push-credentials-in-review. Secret names only (workflows hold no values).
 *
 * "Push credentials" are the secrets a push job hands to what the push reads:
 * - the environment variables the formats' credentials name (creds.json `$NAME`, octoDNS
 *   `env/NAME`) for fields that authenticate (secret-in-repo's table: `apitoken`, not
 *   `accountid`);
 * - other variables and action inputs of the push's scope whose name says credential (`token`,
 *   `secret`, `key`, `password`, `auth`…: provider variables such as CLOUDFLARE_API_TOKEN or
 *   AWS_SECRET_ACCESS_KEY that octoDNS providers and Terraform read directly), but not ones the
 *   credentials name as identifying, nor GitHub's own token;
 * - any secret a push step's script names itself, or a step that writes the credentials file.
 */
import type { FormatId, Zone, ZoneSet } from '../model/zone.js';
import type { SourceTree } from '../sources/types.js';
import { readWorkflowFiles } from './pipeline-files.js';
import type { PushCommand, PushTool } from './push-commands.js';
import { isSecretField } from './secret-fields.js';
import {
  mayRunOn,
  parseWorkflow,
  type ReviewEvent,
  type SecretBinding,
  type Workflow,
  type WorkflowJob,
} from './workflow.js';
import { credentialEnvNames, type Party, zoneParties } from './zone-credentials.js';

/** The tool that pushes each format. */
const PUSH_TOOL: Partial<Record<FormatId, PushTool>> = {
  dnscontrol: 'dnscontrol',
  octodns: 'octodns',
  terraform: 'terraform',
};

/**
 * Actions that log a job in to a cloud and export its credentials as environment variables
 * for the steps after them (their READMEs): their `with:` secrets are push credentials when a
 * later step pushes, and the variables they set are ones the push can authenticate with.
 */
const CREDENTIAL_ACTIONS: readonly { uses: RegExp; env: readonly string[] }[] = [
  {
    uses: /^aws-actions\/configure-aws-credentials@/i,
    env: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'],
  },
  {
    uses: /^google-github-actions\/auth@/i,
    env: [
      'GOOGLE_APPLICATION_CREDENTIALS',
      'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE',
      'GOOGLE_GHA_CREDS_PATH',
    ],
  },
  { uses: /^azure\/login@/i, env: [] },
];

const loginAction = (uses: string | undefined) =>
  uses === undefined ? undefined : CREDENTIAL_ACTIONS.find((a) => a.uses.test(uses));

export interface ParsedWorkflow {
  readonly path: string;
  readonly workflow: Workflow;
}

export interface PushJob {
  readonly file: string;
  readonly job: WorkflowJob;
  readonly pushes: readonly PushCommand[];
  /** Push credentials, upper-cased secret names, each with the line it is bound on. */
  readonly secrets: ReadonlyMap<string, number>;
  /** Environment variable names the push's scope defines (workflow, job, push steps). */
  readonly envNames: ReadonlySet<string>;
  /** The push's scope writes a credentials file or uses every secret: it can push anything. */
  readonly unbounded: boolean;
}

/** Parsed once per tree: two rules read both sides' workflows. */
const parsedCache = new WeakMap<SourceTree, Promise<ParsedWorkflow[]>>();

export function readWorkflows(tree: SourceTree): Promise<ParsedWorkflow[]> {
  let parsed = parsedCache.get(tree);
  if (!parsed) {
    parsed = readWorkflowFiles(tree).then((files) =>
      files.flatMap((f) => {
        const workflow = parseWorkflow(f.text);
        return workflow ? [{ path: f.path, workflow }] : [];
      }),
    );
    parsedCache.set(tree, parsed);
  }
  return parsed;
}

/** Every job that pushes DNS, with its push credentials. */
export function pushJobs(workflows: readonly ParsedWorkflow[], set: ZoneSet): PushJob[] {
  const names = credentialEnvNames(set);
  // Only the tools that push these zones: `terraform apply` of servers is not a DNS push.
  const tools = new Set(set.zones.map((z) => PUSH_TOOL[z.format]));
  const ours = (p: PushCommand) => tools.has(p.tool);
  const out: PushJob[] = [];
  for (const { path, workflow } of workflows)
    for (const job of workflow.jobs) {
      const pushSteps = job.steps.filter((s) => s.pushes.some(ours));
      if (pushSteps.length === 0) continue;
      const credSteps = job.steps.filter((s) => s.writesCreds && !pushSteps.includes(s));
      const secrets = new Map<string, number>();
      const add = (b: SecretBinding) => {
        for (const s of b.secrets) if (!secrets.has(s)) secrets.set(s, b.line);
      };
      const envBindings = [...workflow.env, ...job.env, ...pushSteps.flatMap((s) => s.env)];
      for (const b of envBindings) if (isPushCredential(b.name, names)) add(b);
      for (const s of pushSteps) {
        for (const b of s.with) if (isPushCredential(b.name, names)) add(b);
        for (const b of s.run) add(b);
      }
      for (const s of credSteps) for (const b of [...s.env, ...s.run]) add(b);
      const envNames = new Set(envBindings.map((b) => b.name.toUpperCase()));
      for (const s of credSteps) for (const b of s.env) envNames.add(b.name.toUpperCase());
      for (const s of job.steps) {
        const login = loginAction(s.uses);
        if (!login) continue;
        for (const b of s.with) if (!/GITHUB|^GH_/i.test(b.name)) add(b);
        for (const e of login.env) envNames.add(e);
      }
      out.push({
        file: path,
        job,
        pushes: pushSteps.flatMap((s) => s.pushes.filter(ours)),
        secrets: resolveCallee(path, workflow, secrets, workflows),
        envNames,
        unbounded: credSteps.length > 0 || secrets.has('*'),
      });
    }
  return out;
}

function isPushCredential(
  name: string,
  names: { secret: Set<string>; identifying: Set<string> },
): boolean {
  const upper = name.toUpperCase();
  if (names.secret.has(upper)) return true;
  if (names.identifying.has(upper) || /GITHUB|^GH_|COMMENT/.test(upper)) return false;
  return isSecretField(undefined, name);
}

/**
 * A push in a reusable workflow names its callers' secrets by its own parameter names: a
 * caller's `secrets: inherit` keeps the names, a `secrets:` mapping renames them. A workflow
 * that also runs on its own triggers keeps its names as well.
 */
function resolveCallee(
  path: string,
  workflow: Workflow,
  secrets: Map<string, number>,
  workflows: readonly ParsedWorkflow[],
): Map<string, number> {
  const callers = workflows.flatMap((w) =>
    w.workflow.jobs.filter((j) => j.call?.local && j.call.path === path).map((j) => j.call!),
  );
  if (callers.length === 0 || callers.some((c) => c.inherit)) return secrets;
  const runsAlone = workflow.triggers.some((t) => t !== 'workflow_call');
  const out = new Map<string, number>(runsAlone ? secrets : []);
  for (const [name, line] of secrets) {
    for (const c of callers)
      for (const b of c.secrets)
        if (b.name.toUpperCase() === name) for (const s of b.secrets) out.set(s, line);
  }
  return out;
}

/** What one push job reaches of one zone: its covered DNS providers and the registrar. */
export interface Coverage {
  readonly dns: readonly Party[];
  readonly registrar?: Party;
}

const NOTHING: Coverage = { dns: [] };

export function coverage(job: PushJob, zone: Zone, set: ZoneSet): Coverage {
  const tool = PUSH_TOOL[zone.format];
  const pushes = job.pushes.filter(
    (cmd) => cmd.tool === tool && configMatches(cmd.config, zone) && zoneMatches(cmd.zones, zone),
  );
  if (pushes.length === 0) return NOTHING;
  const parties = zoneParties(set, zone);
  const dns = new Map<string, Party>();
  let registrar = false;
  for (const cmd of pushes) {
    // DNSControl runs the registrar whatever --providers says (the same-name case is left to
    // the caller: it is the DNS provider's own entry then).
    if (cmd.tool === 'dnscontrol') registrar = true;
    for (const p of parties.dns) {
      const picked =
        cmd.providers === 'all' ||
        (cmd.providers
          ? cmd.providers.includes(p.name)
          : !p.credential?.fields.some((f) => f.key === '_exclude_from_defaults'));
      if (picked && canAuthenticate(job, p)) dns.set(p.name, p);
    }
  }
  return {
    dns: [...dns.values()],
    ...(registrar && parties.registrar && canAuthenticate(job, parties.registrar)
      ? { registrar: parties.registrar }
      : {}),
  };
}

/**
 * False when the job cannot hold the party's credential: the entry reads environment
 * variables and the job's push scope defines none of them (nor writes a credentials file).
 */
function canAuthenticate(job: PushJob, p: Party): boolean {
  return (
    job.unbounded || p.secretEnvs.length === 0 || p.secretEnvs.some((e) => job.envNames.has(e))
  );
}

function configMatches(config: string | undefined, zone: Zone): boolean {
  if (config === undefined || zone.config === undefined) return true;
  const want = config.replace(/^(?:\.\/)+/, '');
  return zone.config === want || zone.config.endsWith(`/${want}`);
}

function zoneMatches(zones: readonly string[] | undefined, zone: Zone): boolean {
  if (!zones) return true;
  return zones.includes(zone.name.slice(0, -1)); // both without the trailing dot
}

/** The secrets a job has while it runs for `event`: env, inputs and scripts of what runs. */
export function exposedSecrets(
  job: WorkflowJob,
  workflow: Workflow,
  event: ReviewEvent,
  workflows: readonly ParsedWorkflow[],
): Map<string, number> {
  const out = new Map<string, number>();
  if (!mayRunOn(job.if, event)) return out;
  const add = (b: SecretBinding) => {
    for (const s of b.secrets) if (!out.has(s)) out.set(s, b.line);
  };
  for (const b of [...workflow.env, ...job.env]) add(b);
  for (const s of job.steps)
    if (mayRunOn(s.if, event)) for (const b of [...s.env, ...s.with, ...s.run]) add(b);
  if (job.call) {
    for (const b of job.call.secrets) add(b);
    if (job.call.inherit) {
      const callee = job.call.local
        ? workflows.find((w) => w.path === job.call!.path)?.workflow
        : undefined;
      if (!callee) out.set('*', job.line);
      else
        for (const j of callee.jobs)
          for (const [s, _] of exposedSecrets(j, callee, event, []))
            if (!out.has(s)) out.set(s, job.line);
    }
  }
  return out;
}
