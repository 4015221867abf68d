/**
 * The pipelined TCP channel used for bulk fetching, against small TCP/UDP peers on loopback
 * that misbehave on purpose (the real-server path is covered in collect.test.ts with NSD).
 */
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server, type Socket as TcpSocket } from 'node:net';
import * as packet from 'dns-packet';
import fc from 'fast-check';
import { createDnsClient, type QueryResult } from '../../../src/live/dns/client.js';

type TcpMode =
  | { kind: 'none' }
  | {
      kind: 'answer';
      reverse?: boolean;
      dribble?: boolean;
      closeAfter?: number;
      /** Frames of junk (random octets, the query's ID) written before each answer. */
      junk?: Uint8Array[];
      /** The answers to a batch of queries written together, in pieces of these sizes in turn. */
      pieces?: number[];
    }
  | { kind: 'silent' };

interface Peer {
  readonly port: number;
  /** Queries each transport received. */
  udpQueries: number;
  tcpQueries: number;
  connections: number;
  stop(): Promise<void>;
}

/**
 * The answer every peer gives: an A record whose last octet is the query's label number, and
 * an NS record in the authority section naming the label (decoded when first asked for).
 */
function answer(query: packet.DecodedPacket): Buffer {
  const q = query.questions![0]!;
  const n = Number(/^n(\d+)\./.exec(q.name)?.[1] ?? 0);
  return packet.encode({
    type: 'response',
    id: query.id,
    flags: packet.AUTHORITATIVE_ANSWER,
    questions: query.questions,
    answers: [{ type: 'A', name: q.name, ttl: 60, data: `192.0.2.${n % 256}` }],
    authorities: [{ type: 'NS', name: 'example', ttl: 60, data: `ns${n}.example` }],
  });
}

const frame = (msg: Buffer) =>
  Buffer.concat([Buffer.from([msg.length >> 8, msg.length & 255]), msg]);

/**
 * UDP and TCP on the same port, as a nameserver listens. The kernel picks a free UDP port; the
 * same number may be taken for TCP (by another test run's connection), so that pick is retried.
 */
async function startPeer(mode: TcpMode): Promise<Peer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPeerOnce(mode);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 20) throw e;
    }
  }
}

async function startPeerOnce(mode: TcpMode): Promise<Peer> {
  const udp: Socket = createSocket('udp4');
  await new Promise<void>((r) => udp.bind(0, '127.0.0.1', () => r()));
  const port = udp.address().port;
  const conns = new Set<TcpSocket>();
  const peer: Peer = {
    port,
    udpQueries: 0,
    tcpQueries: 0,
    connections: 0,
    async stop() {
      for (const c of conns) c.destroy();
      udp.close();
      if (tcp) await new Promise<void>((r) => tcp!.close(() => r()));
    },
  };
  udp.on('message', (msg, rinfo) => {
    peer.udpQueries++;
    udp.send(answer(packet.decode(msg)), rinfo.port, rinfo.address);
  });
  let tcp: Server | undefined;
  if (mode.kind !== 'none') {
    tcp = createServer((conn) => {
      peer.connections++;
      conns.add(conn);
      conn.on('close', () => conns.delete(conn));
      conn.on('error', () => conn.destroy());
      let buf = Buffer.alloc(0);
      let answered = 0;
      let piece = 0;
      conn.on('data', (d) => {
        buf = Buffer.concat([buf, d]);
        const queries: packet.DecodedPacket[] = [];
        while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
          queries.push(packet.decode(buf.subarray(2, 2 + buf.readUInt16BE(0))));
          buf = buf.subarray(2 + buf.readUInt16BE(0));
        }
        peer.tcpQueries += queries.length;
        if (mode.kind === 'silent') return;
        if (mode.reverse) queries.reverse();
        if (mode.pieces) {
          const all = Buffer.concat(queries.map((q) => frame(answer(q))));
          for (let at = 0; at < all.length; piece++) {
            const size = mode.pieces[piece % mode.pieces.length]!;
            conn.write(all.subarray(at, at + size));
            at += size;
          }
          return;
        }
        for (const q of queries) {
          if (mode.closeAfter !== undefined && answered >= mode.closeAfter) {
            conn.end();
            return;
          }
          answered++;
          for (const bytes of mode.junk ?? []) {
            const b = Buffer.from(bytes);
            if (b.length >= 2) b.writeUInt16BE(q.id!, 0);
            if (b.length >= 3) b[2] = b[2]! | 0x80;
            conn.write(frame(b));
          }
          const out = frame(answer(q));
          if (!mode.dribble) conn.write(out);
          else {
            // A stale answer first (wrong ID), then the real one an octet at a time.
            conn.write(frame(answer({ ...q, id: (q.id! + 1) & 0xffff })));
            for (const b of out) conn.write(Buffer.from([b]));
          }
        }
      });
    });
    await new Promise<void>((resolve, reject) => {
      tcp!.once('error', (e) => {
        udp.close();
        reject(e);
      });
      tcp!.listen(port, '127.0.0.1', () => resolve());
    });
  }
  return peer;
}

async function askMany(
  peer: Peer,
  count: number,
  options: { timeoutMs?: number } = {},
): Promise<QueryResult[]> {
  const client = createDnsClient({ timeoutMs: options.timeoutMs ?? 2000, retries: 1 });
  const server = { address: '127.0.0.1', port: peer.port };
  try {
    return await Promise.all(
      Array.from({ length: count }, (_, i) =>
        client.query(server, { name: `n${i}.example.`, type: 'A', stream: true }),
      ),
    );
  } finally {
    client.close();
  }
}

/** Every result answered, with the address its name asked for. */
function expectAnswered(results: QueryResult[]) {
  results.forEach((r, i) => {
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.response.answers?.[0]).toMatchObject({ data: `192.0.2.${i % 256}` });
  });
}

describe('bulk queries over one pipelined TCP connection', () => {
  let peer: Peer | undefined;
  afterEach(async () => {
    await peer?.stop();
    peer = undefined;
  });

  it('sends every query on one connection and matches answers given in any order', async () => {
    peer = await startPeer({ kind: 'answer', reverse: true });
    const results = await askMany(peer, 300);
    expectAnswered(results);
    expect(results.every((r) => r.ok && r.tcp)).toBe(true);
    expect(peer.connections).toBe(1);
    expect(peer.tcpQueries).toBe(300);
    expect(peer.udpQueries).toBe(0);
  });

  it('reassembles answers split across reads and ignores a stale answer', async () => {
    peer = await startPeer({ kind: 'answer', dribble: true });
    const results = await askMany(peer, 20);
    expectAnswered(results);
    expect(peer.connections).toBe(1);
  });

  it('takes thousands of answers cut anywhere across reads, each intact after all the others', async () => {
    // More than a few 64 KiB read slabs' worth, frames split at every kind of place.
    peer = await startPeer({ kind: 'answer', pieces: [1, 7, 300, 4093, 20_011, 2, 65_000] });
    const results = await askMany(peer, 3000);
    expectAnswered(results);
    expect(peer.connections).toBe(1);
    // The authority sections are read only now, from the messages as they were received.
    results.forEach((r, i) => {
      if (r.ok) expect(r.response.authorities?.[0]).toMatchObject({ data: `ns${i}.example` });
    });
  });

  it('survives junk frames carrying the right ID (hostile server) and takes the real answers', async () => {
    const junk = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 300 }), {
      numRuns: 40,
      seed: 11,
    });
    peer = await startPeer({ kind: 'answer', junk });
    const results = await askMany(peer, 50);
    expectAnswered(results);
    expect(results.every((r) => r.ok && r.tcp)).toBe(true);
  });

  it('falls back to UDP when the server refuses TCP', async () => {
    peer = await startPeer({ kind: 'none' });
    const results = await askMany(peer, 50);
    expectAnswered(results);
    expect(results.every((r) => r.ok && !r.tcp)).toBe(true);
    expect(peer.udpQueries).toBe(50);
  });

  it('gives up TCP for a server that closes after one answer, the rest over UDP', async () => {
    peer = await startPeer({ kind: 'answer', closeAfter: 1 });
    const results = await askMany(peer, 100);
    expectAnswered(results);
    expect(peer.connections).toBe(1);
    expect(results.filter((r) => r.ok && r.tcp)).toHaveLength(1);
    expect(peer.udpQueries).toBe(99);
  });

  it('opens a new connection after one that answered a good run and then closed', async () => {
    peer = await startPeer({ kind: 'answer', closeAfter: 40 });
    const results = await askMany(peer, 300);
    expectAnswered(results);
    // 40 answers a connection: eight connections, and nothing had to go over UDP.
    expect(peer.connections).toBe(8);
    expect(results.every((r) => r.ok && r.tcp)).toBe(true);
    expect(peer.udpQueries).toBe(0);
  });

  it('a silent TCP server costs one timeout, then UDP answers everything', async () => {
    peer = await startPeer({ kind: 'silent' });
    const started = Date.now();
    const results = await askMany(peer, 30, { timeoutMs: 200 });
    expectAnswered(results);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(peer.connections).toBe(1);
    expect(peer.udpQueries).toBe(30);
  });
});
