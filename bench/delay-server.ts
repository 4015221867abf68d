/**
 * A nameserver far away, on loopback: it relays each query (UDP, or pipelined TCP frames) to a
 * real NSD and sends the answer back no sooner than `delayMs` after the query arrived, so a
 * client sees the round trip of a server across the internet while NSD does the DNS work.
 * Runs in a process of its own (the live bench starts it), so its work never shares the
 * event loop of the client it measures.
 */
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

export function serveDelayed(listen: string, upstream: string, delayMs: number): void {
  const up = createSocket('udp4');
  up.connect(53, upstream);
  const pending = new Map<number, (answer: Buffer) => void>();
  let nextId = 0;
  up.on('message', (msg) => {
    if (msg.length < 12) return;
    const id = msg.readUInt16BE(0);
    const back = pending.get(id);
    if (!back) return;
    pending.delete(id);
    back(msg);
  });
  /** IDs are rewritten: queries from different clients and connections may share one. */
  const relay = (query: Buffer, reply: (answer: Buffer) => void) => {
    if (query.length < 12) return;
    const arrived = performance.now();
    const original = query.readUInt16BE(0);
    nextId = (nextId + 1) & 0xffff;
    const id = nextId;
    const q = Buffer.from(query);
    q.writeUInt16BE(id, 0);
    pending.set(id, (answer) => {
      answer.writeUInt16BE(original, 0);
      const wait = delayMs - (performance.now() - arrived);
      setTimeout(() => reply(answer), Math.max(0, wait));
    });
    up.send(q);
  };

  let listening = 0;
  const ready = () => {
    if (++listening === 2) process.send?.('ready');
  };
  const udp = createSocket('udp4');
  udp.on('message', (msg, from) =>
    relay(msg, (answer) => udp.send(answer, from.port, from.address)),
  );
  udp.bind(53, listen, ready);

  const tcp = createServer((socket) => {
    socket.setNoDelay(true);
    let buffered: Buffer = Buffer.alloc(0);
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      buffered = buffered.length > 0 ? Buffer.concat([buffered, chunk]) : chunk;
      let o = 0;
      while (buffered.length - o >= 2 && buffered.length - o - 2 >= buffered.readUInt16BE(o)) {
        const length = buffered.readUInt16BE(o);
        relay(buffered.subarray(o + 2, o + 2 + length), (answer) => {
          if (socket.destroyed) return;
          const frame = Buffer.allocUnsafe(answer.length + 2);
          frame.writeUInt16BE(answer.length, 0);
          answer.copy(frame, 2);
          socket.write(frame);
        });
        o += 2 + length;
      }
      buffered = buffered.subarray(o);
    });
  });
  tcp.listen(53, listen, ready);
}
