/**
 * The zone-file lexer: turns text into entries (one logical line each, parentheses joined)
 * of tokens with their line and column.
 *
 * Why hand-written: no maintained npm parser covers BIND's `$GENERATE`, keeps `\X`/`\DDD`
 * escapes for the field parsers (they mean different things in names, strings and SvcParams),
 * and reports located errors; and a char-code scanner is what keeps a 100,000-record file
 * within named-checkzone's time.
 */
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
const CR = 0x0d;
const SEMI = 0x3b;
const QUOTE = 0x22;
const OPEN = 0x28;
const CLOSE = 0x29;
const BACKSLASH = 0x5c;

/** Delimiters that end an unquoted word: white space, `;`, `(`, `)`, `"`. */
const DELIM = new Uint8Array(128);
for (const c of [SPACE, TAB, LF, CR, SEMI, QUOTE, OPEN, CLOSE]) DELIM[c] = 1;

/**
 * Streams entries one at a time, so a large file's tokens die young (cheap for the garbage
 * collector) instead of living as one big array.
 */
export class ZoneLexer {
  readonly errors: LexError[] = [];
  private i = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

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
    let tokens: ZoneToken[] = [];
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
        return tokens.length > 0 && !broken ? { tokens, blankOwner, line: entryLine } : undefined;
      }
      const c = text.charCodeAt(i);
      if (atLineStart) {
        atLineStart = false;
        if (depth === 0) {
          blankOwner = c === SPACE || c === TAB;
          entryLine = line;
        }
      }
      if (c === SPACE || c === TAB || c === CR) {
        i++;
      } else if (c === LF) {
        i++;
        line++;
        lineStart = i;
        atLineStart = true;
        if (depth === 0) {
          if (tokens.length > 0 && !broken) {
            this.i = i;
            this.line = line;
            this.lineStart = lineStart;
            return { tokens, blankOwner, line: entryLine };
          }
          tokens = [];
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
          if (d === QUOTE) break;
          if (d === BACKSLASH) j++;
        }
        if (j >= n) {
          this.errors.push({
            message: 'unterminated quoted string: expected a closing "',
            line,
            column,
          });
          broken = true;
          i = n;
          continue;
        }
        const s = text.slice(i + 1, j);
        if (s.includes('\n')) {
          for (let k = 0; k < s.length; k++)
            if (s.charCodeAt(k) === LF) {
              line++;
              lineStart = i + 1 + k + 1;
            }
        }
        tokens.push({ text: s, quoted: true, line: startLine, column });
        i = j + 1;
      } else {
        const start = i;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 128 && DELIM[d] === 1) break;
          if (d === BACKSLASH && i + 1 < n) {
            if (text.charCodeAt(i + 1) === LF) break; // a backslash does not join lines
            i += 2;
          } else i++;
        }
        tokens.push({
          text: text.slice(start, i),
          quoted: false,
          line,
          column: start - lineStart + 1,
        });
      }
    }
  }
}

/** Every entry of a text at once (tests, small files). */
export function lexZone(text: string): { entries: Entry[]; errors: LexError[] } {
  const lexer = new ZoneLexer(text);
  const entries: Entry[] = [];
  for (let e = lexer.next(); e; e = lexer.next()) entries.push(e);
  return { entries, errors: lexer.errors };
}
