/**
 * One DNS exchange over UDP or TCP, nothing more: retries, fail-over and limits live in
 * `client.ts`. UDP uses one long-lived connected socket per server, shared by every query to
 * it (a socket per query costs more than the query on loopback); an answer is accepted only
 * when it comes from the server asked (the kernel checks, the socket is connected), carries
 * the query's ID and repeats its question. Anything else is ignored as spoofed or stale, and
 * the query keeps waiting until its timeout.
 */
import { getRandomValues } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { connect, isIPv6 } from 'node:net';
import * as packet from 'dns-packet';
import { nameToWire } from '../model/dnssec.js';
import { typeNumber, wireTypeName } from './wire-types.js';

export interface ServerAddress {
  readonly address: string;
  readonly port: number;
}

/** A decoded answer; dns-packet sets `rcode` at run time but its types omit it. */
export type Response = packet.DecodedPacket & { rcode?: string };

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

/** EDNS0 UDP payload size recommended by DNS Flag Day 2020. */
export const EDNS_BUFFER = 1232;
const MAX_TCP_MESSAGE = 65535;

interface Pending {
  readonly server: ServerAddress;
  readonly question: Question;
  readonly done: (result: Exchange) => void;
}

/**
 * The query in wire form, written directly: header, one question, an EDNS0 OPT record
 * (RFC 6891) with our buffer size and the DO bit when asked. dns-packet's general encoder
 * costs more than the rest of a loopback round trip.
 */
export function encodeQuery(id: number, q: Question): Buffer {
  const qname = questionName(q.name);
  const buf = Buffer.alloc(12 + qname.length + 4 + 11);
  buf.writeUInt16BE(id, 0);
  buf.writeUInt16BE(q.rd ? packet.RECURSION_DESIRED : 0, 2);
  buf.writeUInt16BE(1, 4); // QDCOUNT
  buf.writeUInt16BE(1, 10); // ARCOUNT: the OPT record
  let o = 12 + qname.copy(buf, 12);
  o = buf.writeUInt16BE(typeNumber(q.type), o);
  o = buf.writeUInt16BE(1, o); // class IN
  o += 1; // OPT owner: the root
  o = buf.writeUInt16BE(41, o);
  o = buf.writeUInt16BE(EDNS_BUFFER, o);
  o += 2; // extended RCODE and version 0
  buf.writeUInt16BE(q.dnssec ? packet.DNSSEC_OK : 0, o);
  return buf; // RDLENGTH stays 0
}

const PLAIN_NAME = /^(?:[a-z0-9_*-]{1,63}\.)+$/;

/** Wire form of a canonical name; plain LDH names (nearly all) take a direct path. */
function questionName(name: string): Buffer {
  if (name === '.' || name === '') return Buffer.from([0]);
  const text = name.endsWith('.') ? name : `${name}.`;
  if (text.length > 254 || !PLAIN_NAME.test(text)) return nameToWire(text);
  const out = Buffer.allocUnsafe(text.length + 1);
  let lenAt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      out[lenAt] = i - lenAt;
      lenAt = i + 1;
    } else out[i + 1] = c;
  }
  out[text.length] = 0;
  return out;
}

function stripDot(name: string): string {
  return name.length > 1 && name.endsWith('.') ? name.slice(0, -1) : name === '.' ? '' : name;
}

function sameQuestion(response: Response, q: Question): boolean {
  const got = response.questions?.[0];
  if (!got || response.questions!.length !== 1) return false;
  return (
    got.name.toLowerCase() === stripDot(q.name).toLowerCase() &&
    String(got.type).toUpperCase() === wireTypeName(q.type).toUpperCase()
  );
}

function decode(buf: Buffer): Response | undefined {
  try {
    const p = packet.decode(buf) as Response;
    return p.type === 'response' ? p : undefined;
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

/**
 * A connected UDP socket per server, demultiplexing answers by message ID. Connecting makes
 * the kernel drop datagrams from any other source and saves the per-send address handling,
 * which dominates on loopback.
 */
class UdpChannel {
  private readonly pending = new Map<number, Pending>();
  private readonly socket: Socket;
  private readonly ready: Promise<Error | undefined>;

  constructor(
    private readonly server: ServerAddress,
    private readonly ids: IdSource,
  ) {
    this.socket = createSocket({ type: isIPv6(server.address) ? 'udp6' : 'udp4' });
    this.socket.on('message', (msg) => this.receive(msg));
    // The socket talks to one server only, so an error on it (ICMP "port unreachable" read
    // back as ECONNREFUSED, a send failing with ENETUNREACH) says that server cannot be
    // reached now: fail what is waiting at once rather than after a timeout.
    this.socket.on('error', (e) => {
      const message = /ECONNREFUSED/.test(e.message) ? 'port unreachable (refused)' : e.message;
      for (const entry of [...this.pending.values()])
        entry.done({ ok: false, error: 'network', message });
    });
    this.socket.unref();
    this.ready = new Promise((resolve) => {
      this.socket.connect(server.port, server.address, (err?: Error) => resolve(err ?? undefined));
    });
  }

  async send(q: Question, timeoutMs: number): Promise<Exchange> {
    const err = await this.ready;
    if (err) return { ok: false, error: 'network', message: err.message };
    return new Promise((resolve) => {
      let id = this.ids.take();
      for (let i = 0; this.pending.has(id) && i < 0x10000; i++) id = (id + 1) & 0xffff;
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ ok: false, error: 'timeout', message: `no answer within ${timeoutMs} ms` });
      }, timeoutMs);
      const entry: Pending = {
        server: this.server,
        question: q,
        done: (result) => {
          clearTimeout(timer);
          this.pending.delete(id);
          resolve(result);
        },
      };
      this.pending.set(id, entry);
      // No per-send callback: it costs a deferred call per query, and a failed send is
      // reported through the 'error' event above.
      this.socket.send(encodeQuery(id, q));
    });
  }

  close(): void {
    try {
      this.socket.close();
    } catch {
      // already closed
    }
  }

  private receive(msg: Buffer): void {
    if (msg.length < 12) return;
    const entry = this.pending.get(msg.readUInt16BE(0));
    if (!entry) return;
    const response = decode(msg);
    if (!response || !sameQuestion(response, entry.question)) return;
    entry.done({ ok: true, response });
  }
}

export interface Transport {
  udp(server: ServerAddress, q: Question, timeoutMs: number): Promise<Exchange>;
  tcp(server: ServerAddress, q: Question, timeoutMs: number): Promise<Exchange>;
  close(): void;
}

export function createTransport(): Transport {
  const ids = new IdSource();
  const channels = new Map<string, UdpChannel>();
  return {
    udp(server, q, timeoutMs) {
      const key = `${server.address}#${server.port}`;
      let channel = channels.get(key);
      if (!channel) {
        channel = new UdpChannel(server, ids);
        channels.set(key, channel);
      }
      return channel.send(q, timeoutMs);
    },
    tcp: (server, q, timeoutMs) => tcpExchange(server, q, timeoutMs, ids),
    close() {
      for (const c of channels.values()) c.close();
      channels.clear();
    },
  };
}

/** One query over a fresh TCP connection (RFC 7766 length-prefixed). */
function tcpExchange(
  server: ServerAddress,
  q: Question,
  timeoutMs: number,
  ids: IdSource,
): Promise<Exchange> {
  return new Promise((resolve) => {
    const id = ids.take();
    const query = encodeQuery(id, q);
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
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish({ ok: false, error: 'timeout', message: `no TCP answer within ${timeoutMs} ms` }),
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
      const response = decode(all.subarray(2, 2 + length));
      if (!response || response.id !== id || !sameQuestion(response, q))
        finish({ ok: false, error: 'malformed', message: 'TCP answer does not match the query' });
      else finish({ ok: true, response });
    });
  });
}
