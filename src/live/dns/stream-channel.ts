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

/**
 * The socket reads into slabs of this size, each read into the part after the last, so that an
 * answer is cut out of what was read without a copy or a buffer of its own; a new slab when
 * less than `MIN_READ` is left. No part of a slab is written twice: a decoded answer keeps
 * its message, and the last frame's start waits there for its rest.
 */
const SLAB = 65_536;
const MIN_READ = 16_384;

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
  /** Where the socket reads to: the rest of `slab` from `slabAt` on (see `SLAB`). */
  private slab = Buffer.allocUnsafeSlow(SLAB);
  private slabAt = 0;

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
    // `onread`: the socket reads into buffers of ours and calls back, without the stream
    // machinery's 'data' events.
    const socket = connect({
      host: this.server.address,
      port: this.server.port,
      onread: { buffer: this.nextRead, callback: this.onRead },
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

  /** The next read's buffer: asked for after each read (and once before the first). */
  private readonly nextRead = (): Buffer => {
    if (SLAB - this.slabAt < MIN_READ) {
      this.slab = Buffer.allocUnsafeSlow(SLAB);
      this.slabAt = 0;
    }
    return this.slab.subarray(this.slabAt);
  };

  private readonly onRead = (length: number, buffer: Uint8Array): boolean => {
    // Read into the slab from `slabAt` on: that much of it is now taken.
    this.slabAt += length;
    this.read(buffer as Buffer, length);
    return true;
  };

  /**
   * Splits what was read (the first `length` octets of `chunk`, a part of a slab no later read
   * writes) into length-prefixed messages and offers each as an answer, a view of the slab.
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
      if (this.waiting.settle(buf.subarray(o + 2, o + 2 + size))) this.answered++;
      o += 2 + size;
    }
    // At most one frame (≤ 65,537 octets) is ever held back.
    this.partial = o < end ? buf.subarray(o, end) : undefined;
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
