/**
 * One Terraform module (a folder of `.tf` files) evaluated into resource instances: variables
 * from their inputs or defaults, locals, `count` and `for_each` expanded to one instance each
 * (addresses as Terraform writes them: `aws_route53_record.www["a"]`), `dynamic` blocks
 * expanded, and local modules (`source = "./modules/dns"`) read and evaluated with their
 * inputs. The instances' attributes have the shape `terraform show -json` gives them (nested
 * blocks as lists of objects), so static reading and the plan file share one mapping.
 */
import { posix } from 'node:path';
import { groupedDigits } from '../../model/count.js';
import type { Diagnostic, SourceLocation } from '../../model/location.js';
import { evaluate, type Scope, withNames } from './evaluate.js';
import type { Block, Body, Expr, HclFile } from './hcl.js';
import {
  asNumber,
  asString,
  isList,
  isObject,
  type ObjectValue,
  Unknown,
  type Value,
  ZoneRef,
} from './values.js';
import { zoneIdentity } from './zones.js';

export interface ResourceInstance {
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  /** Terraform's address: `module.dns.aws_route53_record.www["a"]`. */
  readonly address: string;
  readonly attrs: ObjectValue;
  /** The resource block's first line. */
  readonly at: SourceLocation;
  /** Where each top-level argument is written. */
  readonly attrAt: ReadonlyMap<string, SourceLocation>;
  /** The `provider` meta-argument as written (`cloudflare.other`), else the type's prefix. */
  readonly provider: string;
}

export interface ModuleFiles {
  /** Repository-relative folder ('' for the root). */
  readonly dir: string;
  readonly files: readonly HclFile[];
}

export interface ModuleContext {
  /** A module folder's parsed files, or undefined when the folder has none. */
  module(dir: string): ModuleFiles | undefined;
  readonly warnings: Diagnostic[];
}

const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle']);
const SKIPPED_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection', 'timeouts']);
const MAX_DEPTH = 16;
/** Instances one `count` or `for_each` may make: beyond it the expansion is refused, not tried. */
export const MAX_INSTANCES = 100_000;

interface Declarations {
  readonly variables: Map<string, Block>;
  readonly locals: Map<string, Expr>;
  readonly resources: Map<string, Block>;
  readonly modules: Map<string, Block>;
  readonly outputs: Map<string, Expr>;
}

function declarations(files: readonly HclFile[]): Declarations {
  const d: Declarations = {
    variables: new Map(),
    locals: new Map(),
    resources: new Map(),
    modules: new Map(),
    outputs: new Map(),
  };
  for (const f of files)
    for (const b of f.body.blocks) {
      const [a, c] = b.labels;
      if (b.type === 'variable' && a) d.variables.set(a, b);
      else if (b.type === 'locals')
        for (const [name, attr] of b.body.attributes) d.locals.set(name, attr.value);
      else if (b.type === 'resource' && a && c) d.resources.set(`managed ${a} ${c}`, b);
      else if (b.type === 'data' && a && c) d.resources.set(`data ${a} ${c}`, b);
      else if (b.type === 'module' && a) d.modules.set(a, b);
      else if (b.type === 'output' && a) {
        const v = b.body.attributes.get('value');
        if (v) d.outputs.set(a, v.value);
      }
    }
  return d;
}

export interface EvaluatedModule {
  readonly instances: readonly ResourceInstance[];
  output(name: string): Value | undefined;
}

/**
 * Evaluates module `mod` with `inputs` (its variables' values). `prefix` is the module's
 * address (`''` for the root, `module.dns.` below it).
 */
export function evaluateModule(
  mod: ModuleFiles,
  inputs: ReadonlyMap<string, Value>,
  prefix: string,
  ctx: ModuleContext,
  depth = 0,
  /** The module folders being evaluated above this one. */
  calling: readonly string[] = [],
): EvaluatedModule {
  const d = declarations(mod.files);
  const localCache = new Map<string, Value>();
  const resourceCache = new Map<string, Value>();
  const childCache = new Map<string, EvaluatedModule[] | Value>();
  const busy = new Set<string>();

  const scope: Scope = {
    names: new Map(),
    variable(name) {
      if (inputs.has(name)) return inputs.get(name);
      const decl = d.variables.get(name);
      const def = decl?.body.attributes.get('default');
      if (!decl) return undefined;
      return def
        ? evaluate(def.value, scope)
        : new Unknown(`var.${name} (no value given)`, decl.at);
    },
    local(name, at) {
      const cached = localCache.get(name);
      if (cached !== undefined) return cached;
      const expr = d.locals.get(name);
      if (!expr || busy.has(`local ${name}`)) return new Unknown(at.text, at.at);
      busy.add(`local ${name}`);
      const v = evaluate(expr, scope);
      busy.delete(`local ${name}`);
      localCache.set(name, v);
      return v;
    },
    resource(mode, type, name, at) {
      const key = `${mode} ${type} ${name}`;
      const block = d.resources.get(key);
      if (!block) return undefined;
      const cached = resourceCache.get(key);
      if (cached !== undefined) return cached;
      if (busy.has(key)) return new Unknown(at.text, at.at);
      busy.add(key);
      const instances = expand(block, scope, mode, type, name, prefix, ctx.warnings);
      busy.delete(key);
      const asValue = (i: ExpandedInstance): Value => referenceValue(i, mode, type);
      let v: Value;
      if (instances instanceof Unknown) v = instances;
      else if (!block.body.attributes.has('count') && !block.body.attributes.has('for_each'))
        v = instances[0] ? asValue(instances[0]) : new Unknown(at.text, at.at);
      else if (block.body.attributes.has('count')) v = instances.map(asValue);
      else v = Object.fromEntries(instances.map((i) => [String(i.key), asValue(i)]));
      resourceCache.set(key, v);
      return v;
    },
    moduleOutput(name, at) {
      const child = children(name);
      if (child instanceof Unknown || child === undefined) return child;
      const outputs = (m: EvaluatedModule): Value => {
        const out: Record<string, Value> = {};
        for (const o of declarations(
          ctx.module(childDir(d.modules.get(name)!, mod.dir) ?? '')?.files ?? [],
        ).outputs.keys())
          out[o] = m.output(o) ?? new Unknown(`${at.text}`, at.at);
        return out;
      };
      const block = d.modules.get(name)!;
      if (block.body.attributes.has('count')) return child.map(outputs);
      if (block.body.attributes.has('for_each'))
        return Object.fromEntries(child.map((m, i) => [String(i), outputs(m)]));
      return child[0] ? outputs(child[0]) : undefined;
    },
  };

  function children(name: string): EvaluatedModule[] | Unknown | undefined {
    const cached = childCache.get(name);
    if (cached !== undefined) return cached as EvaluatedModule[] | Unknown;
    const block = d.modules.get(name);
    if (!block) return undefined;
    const result = callModule(block, name);
    childCache.set(name, result as EvaluatedModule[] | Value);
    return result;
  }

  function callModule(block: Block, name: string): EvaluatedModule[] | Unknown {
    const source = asString(
      block.body.attributes.get('source') &&
        evaluate(block.body.attributes.get('source')!.value, scope),
    );
    const dir = childDir(block, mod.dir);
    const files = dir === undefined ? undefined : ctx.module(dir);
    if (
      !files ||
      depth >= MAX_DEPTH ||
      (dir !== undefined && [...calling, mod.dir].includes(dir))
    ) {
      ctx.warnings.push({
        level: 'warning',
        code: 'terraform/module',
        message:
          dir === undefined
            ? `module "${name}" (source ${JSON.stringify(source ?? '?')}) is not a local folder, so its resources are not read: any DNS records it manages are unknown to this review`
            : depth >= MAX_DEPTH
              ? `module "${name}": modules nested more than ${MAX_DEPTH} deep are not read`
              : files
                ? `module "${name}" calls ${dir || '.'}, which is already being evaluated (a module cannot call itself)`
                : `module "${name}": the folder ${dir || '.'} holds no .tf files`,
        location: block.at,
      });
      return new Unknown(`module.${name}`, block.at);
    }
    const keys = instanceKeys(block, scope, ctx.warnings, `module "${name}"`);
    if (keys instanceof Unknown) return keys;
    return keys.map(({ key, names }) => {
      const inner = withNames(scope, names);
      const childInputs = new Map<string, Value>();
      for (const [arg, attr] of block.body.attributes)
        if (!['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(arg))
          childInputs.set(arg, evaluate(attr.value, inner));
      const address = `${prefix}module.${name}${key === undefined ? '' : indexText(key)}.`;
      return evaluateModule(files, childInputs, address, ctx, depth + 1, [...calling, mod.dir]);
    });
  }

  const instances: ResourceInstance[] = [];
  for (const [key, block] of d.resources) {
    const [mode, type, name] = key.split(' ') as ['managed' | 'data', string, string];
    const expanded = expand(block, scope, mode, type, name, prefix, ctx.warnings);
    if (!(expanded instanceof Unknown)) instances.push(...expanded.map((e) => e.instance));
  }
  for (const name of d.modules.keys()) {
    const child = children(name);
    if (Array.isArray(child)) for (const m of child) instances.push(...m.instances);
  }
  return {
    instances,
    output: (name) => {
      const expr = d.outputs.get(name);
      return expr ? evaluate(expr, scope) : undefined;
    },
  };
}

/** The repository-relative folder of a local module, or undefined for any other source. */
function childDir(block: Block, dir: string): string | undefined {
  const source = block.body.attributes.get('source')?.value;
  const text = source?.kind === 'literal' && typeof source.value === 'string' ? source.value : '';
  if (!/^\.\.?\//.test(text)) return undefined;
  const joined = posix.normalize(posix.join(dir || '.', text)).replace(/\/+$/, '');
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return undefined;
  return joined === '.' ? '' : joined;
}

function indexText(key: string | number): string {
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

interface ExpandedInstance {
  readonly key: string | number | undefined;
  readonly instance: ResourceInstance;
}

/** `count` and `for_each` as instance keys with the names they bind; one instance without. */
function instanceKeys(
  block: Block,
  scope: Scope,
  warnings: Diagnostic[],
  what: string,
): { key: string | number | undefined; names: Map<string, Value> }[] | Unknown {
  const count = block.body.attributes.get('count');
  const forEach = block.body.attributes.get('for_each');
  if (count) {
    const v = evaluate(count.value, scope);
    const n = asNumber(v);
    if (n === undefined || !Number.isInteger(n) || n < 0) {
      const u = v instanceof Unknown ? v : new Unknown(count.value.text, count.at);
      warnings.push(unknownWarning(`${what}: count`, u, count.at));
      return u;
    }
    if (n > MAX_INSTANCES) {
      const u = new Unknown(`count = ${n}`, count.at);
      warnings.push({
        level: 'warning',
        code: 'terraform/too-many',
        message: `${what}: count = ${n} is more than the ${groupedDigits(MAX_INSTANCES)} instances this review expands`,
        location: count.at,
      });
      return u;
    }
    return Array.from({ length: n }, (_, i) => ({
      key: i,
      names: new Map<string, Value>([['count', { index: i }]]),
    }));
  }
  if (forEach) {
    const v = evaluate(forEach.value, scope);
    const entries: [string, Value][] | undefined = isObject(v)
      ? Object.entries(v)
      : isList(v) && v.every((x) => typeof x === 'string')
        ? (v as string[]).map((s) => [s, s])
        : undefined;
    if (!entries || entries.some(([, x]) => x instanceof Unknown && isList(v))) {
      const u = v instanceof Unknown ? v : new Unknown(forEach.value.text, forEach.at);
      warnings.push(unknownWarning(`${what}: for_each`, u, forEach.at));
      return u;
    }
    return entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => ({
        key,
        names: new Map<string, Value>([['each', { key, value }]]),
      }));
  }
  return [{ key: undefined, names: new Map() }];
}

export function unknownWarning(what: string, u: Unknown, at: SourceLocation): Diagnostic {
  return {
    level: 'warning',
    code: 'terraform/unknown',
    message: `${what} depends on ${u.what}, which only running Terraform can know: the review cannot expand it`,
    location: u.at.line !== undefined ? u.at : at,
  };
}

function expand(
  block: Block,
  scope: Scope,
  mode: 'managed' | 'data',
  type: string,
  name: string,
  prefix: string,
  warnings: Diagnostic[],
): ExpandedInstance[] | Unknown {
  const base = `${prefix}${mode === 'data' ? 'data.' : ''}${type}.${name}`;
  const keys = instanceKeys(block, scope, warnings, base);
  if (keys instanceof Unknown) return keys;
  const providerExpr = block.body.attributes.get('provider')?.value;
  const provider = providerExpr?.text ?? type.split('_')[0]!;
  return keys.map(({ key, names }) => {
    const inner = withNames(scope, names);
    const attrAt = new Map<string, SourceLocation>();
    for (const [n, a] of block.body.attributes) attrAt.set(n, a.at);
    return {
      key,
      instance: {
        mode,
        type,
        name,
        address: `${base}${key === undefined ? '' : indexText(key)}`,
        attrs: bodyValue(block.body, inner, warnings),
        at: block.at,
        attrAt,
        provider,
      },
    };
  });
}

/** A block body as Terraform's JSON shape: arguments, and nested blocks as lists of objects. */
function bodyValue(body: Body, scope: Scope, warnings: Diagnostic[]): ObjectValue {
  const out: Record<string, Value> = {};
  for (const [n, a] of body.attributes) if (!META.has(n)) out[n] = evaluate(a.value, scope);
  for (const b of body.blocks) {
    if (SKIPPED_BLOCKS.has(b.type)) continue;
    if (b.type === 'dynamic') {
      const label = b.labels[0];
      if (!label) continue;
      const items = dynamicItems(b, scope, warnings);
      out[label] = [...((out[label] as Value[] | undefined) ?? []), ...items];
      continue;
    }
    out[b.type] = [
      ...((out[b.type] as Value[] | undefined) ?? []),
      bodyValue(b.body, scope, warnings),
    ];
  }
  return out;
}

/** A `dynamic "x" { for_each = …; content { … } }` block's items, or one unknown item. */
function dynamicItems(b: Block, scope: Scope, warnings: Diagnostic[]): Value[] {
  const label = b.labels[0]!;
  const forEach = b.body.attributes.get('for_each');
  const iterator = b.body.attributes.get('iterator')?.value.text ?? label;
  const content = b.body.blocks.find((x) => x.type === 'content');
  const v = forEach ? evaluate(forEach.value, scope) : new Unknown(b.labels[0]!, b.at);
  const entries: [Value, Value][] | undefined = isList(v)
    ? v.map((x, i) => [i, x])
    : isObject(v)
      ? Object.entries(v)
      : undefined;
  if (!entries || !content) {
    const u = v instanceof Unknown ? v : new Unknown(forEach?.value.text ?? label, b.at);
    warnings.push(unknownWarning(`dynamic "${label}"`, u, b.at));
    return [u];
  }
  return entries.map(([key, value]) =>
    bodyValue(content.body, withNames(scope, new Map([[iterator, { key, value }]])), warnings),
  );
}

/**
 * What a reference to a resource instance gives: its arguments, and for a zone resource the
 * computed id (a ZoneRef: which zone it is) as the provider would fill it in.
 */
function referenceValue(i: ExpandedInstance, mode: 'managed' | 'data', type: string): Value {
  const attrs = { ...i.instance.attrs } as Record<string, Value>;
  const zone = zoneIdentity(mode, type, attrs);
  if (zone)
    for (const key of zone.idAttributes)
      attrs[key] =
        zone.apex instanceof Unknown
          ? zone.apex
          : new ZoneRef(zone.apex, `${i.instance.address}.${key}`);
  return attrs;
}
