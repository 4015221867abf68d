/**
 * Misbehaving nameservers NSD cannot imitate, as small in-process UDP/TCP servers on loopback:
 * they are peers of the code under test, not the logic under test. `truncate` and `slow`
 * relay to a real NSD so that the answer, when it finally comes, is the real one.
 */
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server, type Socket as TcpSocket } from 'node:net';
import * as packet from 'dns-packet';

export type FaultMode = 'drop' | 'truncate' | 'refused' | 'servfail' | 'slow';

export interface FaultServer {
  readonly address: string;
  readonly mode: FaultMode;
  stop(): Promise<void>;
}

export interface FaultOptions {
  readonly address: string;
  readonly mode: FaultMode;
  /** The real server `truncate` (over TCP) and `slow` relay to. */
  readonly upstream?: string;
  readonly delayMs?: number;
}

/** An answer with no records: the query's header and question, a chosen rcode and flags. */
function emptyAnswer(query: Buffer, rcode: number, truncated: boolean): Buffer | undefined {
  try {
    const q = packet.decode(query);
    const flags =
      packet.AUTHORITATIVE_ANSWER | (truncated ? packet.TRUNCATED_RESPONSE : 0) | (rcode & 0xf);
    return packet.encode({
      type: 'response',
      id: q.id ?? 0,
      flags,
      questions: q.questions ?? [],
    });
  } catch {
    return undefined;
  }
}

/** One UDP exchange with the upstream, bounded by a timeout. */
function relay(upstream: string, query: Buffer, timeoutMs = 2000): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const s = createSocket('udp4');
    const timer = setTimeout(() => {
      s.close();
      resolve(undefined);
    }, timeoutMs);
    s.on('message', (msg) => {
      clearTimeout(timer);
      s.close();
      resolve(msg);
    });
    s.send(query, 53, upstream);
  });
}

export async function startFault(options: FaultOptions): Promise<FaultServer> {
  const { address, mode } = options;
  const udp: Socket = createSocket({ type: 'udp4' });
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  const answer = async (query: Buffer, overTcp: boolean): Promise<Buffer | undefined> => {
    switch (mode) {
      case 'drop':
        return undefined;
      case 'refused':
        return emptyAnswer(query, 5, false);
      case 'servfail':
        return emptyAnswer(query, 2, false);
      case 'truncate':
        return overTcp ? relay(options.upstream!, query) : emptyAnswer(query, 0, true);
      case 'slow':
        return relay(options.upstream!, query);
    }
  };
  udp.on('message', (msg, rinfo) => {
    const send = () =>
      void answer(msg, false).then((out) => {
        if (out) udp.send(out, rinfo.port, rinfo.address);
      });
    if (mode === 'slow') later(options.delayMs ?? 300, send);
    else send();
  });
  const conns = new Set<TcpSocket>();
  const tcp: Server = createServer((conn) => {
    conns.add(conn);
    conn.on('close', () => conns.delete(conn));
    conn.on('error', () => conn.destroy());
    let buf = Buffer.alloc(0);
    conn.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length < 2 || buf.length < 2 + buf.readUInt16BE(0)) return;
      const query = buf.subarray(2, 2 + buf.readUInt16BE(0));
      void answer(query, true).then((out) => {
        if (!out) return; // drop: keep the connection open and silent
        const len = Buffer.alloc(2);
        len.writeUInt16BE(out.length);
        conn.end(Buffer.concat([len, out]));
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    udp.once('error', reject);
    udp.bind(53, address, () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(53, address, () => resolve());
  });
  return {
    address,
    mode,
    async stop() {
      for (const t of timers) clearTimeout(t);
      for (const c of conns) c.destroy();
      udp.close();
      await new Promise<void>((r) => tcp.close(() => r()));
    },
  };
}
