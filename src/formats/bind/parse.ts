/**
 * The zone-file parser (RFC 1035 §5, RFC 2308 `$TTL`, BIND's `$INCLUDE` and `$GENERATE`):
 * entries from the lexer become records, records become RRsets. Every error of every file is
 * collected with its location; semantic faults BIND refuses at load (CNAME beside other data)
 * are kept for the rules, and out-of-zone records become warnings, as BIND ignores them.
 */
import { type Diagnostic, fail, ok, quoteInput, type Result } from '../../model/location.js';
import { isInZone, parentName, toAbsoluteName } from '../../model/name.js';
import { parseDuration, plainName } from '../../model/rdata/fields.js';
import { otherTypeNumber, otherTypeRdata } from '../../model/rdata/other-types.js';
import {
  parseRdata,
  type RdataContext,
  RdataError,
  type RdataToken,
} from '../../model/rdata/registry.js';
import { tokenizeRdata } from '../../model/rdata/tokens.js';
import {
  isPseudoType,
  parseRecordType,
  type RecordType,
  SINGLETON_TYPES,
} from '../../model/record-type.js';
import { type ByName, entryAt, markUniqueByKey } from '../../model/rrset-map.js';
import { makeRRset, type RRset, sameValues, type Zone } from '../../model/zone.js';
import { resolveRepoPath } from '../../sources/repo-path.js';
import { type BudgetMeter, budgetMessage, InputBudget } from '../budget.js';
import { includedTexts, type Memo, readsTheSame, type SideRead } from '../side-memo.js';
import { compileTemplate, expand, parseRange } from './generate.js';
import { type Entry, ZoneLexer, type ZoneToken } from './lexer.js';
import { changedHunks, type Mark, type Outline, reassemble, stateAt } from './reparse.js';

/** Synchronous file access for `$INCLUDE` (repository-relative paths). May throw to refuse. */
export interface IncludeTree {
  readText(path: string): string | undefined;
}

export interface ParseZoneOptions {
  /** Repository-relative path of the file, used in every location. */
  readonly file: string;
  /** The zone name (canonical). Without it: the file's first `$ORIGIN`, else `fallbackOrigin`. */
  readonly origin?: string;
  readonly fallbackOrigin?: string;
  /** Where `$INCLUDE` reads from; without it an include is an error. */
  readonly tree?: IncludeTree;
  /**
   * The review's input budget (bytes read, records made), shared with every other file and
   * zone; without it, a budget of the default limits for this file alone.
   */
  readonly budget?: BudgetMeter;
  /**
   * The review's memo of the other side (formats/side-memo.ts): this parse shares the RRsets
   * equal to those of the other side's parse of the same file, and leaves its own for it.
   */
  readonly memo?: Memo;
}

export interface ParsedZoneFile {
  readonly zone: Zone;
  /** The file and every file it included, in reading order. */
  readonly files: readonly string[];
}

const MAX_TTL = 0x7fffffff;
// Bounds against hostile repositories: nesting, includes read in total (a file included
// many times by many files grows exponentially), and records made by $GENERATE in total.
const MAX_INCLUDE_DEPTH = 20;
const MAX_INCLUDES = 1000;
const MAX_GENERATED = 1_000_000;

// Types BIND reads only in RFC 3597 form (NULL, UINFO, UID, GID and UNSPEC have no text form
// in BIND); MD and MF it refuses as obsolete, whatever the form.
const UNSUPPORTED_TYPES: Record<string, number> = {
  NULL: 10,
  UINFO: 100,
  UID: 101,
  GID: 102,
  UNSPEC: 103,
};
const OBSOLETE_TYPES = new Set(['MD', 'MF']);

// Meta types (RFC 6895 §3.1: OPT, 128–255, and 0): they exist only in messages, and BIND
// refuses them in a zone file ("invalid use of a meta type").
const META_TYPES = new Set(['OPT', 'TKEY', 'TSIG', 'IXFR', 'AXFR', 'MAILB', 'MAILA', 'ANY']);

function isMetaType(type: RecordType, word: string): boolean {
  if (META_TYPES.has(word.toUpperCase())) return true;
  if (!type.startsWith('TYPE')) return false;
  const n = Number(type.slice(4));
  return n === 0 || n === 41 || (n >= 128 && n <= 255);
}

/** `[ttl] [class] type` of a record; `other` is the mnemonic of a type kept as RFC 3597. */
interface Header {
  ttl: number | undefined;
  type: RecordType;
  other: string | undefined;
  next: number;
}

/** A record's canonical rdata; `type` is set when it is not the header's (RFC 3597 types). */
type RdataOutcome =
  | { ok: true; type?: RecordType; value: string }
  | { ok: false; message: string; tokenIndex?: number };

/** Canonical rdata for a record header: a typed codec, or RFC 3597 for the other types. */
function rdataFor(head: Header, tokens: readonly RdataToken[], ctx: RdataContext): RdataOutcome {
  // The codec's own result as is: one object less per record.
  if (head.other === undefined) return parseRdata(head.type, tokens, ctx);
  const origin = ctx.origin;
  try {
    const g = otherTypeRdata(head.other, tokens, { origin })!;
    return { ok: true, type: g.type, value: g.value };
  } catch (e) {
    if (!(e instanceof RdataError)) throw e;
    return e.tokenIndex === undefined
      ? { ok: false, message: e.message }
      : { ok: false, message: e.message, tokenIndex: e.tokenIndex };
  }
}

interface TtlState {
  /** `$TTL` (or the SOA minimum once used); undefined until known. */
  defaultTtl: number | undefined;
  /** The last TTL used, for RFC 1035 semantics when there is no `$TTL`. */
  lastTtl: number | undefined;
  warned1035: boolean;
}

/** An RRset being built; its shape is the final RRset's, so one value needs no copy. */
interface RRsetAcc {
  name: string;
  type: RecordType;
  ttl: number;
  values: string[];
  location: { file: string; line: number };
}

class ZoneFileParser {
  readonly errors: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  readonly files: string[] = [];
  /** RRsets by owner name, then by type (few types per name). */
  private readonly rrsets = new Map<string, RRsetAcc | RRsetAcc[]>();
  private readonly ttl: TtlState = { defaultTtl: undefined, lastTtl: undefined, warned1035: false };
  private readonly includeStack: string[] = [];
  private readonly ttlWarned = new Set<RRsetAcc>();
  private readonly singletonWarned = new Set<RRsetAcc>();
  private includes = 0;
  private generated = 0;
  /** For `outline`: lines of the zone's file that begin inside parentheses, and directives. */
  private readonly inside: number[] = [];
  private readonly marks: Mark[] = [];
  /** An $INCLUDE or $GENERATE was read. */
  private complex = false;
  /** Directives met (a hunk must hold none; `parseHunk` does not read them). */
  directives = 0;
  private hunk = false;
  /** Some RRset got the same value twice (seen by `result`). */
  private hadDuplicates = false;
  /** The zone has a DNAME (seen by `checkNsBelowDname`). */
  hadDname = false;
  /** `record`'s rdata tokens and codec context, kept from one record to the next. */
  private readonly rdata: ZoneToken[] = [];
  private ctx = { origin: '' };
  private readonly head: Header = { ttl: undefined, type: 'A', other: undefined, next: 0 };
  private overBudgetReported = false;

  /**
   * Probe mode (`zoneNameFromSoa`): records are not kept, and reading stops at the first SOA,
   * whose owner is noted here.
   */
  constructor(
    readonly zone: string,
    private readonly tree: IncludeTree | undefined,
    private readonly budget: BudgetMeter,
    private readonly probe?: { soa?: string },
    /** The RRsets of this file on the other side of the review, to share with (`result`). */
    private readonly previous?: RememberedRRsets,
  ) {}

  /** The file itself does not fit in what is left of the budget. */
  overBudgetAt(file: string): void {
    this.overBudget(file, 1);
  }

  /** The budget ran out: said once, at the place that crossed it; reading stops. */
  private overBudget(file: string, line: number, column?: number, named = file): undefined {
    const kind = this.budget.exceeded;
    if (this.overBudgetReported || kind === undefined) return;
    this.overBudgetReported = true;
    this.error(file, line, column, budgetMessage(kind, this.budget.limits, named), 'bind/budget');
  }

  private error(
    file: string,
    line: number,
    column: number | undefined,
    message: string,
    code: string,
  ): undefined {
    this.errors.push({
      level: 'error',
      message,
      code,
      location: column === undefined ? { file, line } : { file, line, column },
    });
  }

  private warn(file: string, line: number, message: string, code: string): void {
    this.warnings.push({ level: 'warning', message, code, location: { file, line } });
  }

  /**
   * Reads one file's entries with the given origin. An included file starts with the owner
   * of the line before its `$INCLUDE` (its first line may leave the owner blank), and the
   * including file goes on with its own owner and origin afterwards, as BIND does.
   */
  parseFile(file: string, text: string, origin: string, inherited?: string): boolean {
    if (!this.budget.read(text.length)) return false;
    this.files.push(file);
    this.includeStack.push(file);
    // Entries are used up before the next one is read, so the lexer may recycle tokens. The
    // zone's own file notes where its lines begin inside parentheses (for `outline`).
    const top = this.includeStack.length === 1;
    this.readEntries(
      file,
      new ZoneLexer(text, true, 1, top ? this.inside : undefined),
      origin,
      inherited,
    );
    this.includeStack.pop();
    return true;
  }

  /**
   * Reads the lines of a part of a file, as `parseFile` would reach them with `origin` and
   * `$TTL` `defaultTtl` (reparse): `firstLine` is the line number of its first line. It must
   * start where a parse can (reparse.ts); `directives` counts those it holds. Without a `$TTL`
   * (a file whose every record says its TTL, as a zone transfer's dump does), a record without
   * one is an error here, where the complete parse would take the last record's TTL with a
   * warning: either way the caller reads the whole file.
   */
  parseHunk(
    file: string,
    text: string,
    firstLine: number,
    origin: string,
    defaultTtl: number | undefined,
  ): void {
    this.ttl.defaultTtl = defaultTtl;
    this.ttl.lastTtl = defaultTtl;
    this.hunk = true;
    this.includeStack.push(file);
    this.readEntries(file, new ZoneLexer(text, true, firstLine), origin, undefined);
    this.includeStack.pop();
  }

  private readEntries(
    file: string,
    lexer: ZoneLexer,
    origin: string,
    inherited: string | undefined,
  ): void {
    let currentOrigin = origin;
    let owner = inherited;
    for (let entry = lexer.next(); entry; entry = lexer.next()) {
      if (this.probe?.soa !== undefined || this.budget.exceeded !== undefined) break;
      const first = entry.tokens[0]!;
      if (!entry.blankOwner && !first.quoted && first.text.charCodeAt(0) === 0x24 /* $ */) {
        this.directives++;
        if (this.hunk) continue; // counted, not read: the caller reads the whole file
        const directive = first.text.toUpperCase();
        const line = entry.line;
        if (directive === '$ORIGIN') {
          const o = this.directiveName(file, entry, currentOrigin);
          if (o !== undefined) currentOrigin = o;
          this.mark(line, currentOrigin);
        } else if (directive === '$TTL') {
          this.ttlDirective(file, entry);
          this.mark(line, currentOrigin);
        } else if (directive === '$INCLUDE') {
          this.complex = true;
          this.include(file, entry, currentOrigin, owner);
        } else if (directive === '$GENERATE') {
          this.complex = true;
          this.generate(file, entry, currentOrigin);
        } else
          this.error(
            file,
            first.line,
            first.column,
            `unknown directive ${first.text}: expected $ORIGIN, $TTL, $INCLUDE or $GENERATE`,
            'bind/directive',
          );
        continue;
      }
      let idx = 0;
      if (entry.blankOwner) {
        if (owner === undefined) {
          this.error(
            file,
            first.line,
            first.column,
            'this line starts with white space but no owner name came before it',
            'bind/no-owner',
          );
          continue;
        }
      } else {
        const plain = plainName(first.text, currentOrigin);
        if (plain !== undefined) owner = plain;
        else {
          const o = toAbsoluteName(first.text, currentOrigin);
          if (!o.ok) {
            owner = undefined;
            this.error(file, first.line, first.column, `bad owner name: ${o.message}`, 'bind/name');
            continue;
          }
          owner = o.name;
        }
        idx = 1;
      }
      this.record(file, entry.tokens, idx, owner, currentOrigin, entry.line);
    }
    for (const e of lexer.errors) this.error(file, e.line, e.column, e.message, 'bind/syntax');
  }

  /** Notes the state a directive of the zone's own file leaves, for `outline`. */
  private mark(line: number, origin: string): void {
    if (this.includeStack.length === 1)
      this.marks.push({ line, origin, defaultTtl: this.ttl.defaultTtl });
  }

  /**
   * What the other side's parse of a nearby version of the file needs to read only the lines
   * that differ (reparse), when this parse allows it: the zone's file alone ($INCLUDE and
   * $GENERATE make records elsewhere than their line), no diagnostic at all, no record twice
   * (the RRsets' values then count their records), no DNAME (a check of the whole zone).
   */
  outline(): Outline | undefined {
    if (
      this.complex ||
      this.files.length !== 1 ||
      this.errors.length > 0 ||
      this.warnings.length > 0 ||
      this.hadDuplicates ||
      this.hadDname
    )
      return undefined;
    return { inside: this.inside, marks: this.marks };
  }

  private directiveName(file: string, entry: Entry, origin: string): string | undefined {
    const [d, arg] = entry.tokens;
    if (!arg) {
      this.error(file, d!.line, d!.column, `${d!.text} needs a domain name`, 'bind/directive');
      return undefined;
    }
    const r = toAbsoluteName(arg.text, origin);
    if (!r.ok) {
      this.error(file, arg.line, arg.column, `bad $ORIGIN: ${r.message}`, 'bind/name');
      return undefined;
    }
    this.extra(file, entry.tokens, 2);
    return r.name;
  }

  private extra(file: string, tokens: readonly ZoneToken[], from: number): void {
    const t = tokens[from];
    if (t)
      this.error(
        file,
        t.line,
        t.column,
        `unexpected ${quoteInput(t.text)}: expected the end of the line`,
        'bind/syntax',
      );
  }

  private ttlDirective(file: string, entry: Entry): void {
    const [d, arg] = entry.tokens;
    const v = arg && !arg.quoted ? parseDuration(arg.text) : undefined;
    if (v === undefined) {
      const at = arg ?? d!;
      this.error(
        file,
        at.line,
        at.column,
        '$TTL needs a TTL (seconds or units such as 1h30m)',
        'bind/ttl',
      );
      return;
    }
    this.ttl.defaultTtl = this.limitTtl(file, arg!.line, v);
    this.ttl.lastTtl = this.ttl.defaultTtl;
    this.extra(file, entry.tokens, 2);
  }

  private limitTtl(file: string, line: number, v: number): number {
    if (v <= MAX_TTL) return v;
    this.warn(file, line, `TTL ${v} is above ${MAX_TTL}; BIND uses 0`, 'bind/ttl-range');
    return 0;
  }

  private include(
    file: string,
    entry: Entry,
    origin: string,
    owner: string | undefined,
  ): undefined {
    const [d, pathTok, originTok] = entry.tokens;
    if (!pathTok) {
      this.error(file, d!.line, d!.column, '$INCLUDE needs a file name', 'bind/directive');
      return;
    }
    let includeOrigin = origin;
    if (originTok) {
      const r = toAbsoluteName(originTok.text, origin);
      if (!r.ok) {
        this.error(
          file,
          originTok.line,
          originTok.column,
          `bad $INCLUDE origin: ${r.message}`,
          'bind/name',
        );
        return;
      }
      includeOrigin = r.name;
      this.extra(file, entry.tokens, 3);
    }
    const at = (message: string, code: string): undefined =>
      this.error(file, pathTok.line, pathTok.column, message, code);
    if (!this.tree)
      return at('$INCLUDE is not available here (no repository to read from)', 'bind/include');
    // Relative to the including file's folder, through the repository-path guard.
    const folder = file.slice(0, Math.max(0, file.lastIndexOf('/')));
    const checked = resolveRepoPath(pathTok.text, folder);
    if (!checked.ok)
      return at(
        checked.problem === 'leaves'
          ? `$INCLUDE ${quoteInput(pathTok.text)} leaves the repository`
          : `$INCLUDE ${checked.message}`,
        'bind/include-outside',
      );
    const target = checked.path;
    if (this.includeStack.includes(target))
      return at(
        `$INCLUDE ${quoteInput(pathTok.text)} includes itself (cycle: ${[...this.includeStack, target].join(' → ')})`,
        'bind/include-cycle',
      );
    if (this.includeStack.length >= MAX_INCLUDE_DEPTH)
      return at('$INCLUDE nesting is too deep', 'bind/include');
    if (++this.includes > MAX_INCLUDES)
      return at(`more than ${MAX_INCLUDES} $INCLUDEs for one zone`, 'bind/include');
    let text: string | undefined;
    try {
      text = this.tree.readText(target);
    } catch (e) {
      return at(
        `$INCLUDE ${quoteInput(pathTok.text)}: ${e instanceof Error ? e.message : String(e)}`,
        'bind/include-outside',
      );
    }
    if (text === undefined)
      return at(
        `$INCLUDE ${quoteInput(pathTok.text)}: no such file in the repository (${target})`,
        'bind/include-missing',
      );
    if (!this.parseFile(target, text, includeOrigin, owner))
      this.overBudget(file, pathTok.line, pathTok.column, target);
  }

  private generate(file: string, entry: Entry, origin: string): undefined {
    const t = entry.tokens;
    const d = t[0]!;
    if (t.length < 5) {
      this.error(
        file,
        d.line,
        d.column,
        '$GENERATE needs: range owner [ttl] [class] type rdata',
        'bind/generate',
      );
      return;
    }
    const range = parseRange(t[1]!.text);
    if (typeof range === 'string')
      return this.error(file, t[1]!.line, t[1]!.column, range, 'bind/generate');
    const lhs = compileTemplate(t[2]!.text);
    if (typeof lhs === 'string')
      return this.error(file, t[2]!.line, t[2]!.column, lhs, 'bind/generate');
    // The header: TTL/class/type as for a record; the rhs is one (possibly quoted) token.
    const head = this.header(file, t, 3);
    if (!head) return;
    const rhsTok = t[head.next];
    if (!rhsTok)
      return this.error(
        file,
        d.line,
        d.column,
        '$GENERATE needs the rdata template',
        'bind/generate',
      );
    this.extra(file, t, head.next + 1);
    const rhs = compileTemplate(rhsTok.quoted ? unescapeQuotes(rhsTok.text) : rhsTok.text);
    if (typeof rhs === 'string')
      return this.error(file, rhsTok.line, rhsTok.column, rhs, 'bind/generate');
    this.generated += Math.floor((range.stop - range.start) / range.step) + 1;
    if (this.generated > MAX_GENERATED)
      return this.error(
        file,
        t[1]!.line,
        t[1]!.column,
        `$GENERATE makes more than ${MAX_GENERATED} records in this zone`,
        'bind/generate',
      );
    const ttl = this.resolveTtl(file, d.line, d.column, head.ttl, head.type, undefined);
    if (ttl === undefined) return;
    for (
      let it = range.start;
      it <= range.stop && this.probe?.soa === undefined && this.budget.exceeded === undefined;
      it += range.step
    ) {
      const ownerText = expand(lhs, it);
      const rdataText = expand(rhs, it);
      if (ownerText === undefined || rdataText === undefined)
        return this.error(file, d.line, d.column, '$GENERATE value overflows', 'bind/generate');
      const o = toAbsoluteName(ownerText, origin);
      if (!o.ok)
        return this.error(
          file,
          t[2]!.line,
          t[2]!.column,
          `bad generated owner ${quoteInput(ownerText)}: ${o.message}`,
          'bind/generate',
        );
      const tokens = tokenizeRdata(rdataText);
      if ('error' in tokens)
        return this.error(file, rhsTok.line, rhsTok.column, tokens.error, 'bind/generate');
      const r = rdataFor(head, tokens, { origin });
      if (!r.ok)
        return this.error(
          file,
          rhsTok.line,
          rhsTok.column,
          `generated ${head.type} ${quoteInput(rdataText)}: ${r.message}`,
          'bind/rdata',
        );
      this.add(file, entry.line, o.name, r.type ?? head.type, ttl, r.value);
    }
  }

  /** `[ttl] [class] type` in either order from `idx`; undefined after reporting an error. */
  private header(file: string, tokens: readonly ZoneToken[], idx: number): Header | undefined {
    let ttl: number | undefined;
    let seenClass = false;
    let i = idx;
    for (; i < idx + 2; i++) {
      const t = tokens[i];
      if (!t || t.quoted) break;
      const c0 = t.text.charCodeAt(0);
      if (ttl === undefined && c0 >= 48 && c0 <= 57) {
        const v = parseDuration(t.text);
        if (v === undefined) {
          this.error(
            file,
            t.line,
            t.column,
            `bad TTL ${quoteInput(t.text)}: expected seconds or units such as 1h30m`,
            'bind/ttl',
          );
          return undefined;
        }
        ttl = this.limitTtl(file, t.line, v);
        continue;
      }
      if (seenClass) break;
      const cls = classWord(t.text);
      if (cls === 'IN') {
        seenClass = true;
        continue;
      }
      if (cls === 'other') {
        this.error(
          file,
          t.line,
          t.column,
          `class ${t.text} does not match the zone's class IN`,
          'bind/class',
        );
        return undefined;
      }
      break;
    }
    const tt = tokens[i];
    if (!tt) {
      const last = tokens[tokens.length - 1]!;
      this.error(
        file,
        last.line,
        last.column + last.text.length,
        'expected a record type',
        'bind/syntax',
      );
      return undefined;
    }
    const word = tt.quoted ? undefined : typeWord(tt.text);
    const type = word?.type;
    if (word?.meta === true) {
      this.error(
        file,
        tt.line,
        tt.column,
        `${tt.text} is a meta type (RFC 6895): it cannot be a record in a zone file`,
        'bind/meta-type',
      );
      return undefined;
    }
    if (type === undefined) {
      const other = tt.quoted ? undefined : otherTypeNumber(tt.text);
      if (other !== undefined)
        return this.filled(ttl, `TYPE${other}` as RecordType, tt.text, i + 1);
      if (classWord(tt.text) !== undefined) {
        this.error(
          file,
          tt.line,
          tt.column,
          `${quoteInput(tt.text)} is a class where the record type should be: a record has one class (this zone's is IN), then its type`,
          'bind/class',
        );
        return undefined;
      }
      if (OBSOLETE_TYPES.has(tt.text.toUpperCase())) {
        this.error(
          file,
          tt.line,
          tt.column,
          `${tt.text} is obsolete (RFC 973: use MX); BIND refuses it`,
          'bind/type',
        );
        return undefined;
      }
      const n = UNSUPPORTED_TYPES[tt.text.toUpperCase()];
      const hint =
        n === undefined
          ? ': expected a record type such as A, AAAA, MX, TXT or TYPE65534'
          : `; ZoneGuard reads ${tt.text.toUpperCase()} only in RFC 3597 form (TYPE${n} \\# <length> <hex>)`;
      this.error(
        file,
        tt.line,
        tt.column,
        `unknown record type ${quoteInput(tt.text)}${hint}`,
        'bind/type',
      );
      return undefined;
    }
    return this.filled(ttl, type, undefined, i + 1);
  }

  /** `header`'s result, in one object this parser refills for each record (used up before the next). */
  private filled(
    ttl: number | undefined,
    type: RecordType,
    other: string | undefined,
    next: number,
  ): Header {
    const h = this.head;
    h.ttl = ttl;
    h.type = type;
    h.other = other;
    h.next = next;
    return h;
  }

  private record(
    file: string,
    tokens: readonly ZoneToken[],
    idx: number,
    owner: string,
    origin: string,
    line: number,
  ): void {
    const head = this.header(file, tokens, idx);
    if (!head) return;
    // The rdata tokens in an array of this parser's, refilled for each record: the codecs read
    // them during the call and keep none.
    const rdata = this.rdata;
    rdata.length = 0;
    for (let k = head.next; k < tokens.length; k++) rdata.push(tokens[k]!);
    if (this.ctx.origin !== origin) this.ctx = { origin };
    const r = rdataFor(head, rdata, this.ctx);
    if (!r.ok) {
      const bad = rdata[r.tokenIndex ?? 0];
      const last = tokens[tokens.length - 1]!;
      if (bad) this.error(file, bad.line, bad.column, `${head.type}: ${r.message}`, 'bind/rdata');
      else
        this.error(
          file,
          last.line,
          last.column + last.text.length,
          `${head.type}: ${r.message}`,
          'bind/rdata',
        );
      return;
    }
    const type = r.type ?? head.type;
    const ttl = this.resolveTtl(file, line, tokens[0]!.column, head.ttl, type, r.value);
    if (ttl !== undefined) this.add(file, line, owner, type, ttl, r.value);
  }

  /** BIND's rules (lib/dns/master.c): explicit, else $TTL, else the last TTL, else SOA minimum. */
  private resolveTtl(
    file: string,
    line: number,
    column: number,
    explicit: number | undefined,
    type: RecordType,
    soaValue: string | undefined,
  ): number | undefined {
    const s = this.ttl;
    if (explicit !== undefined) {
      s.lastTtl = explicit;
      return explicit;
    }
    if (s.defaultTtl !== undefined) {
      s.lastTtl = s.defaultTtl;
      return s.defaultTtl;
    }
    if (s.lastTtl !== undefined) {
      if (!s.warned1035) {
        s.warned1035 = true;
        this.warn(
          file,
          line,
          "no $TTL: using the previous record's TTL (RFC 1035 semantics)",
          'bind/rfc1035-ttl',
        );
      }
      return s.lastTtl;
    }
    if (type === 'SOA' && soaValue !== undefined) {
      const minimum = this.limitTtl(
        file,
        line,
        Number(soaValue.slice(soaValue.lastIndexOf(' ') + 1)),
      );
      this.warn(
        file,
        line,
        'no TTL specified; using the SOA minimum instead (add $TTL)',
        'bind/soa-minimum-ttl',
      );
      s.defaultTtl = minimum;
      s.lastTtl = minimum;
      return minimum;
    }
    this.error(
      file,
      line,
      column,
      'no TTL specified and no $TTL before this record',
      'bind/no-ttl',
    );
    return undefined;
  }

  private add(
    file: string,
    line: number,
    name: string,
    type: RecordType,
    ttl: number,
    value: string,
  ): void {
    if (!this.budget.record()) return void this.overBudget(file, line);
    if (this.probe) {
      if (type === 'SOA') this.probe.soa = name;
      return;
    }
    if (!inZone(name, this.zone)) {
      this.warn(
        file,
        line,
        `${name} is outside the zone ${this.zone}; BIND ignores this record`,
        'bind/out-of-zone',
      );
      return;
    }
    if (type === 'SOA' && name !== this.zone)
      this.warn(
        file,
        line,
        `SOA record at ${name}, not at the zone apex ${this.zone}; BIND refuses this zone`,
        'bind/soa-not-at-apex',
      );
    const atName = this.rrsets.get(name);
    if (atName === undefined) {
      const fresh = this.fresh(file, line, name, type, ttl, value);
      this.rrsets.set(fresh.name, fresh);
      return;
    }
    let acc: RRsetAcc | undefined;
    let at = -1;
    if (Array.isArray(atName)) {
      for (let k = 0; k < atName.length; k++)
        if (atName[k]!.type === type) {
          acc = atName[k];
          at = k;
        }
      if (acc === undefined)
        return void atName.push(this.fresh(file, line, atName[0]!.name, type, ttl, value));
    } else if (atName.type === type) acc = atName;
    else
      return void this.rrsets.set(name, [
        atName,
        this.fresh(file, line, atName.name, type, ttl, value),
      ]);
    if (this.previous !== undefined) {
      // A second record of an RRset shared with the other side: this side's own copy first.
      const own = this.unshared(acc);
      if (own !== acc) {
        if (at >= 0) (atName as RRsetAcc[])[at] = own;
        else this.rrsets.set(name, own);
        acc = own;
      }
    }
    if (
      SINGLETON_TYPES.has(type) &&
      !this.singletonWarned.has(acc) &&
      !acc.values.includes(value)
    ) {
      this.singletonWarned.add(acc);
      this.warn(
        file,
        line,
        `${name} has more than one ${type} record; BIND refuses this zone (multiple RRs of singleton type)`,
        'bind/singleton',
      );
    }
    acc.values.push(value);
    // BIND keeps RRSIGs (and SIGs) in one RRset per type covered, each with its own TTL; the
    // model has one RRset, with the first TTL: no correction, and nothing to warn about.
    if (type === 'TYPE46' || type === 'TYPE24') return;
    // BIND keeps the first TTL of an RRset ("TTL set to prior TTL"), so the served TTL is that.
    if (ttl !== acc.ttl) this.ttl.lastTtl = acc.ttl; // BIND carries the corrected TTL on
    if (ttl !== acc.ttl && !this.ttlWarned.has(acc)) {
      this.ttlWarned.add(acc);
      this.warn(
        file,
        line,
        `${name} ${type} has records with different TTLs; BIND uses the first one (${acc.ttl}), not ${ttl}`,
        'bind/ttl-mismatch',
      );
    }
  }

  /**
   * A new RRset of one record. On the second side of a review (`previous`), the other side's
   * RRset itself when it is equal in every field (the same one value, TTL, file and line), else
   * one that shares its owner name and, when the value is the same, its values: this side's
   * copies then die young instead of filling the heap (issue 15). `unshared` copies before a
   * second record is added.
   */
  private fresh(
    file: string,
    line: number,
    name: string,
    type: RecordType,
    ttl: number,
    value: string,
  ): RRsetAcc {
    const prev = this.previous === undefined ? undefined : entryAt(this.previous, name, type);
    if (prev === undefined) return { name, type, ttl, values: [value], location: { file, line } };
    if (prev.values.length !== 1 || prev.values[0] !== value)
      return { name: prev.name, type, ttl, values: [value], location: { file, line } };
    if (prev.ttl === ttl && prev.location?.file === file && prev.location.line === line)
      return prev as RRsetAcc; // never changed: see unshared
    return {
      name: prev.name,
      type,
      ttl,
      values: prev.values as string[],
      location: { file, line },
    };
  }

  /** `acc`, or a copy of it this side owns when it or its values belong to the other side. */
  private unshared(acc: RRsetAcc): RRsetAcc {
    const prev = entryAt(this.previous!, acc.name, acc.type);
    if (prev === undefined) return acc;
    if (prev === acc) return { ...acc, values: [...acc.values] };
    if (prev.values === acc.values) acc.values = [...acc.values];
    return acc;
  }

  /**
   * An NS whose target lies below a DNAME of this zone (RFC 6672 §2.4: the name cannot exist
   * there): BIND refuses the zone for the apex NS and warns for a delegation.
   */
  checkNsBelowDname(): void {
    const dnames = new Set<string>();
    const nsSets: RRsetAcc[] = [];
    const note = (a: RRsetAcc): void => {
      if (a.type === 'DNAME') dnames.add(a.name);
      else if (a.type === 'NS') nsSets.push(a);
    };
    // No list made for a name of one RRset (most of them).
    for (const atName of this.rrsets.values())
      if (Array.isArray(atName)) for (const a of atName) note(a);
      else note(atName);
    if (dnames.size === 0) return;
    this.hadDname = true;
    for (const ns of nsSets)
      for (const target of ns.values) {
        if (!inZone(target, this.zone)) continue;
        for (let up = target; up !== this.zone && up !== '.'; ) {
          up = parentName(up);
          if (!dnames.has(up)) continue;
          const apex = ns.name === this.zone;
          this.warn(
            ns.location.file,
            ns.location.line,
            `NS ${target} at ${ns.name} is below the DNAME at ${up}, where no name can exist; BIND ${apex ? 'refuses this zone' : 'warns'}`,
            'bind/ns-below-dname',
          );
          break;
        }
      }
  }

  /**
   * The zone's RRsets. With `previous` (the RRsets of the same file read on the other side of
   * the review, by owner name), an RRset equal to the one there in every field is that object,
   * and one with the same values shares its owner name and values: two sides of a large zone
   * differ in a handful of RRsets, and each kept once is most of the memory (issue 15).
   * Afterwards the parser's map holds the RRsets given back, for the memo of the other side.
   */
  result(): RRset[] {
    const out: RRset[] = [];
    // forEach, not `for…of` over entries: no [name, value] pair made per name.
    this.rrsets.forEach((atName, name) => {
      if (Array.isArray(atName))
        for (let k = 0; k < atName.length; k++) {
          const r = this.finalRRset(atName[k]!);
          atName[k] = r as RRsetAcc;
          out.push(r);
        }
      else {
        const r = this.finalRRset(atName);
        if (r !== atName) this.rrsets.set(name, r as RRsetAcc);
        out.push(r);
      }
    });
    return out;
  }

  /**
   * An accumulated RRset as the zone gives it. One of one record is final as made (`fresh`
   * shared what it could); one of several is sorted, and shared with `previous` where equal.
   */
  private finalRRset(acc: RRsetAcc): RRset {
    if (acc.values.length === 1) return acc;
    const own = makeRRset(acc);
    if (own.values.length !== acc.values.length) this.hadDuplicates = true;
    const prev = this.previous && entryAt(this.previous, acc.name, acc.type);
    if (prev === undefined || !sameValues(prev.values, own.values)) return own;
    // Both come from this parser: the same fields in the same order, no options.
    if (
      prev.ttl === own.ttl &&
      prev.location?.file === own.location?.file &&
      prev.location?.line === own.location?.line
    )
      return prev;
    return {
      name: prev.name,
      type: own.type,
      ttl: own.ttl,
      values: prev.values,
      location: acc.location,
    };
  }

  /** After `result`: the RRsets it gave, by owner name (what `result` left in the map). */
  resultByName(): RememberedRRsets {
    return this.rrsets;
  }
}

type RememberedRRsets = ByName<RRset>;

/** `isInZone` without allocating for the common case (no escapes in the name). */
function inZone(name: string, zone: string): boolean {
  if (zone === '.' || name === zone) return true;
  const at = name.length - zone.length - 1;
  if (at < 1 || name.charCodeAt(at) !== 46 || !name.endsWith(zone)) return false;
  return name.includes('\\') ? isInZone(name, zone) : true;
}

/**
 * `IN` (or CLASS1), another class, or undefined for a word that is not a class. Looks at the
 * first letter and length before upper-casing: this runs for every record's type word.
 */
function classWord(text: string): 'IN' | 'other' | undefined {
  const n = text.length;
  const c = text.charCodeAt(0) | 32;
  // `IN` in any case, without making an upper-case copy (only I/i and N/n give these with | 32).
  if (n === 2 && c === 105 && (text.charCodeAt(1) | 32) === 110) return 'IN';
  const maybe =
    (c === 105 /* i */ && n === 2) ||
    (c === 99 /* c */ && (n === 2 || n >= 6)) ||
    (c === 104 /* h */ && n === 2) ||
    (c === 110 /* n */ && n === 4) ||
    (c === 97 /* a */ && n === 3);
  if (!maybe) return undefined;
  const upper = text.toUpperCase();
  if (upper === 'IN' || upper === 'CLASS1') return 'IN';
  if (upper === 'CH' || upper === 'HS' || upper === 'NONE' || upper === 'ANY') return 'other';
  return /^CLASS\d+$/.test(upper) ? 'other' : undefined;
}

/** What a record's type word means: its type (undefined: none), and whether it is a meta type. */
interface TypeWord {
  readonly type: RecordType | undefined;
  readonly meta: boolean;
}

const typeWords = new Map<string, TypeWord>();

/**
 * `parseRecordType` and `isMetaType` with a cache: a zone file spells the same few types again
 * and again, and both ran (with an upper-casing) for every record. Provider pseudo-types (ALIAS,
 * URL, …) are not DNS types: BIND refuses them in a zone file.
 */
function typeWord(text: string): TypeWord {
  let w = typeWords.get(text);
  if (w === undefined) {
    let type = parseRecordType(text);
    if (type !== undefined && isPseudoType(type)) type = undefined;
    w = { type, meta: isMetaType(type ?? 'A', text) };
    if (typeWords.size < 512) typeWords.set(text, w);
  }
  return w;
}

/** BIND's lexer drops the backslash of `\"` inside a quoted string; other escapes stay. */
function unescapeQuotes(text: string): string {
  if (!text.includes('\\"')) return text;
  let out = '';
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '\\' && k + 1 < text.length) {
      out += text[k + 1] === '"' ? '"' : text.slice(k, k + 2);
      k++;
    } else out += text[k];
  }
  return out;
}

/** The zone name a file's first `$ORIGIN` gives, when it comes before any record. */
function originFromText(text: string): string | undefined {
  const lexer = new ZoneLexer(text);
  for (let e = lexer.next(); e; e = lexer.next()) {
    const t = e.tokens[0]!;
    if (e.blankOwner || t.quoted || !t.text.startsWith('$')) return undefined;
    if (t.text.toUpperCase() === '$ORIGIN' && e.tokens[1]) {
      const r = toAbsoluteName(e.tokens[1].text, '.');
      return r.ok && e.tokens[1].text.endsWith('.') ? r.name : undefined;
    }
  }
  return undefined;
}

// An origin no zone file can mean: a name that ends in it was relative to the starting origin.
const PROBE_ORIGIN = 'origin.zoneguard-probe.invalid.';

/**
 * The zone a file serves is the owner of its SOA (BIND names the zone in its configuration,
 * and refuses a file whose SOA is elsewhere). A probe reads the file (and its includes) up to
 * the first SOA with an origin no name can have: an owner that does not end in it was written
 * absolutely (`example.com.`, or under `$ORIGIN .` as `named-compilezone` writes) and names
 * the zone; one that does (`@` with no `$ORIGIN`) leaves the name to the file's `$ORIGIN` or
 * its file name. The probe stops at the SOA, usually the first record.
 */
function zoneNameFromSoa(text: string, options: ParseZoneOptions): string | undefined {
  const probe: { soa?: string } = {};
  // The probe reads within the review's budget (no input can make it run longer than the
  // parse itself), and gives back what it used: the parse reads the same again.
  const meter = (options.budget?.budget ?? new InputBudget()).meter();
  new ZoneFileParser(PROBE_ORIGIN, options.tree, meter, probe).parseFile(
    options.file,
    text,
    PROBE_ORIGIN,
  );
  meter.refund();
  const soa = probe.soa;
  return soa === undefined || isInZone(soa, PROBE_ORIGIN) ? undefined : soa;
}

/**
 * Parses one zone file (and what it includes) into a zone. Errors are every problem BIND would
 * refuse for syntax, each with file, line and column; warnings also go to `zone.diagnostics`.
 * Without `options.origin`, the zone is named by its SOA owner, else by the file's first
 * `$ORIGIN`, else by `options.fallbackOrigin` (the file name).
 */
export function parseZoneFile(text: string, options: ParseZoneOptions): Result<ParsedZoneFile> {
  const zoneName =
    options.origin ??
    zoneNameFromSoa(text, options) ??
    originFromText(text) ??
    options.fallbackOrigin;
  if (zoneName === undefined)
    return fail({
      level: 'error',
      message: 'cannot tell the zone name: no $ORIGIN and no origin given',
      location: { file: options.file, line: 1 },
      code: 'bind/no-origin',
    });
  const budget = options.budget ?? new InputBudget().meter();
  // One use: the other side's complete parse of this file shares with this one.
  const memo = options.memo;
  const key = `bind ${options.file}\n${zoneName}`;
  const remembered = memo?.take(key) as Remembered | undefined;
  const read = (path: string) => options.tree?.readText(path);
  if (
    remembered !== undefined &&
    readsTheSame(remembered, text, read) &&
    budget.chargeAll(remembered.charged)
  )
    return remembered.value;
  if (remembered !== undefined) {
    const again = reparse(remembered, text, zoneName, options.file, budget);
    if (again !== undefined) return again;
  }
  const before = budget.charged;
  const previous = remembered?.byName;
  const p = new ZoneFileParser(zoneName, options.tree, budget, undefined, previous);
  if (!p.parseFile(options.file, text, zoneName)) p.overBudgetAt(options.file);
  p.checkNsBelowDname();
  if (p.errors.length > 0) {
    if (remembered !== undefined) memo!.keep(key, remembered); // for the complete parse
    return fail(...sortDiagnostics(p.errors));
  }
  const result = parsed(zoneName, options.file, p.result(), p.warnings, p.files, p.resultByName());
  if (memo !== undefined && remembered === undefined) {
    const outline = p.outline();
    memo.keep(key, {
      byName: p.resultByName(),
      text,
      includes: includedTexts(p.files.slice(1), read),
      charged: budget.chargedSince(before),
      value: result,
      ...(outline !== undefined ? { outline } : {}),
    } satisfies Remembered);
  }
  return result;
}

function parsed(
  zoneName: string,
  file: string,
  list: RRset[],
  warnings: Diagnostic[],
  files: string[],
  byName?: RememberedRRsets,
): Result<ParsedZoneFile> {
  // Unique by (name, type) by construction (one map of RRsets): the diff may walk it, and the
  // rules look RRsets up in the parser's map (left as it is from here on) instead of their own.
  const rrsets = markUniqueByKey(list, byName);
  const zone: Zone = {
    name: zoneName,
    format: 'bind',
    rrsets,
    providers: [],
    unmanaged: [],
    location: { file },
    ...(warnings.length > 0 ? { diagnostics: warnings } : {}),
  };
  return ok({ zone, files }, warnings);
}

/** At most this share of a file may differ for `reparse` to read only that. */
const REPARSE_SHARE = 0.25;

/**
 * This side's parse of a file from the other side's parse of another version of it, reading
 * only the lines that differ (reparse.ts), or undefined where it cannot tell that what it gives
 * is what the complete parse gives: then the caller parses the whole file. Each side of a pull
 * request that edits a few lines of a large zone thereby reads the zone once (issue 15).
 *
 * The hunks' lines are read twice, as the old and as the new version has them, each from the
 * `$ORIGIN` and `$TTL` the complete parse noted at their start. Without a `$TTL` there, a record
 * that gives no TTL is an error in the hunk (the complete parse would take the TTL of the record
 * before the hunk, with a warning). Any directive or diagnostic in them, or a DNAME, sends the
 * caller to the complete parse, whose checks span the whole zone.
 */
function reparse(
  remembered: Remembered,
  text: string,
  zoneName: string,
  file: string,
  budget: BudgetMeter,
): Result<ParsedZoneFile> | undefined {
  const outline = remembered.outline;
  const before = remembered.value;
  if (outline === undefined || !before.ok) return undefined;
  const hunks = changedHunks(remembered.text, text, outline.inside, text.length * REPARSE_SHARE);
  if (hunks === undefined || hunks.length === 0) return undefined;
  // The hunks' records, counted apart: the complete parse would charge the budget for the
  // file's records, the old version's but those of the old hunks, and the new hunks'.
  const scratch = new InputBudget();
  const oldMeter = scratch.meter();
  const newMeter = scratch.meter();
  const oldRead = new ZoneFileParser(zoneName, undefined, oldMeter);
  const newRead = new ZoneFileParser(zoneName, undefined, newMeter, undefined, remembered.byName);
  for (const h of hunks) {
    const { origin, defaultTtl } = stateAt(outline.marks, h.oldLine, zoneName);
    const was = remembered.text.slice(h.oldStart, h.oldEnd);
    oldRead.parseHunk(file, was, h.oldLine, origin, defaultTtl);
    newRead.parseHunk(file, text.slice(h.newStart, h.newEnd), h.newLine, origin, defaultTtl);
  }
  newRead.checkNsBelowDname();
  for (const p of [oldRead, newRead])
    if (p.errors.length > 0 || p.warnings.length > 0 || p.directives > 0 || p.hadDname)
      return undefined;
  oldRead.result();
  newRead.result();
  const list = reassemble(
    before.value.zone.rrsets,
    remembered.byName,
    oldRead.resultByName(),
    newRead.resultByName(),
    hunks,
    file,
  );
  if (list === undefined) return undefined;
  const records = remembered.charged.records - oldMeter.charged.records + newMeter.charged.records;
  if (!budget.chargeAll({ bytes: text.length, records })) return undefined;
  reparses.count++;
  return parsed(zoneName, file, list, [], [file]);
}

/** Parses `reparse` gave: the property test checks that it is taken, not only sound. */
export const reparses = { count: 0 };

/**
 * What one side's complete parse of a file leaves for the other side's: the parse itself with
 * what it read (side-memo.ts), to be the other side's when that reads the same, and its RRsets
 * by owner name, to share where equal when it does not.
 */
interface Remembered extends SideRead<Result<ParsedZoneFile>> {
  readonly byName: RememberedRRsets;
  /** What `reparse` needs, when the parse allows one (ZoneFileParser.outline). */
  readonly outline?: Outline;
}

function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort(
    (a, b) =>
      (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      (a.location.column ?? 0) - (b.location.column ?? 0),
  );
}
