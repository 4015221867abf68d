/**
 * What one side's load of a review leaves for the other side's load of the same file: a BIND
 * file's parse, so the second side reuses it when the file reads the same and otherwise shares
 * what is equal with it (formats/bind/parse.ts), its own copies dying young. One memo per
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
