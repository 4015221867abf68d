/**
 * The zone-file lexer: turns text into entries (one logical line each, parentheses joined)
 * of tokens with their line and column.
 *
 * Why hand-written: no maintained npm parser covers BIND's `$GENERATE`, keeps `\X`/`\DDD`
 * escapes for the field parsers (they mean different things in names, strings and SvcParams),
 * and reports located errors; and a char-code scanner is what keeps a 100,000-record file
 * within named-checkzone's time.
 */
import { isTokenSpace, TOKEN_SPACE } from '../../model/rdata/tokens.js';
import type { RdataToken } from '../../model/rdata/types.js';

export interface ZoneToken extends RdataToken {
  readonly line: number;
  readonly column: number;
}

export interface Entry {
  readonly tokens: ZoneToken[];
  /** The line began with white space: the owner is the previous one. */
  readonly blankOwner: boolean;
  readonly line: number;
}

export interface LexError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const SEMI = 0x3b;
const QUOTE = 0x22;
const OPEN = 0x28;
const CLOSE = 0x29;
const BACKSLASH = 0x5c;

/**
 * Delimiters that end an unquoted word: white space (`TOKEN_SPACE`, the one definition every
 * tokenizer shares), `;`, `(`, `)`, `"`. Any other character is part of the word.
 */
const DELIM = new Uint8Array(128);
for (const c of [...TOKEN_SPACE, SEMI, QUOTE, OPEN, CLOSE]) DELIM[c] = 1;

/**
 * Streams entries one at a time, so a large file's tokens die young (cheap for the garbage
 * collector) instead of living as one big array.
 */
export class ZoneLexer {
  readonly errors: LexError[] = [];
  private i = 0;
  private line: number;
  private lineStart = 0;
  private readonly pool: { text: string; quoted: boolean; line: number; column: number }[] = [];
  private readonly shared: ZoneToken[] = [];
  private readonly shown: { tokens: ZoneToken[]; blankOwner: boolean; line: number } = {
    tokens: [],
    blankOwner: false,
    line: 0,
  };

  /**
   * With `reuse`, each entry, its token objects and its array are recycled by the next call
   * (the caller must be done with an entry before asking for the next): fewer short-lived
   * objects.
   */
  constructor(
    private readonly text: string,
    private readonly reuse = false,
    /** The line number of the text's first line (a part of a file read on its own). */
    firstLine = 1,
    /**
     * Where to note the lines that begin inside parentheses, as `[first, last]` pairs in
     * order (flat): the lines a reader cannot start at (reparse.ts).
     */
    private readonly inside?: number[],
  ) {
    this.line = firstLine;
  }

  private token(
    tokens: ZoneToken[],
    text: string,
    quoted: boolean,
    line: number,
    column: number,
  ): void {
    if (!this.reuse) {
      tokens.push({ text, quoted, line, column });
      return;
    }
    let t = this.pool[tokens.length];
    if (t === undefined) {
      t = { text, quoted, line, column };
      this.pool.push(t);
    } else {
      t.text = text;
      t.quoted = quoted;
      t.line = line;
      t.column = column;
    }
    tokens.push(t);
  }

  private entry(tokens: ZoneToken[], blankOwner: boolean, line: number): Entry {
    if (!this.reuse) return { tokens, blankOwner, line };
    const e = this.shown;
    e.tokens = tokens;
    e.blankOwner = blankOwner;
    e.line = line;
    return e;
  }

  private fresh(): ZoneToken[] {
    if (!this.reuse) return [];
    this.shared.length = 0;
    return this.shared;
  }

  /** The next entry, or undefined at the end of the text. */
  next(): Entry | undefined {
    const text = this.text;
    const n = text.length;
    let i = this.i;
    let line = this.line;
    let lineStart = this.lineStart;
    let depth = 0;
    let openLine = 0;
    let openColumn = 0;
    let tokens = this.fresh();
    let blankOwner = false;
    let entryLine = line;
    let broken = false; // an error in this entry: it is dropped, the next one is read
    let atLineStart = i === lineStart;
    for (;;) {
      if (i >= n) {
        if (depth > 0) {
          this.errors.push({
            message: 'unbalanced "(": the file ends before the closing ")"',
            line: openLine,
            column: openColumn,
          });
          broken = true;
        }
        this.i = i;
        this.line = line;
        this.lineStart = lineStart;
        return tokens.length > 0 && !broken ? this.entry(tokens, blankOwner, entryLine) : undefined;
      }
      const c = text.charCodeAt(i);
      if (atLineStart) {
        atLineStart = false;
        if (depth === 0) {
          blankOwner = c === SPACE || c === TAB;
          entryLine = line;
        }
      }
      if (c !== LF && isTokenSpace(c)) {
        i++;
      } else if (c === LF) {
        i++;
        line++;
        lineStart = i;
        atLineStart = true;
        if (depth > 0 && this.inside !== undefined) noteInside(this.inside, line);
        if (depth === 0) {
          if (tokens.length > 0 && !broken) {
            this.i = i;
            this.line = line;
            this.lineStart = lineStart;
            return this.entry(tokens, blankOwner, entryLine);
          }
          tokens = this.fresh();
          broken = false;
        }
      } else if (c === SEMI) {
        while (i < n && text.charCodeAt(i) !== LF) i++;
      } else if (c === OPEN) {
        if (depth === 0) {
          openLine = line;
          openColumn = i - lineStart + 1;
        }
        depth++;
        i++;
      } else if (c === CLOSE) {
        if (depth === 0) {
          this.errors.push({
            message: 'unbalanced ")": no "(" is open',
            line,
            column: i - lineStart + 1,
          });
          broken = true;
        } else depth--;
        i++;
      } else if (c === QUOTE) {
        const startLine = line;
        const column = i - lineStart + 1;
        let j = i + 1;
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d === QUOTE || d === LF) break;
          if (d === BACKSLASH && text.charCodeAt(j + 1) !== LF) j++;
        }
        // BIND ends a quoted string at the line's end ("unbalanced quotes"), whatever RFC 1035
        // allows, and the zone must load the same for both.
        if (j >= n || text.charCodeAt(j) === LF) {
          this.errors.push({
            message: 'unterminated quoted string: expected a closing " on this line',
            line,
            column,
          });
          broken = true;
          i = j;
          continue;
        }
        const s = text.slice(i + 1, j);
        this.token(tokens, s, true, startLine, column);
        i = j + 1;
      } else {
        const start = i;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 128 && DELIM[d] === 1) break;
          // `\X` keeps X in the word, but a backslash never joins two lines.
          if (d === BACKSLASH && i + 1 < n && text.charCodeAt(i + 1) !== LF) i += 2;
          else i++;
        }
        this.token(tokens, text.slice(start, i), false, line, start - lineStart + 1);
      }
    }
  }
}

/** Adds `line` to the `[first, last]` pairs of `inside`, extending the last pair when it can. */
function noteInside(inside: number[], line: number): void {
  const n = inside.length;
  if (n > 0 && inside[n - 1] === line - 1) inside[n - 1] = line;
  else inside.push(line, line);
}

/** Every entry of a text at once (tests, small files). */
export function lexZone(text: string): { entries: Entry[]; errors: LexError[] } {
  const lexer = new ZoneLexer(text);
  const entries: Entry[] = [];
  for (let e = lexer.next(); e; e = lexer.next()) entries.push(e);
  return { entries, errors: lexer.errors };
}
