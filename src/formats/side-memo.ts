import type { InputLimits } from './budget.js';

/**
 * What one side's load of a review leaves for the other side's load of the same file: a BIND
 * file's parse or an octoDNS zone file's read, so the second side reuses it when the file reads
 * the same, and a BIND parse otherwise shares what is equal with it (formats/bind/parse.ts),
 * its own copies dying young; DNSControl's sandbox started ahead for the second side's
 * evaluation (formats/dnscontrol/sandbox.ts), and a DNSControl evaluation, which the second
 * side takes when it is given the same input (formats/dnscontrol/evaluation-memo.ts). One memo per
 * review, made beside its input budget and dropped with it; a load without one shares nothing
 * (export, audit, history: one side each).
 */
export interface Memo {
  /** What the other side left under `key`, taken out: each entry serves one later load. */
  take(key: string): unknown;
  keep(key: string, value: unknown): void;
}

export class SideMemo implements Memo {
  private readonly kept = new Map<string, unknown>();

  take(key: string): unknown {
    const value = this.kept.get(key);
    this.kept.delete(key);
    return value;
  }

  keep(key: string, value: unknown): void {
    this.kept.set(key, value);
  }
}

/**
 * The memo as one attempt sees it, when the attempt may be thrown away (a BIND file parsed
 * again once the files it includes have been read): `settle(false)` puts back what it took and
 * drops what it kept, so the attempt that counts finds and leaves what it would have alone.
 */
export class MemoAttempt implements Memo {
  private readonly taken = new Map<string, unknown>();
  private readonly left = new Map<string, unknown>();

  constructor(private readonly memo: Memo) {}

  take(key: string): unknown {
    const value = this.memo.take(key);
    if (value !== undefined) this.taken.set(key, value);
    return value;
  }

  keep(key: string, value: unknown): void {
    this.left.set(key, value);
  }

  /** Ends the attempt: `counts` when its result is the one the load keeps. */
  settle(counts: boolean): void {
    for (const [key, value] of counts ? this.left : this.taken) this.memo.keep(key, value);
  }
}

/**
 * One side's read of a file, for the other side to take as its own when the file reads the
 * same there: a read is a function of the file's text, of the files it includes and of its
 * options (the memo key names the file and options), so most files of a repository, the same on
 * both sides of a pull request, are read once (issue 15).
 */
export interface SideRead<T> {
  readonly text: string;
  /** Every included file and the text it had (`undefined`: it could not be read). */
  readonly includes: readonly (readonly [string, string | undefined])[];
  /** What the read cost the review's input budget: taking it costs the same. */
  readonly charged: InputLimits;
  readonly value: T;
}

/** The included files and their texts as `read` gives them (a refused read is `undefined`). */
export function includedTexts(
  files: readonly string[],
  read: (path: string) => string | undefined,
): [string, string | undefined][] {
  return [...new Set(files)].map((f) => [f, readOrUndefined(read, f)]);
}

/** True when `text` and every include, as `read` gives it now, are what `r` read. */
export function readsTheSame(
  r: SideRead<unknown>,
  text: string,
  read: (path: string) => string | undefined,
): boolean {
  if (r.text !== text) return false;
  for (const [file, was] of r.includes) {
    const now = readOrUndefined(read, file);
    if (now === undefined || now !== was) return false;
  }
  return true;
}

function readOrUndefined(
  read: (path: string) => string | undefined,
  file: string,
): string | undefined {
  try {
    return read(file);
  } catch {
    return undefined;
  }
}
