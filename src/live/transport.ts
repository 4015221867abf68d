/**
 * One DNS exchange over UDP or TCP, nothing more: retries, fail-over and limits live in
 * `client.ts`. UDP uses a few long-lived sockets shared by every query (a socket per query
 * costs more than the query on loopback); an answer is accepted only when it comes from the
 * server asked, carries the query's ID, and repeats its question — anything else is ignored
 * as spoofed or stale, and the query keeps waiting until its timeout.
 */
import { randomInt } from 'node:crypto';
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { connect, isIPv6 } from 'node:net';
import * as packet from 'dns-packet';
import { wireTypeName } from './wire-types.js';

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

function encodeQuery(id: number, q: Question): Buffer {
  return packet.encode({
    type: 'query',
    id,
    flags: q.rd ? packet.RECURSION_DESIRED : 0,
    questions: [
      { type: wireTypeName(q.type) as packet.RecordType, name: stripDot(q.name), class: 'IN' },
    ],
    additionals: [
      {
        type: 'OPT',
        name: '.',
        udpPayloadSize: EDNS_BUFFER,
        flags: q.dnssec ? packet.DNSSEC_OK : 0,
      } as packet.Answer,
    ],
  });
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

/** A shared UDP socket per address family, demultiplexing answers by message ID. */
class UdpChannel {
  private readonly pending = new Map<number, Pending>();
  private socket: Socket | undefined;

  constructor(private readonly family: 'udp4' | 'udp6') {}

  get size(): number {
    return this.pending.size;
  }

  send(server: ServerAddress, q: Question, timeoutMs: number): Promise<Exchange> {
    return new Promise((resolve) => {
      const socket = this.open();
      let id = randomInt(0x10000);
      for (let i = 0; this.pending.has(id) && i < 0x10000; i++) id = (id + 1) & 0xffff;
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ ok: false, error: 'timeout', message: `no answer within ${timeoutMs} ms` });
      }, timeoutMs);
      this.pending.set(id, {
        server,
        question: q,
        done: (result) => {
          clearTimeout(timer);
          this.pending.delete(id);
          resolve(result);
        },
      });
      socket.send(encodeQuery(id, q), server.port, server.address, (err) => {
        if (err) this.pending.get(id)?.done({ ok: false, error: 'network', message: err.message });
      });
    });
  }

  close(): void {
    this.socket?.close();
    this.socket = undefined;
  }

  private open(): Socket {
    if (this.socket) return this.socket;
    const socket = createSocket({ type: this.family });
    socket.on('message', (msg, rinfo) => this.receive(msg, rinfo));
    socket.on('error', () => {
      // A socket error (e.g. ICMP unreachable surfaced on some systems) ends nothing by
      // itself: the queries it affects time out and are retried on a fresh socket.
      socket.close();
      if (this.socket === socket) this.socket = undefined;
    });
    socket.unref();
    this.socket = socket;
    return socket;
  }

  private receive(msg: Buffer, rinfo: RemoteInfo): void {
    if (msg.length < 12) return;
    const entry = this.pending.get(msg.readUInt16BE(0));
    if (!entry) return;
    if (rinfo.port !== entry.server.port || !sameAddress(rinfo.address, entry.server.address))
      return;
    const response = decode(msg);
    if (!response || !sameQuestion(response, entry.question)) return;
    entry.done({ ok: true, response });
  }
}

function sameAddress(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase().replace(/^\[|\]$/g, '');
}

export interface Transport {
  udp(server: ServerAddress, q: Question, timeoutMs: number): Promise<Exchange>;
  tcp(server: ServerAddress, q: Question, timeoutMs: number): Promise<Exchange>;
  close(): void;
}

export function createTransport(): Transport {
  const v4 = new UdpChannel('udp4');
  const v6 = new UdpChannel('udp6');
  return {
    udp: (server, q, timeoutMs) => (isIPv6(server.address) ? v6 : v4).send(server, q, timeoutMs),
    tcp: tcpExchange,
    close() {
      v4.close();
      v6.close();
    },
  };
}

/** One query over a fresh TCP connection (RFC 7766 length-prefixed). */
function tcpExchange(server: ServerAddress, q: Question, timeoutMs: number): Promise<Exchange> {
  return new Promise((resolve) => {
    const id = randomInt(0x10000);
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
