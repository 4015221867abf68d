/**
 * UDP to one server over one long-lived connected socket, shared by every query to it (a
 * socket per query costs more than the query on loopback). Connecting makes the kernel drop
 * datagrams from any other source and saves the per-send address handling.
 */
import { createSocket, type Socket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import { type Done, type ServerAddress, transportClosed } from './exchange.js';
import type { IdSource, Question } from './query-wire.js';
import { Waiting } from './waiting.js';

export class UdpChannel {
  private readonly waiting: Waiting;
  private readonly socket: Socket;
  /** Sends waiting for `connect` to finish; undefined once it has. */
  private connecting: (() => void)[] | undefined = [];
  private closed = false;
  private failure: string | undefined;
  /** Queries encoded but not yet sent: they leave together, see `flush`. */
  private outbox: Buffer[] = [];

  constructor(server: ServerAddress, ids: IdSource) {
    this.waiting = new Waiting(ids);
    this.socket = createSocket({ type: isIPv6(server.address) ? 'udp6' : 'udp4' });
    this.socket.on('message', (msg) => this.waiting.settle(msg));
    // The socket talks to one server only, so an error on it (ICMP "port unreachable" read
    // back as ECONNREFUSED, a send failing with ENETUNREACH) says that server cannot be
    // reached now: fail what is waiting at once rather than after a timeout.
    this.socket.on('error', (e) => {
      const message = /ECONNREFUSED/.test(e.message) ? 'port unreachable (refused)' : e.message;
      this.waiting.failAll({ ok: false, error: 'network', message });
    });
    this.socket.unref();
    this.socket.connect(server.port, server.address, (err?: Error) => {
      if (err) this.failure = err.message;
      const connecting = this.connecting ?? [];
      this.connecting = undefined;
      for (const send of connecting) send();
    });
  }

  send(q: Question, timeoutMs: number, done: Done): void {
    if (this.closed) {
      done(transportClosed);
      return;
    }
    if (this.connecting) {
      this.connecting.push(() => this.send(q, timeoutMs, done));
      return;
    }
    if (this.failure !== undefined) {
      done({ ok: false, error: 'network', message: this.failure });
      return;
    }
    const query = this.waiting.add(q, timeoutMs, done);
    if (query && this.outbox.push(query) === 1) setImmediate(this.flush);
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
    this.waiting.failAll(transportClosed);
    const connecting = this.connecting ?? [];
    this.connecting = undefined;
    for (const send of connecting) send();
    try {
      this.socket.close();
    } catch {
      // already closed
    }
  }
}
