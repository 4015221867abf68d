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
 * the size a document would expand to through aliases (billion laughs), include depth, and
 * the review's input budget (`../budget.ts`): every file is charged each time it is read or
 * included, and every alias for the characters it repeats. Aliases are kept as shared nodes,
 * never copied, and a file included twice is parsed once and shared the same way, so a bomb
 * costs nothing until refused (docs/security.md, Input budgets).
 *
 * A large file whose root is a block mapping (a zone of a million names) is parsed a piece at a
 * time (rootPieceEvents), so that js-yaml's events of the whole file are never held at once;
 * what it gives is what the whole file gives, else the whole file is parsed.
 */

import { getScalarValue, parseEvents, type ScalarEvent } from 'js-yaml';
import { groupedDigits } from '../../model/count.js';
import { type Diagnostic, lineColumnIndex, type SourceLocation } from '../../model/location.js';
import {
  type BudgetMeter,
  budgetMessage,
  describeBytes,
  InputBudget,
  type InputLimits,
  recordsForCap,
  scaledCap,
} from '../budget.js';
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
  /** For the default budget; a raised one raises it (`yamlFileLimit`). */
  maxFileBytes: 8 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 10_000,
  /** Nodes a document may expand to through aliases. */
  maxExpandedNodes: 1_000_000,
  maxIncludeDepth: 8,
  maxIncludedFiles: 500,
} as const;

/**
 * The most characters one YAML file may hold under the review's budget: 8 MiB for the default
 * budget, grown with a raised one (`--max-records`) by the same ratio as its input limit
 * (formats/budget.ts, `scaledCap`). The cap guards the memory of one parse, which holds every
 * event and node of the file at once.
 */
export function yamlFileLimit(limits: InputLimits): number {
  return scaledCap(YAML_LIMITS.maxFileBytes, limits);
}

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
  /**
   * The review's input budget; without it, the default limits for this file alone. Charged
   * with each file's characters every time it is read or included, and with the characters
   * every alias repeats (what the document expands to beyond its own text).
   */
  readonly budget?: BudgetMeter | undefined;
  /**
   * For tests: the size of the pieces a large file is parsed in (rootPieceEvents), and of a
   * file that is parsed in pieces (more than twice it). Default about a million characters.
   */
  readonly pieceChars?: number | undefined;
  /**
   * Takes the root mapping's entries one at a time, in order, instead of the tree holding them
   * (a zone file of a million names: its records are read as it is parsed, and no tree of the
   * whole file is ever held). The returned root is then the mapping with no entries. When the
   * file turns out to need the whole tree (an alias, an `!include`, a `<<` or a repeated key at
   * the root, or any error), `restart` is called and every entry is handed over again from the
   * first, from the whole tree.
   */
  readonly rootEntries?: RootEntrySink | undefined;
}

export interface RootEntrySink {
  entry(entry: YEntry): void;
  restart(): void;
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
    readonly code = 'octodns/yaml',
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
  const state: LoadState = {
    files: [file],
    warnings: [],
    options,
    includes: 0,
    aliases: false,
    budget: options.budget ?? new InputBudget().meter(),
    parsed: new Map(),
    charged: new Set(),
  };
  try {
    const sink = options.rootEntries;
    if (sink) {
      const streamed = streamRootEntries(file, text, state, sink);
      if (streamed) return { ok: true, doc: { ...streamed, files: state.files } };
    }
    const resolved = await resolveDocument(use(file, text, { file, line: 1 }, state), state, 0, [
      file,
    ]);
    const root = resolved && construct(resolved, state);
    if (sink && root?.kind === 'map') {
      for (const entry of root.entries) sink.entry(entry);
      return {
        ok: true,
        doc: { root: { ...root, entries: [] }, files: state.files, warnings: state.warnings },
      };
    }
    return { ok: true, doc: { root, files: state.files, warnings: state.warnings } };
  } catch (e) {
    if (e instanceof YamlError)
      return {
        ok: false,
        error: { level: 'error', message: e.message, location: e.location, code: e.code },
      };
    throw e;
  }
}

interface LoadState {
  readonly files: string[];
  readonly warnings: Diagnostic[];
  readonly options: YamlLoadOptions;
  includes: number;
  /** Any alias in the file or its includes (the expansion check is needed only then). */
  aliases: boolean;
  readonly budget: BudgetMeter;
  /** Each file parsed once: an include read again shares the tree, as an alias does. */
  readonly parsed: Map<string, RawDocument>;
  /** Files a streamed attempt charged already (its restart reads them again for free). */
  readonly charged: Set<string>;
}

/** Thrown inside a streamed attempt: the file needs its whole tree (see streamRootEntries). */
class NeedsWholeTree extends Error {}

/**
 * The main file's root entries handed to the sink as the file is parsed (rootEntries): a
 * piece's events, raw nodes and built entries at a time, so that neither js-yaml's events nor
 * either tree of the whole file is ever held. Only a large file whose root is a block mapping,
 * with no alias, `!include`, `<<` or repeated key at the root: those need the whole tree, as
 * does any error (its message and place are the whole tree's). Then the sink restarts and the
 * answer is undefined: the caller reads the file as always (without charging it again).
 */
function streamRootEntries(
  file: string,
  text: string,
  state: LoadState,
  sink: RootEntrySink,
): { root: YNode; warnings: Diagnostic[] } | undefined {
  const pieceChars = state.options.pieceChars ?? PIECE_CHARS;
  if (text.length <= 2 * pieceChars || text.length > yamlFileLimit(state.budget.limits))
    return undefined;
  if (!state.budget.read(text.length)) throw overBudget(state.budget, file, { file, line: 1 });
  state.charged.add(file);
  const warnings = state.warnings.length;
  const build = builder(state);
  const keys = new Set<string>();
  const order: Pick<YEntry, 'key' | 'keyLoc'>[] = [];
  let delivered = false;
  try {
    const doc = buildRaw(
      file,
      text,
      lineColumnIndex(text),
      rootPieceEvents(text, file, pieceChars),
      (k, v) => {
        if (
          k.kind !== 'scalar' ||
          (k.tag === undefined && k.value.type === 'str' && k.raw === '<<')
        )
          throw new NeedsWholeTree();
        const key = pyStr(taggedScalar(k));
        if (keys.has(key)) throw new NeedsWholeTree();
        keys.add(key);
        if (state.options.enforceOrder) order.push({ key, keyLoc: k.loc });
        const value = build(v);
        delivered = true;
        sink.entry({ key, keyLoc: k.loc, value });
      },
    );
    const root = doc.root;
    if (root?.kind !== 'map' || (root.tag !== undefined && root.tag !== `${YAML_TAG}map`))
      throw new NeedsWholeTree();
    if (state.options.enforceOrder) checkOrder(order, state.options.enforceOrder);
    return { root: { kind: 'map', entries: [], loc: root.loc }, warnings: state.warnings };
  } catch {
    state.warnings.length = warnings;
    if (delivered) sink.restart();
    return undefined;
  }
}

/**
 * One use of a file (the main file, or one `!include` of it): its characters are charged to
 * the budget before it is parsed (or shared, when it was parsed already).
 */
function use(file: string, text: string, at: SourceLocation, state: LoadState): RawDocument {
  if (!state.charged.has(file) && !state.budget.read(text.length))
    throw overBudget(state.budget, file, at);
  state.charged.delete(file);
  let doc = state.parsed.get(file);
  if (!doc) {
    doc = parseRaw(file, text, yamlFileLimit(state.budget.limits), state.options.pieceChars);
    state.parsed.set(file, doc);
  }
  return doc;
}

function overBudget(
  meter: BudgetMeter,
  file: string,
  at: SourceLocation,
  doing?: string,
): YamlError {
  // Only bytes are charged here; records are charged where octoDNS records are made.
  return new YamlError(budgetMessage('bytes', meter.limits, file, doing), at, 'octodns/budget');
}

// ---- raw tree from events -------------------------------------------------------------

/** Memo slots on the node itself: cheaper than Maps for trees of a million nodes. */
interface Memo {
  size?: number;
  /** Characters of the scalars under the node, aliases and includes expanded. */
  weight?: number;
  built?: YNode;
  resolved?: RawNode;
}
type RawNode = Memo &
  (
    | { kind: 'scalar'; value: PyScalar; tag: string | undefined; loc: SourceLocation; raw: string }
    | { kind: 'seq'; items: RawNode[]; tag: string | undefined; loc: SourceLocation }
    | { kind: 'map'; pairs: [RawNode, RawNode][]; tag: string | undefined; loc: SourceLocation }
  );

interface RawDocument {
  readonly root: RawNode | undefined;
  /** Whether any alias occurs: only then can the document expand beyond its own size. */
  readonly aliases: boolean;
  /** `!include` scalars, in document order. */
  readonly includes: (RawNode & { kind: 'scalar' })[];
  /** Each alias: the node it repeats and where it stands. */
  readonly aliasUses: { readonly target: RawNode; readonly loc: SourceLocation }[];
}

function firstOffset(a: number, b: number, c: number): number {
  let m = a;
  if (b >= 0 && (m < 0 || b < m)) m = b;
  if (c >= 0 && (m < 0 || c < m)) m = c;
  return m;
}

const YAML_TAG = 'tag:yaml.org,2002:';

function expandTag(tag: string): string {
  if (tag.startsWith('!<') && tag.endsWith('>')) return tag.slice(2, -1);
  if (tag.startsWith('!!')) return YAML_TAG + tag.slice(2);
  return tag;
}

/** Builds the raw node tree of the file's single document (undefined when empty). */
function parseRaw(
  file: string,
  text: string,
  maxBytes: number,
  pieceChars = PIECE_CHARS,
): RawDocument {
  if (text.length > maxBytes)
    throw new YamlError(
      `file is ${groupedDigits(text.length)} bytes, over the limit of ${describeBytes(maxBytes)} for one YAML file (it grows with the review's budget: --max-records ${recordsForCap(YAML_LIMITS.maxFileBytes, text.length)} reads it; see docs/security.md, Input budgets)`,
      { file },
    );
  const lineColumnAt = lineColumnIndex(text);
  if (text.length > 2 * pieceChars) {
    try {
      return buildRaw(file, text, lineColumnAt, rootPieceEvents(text, file, pieceChars));
    } catch {
      // Not a file of root keys a piece at a time, or a file with a problem: the parse of the
      // whole file says what it is, in the words and at the place it always has.
    }
  }
  return buildRaw(file, text, lineColumnAt, [wholeFileEvents(file, text)]);
}

type YamlEvent = ReturnType<typeof parseEvents>[number];

function wholeFileEvents(file: string, text: string): readonly YamlEvent[] {
  try {
    return parseEvents(text, { filename: file, maxDepth: YAML_LIMITS.maxDepth });
  } catch (e) {
    const err = e as { reason?: string; message?: string; mark?: { line: number; column: number } };
    const where = err.mark
      ? { file, line: err.mark.line + 1, column: err.mark.column + 1 }
      : { file };
    let message = err.reason ?? String(err.message);
    // The classic octoDNS TXT mistake: `"v=DMARC1\; p=none"`; `\;` is no YAML escape.
    const line = err.mark ? (text.split('\n', err.mark.line + 1)[err.mark.line] ?? '') : '';
    if (/escape/.test(message) && line.includes('\\;'))
      message += ' (write TXT values containing \\; unquoted or in single quotes)';
    throw new YamlError(message, where);
  }
}

/** A large file is parsed a piece of about this many characters at a time (rootPieceEvents). */
const PIECE_CHARS = 1 << 20;
/** Files longer than this are read a piece at a time (streamRootEntries), never held whole. */
export const STREAMED_ABOVE = 2 * PIECE_CHARS;

/** A line starting with one of these (a letter, digit, `_`, a quote) may start a root key. */
function mayStartRootKey(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 34 ||
    code === 39
  );
}

/** An event's offsets, moved by `by` (each one that is set: -1 is "none"). */
function moveEvent(ev: YamlEvent, by: number): void {
  if (ev.type === 1 || ev.type === 6) return;
  // Field by field on the three shapes, not by name in a loop: a million RRsets are a dozen
  // million events, and a keyed access on mixed shapes cost seconds.
  const e = ev as unknown as {
    start: number;
    anchorStart: number;
    anchorEnd: number;
    tagStart: number;
    tagEnd: number;
    valueStart: number;
    valueEnd: number;
  };
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

/**
 * The events of a file whose root is a block mapping, parsed a piece at a time: js-yaml keeps
 * every event of what it parses (about 100 bytes each, a dozen for an RRset written in one line:
 * 1.2 GB at once for a zone of a million RRsets), so each piece's events are dropped once the
 * tree has them. A piece ends before a line that starts at column 0 with what may be a key; at
 * such a line a block mapping at the root starts its next key, and every construct that could
 * run on past it (a flow collection, a quoted string over several lines) leaves the piece
 * unparseable instead. Each piece must parse as exactly one document holding one block mapping
 * (no `---` or `...` inside); its events, moved to the file's offsets and without the
 * document's and the mapping's own start and end, continue the first piece's mapping. Anything
 * else throws, and the caller parses the whole file at once (so every error is the one the
 * whole file's parse gives).
 */
function* rootPieceEvents(
  text: string,
  file: string,
  pieceChars: number,
): Generator<readonly YamlEvent[]> {
  const starts = [0];
  for (let at = pieceChars; at < text.length; ) {
    let nl = text.indexOf('\n', at);
    while (nl >= 0 && nl + 1 < text.length && !mayStartRootKey(text.charCodeAt(nl + 1)))
      nl = text.indexOf('\n', nl + 1);
    if (nl < 0 || nl + 1 >= text.length) break;
    starts.push(nl + 1);
    at = nl + 1 + pieceChars;
  }
  const notSplit = () => new Error('not a file of root keys a piece at a time');
  for (let i = 0; i < starts.length; i++) {
    const base = starts[i]!;
    const last = i === starts.length - 1;
    const events = parseEvents(text.slice(base, starts[i + 1] ?? text.length), {
      filename: file,
      maxDepth: YAML_LIMITS.maxDepth,
    });
    const doc = events[0];
    const map = events[1];
    if (
      events.length < 4 ||
      doc?.type !== 1 ||
      doc.explicitEnd ||
      (i > 0 && doc.explicitStart) ||
      map?.type !== 3 ||
      map.style !== 1 ||
      (i > 0 && (map.start !== 0 || map.anchorStart >= 0 || map.tagStart >= 0)) ||
      events[events.length - 1]!.type !== 6 ||
      events[events.length - 2]!.type !== 6
    )
      throw notSplit();
    for (let e = 2; e < events.length; e++) {
      const ev = events[e]!;
      if (ev.type === 1) throw notSplit();
      if (base > 0) moveEvent(ev, base);
    }
    yield events.slice(i === 0 ? 0 : 2, last ? events.length : -2);
  }
}

/** The raw node tree of one document, from its events (in one batch or several). */
function buildRaw(
  file: string,
  text: string,
  lineColumnAt: ReturnType<typeof lineColumnIndex>,
  batches: Iterable<readonly YamlEvent[]>,
  rootPair?: (key: RawNode, value: RawNode) => void,
): RawDocument {
  const loc = (offset: number): SourceLocation => {
    const { line, column } = lineColumnAt(offset);
    return { file, line, column };
  };
  const anchors = new Map<string, RawNode>();
  const stack: { node: RawNode & { kind: 'seq' | 'map' }; anchor?: string; key?: RawNode }[] = [];
  let root: RawNode | undefined;
  const includes: (RawNode & { kind: 'scalar' })[] = [];
  const aliasUses: RawDocument['aliasUses'] = [];
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

  for (const events of batches)
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
          const start = firstOffset(ev.start, ev.anchorStart, ev.tagStart);
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
          const start = firstOffset(valueStart, ev.anchorStart, ev.tagStart);
          const at = loc(start);
          const raw = decodeScalar(text, ev, file, at);
          const node: RawNode = {
            kind: 'scalar',
            value:
              quoted || tag !== undefined ? { type: 'str', value: raw } : resolvePlainScalar(raw),
            tag,
            loc: at,
            raw,
          };
          attach(node);
          if (tag === '!include') {
            if (rootPair) throw new NeedsWholeTree();
            includes.push(node as RawNode & { kind: 'scalar' });
          }
          const anchor = slice(ev.anchorStart, ev.anchorEnd);
          if (anchor !== undefined) anchors.set(anchor, node);
          break;
        }
        case 5: {
          if (rootPair) throw new NeedsWholeTree();
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
          aliasUses.push({ target, loc: loc(ev.anchorStart - 1) });
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
      // A root entry is complete when the root mapping is the only node open again.
      if (rootPair && stack.length === 1 && stack[0]!.node.kind === 'map') {
        const pairs = stack[0]!.node.pairs;
        for (const [k, v] of pairs) rootPair(k, v);
        pairs.length = 0;
      }
    }
  return { root, includes, aliasUses, aliases: aliases > 0 };
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

/**
 * Loads every `!include` of a document (async: files are read through the SourceTree), then
 * substitutes them in one synchronous pass. Documents without includes are returned as they are.
 */
async function resolveDocument(
  doc: RawDocument,
  state: LoadState,
  depth: number,
  chain: readonly string[],
): Promise<RawNode | undefined> {
  if (doc.aliases) state.aliases = true;
  if (!doc.root) return doc.root;
  let root = doc.root;
  if (doc.includes.length > 0) {
    for (const node of doc.includes) node.resolved = await include(node, state, depth, chain);
    const visit = (node: RawNode): RawNode => {
      if (node.resolved) return node.resolved;
      let out: RawNode = node;
      if (node.kind === 'seq') out = { ...node, items: node.items.map(visit) };
      else if (node.kind === 'map')
        out = { ...node, pairs: node.pairs.map(([k, v]) => [k, visit(v)]) };
      node.resolved = out;
      return out;
    };
    root = visit(doc.root);
  }
  chargeAliases(doc, state);
  return root;
}

/**
 * Charges what each alias of one use of a document repeats (its target, with the includes and
 * aliases inside it expanded): 200 aliases of a 1 MB anchor read 200 MB (before: 55 s, 0.96 GB
 * downstream). The first alias past the budget is the error's place.
 */
function chargeAliases(doc: RawDocument, state: LoadState): void {
  for (const { target, loc } of doc.aliasUses)
    if (!state.budget.read(weight(target.resolved ?? target)))
      throw overBudget(state.budget, loc.file, loc, 'expanding the aliases of');
}

function weight(node: RawNode): number {
  if (node.weight !== undefined) return node.weight;
  let n = 1;
  if (node.kind === 'scalar') n = Math.max(1, node.raw.length);
  else if (node.kind === 'seq') for (const i of node.items) n += weight(i.resolved ?? i);
  else for (const [k, v] of node.pairs) n += weight(k) + weight(v.resolved ?? v);
  node.weight = Math.min(n, Number.MAX_SAFE_INTEGER);
  return node.weight;
}

async function include(
  node: RawNode & { kind: 'scalar' },
  state: LoadState,
  depth: number,
  chain: readonly string[],
): Promise<RawNode> {
  const read = state.options.readInclude;
  if (!read) throw new YamlError('!include is not allowed here', node.loc);
  if (depth + 1 > YAML_LIMITS.maxIncludeDepth)
    throw new YamlError(`!include nested more than ${YAML_LIMITS.maxIncludeDepth} deep`, node.loc);
  if (++state.includes > YAML_LIMITS.maxIncludedFiles)
    throw new YamlError(`more than ${YAML_LIMITS.maxIncludedFiles} !include files`, node.loc);
  const got = await read(node.loc.file, node.raw);
  if ('error' in got) throw new YamlError(got.error, node.loc);
  if (chain.includes(got.path))
    throw new YamlError(`!include ${node.raw} includes itself (${chain.join(' -> ')})`, node.loc);
  if (!state.files.includes(got.path)) state.files.push(got.path);
  const doc = use(got.path, got.text, node.loc, state);
  const resolved = await resolveDocument(doc, state, depth + 1, [...chain, got.path]);
  // An empty included file is None in PyYAML.
  return (
    resolved ?? { kind: 'scalar', value: { type: 'null' }, tag: undefined, loc: node.loc, raw: '' }
  );
}

// ---- construction -----------------------------------------------------------------------

/** Turns the raw tree into the final one: tags applied, merges flattened, keys checked. */
function construct(root: RawNode, state: LoadState): YNode {
  const size = (node: RawNode): number => {
    if (node.size !== undefined) return node.size;
    let n = 1;
    if (node.kind === 'seq') for (const i of node.items) n += size(i);
    else if (node.kind === 'map') for (const [k, v] of node.pairs) n += size(k) + size(v);
    node.size = Math.min(n, Number.MAX_SAFE_INTEGER);
    return node.size;
  };
  const total = state.aliases ? size(root) : 0;
  if (total > YAML_LIMITS.maxExpandedNodes)
    throw new YamlError(
      `document expands to ${total > 1e15 ? 'more than 10^15' : total} nodes through aliases (limit ${YAML_LIMITS.maxExpandedNodes}): refusing an alias bomb`,
      root.loc,
    );
  return builder(state)(root);
}

/** Builds raw nodes into final ones, each once (an alias shares its anchor's). */
function builder(state: LoadState): (node: RawNode) => YNode {
  const build = (node: RawNode): YNode => {
    if (node.built) return node.built;
    node.built = buildNode(node, build, state);
    // Construction is the last reader of the raw tree, and a node built once is only ever
    // asked for `built` again: dropping its raw children lets the raw tree go while the built
    // one grows.
    if (node.kind === 'seq') node.items = [];
    else if (node.kind === 'map') node.pairs = [];
    return node.built;
  };
  return build;
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

  // octoDNS's flatten_mapping puts merged pairs where the `<<` key stands (a list of mappings
  // in reverse, so the first one wins); the dict then keeps each key's first position and its
  // last value. Most maps are small (a record's keys): a linear scan, with an index only for
  // big ones (a zone's names).
  const entries: YEntry[] = [];
  const local: boolean[] = [];
  let index: Map<string, number> | undefined;
  const find = (key: string): number => {
    if (index) return index.get(key) ?? -1;
    for (let i = 0; i < entries.length; i++) if (entries[i]!.key === key) return i;
    return -1;
  };
  const put = (key: string, keyLoc: SourceLocation, value: YNode, written: boolean) => {
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
        level: 'warning',
        message: `duplicate key "${key}": octoDNS keeps only the last one`,
        location: keyLoc,
        code: 'octodns/duplicate-key',
      });
    entries[at] = { key, keyLoc: entries[at]!.keyLoc, value };
    local[at] = local[at]! || written;
  };
  for (const [k, v] of node.pairs) {
    if (k.kind !== 'scalar')
      throw new YamlError('a mapping key must be a scalar (octoDNS keys are names)', k.loc);
    if (k.tag === undefined && k.value.type === 'str' && k.raw === '<<') {
      const sources = mergeSources(build(v), v.loc);
      for (let m = sources.length - 1; m >= 0; m--)
        for (const e of sources[m]!.entries) put(e.key, e.keyLoc, e.value, false);
      continue;
    }
    put(pyStr(taggedScalar(k)), k.loc, build(v), true);
  }
  const map: YMap = { kind: 'map', entries, loc: node.loc };
  if (state.options.enforceOrder) checkOrder(map.entries, state.options.enforceOrder);
  return map;
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

function checkOrder(entries: readonly Pick<YEntry, 'key' | 'keyLoc'>[], mode: OrderMode): void {
  const compare = mode === 'natural' ? naturalCompare : simpleCompare;
  const keys = entries.map((e) => e.key);
  // Sorted means every neighbour pair is in order: O(n) compares; sort only to explain.
  let bad = -1;
  for (let i = 1; i < keys.length && bad < 0; i++) if (compare(keys[i - 1]!, keys[i]!) > 0) bad = i;
  if (bad < 0) return;
  const sorted = [...keys].sort(compare);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== sorted[i])
      throw new YamlError(
        `keys out of order: expected ${sorted[i]} got ${keys[i]} (octoDNS enforce_order)`,
        entries[i]!.keyLoc,
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
    case 'timestamp':
      return 'a date';
    case 'null':
      return 'null';
  }
}
