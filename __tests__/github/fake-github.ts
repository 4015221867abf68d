/**
 * A local HTTP server that plays GitHub for the end-to-end tests. It keeps the state of one
 * pull request (comments, review comments, labels and who applied them, permissions, files)
 * and checks every request and every response it sends against GitHub's published OpenAPI
 * description (@octokit/openapi, with ajv): an unknown path or method, a wrong parameter, a
 * body field GitHub does not define, or a response that does not match the schema is recorded
 * as a violation, and the tests assert there are none.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';

type Json = unknown;
type Schema = Record<string, unknown>;

interface Operation {
  readonly method: string;
  readonly template: string;
  readonly regex: RegExp;
  readonly params: readonly string[];
  readonly literalSegments: number;
  readonly spec: {
    readonly parameters?: readonly {
      name: string;
      in: string;
      required?: boolean;
      schema: Schema;
    }[];
    readonly requestBody?: { content: Record<string, { schema: Schema }> };
    readonly responses: Record<
      string,
      { content?: Record<string, { schema: Schema; examples?: Record<string, { value: Json }> }> }
    >;
  };
}

let openapi: { paths: Record<string, Record<string, Operation['spec']>> } | undefined;
let operations: Operation[] | undefined;

function loadOpenApi(): Operation[] {
  if (operations) return operations;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  openapi = JSON.parse(readFileSync(file, 'utf8'));
  operations = [];
  for (const [template, methods] of Object.entries(openapi!.paths)) {
    const params: string[] = [];
    const pattern = template
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\\?\{([^}]+)\\?\}/g, (_, name: string) => {
        params.push(name);
        return '([^/]+)';
      });
    const literalSegments = template.split('/').filter((s) => s && !s.startsWith('{')).length;
    for (const [method, spec] of Object.entries(methods)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
      operations.push({
        method: method.toUpperCase(),
        template,
        regex: new RegExp(`^${pattern}$`),
        params,
        literalSegments,
        spec,
      });
    }
  }
  return operations;
}

/** Request bodies: GitHub ignores unknown fields, but an unknown field here is our bug. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema))
    out[k] = k === 'example' || k === 'examples' ? v : closed(v);
  if (out['type'] === 'object' && out['properties'] && out['additionalProperties'] === undefined)
    out['additionalProperties'] = false;
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/);
ajv.addFormat('uri', { validate: (s: string) => URL.canParse(s) });
ajv.addFormat('uri-template', true);
ajv.addFormat('email', true);
ajv.addFormat('int64', true);
ajv.addFormat('int32', true);
ajv.addFormat('hostname', true);
ajv.addFormat('ipv4', true);
ajv.addFormat('ipv6', true);
ajv.addFormat('uuid', true);
ajv.addFormat('date', true);
ajv.addFormat('binary', true);
ajv.addFormat('repo.nwo', true);
ajv.addFormat('ssh-key', true);
ajv.addFormat('ssh-key fingerprint', true);

const compiled = new WeakMap<object, ValidateFunction>();
const closedSchemas = new WeakMap<object, object>();
/**
 * OpenAPI 3.0's `nullable: true` beside no `type` (as in some of GitHub's issue schemas, which
 * put it beside an `allOf`) is not JSON Schema; Ajv takes `nullable` only with a `type`. It
 * means "this, or null", which JSON Schema says with `anyOf`.
 */
function typelessNullable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(typelessNullable);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema))
    out[k] = k === 'example' || k === 'examples' ? v : typelessNullable(v);
  if (out['nullable'] === true && out['type'] === undefined) {
    const { nullable: _, ...rest } = out;
    return { anyOf: [rest, { type: 'null' }] };
  }
  return out;
}

function validator(schema: object): ValidateFunction {
  const known = compiled.get(schema);
  if (known) return known;
  const v = ajv.compile(typelessNullable(schema) as object);
  compiled.set(schema, v);
  return v;
}

function example(op: Operation, status: string): Json {
  const content = op.spec.responses[status]?.content?.['application/json'];
  const first = content?.examples ? Object.values(content.examples)[0]?.value : undefined;
  return structuredClone(first);
}

export interface FakeUser {
  readonly login: string;
  readonly type?: 'User' | 'Bot';
}

export interface Fault {
  readonly method: string;
  /** Matched against the OpenAPI path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  readonly template: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  /** How many requests fail before the route answers normally again. */
  times: number;
}

export interface LoggedRequest {
  readonly method: string;
  readonly template: string | undefined;
  readonly path: string;
  readonly status: number;
  readonly body: Json;
}

interface StoredComment {
  id: number;
  body: string;
  user: string;
  created: string;
  updated: string;
}

interface StoredReviewComment extends StoredComment {
  path: string;
  line: number;
  inReplyTo?: number;
  commitId: string;
}

export interface PullRequestState {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha: string;
  labels: string[];
  files: { filename: string; patch?: string }[];
}

export class FakeGitHub {
  readonly violations: string[] = [];
  readonly requests: LoggedRequest[] = [];
  readonly faults: Fault[] = [];
  readonly comments: StoredComment[] = [];
  readonly reviewComments: StoredReviewComment[] = [];
  readonly reviews: { id: number; body: string; event: string; commitId: string; count: number }[] =
    [];
  readonly labelEvents: {
    id: number;
    event: 'labeled' | 'unlabeled';
    label: string;
    actor: string;
    created: string;
  }[] = [];
  readonly permissions = new Map<string, string>();
  /** The repository's issues (the pull request is issue `pr.number` and is not among them). */
  readonly issues: {
    number: number;
    title: string;
    body: string;
    state: 'open' | 'closed';
    user: string;
    created: string;
    updated: string;
  }[] = [];
  private nextIssue = 100;
  /** Writes answer 403 "Resource not accessible by integration", as for a fork's token. */
  readOnly = false;
  viewer = 'github-actions[bot]';
  private nextId = 1000;
  private server: Server | undefined;
  private clock = Date.parse('2026-11-01T00:00:00Z');

  constructor(
    readonly token: string,
    readonly pr: PullRequestState,
  ) {
    loadOpenApi();
  }

  get url(): string {
    const port = (this.server!.address() as AddressInfo).port;
    return `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        this.violations.push(`server error: ${(e as Error).stack}`);
        res.statusCode = 500;
        res.end();
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((done) => this.server?.close(() => done()));
  }

  /** Writes (POST/PATCH/PUT/DELETE) in the request log, GraphQL left out. */
  writes(): LoggedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.template !== '/graphql');
  }

  private stamp(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  addIssue(user: string, title: string, body: string, state: 'open' | 'closed' = 'open'): number {
    const number = this.nextIssue++;
    const t = this.stamp();
    this.issues.push({ number, title, body, state, user, created: t, updated: t });
    return number;
  }

  private issueJson(i: FakeGitHub['issues'][number]): Json {
    const ex = example(
      this.op('GET', '/repos/{owner}/{repo}/issues/{issue_number}'),
      '200',
    ) as Record<string, unknown>;
    const { owner, repo } = this.pr;
    const copy: Record<string, unknown> = {
      ...ex,
      id: 5000 + i.number,
      node_id: Buffer.from(`I_${i.number}`).toString('base64'),
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      closed_at: i.state === 'closed' ? i.updated : null,
      comments: 0,
      locked: false,
      repository_url: `https://api.github.com/repos/${owner}/${repo}`,
      comments_url: `https://api.github.com/repos/${owner}/${repo}/issues/${i.number}/comments`,
      events_url: `https://api.github.com/repos/${owner}/${repo}/issues/${i.number}/events`,
      labels_url: `https://api.github.com/repos/${owner}/${repo}/issues/${i.number}/labels{/name}`,
      user: this.user(i.user),
      labels: [],
      assignee: null,
      assignees: [],
      milestone: null,
      created_at: i.created,
      updated_at: i.updated,
      url: `https://api.github.com/repos/${owner}/${repo}/issues/${i.number}`,
      html_url: `https://github.com/${owner}/${repo}/issues/${i.number}`,
    };
    delete copy['pull_request'];
    if (i.state === 'closed') copy['state_reason'] = 'completed';
    else delete copy['state_reason'];
    return copy as Json;
  }

  addComment(user: string, body: string): number {
    const id = this.nextId++;
    const t = this.stamp();
    this.comments.push({ id, body, user, created: t, updated: t });
    return id;
  }

  addReviewComment(
    user: string,
    body: string,
    path: string,
    line: number,
    inReplyTo?: number,
  ): number {
    const id = this.nextId++;
    const t = this.stamp();
    this.reviewComments.push({
      id,
      body,
      user,
      path,
      line,
      created: t,
      updated: t,
      commitId: this.pr.headSha,
      ...(inReplyTo ? { inReplyTo } : {}),
    });
    return id;
  }

  label(name: string, actor: string): void {
    if (!this.pr.labels.includes(name)) this.pr.labels.push(name);
    this.labelEvents.push({
      id: this.nextId++,
      event: 'labeled',
      label: name,
      actor,
      created: this.stamp(),
    });
  }

  unlabel(name: string, actor: string): void {
    this.pr.labels = this.pr.labels.filter((l) => l !== name);
    this.labelEvents.push({
      id: this.nextId++,
      event: 'unlabeled',
      label: name,
      actor,
      created: this.stamp(),
    });
  }

  private user(login: string): Json {
    const u = structuredClone(this.exampleUser);
    const bot = login.endsWith('[bot]');
    Object.assign(u as object, {
      login,
      id: [...login].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000, 7),
      type: bot ? 'Bot' : 'User',
      url: `https://api.github.com/users/${encodeURIComponent(login)}`,
      html_url: `https://github.com/${encodeURIComponent(login)}`,
    });
    return u;
  }

  private get exampleUser(): Json {
    const op = this.op('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments');
    return (example(op, '200') as { user: Json }[])[0]!.user;
  }

  private op(method: string, template: string): Operation {
    const op = loadOpenApi().find((o) => o.method === method && o.template === template);
    if (!op) throw new Error(`no operation ${method} ${template}`);
    return op;
  }

  private issueComment(c: StoredComment): Json {
    const ex = example(
      this.op('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments'),
      '200',
    ) as Json[];
    const { owner, repo, number } = this.pr;
    return Object.assign(ex[0] as object, {
      id: c.id,
      node_id: Buffer.from(`IC_${c.id}`).toString('base64'),
      url: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${number}#issuecomment-${c.id}`,
      issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${number}`,
      body: c.body,
      user: this.user(c.user),
      created_at: c.created,
      updated_at: c.updated,
      author_association: c.user.endsWith('[bot]') ? 'NONE' : 'COLLABORATOR',
    });
  }

  private reviewComment(c: StoredReviewComment): Json {
    const ex = example(
      this.op('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/comments'),
      '200',
    ) as Json[];
    const { owner, repo, number } = this.pr;
    const out = Object.assign(ex[0] as Record<string, unknown>, {
      id: c.id,
      node_id: Buffer.from(`PRRC_${c.id}`).toString('base64'),
      url: `https://api.github.com/repos/${owner}/${repo}/pulls/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${number}#discussion_r${c.id}`,
      pull_request_url: `https://api.github.com/repos/${owner}/${repo}/pulls/${number}`,
      body: c.body,
      path: c.path,
      line: c.line,
      original_line: c.line,
      side: 'RIGHT',
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      user: this.user(c.user),
      created_at: c.created,
      updated_at: c.updated,
    });
    if (c.inReplyTo) out['in_reply_to_id'] = c.inReplyTo;
    else delete out['in_reply_to_id'];
    return out;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Json;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      this.violations.push(`${method} ${url.pathname}: body is not JSON`);
    }

    const send = (
      status: number,
      payload: Json,
      template: string | undefined,
      op?: Operation,
      headers: Record<string, string> = {},
      checked = true,
    ) => {
      this.requests.push({ method, template, path: url.pathname + url.search, status, body });
      if (op && checked) this.checkResponse(op, status, payload);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };

    if (req.headers.authorization !== `token ${this.token}`) {
      this.violations.push(`${method} ${url.pathname}: wrong or missing Authorization header`);
      send(
        401,
        { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
        undefined,
        undefined,
        {},
        false,
      );
      return;
    }
    if (raw.includes(this.token))
      this.violations.push(`${method} ${url.pathname}: the token appears in a request body`);

    if (url.pathname === '/graphql' && method === 'POST') {
      const query = (body as { query?: string } | undefined)?.query?.replace(/\s+/g, ' ').trim();
      if (query !== 'query { viewer { login } }')
        this.violations.push(`unexpected GraphQL query: ${query}`);
      send(200, { data: { viewer: { login: this.viewer } } }, '/graphql');
      return;
    }

    const candidates = loadOpenApi().filter(
      (o) => o.method === method && o.regex.test(url.pathname),
    );
    const op = candidates.sort((a, b) => b.literalSegments - a.literalSegments)[0];
    if (!op) {
      this.violations.push(`${method} ${url.pathname}: no such operation in GitHub's API`);
      send(
        404,
        { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
        undefined,
        undefined,
        {},
        false,
      );
      return;
    }
    const values = op.regex.exec(url.pathname)!.slice(1).map(decodeURIComponent);
    const pathParams = Object.fromEntries(op.params.map((p, i) => [p, values[i]!]));
    this.checkRequest(op, pathParams, url.searchParams, body);

    const fault = this.faults.find(
      (f) => f.method === method && f.template === op.template && f.times > 0,
    );
    if (fault) {
      fault.times--;
      send(
        fault.status,
        {
          message:
            fault.status >= 500 ? 'Server Error' : 'You have exceeded a secondary rate limit.',
          documentation_url: 'https://docs.github.com/rest',
        },
        op.template,
        op,
        fault.headers,
        false,
      );
      return;
    }

    const [status, payload, headers] = this.respond(op, pathParams, url, body);
    send(status, payload, op.template, op, headers);
  }

  private checkRequest(
    op: Operation,
    pathParams: Record<string, string>,
    query: URLSearchParams,
    body: Json,
  ): void {
    const where = `${op.method} ${op.template}`;
    const params = op.spec.parameters ?? [];
    const coerce = (schema: Schema, value: string): Json =>
      schema['type'] === 'integer' || schema['type'] === 'number'
        ? value.trim() === ''
          ? value
          : Number(value)
        : schema['type'] === 'boolean'
          ? value === 'true'
            ? true
            : value === 'false'
              ? false
              : value
          : value;
    for (const p of params.filter((x) => x.in === 'path')) {
      const v = validator(p.schema);
      if (!v(coerce(p.schema, pathParams[p.name] ?? '')))
        this.violations.push(
          `${where}: path parameter ${p.name}=${pathParams[p.name]} ${ajv.errorsText(v.errors)}`,
        );
    }
    for (const [name, value] of query) {
      const p = params.find((x) => x.in === 'query' && x.name === name);
      if (!p) {
        this.violations.push(`${where}: unknown query parameter ${name}`);
        continue;
      }
      const v = validator(p.schema);
      if (!v(coerce(p.schema, value)))
        this.violations.push(`${where}: query ${name}=${value} ${ajv.errorsText(v.errors)}`);
      if (name === 'per_page' && Number(value) > 100)
        this.violations.push(`${where}: per_page above 100`);
    }
    for (const p of params.filter((x) => x.in === 'query' && x.required))
      if (!query.has(p.name)) this.violations.push(`${where}: missing query parameter ${p.name}`);
    const schema = op.spec.requestBody?.content['application/json']?.schema;
    if (schema) {
      let strict = closedSchemas.get(schema);
      if (!strict) {
        strict = closed(schema) as object;
        closedSchemas.set(schema, strict);
      }
      const v = validator(strict);
      if (!v(body)) this.violations.push(`${where}: request body ${ajv.errorsText(v.errors)}`);
    } else if (body !== undefined) this.violations.push(`${where}: takes no request body`);
  }

  private checkResponse(op: Operation, status: number, payload: Json): void {
    const where = `${op.method} ${op.template}`;
    const response = op.spec.responses[String(status)];
    if (!response) {
      this.violations.push(`${where}: the fake answered ${status}, which GitHub does not document`);
      return;
    }
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return;
    const v = validator(schema);
    if (!v(payload))
      this.violations.push(
        `${where}: response ${status} ${ajv.errorsText(v.errors).slice(0, 500)}`,
      );
  }

  private page<T>(items: readonly T[], url: URL): [T[], Record<string, string>] {
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const u = new URL(url.pathname, this.url);
      for (const [k, v] of url.searchParams) if (k !== 'page') u.searchParams.set(k, v);
      u.searchParams.set('page', String(n));
      return `<${u}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return [
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {},
    ];
  }

  private forbidden(): [number, Json, Record<string, string>] {
    return [
      403,
      {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
      {},
    ];
  }

  /** The repository's issues: list (by creator), create, update. */
  private issueRoute(
    op: Operation,
    p: Record<string, string>,
    url: URL,
    body: Json,
  ): [number, Json, Record<string, string>] | undefined {
    const b = body as Record<string, unknown>;
    switch (`${op.method} ${op.template}`) {
      case 'GET /repos/{owner}/{repo}/issues': {
        const state = url.searchParams.get('state') ?? 'open';
        const creator = url.searchParams.get('creator');
        const list = this.issues
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => creator === null || i.user === creator)
          .sort((a, z) => z.number - a.number);
        const [items, headers] = this.page(list, url);
        return [200, items.map((i) => this.issueJson(i)), headers];
      }
      case 'POST /repos/{owner}/{repo}/issues': {
        if (this.readOnly) return this.forbidden();
        const number = this.addIssue(this.viewer, String(b['title']), String(b['body'] ?? ''));
        return [201, this.issueJson(this.issues.find((i) => i.number === number)!), {}];
      }
      case 'PATCH /repos/{owner}/{repo}/issues/{issue_number}': {
        if (this.readOnly) return this.forbidden();
        const issue = this.issues.find((i) => i.number === Number(p['issue_number']));
        if (!issue)
          return [
            404,
            { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
            {},
          ];
        if (issue.user !== this.viewer)
          this.violations.push(`PATCH of issue ${issue.number} by ${issue.user}, not ours`);
        if (typeof b['title'] === 'string') issue.title = b['title'];
        if (typeof b['body'] === 'string') issue.body = b['body'];
        if (b['state'] === 'open' || b['state'] === 'closed') issue.state = b['state'];
        issue.updated = this.stamp();
        return [200, this.issueJson(issue), {}];
      }
      default:
        return undefined;
    }
  }

  private respond(
    op: Operation,
    p: Record<string, string>,
    url: URL,
    body: Json,
  ): [number, Json, Record<string, string>] {
    const pr = this.pr;
    const notFound: [number, Json, Record<string, string>] = [
      404,
      { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
      {},
    ];
    if (p['owner'] !== pr.owner || p['repo'] !== pr.repo) return notFound;
    const issueWrite = this.issueRoute(op, p, url, body);
    if (issueWrite) return issueWrite;
    const number = Number(p['issue_number'] ?? p['pull_number'] ?? pr.number);
    if (number !== pr.number) return notFound;
    const b = body as Record<string, unknown>;
    switch (`${op.method} ${op.template}`) {
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const ex = example(op, '200') as Record<string, Record<string, unknown>>;
        // GitHub's own example lists a team without the `type` its schema requires.
        Object.assign(ex, {
          number: pr.number,
          requested_teams: [],
          labels: pr.labels.map((name, i) => ({
            ...(ex['labels'] as unknown as Record<string, unknown>[])[0],
            id: 1 + i,
            name,
          })),
        });
        ex['head']!['sha'] = pr.headSha;
        ex['base']!['sha'] = pr.baseSha;
        return [200, ex, {}];
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const [items, headers] = this.page(this.comments, url);
        return [200, items.map((c) => this.issueComment(c)), headers];
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (this.readOnly) return this.forbidden();
        const id = this.addComment(this.viewer, String(b['body']));
        return [
          201,
          this.issueComment(this.comments.find((c) => c.id === id)!),
          { location: `${this.url}/repos/${pr.owner}/${pr.repo}/issues/comments/${id}` },
        ];
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = this.comments.find((x) => x.id === Number(p['comment_id']));
        if (!c)
          return [
            422,
            {
              message: 'Validation Failed',
              documentation_url: 'https://docs.github.com/rest',
              errors: [],
            },
            {},
          ];
        if (c.user !== this.viewer)
          this.violations.push(`PATCH of comment ${c.id} by ${c.user}, not ours`);
        c.body = String(b['body']);
        c.updated = this.stamp();
        return [200, this.issueComment(c), {}];
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/events': {
        const ex = (example(op, '200') as Record<string, unknown>[])[0]!;
        const events = this.labelEvents.map((e) => ({
          ...ex,
          id: e.id,
          node_id: Buffer.from(`LE_${e.id}`).toString('base64'),
          url: `https://api.github.com/repos/${pr.owner}/${pr.repo}/issues/events/${e.id}`,
          actor: this.user(e.actor),
          event: e.event,
          commit_id: null,
          commit_url: null,
          created_at: e.created,
          performed_via_github_app: null,
          label: { name: e.label, color: 'd73a4a' },
        }));
        const [items, headers] = this.page(events, url);
        return [200, items, headers];
      }
      case 'GET /repos/{owner}/{repo}/collaborators/{username}/permission': {
        const permission = this.permissions.get(p['username']!);
        if (permission === undefined) return notFound;
        const role = permission;
        const folded =
          permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
        return [
          200,
          {
            permission: folded,
            role_name: role,
            user: {
              ...(this.user(p['username']!) as object),
              permissions: {
                admin: role === 'admin',
                maintain: role === 'maintain' || role === 'admin',
                push: ['admin', 'maintain', 'write'].includes(role),
                triage: role !== 'read',
                pull: true,
              },
              role_name: role,
            },
          },
          {},
        ];
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': {
        const ex = (example(op, '200') as Record<string, unknown>[])[0]!;
        const files = pr.files.map((f) => {
          const out: Record<string, unknown> = { ...ex, filename: f.filename, status: 'modified' };
          if (f.patch === undefined) delete out['patch'];
          else out['patch'] = f.patch;
          return out;
        });
        const [items, headers] = this.page(files, url);
        return [200, items, headers];
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments': {
        const [items, headers] = this.page(this.reviewComments, url);
        return [200, items.map((c) => this.reviewComment(c)), headers];
      }
      case 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
        if (this.readOnly) return this.forbidden();
        const comments =
          (b['comments'] as { path: string; line: number; body: string }[] | undefined) ?? [];
        for (const c of comments) {
          const file = pr.files.find((f) => f.filename === c.path);
          if (!file)
            return [
              422,
              {
                message: 'Unprocessable Entity',
                errors: ['Path could not be resolved'],
                documentation_url: 'https://docs.github.com/rest',
              },
              {},
            ];
        }
        const id = this.nextId++;
        for (const c of comments) this.addReviewComment(this.viewer, c.body, c.path, c.line);
        this.reviews.push({
          id,
          body: String(b['body'] ?? ''),
          event: String(b['event']),
          commitId: String(b['commit_id']),
          count: comments.length,
        });
        const ex = example(op, '200') as Record<string, unknown>;
        return [
          200,
          {
            ...ex,
            id,
            user: this.user(this.viewer),
            body: String(b['body'] ?? ''),
            state: 'COMMENTED',
            commit_id: String(b['commit_id']),
          },
          {},
        ];
      }
      case 'DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}': {
        if (this.readOnly) return notFound;
        const i = this.reviewComments.findIndex((c) => c.id === Number(p['comment_id']));
        if (i < 0) return notFound;
        this.reviewComments.splice(i, 1);
        return [204, undefined, {}];
      }
      default:
        this.violations.push(`${op.method} ${op.template}: the fake does not play this endpoint`);
        return notFound;
    }
  }
}
