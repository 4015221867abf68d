/**
 * The live phase does not look for a public delegation of a special-use zone (there is none):
 * it says so in live.reasons and sends no query, unless the zone's servers are given with
 * --authoritative.
 */
import { createSocket } from 'node:dgram';
import { collectLive } from '../../src/live/live-phase.js';
import type { LiveOptions } from '../../src/live/types.js';

/** A UDP port on loopback that receives and never answers: any query to it would be counted. */
async function silentServer() {
  const socket = createSocket('udp4');
  let received = 0;
  socket.on('message', () => {
    received++;
  });
  await new Promise<void>((done) => socket.bind(0, '127.0.0.1', done));
  return { port: socket.address().port, received: () => received, close: () => socket.close() };
}

const options = (port: number, extra: Partial<LiveOptions> = {}): LiveOptions => ({
  resolvers: [`127.0.0.1:${port}`],
  authoritative: new Map(),
  deadlineMs: 3000,
  timeoutMs: 200,
  retries: 0,
  ...extra,
});

const request = (zone: string) => ({
  zone,
  rrsets: [{ name: zone, type: 'NS' as const }],
  targets: ['somewhere.example.'],
  keysOf: [],
});

test('special-use zones are not discovered, and the reason names each one', async () => {
  const dns = await silentServer();
  try {
    const snap = await collectLive(
      [request('10.in-addr.arpa.'), request('corp.internal.')],
      options(dns.port),
    );
    expect(snap.status).toBe('off');
    expect(snap.queries).toBe(0);
    expect(dns.received()).toBe(0);
    expect(snap.zones).toEqual([]);
    expect(snap.reasons).toEqual([
      '10.in-addr.arpa.: not asked: 10.in-addr.arpa. (an RFC 1918 reverse zone, RFC 6303 §4.1) is served locally, never delegated in public DNS (--authoritative 10.in-addr.arpa.=IP asks its own servers)',
      'corp.internal.: not asked: internal. (reserved for private use, ICANN Board resolution of 29 July 2024 (SAC113)) is served locally, never delegated in public DNS (--authoritative corp.internal.=IP asks its own servers)',
    ]);
  } finally {
    dns.close();
  }
});

test('an ordinary zone beside them is still asked, and servers given explicitly are asked', async () => {
  const dns = await silentServer();
  try {
    const snap = await collectLive(
      [request('10.in-addr.arpa.'), request('example.com.')],
      options(dns.port),
    );
    expect(dns.received()).toBeGreaterThan(0);
    expect(snap.zones.map((z) => z.zone)).toEqual(['example.com.']);
    expect(snap.reasons[0]).toMatch(/^10\.in-addr\.arpa\.: not asked/);

    const before = dns.received();
    const given = await collectLive(
      [request('10.in-addr.arpa.')],
      options(dns.port, {
        authoritative: new Map([
          ['10.in-addr.arpa.', [{ name: '127.0.0.1', address: '127.0.0.1', port: dns.port }]],
        ]),
      }),
    );
    expect(dns.received()).toBeGreaterThan(before);
    expect(given.zones.map((z) => z.zone)).toEqual(['10.in-addr.arpa.']);
    expect(given.reasons.join('\n')).not.toContain('not asked');
  } finally {
    dns.close();
  }
});
