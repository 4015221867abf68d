/**
 * One DNS exchange with a server, nothing more: retries, fail-over and limits live in
 * `client.ts`. Three ways to ask: a UDP datagram on the server's shared connected socket
 * (`udp-channel.ts`), a frame on the server's pipelined TCP connection for bulk fetching
 * (`stream-channel.ts`), and a one-off TCP connection when a UDP answer came back truncated.
 * Every way reports through a callback rather than a promise: on loopback a promise per
 * query costs as much as the round trip.
 */
import { connect } from 'node:net';
import { type Done, type Exchange, type ServerAddress, transportClosed } from './exchange.js';
import {
  answersQuery,
  decode,
  encodeQuery,
  HEADER,
  IdSource,
  type Question,
  toFrame,
} from './query-wire.js';
import { StreamChannel } from './stream-channel.js';
import { UdpChannel } from './udp-channel.js';

export type { Response } from './decode.js';
export type { Done, Exchange, ServerAddress } from './exchange.js';
export { EDNS_BUFFER, encodeQuery, type Question } from './query-wire.js';

const MAX_TCP_MESSAGE = 65535;

export interface Transport {
  udp(server: ServerAddress, q: Question, timeoutMs: number, done: Done): void;
  /** On the server's pipelined TCP connection; see `streams` first. */
  stream(server: ServerAddress, q: Question, timeoutMs: number, done: Done): void;
  /** Whether TCP to the server is still worth trying in this run. */
  streams(server: ServerAddress): boolean;
  /** On a connection of its own (after a truncated UDP answer). */
  tcp(server: ServerAddress, q: Question, timeoutMs: number, done: Done): void;
  /** Ends every exchange still waiting (as a network error) and releases the sockets. */
  close(): void;
}

/** Channels of one kind, one per server address. */
class Channels<C extends { close(): void }> {
  private readonly byKey = new Map<string, C>();
  // Callers ask the same server objects again and again: find their channel without
  // building the key string each time.
  private known = new WeakMap<ServerAddress, C>();
  constructor(private readonly make: (server: ServerAddress) => C) {}
  of(server: ServerAddress): C {
    let channel = this.known.get(server);
    if (!channel) {
      const key = `${server.address}#${server.port}`;
      channel = this.byKey.get(key);
      if (!channel) {
        channel = this.make(server);
        this.byKey.set(key, channel);
      }
      this.known.set(server, channel);
    }
    return channel;
  }
  close(): void {
    for (const c of this.byKey.values()) c.close();
    this.byKey.clear();
    this.known = new WeakMap();
  }
}

export function createTransport(): Transport {
  const ids = new IdSource();
  const udp = new Channels((server) => new UdpChannel(server, ids));
  const streams = new Channels((server) => new StreamChannel(server, ids));
  const connections = new Set<() => void>();
  return {
    udp: (server, q, timeoutMs, done) => udp.of(server).send(q, timeoutMs, done),
    stream: (server, q, timeoutMs, done) => streams.of(server).send(q, timeoutMs, done),
    streams: (server) => streams.of(server).usable,
    tcp: (server, q, timeoutMs, done) => tcpExchange(server, q, timeoutMs, ids, connections, done),
    close() {
      udp.close();
      streams.close();
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
  const abort = () => finish(transportClosed);
  connections.add(abort);
  const timer = setTimeout(
    () => finish({ ok: false, error: 'timeout', message: `no TCP answer within ${timeoutMs} ms` }),
    timeoutMs,
  );
  socket.on('connect', () => socket.write(toFrame(query)));
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
