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

/** Who hears the outcomes of bulk queries (`DnsClient.ask`), each with the caller's index. */
export interface Receiver {
  answered(index: number, result: QueryResult): void;
}

export interface DnsClient {
  query(server: ServerAddress, request: QueryRequest): Promise<QueryResult>;
  /**
   * The same as `query` for loops over thousands of queries, where a promise, or a closure,
   * per query is a measurable cost: `to.answered(index, result)` is called exactly once
   * (possibly before `ask` returns), and one receiver serves a whole loop. `request` is read
   * when called and not kept: a loop may reuse one object for every query.
   */
  ask(server: ServerAddress, request: QueryRequest, index: number, to: Receiver): void;
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

/** What waits for a limiter slot: `go` runs once the slot is granted. */
interface Holder {
  go(): void;
}

/**
 * Counting semaphore: at most `limit` holders, FIFO waiters. Granting runs in a loop, not by
 * recursion, so a holder that releases at once cannot deepen the stack.
 */
class Limiter {
  private active = 0;
  private readonly waiting: Holder[] = [];
  private granting = false;
  constructor(private readonly limit: number) {}
  acquire(holder: Holder): void {
    this.waiting.push(holder);
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
      this.waiting.shift()!.go();
    }
    this.granting = false;
  }
}

/** What the queries of one client share: its settings, transport and state. */
interface Core {
  readonly net: Transport;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly backoffMs: number;
  /** Absolute, ms since epoch. */
  readonly deadline: number;
  /** Queries waiting to retry, by their timer: `close` ends them at once. */
  readonly backoffs: Map<NodeJS.Timeout, () => void>;
  closed: boolean;
  /** Datagrams and TCP queries sent so far. */
  sent: number;
  limiterOf(server: ServerAddress): Limiter;
}

/**
 * One query from first attempt to outcome: the server's pipelined TCP connection when asked
 * for and still usable, else UDP, TCP when the UDP answer is truncated, a retry after
 * backoff on silence. One object per query holds its state and is the question the transport
 * encodes (its fields copied from the request), with one callback for the exchanges' outcomes
 * (the caller's promise, if any, is the only other): on loopback a closure or an object per
 * step costs more in garbage collection than the step itself. Defined once for every client:
 * a class per client would give each run's objects new shapes, and the code that reads them
 * would slow down run after run.
 */
class Ask implements Holder, Question {
  readonly name: string;
  readonly type: string;
  readonly rd: boolean;
  readonly dnssec: boolean;
  private attempt: number;
  private via: 'udp' | 'tcp' | 'stream';
  private viaStream: boolean;
  private readonly limiter: Limiter;
  private readonly exchanged: Done;

  constructor(
    private readonly core: Core,
    private readonly server: ServerAddress,
    request: QueryRequest,
    private readonly index: number,
    private readonly to: Receiver,
  ) {
    // Assigned here, not as field initialisers: V8 builds the object faster.
    this.name = request.name;
    this.type = request.type;
    this.rd = request.rd === true;
    this.dnssec = request.dnssec === true;
    this.attempt = 0;
    this.via = 'udp';
    this.viaStream = request.stream === true;
    this.limiter = core.limiterOf(server);
    this.exchanged = (result) => this.outcome(result);
  }

  private finish(result: QueryResult): void {
    this.to.answered(this.index, result);
  }

  start(): void {
    this.exchange(this.viaStream && this.core.net.streams(this.server) ? 'stream' : 'udp');
  }

  /**
   * Each exchange holds a limiter slot from send to outcome; the time left is read when the
   * slot is granted, so waiting for a slot cannot carry a query past the deadline.
   */
  private exchange(via: 'udp' | 'tcp' | 'stream'): void {
    this.via = via;
    this.limiter.acquire(this);
  }

  go(): void {
    const core = this.core;
    if (core.closed) {
      this.limiter.release();
      this.finish(closedResult);
      return;
    }
    const left = core.deadline - Date.now();
    if (left <= 0) {
      this.limiter.release();
      this.finish(pastDeadline);
      return;
    }
    core.sent++;
    core.net[this.via](this.server, this, Math.min(core.timeoutMs, left), this.exchanged);
  }

  private outcome(result: Exchange) {
    this.limiter.release();
    switch (this.via) {
      case 'stream':
        if (result.ok) return this.finish(describe(result.response, true));
        if (result.error === 'malformed' || this.core.closed) return this.finish(result);
        // TCP to this server failed (the channel now says so): the same query over UDP.
        this.viaStream = false;
        return this.start();
      case 'udp':
        if (!result.ok) return this.failed(result);
        if (!result.response.flag_tc) return this.finish(describe(result.response, false));
        return this.exchange('tcp');
      case 'tcp':
        return result.ok ? this.finish(describe(result.response, true)) : this.failed(result);
    }
  }

  private failed(result: Extract<Exchange, { ok: false }>) {
    const core = this.core;
    if (result.error === 'malformed' || core.closed) return this.finish(result);
    if (++this.attempt > core.retries) return this.finish(result);
    const wait = Math.min(core.backoffMs * 2 ** (this.attempt - 1), core.deadline - Date.now());
    if (wait <= 0) return this.start();
    const retry = () => this.start();
    // Kept referenced: a query waiting to retry must keep the process alive.
    const timer = setTimeout(() => {
      core.backoffs.delete(timer);
      retry();
    }, wait);
    core.backoffs.set(timer, retry);
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
  const core: Core = {
    net,
    timeoutMs,
    retries,
    backoffMs,
    deadline,
    backoffs: new Map(),
    closed: false,
    sent: 0,
    limiterOf,
  };
  const transferIds = new IdSource();
  const transfers = new Set<() => void>();

  return {
    query(server, request) {
      return new Promise((resolve) =>
        new Ask(core, server, request, 0, new Resolving(resolve)).start(),
      );
    },
    ask(server, request, index, to) {
      new Ask(core, server, request, index, to).start();
    },
    transfer(server, zone, transferMs) {
      const left = Math.min(transferMs, deadline - Date.now());
      if (core.closed)
        return Promise.resolve({ ok: false, refused: false, reason: 'the DNS client was closed' });
      if (left <= 0)
        return Promise.resolve({
          ok: false,
          refused: false,
          reason: 'the live-DNS deadline passed',
        });
      core.sent++;
      return new Promise((resolve) =>
        transferZone(server, zone, left, transferIds, transfers, resolve),
      );
    },
    get sent() {
      return core.sent;
    },
    close() {
      core.closed = true;
      net.close();
      for (const abort of [...transfers]) abort();
      const waiting = [...core.backoffs];
      core.backoffs.clear();
      for (const [timer, retry] of waiting) {
        clearTimeout(timer);
        retry();
      }
    },
  };
}

/** The receiver of a single `query`: its promise. */
class Resolving implements Receiver {
  constructor(private readonly resolve: (result: QueryResult) => void) {}
  answered(_index: number, result: QueryResult): void {
    this.resolve(result);
  }
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
