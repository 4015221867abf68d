/**
 * The DNS client the live phase uses: a query is UDP first and TCP when the answer is
 * truncated, retried with backoff on silence, with a bound on queries in flight and one
 * deadline for everything. It never throws: every outcome is a value the caller records.
 */
import {
  createTransport,
  type Exchange,
  type Response,
  type ServerAddress,
  type Transport,
} from './transport.js';

export interface ClientOptions {
  /** Per attempt, milliseconds. */
  readonly timeoutMs?: number;
  /** Extra attempts after the first on timeout or network error. */
  readonly retries?: number;
  /** First backoff delay; doubles each retry. */
  readonly backoffMs?: number;
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

/** Counting semaphore: at most `limit` holders, FIFO waiters. */
class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref?.());

export function createDnsClient(options: ClientOptions = {}, transport?: Transport): DnsClient {
  const net = transport ?? createTransport();
  const timeoutMs = Math.max(1, options.timeoutMs ?? DEFAULTS.timeoutMs);
  const retries = Math.max(0, Math.min(10, options.retries ?? DEFAULTS.retries));
  const backoffMs = Math.max(0, options.backoffMs ?? DEFAULTS.backoffMs);
  const limiter = new Limiter(Math.max(1, options.maxInFlight ?? DEFAULTS.maxInFlight));
  const deadline = options.deadline ?? Number.POSITIVE_INFINITY;
  let sent = 0;

  const remaining = () => deadline - Date.now();
  const pastDeadline = (): QueryResult => ({
    ok: false,
    error: 'deadline',
    message: 'the live-DNS deadline passed',
  });

  async function attempt(server: ServerAddress, q: QueryRequest): Promise<QueryResult> {
    const question = { name: q.name, type: q.type, rd: q.rd ?? false, dnssec: q.dnssec ?? false };
    const left = remaining();
    if (left <= 0) return pastDeadline();
    sent++;
    const udp: Exchange = await limiter.run(() =>
      net.udp(server, question, Math.min(timeoutMs, left)),
    );
    if (!udp.ok) return udp;
    if (!udp.response.flag_tc) return describe(udp.response, false);
    const tcpLeft = remaining();
    if (tcpLeft <= 0) return pastDeadline();
    sent++;
    const tcp = await limiter.run(() => net.tcp(server, question, Math.min(timeoutMs, tcpLeft)));
    return tcp.ok ? describe(tcp.response, true) : tcp;
  }

  return {
    async query(server, request) {
      let last: QueryResult = pastDeadline();
      for (let i = 0; i <= retries; i++) {
        if (i > 0) {
          const wait = Math.min(backoffMs * 2 ** (i - 1), remaining());
          if (wait > 0) await sleep(wait);
        }
        try {
          last = await attempt(server, request);
        } catch (e) {
          // Only a question we cannot encode (a pseudo-type, a bad name) gets here.
          return { ok: false, error: 'malformed', message: (e as Error).message };
        }
        if (last.ok || last.error === 'deadline' || last.error === 'malformed') return last;
      }
      return last;
    },
    get sent() {
      return sent;
    },
    close: () => net.close(),
  };
}

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
