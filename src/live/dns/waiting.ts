/**
 * The queries one channel has sent and not yet seen answered, keyed by message ID. An
 * answer settles its query only when it repeats the query's question and decodes; anything
 * else is ignored as spoofed or stale and the query keeps waiting. One sweeping timer per
 * channel enforces every query's timeout: on loopback a timer and a clearTimeout per query
 * cost as much as the round trip. The entries sit in an `IdTable`, not a Map: a Map that gains
 * and loses an entry per query keeps rebuilding its hash table.
 */

import type { Done, Exchange } from './exchange.js';
import { IdTable } from './id-table.js';
import {
  answersQuery,
  decode,
  encodeQuery,
  HEADER,
  type IdSource,
  type Question,
} from './query-wire.js';

interface Entry {
  /** As sent: after a TCP length prefix when the channel frames its queries. */
  readonly query: Buffer;
  /** When the query times out (ms since epoch). */
  readonly expiry: number;
  readonly timeoutMs: number;
  readonly done: Done;
}

export class Waiting {
  private readonly entries = new IdTable<Entry>();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;

  /** Where a query's message starts in what `add` gives: 2 after a TCP length prefix. */
  private readonly at: number;

  /**
   * `onTimeout` hears of each sweep that expired something, before the callers do; `framed`
   * queries are written with their TCP length prefix.
   */
  constructor(
    private readonly ids: IdSource,
    private readonly onTimeout?: () => void,
    private readonly framed = false,
  ) {
    this.at = framed ? 2 : 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Registers a question under a random ID no waiting query uses, and gives its wire form to
   * send (framed for TCP when the channel is). Undefined, after telling `done`, when the question cannot be encoded (a pseudo-type,
   * a bad name).
   */
  add(q: Question, timeoutMs: number, done: Done): Buffer | undefined {
    let id = this.ids.take();
    for (let i = 0; this.entries.has(id) && i < 0x10000; i++) id = (id + 1) & 0xffff;
    let query: Buffer;
    try {
      query = encodeQuery(id, q, this.framed);
    } catch (e) {
      done({ ok: false, error: 'malformed', message: (e as Error).message });
      return undefined;
    }
    const expiry = Date.now() + timeoutMs;
    this.entries.set(id, { query, expiry, timeoutMs, done });
    if (expiry < this.timerAt) this.arm(expiry);
    return query;
  }

  /** Offers a message as an answer; true when it settled a query. */
  settle(msg: Buffer): boolean {
    if (msg.length < HEADER) return false;
    const id = (msg[0]! << 8) | msg[1]!;
    const entry = this.entries.get(id);
    if (!entry || !answersQuery(msg, entry.query, this.at)) return false;
    const response = decode(msg);
    if (!response) return false;
    this.entries.delete(id);
    if (this.entries.size === 0) this.disarm();
    entry.done({ ok: true, response });
    return true;
  }

  /** The queries still waiting, as sent, to send again (on a new connection). */
  queries(): Buffer[] {
    return this.entries.values().map((e) => e.query);
  }

  /** Ends every waiting query with `result`. */
  failAll(result: Exchange): void {
    const entries = this.entries.values();
    this.entries.clear();
    this.disarm();
    for (const entry of entries) entry.done(result);
  }

  /** One timer for the whole channel, set for the earliest expiry. */
  private arm(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(this.sweep, Math.max(1, at - Date.now()));
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  private readonly sweep = (): void => {
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    const now = Date.now();
    const expired: Entry[] = [];
    let next = Number.POSITIVE_INFINITY;
    for (const [id, entry] of this.entries.entries()) {
      if (entry.expiry <= now) {
        this.entries.delete(id);
        expired.push(entry);
      } else if (entry.expiry < next) next = entry.expiry;
    }
    if (next < this.timerAt) this.arm(next);
    if (expired.length > 0) this.onTimeout?.();
    for (const entry of expired)
      entry.done({
        ok: false,
        error: 'timeout',
        message: `no answer within ${entry.timeoutMs} ms`,
      });
  };
}
