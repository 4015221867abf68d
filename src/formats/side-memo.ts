/**
 * What one side's load of a review leaves for the other side's load of the same file: a BIND
 * file's RRsets, so the second parse shares what is equal with the first (formats/bind/parse.ts)
 * and its own copies die young. One memo per review, made beside its input budget and dropped
 * with it; a load without one shares nothing (export, audit, history: one side each).
 */
export class SideMemo {
  private readonly kept = new Map<string, unknown>();

  /** What the other side left under `key`, taken out: each entry serves one later load. */
  take(key: string): unknown {
    const value = this.kept.get(key);
    this.kept.delete(key);
    return value;
  }

  keep(key: string, value: unknown): void {
    this.kept.set(key, value);
  }
}
