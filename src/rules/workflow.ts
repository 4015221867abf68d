/**
 * Just enough of a GitHub Actions workflow to judge a DNS pipeline: its triggers, and for each
 * job what DNS it pushes (`dnscontrol push`, `octodns-sync --doit`, `terraform apply`, the
 * DNSControl/octoDNS actions with push/doit inputs), whether an `environment:` gates it, its
 * `if:` conditions, and which `secrets.*` reach it and under which names (workflow, job and
 * step `env:`, step `with:`, `run:` scripts, the `secrets:` of a reusable workflow call).
 * Secret *names* only: a workflow holds no values, and an `env:` written as a literal is not
 * kept.
 *
 * Loaded with js-yaml's safe core schema (YAML 1.2, as GitHub reads workflows: `on:` is a key,
 * not the boolean it is in YAML 1.1, which is why octoDNS's PyYAML-faithful loader does not fit
 * here) and bounded aliases; lines come from the event stream (`yaml-positions.ts`).
 */
import { loadAll } from 'js-yaml';
import { dnscontrolArgsPush, type PushCommand, pushCommands } from './push-commands.js';
import { type YamlPath, type YamlPositions, yamlPositions } from './yaml-positions.js';

/** A name a job sees (an `env:` variable, a `with:` input) and the secrets its value names. */
export interface SecretBinding {
  readonly name: string;
  /** Secret names in the value; `*` for every secret (`toJSON(secrets)`). */
  readonly secrets: readonly string[];
  readonly line: number;
}

export interface WorkflowStep {
  readonly line: number;
  /** `uses:` as written (an action), when the step runs one. */
  readonly uses?: string;
  readonly if?: string;
  readonly env: readonly SecretBinding[];
  readonly with: readonly SecretBinding[];
  /** Secrets named in the `run:` script itself (`${{ secrets.X }}`), with the line. */
  readonly run: readonly SecretBinding[];
  /** True when the script writes a credentials file (creds.json, a `--creds` file). */
  readonly writesCreds: boolean;
  readonly pushes: readonly PushCommand[];
}

/** A job that runs a reusable workflow (`uses:` at job level). */
export interface WorkflowCall {
  /** Repository path of a local workflow (`./.github/workflows/x.yml`), else the `uses:` text. */
  readonly path: string;
  readonly local: boolean;
  /** `secrets: inherit`: the callee may use every secret of the caller. */
  readonly inherit: boolean;
  readonly secrets: readonly SecretBinding[];
}

export interface WorkflowJob {
  readonly id: string;
  readonly line: number;
  /** True when a step pushes DNS. */
  readonly applies: boolean;
  readonly environment: boolean;
  /** `environment:` (or its `name:`) as written, expressions included. */
  readonly environmentName?: string;
  readonly if?: string;
  readonly env: readonly SecretBinding[];
  readonly steps: readonly WorkflowStep[];
  readonly call?: WorkflowCall;
}

export interface Workflow {
  readonly triggers: readonly string[];
  readonly triggerLine: number | undefined;
  /** `pull_request` and `pull_request_target` when they run for open pull requests. */
  readonly reviewEvents: readonly ReviewEvent[];
  readonly env: readonly SecretBinding[];
  readonly jobs: readonly WorkflowJob[];
  readonly positions: YamlPositions;
}

export type ReviewEvent = 'pull_request' | 'pull_request_target';

export function parseWorkflow(text: string): Workflow | undefined {
  let doc: unknown;
  try {
    const docs = loadAll(text, { maxAliases: 50, maxDepth: 32 });
    doc = docs[0];
  } catch {
    return undefined;
  }
  if (!isMap(doc)) return undefined;
  const positions = yamlPositions(text);
  const lineOf = (path: YamlPath, fallback = 1) => positions.at(path)?.line ?? fallback;
  // `on` is a plain key in YAML 1.2 (js-yaml's default core schema), never `true`.
  const on = doc['on'] ?? doc['true'];
  const triggers =
    typeof on === 'string'
      ? [on]
      : Array.isArray(on)
        ? on.map(String)
        : isMap(on)
          ? Object.keys(on)
          : [];
  const jobs: WorkflowJob[] = [];
  const jobMap = isMap(doc['jobs']) ? doc['jobs'] : {};
  for (const [id, job] of Object.entries(jobMap)) {
    if (!isMap(job)) continue;
    const at = ['jobs', id];
    const line = lineOf(at);
    const steps = (Array.isArray(job['steps']) ? job['steps'] : []).flatMap((step, i) =>
      isMap(step) ? [readStep(step, [...at, 'steps', i], lineOf)] : [],
    );
    const environmentName = environmentOf(job['environment']);
    const call = callOf(job, at, lineOf);
    jobs.push({
      id,
      line,
      applies: steps.some((s) => s.pushes.length > 0),
      environment: job['environment'] !== undefined && job['environment'] !== null,
      ...(environmentName !== undefined ? { environmentName } : {}),
      ...(typeof job['if'] === 'string' || typeof job['if'] === 'boolean'
        ? { if: String(job['if']) }
        : {}),
      env: bindings(job['env'], [...at, 'env'], lineOf, line),
      steps,
      ...(call ? { call } : {}),
    });
  }
  return {
    triggers,
    triggerLine: positions.at(['on'])?.line,
    reviewEvents: reviewEvents(on, triggers),
    env: bindings(doc['env'], ['env'], lineOf, 1),
    jobs,
    positions,
  };
}

/** Pull request events that run for open pull requests (not only `types: [closed]`). */
function reviewEvents(on: unknown, triggers: readonly string[]): ReviewEvent[] {
  const out: ReviewEvent[] = [];
  for (const event of ['pull_request', 'pull_request_target'] as const) {
    if (!triggers.includes(event)) continue;
    const types = isMap(on) && isMap(on[event]) ? on[event]['types'] : undefined;
    const list = Array.isArray(types)
      ? types.map(String)
      : typeof types === 'string'
        ? [types]
        : [];
    if (list.length > 0 && list.every((t) => t === 'closed')) continue; // after the review
    out.push(event);
  }
  return out;
}

type LineOf = (path: YamlPath, fallback?: number) => number;

function readStep(step: Record<string, unknown>, at: YamlPath, lineOf: LineOf): WorkflowStep {
  const line = lineOf(at);
  const run = typeof step['run'] === 'string' ? step['run'] : undefined;
  const runLine = lineOf([...at, 'run'], line);
  const pushes: PushCommand[] = [];
  if (run !== undefined)
    // A block scalar (`run: |`) starts on the line after its key; a one-line value on it.
    for (const p of pushCommands(run))
      pushes.push({ ...p, line: run.includes('\n') ? runLine + p.line : runLine });
  const usesPush = actionPush(step, line);
  if (usesPush) pushes.push(usesPush);
  return {
    line,
    ...(typeof step['uses'] === 'string' ? { uses: step['uses'] } : {}),
    ...(typeof step['if'] === 'string' || typeof step['if'] === 'boolean'
      ? { if: String(step['if']) }
      : {}),
    env: bindings(step['env'], [...at, 'env'], lineOf, line),
    with: bindings(step['with'], [...at, 'with'], lineOf, line),
    run:
      run === undefined
        ? []
        : [{ name: 'run', secrets: secretsIn(run), line: runLine }].filter(
            (b) => b.secrets.length > 0,
          ),
    writesCreds: run !== undefined && WRITES_CREDS.test(run),
    pushes,
  };
}

/** A script that writes a credentials file: `… > creds.json`, `tee prod-creds.json`. */
const WRITES_CREDS = /(?:>>?|\btee\s+(?:-a\s+)?)\s*["']?[\w./$-]*creds[\w.-]*\.json\b/i;

/** The DNSControl and octoDNS actions, by their push inputs. */
function actionPush(step: Record<string, unknown>, line: number): PushCommand | undefined {
  const uses = typeof step['uses'] === 'string' ? step['uses'].toLowerCase() : '';
  const w = isMap(step['with']) ? step['with'] : {};
  if (uses.includes('dnscontrol'))
    return dnscontrolArgsPush(String(w['cmdargs'] ?? w['args'] ?? ''), line);
  if (uses.includes('octodns') && /^(true|yes|--doit)$/i.test(String(w['doit'] ?? ''))) {
    const config = w['config_path'] ?? w['config-file'];
    return { tool: 'octodns', line, ...(typeof config === 'string' ? { config } : {}) };
  }
  return undefined;
}

function callOf(
  job: Record<string, unknown>,
  at: YamlPath,
  lineOf: LineOf,
): WorkflowCall | undefined {
  const uses = job['uses'];
  if (typeof uses !== 'string') return undefined;
  const local = uses.startsWith('./');
  const secrets = job['secrets'];
  return {
    path: local ? uses.slice(2).replace(/@.*$/, '') : uses,
    local,
    inherit: secrets === 'inherit',
    secrets: bindings(secrets, [...at, 'secrets'], lineOf, lineOf(at)),
  };
}

function environmentOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isMap(v) && typeof v['name'] === 'string') return v['name'];
  return undefined;
}

/** The entries of an `env:`/`with:`/`secrets:` mapping whose values name secrets. */
function bindings(v: unknown, at: YamlPath, lineOf: LineOf, fallback: number): SecretBinding[] {
  if (!isMap(v)) return [];
  const out: SecretBinding[] = [];
  for (const [name, value] of Object.entries(v)) {
    if (typeof value !== 'string') continue;
    const secrets = secretsIn(value);
    if (secrets.length) out.push({ name, secrets, line: lineOf([...at, name], fallback) });
  }
  return out;
}

const SECRET_REF = /\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*['"]([^'"]+)['"]\s*\])/g;

/**
 * Secret names used in the `${{ }}` expressions of a text, upper-cased as GitHub compares
 * them; `*` when the whole context is used (`toJSON(secrets)`, `secrets[expr]`). GITHUB_TOKEN
 * is left out: GitHub gives it to every workflow, and it holds no DNS credential.
 */
export function secretsIn(text: string): string[] {
  const out = new Set<string>();
  // indexOf, not a lazy regex: an unclosed `${{` must not make each later one rescan the text.
  for (let at = text.indexOf('${{'); at >= 0; at = text.indexOf('${{', at)) {
    const end = text.indexOf('}}', at + 3);
    if (end < 0) break;
    const expr = text.slice(at + 3, end);
    at = end + 2;
    for (const r of expr.matchAll(SECRET_REF)) {
      const name = (r[1] ?? r[2]!).toUpperCase();
      if (name !== 'GITHUB_TOKEN') out.add(name);
    }
    if (/\bsecrets\s*\)|\bsecrets\s*\[\s*[^'"\s]/.test(expr)) out.add('*');
  }
  return [...out];
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * False when an `if:` condition cannot hold for `event`, as far as its plain comparisons tell:
 * `github.event_name == 'push'`, `github.event_name != 'pull_request'`, a branch or tag ref
 * (`github.ref == 'refs/heads/main'`, `github.ref_name`, `startsWith(github.ref,
 * 'refs/tags/')`: a pull_request run's ref is `refs/pull/N/merge`, while pull_request_target
 * runs on the base branch, so there it may hold), `github.event.pull_request.merged == true`.
 * Anything else may hold: a condition we cannot read is not taken as a guard.
 */
export function mayRunOn(condition: string | undefined, event: ReviewEvent): boolean {
  if (condition === undefined) return true;
  const expr = condition
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim();
  if (expr === 'false') return false;
  return topLevel(expr, '||').some((disjunct) =>
    topLevel(disjunct, '&&').every((c) => !falseOn(stripParens(c), event)),
  );
}

function falseOn(c: string, event: ReviewEvent): boolean {
  const q = `['"]([^'"]*)['"]`;
  const eq = (lhs: string, op: '==' | '!=') =>
    new RegExp(`^(?:${lhs}\\s*${op}\\s*${q}|${q}\\s*${op}\\s*${lhs})$`).exec(c);
  const name = eq('github\\.event_name', '==');
  if (name) return (name[1] ?? name[2]) !== event;
  const notName = eq('github\\.event_name', '!=');
  if (notName) return (notName[1] ?? notName[2]) === event;
  if (/^github\.event\.pull_request\.merged\s*(?:==\s*true)?$/.test(c)) return true;
  if (event === 'pull_request_target') return false; // runs on the base branch's ref
  const ref = eq('github\\.ref', '==');
  if (ref) return /^refs\/(?:heads|tags)\//.test(ref[1] ?? ref[2]!);
  if (eq('github\\.ref_name', '==') || /^github\.ref_type\s*==\s*['"]tag['"]$/.test(c)) return true;
  return new RegExp(`^startsWith\\(\\s*github\\.ref\\s*,\\s*${q}\\s*\\)$`).test(c)
    ? /^refs\/(?:heads|tags)\//.test(/['"]([^'"]*)['"]/.exec(c)![1]!)
    : false;
}

/** Splits at `op` outside parentheses and quotes. */
function topLevel(expr: string, op: '||' | '&&'): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && expr.startsWith(op, i)) {
      out.push(expr.slice(start, i).trim());
      start = i + op.length;
      i++;
    }
  }
  out.push(expr.slice(start).trim());
  return out;
}

function stripParens(c: string): string {
  let s = c.trim();
  while (s.startsWith('(') && s.endsWith(')')) {
    const inner = s.slice(1, -1);
    // only when the parentheses enclose the whole expression, not `(a) && (b)`
    let depth = 0;
    let whole = true;
    for (let i = 0; i < inner.length && whole; i++) {
      if (inner[i] === '(') depth++;
      else if (inner[i] === ')' && --depth < 0) whole = false;
    }
    if (!whole) break;
    s = inner.trim();
  }
  return s;
}
