/**
 * Many queries to one server over one TCP connection, pipelined (RFC 7766 §6.2.1.1): the
 * queries of an event-loop turn leave in one write, answers come back in any order and are
 * matched by ID and question like UDP answers. Used for bulk RRset fetching, where a
 * datagram per query costs more in system calls than the DNS work, and where TCP cannot be
 * truncated or spoofed off-path.
 *
 * TCP is an optimisation here, never a requirement: a server that refuses or resets the
 * connection, lets a query time out, or closes before it has answered a few queries is
 * marked unusable for the rest of the run, and what was waiting fails as a network error
 * so the client asks again over UDP.
 */
import { connect, type Socket } from 'node:net';
import { type Done, type ServerAddress, transportClosed } from './exchange.js';
import type { IdSource, Question } from './query-wire.js';
import { Waiting } from './waiting.js';

/**
 * A connection the server closes after fewer answers than this is not worth another: it
 * looks like a server that answers one query per connection. After more (an idle timeout,
 * a per-connection query limit), the next query opens a new one.
 */
const WORTH_REOPENING = 16;

export class StreamChannel {
  private readonly waiting: Waiting;
  private socket: Socket | undefined;
  private connected = false;
  /** Why TCP to this server is not used any more; undefined while it is usable. */
  private unusable: string | undefined;
  private closed = false;
  /** Length-prefixed queries not yet written (the waiting list frames them). */
  private outbox: Buffer[] = [];
  /** The start of a frame whose rest has not arrived. */
  private partial: Buffer | undefined;
  /** Queries the current connection has answered. */
  private answered = 0;
  private lastError: string | undefined;
  /** Where the connection's socket reads to (see `open`). */
  private readonly readBuffer = Buffer.allocUnsafe(65_536);

  constructor(
    private readonly server: ServerAddress,
    ids: IdSource,
  ) {
    this.waiting = new Waiting(ids, () => this.giveUp('TCP: a query timed out'), true);
  }

  get usable(): boolean {
    return this.unusable === undefined && !this.closed;
  }

  send(q: Question, timeoutMs: number, done: Done): void {
    if (this.closed) {
      done(transportClosed);
      return;
    }
    if (this.unusable !== undefined) {
      done({ ok: false, error: 'network', message: this.unusable });
      return;
    }
    const query = this.waiting.add(q, timeoutMs, done);
    if (!query) return;
    if (this.outbox.push(query) === 1) setImmediate(this.flush);
    if (!this.socket) this.open();
  }

  close(): void {
    this.closed = true;
    this.drop();
    this.waiting.failAll(transportClosed);
  }

  private open(): void {
    // `onread`: the socket reads into one buffer of ours and calls back, without a Buffer per
    // read or the stream machinery's 'data' events.
    const socket = connect({
      host: this.server.address,
      port: this.server.port,
      onread: { buffer: this.readBuffer, callback: this.onRead },
    });
    this.socket = socket;
    this.connected = false;
    this.answered = 0;
    this.lastError = undefined;
    socket.setNoDelay(true);
    // Like the UDP socket: the waiting queries' timer keeps the process alive, not the socket.
    socket.unref();
    socket.on('connect', () => {
      this.connected = true;
      this.flush();
    });
    socket.on('error', (e) => {
      this.lastError = e.message;
    });
    socket.on('close', () => {
      if (socket !== this.socket) return; // dropped on purpose
      const reason = `TCP: ${this.lastError ?? 'the server closed the connection'}`;
      if (this.answered < WORTH_REOPENING) {
        this.giveUp(reason);
        return;
      }
      // A good run, then a close (an idle timeout, a per-connection limit): what was still
      // waiting is asked again on a new connection, keeping its ID and its deadline.
      this.drop();
      this.outbox = this.waiting.queries();
      if (this.outbox.length > 0) this.open();
    });
  }

  private readonly flush = (): void => {
    if (!this.connected || !this.socket || this.outbox.length === 0) return;
    const frames = this.outbox;
    this.outbox = [];
    this.socket.write(frames.length === 1 ? frames[0]! : Buffer.concat(frames));
  };

  private readonly onRead = (length: number, buffer: Uint8Array): boolean => {
    this.read(buffer as Buffer, length);
    return true;
  };

  /**
   * Splits what was read (the first `length` octets of `chunk`, the shared read buffer) into
   * length-prefixed messages and offers each as an answer. Each message, and a partial frame,
   * is copied out first: the read buffer is reused, and a decoded answer keeps its message.
   */
  private read(chunk: Buffer, length: number): void {
    let buf = chunk;
    let end = length;
    if (this.partial) {
      buf = Buffer.concat([this.partial, chunk.subarray(0, length)]);
      end = buf.length;
    }
    let o = 0;
    while (end - o >= 2) {
      const size = buf.readUInt16BE(o);
      if (end - o - 2 < size) break;
      const msg = Buffer.allocUnsafe(size);
      buf.copy(msg, 0, o + 2, o + 2 + size);
      if (this.waiting.settle(msg)) this.answered++;
      o += 2 + size;
    }
    // At most one frame (≤ 65,537 octets) is ever held back.
    this.partial = o < end ? Buffer.from(buf.subarray(o, end)) : undefined;
  }

  /** Stops using TCP to this server; what is waiting goes back to the client for UDP. */
  private giveUp(reason: string): void {
    this.unusable = reason;
    this.drop();
    this.waiting.failAll({ ok: false, error: 'network', message: reason });
  }

  private drop(): void {
    const socket = this.socket;
    this.socket = undefined;
    this.connected = false;
    this.partial = undefined;
    this.outbox = [];
    socket?.destroy();
  }
}
