/**
 * octoDNS's YAML loader, rebuilt on js-yaml's event parser so that every node keeps its file,
 * line and column (octoDNS reports `file, line N, column M` the same way). Why events and not
 * `load()`: plain objects lose positions and reorder integer-like keys, and the key-order rule
 * must see the order the file was written in.
 *
 * Semantics kept from octoDNS (PyYAML SafeLoader + its ContextLoader):
 * - YAML 1.1 scalars (`yaml11.ts`); mapping keys become Python values, later duplicates win;
 * - `<<` merges (a mapping, a list of mappings, or `!include`), local keys win;
 * - `!include path` relative to the including file, loaded with the same loader;
 * - with `enforce_order`, every mapping's keys must already be in natural (or simple) order.
 *
 * Hostile input is bounded: file size, nesting depth (js-yaml's `maxDepth`), alias count,
 * the size a document would expand to through aliases (billion laughs), include depth.
 * Aliases are kept as shared nodes, never copied, so a bomb costs nothing until refused.
 */
import { getScalarValue, parseEvents, type ScalarEvent } from 'js-yaml';
import type { Diagnostic, SourceLocation } from '../../model/location.js';
import {
  naturalCompare,
  type PyScalar,
  pyStr,
  resolvePlainScalar,
  simpleCompare,
} from './yaml11.js';

export interface YScalar {
  readonly kind: 'scalar';
  readonly value: PyScalar;
  readonly loc: SourceLocation;
}
export interface YSeq {
  readonly kind: 'seq';
  readonly items: readonly YNode[];
  readonly loc: SourceLocation;
}
export interface YEntry {
  /** Python `str()` of the key. */
  readonly key: string;
  readonly keyLoc: SourceLocation;
  readonly value: YNode;
}
export interface YMap {
  readonly kind: 'map';
  /** Unique keys in the order the constructed dict has them. */
  readonly entries: readonly YEntry[];
  readonly loc: SourceLocation;
}
export type YNode = YScalar | YSeq | YMap;

export const YAML_LIMITS = {
  maxFileBytes: 8 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 10_000,
  /** Nodes a document may expand to through aliases. */
  maxExpandedNodes: 1_000_000,
  maxIncludeDepth: 8,
  maxIncludedFiles: 500,
} as const;

export type OrderMode = 'natural' | 'simple';

export interface YamlLoadOptions {
  /** Key order check as octoDNS's `enforce_order` (undefined: off). */
  readonly enforceOrder?: OrderMode | undefined;
  /**
   * Reads an included file. `from` is the including file; returns the repository-relative
   * path and text, or a message when it cannot (missing, outside the repository).
   */
  readonly readInclude?: (
    from: string,
    target: string,
  ) => Promise<{ path: string; text: string } | { error: string }>;
}

export interface YamlDocument {
  readonly root: YNode | undefined;
  /** Every file read, the main one first (includes after). */
  readonly files: readonly string[];
  readonly warnings: readonly Diagnostic[];
}

export class YamlError extends Error {
  constructor(
    message: string,
    readonly location: SourceLocation,
  ) {
    super(message);
    this.name = 'YamlError';
  }
}

/** Parses and constructs one YAML file (with its includes) or returns the error. */
export async function loadYaml(
  file: string,
  text: string,
  options: YamlLoadOptions = {},
): Promise<{ ok: true; doc: YamlDocument } | { ok: false; error: Diagnostic }> {
  const state: LoadState = { files: [file], warnings: [], options, includes: 0 };
  try {
    const raw = parseRaw(file, text);
    const resolved = raw && (await resolveIncludes(raw, state, 0, [file]));
    const root = resolved && construct(resolved, state);
    return { ok: true, doc: { root, files: state.files, warnings: state.warnings } };
  } catch (e) {
    if (e instanceof YamlError)
      return {
        ok: false,
        error: { level: 'error', message: e.message, location: e.location, code: 'octodns/yaml' },
      };
    throw e;
  }
}

interface LoadState {
  readonly files: string[];
  readonly warnings: Diagnostic[];
  readonly options: YamlLoadOptions;
  includes: number;
}

// ---- raw tree from events -------------------------------------------------------------

type RawNode =
  | { kind: 'scalar'; value: PyScalar; tag: string | undefined; loc: SourceLocation; raw: string }
  | { kind: 'seq'; items: RawNode[]; tag: string | undefined; loc: SourceLocation }
  | { kind: 'map'; pairs: [RawNode, RawNode][]; tag: string | undefined; loc: SourceLocation };

const YAML_TAG = 'tag:yaml.org,2002:';

function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

function expandTag(tag: string): string {
  if (tag.startsWith('!<') && tag.endsWith('>')) return tag.slice(2, -1);
  if (tag.startsWith('!!')) return YAML_TAG + tag.slice(2);
  return tag;
}

/** Builds the raw node tree of the file's single document (undefined when empty). */
function parseRaw(file: string, text: string): RawNode | undefined {
  if (text.length > YAML_LIMITS.maxFileBytes)
    throw new YamlError(
      `file is ${text.length} bytes, over the ${YAML_LIMITS.maxFileBytes}-byte limit`,
      { file },
    );
  const at = lineIndex(text);
  const loc = (offset: number): SourceLocation => ({ file, ...at(Math.max(0, offset)) });
  let events: ReturnType<typeof parseEvents>;
  try {
    events = parseEvents(text, { filename: file, maxDepth: YAML_LIMITS.maxDepth });
  } catch (e) {
    const err = e as { reason?: string; message?: string; mark?: { line: number; column: number } };
    const where = err.mark
      ? { file, line: err.mark.line + 1, column: err.mark.column + 1 }
      : { file };
    throw new YamlError(err.reason ?? String(err.message), where);
  }
  const anchors = new Map<string, RawNode>();
  const stack: { node: RawNode & { kind: 'seq' | 'map' }; anchor?: string; key?: RawNode }[] = [];
  let root: RawNode | undefined;
  let documents = 0;
  let aliases = 0;
  const slice = (s: number, e: number) => (s >= 0 ? text.slice(s, e) : undefined);

  const attach = (node: RawNode) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = node;
      return;
    }
    if (top.node.kind === 'seq') top.node.items.push(node);
    else if (top.key === undefined) top.key = node;
    else {
      top.node.pairs.push([top.key, node]);
      top.key = undefined;
    }
  };

  for (const ev of events) {
    switch (ev.type) {
      case 1:
        documents++;
        if (documents > 1)
          throw new YamlError('expected a single YAML document, found several', { file });
        break;
      case 2:
      case 3: {
        const tagText = slice(ev.tagStart, ev.tagEnd);
        const tag = tagText === undefined ? undefined : expandTag(tagText);
        const start = Math.min(...[ev.start, ev.anchorStart, ev.tagStart].filter((x) => x >= 0));
        const node: RawNode & { kind: 'seq' | 'map' } =
          ev.type === 2
            ? { kind: 'seq', items: [], tag, loc: loc(start) }
            : { kind: 'map', pairs: [], tag, loc: loc(start) };
        attach(node);
        const anchor = slice(ev.anchorStart, ev.anchorEnd);
        stack.push(anchor === undefined ? { node } : { node, anchor });
        break;
      }
      case 4: {
        const tagText = slice(ev.tagStart, ev.tagEnd);
        const tag = tagText === undefined ? undefined : expandTag(tagText);
        const quoted = ev.style !== 1;
        // Quoted scalars' offsets point inside the quote; report the quote itself.
        const valueStart = ev.style === 2 || ev.style === 3 ? ev.valueStart - 1 : ev.valueStart;
        const start = Math.min(...[valueStart, ev.anchorStart, ev.tagStart].filter((x) => x >= 0));
        const raw = decodeScalar(text, ev, file, loc(start));
        const node: RawNode = {
          kind: 'scalar',
          value:
            quoted || tag !== undefined ? { type: 'str', value: raw } : resolvePlainScalar(raw),
          tag,
          loc: loc(start),
          raw,
        };
        attach(node);
        const anchor = slice(ev.anchorStart, ev.anchorEnd);
        if (anchor !== undefined) anchors.set(anchor, node);
        break;
      }
      case 5: {
        const name = text.slice(ev.anchorStart, ev.anchorEnd);
        if (++aliases > YAML_LIMITS.maxAliases)
          throw new YamlError(
            `more than ${YAML_LIMITS.maxAliases} aliases in one document`,
            loc(ev.anchorStart - 1),
          );
        const target = anchors.get(name);
        if (!target)
          throw new YamlError(
            `alias *${name} refers to no complete anchor &${name}`,
            loc(ev.anchorStart - 1),
          );
        attach(target);
        break;
      }
      case 6: {
        const top = stack.pop();
        // Anchors are registered when their node is complete, so an alias can never refer to
        // an enclosing node (no cycles).
        if (top?.anchor !== undefined) anchors.set(top.anchor, top.node);
        break;
      }
    }
  }
  return root;
}

function decodeScalar(
  text: string,
  ev: { valueStart: number; valueEnd: number },
  file: string,
  where: SourceLocation,
): string {
  try {
    return getScalarValue(text, ev as ScalarEvent);
  } catch (e) {
    throw new YamlError(`cannot read scalar: ${(e as Error).message}`, { ...where, file });
  }
}

// ---- includes ---------------------------------------------------------------------------

async function resolveIncludes(
  root: RawNode,
  state: LoadState,
  depth: number,
  chain: readonly string[],
): Promise<RawNode> {
  const memo = new Map<RawNode, RawNode>();
  const visit = async (node: RawNode): Promise<RawNode> => {
    const done = memo.get(node);
    if (done) return done;
    let out: RawNode;
    if (node.kind === 'scalar') {
      out = node.tag === '!include' ? await include(node) : node;
    } else if (node.kind === 'seq') {
      const items: RawNode[] = [];
      for (const item of node.items) items.push(await visit(item));
      out = { ...node, items };
    } else {
      const pairs: [RawNode, RawNode][] = [];
      for (const [k, v] of node.pairs) pairs.push([k, await visit(v)]);
      out = { ...node, pairs };
    }
    memo.set(node, out);
    return out;
  };
  const include = async (node: RawNode & { kind: 'scalar' }): Promise<RawNode> => {
    const read = state.options.readInclude;
    if (!read) throw new YamlError('!include is not allowed here', node.loc);
    if (depth + 1 > YAML_LIMITS.maxIncludeDepth)
      throw new YamlError(
        `!include nested more than ${YAML_LIMITS.maxIncludeDepth} deep`,
        node.loc,
      );
    if (++state.includes > YAML_LIMITS.maxIncludedFiles)
      throw new YamlError(`more than ${YAML_LIMITS.maxIncludedFiles} !include files`, node.loc);
    const got = await read(node.loc.file, node.raw);
    if ('error' in got) throw new YamlError(got.error, node.loc);
    if (chain.includes(got.path))
      throw new YamlError(`!include ${node.raw} includes itself (${chain.join(' -> ')})`, node.loc);
    if (!state.files.includes(got.path)) state.files.push(got.path);
    const raw = parseRaw(got.path, got.text);
    // An empty included file is None in PyYAML.
    if (!raw)
      return { kind: 'scalar', value: { type: 'null' }, tag: undefined, loc: node.loc, raw: '' };
    return resolveIncludes(raw, state, depth + 1, [...chain, got.path]);
  };
  return visit(root);
}

// ---- construction -----------------------------------------------------------------------

/** Turns the raw tree into the final one: tags applied, merges flattened, keys checked. */
function construct(root: RawNode, state: LoadState): YNode {
  const memo = new Map<RawNode, YNode>();
  const sizes = new Map<RawNode, number>();
  const size = (node: RawNode): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let n = 1;
    if (node.kind === 'seq') for (const i of node.items) n += size(i);
    else if (node.kind === 'map') for (const [k, v] of node.pairs) n += size(k) + size(v);
    sizes.set(node, Math.min(n, Number.MAX_SAFE_INTEGER));
    return n;
  };
  const total = size(root);
  if (total > YAML_LIMITS.maxExpandedNodes)
    throw new YamlError(
      `document expands to ${total > 1e15 ? 'more than 10^15' : total} nodes through aliases (limit ${YAML_LIMITS.maxExpandedNodes}): refusing an alias bomb`,
      root.loc,
    );
  const build = (node: RawNode): YNode => {
    const done = memo.get(node);
    if (done) return done;
    const out = buildNode(node, build, state);
    memo.set(node, out);
    return out;
  };
  return build(root);
}

function buildNode(node: RawNode, build: (n: RawNode) => YNode, state: LoadState): YNode {
  if (node.kind === 'scalar') return { kind: 'scalar', value: taggedScalar(node), loc: node.loc };
  if (node.kind === 'seq') {
    if (node.tag !== undefined && node.tag !== `${YAML_TAG}seq`)
      throw new YamlError(`unsupported tag ${node.tag} on a sequence`, node.loc);
    return { kind: 'seq', items: node.items.map(build), loc: node.loc };
  }
  if (node.tag !== undefined && node.tag !== `${YAML_TAG}map`)
    throw new YamlError(`unsupported tag ${node.tag} on a mapping`, node.loc);

  // Flatten `<<` merges first (PyYAML's flatten_mapping), then build a dict: the first
  // position of a key is kept, the last value wins (Python dict semantics).
  const flat: { key: string; keyLoc: SourceLocation; value: RawNode }[] = [];
  const merged: { key: string; keyLoc: SourceLocation; value: YNode }[] = [];
  for (const [k, v] of node.pairs) {
    if (k.kind !== 'scalar')
      throw new YamlError('a mapping key must be a scalar (octoDNS keys are names)', k.loc);
    if (k.tag === undefined && k.value.type === 'str' && k.raw === '<<' && isPlain(k)) {
      for (const source of mergeSources(build(v), v.loc)) merged.push(...source.entries);
      continue;
    }
    flat.push({ key: pyStr(taggedScalar(k)), keyLoc: k.loc, value: v });
  }
  const entries = new Map<string, YEntry>();
  // Merged keys come first in PyYAML's flattened list; local keys override them.
  for (const m of merged) if (!entries.has(m.key)) entries.set(m.key, m);
  const local = new Set<string>();
  for (const f of flat) {
    const value = build(f.value);
    if (local.has(f.key))
      state.warnings.push({
        level: 'warning',
        message: `duplicate key "${f.key}": octoDNS keeps only the last one`,
        location: f.keyLoc,
        code: 'octodns/duplicate-key',
      });
    local.add(f.key);
    const prev = entries.get(f.key);
    entries.set(f.key, prev ? { ...prev, value } : { key: f.key, keyLoc: f.keyLoc, value });
  }
  const map: YMap = { kind: 'map', entries: [...entries.values()], loc: node.loc };
  if (state.options.enforceOrder) checkOrder(map, state.options.enforceOrder);
  return map;
}

function isPlain(k: RawNode & { kind: 'scalar' }): boolean {
  return k.value.type === 'str' && k.raw === '<<';
}

/** What a `<<` value contributes: a mapping, or a list of mappings (later ones lose). */
function mergeSources(value: YNode, loc: SourceLocation): YMap[] {
  if (value.kind === 'map') return [value];
  if (value.kind === 'seq' && value.items.every((i) => i.kind === 'map')) {
    // The first mapping in the list wins over later ones.
    return value.items as YMap[];
  }
  throw new YamlError('expected a mapping or list of mappings for merging (<<)', loc);
}

function taggedScalar(node: RawNode & { kind: 'scalar' }): PyScalar {
  const tag = node.tag;
  if (tag === undefined || tag === `${YAML_TAG}str`) return node.value;
  const resolved = resolvePlainScalar(node.raw);
  const want = tag.startsWith(YAML_TAG) ? tag.slice(YAML_TAG.length) : undefined;
  if (want === 'int' || want === 'float' || want === 'bool' || want === 'null') {
    if (resolved.type === want) return resolved;
    if (want === 'float' && resolved.type === 'int')
      return { type: 'float', value: Number(resolved.value) };
    throw new YamlError(`"${node.raw}" is not a valid !!${want}`, node.loc);
  }
  throw new YamlError(`unsupported tag ${tag}`, node.loc);
}

function checkOrder(map: YMap, mode: OrderMode): void {
  const compare = mode === 'natural' ? naturalCompare : simpleCompare;
  const keys = map.entries.map((e) => e.key);
  const sorted = [...keys].sort(compare);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== sorted[i])
      throw new YamlError(
        `keys out of order: expected ${sorted[i]} got ${keys[i]} (octoDNS enforce_order)`,
        map.entries[i]!.keyLoc,
      );
  }
}

// ---- small accessors for the readers ------------------------------------------------------

export function getEntry(map: YMap, key: string): YEntry | undefined {
  return map.entries.find((e) => e.key === key);
}

export function describe(node: YNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  switch (node.value.type) {
    case 'str':
      return 'a string';
    case 'int':
    case 'float':
      return 'a number';
    case 'bool':
      return `the boolean ${pyStr(node.value)}`;
    case 'null':
      return 'null';
  }
}
