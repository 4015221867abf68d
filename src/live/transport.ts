/**
 * One DNS exchange over UDP or TCP, nothing more: retries, fail-over and limits live in
 * `client.ts`. UDP uses one long-lived connected socket per server, shared by every query to
 * it (a socket per query costs more than the query on loopback); an answer is accepted only
 * when it comes from the server asked (the kernel checks, the socket is connected), carries
 * the query's ID and repeats its question. Anything else is ignored as spoofed or stale, and
 * the query keeps waiting until its timeout.
 *
 * The exchange reports through a callback rather than a promise, and one sweeping timer per
 * socket enforces every query's timeout: on loopback a promise, a timer and a clearTimeout
 * per query cost as much as the round trip.
 */
import { getRandomValues } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { connect, isIPv6 } from 'node:net';
import * as packet from 'dns-packet';
import { nameToWire } from '../model/dnssec.js';
import { decodeResponse, type Response } from './decode.js';
import { typeNumber } from './wire-types.js';

export interface ServerAddress {
  readonly address: string;
  readonly port: number;
}

export type { Response } from './decode.js';

export interface Question {
  /** Absolute name without the trailing dot is fine too; compared case-insensitively. */
  readonly name: string;
  readonly type: string;
  readonly rd: boolean;
  /** Sets the EDNS DO bit (asking for DNSSEC records). */
  readonly dnssec: boolean;
}

export type Exchange =
  | { readonly ok: true; readonly response: Response }
  | {
      readonly ok: false;
      readonly error: 'timeout' | 'network' | 'malformed';
      readonly message: string;
    };

/** Receives the outcome of one exchange, exactly once. */
export type Done = (result: Exchange) => void;

export interface Transport {
  udp(server: ServerAddress, q: Question, timeoutMs: number, done: Done): void;
  tcp(server: ServerAddress, q: Question, timeoutMs: number, done: Done): void;
  /** Ends every exchange still waiting (as a network error) and releases the sockets. */
  close(): void;
}

/** EDNS0 UDP payload size recommended by DNS Flag Day 2020. */
export const EDNS_BUFFER = 1232;
const MAX_TCP_MESSAGE = 65535;
const HEADER = 12;

/**
 * The query in wire form, written directly: header, one question, an EDNS0 OPT record
 * (RFC 6891) with our buffer size and the DO bit when asked. dns-packet's general encoder
 * costs more than the rest of a loopback round trip.
 */
export function encodeQuery(id: number, q: Question): Buffer {
  const type = typeNumber(q.type);
  const qname = questionName(q.name);
  const buf = Buffer.allocUnsafe(HEADER + qname.length + 4 + 11);
  buf.writeUInt16BE(id, 0);
  buf.writeUInt16BE(q.rd ? packet.RECURSION_DESIRED : 0, 2);
  buf.writeUInt32BE(0x0001_0000, 4); // QDCOUNT 1, ANCOUNT 0
  buf.writeUInt32BE(0x0000_0001, 8); // NSCOUNT 0, ARCOUNT 1: the OPT record
  let o = HEADER + qname.copy(buf, HEADER);
  o = buf.writeUInt16BE(type, o);
  o = buf.writeUInt16BE(1, o); // class IN
  buf[o++] = 0; // OPT owner: the root
  o = buf.writeUInt16BE(41, o);
  o = buf.writeUInt16BE(EDNS_BUFFER, o);
  o = buf.writeUInt16BE(0, o); // extended RCODE and version 0
  o = buf.writeUInt16BE(q.dnssec ? packet.DNSSEC_OK : 0, o);
  buf.writeUInt16BE(0, o); // RDLENGTH
  return buf;
}

/** Octets a plain (LDH, `_` or `*`) label may hold: lower-case letters, digits, `-_*`. */
const PLAIN = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789-_*') PLAIN[c.charCodeAt(0)] = 1;

/**
 * Wire form of a canonical name. Plain names (nearly all) are written in one pass; anything
 * else (escapes, upper case, odd lengths) goes through the model's full conversion.
 */
function questionName(name: string): Buffer {
  if (name === '.' || name === '') return Buffer.from([0]);
  const text = name.endsWith('.') ? name : `${name}.`;
  if (text.length > 254) return nameToWire(text);
  const out = Buffer.allocUnsafe(text.length + 1);
  let lenAt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      const len = i - lenAt;
      if (len === 0 || len > 63) return nameToWire(text);
      out[lenAt] = len;
      lenAt = i + 1;
    } else if (c < 128 && PLAIN[c] === 1) out[i + 1] = c;
    else return nameToWire(text);
  }
  out[text.length] = 0;
  return out;
}

/** Where the query's question (QNAME, QTYPE, QCLASS) ends: the OPT record follows it. */
const questionEnd = (query: Buffer) => query.length - 11;

/** ASCII upper case to lower; label lengths (at most 63) and other octets stay. */
const foldCase = (c: number) => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

/**
 * Whether `msg` answers `query`: a response (QR set) with exactly one question equal to the
 * query's, octet for octet except for ASCII case in the name (RFC 1035 §2.3.3; servers may
 * echo a 0x20-mixed case). The question is the message's first name, so it cannot be
 * compressed and a plain comparison is exact.
 */
export function answersQuery(msg: Buffer, query: Buffer): boolean {
  const end = questionEnd(query);
  if (msg.length < end || (msg[2]! & 0x80) === 0 || msg[4] !== 0 || msg[5] !== 1) return false;
  const nameEnd = end - 4;
  for (let i = HEADER; i < nameEnd; i++)
    if (msg[i] !== query[i] && foldCase(msg[i]!) !== foldCase(query[i]!)) return false;
  for (let i = nameEnd; i < end; i++) if (msg[i] !== query[i]) return false;
  return true;
}

function decode(buf: Buffer): Response | undefined {
  try {
    return decodeResponse(buf);
  } catch {
    return undefined;
  }
}

/** Random message IDs, drawn from the CSPRNG in batches (one call per 4096 queries). */
class IdSource {
  private readonly pool = new Uint16Array(4096);
  private next = this.pool.length;
  take(): number {
    if (this.next === this.pool.length) {
      getRandomValues(this.pool);
      this.next = 0;
    }
    return this.pool[this.next++]!;
  }
}

interface Pending {
  readonly query: Buffer;
  /** When the query times out (ms since epoch). */
  readonly expiry: number;
  readonly timeoutMs: number;
  readonly done: Done;
}

const closed: Exchange = { ok: false, error: 'network', message: 'the DNS client was closed' };

/**
 * A connected UDP socket per server, demultiplexing answers by message ID. Connecting makes
 * the kernel drop datagrams from any other source and saves the per-send address handling,
 * which dominates on loopback.
 */
class UdpChannel {
  private readonly pending = new Map<number, Pending>();
  private readonly socket: Socket;
  /** Sends waiting for `connect` to finish; undefined once it has. */
  private waiting: (() => void)[] | undefined = [];
  private closed = false;
  private failure: string | undefined;
  /** Queries encoded but not yet sent: they leave together, see `flush`. */
  private outbox: Buffer[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;

  constructor(
    server: ServerAddress,
    private readonly ids: IdSource,
  ) {
    this.socket = createSocket({ type: isIPv6(server.address) ? 'udp6' : 'udp4' });
    this.socket.on('message', (msg) => this.receive(msg));
    // The socket talks to one server only, so an error on it (ICMP "port unreachable" read
    // back as ECONNREFUSED, a send failing with ENETUNREACH) says that server cannot be
    // reached now: fail what is waiting at once rather than after a timeout.
    this.socket.on('error', (e) => {
      const message = /ECONNREFUSED/.test(e.message) ? 'port unreachable (refused)' : e.message;
      this.failAll({ ok: false, error: 'network', message });
    });
    this.socket.unref();
    this.socket.connect(server.port, server.address, (err?: Error) => {
      if (err) this.failure = err.message;
      const waiting = this.waiting ?? [];
      this.waiting = undefined;
      for (const send of waiting) send();
    });
  }

  send(q: Question, timeoutMs: number, done: Done): void {
    if (this.closed) {
      done(closed);
      return;
    }
    if (this.waiting) {
      this.waiting.push(() => this.send(q, timeoutMs, done));
      return;
    }
    if (this.failure !== undefined) {
      done({ ok: false, error: 'network', message: this.failure });
      return;
    }
    let id = this.ids.take();
    for (let i = 0; this.pending.has(id) && i < 0x10000; i++) id = (id + 1) & 0xffff;
    let query: Buffer;
    try {
      query = encodeQuery(id, q);
    } catch (e) {
      // Only a question we cannot encode (a pseudo-type, a bad name) gets here.
      done({ ok: false, error: 'malformed', message: (e as Error).message });
      return;
    }
    const expiry = Date.now() + timeoutMs;
    this.pending.set(id, { query, expiry, timeoutMs, done });
    if (expiry < this.timerAt) this.arm(expiry);
    if (this.outbox.push(query) === 1) setImmediate(this.flush);
  }

  /**
   * Sends what queued up while answers were being read, back to back. Answers arrive in
   * bursts and each frees a slot for a new query; sending each at once would wake an idle
   * server once per query, and on loopback that wake-up is most of a send's cost.
   */
  private readonly flush = (): void => {
    const queries = this.outbox;
    this.outbox = [];
    if (this.closed) return;
    // No per-send callback: it costs a deferred call per query, and a failed send is
    // reported through the 'error' event above.
    for (const query of queries) this.socket.send(query);
  };

  close(): void {
    this.closed = true;
    this.failAll(closed);
    const waiting = this.waiting ?? [];
    this.waiting = undefined;
    for (const send of waiting) send();
    try {
      this.socket.close();
    } catch {
      // already closed
    }
  }

  private receive(msg: Buffer): void {
    if (msg.length < HEADER) return;
    const id = (msg[0]! << 8) | msg[1]!;
    const entry = this.pending.get(id);
    if (!entry || !answersQuery(msg, entry.query)) return;
    const response = decode(msg);
    if (!response) return;
    this.pending.delete(id);
    if (this.pending.size === 0) this.disarm();
    entry.done({ ok: true, response });
  }

  private failAll(result: Exchange): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    this.disarm();
    for (const entry of entries) entry.done(result);
  }

  /** One timer for the whole socket, set for the earliest expiry. */
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
    const expired: Pending[] = [];
    let next = Number.POSITIVE_INFINITY;
    for (const [id, entry] of this.pending) {
      if (entry.expiry <= now) {
        this.pending.delete(id);
        expired.push(entry);
      } else if (entry.expiry < next) next = entry.expiry;
    }
    if (next < this.timerAt) this.arm(next);
    for (const entry of expired)
      entry.done({
        ok: false,
        error: 'timeout',
        message: `no answer within ${entry.timeoutMs} ms`,
      });
  };
}

export function createTransport(): Transport {
  const ids = new IdSource();
  const channels = new Map<string, UdpChannel>();
  // Callers ask the same server objects again and again: find their channel without
  // building the key string each time.
  let known = new WeakMap<ServerAddress, UdpChannel>();
  const connections = new Set<() => void>();
  return {
    udp(server, q, timeoutMs, done) {
      let channel = known.get(server);
      if (!channel) {
        const key = `${server.address}#${server.port}`;
        channel = channels.get(key);
        if (!channel) {
          channel = new UdpChannel(server, ids);
          channels.set(key, channel);
        }
        known.set(server, channel);
      }
      channel.send(q, timeoutMs, done);
    },
    tcp: (server, q, timeoutMs, done) => tcpExchange(server, q, timeoutMs, ids, connections, done),
    close() {
      for (const c of channels.values()) c.close();
      channels.clear();
      known = new WeakMap();
      for (const abort of [...connections]) abort();
    },
  };
}

/** One query over a fresh TCP connection (RFC 7766 length-prefixed). */
function tcpExchange(
  server: ServerAddress,
  q: Question,
  timeoutMs: number,
  ids: IdSource,
  connections: Set<() => void>,
  done: Done,
): void {
  let query: Buffer;
  try {
    query = encodeQuery(ids.take(), q);
  } catch (e) {
    done({ ok: false, error: 'malformed', message: (e as Error).message });
    return;
  }
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(query.length);
  const chunks: Buffer[] = [];
  let received = 0;
  let settled = false;
  const socket = connect({ host: server.address, port: server.port });
  const finish = (result: Exchange) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    connections.delete(abort);
    socket.destroy();
    done(result);
  };
  const abort = () => finish(closed);
  connections.add(abort);
  const timer = setTimeout(
    () => finish({ ok: false, error: 'timeout', message: `no TCP answer within ${timeoutMs} ms` }),
    timeoutMs,
  );
  socket.on('connect', () => socket.write(Buffer.concat([prefix, query])));
  socket.on('error', (err) => finish({ ok: false, error: 'network', message: err.message }));
  socket.on('close', () =>
    finish({ ok: false, error: 'network', message: 'TCP connection closed before the answer' }),
  );
  socket.on('data', (data) => {
    chunks.push(data);
    received += data.length;
    if (received > MAX_TCP_MESSAGE + 2) {
      finish({ ok: false, error: 'malformed', message: 'TCP answer longer than 65535 octets' });
      return;
    }
    const all = received === data.length ? data : Buffer.concat(chunks);
    if (all.length < 2) return;
    const length = all.readUInt16BE(0);
    if (all.length < length + 2) return;
    const msg = all.subarray(2, 2 + length);
    const response =
      msg.length >= HEADER && msg[0] === query[0] && msg[1] === query[1] && answersQuery(msg, query)
        ? decode(msg)
        : undefined;
    if (!response)
      finish({ ok: false, error: 'malformed', message: 'TCP answer does not match the query' });
    else finish({ ok: true, response });
  });
}
