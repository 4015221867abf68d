/**
 * The DNS client the live phase uses: a query is UDP first and TCP when the answer is
 * truncated (bulk queries may ask for the server's pipelined TCP connection instead, with UDP
 * as the fallback), retried with backoff on silence, with a bound on queries in flight to each
 * server and one deadline for everything. It never throws: every outcome is a value the caller records.
 */
import { type TransferResult, transferZone } from './axfr.js';
import type { Done, Exchange, ServerAddress } from './exchange.js';
import { IdSource, type Question } from './query-wire.js';
import { createTransport, type Response, type Transport } from './transport.js';

export interface ClientOptions {
  /** Per attempt, milliseconds. */
  readonly timeoutMs?: number;
  /** Extra attempts after the first on timeout or network error. */
  readonly retries?: number;
  /** First backoff delay; doubles each retry. */
  readonly backoffMs?: number;
  /**
   * Queries in flight at once to each server: every server has its own bound, so asking all
   * the servers of a zone takes about the wall time of asking one (each answers at its pace).
   */
  readonly maxInFlight?: number;
  /** Absolute time (ms since epoch) after which no query is sent and waits end. */
  readonly deadline?: number;
}

export interface QueryRequest {
  readonly name: string;
  readonly type: string;
  /** Recursion desired: true only towards recursive resolvers. */
  readonly rd?: boolean;
  readonly dnssec?: boolean;
  /**
   * Ask over the server's pipelined TCP connection (bulk fetching), falling back to UDP when
   * TCP to that server fails.
   */
  readonly stream?: boolean;
}

export type QueryResult =
  | {
      readonly ok: true;
      readonly response: Response;
      readonly rcode: string;
      readonly authoritative: boolean;
      readonly truncated: boolean;
      readonly tcp: boolean;
    }
  | {
      readonly ok: false;
      readonly error: 'timeout' | 'network' | 'malformed' | 'deadline';
      readonly message: string;
    };

export interface DnsClient {
  query(server: ServerAddress, request: QueryRequest): Promise<QueryResult>;
  /**
   * The same as `query` with a callback, called exactly once (possibly before `ask` returns):
   * for loops over thousands of queries, where a promise per query is a measurable cost.
   */
  ask(server: ServerAddress, request: QueryRequest, done: (result: QueryResult) => void): void;
  /**
   * A zone transfer (AXFR over TCP) of `zone` from the server, bounded by `timeoutMs` and the
   * deadline; never retried (a refusal is the usual, and a final, answer).
   */
  transfer(server: ServerAddress, zone: string, timeoutMs: number): Promise<TransferResult>;
  /** Datagrams and TCP queries sent so far. */
  readonly sent: number;
  close(): void;
}

export const DEFAULTS = {
  timeoutMs: 2000,
  retries: 2,
  backoffMs: 100,
  maxInFlight: 64,
} as const;

/**
 * Counting semaphore over callbacks: at most `limit` holders, FIFO waiters. Granting runs in a
 * loop, not by recursion, so a holder that releases at once cannot deepen the stack.
 */
class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private granting = false;
  constructor(private readonly limit: number) {}
  acquire(start: () => void): void {
    this.waiting.push(start);
    this.grant();
  }
  release(): void {
    this.active--;
    this.grant();
  }
  private grant(): void {
    if (this.granting) return;
    this.granting = true;
    while (this.active < this.limit && this.waiting.length > 0) {
      this.active++;
      this.waiting.shift()!();
    }
    this.granting = false;
  }
}

export function createDnsClient(options: ClientOptions = {}, transport?: Transport): DnsClient {
  const net = transport ?? createTransport();
  const timeoutMs = Math.max(1, options.timeoutMs ?? DEFAULTS.timeoutMs);
  const retries = Math.max(0, Math.min(10, options.retries ?? DEFAULTS.retries));
  const backoffMs = Math.max(0, options.backoffMs ?? DEFAULTS.backoffMs);
  const width = Math.max(1, options.maxInFlight ?? DEFAULTS.maxInFlight);
  const limiters = new Map<string, Limiter>();
  // Callers ask the same server objects again and again: find their limiter without building
  // the key string for each query.
  const known = new WeakMap<ServerAddress, Limiter>();
  const limiterOf = (server: ServerAddress): Limiter => {
    let limiter = known.get(server);
    if (limiter) return limiter;
    const key = `${server.address}#${server.port}`;
    limiter = limiters.get(key);
    if (!limiter) {
      limiter = new Limiter(width);
      limiters.set(key, limiter);
    }
    known.set(server, limiter);
    return limiter;
  };
  const deadline = options.deadline ?? Number.POSITIVE_INFINITY;
  /** Queries waiting to retry, by their timer: `close` ends them at once. */
  const backoffs = new Map<NodeJS.Timeout, () => void>();
  let closed = false;
  let sent = 0;
  const transferIds = new IdSource();
  const transfers = new Set<() => void>();

  /**
   * One query from first attempt to outcome, as a chain of callbacks: the server's pipelined
   * TCP connection when asked for and still usable, else UDP, TCP when the UDP answer is
   * truncated, a retry after backoff on silence. The caller's promise is the only one.
   */
  function run(
    server: ServerAddress,
    q: Question,
    stream: boolean,
    finish: (r: QueryResult) => void,
  ): void {
    let attempt = 0;
    let viaStream = stream;
    const limiter = limiterOf(server);

    // Each exchange holds a limiter slot from send to outcome; the time left is read when the
    // slot is granted, so waiting for a slot cannot carry a query past the deadline.
    const exchange = (via: 'udp' | 'tcp' | 'stream', then: Done) =>
      limiter.acquire(() => {
        if (closed) {
          limiter.release();
          finish(closedResult);
          return;
        }
        const left = deadline - Date.now();
        if (left <= 0) {
          limiter.release();
          finish(pastDeadline);
          return;
        }
        sent++;
        net[via](server, q, Math.min(timeoutMs, left), (result) => {
          limiter.release();
          then(result);
        });
      });

    const failed = (result: Extract<Exchange, { ok: false }>) => {
      if (result.error === 'malformed' || closed) return finish(result);
      if (++attempt > retries) return finish(result);
      const wait = Math.min(backoffMs * 2 ** (attempt - 1), deadline - Date.now());
      if (wait <= 0) return start();
      // Kept referenced: a query waiting to retry must keep the process alive.
      const timer = setTimeout(() => {
        backoffs.delete(timer);
        start();
      }, wait);
      backoffs.set(timer, start);
    };

    const start = () => {
      if (viaStream && net.streams(server))
        return exchange('stream', (tcp) => {
          if (tcp.ok) return finish(describe(tcp.response, true));
          if (tcp.error === 'malformed' || closed) return finish(tcp);
          // TCP to this server failed (the channel now says so): the same query over UDP.
          viaStream = false;
          start();
        });
      exchange('udp', (udp) => {
        if (!udp.ok) return failed(udp);
        if (!udp.response.flag_tc) return finish(describe(udp.response, false));
        exchange('tcp', (tcp) => (tcp.ok ? finish(describe(tcp.response, true)) : failed(tcp)));
      });
    };

    start();
  }

  const question = (request: QueryRequest): Question => ({
    name: request.name,
    type: request.type,
    rd: request.rd ?? false,
    dnssec: request.dnssec ?? false,
  });

  return {
    query(server, request) {
      return new Promise((resolve) =>
        run(server, question(request), request.stream === true, resolve),
      );
    },
    ask(server, request, done) {
      run(server, question(request), request.stream === true, done);
    },
    transfer(server, zone, transferMs) {
      const left = Math.min(transferMs, deadline - Date.now());
      if (closed)
        return Promise.resolve({ ok: false, refused: false, reason: 'the DNS client was closed' });
      if (left <= 0)
        return Promise.resolve({
          ok: false,
          refused: false,
          reason: 'the live-DNS deadline passed',
        });
      sent++;
      return new Promise((resolve) =>
        transferZone(server, zone, left, transferIds, transfers, resolve),
      );
    },
    get sent() {
      return sent;
    },
    close() {
      closed = true;
      net.close();
      for (const abort of [...transfers]) abort();
      const waiting = [...backoffs];
      backoffs.clear();
      for (const [timer, retry] of waiting) {
        clearTimeout(timer);
        retry();
      }
    },
  };
}

const closedResult: QueryResult = {
  ok: false,
  error: 'network',
  message: 'the DNS client was closed',
};

const pastDeadline: QueryResult = {
  ok: false,
  error: 'deadline',
  message: 'the live-DNS deadline passed',
};

function describe(response: Response, tcp: boolean): QueryResult {
  return {
    ok: true,
    response,
    rcode: response.rcode ?? 'NOERROR',
    authoritative: response.flag_aa === true,
    truncated: response.flag_tc === true,
    tcp,
  };
}
