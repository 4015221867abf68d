import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  Unknown,
  ZoneRef,
  asNumber,
  asString,
  instancesToZones,
  isList,
  isObject,
  zoneIdentity
} from "./chunk-WQ27YHM6.js";
import {
  terraformFiles
} from "./chunk-BIWLE6VI.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-FC6P4P2O.js";
import "./chunk-62H6EOL3.js";
import {
  InputBudget,
  budgetMessage
} from "./chunk-7BXAX2Z4.js";
import "./chunk-UFWOLI4P.js";
import {
  groupedDigits
} from "./chunk-PW6GGXO2.js";
import "./chunk-UEUQZ7ZE.js";
import {
  fail,
  lineColumnIndex,
  ok
} from "./chunk-NHBBLBWC.js";
import "./chunk-Y6VGXGMD.js";

// src/formats/terraform/load.ts
import { posix as posix2 } from "node:path";

// src/formats/terraform/credentials.ts
var CREDENTIAL_ARGUMENTS = {
  cloudflare: ["api_token", "api_key", "email", "api_user_service_key"],
  aws: ["access_key", "secret_key", "token"],
  google: ["credentials", "access_token"],
  azurerm: ["client_secret", "client_certificate_password", "client_id"],
  digitalocean: ["token", "spaces_access_id", "spaces_secret_key"],
  ovh: ["application_key", "application_secret", "consumer_key"]
};
function providerCredentials(files, inputs, varTexts) {
  const defaults = /* @__PURE__ */ new Map();
  for (const f of files)
    for (const b of f.body.blocks)
      if (b.type === "variable" && b.labels[0]) {
        const d = b.body.attributes.get("default");
        if (d) defaults.set(b.labels[0], d.value);
      }
  const out = [];
  for (const f of files)
    for (const b of f.body.blocks) {
      const type = b.labels[0];
      if (b.type !== "provider" || !type || !CREDENTIAL_ARGUMENTS[type]) continue;
      const alias = b.body.attributes.get("alias")?.value;
      const aliasText = alias?.kind === "literal" ? String(alias.value) : void 0;
      const fields = [];
      for (const key of CREDENTIAL_ARGUMENTS[type]) {
        const a = b.body.attributes.get(key);
        if (!a) continue;
        const held = heldInRepo(a.value, inputs, defaults, varTexts);
        fields.push({ key, literal: held !== void 0, location: held ?? a.at });
      }
      if (fields.length === 0) continue;
      out.push({
        provider: aliasText ? `${type}.${aliasText}` : type,
        type,
        location: b.at,
        fields
      });
    }
  return out;
}
function heldInRepo(e, inputs, defaults, varTexts) {
  if (e.kind === "literal") return typeof e.value === "string" && e.value !== "" ? e.at : void 0;
  if (e.kind === "template") return e.parts.every((p) => typeof p === "string") ? e.at : void 0;
  if (e.kind === "call" && e.name === "file") return e.at;
  if (e.kind === "reference" && e.root === "var" && e.steps[0]?.kind === "attr") {
    const name = e.steps[0].name;
    if (inputs.has(name)) {
      const v = inputs.get(name);
      if (typeof v !== "string" || v === "") return void 0;
      for (const [file, text] of varTexts) {
        const m = new RegExp(`^\\s*"?${name}"?\\s*[=:]`, "m").exec(text);
        if (m) return { file, line: lineColumnIndex(text)(m.index).line };
      }
      return e.at;
    }
    const d = defaults.get(name);
    if (d) return heldInRepo(d, /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map());
  }
  return void 0;
}

// src/formats/terraform/evaluate.ts
function withNames(scope, names) {
  return { ...scope, names: new Map([...scope.names, ...names]) };
}
var unknown = (e, why) => new Unknown(why ?? e.text, e.at);
var failure = (e, why) => new Unknown(why, e.at, true);
function evaluate(e, scope) {
  switch (e.kind) {
    case "literal":
      return e.value;
    case "template": {
      let out = "";
      for (const p of e.parts) {
        if (typeof p === "string") {
          out += p;
          continue;
        }
        const v = evaluate(p, scope);
        if (v instanceof Unknown) return v;
        if (v instanceof ZoneRef) return unknown(p, `${p.text} (a zone's computed id)`);
        const s = asString(v);
        if (s === void 0) return unknown(p, `${p.text} is not a string`);
        out += s;
      }
      const only = e.parts.length === 1 && typeof e.parts[0] !== "string" ? e.parts[0] : void 0;
      return only ? evaluate(only, scope) : out;
    }
    case "tuple":
      return e.items.map((i) => evaluate(i, scope));
    case "object": {
      const out = {};
      for (const { key, value } of e.items) {
        const k = evaluate(key, scope);
        const ks = asString(k);
        if (ks === void 0) return unknown(key);
        out[ks] = evaluate(value, scope);
      }
      return out;
    }
    case "reference":
      return reference(e, scope);
    case "call":
      return call(e, scope);
    case "conditional": {
      const c = evaluate(e.condition, scope);
      if (typeof c !== "boolean") return c instanceof Unknown ? c : unknown(e.condition);
      return evaluate(c ? e.whenTrue : e.whenFalse, scope);
    }
    case "for":
      return forExpr(e, scope);
    case "unary": {
      const v = evaluate(e.operand, scope);
      if (v instanceof Unknown) return v;
      if (e.op === "-" && typeof v === "number") return -v;
      if (e.op === "!" && typeof v === "boolean") return !v;
      return unknown(e);
    }
    case "binary":
      return binary(e, scope);
    default:
      return unknown(e, `${e.text} (an expression static reading does not evaluate)`);
  }
}
function step(v, key, e, computed = false) {
  if (v instanceof Unknown) return v;
  if (key instanceof Unknown) return key;
  if (isList(v)) {
    const i = asNumber(key);
    return i !== void 0 && Number.isInteger(i) && i >= 0 && i < v.length ? v[i] : failure(e, `${e.text} (no such element)`);
  }
  if (isObject(v)) {
    const k = asString(key);
    if (k !== void 0 && Object.hasOwn(v, k)) return v[k];
    return computed ? unknown(e, `${e.text} (known only after apply)`) : failure(e, `${e.text} (no such key)`);
  }
  return unknown(e);
}
function reference(e, scope) {
  const steps = [...e.steps];
  const attr = () => {
    const s = steps.shift();
    return s?.kind === "attr" ? s.name : void 0;
  };
  let v;
  let resource = false;
  if (scope.names.has(e.root)) v = scope.names.get(e.root);
  else if (e.root === "var") {
    const name = attr();
    v = name === void 0 ? void 0 : scope.variable(name);
    if (v === void 0) return unknown(e, `${e.text} (no value given)`);
  } else if (e.root === "local") {
    const name = attr();
    if (name === void 0) return unknown(e);
    v = scope.local(name, e);
  } else if (e.root === "each" || e.root === "count") {
    return unknown(e, `${e.text} (outside a for_each or count)`);
  } else if (e.root === "module") {
    const name = attr();
    const output = attr();
    if (name === void 0 || output === void 0 || !scope.moduleOutput) return unknown(e);
    const mod = scope.moduleOutput(name, e);
    v = mod === void 0 ? void 0 : step(mod, output, e);
  } else if (e.root === "data") {
    const type = attr();
    const name = attr();
    if (type === void 0 || name === void 0) return unknown(e);
    v = scope.resource("data", type, name, e);
    resource = true;
  } else if (e.root === "path" || e.root === "terraform" || e.root === "self") {
    return unknown(e);
  } else {
    const name = attr();
    if (name === void 0) return unknown(e);
    v = scope.resource("managed", e.root, name, e);
    resource = true;
  }
  if (v === void 0) return unknown(e, `${e.text} (not declared in this module)`);
  for (const s of steps) {
    if (s.kind === "splat") {
      if (isList(v)) continue;
      return unknown(e);
    }
    if (isList(v) && s.kind === "attr" && e.steps.some((x) => x.kind === "splat")) {
      const name = s.name;
      v = v.map((item) => step(item, name, e));
      continue;
    }
    v = step(v, s.kind === "attr" ? s.name : evaluate(s.key, scope), e, resource);
  }
  return v;
}
function forExpr(e, scope) {
  const coll = evaluate(e.collection, scope);
  if (coll instanceof Unknown) return coll;
  const entries = isList(coll) ? coll.map((v, i) => [i, v]) : isObject(coll) ? Object.entries(coll) : [];
  if (!isList(coll) && !isObject(coll)) return unknown(e.collection);
  const list = [];
  const obj = {};
  for (const [k, v] of entries) {
    const names = /* @__PURE__ */ new Map([[e.valueVar, v]]);
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
    if (key === void 0) return unknown(e.key);
    if (e.grouped) obj[key] = [...obj[key] ?? [], value];
    else obj[key] = value;
  }
  return e.key ? obj : list;
}
function binary(e, scope) {
  const l = evaluate(e.left, scope);
  if (e.op === "&&" && l === false) return false;
  if (e.op === "||" && l === true) return true;
  const r = evaluate(e.right, scope);
  if (l instanceof Unknown) return l;
  if (r instanceof Unknown) return r;
  if (e.op === "==") return JSON.stringify(l) === JSON.stringify(r);
  if (e.op === "!=") return JSON.stringify(l) !== JSON.stringify(r);
  if (e.op === "&&" || e.op === "||")
    return typeof l === "boolean" && typeof r === "boolean" ? e.op === "&&" ? l && r : l || r : unknown(e);
  const a = asNumber(l);
  const b = asNumber(r);
  if (a === void 0 || b === void 0) return unknown(e);
  switch (e.op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "%":
      return a % b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    default:
      return unknown(e);
  }
}
var str = (v) => asString(v);
var FUNCTIONS = {
  lower: ([s], e) => str(s) !== void 0 ? str(s).toLowerCase() : unknown(e),
  upper: ([s], e) => str(s) !== void 0 ? str(s).toUpperCase() : unknown(e),
  trimspace: ([s], e) => str(s) !== void 0 ? str(s).trim() : unknown(e),
  trimsuffix: ([s, x], e) => {
    const a = str(s);
    const b = str(x);
    return a === void 0 || b === void 0 ? unknown(e) : b && a.endsWith(b) ? a.slice(0, -b.length) : a;
  },
  trimprefix: ([s, x], e) => {
    const a = str(s);
    const b = str(x);
    return a === void 0 || b === void 0 ? unknown(e) : a.startsWith(b) ? a.slice(b.length) : a;
  },
  join: ([sep, ...lists], e) => {
    const parts = lists.flatMap((l) => isList(l) ? l : [l]);
    const ss = parts.map(str);
    return str(sep) === void 0 || ss.some((s) => s === void 0) ? unknown(e) : ss.join(str(sep));
  },
  split: ([sep, s], e) => str(sep) === void 0 || str(s) === void 0 ? unknown(e) : str(s).split(str(sep)),
  concat: (lists, e) => lists.every(isList) ? lists.flat() : unknown(e),
  merge: (objs, e) => objs.every(isObject) ? Object.assign({}, ...objs) : unknown(e),
  lookup: ([m, k, d], e) => isObject(m) && str(k) !== void 0 ? Object.hasOwn(m, str(k)) ? m[str(k)] : d !== void 0 ? d : unknown(e) : unknown(e),
  tostring: ([v], e) => str(v) ?? unknown(e),
  tonumber: ([v], e) => asNumber(v) ?? unknown(e),
  tolist: ([v], e) => isList(v) ? v : unknown(e),
  toset: ([v], e) => isList(v) ? [...new Set(v.map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x)) : unknown(e),
  tomap: ([v], e) => isObject(v) ? v : unknown(e),
  length: ([v], e) => isList(v) ? v.length : isObject(v) ? Object.keys(v).length : typeof v === "string" ? [...v].length : unknown(e),
  keys: ([v], e) => isObject(v) ? Object.keys(v).sort() : unknown(e),
  values: ([v], e) => isObject(v) ? Object.keys(v).sort().map((k) => v[k]) : unknown(e),
  coalesce: (vs, e) => vs.find((v) => v !== null && v !== "") ?? unknown(e),
  flatten: ([v], e) => {
    const flat = (x) => isList(x) ? x.flatMap(flat) : [x];
    return isList(v) ? flat(v) : unknown(e);
  },
  format: ([f, ...args], e) => {
    const fmt = str(f);
    if (fmt === void 0) return unknown(e);
    let i = 0;
    let bad = false;
    const out = fmt.replace(/%(%|s|d|v)/g, (_m, c) => {
      if (c === "%") return "%";
      const s = str(args[i++]);
      if (s === void 0) bad = true;
      return s ?? "";
    });
    return bad || /%[^%sdv]/.test(fmt.replace(/%%/g, "")) ? unknown(e) : out;
  }
};
function call(e, scope) {
  if (e.name === "try") {
    let last = unknown(e);
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

// src/formats/terraform/hcl.ts
var parser;
function hclParser() {
  parser ??= (async () => {
    const [{ Parser, Language }, { hclWasm }] = await Promise.all([
      import("./web-tree-sitter-J2IXZRIN.js"),
      import("./hcl-wasm-5HOBOJIB.js")
    ]);
    const wasm = await hclWasm();
    await Parser.init({ wasmBinary: wasm.runtime });
    const p = new Parser();
    p.setLanguage(await Language.load(wasm.grammar));
    return p;
  })();
  return parser;
}
async function parseHcl(text, file) {
  const p = await hclParser();
  const tree = p.parse(text);
  if (!tree) return { ok: false, errors: [syntaxError(file, 1, 1, "the parser gave up")] };
  try {
    const root = tree.rootNode;
    if (root.hasError) return { ok: false, errors: [firstError(root, file)] };
    const body = root.namedChildren.find((c) => c?.type === "body");
    return { ok: true, value: { file, body: body ? readBody(body, file) : emptyBody() } };
  } finally {
    tree.delete();
  }
}
function syntaxError(file, line, column, what) {
  return {
    level: "error",
    code: "terraform/syntax",
    message: `HCL syntax error: ${what} (terraform would refuse this file)`,
    location: { file, line, column }
  };
}
function firstError(root, file) {
  let found;
  const stack = [root];
  while (stack.length > 0 && !found) {
    const n = stack.pop();
    if (n.isError || n.isMissing) found = n;
    else for (const c of [...n.children].reverse()) if (c?.hasError || c?.isMissing) stack.push(c);
  }
  const at = found ?? root;
  const what = !found ? "unreadable input" : found.isMissing ? `expected ${found.type}` : `unexpected ${JSON.stringify(found.text.slice(0, 40))}`;
  return syntaxError(file, at.startPosition.row + 1, at.startPosition.column + 1, what);
}
function emptyBody() {
  return { attributes: /* @__PURE__ */ new Map(), blocks: [] };
}
function loc(n, file) {
  return { file, line: n.startPosition.row + 1, column: n.startPosition.column + 1 };
}
var MAX_BLOCK_DEPTH = 32;
function readBody(node, file, depth = 0) {
  if (depth > MAX_BLOCK_DEPTH) return emptyBody();
  const attributes = /* @__PURE__ */ new Map();
  const blocks = [];
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === "attribute") {
      const kids = c.namedChildren;
      const name = kids[0]?.text ?? "";
      const value = kids[1];
      attributes.set(name, {
        name,
        at: loc(c, file),
        value: value ? readExpr(value, file) : other(c, file)
      });
    } else if (c.type === "block") {
      const labels = [];
      let body = emptyBody();
      const kids = c.namedChildren;
      for (const part of kids.slice(1)) {
        if (part?.type === "string_lit") labels.push(unescapeQuoted(stringLitText(part)));
        else if (part?.type === "identifier") labels.push(part.text);
        else if (part?.type === "body") body = readBody(part, file, depth + 1);
      }
      blocks.push({ type: kids[0]?.text ?? "", labels, body, at: loc(c, file) });
    }
  }
  return { attributes, blocks };
}
function stringLitText(n) {
  return n.namedChildren.find((c) => c?.type === "template_literal")?.text ?? "";
}
function other(n, file) {
  return { kind: "other", at: loc(n, file), text: n.text };
}
function unescapeQuoted(s) {
  return s.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g, (_m, u4, u8, c) => {
    if (u4 || u8) return String.fromCodePoint(Number.parseInt(u4 ?? u8, 16));
    return { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" }[c] ?? `\\${c}`;
  }).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
var MAX_EXPR_DEPTH = 200;
var exprDepth = 0;
function readExpr(node, file) {
  if (exprDepth >= MAX_EXPR_DEPTH) return other(node, file);
  exprDepth++;
  try {
    if (node.type !== "expression") return readTerm([node], file, node);
    return readTerm(
      node.children.filter((c) => c !== null && c.type !== "comment"),
      file,
      node
    );
  } finally {
    exprDepth--;
  }
}
function readTerm(parts, file, whole) {
  const at = loc(whole, file);
  const text = whole.text;
  const first = parts[0];
  if (!first) return other(whole, file);
  if (first.type === "(") {
    const inner = parts[1];
    const rest2 = parts.slice(3);
    const base2 = inner ? readExpr(inner, file) : other(whole, file);
    return rest2.length === 0 ? base2 : withSteps(base2, rest2, file, whole);
  }
  const rest = parts.slice(1);
  if (first.type === "variable_expr") {
    const steps = readSteps(rest, file);
    if (!steps) return other(whole, file);
    return { kind: "reference", root: first.text, steps, at, text };
  }
  const base = readPrimary(first, file);
  return rest.length === 0 ? base : withSteps(base, rest, file, whole);
}
function withSteps(_base, _steps, file, whole) {
  return other(whole, file);
}
function readSteps(nodes, file) {
  const steps = [];
  for (const n of nodes) {
    if (n.type === "get_attr") steps.push({ kind: "attr", name: n.firstNamedChild?.text ?? "" });
    else if (n.type === "index") {
      const idx = n.firstNamedChild;
      if (idx?.type === "legacy_index")
        steps.push({
          kind: "index",
          key: {
            kind: "literal",
            value: Number(idx.text.slice(1)),
            at: loc(idx, file),
            text: idx.text
          }
        });
      else {
        const e = idx?.firstNamedChild;
        if (!e) return void 0;
        steps.push({ kind: "index", key: readExpr(e, file) });
      }
    } else if (n.type === "splat") steps.push({ kind: "splat" });
    else return void 0;
  }
  return steps;
}
function readPrimary(n, file) {
  const at = loc(n, file);
  const text = n.text;
  switch (n.type) {
    case "literal_value":
      return readPrimary(n.firstNamedChild ?? n, file);
    case "numeric_lit":
      return { kind: "literal", value: Number(text), at, text };
    case "bool_lit":
      return { kind: "literal", value: text === "true", at, text };
    case "null_lit":
      return { kind: "literal", value: null, at, text };
    case "string_lit":
      return { kind: "literal", value: unescapeQuoted(stringLitText(n)), at, text };
    case "template_expr":
      return readTemplate(n.firstNamedChild ?? n, file);
    case "collection_value":
      return readPrimary(n.firstNamedChild ?? n, file);
    case "tuple":
      return {
        kind: "tuple",
        items: n.namedChildren.filter((c) => c?.type === "expression").map((c) => readExpr(c, file)),
        at,
        text
      };
    case "object": {
      const items = [];
      for (const el of n.namedChildren) {
        if (el?.type !== "object_elem") continue;
        const [k, v] = el.namedChildren.filter((c) => c?.type === "expression");
        if (!k || !v) continue;
        const key = readExpr(k, file);
        const bare = key.kind === "reference" && key.steps.length === 0 ? { kind: "literal", value: key.root, at: key.at, text: key.text } : key;
        items.push({ key: bare, value: readExpr(v, file) });
      }
      return { kind: "object", items, at, text };
    }
    case "function_call": {
      const args = n.namedChildren.find((c) => c?.type === "function_arguments");
      if (args?.namedChildren.some((c) => c?.type === "ellipsis")) return other(n, file);
      return {
        kind: "call",
        name: n.firstNamedChild?.text ?? "",
        args: (args?.namedChildren ?? []).filter((c) => c?.type === "expression").map((c) => readExpr(c, file)),
        at,
        text
      };
    }
    case "conditional": {
      const [c, t, e] = n.namedChildren.filter((x) => x?.type === "expression");
      if (!c || !t || !e) return other(n, file);
      return {
        kind: "conditional",
        condition: readExpr(c, file),
        whenTrue: readExpr(t, file),
        whenFalse: readExpr(e, file),
        at,
        text
      };
    }
    case "for_expr":
      return readFor(n.firstNamedChild ?? n, file);
    case "operation": {
      const op = n.firstNamedChild;
      if (!op) return other(n, file);
      const children = op.children.filter((c) => c !== null && c.type !== "comment");
      const at2 = children.findIndex((c) => !c.isNamed);
      const symbol = children[at2]?.text ?? "";
      const before = children.slice(0, Math.max(at2, 0));
      const after = children.slice(at2 + 1);
      if (op.type === "unary_operation" && at2 === 0 && after.length > 0)
        return { kind: "unary", op: symbol, operand: readTerm(after, file, op), at, text };
      if (op.type === "binary_operation" && before.length > 0 && after.length > 0)
        return {
          kind: "binary",
          op: symbol,
          left: readOperand(before, file),
          right: readOperand(after, file),
          at,
          text
        };
      return other(n, file);
    }
    default:
      return other(n, file);
  }
}
function readOperand(parts, file) {
  const first = parts[0];
  if (parts.length === 1) return readExpr(first, file);
  const e = readTerm(parts, file, first);
  const text = parts.map((p) => p.text).join("");
  return { ...e, text };
}
function readTemplate(n, file) {
  const at = loc(n, file);
  if (n.type === "heredoc_template") return readHeredoc(n, file);
  const parts = [];
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === "template_literal") parts.push(unescapeQuoted(c.text));
    else if (c.type === "template_interpolation") {
      const e = c.namedChildren.find((x) => x?.type === "expression");
      if (e) parts.push(readExpr(e, file));
    } else if (c.type === "template_directive") return other(n, file);
  }
  return { kind: "template", parts, at, text: n.text };
}
function readHeredoc(n, file) {
  const at = loc(n, file);
  const text = n.text;
  const bodyStart = text.indexOf("\n") + 1;
  const bodyEnd = text.lastIndexOf("\n") + 1;
  if (bodyStart <= 0 || bodyEnd < bodyStart) return other(n, file);
  const pieces = [];
  let from = bodyStart;
  for (const c of n.namedChildren) {
    if (c?.type === "template_directive") return other(n, file);
    if (c?.type !== "template_interpolation") continue;
    const e = c.namedChildren.find((x) => x?.type === "expression");
    const start = c.startIndex - n.startIndex;
    pieces.push(text.slice(from, start));
    if (e) pieces.push(readExpr(e, file));
    from = c.endIndex - n.startIndex;
  }
  pieces.push(text.slice(from, bodyEnd));
  const literal = (s) => s.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
  let parts = pieces.map((p) => typeof p === "string" ? literal(p) : p);
  if (/^<<-/.test(text)) {
    const lineStarts = parts.filter((p) => typeof p === "string").flatMap((p, i) => p.split("\n").slice(i === 0 ? 0 : 1)).filter((l) => l.trim() !== "");
    const cut = Math.min(...lineStarts.map((l) => /^[ \t]*/.exec(l)[0].length), 1e9);
    parts = parts.map(
      (p, i) => typeof p === "string" ? p.split("\n").map(
        (l, j) => j === 0 && i !== 0 ? l : l.slice(Math.min(cut, /^[ \t]*/.exec(l)[0].length))
      ).join("\n") : p
    );
  }
  return { kind: "template", parts, at, text };
}
function readFor(n, file) {
  const at = loc(n, file);
  const intro = n.namedChildren.find((c) => c?.type === "for_intro");
  const exprs = n.namedChildren.filter((c) => c?.type === "expression");
  const cond = n.namedChildren.find((c) => c?.type === "for_cond");
  const names = (intro?.namedChildren ?? []).filter((c) => c?.type === "identifier");
  const coll = intro?.namedChildren.find((c) => c?.type === "expression");
  if (!intro || !coll || names.length === 0) return other(n, file);
  const object = n.type === "for_object_expr";
  const condExpr = cond?.namedChildren.find((c) => c?.type === "expression");
  return {
    kind: "for",
    keyVar: names.length > 1 ? names[0].text : void 0,
    valueVar: names.at(-1).text,
    collection: readExpr(coll, file),
    key: object && exprs[0] ? readExpr(exprs[0], file) : void 0,
    value: readExpr(object ? exprs[1] ?? exprs[0] : exprs[0], file),
    condition: condExpr ? readExpr(condExpr, file) : void 0,
    grouped: object && n.children.some((c) => c?.type === "ellipsis"),
    at,
    text: n.text
  };
}

// src/formats/terraform/module.ts
import { posix } from "node:path";
var META = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle"]);
var SKIPPED_BLOCKS = /* @__PURE__ */ new Set(["lifecycle", "provisioner", "connection", "timeouts"]);
var MAX_DEPTH = 16;
var MAX_INSTANCES = 1e5;
function declarations(files) {
  const d = {
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    resources: /* @__PURE__ */ new Map(),
    modules: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map()
  };
  for (const f of files)
    for (const b of f.body.blocks) {
      const [a, c] = b.labels;
      if (b.type === "variable" && a) d.variables.set(a, b);
      else if (b.type === "locals")
        for (const [name, attr] of b.body.attributes) d.locals.set(name, attr.value);
      else if (b.type === "resource" && a && c) d.resources.set(`managed ${a} ${c}`, b);
      else if (b.type === "data" && a && c) d.resources.set(`data ${a} ${c}`, b);
      else if (b.type === "module" && a) d.modules.set(a, b);
      else if (b.type === "output" && a) {
        const v = b.body.attributes.get("value");
        if (v) d.outputs.set(a, v.value);
      }
    }
  return d;
}
function evaluateModule(mod, inputs, prefix, ctx, depth = 0, calling = []) {
  const d = declarations(mod.files);
  const localCache = /* @__PURE__ */ new Map();
  const resourceCache = /* @__PURE__ */ new Map();
  const childCache = /* @__PURE__ */ new Map();
  const busy = /* @__PURE__ */ new Set();
  const scope = {
    names: /* @__PURE__ */ new Map(),
    variable(name) {
      if (inputs.has(name)) return inputs.get(name);
      const decl = d.variables.get(name);
      const def = decl?.body.attributes.get("default");
      if (!decl) return void 0;
      return def ? evaluate(def.value, scope) : new Unknown(`var.${name} (no value given)`, decl.at);
    },
    local(name, at) {
      const cached = localCache.get(name);
      if (cached !== void 0) return cached;
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
      if (!block) return void 0;
      const cached = resourceCache.get(key);
      if (cached !== void 0) return cached;
      if (busy.has(key)) return new Unknown(at.text, at.at);
      busy.add(key);
      const instances2 = expand(block, scope, mode, type, name, prefix, ctx.warnings);
      busy.delete(key);
      const asValue = (i) => referenceValue(i, mode, type);
      let v;
      if (instances2 instanceof Unknown) v = instances2;
      else if (!block.body.attributes.has("count") && !block.body.attributes.has("for_each"))
        v = instances2[0] ? asValue(instances2[0]) : new Unknown(at.text, at.at);
      else if (block.body.attributes.has("count")) v = instances2.map(asValue);
      else v = Object.fromEntries(instances2.map((i) => [String(i.key), asValue(i)]));
      resourceCache.set(key, v);
      return v;
    },
    moduleOutput(name, at) {
      const child = children(name);
      if (child instanceof Unknown || child === void 0) return child;
      const outputs = (m) => {
        const out = {};
        for (const o of declarations(
          ctx.module(childDir(d.modules.get(name), mod.dir) ?? "")?.files ?? []
        ).outputs.keys())
          out[o] = m.output(o) ?? new Unknown(`${at.text}`, at.at);
        return out;
      };
      const block = d.modules.get(name);
      if (block.body.attributes.has("count")) return child.map(outputs);
      if (block.body.attributes.has("for_each"))
        return Object.fromEntries(child.map((m, i) => [String(i), outputs(m)]));
      return child[0] ? outputs(child[0]) : void 0;
    }
  };
  function children(name) {
    const cached = childCache.get(name);
    if (cached !== void 0) return cached;
    const block = d.modules.get(name);
    if (!block) return void 0;
    const result = callModule(block, name);
    childCache.set(name, result);
    return result;
  }
  function callModule(block, name) {
    const source = asString(
      block.body.attributes.get("source") && evaluate(block.body.attributes.get("source").value, scope)
    );
    const dir = childDir(block, mod.dir);
    const files = dir === void 0 ? void 0 : ctx.module(dir);
    if (!files || depth >= MAX_DEPTH || dir !== void 0 && [...calling, mod.dir].includes(dir)) {
      ctx.warnings.push({
        level: "warning",
        code: "terraform/module",
        message: dir === void 0 ? `module "${name}" (source ${JSON.stringify(source ?? "?")}) is not a local folder, so its resources are not read: any DNS records it manages are unknown to this review` : depth >= MAX_DEPTH ? `module "${name}": modules nested more than ${MAX_DEPTH} deep are not read` : files ? `module "${name}" calls ${dir || "."}, which is already being evaluated (a module cannot call itself)` : `module "${name}": the folder ${dir || "."} holds no .tf files`,
        location: block.at
      });
      return new Unknown(`module.${name}`, block.at);
    }
    const keys = instanceKeys(block, scope, ctx.warnings, `module "${name}"`);
    if (keys instanceof Unknown) return keys;
    return keys.map(({ key, names }) => {
      const inner = withNames(scope, names);
      const childInputs = /* @__PURE__ */ new Map();
      for (const [arg, attr] of block.body.attributes)
        if (!["source", "version", "count", "for_each", "providers", "depends_on"].includes(arg))
          childInputs.set(arg, evaluate(attr.value, inner));
      const address = `${prefix}module.${name}${key === void 0 ? "" : indexText(key)}.`;
      return evaluateModule(files, childInputs, address, ctx, depth + 1, [...calling, mod.dir]);
    });
  }
  const instances = [];
  for (const [key, block] of d.resources) {
    const [mode, type, name] = key.split(" ");
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
      return expr ? evaluate(expr, scope) : void 0;
    }
  };
}
function childDir(block, dir) {
  const source = block.body.attributes.get("source")?.value;
  const text = source?.kind === "literal" && typeof source.value === "string" ? source.value : "";
  if (!/^\.\.?\//.test(text)) return void 0;
  const joined = posix.normalize(posix.join(dir || ".", text)).replace(/\/+$/, "");
  if (joined === ".." || joined.startsWith("../") || posix.isAbsolute(joined)) return void 0;
  return joined === "." ? "" : joined;
}
function indexText(key) {
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
function instanceKeys(block, scope, warnings, what) {
  const count = block.body.attributes.get("count");
  const forEach = block.body.attributes.get("for_each");
  if (count) {
    const v = evaluate(count.value, scope);
    const n = asNumber(v);
    if (n === void 0 || !Number.isInteger(n) || n < 0) {
      const u = v instanceof Unknown ? v : new Unknown(count.value.text, count.at);
      warnings.push(unknownWarning(`${what}: count`, u, count.at));
      return u;
    }
    if (n > MAX_INSTANCES) {
      const u = new Unknown(`count = ${n}`, count.at);
      warnings.push({
        level: "warning",
        code: "terraform/too-many",
        message: `${what}: count = ${n} is more than the ${groupedDigits(MAX_INSTANCES)} instances this review expands`,
        location: count.at
      });
      return u;
    }
    return Array.from({ length: n }, (_, i) => ({
      key: i,
      names: /* @__PURE__ */ new Map([["count", { index: i }]])
    }));
  }
  if (forEach) {
    const v = evaluate(forEach.value, scope);
    const entries = isObject(v) ? Object.entries(v) : isList(v) && v.every((x) => typeof x === "string") ? v.map((s) => [s, s]) : void 0;
    if (!entries || entries.some(([, x]) => x instanceof Unknown && isList(v))) {
      const u = v instanceof Unknown ? v : new Unknown(forEach.value.text, forEach.at);
      warnings.push(unknownWarning(`${what}: for_each`, u, forEach.at));
      return u;
    }
    return entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, value]) => ({
      key,
      names: /* @__PURE__ */ new Map([["each", { key, value }]])
    }));
  }
  return [{ key: void 0, names: /* @__PURE__ */ new Map() }];
}
function unknownWarning(what, u, at) {
  return {
    level: "warning",
    code: "terraform/unknown",
    message: `${what} depends on ${u.what}, which only running Terraform can know: the review cannot expand it`,
    location: u.at.line !== void 0 ? u.at : at
  };
}
function expand(block, scope, mode, type, name, prefix, warnings) {
  const base = `${prefix}${mode === "data" ? "data." : ""}${type}.${name}`;
  const keys = instanceKeys(block, scope, warnings, base);
  if (keys instanceof Unknown) return keys;
  const providerExpr = block.body.attributes.get("provider")?.value;
  const provider = providerExpr?.text ?? type.split("_")[0];
  return keys.map(({ key, names }) => {
    const inner = withNames(scope, names);
    const attrAt = /* @__PURE__ */ new Map();
    for (const [n, a] of block.body.attributes) attrAt.set(n, a.at);
    return {
      key,
      instance: {
        mode,
        type,
        name,
        address: `${base}${key === void 0 ? "" : indexText(key)}`,
        attrs: bodyValue(block.body, inner, warnings),
        at: block.at,
        attrAt,
        provider
      }
    };
  });
}
function bodyValue(body, scope, warnings) {
  const out = {};
  for (const [n, a] of body.attributes) if (!META.has(n)) out[n] = evaluate(a.value, scope);
  for (const b of body.blocks) {
    if (SKIPPED_BLOCKS.has(b.type)) continue;
    if (b.type === "dynamic") {
      const label = b.labels[0];
      if (!label) continue;
      const items = dynamicItems(b, scope, warnings);
      out[label] = [...out[label] ?? [], ...items];
      continue;
    }
    out[b.type] = [
      ...out[b.type] ?? [],
      bodyValue(b.body, scope, warnings)
    ];
  }
  return out;
}
function dynamicItems(b, scope, warnings) {
  const label = b.labels[0];
  const forEach = b.body.attributes.get("for_each");
  const iterator = b.body.attributes.get("iterator")?.value.text ?? label;
  const content = b.body.blocks.find((x) => x.type === "content");
  const v = forEach ? evaluate(forEach.value, scope) : new Unknown(b.labels[0], b.at);
  const entries = isList(v) ? v.map((x, i) => [i, x]) : isObject(v) ? Object.entries(v) : void 0;
  if (!entries || !content) {
    const u = v instanceof Unknown ? v : new Unknown(forEach?.value.text ?? label, b.at);
    warnings.push(unknownWarning(`dynamic "${label}"`, u, b.at));
    return [u];
  }
  return entries.map(
    ([key, value]) => bodyValue(content.body, withNames(scope, /* @__PURE__ */ new Map([[iterator, { key, value }]])), warnings)
  );
}
function referenceValue(i, mode, type) {
  const attrs = { ...i.instance.attrs };
  const zone = zoneIdentity(mode, type, attrs);
  if (zone)
    for (const key of zone.idAttributes)
      attrs[key] = zone.apex instanceof Unknown ? zone.apex : new ZoneRef(zone.apex, `${i.instance.address}.${key}`);
  return attrs;
}

// src/formats/terraform/load.ts
var DNS_RESOURCE_TEXT = /"(?:aws_route53_(?:zone|record)|aws_route53domains_registered_domain|cloudflare_(?:zone|record|dns_record)|google_dns_(?:managed_zone|record_set)|azurerm_dns_[a-z]+(?:_record)?|digitalocean_(?:domain|record)|ovh_domain_zone_record)"/;
var REMOTE_DNS_MODULE = /^\s*source\s*=\s*"[^".][^"]*(?:route53|dns|cloudflare)[^"]*"/im;
var dirOf = (f) => {
  const d = posix2.dirname(f);
  return d === "." ? "" : d;
};
function localModuleDirs(file) {
  const out = [];
  for (const b of file.body.blocks) {
    if (b.type !== "module") continue;
    const src = b.body.attributes.get("source")?.value;
    const text = src?.kind === "literal" && typeof src.value === "string" ? src.value : "";
    if (!/^\.\.?\//.test(text)) continue;
    const joined = posix2.normalize(posix2.join(dirOf(file.file) || ".", text)).replace(/\/+$/, "");
    const dir = joined === "." ? "" : joined;
    if (!joined.startsWith("..") && dir !== dirOf(file.file)) out.push(dir);
  }
  return out;
}
async function loadTerraform(tree, options) {
  const listed = await tree.listFiles();
  const meter = (options.budget ?? new InputBudget()).meter();
  const errors = [];
  const parsed = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  const refused = /* @__PURE__ */ new Map();
  const read = async (file) => {
    if (parsed.has(file)) return parsed.get(file);
    let text;
    try {
      text = await tree.readText(file);
    } catch (e) {
      errors.push({
        level: "error",
        message: e instanceof Error ? e.message : String(e),
        location: { file }
      });
      return void 0;
    }
    if (text === void 0) return void 0;
    if (!meter.read(text.length)) {
      errors.push({
        level: "error",
        code: "budget",
        message: budgetMessage("bytes", meter.limits, file),
        location: { file }
      });
      return void 0;
    }
    texts.set(file, text);
    const r = await parseHcl(text, file);
    if (!r.ok) {
      refused.set(file, [...r.errors]);
      return void 0;
    }
    for (const a of r.value.body.attributes.values())
      refused.set(file, [
        ...refused.get(file) ?? [],
        {
          level: "error",
          code: "terraform/top-level-argument",
          message: `an argument named "${a.name}" is not expected at the top level of a .tf file (terraform would refuse it; values for variables go in a .tfvars file)`,
          location: a.at
        }
      ]);
    parsed.set(file, r.value);
    return r.value;
  };
  const inPath = terraformFiles(listed, options.path).filter(
    (f) => !(options.skip ?? []).some((s) => f.startsWith(`${s}/`))
  );
  for (const f of inPath) await read(f);
  const byDir = (dir) => listed.filter((f) => f.endsWith(".tf") && dirOf(f) === dir);
  const called = /* @__PURE__ */ new Set();
  const pending = [...parsed.values()].flatMap(localModuleDirs);
  while (pending.length > 0) {
    const dir = pending.pop();
    if (called.has(dir)) continue;
    called.add(dir);
    for (const f of byDir(dir)) {
      const h = await read(f);
      if (h) pending.push(...localModuleDirs(h));
    }
  }
  const concernsDns = (dir) => byDir(dir).some((f) => DNS_RESOURCE_TEXT.test(texts.get(f) ?? ""));
  for (const [file, problems] of refused) if (concernsDns(dirOf(file))) errors.push(...problems);
  if (errors.length > 0) return fail(...errors);
  const module = (dir) => {
    const files2 = byDir(dir).map((f) => parsed.get(f)).filter((f) => f !== void 0);
    return files2.length ? { dir, files: files2 } : void 0;
  };
  const reach = (root) => {
    const seen = /* @__PURE__ */ new Set([root]);
    const todo = [root];
    while (todo.length > 0)
      for (const f of byDir(todo.pop())) {
        const h = parsed.get(f);
        for (const d of h ? localModuleDirs(h) : [])
          if (!seen.has(d)) {
            seen.add(d);
            todo.push(d);
          }
      }
    return [...seen];
  };
  const remoteDnsModule = (dir) => byDir(dir).some((f) => REMOTE_DNS_MODULE.test(texts.get(f) ?? ""));
  const roots = [...new Set(inPath.map(dirOf))].filter((d) => !called.has(d)).filter((d) => reach(d).some((x) => concernsDns(x) || remoteDnsModule(x))).sort();
  const zones = [];
  const warnings = [];
  const credentials = [];
  const files = new Set(parsed.keys());
  for (const root of roots) {
    const inputs = /* @__PURE__ */ new Map();
    const varFiles = [
      ...["terraform.tfvars", "terraform.tfvars.json"].map((n) => root ? `${root}/${n}` : n),
      ...listed.filter((f) => dirOf(f) === root && /\.auto\.tfvars(\.json)?$/.test(f)).sort(),
      ...options.tfVarFiles ?? []
    ];
    const varTexts = /* @__PURE__ */ new Map();
    for (const vf of varFiles) {
      if (!listed.includes(vf)) continue;
      const text = await tree.readText(vf).catch(() => void 0);
      if (text === void 0) continue;
      varTexts.set(vf, text);
      files.add(vf);
      const vars = await readVarFile(vf, text);
      if (!vars.ok) return vars;
      for (const [k, v] of vars.value) inputs.set(k, v);
    }
    const config = root ? `${root}/` : "./";
    const ctx = { module, warnings };
    const mod = module(root);
    if (!mod) continue;
    const evaluated = evaluateModule(mod, inputs, "", ctx);
    const result = instancesToZones(evaluated.instances, config, meter, warnings);
    errors.push(...result.errors);
    zones.push(...result.zones);
    const moduleFiles = [...parsed.values()].filter(
      (f) => dirOf(f.file) === root || called.has(dirOf(f.file))
    );
    credentials.push(...providerCredentials(moduleFiles, inputs, varTexts));
  }
  if (errors.length > 0) return fail(...errors);
  const attach = (zs) => zs.map((z) => {
    const mine = warnings.filter(
      (w) => z.config && (z.config === "./" || w.location.file.startsWith(z.config))
    );
    return mine.length ? { ...z, diagnostics: [...z.diagnostics ?? [], ...mine] } : z;
  });
  const placed = attach(zones);
  const unplaced = warnings.filter((w) => !placed.some((z) => z.diagnostics?.includes(w)));
  return ok({ zones: placed, credentials, files: [...files].sort() }, unplaced);
}
async function readVarFile(file, text) {
  const out = /* @__PURE__ */ new Map();
  if (file.endsWith(".json")) {
    try {
      const data = JSON.parse(text);
      for (const [k, v] of Object.entries(data ?? {})) out.set(k, v);
      return ok(out);
    } catch (e) {
      return fail({
        level: "error",
        code: "terraform/tfvars",
        message: `not JSON: ${e.message}`,
        location: { file }
      });
    }
  }
  const r = await parseHcl(text, file);
  if (!r.ok) return fail(...r.errors);
  const empty = {
    names: /* @__PURE__ */ new Map(),
    variable: () => void 0,
    local: (_n, at) => new Unknown(at.text, at.at),
    resource: () => void 0
  };
  for (const [k, a] of r.value.body.attributes) out.set(k, evaluate(a.value, empty));
  return ok(out);
}
export {
  loadTerraform
};
