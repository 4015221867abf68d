import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  readingOnce
} from "./chunk-SYYWBRKN.js";
import "./chunk-6YSZJKEN.js";
import {
  getScalarValue,
  parseEvents
} from "./chunk-ZTWXCZHL.js";
import {
  matchesPattern
} from "./chunk-STTGIKZ5.js";
import {
  SINGLE_VALUE_TYPES,
  naturalCompare,
  pyStr,
  resolvePlainScalar,
  simpleCompare,
  yamlFiles
} from "./chunk-J7BEQH3Y.js";
import {
  includedTexts,
  readsTheSame
} from "./chunk-QF3ZHR46.js";
import "./chunk-BW47LDJB.js";
import {
  InputBudget,
  budgetMessage,
  describeBytes,
  recordsForCap,
  scaledCap
} from "./chunk-7BXAX2Z4.js";
import {
  isUnder,
  resolveRepoPath
} from "./chunk-UFWOLI4P.js";
import {
  groupedDigits
} from "./chunk-PW6GGXO2.js";
import {
  CODECS,
  canonicalName,
  canonicalRdata,
  isStandardType,
  parseRecordType,
  relativeName
} from "./chunk-UEUQZ7ZE.js";
import {
  fail,
  lineColumnIndex,
  literalGroups,
  makeRRset,
  ok,
  rrsetKey
} from "./chunk-NHBBLBWC.js";
import "./chunk-Y6VGXGMD.js";

// src/formats/octodns/load.ts
import { posix } from "node:path";

// src/formats/octodns/yaml.ts
var YAML_LIMITS = {
  /** For the default budget; a raised one raises it (`yamlFileLimit`). */
  maxFileBytes: 8 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 1e4,
  /** Nodes a document may expand to through aliases. */
  maxExpandedNodes: 1e6,
  maxIncludeDepth: 8,
  maxIncludedFiles: 500
};
function yamlFileLimit(limits) {
  return scaledCap(YAML_LIMITS.maxFileBytes, limits);
}
var YamlError = class extends Error {
  constructor(message, location, code = "octodns/yaml") {
    super(message);
    this.location = location;
    this.code = code;
    this.name = "YamlError";
  }
  location;
  code;
};
async function loadYaml(file, text2, options = {}) {
  const state = {
    files: [file],
    warnings: [],
    options,
    includes: 0,
    aliases: false,
    budget: options.budget ?? new InputBudget().meter(),
    parsed: /* @__PURE__ */ new Map(),
    charged: /* @__PURE__ */ new Set()
  };
  try {
    const sink = options.rootEntries;
    if (sink) {
      const streamed = streamRootEntries(file, text2, state, sink);
      if (streamed) return { ok: true, doc: { ...streamed, files: state.files } };
    }
    const resolved = await resolveDocument(use(file, text2, { file, line: 1 }, state), state, 0, [
      file
    ]);
    const root = resolved && construct(resolved, state);
    if (sink && root?.kind === "map") {
      for (const entry of root.entries) sink.entry(entry);
      return {
        ok: true,
        doc: { root: { ...root, entries: [] }, files: state.files, warnings: state.warnings }
      };
    }
    return { ok: true, doc: { root, files: state.files, warnings: state.warnings } };
  } catch (e) {
    if (e instanceof YamlError)
      return {
        ok: false,
        error: { level: "error", message: e.message, location: e.location, code: e.code }
      };
    throw e;
  }
}
var NeedsWholeTree = class extends Error {
};
function streamRootEntries(file, text2, state, sink) {
  const pieceChars = state.options.pieceChars ?? PIECE_CHARS;
  if (text2.length <= 2 * pieceChars || text2.length > yamlFileLimit(state.budget.limits))
    return void 0;
  if (!state.budget.read(text2.length)) throw overBudget(state.budget, file, { file, line: 1 });
  state.charged.add(file);
  const warnings = state.warnings.length;
  const build = builder(state);
  const keys = /* @__PURE__ */ new Set();
  const order = [];
  let delivered = false;
  try {
    const doc = buildRaw(
      file,
      text2,
      lineColumnIndex(text2),
      rootPieceEvents(text2, file, pieceChars),
      (k, v) => {
        if (k.kind !== "scalar" || k.tag === void 0 && k.value.type === "str" && k.raw === "<<")
          throw new NeedsWholeTree();
        const key = pyStr(taggedScalar(k));
        if (keys.has(key)) throw new NeedsWholeTree();
        keys.add(key);
        if (state.options.enforceOrder) order.push({ key, keyLoc: k.loc });
        const value = build(v);
        delivered = true;
        sink.entry({ key, keyLoc: k.loc, value });
      }
    );
    const root = doc.root;
    if (root?.kind !== "map" || root.tag !== void 0 && root.tag !== `${YAML_TAG}map`)
      throw new NeedsWholeTree();
    if (state.options.enforceOrder) checkOrder(order, state.options.enforceOrder);
    return { root: { kind: "map", entries: [], loc: root.loc }, warnings: state.warnings };
  } catch {
    state.warnings.length = warnings;
    if (delivered) sink.restart();
    return void 0;
  }
}
function use(file, text2, at, state) {
  if (!state.charged.has(file) && !state.budget.read(text2.length))
    throw overBudget(state.budget, file, at);
  state.charged.delete(file);
  let doc = state.parsed.get(file);
  if (!doc) {
    doc = parseRaw(file, text2, yamlFileLimit(state.budget.limits), state.options.pieceChars);
    state.parsed.set(file, doc);
  }
  return doc;
}
function overBudget(meter, file, at, doing) {
  return new YamlError(budgetMessage("bytes", meter.limits, file, doing), at, "octodns/budget");
}
function firstOffset(a, b, c) {
  let m = a;
  if (b >= 0 && (m < 0 || b < m)) m = b;
  if (c >= 0 && (m < 0 || c < m)) m = c;
  return m;
}
var YAML_TAG = "tag:yaml.org,2002:";
function expandTag(tag) {
  if (tag.startsWith("!<") && tag.endsWith(">")) return tag.slice(2, -1);
  if (tag.startsWith("!!")) return YAML_TAG + tag.slice(2);
  return tag;
}
function parseRaw(file, text2, maxBytes, pieceChars = PIECE_CHARS) {
  if (text2.length > maxBytes)
    throw new YamlError(
      `file is ${groupedDigits(text2.length)} bytes, over the limit of ${describeBytes(maxBytes)} for one YAML file (it grows with the review's budget: --max-records ${recordsForCap(YAML_LIMITS.maxFileBytes, text2.length)} reads it; see docs/security.md, Input budgets)`,
      { file }
    );
  const lineColumnAt = lineColumnIndex(text2);
  if (text2.length > 2 * pieceChars) {
    try {
      return buildRaw(file, text2, lineColumnAt, rootPieceEvents(text2, file, pieceChars));
    } catch {
    }
  }
  return buildRaw(file, text2, lineColumnAt, [wholeFileEvents(file, text2)]);
}
function wholeFileEvents(file, text2) {
  try {
    return parseEvents(text2, { filename: file, maxDepth: YAML_LIMITS.maxDepth });
  } catch (e) {
    const err2 = e;
    const where = err2.mark ? { file, line: err2.mark.line + 1, column: err2.mark.column + 1 } : { file };
    let message = err2.reason ?? String(err2.message);
    const line = err2.mark ? text2.split("\n", err2.mark.line + 1)[err2.mark.line] ?? "" : "";
    if (/escape/.test(message) && line.includes("\\;"))
      message += " (write TXT values containing \\; unquoted or in single quotes)";
    throw new YamlError(message, where);
  }
}
var PIECE_CHARS = 1 << 20;
var STREAMED_ABOVE = 2 * PIECE_CHARS;
function mayStartRootKey(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 95 || code === 34 || code === 39;
}
function moveEvent(ev, by) {
  if (ev.type === 1 || ev.type === 6) return;
  const e = ev;
  if (e.anchorStart >= 0) e.anchorStart += by;
  if (e.anchorEnd >= 0) e.anchorEnd += by;
  if (ev.type === 5) return;
  if (e.tagStart >= 0) e.tagStart += by;
  if (e.tagEnd >= 0) e.tagEnd += by;
  if (ev.type === 4) {
    if (e.valueStart >= 0) e.valueStart += by;
    if (e.valueEnd >= 0) e.valueEnd += by;
  } else if (e.start >= 0) e.start += by;
}
function* rootPieceEvents(text2, file, pieceChars) {
  const starts = [0];
  for (let at = pieceChars; at < text2.length; ) {
    let nl = text2.indexOf("\n", at);
    while (nl >= 0 && nl + 1 < text2.length && !mayStartRootKey(text2.charCodeAt(nl + 1)))
      nl = text2.indexOf("\n", nl + 1);
    if (nl < 0 || nl + 1 >= text2.length) break;
    starts.push(nl + 1);
    at = nl + 1 + pieceChars;
  }
  const notSplit = () => new Error("not a file of root keys a piece at a time");
  for (let i = 0; i < starts.length; i++) {
    const base = starts[i];
    const last = i === starts.length - 1;
    const events = parseEvents(text2.slice(base, starts[i + 1] ?? text2.length), {
      filename: file,
      maxDepth: YAML_LIMITS.maxDepth
    });
    const doc = events[0];
    const map = events[1];
    if (events.length < 4 || doc?.type !== 1 || doc.explicitEnd || i > 0 && doc.explicitStart || map?.type !== 3 || map.style !== 1 || i > 0 && (map.start !== 0 || map.anchorStart >= 0 || map.tagStart >= 0) || events[events.length - 1].type !== 6 || events[events.length - 2].type !== 6)
      throw notSplit();
    for (let e = 2; e < events.length; e++) {
      const ev = events[e];
      if (ev.type === 1) throw notSplit();
      if (base > 0) moveEvent(ev, base);
    }
    yield events.slice(i === 0 ? 0 : 2, last ? events.length : -2);
  }
}
function buildRaw(file, text2, lineColumnAt, batches, rootPair) {
  const loc = (offset) => {
    const { line, column } = lineColumnAt(offset);
    return { file, line, column };
  };
  const anchors = /* @__PURE__ */ new Map();
  const stack = [];
  let root;
  const includes = [];
  const aliasUses = [];
  let documents = 0;
  let aliases = 0;
  const slice = (s, e) => s >= 0 ? text2.slice(s, e) : void 0;
  const attach = (node) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = node;
      return;
    }
    if (top.node.kind === "seq") top.node.items.push(node);
    else if (top.key === void 0) top.key = node;
    else {
      top.node.pairs.push([top.key, node]);
      top.key = void 0;
    }
  };
  for (const events of batches)
    for (const ev of events) {
      switch (ev.type) {
        case 1:
          documents++;
          if (documents > 1)
            throw new YamlError("expected a single YAML document, found several", { file });
          break;
        case 2:
        case 3: {
          const tagText = slice(ev.tagStart, ev.tagEnd);
          const tag = tagText === void 0 ? void 0 : expandTag(tagText);
          const start = firstOffset(ev.start, ev.anchorStart, ev.tagStart);
          const node = ev.type === 2 ? { kind: "seq", items: [], tag, loc: loc(start) } : { kind: "map", pairs: [], tag, loc: loc(start) };
          attach(node);
          const anchor = slice(ev.anchorStart, ev.anchorEnd);
          stack.push(anchor === void 0 ? { node } : { node, anchor });
          break;
        }
        case 4: {
          const tagText = slice(ev.tagStart, ev.tagEnd);
          const tag = tagText === void 0 ? void 0 : expandTag(tagText);
          const quoted = ev.style !== 1;
          const valueStart = ev.style === 2 || ev.style === 3 ? ev.valueStart - 1 : ev.valueStart;
          const start = firstOffset(valueStart, ev.anchorStart, ev.tagStart);
          const at = loc(start);
          const raw = decodeScalar(text2, ev, file, at);
          const node = {
            kind: "scalar",
            value: quoted || tag !== void 0 ? { type: "str", value: raw } : resolvePlainScalar(raw),
            tag,
            loc: at,
            raw
          };
          attach(node);
          if (tag === "!include") {
            if (rootPair) throw new NeedsWholeTree();
            includes.push(node);
          }
          const anchor = slice(ev.anchorStart, ev.anchorEnd);
          if (anchor !== void 0) anchors.set(anchor, node);
          break;
        }
        case 5: {
          if (rootPair) throw new NeedsWholeTree();
          const name = text2.slice(ev.anchorStart, ev.anchorEnd);
          if (++aliases > YAML_LIMITS.maxAliases)
            throw new YamlError(
              `more than ${YAML_LIMITS.maxAliases} aliases in one document`,
              loc(ev.anchorStart - 1)
            );
          const target2 = anchors.get(name);
          if (!target2)
            throw new YamlError(
              `alias *${name} refers to no complete anchor &${name}`,
              loc(ev.anchorStart - 1)
            );
          attach(target2);
          aliasUses.push({ target: target2, loc: loc(ev.anchorStart - 1) });
          break;
        }
        case 6: {
          const top = stack.pop();
          if (top?.anchor !== void 0) anchors.set(top.anchor, top.node);
          break;
        }
      }
      if (rootPair && stack.length === 1 && stack[0].node.kind === "map") {
        const pairs = stack[0].node.pairs;
        for (const [k, v] of pairs) rootPair(k, v);
        pairs.length = 0;
      }
    }
  return { root, includes, aliasUses, aliases: aliases > 0 };
}
function decodeScalar(text2, ev, file, where) {
  try {
    return getScalarValue(text2, ev);
  } catch (e) {
    throw new YamlError(`cannot read scalar: ${e.message}`, { ...where, file });
  }
}
async function resolveDocument(doc, state, depth, chain) {
  if (doc.aliases) state.aliases = true;
  if (!doc.root) return doc.root;
  let root = doc.root;
  if (doc.includes.length > 0) {
    for (const node of doc.includes) node.resolved = await include(node, state, depth, chain);
    const visit = (node) => {
      if (node.resolved) return node.resolved;
      let out = node;
      if (node.kind === "seq") out = { ...node, items: node.items.map(visit) };
      else if (node.kind === "map")
        out = { ...node, pairs: node.pairs.map(([k, v]) => [k, visit(v)]) };
      node.resolved = out;
      return out;
    };
    root = visit(doc.root);
  }
  chargeAliases(doc, state);
  return root;
}
function chargeAliases(doc, state) {
  for (const { target: target2, loc } of doc.aliasUses)
    if (!state.budget.read(weight(target2.resolved ?? target2)))
      throw overBudget(state.budget, loc.file, loc, "expanding the aliases of");
}
function weight(node) {
  if (node.weight !== void 0) return node.weight;
  let n = 1;
  if (node.kind === "scalar") n = Math.max(1, node.raw.length);
  else if (node.kind === "seq") for (const i of node.items) n += weight(i.resolved ?? i);
  else for (const [k, v] of node.pairs) n += weight(k) + weight(v.resolved ?? v);
  node.weight = Math.min(n, Number.MAX_SAFE_INTEGER);
  return node.weight;
}
async function include(node, state, depth, chain) {
  const read = state.options.readInclude;
  if (!read) throw new YamlError("!include is not allowed here", node.loc);
  if (depth + 1 > YAML_LIMITS.maxIncludeDepth)
    throw new YamlError(`!include nested more than ${YAML_LIMITS.maxIncludeDepth} deep`, node.loc);
  if (++state.includes > YAML_LIMITS.maxIncludedFiles)
    throw new YamlError(`more than ${YAML_LIMITS.maxIncludedFiles} !include files`, node.loc);
  const got = await read(node.loc.file, node.raw);
  if ("error" in got) throw new YamlError(got.error, node.loc);
  if (chain.includes(got.path))
    throw new YamlError(`!include ${node.raw} includes itself (${chain.join(" -> ")})`, node.loc);
  if (!state.files.includes(got.path)) state.files.push(got.path);
  const doc = use(got.path, got.text, node.loc, state);
  const resolved = await resolveDocument(doc, state, depth + 1, [...chain, got.path]);
  return resolved ?? { kind: "scalar", value: { type: "null" }, tag: void 0, loc: node.loc, raw: "" };
}
function construct(root, state) {
  const size = (node) => {
    if (node.size !== void 0) return node.size;
    let n = 1;
    if (node.kind === "seq") for (const i of node.items) n += size(i);
    else if (node.kind === "map") for (const [k, v] of node.pairs) n += size(k) + size(v);
    node.size = Math.min(n, Number.MAX_SAFE_INTEGER);
    return node.size;
  };
  const total = state.aliases ? size(root) : 0;
  if (total > YAML_LIMITS.maxExpandedNodes)
    throw new YamlError(
      `document expands to ${total > 1e15 ? "more than 10^15" : total} nodes through aliases (limit ${YAML_LIMITS.maxExpandedNodes}): refusing an alias bomb`,
      root.loc
    );
  return builder(state)(root);
}
function builder(state) {
  const build = (node) => {
    if (node.built) return node.built;
    node.built = buildNode(node, build, state);
    if (node.kind === "seq") node.items = [];
    else if (node.kind === "map") node.pairs = [];
    return node.built;
  };
  return build;
}
function buildNode(node, build, state) {
  if (node.kind === "scalar") return { kind: "scalar", value: taggedScalar(node), loc: node.loc };
  if (node.kind === "seq") {
    if (node.tag !== void 0 && node.tag !== `${YAML_TAG}seq`)
      throw new YamlError(`unsupported tag ${node.tag} on a sequence`, node.loc);
    return { kind: "seq", items: node.items.map(build), loc: node.loc };
  }
  if (node.tag !== void 0 && node.tag !== `${YAML_TAG}map`)
    throw new YamlError(`unsupported tag ${node.tag} on a mapping`, node.loc);
  const entries = [];
  const local = [];
  let index;
  const find = (key) => {
    if (index) return index.get(key) ?? -1;
    for (let i = 0; i < entries.length; i++) if (entries[i].key === key) return i;
    return -1;
  };
  const put = (key, keyLoc, value, written) => {
    const at = find(key);
    if (at < 0) {
      entries.push({ key, keyLoc, value });
      local.push(written);
      if (index) index.set(key, entries.length - 1);
      else if (entries.length > 16) index = new Map(entries.map((e, i) => [e.key, i]));
      return;
    }
    if (written && local[at])
      state.warnings.push({
        level: "warning",
        message: `duplicate key "${key}": octoDNS keeps only the last one`,
        location: keyLoc,
        code: "octodns/duplicate-key"
      });
    entries[at] = { key, keyLoc: entries[at].keyLoc, value };
    local[at] = local[at] || written;
  };
  for (const [k, v] of node.pairs) {
    if (k.kind !== "scalar")
      throw new YamlError("a mapping key must be a scalar (octoDNS keys are names)", k.loc);
    if (k.tag === void 0 && k.value.type === "str" && k.raw === "<<") {
      const sources = mergeSources(build(v), v.loc);
      for (let m = sources.length - 1; m >= 0; m--)
        for (const e of sources[m].entries) put(e.key, e.keyLoc, e.value, false);
      continue;
    }
    put(pyStr(taggedScalar(k)), k.loc, build(v), true);
  }
  const map = { kind: "map", entries, loc: node.loc };
  if (state.options.enforceOrder) checkOrder(map.entries, state.options.enforceOrder);
  return map;
}
function mergeSources(value, loc) {
  if (value.kind === "map") return [value];
  if (value.kind === "seq" && value.items.every((i) => i.kind === "map")) {
    return value.items;
  }
  throw new YamlError("expected a mapping or list of mappings for merging (<<)", loc);
}
function taggedScalar(node) {
  const tag = node.tag;
  if (tag === void 0 || tag === `${YAML_TAG}str`) return node.value;
  const resolved = resolvePlainScalar(node.raw);
  const want = tag.startsWith(YAML_TAG) ? tag.slice(YAML_TAG.length) : void 0;
  if (want === "int" || want === "float" || want === "bool" || want === "null") {
    if (resolved.type === want) return resolved;
    if (want === "float" && resolved.type === "int")
      return { type: "float", value: Number(resolved.value) };
    throw new YamlError(`"${node.raw}" is not a valid !!${want}`, node.loc);
  }
  throw new YamlError(`unsupported tag ${tag}`, node.loc);
}
function checkOrder(entries, mode) {
  const compare = mode === "natural" ? naturalCompare : simpleCompare;
  const keys = entries.map((e) => e.key);
  let bad = -1;
  for (let i = 1; i < keys.length && bad < 0; i++) if (compare(keys[i - 1], keys[i]) > 0) bad = i;
  if (bad < 0) return;
  const sorted = [...keys].sort(compare);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== sorted[i])
      throw new YamlError(
        `keys out of order: expected ${sorted[i]} got ${keys[i]} (octoDNS enforce_order)`,
        entries[i].keyLoc
      );
  }
}
function getEntry(map, key) {
  return map.entries.find((e) => e.key === key);
}
function describe(node) {
  if (node.kind === "map") return "a mapping";
  if (node.kind === "seq") return "a list";
  switch (node.value.type) {
    case "str":
      return "a string";
    case "int":
    case "float":
      return "a number";
    case "bool":
      return `the boolean ${pyStr(node.value)}`;
    case "timestamp":
      return "a date";
    case "null":
      return "null";
  }
}

// src/formats/octodns/values.ts
var ValueError = class extends Error {
  constructor(message, location) {
    super(message);
    this.location = location;
    this.name = "ValueError";
  }
  location;
};
function scalarText(node, what) {
  if (node.kind === "scalar" && node.value.type === "str") return node.value.value;
  const hint = node.kind === "scalar" && node.value.type !== "null" ? " (quote it)" : "";
  throw new ValueError(`${what} must be a string, not ${describe(node)}${hint}`, node.loc);
}
function numberOrText(node, what) {
  if (node.kind === "scalar" && (node.value.type === "int" || node.value.type === "float"))
    return node.value.type === "int" ? node.value.value.toString() : String(node.value.value);
  return scalarText(node, what);
}
function intField(node, what, min = 0, max = 65535) {
  let n;
  if (node.kind === "scalar") {
    const v = node.value;
    if (v.type === "int") n = Number(v.value);
    else if (v.type === "float" && Number.isFinite(v.value)) n = Math.trunc(v.value);
    else if (v.type === "str" && /^\s*[-+]?\d+\s*$/.test(v.value)) n = Number(v.value.trim());
  }
  if (n === void 0)
    throw new ValueError(`${what} must be an integer, not ${describe(node)}`, node.loc);
  if (n < min || n > max)
    throw new ValueError(`invalid ${what} "${n}" (expected ${min}-${max})`, node.loc);
  return n;
}
function field(map, key, what) {
  const e = getEntry(map, key);
  if (!e || e.value.kind === "scalar" && e.value.value.type === "null")
    throw new ValueError(`missing ${what}`, map.loc);
  return e.value;
}
function optional(map, key) {
  const e = getEntry(map, key);
  if (!e || e.value.kind === "scalar" && e.value.value.type === "null") return void 0;
  return e.value;
}
function asMap(node, type) {
  if (node.kind !== "map")
    throw new ValueError(`a ${type} value must be a mapping, not ${describe(node)}`, node.loc);
  return node;
}
function target(text2, node, type, key, nullOk = false) {
  if (text2 === "") throw new ValueError(`missing ${key}`, node.loc);
  if (text2 === "." && nullOk) return ".";
  const absolute = text2.endsWith(".") ? text2 : `${text2}.`;
  if (text2.includes("{") && text2.includes("}")) return absolute;
  const r = canonicalName(absolute);
  if (!r.ok || !isFqdn(r.name))
    throw new ValueError(`${type} ${key} "${text2}" is not a valid FQDN`, node.loc);
  return r.name;
}
var FQDN_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
function isFqdn(name) {
  const labels = name.slice(0, -1).split(".");
  return name.length - 1 <= 253 && labels.length >= 2 && labels.every((l) => FQDN_LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1]);
}
function replacement(text2, node) {
  if (text2 === "." || text2 === "") return ".";
  const r = canonicalName(text2.endsWith(".") ? text2 : `${text2}.`);
  if (!r.ok) throw new ValueError(`invalid replacement "${text2}": ${r.message}`, node.loc);
  return r.name;
}
function quote(s) {
  if (!/["\\\x00-\x1f\x7f]/.test(s)) return `"${s}"`;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (c < 32 || c === 127) out += `\\${String(c).padStart(3, "0")}`;
    else out += ch;
  }
  return `"${out}"`;
}
var IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
function isIPv6(s) {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return false;
  let text2 = s;
  const v4 = /:((?:\d+\.){3}\d+)$/.exec(s);
  if (v4) {
    if (!IPV4.test(v4[1])) return false;
    text2 = `${s.slice(0, v4.index)}:0:0`;
  }
  const halves = text2.split("::");
  if (halves.length > 2) return false;
  const groups = halves.map((h) => h === "" ? [] : h.split(":"));
  if (groups.some((g) => g.some((x) => !/^[0-9a-fA-F]{1,4}$/.test(x)))) return false;
  const count = groups.reduce((n, g) => n + g.length, 0);
  return halves.length === 2 ? count < 8 : count === 8;
}
function txtText(raw, ctx, node) {
  let v = ctx.escapedSemicolons ? raw : raw.replace(/;/g, "\\;");
  if (/\w;/.test(v)) throw new ValueError(`unescaped ; in "${v}" (write \\;)`, node.loc);
  if (/\\\\;/.test(v)) throw new ValueError(`double escaped ; in "${v}"`, node.loc);
  if (/[^\x00-\x7f]/.test(v)) throw new ValueError(`non ASCII character in "${v}"`, node.loc);
  if (v.startsWith('"')) v = v.slice(1, -1);
  v = v.replace(/" "/g, "").replace(/\\;/g, ";");
  const chunks = [];
  for (let i = 0; i < v.length; i += 255) chunks.push(v.slice(i, i + 255));
  return (chunks.length > 0 ? chunks : [""]).map(quote).join(" ");
}
function valueText(type, node, ctx) {
  switch (type) {
    case "A": {
      const s = scalarText(node, "value");
      if (!IPV4.test(s)) throw new ValueError(`invalid IPv4 address "${s}"`, node.loc);
      return s;
    }
    case "AAAA": {
      const s = scalarText(node, "value");
      if (!isIPv6(s)) throw new ValueError(`invalid IPv6 address "${s}"`, node.loc);
      return s.toLowerCase();
    }
    case "CNAME":
    case "ALIAS":
    case "DNAME":
    case "NS":
    case "PTR":
      return target(scalarText(node, "value"), node, type, "value");
    case "TXT":
    case "SPF":
      return txtText(scalarText(node, "value"), ctx, node);
    case "OPENPGPKEY":
      return scalarText(node, "value").replace(/\s+/g, "");
    case "MX": {
      const m = asMap(node, type);
      const pref = optional(m, "preference") ?? optional(m, "priority");
      if (!pref) throw new ValueError("missing preference", m.loc);
      const exch = optional(m, "exchange") ?? optional(m, "value");
      if (!exch) throw new ValueError("missing exchange", m.loc);
      return `${intField(pref, "preference")} ${target(scalarText(exch, "exchange"), exch, type, "exchange", true)}`;
    }
    case "SRV": {
      const m = asMap(node, type);
      const t = field(m, "target", "target");
      return [
        intField(field(m, "priority", "priority"), "priority"),
        intField(field(m, "weight", "weight"), "weight"),
        intField(field(m, "port", "port"), "port"),
        target(scalarText(t, "target"), t, type, "target", true)
      ].join(" ");
    }
    case "URI": {
      const m = asMap(node, type);
      return uriGeneric(
        intField(field(m, "priority", "priority"), "priority"),
        intField(field(m, "weight", "weight"), "weight"),
        scalarText(field(m, "target", "target"), "target")
      );
    }
    case "CAA": {
      const m = asMap(node, type);
      const flags = optional(m, "flags");
      const tag = scalarText(field(m, "tag", "tag"), "tag");
      const value = scalarText(field(m, "value", "value"), "value");
      return `${flags ? intField(flags, "flags", 0, 255) : 0} ${tag} ${quote(value)}`;
    }
    case "DS": {
      const m = asMap(node, type);
      if (!getEntry(m, "key_tag") && getEntry(m, "public_key"))
        return [
          intField(field(m, "flags", "flags"), "flags"),
          intField(field(m, "protocol", "protocol"), "protocol", 0, 255),
          intField(field(m, "algorithm", "algorithm"), "algorithm", 0, 255),
          scalarText(field(m, "public_key", "public_key"), "public_key")
        ].join(" ");
      return [
        intField(field(m, "key_tag", "key_tag"), "key_tag"),
        intField(field(m, "algorithm", "algorithm"), "algorithm", 0, 255),
        intField(field(m, "digest_type", "digest_type"), "digest_type", 0, 255),
        scalarText(field(m, "digest", "digest"), "digest")
      ].join(" ");
    }
    case "SSHFP": {
      const m = asMap(node, type);
      return [
        intField(field(m, "algorithm", "algorithm"), "algorithm", 0, 255),
        intField(field(m, "fingerprint_type", "fingerprint_type"), "fingerprint_type", 0, 255),
        scalarText(field(m, "fingerprint", "fingerprint"), "fingerprint")
      ].join(" ");
    }
    case "TLSA": {
      const m = asMap(node, type);
      return [
        intField(field(m, "certificate_usage", "certificate_usage"), "certificate_usage", 0, 255),
        intField(field(m, "selector", "selector"), "selector", 0, 255),
        intField(field(m, "matching_type", "matching_type"), "matching_type", 0, 255),
        scalarText(
          field(m, "certificate_association_data", "certificate_association_data"),
          "certificate_association_data"
        )
      ].join(" ");
    }
    case "NAPTR": {
      const m = asMap(node, type);
      const flags = scalarText(field(m, "flags", "flags"), "flags");
      if (!/^[SAUP]?$/i.test(flags)) throw new ValueError(`unrecognized flags "${flags}"`, m.loc);
      const repl = field(m, "replacement", "replacement");
      return [
        intField(field(m, "order", "order"), "order"),
        intField(field(m, "preference", "preference"), "preference"),
        quote(flags),
        quote(scalarText(field(m, "service", "service"), "service")),
        quote(scalarText(field(m, "regexp", "regexp"), "regexp")),
        replacement(scalarText(repl, "replacement"), repl)
      ].join(" ");
    }
    case "LOC":
      return locText(asMap(node, type));
    case "SVCB":
    case "HTTPS":
      return svcbText(asMap(node, type));
    case "URLFWD": {
      const m = asMap(node, type);
      const code = intField(field(m, "code", "code"), "code", 0, 999);
      if (code !== 301 && code !== 302)
        throw new ValueError(`unrecognized return code "${code}"`, m.loc);
      return [
        quote(scalarText(field(m, "path", "path"), "path")),
        quote(scalarText(field(m, "target", "target"), "target")),
        code,
        intField(field(m, "masking", "masking"), "masking", 0, 2),
        intField(field(m, "query", "query"), "query", 0, 1)
      ].join(" ");
    }
    default:
      throw new ValueError(`unknown record type "${type}"`, node.loc);
  }
}
function uriGeneric(priority, weight2, targetText) {
  const bytes = Buffer.concat([
    Buffer.from([priority >> 8, priority & 255, weight2 >> 8, weight2 & 255]),
    Buffer.from(targetText, "utf8")
  ]);
  return `\\# ${bytes.length} ${bytes.toString("hex").toUpperCase()}`;
}
function locText(m) {
  const num = (key, max) => {
    const n = field(m, key, key);
    const s = numberOrText(n, key);
    const v = Number(s);
    if (!Number.isFinite(v) || v < 0 || v > max)
      throw new ValueError(`invalid ${key} "${s}"`, n.loc);
    return s;
  };
  const dir = (key, allowed) => {
    const n = field(m, key, key);
    const s = scalarText(n, key).toUpperCase();
    if (!allowed.includes(s) || s.length !== 1)
      throw new ValueError(`invalid ${key} "${s}"`, n.loc);
    return s;
  };
  const alt = field(m, "altitude", "altitude");
  const altText = numberOrText(alt, "altitude");
  const altitude = Number(altText);
  if (!Number.isFinite(altitude) || altitude < -1e5 || altitude > 4284967295e-2)
    throw new ValueError(`invalid altitude "${altText}"`, alt.loc);
  return [
    intField(field(m, "lat_degrees", "lat_degrees"), "lat_degrees", 0, 90),
    intField(field(m, "lat_minutes", "lat_minutes"), "lat_minutes", 0, 59),
    num("lat_seconds", 59.999),
    dir("lat_direction", "NS"),
    intField(field(m, "long_degrees", "long_degrees"), "long_degrees", 0, 180),
    intField(field(m, "long_minutes", "long_minutes"), "long_minutes", 0, 59),
    num("long_seconds", 59.999),
    dir("long_direction", "EW"),
    `${altText}m`,
    `${num("size", 9e7)}m`,
    `${num("precision_horz", 9e7)}m`,
    `${num("precision_vert", 9e7)}m`
  ].join(" ");
}
function svcbText(m) {
  const prio = intField(field(m, "svcpriority", "svcpriority"), "svcpriority");
  const t = field(m, "targetname", "targetname");
  const parts = [String(prio), target(scalarText(t, "targetname"), t, "SVCB", "targetname", true)];
  const params = optional(m, "svcparams");
  if (params) {
    if (params.kind !== "map")
      throw new ValueError(`svcparams must be a mapping, not ${describe(params)}`, params.loc);
    if (prio === 0 && params.entries.length > 0)
      throw new ValueError("svcparams are not allowed in AliasMode (svcpriority 0)", params.loc);
    for (const e of params.entries) {
      const key = e.key;
      if (!/^(?:mandatory|alpn|no-default-alpn|port|ipv4hint|ech|ipv6hint|key\d{1,5})$/.test(key))
        throw new ValueError(`unknown SvcParam key "${key}"`, e.keyLoc);
      const v = e.value;
      if (key === "no-default-alpn") {
        if (!(v.kind === "scalar" && v.value.type === "null"))
          throw new ValueError("no-default-alpn takes no value", v.loc);
        parts.push(key);
        continue;
      }
      const text2 = v.kind === "seq" ? v.items.map((i) => numberOrText(i, key).replace(/([,\\])/g, "\\$1")).join(",") : numberOrText(v, key);
      parts.push(`${key}=${quote(text2)}`);
    }
  }
  return parts.join(" ");
}

// src/formats/octodns/dynamic.ts
var DYNAMIC_TYPES = /* @__PURE__ */ new Set(["A", "AAAA", "CNAME", "DNAME"]);
var GEO = /^[A-Z]{2}(?:-[A-Z]{2}(?:-[A-Z0-9]{1,3})?)?$/;
function isNull(n) {
  return n === void 0 || n.kind === "scalar" && n.value.type === "null";
}
function text(n) {
  return n?.kind === "scalar" && n.value.type !== "null" ? pyStr(n.value) : void 0;
}
function validateDynamic(type, body, dynamic, ctx) {
  const reasons = [];
  const add = (message, location) => reasons.push({ message, location });
  if (getEntry(body, "geo")) add('"dynamic" record with "geo" content', dynamic.loc);
  if (dynamic.kind !== "map") {
    add(`dynamic must be a mapping, not ${describe(dynamic)}`, dynamic.loc);
    return reasons;
  }
  const pools = getEntry(dynamic, "pools")?.value;
  const poolIds = /* @__PURE__ */ new Set();
  const fallbacks = /* @__PURE__ */ new Set();
  if (isNull(pools) || pools?.kind === "map" && pools.entries.length === 0)
    add("missing pools", pools?.loc ?? dynamic.loc);
  else if (pools?.kind !== "map") add("pools must be a dict", pools.loc);
  else {
    for (const { key: id, value: pool } of pools.entries) {
      if (pool.kind !== "map") {
        add(`pool "${id}" must be a dict`, pool.loc);
        continue;
      }
      const values = getEntry(pool, "values")?.value;
      if (!values) {
        add(`pool "${id}" is missing values`, pool.loc);
        continue;
      }
      poolIds.add(id);
      const items = values.kind === "seq" ? values.items : [values];
      for (const [i, item] of items.entries())
        checkPoolValue(type, id, i + 1, item, items.length, ctx, add);
      const fallback = text(getEntry(pool, "fallback")?.value);
      if (fallback !== void 0) {
        if (pools.entries.some((e) => e.key === fallback)) fallbacks.add(fallback);
        else
          add(
            `undefined fallback "${fallback}" for pool "${id}"`,
            getEntry(pool, "fallback").value.loc
          );
        const seen = [id, fallback];
        let next = fallback;
        while (next !== void 0) {
          const p = pools.entries.find((e) => e.key === next)?.value;
          next = p?.kind === "map" ? text(getEntry(p, "fallback")?.value) : void 0;
          if (next !== void 0 && seen.includes(next)) {
            add(`loop in pool fallbacks: ${seen.join(" -> ")}`, pool.loc);
            break;
          }
          if (next !== void 0) seen.push(next);
        }
      }
    }
  }
  const used = checkRules(getEntry(dynamic, "rules")?.value, dynamic, poolIds, add);
  const unused = [...poolIds].filter((p) => !used.has(p) && !fallbacks.has(p)).sort();
  if (unused.length > 0 && pools) add(`unused pools: "${unused.join('", "')}"`, pools.loc);
  return reasons;
}
function checkPoolValue(type, id, n, item, count, ctx, add) {
  if (item.kind !== "map") {
    add(`pool "${id}" value ${n} must be a mapping, not ${describe(item)}`, item.loc);
    return;
  }
  const weightNode = getEntry(item, "weight")?.value;
  if (weightNode) {
    const w = text(weightNode);
    const weight2 = w !== void 0 && /^[-+]?\d+$/.test(w) ? Number(w) : Number.NaN;
    if (!(weight2 >= 1 && weight2 <= 100))
      add(
        `invalid weight "${w ?? describe(weightNode)}" in pool "${id}" value ${n}`,
        weightNode.loc
      );
    else if (count === 1 && weight2 !== 1)
      add(`pool "${id}" has single value with weight!=1`, weightNode.loc);
  }
  const statusNode = getEntry(item, "status")?.value;
  const status = text(statusNode);
  if (statusNode && !["up", "down", "obey"].includes(status ?? ""))
    add(`invalid status "${status}" in pool "${id}" value ${n}`, statusNode.loc);
  const value = getEntry(item, "value")?.value;
  if (!value) {
    add(`missing value in pool "${id}" value ${n}`, item.loc);
    return;
  }
  try {
    valueText(type, value, ctx);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    add(e.message, e.location);
  }
}
function checkRules(rules, dynamic, pools, add) {
  const seenPools = /* @__PURE__ */ new Set();
  if (isNull(rules) || rules?.kind === "seq" && rules.items.length === 0) {
    add("missing rules", rules?.loc ?? dynamic.loc);
    return seenPools;
  }
  if (rules?.kind !== "seq") {
    add("rules must be a list", rules.loc);
    return seenPools;
  }
  const geosSeen = /* @__PURE__ */ new Map();
  let seenDefault = false;
  const targeting = (r) => {
    const m = r?.kind === "map" ? r : void 0;
    const subnets = m && getEntry(m, "subnets")?.value;
    const geos = m && getEntry(m, "geos")?.value;
    const nonEmpty = (x) => !isNull(x) && !(x?.kind === "seq" && x.items.length === 0);
    return { subnets, geos, hasSubnets: nonEmpty(subnets), hasGeos: nonEmpty(geos) };
  };
  rules.items.forEach((rule, i) => {
    const num = i + 1;
    if (rule.kind !== "map") {
      add(`rule ${num} must be a mapping, not ${describe(rule)}`, rule.loc);
      return;
    }
    const poolNode = getEntry(rule, "pool")?.value;
    const t = targeting(rule);
    if (!poolNode) add(`rule ${num} missing pool`, rule.loc);
    else {
      const pool = poolNode.kind === "scalar" && poolNode.value.type === "str" ? poolNode.value.value : void 0;
      if (pool === void 0)
        add(`rule ${num} invalid pool "${text(poolNode) ?? describe(poolNode)}"`, poolNode.loc);
      else if (!pools.has(pool)) add(`rule ${num} undefined pool "${pool}"`, poolNode.loc);
      else if (seenPools.has(pool) && (t.hasSubnets || t.hasGeos))
        add(`rule ${num} invalid, target pool "${pool}" reused`, poolNode.loc);
      if (pool !== void 0) seenPools.add(pool);
    }
    if (i > 0) {
      const prev = targeting(rules.items[i - 1]);
      if (t.hasSubnets && t.hasGeos && !prev.hasSubnets && prev.hasGeos)
        add(
          `rule ${num} with subnet(s) and geo(s) should appear before all geo-only rules`,
          rule.loc
        );
      else if (t.hasSubnets && !t.hasGeos && prev.hasGeos)
        add(
          `rule ${num} with only subnet targeting should appear before all geo targeting rules`,
          rule.loc
        );
    }
    if (!t.hasSubnets && !t.hasGeos) {
      if (seenDefault) add(`rule ${num} duplicate default`, rule.loc);
      seenDefault = true;
    }
    if (t.subnets && !isNull(t.subnets) && t.subnets.kind !== "seq")
      add(`rule ${num} subnets must be a list`, t.subnets.loc);
    if (t.geos && !isNull(t.geos)) {
      if (t.geos.kind !== "seq") add(`rule ${num} geos must be a list`, t.geos.loc);
      else {
        const geos = t.geos.items.map((g) => ({ code: text(g) ?? "", loc: g.loc }));
        for (const { code, loc } of geos.sort(
          (a, b) => a.code < b.code ? -1 : a.code > b.code ? 1 : 0
        )) {
          if (!GEO.test(code)) add(`rule ${num} invalid geo code "${code}"`, loc);
          for (const [seen, where] of geosSeen) {
            if (code === seen)
              add(
                `rule ${num} targets geo ${code} which has previously been seen in rule ${where}`,
                loc
              );
            else if (code.startsWith(seen))
              add(
                `rule ${num} targets geo ${code} which is more specific than the previously seen ${seen} in rule ${where}`,
                loc
              );
          }
          geosSeen.set(code, num);
        }
      }
    }
  });
  const last = targeting(rules.items[rules.items.length - 1]);
  if (last.hasSubnets || last.hasGeos)
    add(
      'final rule has "subnets" and/or "geos" and is not catchall',
      rules.items[rules.items.length - 1].loc
    );
  return seenPools;
}

// src/formats/octodns/records.ts
var OCTODNS_TYPES = [
  "A",
  "AAAA",
  "ALIAS",
  "CAA",
  "CNAME",
  "DNAME",
  "DS",
  "HTTPS",
  "LOC",
  "MX",
  "NAPTR",
  "NS",
  "OPENPGPKEY",
  "PTR",
  "SPF",
  "SRV",
  "SSHFP",
  "SVCB",
  "TLSA",
  "TXT",
  "URI",
  "URLFWD"
];
var KNOWN = new Set(OCTODNS_TYPES);
function modelType(octodnsType) {
  return octodnsType === "URI" ? "TYPE256" : octodnsType;
}
function emptyZoneFileResult() {
  return { records: [], unmanaged: [], diagnostics: [] };
}
function readZoneFile(root, opts, out = emptyZoneFileResult()) {
  if (!root || root.kind === "scalar" && root.value.type === "null") return out;
  if (root.kind !== "map") {
    out.diagnostics.push(
      err(`a zone file must be a mapping of names, not ${describe(root)}`, root.loc)
    );
    return out;
  }
  for (const entry of root.entries) readZoneEntry(entry, opts, out);
  return out;
}
function readZoneEntry(entry, opts, out) {
  if (entry.value.kind === "seq")
    for (const body of entry.value.items)
      readRecord(entry.key, entry.keyLoc, body, body.loc, opts, out);
  else readRecord(entry.key, entry.keyLoc, entry.value, entry.keyLoc, opts, out);
}
function err(message, location, code = "octodns/record") {
  return { level: "error", message, location, code };
}
function readRecord(rawName, nameLoc, body, at, opts, out) {
  let lenient = opts.lenient;
  const report = (message, location, code = "octodns/record") => {
    out.diagnostics.push({ ...err(message, location, code), level: lenient ? "warning" : "error" });
  };
  if (body.kind !== "map") {
    report(`record "${rawName}" must be a mapping, not ${describe(body)}`, body.loc);
    return;
  }
  const meta = getEntry(body, "octodns")?.value;
  if (meta?.kind === "map" && isTrue(getEntry(meta, "lenient")?.value)) lenient = true;
  const name = checkName(rawName, nameLoc, opts.origin, report);
  const typeNode = getEntry(body, "type")?.value;
  if (!typeNode || typeNode.kind === "scalar" && typeNode.value.type === "null") {
    report(`record "${rawName}" is missing type`, body.loc);
    return;
  }
  let type;
  try {
    type = scalarText(typeNode, "type");
  } catch (e) {
    report(e.message, typeNode.loc);
    return;
  }
  if (type.includes("/")) {
    out.diagnostics.push({
      level: "warning",
      message: `provider-specific type "${type}" is not compared by ZoneGuard`,
      location: typeNode.loc,
      code: "octodns/provider-type"
    });
    return;
  }
  if (!KNOWN.has(type)) {
    report(`Unknown record type: "${type}"`, typeNode.loc);
    return;
  }
  if (name === void 0) return;
  const ttl = readTtl(body, opts.defaultTtl, report);
  if (ttl === void 0) return;
  const subzone = opts.subzones.find((z) => name === z || name.endsWith(`.${z}`));
  if (subzone && !(name === subzone && (type === "NS" || type === "DS"))) {
    if (opts.ignoreSubzoneAdds) {
      out.diagnostics.push({
        level: "warning",
        message: `record "${rawName}" ${type} is in sub-zone ${subzone} and is dropped (ignore_subzone_adds)`,
        location: nameLoc,
        code: "octodns/subzone-record"
      });
      return;
    }
    report(
      `record "${rawName}" ${type} is under a managed sub-zone (${subzone}); only NS and DS may sit at its boundary`,
      nameLoc,
      "octodns/subzone-record"
    );
    return;
  }
  const reason = meta?.kind === "map" && isTrue(getEntry(meta, "ignored")?.value) ? "octodns.ignored" : meta?.kind === "map" && opts.targets && !reachesATarget(meta, opts.targets) ? "octodns.included/excluded" : void 0;
  if (reason) {
    out.unmanaged.push({
      name: relativeLabel(name, opts.origin),
      types: [modelType(type)],
      source: reason,
      location: nameLoc
    });
    return;
  }
  const checked = recordChecks(rawName, nameLoc, type, body, meta, opts, report);
  const values = readValues(type, body, opts, report);
  if (!checked || values === void 0) return;
  const options = {};
  for (const key of ["dynamic", "geo"]) {
    const node = getEntry(body, key)?.value;
    if (node && !(node.kind === "scalar" && node.value.type === "null"))
      options[key] = canonicalJson(node);
  }
  const record = {
    name,
    type: modelType(type),
    ttl,
    values,
    location: at,
    ...Object.keys(options).length > 0 ? { options } : {}
  };
  out.records.push(record);
}
function reachesATarget(meta, targets) {
  const ids = (key) => {
    const node = getEntry(meta, key)?.value;
    return node?.kind === "seq" ? node.items.flatMap(
      (i) => i.kind === "scalar" && i.value.type === "str" ? [i.value.value] : []
    ) : [];
  };
  const included = ids("included");
  const excluded = new Set(ids("excluded"));
  return targets.some((t) => (included.length === 0 || included.includes(t)) && !excluded.has(t));
}
function recordChecks(rawName, nameLoc, type, body, meta, opts, report) {
  let ok2 = true;
  const fail2 = (message, location) => {
    report(message, location);
    ok2 = false;
  };
  if (type === "CNAME" && rawName === "") fail2("root CNAME not allowed", nameLoc);
  if (type === "ALIAS" && rawName !== "") fail2("non-root ALIAS not allowed", nameLoc);
  if (type === "SRV" && !/^(\*|_[^.]+)\.[^.]+/.test(rawName))
    fail2("invalid name for SRV record", nameLoc);
  if (type === "URI" && !/^(\*|_[^.]+)\.[^.]+/.test(rawName))
    fail2("invalid name for URI record", nameLoc);
  const hc = meta?.kind === "map" ? getEntry(meta, "healthcheck")?.value : void 0;
  const protocol = hc?.kind === "map" ? getEntry(hc, "protocol")?.value : void 0;
  if (protocol && !(protocol.kind === "scalar" && protocol.value.type === "str" && /^(HTTPS?|ICMP|TCP|UDP)$/.test(protocol.value.value)))
    fail2("invalid healthcheck protocol", protocol.loc);
  const dynamic = getEntry(body, "dynamic")?.value;
  if (dynamic && DYNAMIC_TYPES.has(type))
    for (const r of validateDynamic(type, body, dynamic, {
      origin: opts.origin,
      escapedSemicolons: opts.escapedSemicolons
    }))
      fail2(r.message, r.location);
  return ok2;
}
function checkName(rawName, loc, origin, report) {
  if (rawName === "@") {
    report('invalid name "@", use "" instead', loc, "octodns/name");
    return void 0;
  }
  if (/\s/.test(rawName)) {
    report(`invalid name "${rawName}": whitespace is not allowed`, loc, "octodns/name");
    return void 0;
  }
  if (rawName.includes("..") || rawName.endsWith(".")) {
    report(`invalid name, double \`.\` in "${rawName}.${origin}"`, loc, "octodns/name");
    return void 0;
  }
  const fqdn = rawName === "" ? origin : `${rawName}.${origin}`;
  const label = rawName.split(".").find((l) => l.length > 63);
  if (label !== void 0) {
    report(
      `invalid label, "${label}" is too long at ${label.length} chars, max is 63`,
      loc,
      "octodns/name"
    );
    return void 0;
  }
  if (fqdn.length > 253) {
    report(
      `invalid fqdn, "${fqdn}" is too long at ${fqdn.length} chars, max is 253`,
      loc,
      "octodns/name"
    );
    return void 0;
  }
  const r = canonicalName(fqdn);
  if (!r.ok) {
    report(`invalid name "${rawName}": ${r.message}`, loc, "octodns/name");
    return void 0;
  }
  return r.name;
}
function readTtl(body, defaultTtl, report) {
  const node = getEntry(body, "ttl")?.value;
  if (!node) return defaultTtl;
  let ttl;
  if (node.kind === "scalar") {
    const v = node.value;
    if (v.type === "int") ttl = Number(v.value);
    else if (v.type === "float" && Number.isFinite(v.value)) ttl = Math.trunc(v.value);
    else if (v.type === "str" && /^\s*[-+]?\d+\s*$/.test(v.value)) ttl = Number(v.value);
  }
  if (ttl === void 0 || ttl < 0 || ttl > 2 ** 31 - 1) {
    report(
      `invalid ttl: ${node.kind === "scalar" ? JSON.stringify(scalarOrText(node)) : describe(node)}`,
      node.loc
    );
    return void 0;
  }
  return ttl;
}
function scalarOrText(node) {
  try {
    return numberOrText(node, "ttl");
  } catch {
    return describe(node);
  }
}
function readValues(type, body, opts, report) {
  const single = SINGLE_VALUE_TYPES.has(type);
  const valuesNode = single ? void 0 : getEntry(body, "values")?.value;
  const valueNode = getEntry(body, "value")?.value;
  const chosen = valuesNode ?? valueNode;
  if (!chosen || chosen.kind === "scalar" && chosen.value.type === "null") {
    report(single ? "missing value" : "missing value(s)", body.loc);
    return void 0;
  }
  if (single && chosen.kind === "seq") {
    report(`${type} takes a single value, not a list`, chosen.loc);
    return void 0;
  }
  const items = chosen.kind === "seq" ? chosen.items : [chosen];
  if (items.length === 0) {
    report("missing value(s)", chosen.loc);
    return void 0;
  }
  const values = [];
  let failed = false;
  const ctx = { origin: opts.origin, escapedSemicolons: opts.escapedSemicolons };
  for (const item of items) {
    try {
      values.push(canonical(type, valueText(type, item, ctx), opts.origin, item));
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      report(e.message, e.location);
      failed = true;
    }
  }
  return failed ? void 0 : [...new Set(values)].sort();
}
function canonical(octodnsType, text2, origin, node) {
  const type = modelType(octodnsType);
  if (isStandardType(type) && !(type in CODECS)) return text2;
  const r = canonicalRdata(type, text2, origin);
  if (!r.ok) throw new ValueError(`invalid ${octodnsType} value: ${r.message}`, node.loc);
  return r.value;
}
function isTrue(node) {
  return node?.kind === "scalar" && node.value.type === "bool" && node.value.value;
}
function relativeLabel(name, origin) {
  return name === origin ? "@" : name.slice(0, name.length - origin.length - 1);
}
function canonicalJson(node) {
  const memo = /* @__PURE__ */ new Map();
  const go = (n) => {
    const done = memo.get(n);
    if (done !== void 0) return done;
    let s;
    if (n.kind === "seq") s = `[${n.items.map(go).join(",")}]`;
    else if (n.kind === "map")
      s = `{${[...n.entries].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0).map((e) => `${JSON.stringify(e.key)}:${go(e.value)}`).join(",")}}`;
    else {
      const v = n.value;
      s = v.type === "null" ? "null" : v.type === "bool" ? String(v.value) : v.type === "str" ? JSON.stringify(v.value) : v.type === "int" ? v.value.toString() : Number.isFinite(v.value) ? String(v.value) : JSON.stringify(String(v.value));
    }
    memo.set(n, s);
    return s;
  };
  return go(node);
}

// src/formats/octodns/config.ts
var YAML_CLASSES = /* @__PURE__ */ new Set([
  "octodns.provider.yaml.YamlProvider",
  "octodns.provider.yaml.SplitYamlProvider"
]);
var NON_SECRET_KEYS = /* @__PURE__ */ new Set([
  "class",
  "directory",
  "default_ttl",
  "enforce_order",
  "order_mode",
  "populate_should_replace",
  "supports_root_ns",
  "split_extension",
  "split_catchall",
  "shared_filename",
  "disable_zonefile",
  "escaped_semicolons",
  "ignore_missing_zones",
  "update_pcent_threshold",
  "delete_pcent_threshold",
  "strict_supports",
  "root_ns_warnings"
]);
var SECRET_KEY = /(token|secret|password|passwd|key|auth|credential|private)/i;
function looksLikeOctodnsConfig(text2) {
  return /^providers\s*:/m.test(text2) && /^zones\s*:/m.test(text2);
}
function readConfig(file, root) {
  const diagnostics = [];
  const error = (message, location) => diagnostics.push({ level: "error", message, location, code: "octodns/config" });
  if (!root || root.kind !== "map") {
    error("an octoDNS config must be a mapping with providers and zones", root?.loc ?? { file });
    return { diagnostics };
  }
  const providersNode = getEntry(root, "providers")?.value;
  const zonesNode = getEntry(root, "zones")?.value;
  if (providersNode?.kind !== "map") error('missing or invalid "providers" mapping', root.loc);
  if (zonesNode?.kind !== "map") error('missing or invalid "zones" mapping', root.loc);
  if (providersNode?.kind !== "map" || zonesNode?.kind !== "map") return { diagnostics };
  const handlers = /* @__PURE__ */ new Set(["env"]);
  const handlersNode = getEntry(root, "secret_handlers")?.value;
  if (handlersNode?.kind === "map") for (const e of handlersNode.entries) handlers.add(e.key);
  const providers = /* @__PURE__ */ new Map();
  const credentials = [];
  const group = literalGroups();
  for (const e of providersNode.entries) {
    if (e.value.kind !== "map") {
      error(`provider "${e.key}" must be a mapping, not ${describe(e.value)}`, e.value.loc);
      continue;
    }
    const p = readProvider(e.key, e.keyLoc, e.value, error);
    if (p) providers.set(e.key, p);
    const cred = credentialInfo(e.key, e.keyLoc, e.value, handlers, group);
    if (cred) credentials.push(cred);
  }
  const processors = /* @__PURE__ */ new Map();
  const procNode = getEntry(root, "processors")?.value;
  if (procNode?.kind === "map")
    for (const e of procNode.entries) processors.set(e.key, canonicalJson(e.value));
  const managerNode = getEntry(root, "manager")?.value;
  const managerList = (key) => managerNode?.kind === "map" ? stringList(managerNode, key, "manager", error).ids : [];
  const globalProcessors = managerList("processors");
  const globalPostProcessors = managerList("post_processors");
  for (const id of [...globalProcessors, ...globalPostProcessors])
    if (!processors.has(id)) error(`Manager, unknown processor: ${id}`, managerNode.loc);
  const zones = [];
  for (const e of zonesNode.entries) {
    const zone = readZoneEntry2(e.key, e.keyLoc, e.value, providers, processors, error);
    if (zone) zones.push(zone);
  }
  return {
    config: {
      file,
      providers,
      zones,
      processors,
      globalProcessors,
      globalPostProcessors,
      credentials
    },
    diagnostics
  };
}
function scalar(node) {
  return node?.kind === "scalar" && node.value.type !== "null" ? pyStr(node.value) : void 0;
}
function bool(map, key, dflt, report) {
  const node = getEntry(map, key)?.value;
  if (!node || node.kind === "scalar" && node.value.type === "null") return dflt;
  if (node.kind === "scalar" && node.value.type === "bool") return node.value.value;
  report(`${key} must be true or false, not ${describe(node)}`, node.loc);
  return dflt;
}
function fraction(map, key, report) {
  const node = getEntry(map, key)?.value;
  if (!node) return void 0;
  if (node.kind === "scalar" && (node.value.type === "float" || node.value.type === "int")) {
    const v = Number(node.value.value);
    if (v >= 0) return v;
  }
  report(`${key} must be a non-negative number (a fraction such as 0.3)`, node.loc);
  return void 0;
}
function readProvider(id, loc, map, report) {
  const cls = scalar(getEntry(map, "class")?.value);
  if (!cls) {
    report(`provider "${id}" is missing class`, loc);
    return void 0;
  }
  const updatePercent = fraction(map, "update_pcent_threshold", report);
  const deletePercent = fraction(map, "delete_pcent_threshold", report);
  const base = {
    id,
    class: cls,
    location: loc,
    ...updatePercent !== void 0 ? { updatePercent } : {},
    ...deletePercent !== void 0 ? { deletePercent } : {}
  };
  if (!YAML_CLASSES.has(cls)) return base;
  const split = cls.endsWith(".SplitYamlProvider");
  const directory = scalar(getEntry(map, "directory")?.value);
  if (!directory) {
    report(`YamlProvider "${id}" is missing directory`, loc);
    return void 0;
  }
  let defaultTtl = 3600;
  const ttlNode = getEntry(map, "default_ttl")?.value;
  if (ttlNode) {
    if (ttlNode.kind === "scalar" && ttlNode.value.type === "int" && ttlNode.value.value >= 0n)
      defaultTtl = Number(ttlNode.value.value);
    else
      report(`default_ttl must be a non-negative integer, not ${describe(ttlNode)}`, ttlNode.loc);
  }
  const orderMode = scalar(getEntry(map, "order_mode")?.value) ?? "natural";
  if (orderMode !== "natural" && orderMode !== "simple")
    report(`Invalid order_mode, "${orderMode}", options are "natural", "simple"`, loc);
  const splitExtNode = getEntry(map, "split_extension")?.value;
  const splitExtension = splitExtNode?.kind === "scalar" && splitExtNode.value.type === "str" ? splitExtNode.value.value : split ? "." : void 0;
  return {
    ...base,
    yaml: {
      directory,
      defaultTtl,
      enforceOrder: bool(map, "enforce_order", true, report),
      orderMode: orderMode === "simple" ? "simple" : "natural",
      populateShouldReplace: bool(map, "populate_should_replace", false, report),
      splitExtension,
      sharedFilename: scalar(getEntry(map, "shared_filename")?.value),
      disableZonefile: bool(map, "disable_zonefile", split, report),
      escapedSemicolons: bool(map, "escaped_semicolons", true, report),
      ignoreMissingZones: bool(map, "ignore_missing_zones", false, report)
    }
  };
}
function stringList(map, key, zone, report) {
  const node = getEntry(map, key)?.value;
  if (!node || node.kind === "scalar" && node.value.type === "null") return { ids: [] };
  if (node.kind !== "seq") {
    report(`zone ${zone}: ${key} must be a list, not ${describe(node)}`, node.loc);
    return { ids: [] };
  }
  const ids = [];
  for (const item of node.items) {
    const s = scalar(item);
    if (s === void 0) report(`zone ${zone}: ${key} entries must be names`, item.loc);
    else ids.push(s);
  }
  return { ids, loc: node.loc };
}
function readZoneEntry2(key, loc, node, providers, processors, report) {
  if (node.kind !== "map") {
    report(`zone ${key} must be a mapping, not ${describe(node)}`, node.loc);
    return void 0;
  }
  const dynamic = key.startsWith("*");
  if (!dynamic && !key.endsWith(".")) {
    report(`Invalid zone name ${key}, missing ending dot`, loc);
    return void 0;
  }
  const alias = scalar(getEntry(node, "alias")?.value);
  const sources = stringList(node, "sources", key, report);
  const targets = stringList(node, "targets", key, report);
  const procs = stringList(node, "processors", key, report);
  if (!alias) {
    if (sources.ids.length === 0) report(`Zone ${key} is missing sources`, loc);
    if (targets.ids.length === 0) report(`Zone ${key} is missing targets`, loc);
  }
  for (const [ids, what, where] of [
    [sources.ids, "source", sources.loc],
    [targets.ids, "target", targets.loc]
  ])
    for (const id of ids)
      if (!providers.has(id)) report(`Zone ${key}, unknown ${what}: ${id}`, where ?? loc);
  for (const id of procs.ids)
    if (!processors.has(id)) report(`Zone ${key}, unknown processor: ${id}`, procs.loc ?? loc);
  const updatePercent = fraction(node, "update_pcent_threshold", report);
  const deletePercent = fraction(node, "delete_pcent_threshold", report);
  const glob = scalar(getEntry(node, "glob")?.value);
  const regex = scalar(getEntry(node, "regex")?.value);
  return {
    key,
    location: loc,
    sources: sources.ids,
    targets: targets.ids,
    processors: procs.ids,
    lenient: bool(node, "lenient", false, report),
    ignoreSubzoneAdds: bool(node, "ignore_subzone_adds", false, report),
    ...alias ? { alias } : {},
    ...glob ? { glob } : {},
    ...regex ? { regex } : {},
    ...updatePercent !== void 0 ? { updatePercent } : {},
    ...deletePercent !== void 0 ? { deletePercent } : {}
  };
}
function credentialInfo(id, loc, map, handlers, group) {
  const fields = [];
  const walk = (m, prefix) => {
    for (const e of m.entries) {
      const key = prefix + e.key;
      if (!prefix && NON_SECRET_KEYS.has(e.key)) continue;
      if (e.value.kind === "map") {
        walk(e.value, `${key}.`);
        continue;
      }
      if (e.value.kind !== "scalar" || e.value.value.type !== "str") continue;
      const text2 = e.value.value.value;
      const slash = text2.indexOf("/");
      const handler = slash > 0 ? text2.slice(0, slash) : "";
      if (handlers.has(handler) && slash < text2.length - 1)
        fields.push({
          key,
          literal: false,
          ...handler === "env" ? { env: text2.slice(slash + 1) } : {},
          location: e.keyLoc
        });
      else if (SECRET_KEY.test(e.key) && text2.length > 0)
        fields.push({ key, literal: true, literalGroup: group(text2), location: e.keyLoc });
    }
  };
  walk(map, "");
  const cls = scalar(getEntry(map, "class")?.value);
  if (fields.length === 0) return void 0;
  return { provider: id, ...cls ? { type: cls } : {}, location: loc, fields };
}

// src/formats/octodns/processors.ts
var PREFIX = "octodns.processor.filter.";
function strings(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string") ? v : void 0;
}
function escapeGlob(text2) {
  return text2.replace(/[*?{}[\]\\,]/g, "\\$&");
}
function entrySelector(entry, apex, on) {
  if (entry.length >= 2 && entry.startsWith("/") && entry.endsWith("/"))
    return on === "name" ? { nameRegex: entry.slice(1, -1) } : { valueRegex: entry.slice(1, -1) };
  if (on === "value") return { target: escapeGlob(entry) };
  const absolute = entry === "" ? apex : `${entry.toLowerCase()}.${apex}`;
  return { name: escapeGlob(absolute) };
}
function typeList(list) {
  return list.flatMap((t) => {
    const type = parseRecordType(t === "URI" ? "TYPE256" : t);
    return type ? [type] : [];
  });
}
function processorScope(ids, definitions, apex, location) {
  const out = { patterns: [], sourceOnly: [], diagnostics: [] };
  for (const id of ids) {
    const text2 = definitions.get(id);
    if (text2 === void 0) continue;
    let def;
    try {
      def = JSON.parse(text2);
    } catch {
      continue;
    }
    const cls = typeof def.class === "string" ? def.class : "";
    if (!cls.startsWith(PREFIX)) continue;
    const kind = cls.slice(PREFIX.length);
    const source = `${kind} (${id})`;
    const both = def.include_target !== false;
    const add = (p, always = false) => (both || always ? out.patterns : out.sourceOnly).push({ ...p, source, location });
    const bad = (key) => out.diagnostics.push({
      level: "warning",
      message: `processor ${id} (${kind}): ${key} must be a list of strings; what it filters is not known to ZoneGuard`,
      location,
      code: "octodns/processor"
    });
    const listed = (key) => {
      const list = strings(def[key]);
      if (!list) bad(key);
      return list;
    };
    switch (kind) {
      case "TypeAllowlistFilter":
      case "TypeRejectlistFilter": {
        const allow = kind === "TypeAllowlistFilter";
        const list = listed(allow ? "allowlist" : "rejectlist");
        if (!list) break;
        const types = typeList(list);
        if (allow) add({ name: "*", except: [{ types }] });
        else if (types.length > 0) add({ name: "*", types });
        break;
      }
      case "NameAllowlistFilter":
      case "NameRejectlistFilter":
      case "ValueAllowlistFilter":
      case "ValueRejectlistFilter": {
        const allow = kind.includes("Allowlist");
        const on = kind.startsWith("Name") ? "name" : "value";
        const list = listed(allow ? "allowlist" : "rejectlist");
        if (!list) break;
        const selectors = list.map((e) => entrySelector(e, apex, on));
        if (allow) add({ name: "*", except: selectors });
        else for (const s of selectors) add({ name: "*", ...s });
        break;
      }
      case "NetworkValueAllowlistFilter":
      case "NetworkValueRejectlistFilter": {
        const allow = kind === "NetworkValueAllowlistFilter";
        const list = listed(allow ? "allowlist" : "rejectlist");
        if (!list) break;
        const types = ["A", "AAAA"];
        if (allow) add({ name: "*", types, except: list.map((network) => ({ network })) }, true);
        else for (const network of list) add({ name: "*", types, network }, true);
        break;
      }
      case "IgnoreRootNsFilter":
        add({ name: "@", types: ["NS"] }, true);
        break;
      case "ExcludeRootNsChanges":
        if (def.error === false) add({ name: "@", types: ["NS"] }, true);
        break;
    }
  }
  return out;
}

// src/formats/octodns/load.ts
var OCTODNS_DEFAULT_THRESHOLDS = {
  updatePercent: 0.3,
  deletePercent: 0.3,
  minExisting: 10
};
var ZONE_FILE_NAME = /^\/?[^/]+\.[^/]+\.yaml$/;
function configCandidates(files, path) {
  const all = yamlFiles(files, path);
  const plain = (f) => posix.basename(f).split(".").length <= 2;
  return [...all.filter(plain), ...all.filter((f) => !plain(f))];
}
async function loadOctodns(source, options) {
  const tree = readingOnce(source);
  const files = await tree.listFiles();
  const fileSet = new Set(files);
  const base = options.path.replace(/\/+$/, "");
  const cwd = resolveRepoPath(options.workingDirectory ?? "");
  if (!cwd.ok)
    return fail({
      level: "error",
      message: `octoDNS working directory: ${cwd.message}`,
      location: { file: options.workingDirectory ?? "." }
    });
  const diagnostics = [];
  const budget = (options.budget ?? new InputBudget()).meter();
  const read = /* @__PURE__ */ new Set();
  const zones = [];
  const credentials = [];
  const skip = options.skip ?? [];
  const candidates = options.config !== void 0 ? [options.config] : configCandidates(files, base).filter((f) => !skip.some((dir) => isUnder(f, dir)));
  if (options.config !== void 0 && !fileSet.has(options.config))
    return fail({
      level: "error",
      message: `the octoDNS config file ${options.config} does not exist`,
      location: { file: options.config }
    });
  for (const file of candidates) {
    if (budget.exceeded !== void 0) break;
    if (read.has(file)) continue;
    const text2 = await tree.readText(file);
    if (text2 === void 0 || !looksLikeOctodnsConfig(text2)) {
      if (options.config !== void 0)
        diagnostics.push({
          level: "error",
          message: `${file} is not an octoDNS config (no top-level providers: and zones:)`,
          location: { file },
          code: "octodns/config"
        });
      continue;
    }
    const loaded = await loadYaml(file, text2, { readInclude: includeReader(tree), budget });
    if (!loaded.ok) {
      diagnostics.push(loaded.error);
      read.add(file);
      continue;
    }
    for (const f of loaded.doc.files) read.add(f);
    diagnostics.push(...loaded.doc.warnings);
    const { config, diagnostics: configDiags } = readConfig(file, loaded.doc.root);
    diagnostics.push(...configDiags);
    if (!config) continue;
    credentials.push(...config.credentials);
    const ctx = {
      tree,
      files,
      fileSet,
      cwd: cwd.path,
      config,
      read,
      problems: diagnostics,
      budget,
      memo: options.memo
    };
    const seen = /* @__PURE__ */ new Set();
    for (const zone of await loadZones(ctx)) {
      if (seen.has(zone.name)) {
        diagnostics.push({
          level: "warning",
          message: `zone ${zone.name} is configured twice in ${file}; the first is used`,
          location: zone.location ?? { file },
          code: "octodns/duplicate-zone"
        });
        continue;
      }
      seen.add(zone.name);
      zones.push({ ...zone, config: file });
      for (const d of zone.diagnostics ?? []) diagnostics.push(d);
    }
  }
  const errors = diagnostics.filter((d) => d.level === "error");
  if (errors.length > 0) return fail(...errors);
  const warnings = diagnostics.filter((d) => d.level === "warning");
  return ok({ zones, credentials, files: [...read].sort() }, warnings);
}
function includeReader(tree) {
  return async (from, target2) => {
    const checked = resolveRepoPath(target2, posix.dirname(from));
    if (!checked.ok)
      return {
        error: checked.problem === "leaves" ? `!include ${target2} leaves the repository` : `!include: ${checked.message}`
      };
    const path = checked.path;
    try {
      const text2 = await tree.readText(path);
      if (text2 === void 0) return { error: `!include ${target2}: no such file (${path})` };
      return { path, text: text2 };
    } catch (e) {
      return { error: `!include ${target2}: ${e.message}` };
    }
  };
}
async function readZoneFileOnce(ctx, file, text2, options) {
  const key = `octodns ${file}
${JSON.stringify(options)}`;
  let remembered = ctx.memo?.take(key);
  const tookOne = remembered !== void 0;
  if (remembered !== void 0) {
    const now = await readIncludes(
      ctx.tree,
      remembered.includes.map(([f]) => f)
    );
    if (readsTheSame(remembered, text2, (f) => now.get(f)) && ctx.budget.chargeAll(remembered.charged))
      return remembered.value;
  }
  remembered = void 0;
  const before = ctx.budget.charged;
  let result = emptyZoneFileResult();
  const loaded = await loadYaml(file, text2, {
    enforceOrder: options.enforceOrder,
    readInclude: includeReader(ctx.tree),
    budget: ctx.budget,
    // Each name's records are read as the loader hands the name over: no tree of a large
    // zone file is held whole.
    rootEntries: {
      entry: (e) => readZoneEntry(e, options, result),
      restart: () => {
        result = emptyZoneFileResult();
      }
    }
  });
  if (!loaded.ok) return loaded;
  readZoneFile(loaded.doc.root, options, result);
  const value = { ok: true, doc: loaded.doc, result };
  if (ctx.memo !== void 0 && !tookOne && text2.length <= STREAMED_ABOVE) {
    const includes = loaded.doc.files.slice(1);
    const now = await readIncludes(ctx.tree, includes);
    ctx.memo.keep(key, {
      text: text2,
      includes: includedTexts(includes, (f) => now.get(f)),
      charged: ctx.budget.chargedSince(before),
      value
    });
  }
  return value;
}
async function readIncludes(tree, files) {
  const out = /* @__PURE__ */ new Map();
  for (const f of files) out.set(f, await tree.readText(f).catch(() => void 0));
  return out;
}
function chargeRecords(ctx, values, location, diagnostics) {
  for (let i = 0; i < Math.max(1, values); i++) {
    if (ctx.budget.exceeded !== void 0) return false;
    if (!ctx.budget.record()) {
      diagnostics.push({
        level: "error",
        message: budgetMessage("records", ctx.budget.limits, location.file),
        location,
        code: "octodns/budget"
      });
      return false;
    }
  }
  return true;
}
function providerDirectory(ctx, p) {
  return resolveRepoPath(p.directory, ctx.cwd);
}
function workingDirectoryThatFinds(ctx, p, find) {
  let dir = posix.dirname(ctx.config.file).replace(/^\.$/, "");
  for (; ; ) {
    if (dir !== ctx.cwd) {
      const checked = resolveRepoPath(p.directory, dir);
      const found = checked.ok ? find(checked.path) : void 0;
      if (found) return { cwd: dir, file: found };
    }
    if (dir === "") return void 0;
    dir = posix.dirname(dir).replace(/^\.$/, "");
  }
}
function directoryMessage(ctx, p, id, what, find) {
  const where = ctx.cwd === "" ? "the repository root" : ctx.cwd;
  const head = `${what} (source "${id}": directory ${p.directory}, relative to the folder octodns-sync runs in, here ${where})`;
  const other = workingDirectoryThatFinds(ctx, p, find);
  const flag = "--octodns-cwd (the Action's working-directory input)";
  return other ? `${head}. octodns-sync run in ${other.cwd || "the repository root"} reads ${other.file}: if that is where it runs, say so with ${flag} ${other.cwd || "."}` : `${head}. If octodns-sync runs in another folder, name it with ${flag}`;
}
function listZones(ctx, p) {
  const checked = providerDirectory(ctx, p);
  if (!checked.ok) return [];
  const dir = checked.path;
  const zones = /* @__PURE__ */ new Set();
  for (const f of ctx.files) {
    if (!isUnder(f, dir)) continue;
    const rest = dir === "" ? f : f.slice(dir.length + 1);
    const parts = rest.split("/");
    if (parts.length === 1 && !p.disableZonefile && rest.endsWith(".yaml")) {
      if (rest.split(".").length - 1 >= 2) zones.add(rest.slice(0, -4));
    }
    if (parts.length === 2 && p.splitExtension && parts[0].endsWith(p.splitExtension))
      zones.add(parts[0].slice(0, parts[0].length - p.splitExtension.length + 1));
  }
  return [...zones].sort();
}
async function loadZones(ctx) {
  const { config } = ctx;
  const explicit = config.zones.filter((z) => !z.key.startsWith("*"));
  const entries = explicit.map((entry) => ({
    name: entry.key,
    entry
  }));
  const claimed = new Set(explicit.map((z) => z.key));
  for (const entry of config.zones.filter((z) => z.key.startsWith("*"))) {
    const candidates = /* @__PURE__ */ new Set();
    for (const id of entry.sources) {
      const p = config.providers.get(id)?.yaml;
      if (!p) continue;
      const dir = providerDirectory(ctx, p);
      const holds = (d) => ctx.files.find((f) => isUnder(f, d));
      if (dir.ok && !holds(dir.path))
        ctx.problems.push({
          level: "error",
          message: directoryMessage(
            ctx,
            p,
            id,
            `zone ${entry.key} lists the zones of ${dir.path || "."}, which does not exist`,
            (d) => ctx.files.find((f) => isUnder(f, d) && ZONE_FILE_NAME.test(f.slice(d.length)))
          ),
          location: entry.location,
          code: "octodns/missing-directory"
        });
      for (const z of listZones(ctx, p)) candidates.add(z);
    }
    for (const name of [...candidates].sort()) {
      if (claimed.has(name) || !matchesDynamic(entry, name)) continue;
      claimed.add(name);
      entries.push({ name, entry });
    }
  }
  const allNames = entries.map((e) => canonicalName(e.name)).flatMap((r) => r.ok ? [r.name] : []);
  const out = [];
  const byName = /* @__PURE__ */ new Map();
  for (const { name, entry } of entries) {
    if (entry.alias || ctx.budget.exceeded !== void 0) continue;
    const zone = await loadZone(ctx, name, entry, allNames);
    out.push(zone);
    byName.set(zone.name, zone);
  }
  for (const { name, entry } of entries) {
    if (!entry.alias || ctx.budget.exceeded !== void 0) continue;
    out.push(aliasZone(ctx, name, entry, byName));
  }
  return out;
}
function matchesDynamic(entry, name) {
  if (entry.glob) return globToRegExp(entry.glob).test(name);
  if (entry.regex) {
    try {
      return new RegExp(entry.regex).test(name);
    } catch {
      return false;
    }
  }
  return true;
}
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        const body = glob.slice(i + 1, end).replace(/\\/g, "\\\\");
        re += `[${body.startsWith("!") ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "s");
}
function thresholds(entry, targets) {
  const strictest = (per, dflt) => targets.length > 0 ? Math.min(...targets.map((t) => per(t) ?? dflt)) : dflt;
  return {
    updatePercent: entry.updatePercent ?? strictest((p) => p.updatePercent, OCTODNS_DEFAULT_THRESHOLDS.updatePercent),
    deletePercent: entry.deletePercent ?? strictest((p) => p.deletePercent, OCTODNS_DEFAULT_THRESHOLDS.deletePercent),
    minExisting: OCTODNS_DEFAULT_THRESHOLDS.minExisting
  };
}
async function loadZone(ctx, rawName, entry, allZones) {
  const diagnostics = [];
  const canon = canonicalName(rawName);
  const name = canon.ok ? canon.name : rawName.toLowerCase();
  if (!canon.ok)
    diagnostics.push({
      level: "error",
      message: `invalid zone name ${rawName}: ${canon.message}`,
      location: entry.location,
      code: "octodns/config"
    });
  const subzones = allZones.filter((z) => z !== name && z.endsWith(`.${name}`));
  const records = /* @__PURE__ */ new Map();
  const unmanaged = [];
  const targets = entry.targets.flatMap((id) => {
    const p = ctx.config.providers.get(id);
    return p ? [p] : [];
  });
  for (const id of entry.sources) {
    const provider = ctx.config.providers.get(id);
    if (!provider) continue;
    if (!provider.yaml) {
      diagnostics.push({
        level: "warning",
        message: `zone ${rawName}: records from source "${id}" (${provider.class}) are not read; only YamlProvider sources are`,
        location: entry.location,
        code: "octodns/source-not-read"
      });
      continue;
    }
    const p = provider.yaml;
    const dir = providerDirectory(ctx, p);
    if (!dir.ok) {
      diagnostics.push({
        level: "error",
        message: `zone ${rawName}: directory of source "${id}": ${dir.message}`,
        location: provider.location,
        code: "octodns/config"
      });
      continue;
    }
    const sources = zoneSources(ctx, p, dir.path, rawName, name);
    if (sources.length === 0 && !p.ignoreMissingZones) {
      diagnostics.push({
        level: "error",
        message: directoryMessage(
          ctx,
          p,
          id,
          `no YAMLs found for ${rawName} in ${dir.path || "."}`,
          (d) => zoneSources(ctx, p, d, rawName, name)[0]
        ),
        location: entry.location,
        code: "octodns/missing-zone-file"
      });
      continue;
    }
    for (const file of sources) {
      if (ctx.budget.exceeded !== void 0) break;
      const text2 = await ctx.tree.readText(file);
      ctx.read.add(file);
      if (text2 === void 0) continue;
      const zoneOptions = {
        origin: name,
        defaultTtl: p.defaultTtl,
        escapedSemicolons: p.escapedSemicolons,
        lenient: entry.lenient,
        subzones,
        ignoreSubzoneAdds: entry.ignoreSubzoneAdds,
        targets: entry.targets
      };
      const enforceOrder = p.enforceOrder ? p.orderMode : void 0;
      const read = await readZoneFileOnce(ctx, file, text2, { ...zoneOptions, enforceOrder });
      if (!read.ok) {
        diagnostics.push(read.error);
        continue;
      }
      const { doc, result } = read;
      for (const f of doc.files) ctx.read.add(f);
      diagnostics.push(...doc.warnings);
      diagnostics.push(...result.diagnostics);
      unmanaged.push(...result.unmanaged);
      for (const r of result.records) {
        if (!chargeRecords(ctx, r.values.length, r.location, diagnostics)) break;
        const key = rrsetKey(r);
        const prev = records.get(key);
        if (prev && !p.populateShouldReplace) {
          diagnostics.push({
            level: entry.lenient ? "warning" : "error",
            message: `duplicate record ${relativeName(r.name, name)} ${r.type}, first defined at ${prev.location.file}:${prev.location.line}`,
            location: r.location,
            code: "octodns/duplicate-record"
          });
          continue;
        }
        records.set(key, r);
      }
    }
  }
  const all = [...records.values()].map(
    (r) => makeRRset({
      name: r.name,
      type: r.type,
      ttl: r.ttl,
      values: r.values,
      options: r.options,
      location: r.location
    })
  );
  const filters = processorScope(
    [...ctx.config.globalProcessors, ...entry.processors, ...ctx.config.globalPostProcessors],
    ctx.config.processors,
    name,
    entry.location
  );
  diagnostics.push(...filters.diagnostics);
  unmanaged.push(...filters.patterns);
  const filtered = [...filters.patterns, ...filters.sourceOnly];
  const rrsets = all.filter((r) => !filtered.some((p) => matchesPattern(p, r, name)));
  const apexNs = { name, type: "NS", values: [] };
  if (!rrsets.some((r) => r.name === name && r.type === "NS") && !unmanaged.some((p) => matchesPattern(p, apexNs, name)))
    unmanaged.push({
      name: "@",
      types: ["NS"],
      appliesTo: "live",
      source: "no root NS in the zone file",
      location: entry.location
    });
  const providers = targets.map((t) => ({ name: t.id, type: t.class }));
  return {
    name,
    format: "octodns",
    rrsets,
    providers,
    unmanaged,
    thresholds: thresholds(entry, targets),
    location: entry.location,
    diagnostics
  };
}
function zoneSources(ctx, p, dir, rawName, idna) {
  const join = (f) => dir === "" ? f : `${dir}/${f}`;
  const out = [];
  const names = [.../* @__PURE__ */ new Set([rawName, idna])];
  if (p.splitExtension) {
    for (const n of names) {
      const splitDir = join(`${n.slice(0, -1)}${p.splitExtension}`);
      for (const f of ctx.files)
        if (f.startsWith(`${splitDir}/`) && !f.slice(splitDir.length + 1).includes("/") && f.endsWith(".yaml"))
          out.push(f);
    }
  }
  if (!p.disableZonefile) {
    const found = names.map((n) => join(`${n}yaml`)).filter((f) => ctx.fileSet.has(f));
    if (found[0]) out.push(found[0]);
  }
  if (p.sharedFilename) {
    const shared = join(p.sharedFilename);
    if (ctx.fileSet.has(shared)) out.push(shared);
  }
  return [...new Set(out)].sort();
}
function aliasZone(ctx, rawName, entry, byName) {
  const canon = canonicalName(rawName);
  const name = canon.ok ? canon.name : rawName;
  const sourceName = canonicalName(entry.alias);
  const source = sourceName.ok ? byName.get(sourceName.name) : void 0;
  const diagnostics = [];
  for (const r of source?.rrsets ?? [])
    if (!chargeRecords(ctx, r.values.length, entry.location, diagnostics)) break;
  if (!source)
    diagnostics.push({
      level: "error",
      message: `Invalid alias zone ${rawName}: source zone ${entry.alias} does not exist or is an alias zone`,
      location: entry.location,
      code: "octodns/config"
    });
  const rehome = (n) => source ? n === source.name ? name : n.slice(0, -source.name.length) + name : n;
  const providers = entry.targets.flatMap((id) => {
    const p = ctx.config.providers.get(id);
    return p ? [{ name: p.id, type: p.class }] : [];
  });
  return {
    name,
    format: "octodns",
    rrsets: (source?.rrsets ?? []).map((r) => ({ ...r, name: rehome(r.name) })),
    providers: providers.length > 0 ? providers : source?.providers ?? [],
    unmanaged: source?.unmanaged ?? [],
    thresholds: source?.thresholds ?? OCTODNS_DEFAULT_THRESHOLDS,
    location: entry.location,
    diagnostics
  };
}
export {
  OCTODNS_DEFAULT_THRESHOLDS,
  configCandidates,
  loadOctodns
};
