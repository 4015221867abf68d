/**
 * Where two versions of one zone file differ, as hunks of whole lines at which the parser can
 * start afresh (issue 15). The two sides of a pull request usually differ in a few lines of a
 * large file; the second side's parse is then the first one's RRsets with those lines read
 * again (parse.ts, `reparse`), instead of every line.
 *
 * What makes a hunk boundary safe, so that the text between two hunks reads the same in both
 * versions: it begins outside parentheses (the only lexer state a line carries: a quoted string
 * and a comment end with their line, a backslash never joins two lines), and its first entry
 * names its owner (a blank owner would be the one of the line before, which may differ).
 * Directives are not looked at here: the parser refuses to reparse a hunk that holds one, and
 * takes `$ORIGIN` and `$TTL` at a hunk's start from what the complete parse noted.
 */

import { type RecordType, SINGLETON_TYPES } from '../../model/record-type.js';
import { type ByName, entryAt } from '../../model/rrset-map.js';
import { makeRRset, type RRset, sameValues } from '../../model/zone.js';

/** A changed part: offsets in the old and the new text, and line numbers (1-based) there. */
export interface Hunk {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
  /** Line number of the hunk's first line in the old text and in the new one. */
  readonly oldLine: number;
  readonly newLine: number;
  /** Line numbers of the first line after the hunk, in the old text and in the new one. */
  readonly oldEndLine: number;
  readonly newEndLine: number;
}

/** The state a directive of the file leaves: after it, names are relative to `origin`. */
export interface Mark {
  readonly line: number;
  readonly origin: string;
  readonly defaultTtl: number | undefined;
}

/** What a complete parse notes for a reparse of another version of the file. */
export interface Outline {
  /** The lines that begin inside parentheses, as `[first, last]` pairs in order (flat). */
  readonly inside: readonly number[];
  /** Every `$ORIGIN` and `$TTL`, in order. */
  readonly marks: readonly Mark[];
}

/** `$ORIGIN` and `$TTL` at old line `line`: what the last directive before it left. */
export function stateAt(marks: readonly Mark[], line: number, zone: string): Omit<Mark, 'line'> {
  let state: Omit<Mark, 'line'> = { origin: zone, defaultTtl: undefined };
  for (const m of marks) {
    if (m.line >= line) break;
    state = m;
  }
  return state;
}

/** At most this many hunks, each found within this many lines of where the texts part. */
const MAX_HUNKS = 64;
const WINDOW = 48;
const BLOCK = 4096;
/** Lines a hunk may be widened by, in all: past that, reading the whole file is as cheap. */
const MAX_STEPS = 10_000;

const LF = 0x0a;

/**
 * The hunks turning `old` into `now`, each starting and ending where a parse can start (see
 * the module comment), with `inside` the `[first, last]` pairs of the old text's lines that
 * begin inside parentheses; undefined when there is no such split worth having (too many or
 * too large hunks, a hunk with no place to start).
 */
export function changedHunks(
  old: string,
  now: string,
  inside: readonly number[],
  maxChars: number,
): Hunk[] | undefined {
  // Raw hunks by offsets: [oldStart, oldEnd, newStart, newEnd], at line starts.
  const raw: [number, number, number, number][] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const d = sameLength(old, i, now, j);
    if (i + d === old.length && j + d === now.length) break;
    if (raw.length >= MAX_HUNKS) return undefined;
    const start = lineStart(old, i + d, i);
    const hs = [start, j + (start - i)] as const;
    const sync = resync(old, hs[0], now, hs[1]);
    if (sync === undefined) return undefined;
    raw.push([hs[0], sync[0], hs[1], sync[1]]);
    i = sync[0];
    j = sync[1];
  }
  if (raw.length === 0) return [];
  // Line numbers: every line of the old text counted once, the new hunks' lines beside.
  const hunks: Hunk[] = [];
  let at = 0;
  let line = 1;
  let shift = 0;
  for (const [os, oe, ns, ne] of raw) {
    line += countLines(old, at, os);
    const oldEndLine = line + countLines(old, os, oe);
    const newLines = countLines(now, ns, ne);
    hunks.push({
      oldStart: os,
      oldEnd: oe,
      newStart: ns,
      newEnd: ne,
      oldLine: line,
      newLine: line + shift,
      oldEndLine,
      newEndLine: line + shift + newLines,
    });
    shift += newLines - (oldEndLine - line);
    at = oe;
    line = oldEndLine;
  }
  const safe = safeBoundaries(old, now, hunks, inside);
  if (safe === undefined) return undefined;
  let size = 0;
  for (const h of safe) size += h.oldEnd - h.oldStart + (h.newEnd - h.newStart);
  return size > maxChars ? undefined : safe;
}

/** How many characters from `i` in `a` and `j` in `b` are the same. */
function sameLength(a: string, i: number, b: string, j: number): number {
  const n = Math.min(a.length - i, b.length - j);
  let d = 0;
  // Whole blocks first (compared natively), then character by character.
  while (d + BLOCK <= n && a.slice(i + d, i + d + BLOCK) === b.slice(j + d, j + d + BLOCK))
    d += BLOCK;
  while (d < n && a.charCodeAt(i + d) === b.charCodeAt(j + d)) d++;
  return d;
}

/** The start of the line holding offset `at`, not before `floor` (itself a line start). */
function lineStart(text: string, at: number, floor: number): number {
  if (at <= floor) return floor;
  const k = text.lastIndexOf('\n', at - 1);
  return k < floor ? floor : k + 1;
}

/** The start of the line after the one starting at `at` (the text's length at the end). */
function nextLine(text: string, at: number): number {
  const k = text.indexOf('\n', at);
  return k < 0 ? text.length : k + 1;
}

/** The start of the line before the one starting at `at` (> 0). */
function previousLine(text: string, at: number): number {
  return at <= 1 ? 0 : text.lastIndexOf('\n', at - 2) + 1;
}

/** Line feeds in `text` from `from` to `to`: the lines a part of a text moves the next one by. */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

/** Whether the line at `p` in `a` and at `q` in `b` are the same, line feed included. */
function sameLine(a: string, p: number, b: string, q: number): boolean {
  const ea = nextLine(a, p);
  const eb = nextLine(b, q);
  return ea - p === eb - q && (ea === p || a.slice(p, ea) === b.slice(q, eb));
}

/**
 * Where the texts meet again after parting at the line starts `p` (old) and `q` (new): the
 * line starts after the fewest lines skipped on both sides (at most WINDOW on each) from which
 * two lines are the same, or both ends.
 */
function resync(a: string, p: number, b: string, q: number): [number, number] | undefined {
  const as = lineStarts(a, p);
  const bs = lineStarts(b, q);
  for (let k = 1; k <= 2 * WINDOW; k++)
    for (let x = Math.max(0, k - WINDOW); x <= Math.min(k, WINDOW); x++) {
      const y = k - x;
      const pa = as[x];
      const pb = bs[y];
      if (pa === undefined || pb === undefined) continue;
      if (pa === a.length || pb === b.length) {
        if (pa === a.length && pb === b.length) return [pa, pb];
        continue;
      }
      if (!sameLine(a, pa, b, pb)) continue;
      const na = nextLine(a, pa);
      const nb = nextLine(b, pb);
      if ((na === a.length && nb === b.length) || sameLine(a, na, b, nb)) return [pa, pb];
    }
  return undefined;
}

/** The starts of the WINDOW + 1 lines from `p` (fewer at the end, which is the last). */
function lineStarts(text: string, p: number): number[] {
  const out = [p];
  for (let at = p; out.length <= WINDOW && at < text.length; ) {
    at = nextLine(text, at);
    out.push(at);
  }
  return out;
}

/** Whether old line `line` begins inside parentheses (the last such line in a row if so). */
function insideUntil(inside: readonly number[], line: number): number | undefined {
  let lo = 0;
  let hi = inside.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const first = inside[2 * mid]!;
    const last = inside[2 * mid + 1]!;
    if (line < first) hi = mid - 1;
    else if (line > last) lo = mid + 1;
    else return last;
  }
  return undefined;
}

/**
 * Whether the first entry from `at` names its owner: the first line that is neither blank nor a
 * comment starts with a character of a name (not white space, `;`, `$`, `(`, `)`, `"`); the end
 * of the text will do too.
 */
function ownerFirst(text: string, at: number): boolean {
  for (let p = at; p < text.length; ) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== LF && c !== 0x3b && c !== 0x24)
      return c !== 0x28 && c !== 0x29 && c !== 0x22;
    // Blank or a comment only: no entry; the next line starts one (the first character of a
    // line with a name is not white space, so one that is white space is a blank owner).
    let k = p;
    while (k < text.length) {
      const d = text.charCodeAt(k);
      if (d === 0x20 || d === 0x09 || d === 0x0d) k++;
      else break;
    }
    if (k < text.length && text.charCodeAt(k) !== LF && text.charCodeAt(k) !== 0x3b) return false;
    p = nextLine(text, p);
  }
  return true;
}

interface Mutable {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  oldLine: number;
  newLine: number;
  oldEndLine: number;
  newEndLine: number;
}

/**
 * The hunks widened line by line until every boundary is safe (see the module comment), merged
 * where they meet (widening only ever crosses text the two versions share); undefined when one
 * cannot be (a hunk that must start before the file's first line).
 */
function safeBoundaries(
  old: string,
  now: string,
  given: readonly Hunk[],
  inside: readonly number[],
): Hunk[] | undefined {
  const hunks: Mutable[] = given.map((h) => ({ ...h }));
  let k = 0;
  for (let steps = 0; k < hunks.length; steps++) {
    if (steps > MAX_STEPS) return undefined;
    const h = hunks[k]!;
    const prev = k > 0 ? hunks[k - 1] : undefined;
    const next = hunks[k + 1];
    // Its start: outside parentheses, its first entry with an owner, in both texts.
    if (
      insideUntil(inside, h.oldLine) !== undefined ||
      !ownerFirst(old, h.oldStart) ||
      !ownerFirst(now, h.newStart)
    ) {
      if (prev !== undefined && prev.oldEnd >= h.oldStart) {
        mergeInto(prev, h);
        hunks.splice(k, 1);
        k--;
        continue;
      }
      if (h.oldStart === 0) return undefined;
      const s = previousLine(old, h.oldStart);
      h.newStart -= h.oldStart - s;
      h.oldStart = s;
      h.oldLine--;
      h.newLine--;
      continue;
    }
    // The text after it: outside parentheses, its first entry with an owner.
    if (
      h.oldEnd < old.length &&
      (insideUntil(inside, h.oldEndLine) !== undefined || !ownerFirst(old, h.oldEnd))
    ) {
      if (next !== undefined && h.oldEnd >= next.oldStart) {
        mergeInto(h, next);
        hunks.splice(k + 1, 1);
        continue;
      }
      const e = nextLine(old, h.oldEnd);
      h.newEnd += e - h.oldEnd;
      h.oldEnd = e;
      h.oldEndLine++;
      h.newEndLine++;
      continue;
    }
    k++;
  }
  return hunks;
}

/** `a` made to cover `b` too, `b` the hunk after it. */
function mergeInto(a: Mutable, b: Mutable): void {
  a.oldEnd = b.oldEnd;
  a.newEnd = b.newEnd;
  a.oldEndLine = b.oldEndLine;
  a.newEndLine = b.newEndLine;
}

/**
 * The new version's RRsets, as its complete parse would give them (sharing with the old one's
 * where that does), from the old version's (`list`, and `byName` the same by owner name) and
 * the RRsets the old and the new hunks' lines make on their own; undefined where that cannot be
 * told without reading the whole file (a changed record that was the first of an RRset that
 * keeps others, a TTL or a second singleton record that would need a warning).
 *
 * An RRset with no record in a hunk is the old one, its line moved by the hunks before it. One
 * whose records all lie in hunks is the new hunks' RRset. One with records on both sides of a
 * hunk boundary keeps its records outside the hunks (the old values but those of the old
 * hunks: no value occurs twice in the old version, see `outline` in parse.ts) and takes the new
 * hunks' too. The order is the complete parse's: owner names by their first record's line,
 * and each name's RRsets by theirs (each RRset's location is its first record's line).
 */
export function reassemble(
  list: readonly RRset[],
  byName: ByName<RRset>,
  oldHunks: ByName<RRset>,
  newHunks: ByName<RRset>,
  hunks: readonly Hunk[],
  file: string,
): RRset[] | undefined {
  const moved = (line: number): number => {
    let shift = 0;
    for (const h of hunks) {
      if (h.oldEndLine > line) break;
      shift = h.newEndLine - h.oldEndLine;
    }
    return line + shift;
  };
  const inOldHunk = (line: number): boolean => {
    for (const h of hunks) if (h.oldLine <= line && line < h.oldEndLine) return true;
    return false;
  };
  const affected = new Set<string>([...oldHunks.keys(), ...newHunks.keys()]);
  // The old RRsets of those names, by identity: the walk below looks up every old RRset, and
  // missing an object never hashed is cheaper than a look-up by name.
  const replaced = new Set<RRset>();
  const groups: RRset[][] = [];
  for (const name of affected) {
    const group: RRset[] = [];
    const types: RecordType[] = [];
    for (const m of [byName, newHunks]) {
      const at = m.get(name);
      if (at === undefined) continue;
      for (const r of Array.isArray(at) ? (at as readonly RRset[]) : [at as RRset]) {
        if (!types.includes(r.type)) types.push(r.type);
        if (m === byName) replaced.add(r);
      }
    }
    for (const type of types) {
      const old = entryAt(byName, name, type);
      const oh = entryAt(oldHunks, name, type);
      const nh = entryAt(newHunks, name, type);
      if (old === undefined) {
        if (oh !== undefined) return undefined; // the old hunks' records are the old file's
        if (nh !== undefined) group.push(nh);
        continue;
      }
      const outside = old.values.length - (oh?.values.length ?? 0);
      if (outside < 0) return undefined;
      if (outside === 0) {
        if (nh !== undefined) group.push(nh);
        continue;
      }
      const line = old.location?.line;
      if (line === undefined || inOldHunk(line)) return undefined;
      const kept = oh === undefined ? old.values : old.values.filter((v) => !oh.values.includes(v));
      if (kept.length !== outside) return undefined;
      let values = kept;
      let at = moved(line);
      if (nh !== undefined) {
        // One TTL for every record, else the complete parse warns.
        if (nh.ttl !== old.ttl) return undefined;
        values = makeRRset({ name, type, ttl: old.ttl, values: [...kept, ...nh.values] }).values;
        at = Math.min(at, lineOf(nh));
      }
      if (SINGLETON_TYPES.has(type) && values.length > 1) return undefined;
      group.push(rebuilt(old, values, at, file));
    }
    if (group.length === 0) continue;
    group.sort((a, b) => lineOf(a) - lineOf(b));
    groups.push(group);
  }
  groups.sort((a, b) => lineOf(a[0]!) - lineOf(b[0]!));
  const out: RRset[] = [];
  let g = 0;
  let lastName: string | undefined;
  for (const r of list) {
    if (replaced.has(r)) continue;
    const line = r.location?.line;
    if (line === undefined || r.location?.file !== file) return undefined;
    const at = moved(line);
    if (r.name !== lastName) {
      // The first RRset of a name: its line is the name's first.
      lastName = r.name;
      while (g < groups.length && lineOf(groups[g]![0]!) < at) out.push(...groups[g++]!);
    }
    out.push(at === line ? r : rebuilt(r, r.values, at, file));
  }
  while (g < groups.length) out.push(...groups[g++]!);
  return out;
}

/**
 * The RRset `old` becomes with these values at this line, as the complete parse makes it:
 * `old` itself when nothing differs, else one that shares its name (and values, when equal).
 */
function rebuilt(old: RRset, values: readonly string[], line: number, file: string): RRset {
  const same = values === old.values || sameValues(old.values, values);
  if (same && old.location?.line === line) return old;
  return {
    name: old.name,
    type: old.type,
    ttl: old.ttl,
    values: same ? old.values : values,
    location: { file, line },
  };
}

/** An RRset's line: every RRset of a parse has one. */
function lineOf(r: RRset): number {
  return r.location?.line ?? 0;
}
