/**
 * Git objects through one long-lived `git cat-file --batch` process: a review reads every blob,
 * tree and commit of both sides and of the history it walks through one pipe, instead of one
 * process per object (a commit touching 2,000 files took 2,000 processes and a minute).
 *
 * Requests are written as soon as they are asked and answered in order, so callers that ask
 * for many objects at once are pipelined. The process never keeps Node alive: its handles are
 * unreferenced whenever nothing is pending, and it exits when closed, after `idleMs` without a
 * request, or when this process ends (git reads end of input). Git runs as runGit runs it: an
 * argument array, no prompt, the C locale; object names are written as data, one per line, so
 * a name can never become an option.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { GIT_ENV, MAX_OUTPUT_BYTES } from './run-git.js';
import { SourceError } from './types.js';

export interface GitObject {
  /** Hex object id. */
  readonly sha: string;
  /** `blob`, `tree`, `commit` or `tag`. */
  readonly type: string;
  readonly data: Buffer;
}

export interface CatFile {
  /**
   * The object `name` names (an object id, `REF^{commit}`, …), or undefined when there is
   * none. A name git cannot take as one line of input is refused with a SourceError.
   */
  read(name: string): Promise<GitObject | undefined>;
  /** Ends the process; later reads start a new one. */
  close(): void;
}

/** How long an idle process is kept for the next request. */
const DEFAULT_IDLE_MS = 2000;

interface Pending {
  readonly name: string;
  resolve(object: GitObject | undefined): void;
  reject(error: Error): void;
}

/** The answer being read: its header line, and its object's bytes so far. */
interface Header {
  readonly sha: string;
  readonly type: string;
  readonly size: number;
  /** Bytes still to drop, for an object too large to hold. */
  left?: number;
  /**
   * The object, filled as its bytes arrive: one copy, in memory touched once. Gathering the
   * chunks and joining them, then copying the object out of the joined read-ahead, touched a
   * large blob's size in fresh memory twice more (issue 15).
   */
  body?: Buffer;
  filled: number;
}

/** Starts nothing until the first read. */
export function openCatFile(root: string, options: { idleMs?: number } = {}): CatFile {
  return new BatchReader(root, options.idleMs ?? DEFAULT_IDLE_MS);
}

class BatchReader implements CatFile {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Pending[] = [];
  private idle: NodeJS.Timeout | undefined;
  // The answer being read: chunks of stdout not yet consumed.
  private chunks: Buffer[] = [];
  private buffered = 0;
  private header: Header | undefined;
  private stderr = '';

  constructor(
    private readonly root: string,
    private readonly idleMs: number,
  ) {}

  read(name: string): Promise<GitObject | undefined> {
    // One line each: a line break (or NUL) would be read as a second request.
    if (name.length === 0 || /[\n\r\0]/.test(name))
      return Promise.reject(new SourceError(`invalid git object name "${JSON.stringify(name)}"`));
    return new Promise((resolve, reject) => {
      const child = this.start();
      this.queue.push({ name, resolve, reject });
      if (this.idle) clearTimeout(this.idle);
      this.idle = undefined;
      this.hold(true);
      child.stdin.write(`${name}\n`);
    });
  }

  close(): void {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
    this.fail(new SourceError('git cat-file was closed before it answered'));
    child.stdin.end();
    this.hold(false, child);
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['-C', this.root, 'cat-file', '--batch'], {
      env: { ...process.env, ...GIT_ENV },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    this.chunks = [];
    this.buffered = 0;
    this.header = undefined;
    this.stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (this.child !== child) return;
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      this.drain();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      if (this.stderr.length < 4096) this.stderr += text;
    });
    // Writing to a process that has died: the exit handler below reports it.
    child.stdin.on('error', () => {});
    const died = (why: string) => {
      if (this.child !== child) return;
      this.child = undefined;
      const detail = this.stderr.trim().split('\n')[0] || why;
      this.fail(new SourceError(`git cat-file failed: ${detail}`));
    };
    child.on('error', (e) => died(e.message));
    child.on('close', (code) => died(`exited with code ${code}`));
    return child;
  }

  /** Answers every request whose whole answer has arrived. */
  private drain(): void {
    for (;;) {
      if (!this.header) {
        const line = this.takeLine();
        if (line === undefined) return;
        const request = this.queue[0];
        const parts = line.split(' ');
        if (parts.length === 3 && /^\d+$/.test(parts[2]!)) {
          this.header = { sha: parts[0]!, type: parts[1]!, size: Number(parts[2]), filled: 0 };
        } else {
          // `NAME missing` or `NAME ambiguous`: no object. Nothing pending then lets Node exit
          // (without it, a review that ended on a missing object never exited).
          this.queue.shift();
          request?.resolve(undefined);
          if (this.queue.length === 0) this.rest();
          continue;
        }
      }
      const { sha, type, size } = this.header;
      if (size > MAX_OUTPUT_BYTES) {
        // Too large to hold: dropped as it arrives, and the request refused.
        this.header.left ??= size + 1;
        this.header.left -= this.consume(this.header.left);
        if (this.header.left > 0) return;
        this.header = undefined;
        this.queue
          .shift()
          ?.reject(new SourceError(`git object ${sha} is larger than ${MAX_OUTPUT_BYTES} bytes`));
        if (this.queue.length === 0) this.rest();
        continue;
      }
      // A buffer of its own: the answer must not keep a whole read-ahead chunk alive.
      this.header.body ??= Buffer.allocUnsafe(size);
      const body = this.header.body;
      this.header.filled += this.consume(size - this.header.filled, body, this.header.filled);
      if (this.header.filled < size || this.buffered < 1) return; // and its closing line break
      this.consume(1);
      this.header = undefined;
      const request = this.queue.shift();
      if (!request) continue;
      request.resolve({ sha, type, data: body });
      if (this.queue.length === 0) this.rest();
    }
  }

  /** The next header line, consumed, or undefined while it is incomplete. */
  private takeLine(): string | undefined {
    for (let i = 0, seen = 0; i < this.chunks.length; seen += this.chunks[i]!.length, i++) {
      const at = this.chunks[i]!.indexOf(10);
      if (at < 0) continue;
      const all = Buffer.concat(this.chunks.slice(0, i + 1));
      const end = seen + at;
      const line = all.subarray(0, end).toString('utf8');
      const rest = all.subarray(end + 1);
      this.chunks = [...(rest.length > 0 ? [rest] : []), ...this.chunks.slice(i + 1)];
      this.buffered -= end + 1;
      return line;
    }
    return undefined;
  }

  /** Consumes up to `n` buffered bytes, copied into `into` at `at` when given; returns how many. */
  private consume(n: number, into?: Buffer, at = 0): number {
    let dropped = 0;
    while (dropped < n && this.chunks.length > 0) {
      const first = this.chunks[0]!;
      const take = Math.min(first.length, n - dropped);
      into?.set(take === first.length ? first : first.subarray(0, take), at + dropped);
      if (take === first.length) this.chunks.shift();
      else this.chunks[0] = first.subarray(take);
      dropped += take;
    }
    this.buffered -= dropped;
    return dropped;
  }

  /** Nothing pending: let Node exit, and end the process after a while. */
  private rest(): void {
    this.hold(false);
    this.idle = setTimeout(() => this.close(), this.idleMs);
    this.idle.unref();
  }

  private fail(error: Error): void {
    for (const request of this.queue.splice(0)) request.reject(error);
  }

  /** Keeps Node alive for the process only while an answer is awaited. */
  private hold(on: boolean, child = this.child): void {
    if (!child) return;
    // The pipes are sockets, which can be unreferenced like the process.
    const handles = [child, child.stdin, child.stdout, child.stderr] as unknown as {
      ref(): void;
      unref(): void;
    }[];
    for (const handle of handles) {
      if (on) handle.ref();
      else handle.unref();
    }
  }
}
