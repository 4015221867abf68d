/**
 * Evaluates the expressions static reading can know: literals, templates, collections,
 * `var.`, `local.`, `each.`, `count.`, references to resources the module declares, `for`
 * expressions, conditionals, arithmetic and comparison, and a handful of pure functions over
 * known arguments. Everything else is an `Unknown` naming what could not be known, never a
 * guess: the reader turns it into a warning at the expression's line.
 */
import type { Expr } from './hcl.js';
import { asNumber, asString, isList, isObject, Unknown, type Value, ZoneRef } from './values.js';

/** What names mean where an expression is evaluated. */
export interface Scope {
  /** `var.NAME` */
  variable(name: string): Value | undefined;
  /** `local.NAME` */
  local(name: string, at: Expr): Value;
  /** `TYPE.NAME` (managed) or `data.TYPE.NAME`: the instance(s) as an object, or undefined. */
  resource(mode: 'managed' | 'data', type: string, name: string, at: Expr): Value | undefined;
  /** `module.NAME.OUTPUT`: the output's value. */
  moduleOutput?(name: string, at: Expr): Value | undefined;
  /** `each.key` / `each.value`, `count.index`, and the names a `for` expression binds. */
  readonly names: ReadonlyMap<string, Value>;
}

export function withNames(scope: Scope, names: ReadonlyMap<string, Value>): Scope {
  return { ...scope, names: new Map([...scope.names, ...names]) };
}

const unknown = (e: Expr, why?: string) => new Unknown(why ?? e.text, e.at);
const failure = (e: Expr, why: string) => new Unknown(why, e.at, true);

export function evaluate(e: Expr, scope: Scope): Value {
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'template': {
      let out = '';
      for (const p of e.parts) {
        if (typeof p === 'string') {
          out += p;
          continue;
        }
        const v = evaluate(p, scope);
        if (v instanceof Unknown) return v;
        if (v instanceof ZoneRef) return unknown(p, `${p.text} (a zone's computed id)`);
        const s = asString(v);
        if (s === undefined) return unknown(p, `${p.text} is not a string`);
        out += s;
      }
      // `"${x}"` alone keeps x's own type (Terraform unwraps a lone interpolation).
      const only = e.parts.length === 1 && typeof e.parts[0] !== 'string' ? e.parts[0] : undefined;
      return only ? evaluate(only, scope) : out;
    }
    case 'tuple':
      return e.items.map((i) => evaluate(i, scope));
    case 'object': {
      const out: Record<string, Value> = {};
      for (const { key, value } of e.items) {
        const k = evaluate(key, scope);
        const ks = asString(k);
        if (ks === undefined) return unknown(key);
        out[ks] = evaluate(value, scope);
      }
      return out;
    }
    case 'reference':
      return reference(e, scope);
    case 'call':
      return call(e, scope);
    case 'conditional': {
      const c = evaluate(e.condition, scope);
      if (typeof c !== 'boolean') return c instanceof Unknown ? c : unknown(e.condition);
      return evaluate(c ? e.whenTrue : e.whenFalse, scope);
    }
    case 'for':
      return forExpr(e, scope);
    case 'unary': {
      const v = evaluate(e.operand, scope);
      if (v instanceof Unknown) return v;
      if (e.op === '-' && typeof v === 'number') return -v;
      if (e.op === '!' && typeof v === 'boolean') return !v;
      return unknown(e);
    }
    case 'binary':
      return binary(e, scope);
    default:
      return unknown(e, `${e.text} (an expression static reading does not evaluate)`);
  }
}

function step(v: Value, key: Value, e: Expr, computed = false): Value {
  if (v instanceof Unknown) return v;
  if (key instanceof Unknown) return key;
  if (isList(v)) {
    const i = asNumber(key);
    return i !== undefined && Number.isInteger(i) && i >= 0 && i < v.length
      ? v[i]!
      : failure(e, `${e.text} (no such element)`);
  }
  if (isObject(v)) {
    const k = asString(key);
    if (k !== undefined && Object.hasOwn(v, k)) return v[k]!;
    return computed
      ? unknown(e, `${e.text} (known only after apply)`)
      : failure(e, `${e.text} (no such key)`);
  }
  return unknown(e);
}

function reference(e: Extract<Expr, { kind: 'reference' }>, scope: Scope): Value {
  const steps = [...e.steps];
  const attr = () => {
    const s = steps.shift();
    return s?.kind === 'attr' ? s.name : undefined;
  };
  let v: Value | undefined;
  let resource = false;
  if (scope.names.has(e.root)) v = scope.names.get(e.root);
  else if (e.root === 'var') {
    const name = attr();
    v = name === undefined ? undefined : scope.variable(name);
    if (v === undefined) return unknown(e, `${e.text} (no value given)`);
  } else if (e.root === 'local') {
    const name = attr();
    if (name === undefined) return unknown(e);
    v = scope.local(name, e);
  } else if (e.root === 'each' || e.root === 'count') {
    return unknown(e, `${e.text} (outside a for_each or count)`);
  } else if (e.root === 'module') {
    const name = attr();
    const output = attr();
    if (name === undefined || output === undefined || !scope.moduleOutput) return unknown(e);
    const mod = scope.moduleOutput(name, e);
    v = mod === undefined ? undefined : step(mod, output, e);
  } else if (e.root === 'data') {
    const type = attr();
    const name = attr();
    if (type === undefined || name === undefined) return unknown(e);
    v = scope.resource('data', type, name, e);
    resource = true;
  } else if (e.root === 'path' || e.root === 'terraform' || e.root === 'self') {
    return unknown(e);
  } else {
    const name = attr();
    if (name === undefined) return unknown(e);
    v = scope.resource('managed', e.root, name, e);
    resource = true;
  }
  if (v === undefined) return unknown(e, `${e.text} (not declared in this module)`);
  for (const s of steps) {
    if (s.kind === 'splat') {
      if (isList(v)) continue; // `list[*]` is the list; the attribute after it applies per item
      return unknown(e);
    }
    if (isList(v) && s.kind === 'attr' && e.steps.some((x) => x.kind === 'splat')) {
      const name = s.name;
      v = v.map((item) => step(item, name, e));
      continue;
    }
    v = step(v, s.kind === 'attr' ? s.name : evaluate(s.key, scope), e, resource);
  }
  return v;
}

function forExpr(e: Extract<Expr, { kind: 'for' }>, scope: Scope): Value {
  const coll = evaluate(e.collection, scope);
  if (coll instanceof Unknown) return coll;
  const entries: [Value, Value][] = isList(coll)
    ? coll.map((v, i) => [i, v])
    : isObject(coll)
      ? Object.entries(coll)
      : [];
  if (!isList(coll) && !isObject(coll)) return unknown(e.collection);
  const list: Value[] = [];
  const obj: Record<string, Value> = {};
  for (const [k, v] of entries) {
    const names = new Map<string, Value>([[e.valueVar, v]]);
    if (e.keyVar) names.set(e.keyVar, k);
    const inner = withNames(scope, names);
    if (e.condition) {
      const c = evaluate(e.condition, inner);
      if (c instanceof Unknown) return c;
      if (c !== true) continue;
    }
    const value = evaluate(e.value, inner);
    if (!e.key) {
      list.push(value);
      continue;
    }
    const key = asString(evaluate(e.key, inner));
    if (key === undefined) return unknown(e.key);
    if (e.grouped) obj[key] = [...((obj[key] as Value[] | undefined) ?? []), value];
    else obj[key] = value;
  }
  return e.key ? obj : list;
}

function binary(e: Extract<Expr, { kind: 'binary' }>, scope: Scope): Value {
  const l = evaluate(e.left, scope);
  if (e.op === '&&' && l === false) return false;
  if (e.op === '||' && l === true) return true;
  const r = evaluate(e.right, scope);
  if (l instanceof Unknown) return l;
  if (r instanceof Unknown) return r;
  if (e.op === '==') return JSON.stringify(l) === JSON.stringify(r);
  if (e.op === '!=') return JSON.stringify(l) !== JSON.stringify(r);
  if (e.op === '&&' || e.op === '||')
    return typeof l === 'boolean' && typeof r === 'boolean'
      ? e.op === '&&'
        ? l && r
        : l || r
      : unknown(e);
  const a = asNumber(l);
  const b = asNumber(r);
  if (a === undefined || b === undefined) return unknown(e);
  switch (e.op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return unknown(e);
  }
}

type Fn = (args: Value[], e: Expr) => Value;

const str = (v: Value) => asString(v);

/** Pure functions over known values; any other function's result is unknown. */
const FUNCTIONS: Readonly<Record<string, Fn>> = {
  lower: ([s], e) => (str(s!) !== undefined ? str(s!)!.toLowerCase() : unknown(e)),
  upper: ([s], e) => (str(s!) !== undefined ? str(s!)!.toUpperCase() : unknown(e)),
  trimspace: ([s], e) => (str(s!) !== undefined ? str(s!)!.trim() : unknown(e)),
  trimsuffix: ([s, x], e) => {
    const a = str(s!);
    const b = str(x!);
    return a === undefined || b === undefined
      ? unknown(e)
      : b && a.endsWith(b)
        ? a.slice(0, -b.length)
        : a;
  },
  trimprefix: ([s, x], e) => {
    const a = str(s!);
    const b = str(x!);
    return a === undefined || b === undefined
      ? unknown(e)
      : a.startsWith(b)
        ? a.slice(b.length)
        : a;
  },
  join: ([sep, ...lists], e) => {
    const parts = lists.flatMap((l) => (isList(l) ? l : [l]));
    const ss = parts.map(str);
    return str(sep!) === undefined || ss.some((s) => s === undefined)
      ? unknown(e)
      : ss.join(str(sep!));
  },
  split: ([sep, s], e) =>
    str(sep!) === undefined || str(s!) === undefined ? unknown(e) : str(s!)!.split(str(sep!)!),
  concat: (lists, e) => (lists.every(isList) ? lists.flat() : unknown(e)),
  merge: (objs, e) => (objs.every(isObject) ? Object.assign({}, ...objs) : unknown(e)),
  lookup: ([m, k, d], e) =>
    isObject(m) && str(k!) !== undefined
      ? Object.hasOwn(m, str(k!)!)
        ? m[str(k!)!]!
        : d !== undefined
          ? d
          : unknown(e)
      : unknown(e),
  tostring: ([v], e) => str(v!) ?? unknown(e),
  tonumber: ([v], e) => asNumber(v!) ?? unknown(e),
  tolist: ([v], e) => (isList(v) ? v : unknown(e)),
  toset: ([v], e) =>
    isList(v)
      ? [...new Set(v.map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x) as Value)
      : unknown(e),
  tomap: ([v], e) => (isObject(v) ? v : unknown(e)),
  length: ([v], e) =>
    isList(v)
      ? v.length
      : isObject(v)
        ? Object.keys(v).length
        : typeof v === 'string'
          ? [...v].length
          : unknown(e),
  keys: ([v], e) => (isObject(v) ? Object.keys(v).sort() : unknown(e)),
  values: ([v], e) =>
    isObject(v)
      ? Object.keys(v)
          .sort()
          .map((k) => v[k]!)
      : unknown(e),
  coalesce: (vs, e) => vs.find((v) => v !== null && v !== '') ?? unknown(e),
  flatten: ([v], e) => {
    const flat = (x: Value): Value[] => (isList(x) ? x.flatMap(flat) : [x]);
    return isList(v) ? flat(v) : unknown(e);
  },
  format: ([f, ...args], e) => {
    const fmt = str(f!);
    if (fmt === undefined) return unknown(e);
    let i = 0;
    let bad = false;
    const out = fmt.replace(/%(%|s|d|v)/g, (_m, c: string) => {
      if (c === '%') return '%';
      const s = str(args[i++]!);
      if (s === undefined) bad = true;
      return s ?? '';
    });
    return bad || /%[^%sdv]/.test(fmt.replace(/%%/g, '')) ? unknown(e) : out;
  },
};

function call(e: Extract<Expr, { kind: 'call' }>, scope: Scope): Value {
  // try(a, b, …): the first argument Terraform can evaluate without an error; an argument it
  // does not know yet makes the result unknown (Terraform's own rule), never the next one.
  if (e.name === 'try') {
    let last: Value = unknown(e);
    for (const a of e.args) {
      const v = evaluate(a, scope);
      if (!(v instanceof Unknown) || !v.error) return v;
      last = v;
    }
    return last;
  }
  const fn = FUNCTIONS[e.name];
  if (!fn) return unknown(e, `${e.text} (function ${e.name}() is not evaluated statically)`);
  const args = e.args.map((a) => evaluate(a, scope));
  const u = args.find((a) => a instanceof Unknown);
  if (u) return u;
  if (args.some((a) => a instanceof ZoneRef)) return unknown(e);
  return fn(args, e);
}
