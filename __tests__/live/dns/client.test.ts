import { createSocket, type Socket } from 'node:dgram';
import { createDnsClient } from '../../../src/live/dns/client.js';

/** A UDP peer that reads every query and never answers. */
async function silentPeer(): Promise<{ socket: Socket; port: number; queries: number[] }> {
  const socket = createSocket('udp4');
  const queries: number[] = [];
  socket.on('message', () => queries.push(Date.now()));
  await new Promise<void>((r) => socket.bind(0, '127.0.0.1', () => r()));
  return { socket, port: socket.address().port, queries };
}

describe('the DNS client timers', () => {
  it('times out each query on its own clock, none before its time (one timer per socket)', async () => {
    const p = await silentPeer();
    const client = createDnsClient({ timeoutMs: 150, retries: 0 });
    const server = { address: '127.0.0.1', port: p.port };
    try {
      const timed = async (name: string) => {
        const started = Date.now();
        const r = await client.query(server, { name, type: 'A' });
        return { r, elapsed: Date.now() - started, ended: Date.now() };
      };
      const first = timed('a.example.');
      await new Promise((r) => setTimeout(r, 60));
      const second = timed('b.example.');
      const [a, b] = await Promise.all([first, second]);
      for (const x of [a, b]) {
        expect(x.r).toMatchObject({ ok: false, error: 'timeout' });
        expect(x.elapsed).toBeGreaterThanOrEqual(149);
      }
      expect(b.ended).toBeGreaterThan(a.ended);
      expect(p.queries).toHaveLength(2);
    } finally {
      client.close();
      p.socket.close();
    }
  });

  it('close() ends queries waiting for an answer or for their retry, and sends nothing more', async () => {
    const p = await silentPeer();
    const client = createDnsClient({ timeoutMs: 30, retries: 3, backoffMs: 10_000 });
    const server = { address: '127.0.0.1', port: p.port };
    // One query sits in its first backoff (after a 30 ms timeout), one waits for an answer.
    const inBackoff = client.query(server, { name: 'a.example.', type: 'A' });
    await new Promise((r) => setTimeout(r, 100));
    const slow = createDnsClient({ timeoutMs: 60_000, retries: 0 });
    const waiting = slow.query(server, { name: 'b.example.', type: 'A' });
    await new Promise((r) => setTimeout(r, 20));
    const started = Date.now();
    client.close();
    slow.close();
    try {
      for (const r of await Promise.all([inBackoff, waiting]))
        expect(r).toMatchObject({ ok: false, error: 'network', message: /closed/ });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(p.queries).toHaveLength(2);
    } finally {
      p.socket.close();
    }
  });
});
