import { createSocket, type Socket } from 'node:dgram';
import * as packet from 'dns-packet';
import fc from 'fast-check';
import { createDnsClient } from '../../../src/live/dns/client.js';
import { encodeQuery } from '../../../src/live/dns/transport.js';
import { parseAuthoritativeSpec, parseResolverSpec } from '../../../src/live/specs.js';

/** A peer that answers through `reply`, which may send several packets per query. */
async function peer(
  address: string,
  reply: (
    q: packet.DecodedPacket,
    send: (p: packet.Packet) => void,
    raw: Buffer,
    sendRaw: (b: Buffer) => void,
  ) => void,
): Promise<{
  socket: Socket;
  port: number;
  queries: packet.DecodedPacket[];
  clients: { address: string; port: number }[];
}> {
  const socket = createSocket('udp4');
  const queries: packet.DecodedPacket[] = [];
  const clients: { address: string; port: number }[] = [];
  socket.on('message', (msg, rinfo) => {
    const q = packet.decode(msg);
    queries.push(q);
    clients.push({ address: rinfo.address, port: rinfo.port });
    reply(
      q,
      (p) => socket.send(packet.encode(p), rinfo.port, rinfo.address),
      msg,
      (b) => socket.send(b, rinfo.port, rinfo.address),
    );
  });
  await new Promise<void>((r) => socket.bind(0, address, () => r()));
  return { socket, port: socket.address().port, queries, clients };
}

const answerTo = (q: packet.DecodedPacket, extra: Partial<packet.Packet> = {}): packet.Packet => ({
  type: 'response',
  id: q.id,
  flags: packet.AUTHORITATIVE_ANSWER,
  questions: q.questions,
  answers: [{ type: 'A', name: q.questions![0]!.name, ttl: 60, data: '192.0.2.9' }],
  ...extra,
});

describe('the DNS client transport', () => {
  it('ignores a well-formed answer from another source port', async () => {
    const other = createSocket('udp4');
    await new Promise<void>((r) => other.bind(0, '127.0.0.1', () => r()));
    let real = 0;
    const p = await peer('127.0.0.1', (q, send) => {
      const spoof = packet.encode({ ...answerTo(q), answers: [] });
      const client = p.clients[p.clients.length - 1]!;
      other.send(spoof, client.port, client.address);
      setTimeout(() => {
        real++;
        send(answerTo(q));
      }, 30);
    });
    const client = createDnsClient({ timeoutMs: 1000, retries: 0 });
    try {
      const r = await client.query(
        { address: '127.0.0.1', port: p.port },
        { name: 'www.example.', type: 'A' },
      );
      expect(real).toBe(1);
      expect(r.ok && r.response.answers?.length).toBe(1);
    } finally {
      client.close();
      p.socket.close();
      other.close();
    }
  });

  it('ignores answers with a wrong ID or question and takes the real one', async () => {
    const p = await peer('127.0.0.1', (q, send) => {
      send(answerTo(q, { id: (q.id! + 1) & 0xffff }));
      send(answerTo(q, { questions: [{ type: 'A', name: 'evil.example', class: 'IN' }] }));
      send({ ...answerTo(q), type: 'query' });
      setTimeout(() => send(answerTo(q)), 30);
    });
    const client = createDnsClient({ timeoutMs: 1000, retries: 0 });
    try {
      const r = await client.query(
        { address: '127.0.0.1', port: p.port },
        { name: 'www.example.', type: 'A' },
      );
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.authoritative).toBe(true);
        expect(r.response.answers?.[0]).toMatchObject({ data: '192.0.2.9' });
      }
      // RD off, EDNS0 with a 1232-octet buffer, no DO bit for an A query.
      const q = p.queries[0]!;
      expect(q.flag_rd).toBe(false);
      const opt = q.additionals?.find((a) => a.type === 'OPT') as packet.OptAnswer;
      expect(opt.udpPayloadSize).toBe(1232);
      expect(opt.flag_do).toBe(false);
    } finally {
      client.close();
      p.socket.close();
    }
  });

  it('survives garbage with the right ID (hostile peer) and still takes the real answer', async () => {
    const junk = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 600 }), {
      numRuns: 200,
      seed: 7,
    });
    const p = await peer('127.0.0.1', (q, send, raw, sendRaw) => {
      for (const bytes of junk) {
        const b = Buffer.from(bytes);
        if (b.length >= 2) raw.copy(b, 0, 0, 2); // same message ID
        if (b.length >= 3) b[2] = b[2]! | 0x80; // QR set: looks like a response
        sendRaw(b);
      }
      setTimeout(() => send(answerTo(q)), 20);
    });
    const client = createDnsClient({ timeoutMs: 2000, retries: 0 });
    try {
      const r = await client.query(
        { address: '127.0.0.1', port: p.port },
        { name: 'www.example.', type: 'A' },
      );
      expect(r.ok).toBe(true);
    } finally {
      client.close();
      p.socket.close();
    }
  });

  it('sets DO for DNSSEC types and RD when asked', async () => {
    const p = await peer('127.0.0.1', (q, send) => send(answerTo(q)));
    const client = createDnsClient({ timeoutMs: 1000, retries: 0 });
    try {
      await client.query(
        { address: '127.0.0.1', port: p.port },
        { name: 'example.', type: 'DNSKEY', dnssec: true, rd: true },
      );
      const q = p.queries[0]!;
      expect(q.flag_rd).toBe(true);
      const opt = q.additionals!.find((a) => a.type === 'OPT') as packet.OptAnswer;
      expect(opt.flag_do).toBe(true);
    } finally {
      client.close();
      p.socket.close();
    }
  });

  it('times out a spoofed-only exchange, retrying with backoff a bounded number of times', async () => {
    const p = await peer('127.0.0.1', (q, send) => send(answerTo(q, { id: (q.id! + 7) & 0xffff })));
    const client = createDnsClient({ timeoutMs: 100, retries: 2, backoffMs: 10 });
    try {
      const r = await client.query(
        { address: '127.0.0.1', port: p.port },
        { name: 'www.example.', type: 'A' },
      );
      expect(r).toMatchObject({ ok: false, error: 'timeout' });
      expect(p.queries).toHaveLength(3);
      expect(client.sent).toBe(3);
    } finally {
      client.close();
      p.socket.close();
    }
  });

  it('keeps at most maxInFlight queries outstanding', async () => {
    let outstanding = 0;
    let peak = 0;
    const p = await peer('127.0.0.1', (q, send) => {
      outstanding++;
      peak = Math.max(peak, outstanding);
      setTimeout(() => {
        outstanding--;
        send(answerTo(q));
      }, 5);
    });
    const client = createDnsClient({ timeoutMs: 2000, retries: 0, maxInFlight: 4 });
    try {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          client.query(
            { address: '127.0.0.1', port: p.port },
            { name: `n${i}.example.`, type: 'A' },
          ),
        ),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      expect(peak).toBeLessThanOrEqual(4);
      expect(peak).toBeGreaterThan(1);
    } finally {
      client.close();
      p.socket.close();
    }
  });
  it('bounds the queries in flight per server, so two servers each get the full width', async () => {
    const load = { outstanding: 0, peak: 0 };
    const perServer = [0, 0];
    const peaks = [0, 0];
    const slow = (i: number) => (q: packet.DecodedPacket, send: (p: packet.Packet) => void) => {
      load.outstanding++;
      perServer[i]!++;
      load.peak = Math.max(load.peak, load.outstanding);
      peaks[i] = Math.max(peaks[i]!, perServer[i]!);
      setTimeout(() => {
        load.outstanding--;
        perServer[i]!--;
        send(answerTo(q));
      }, 5);
    };
    const one = await peer('127.0.0.1', slow(0));
    const two = await peer('127.0.0.1', slow(1));
    const client = createDnsClient({ timeoutMs: 2000, retries: 0, maxInFlight: 4 });
    try {
      const results = await Promise.all(
        [one, two].flatMap((p) =>
          Array.from({ length: 40 }, (_, i) =>
            client.query(
              { address: '127.0.0.1', port: p.port },
              { name: `n${i}.example.`, type: 'A' },
            ),
          ),
        ),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      expect(Math.max(...peaks)).toBeLessThanOrEqual(4);
      expect(load.peak).toBeGreaterThan(4);
    } finally {
      client.close();
      one.socket.close();
      two.socket.close();
    }
  });
});

describe('server specs', () => {
  it('parses resolvers with and without ports, IPv4 and IPv6', () => {
    expect(parseResolverSpec('127.0.0.1')).toEqual({ ok: true, address: '127.0.0.1', port: 53 });
    expect(parseResolverSpec('127.0.0.1:5353')).toEqual({
      ok: true,
      address: '127.0.0.1',
      port: 5353,
    });
    expect(parseResolverSpec('2001:DB8::1')).toEqual({
      ok: true,
      address: '2001:db8::1',
      port: 53,
    });
    expect(parseResolverSpec('[2001:db8::1]:5300')).toEqual({
      ok: true,
      address: '2001:db8::1',
      port: 5300,
    });
    for (const bad of ['dns.google', '127.0.0.1:0', '127.0.0.1:70000', '[127.0.0.1]:53', ''])
      expect(parseResolverSpec(bad).ok).toBe(false);
  });
  it('parses ZONE=IP[:PORT],…', () => {
    expect(
      parseAuthoritativeSpec('Example.COM=192.0.2.1, 192.0.2.2:5353,[2001:db8::53]:53'),
    ).toEqual({
      ok: true,
      zone: 'example.com.',
      servers: [
        { name: '192.0.2.1', address: '192.0.2.1', port: 53 },
        { name: '192.0.2.2', address: '192.0.2.2', port: 5353 },
        { name: '2001:db8::53', address: '2001:db8::53', port: 53 },
      ],
    });
    expect(parseAuthoritativeSpec('example.com')).toMatchObject({ ok: false });
    expect(parseAuthoritativeSpec('example.com=')).toMatchObject({ ok: false });
    const bad = parseAuthoritativeSpec('example.com=ns1.example.net');
    expect(bad).toMatchObject({ ok: false });
    if (!bad.ok) expect(bad.message).toMatch(/example\.com\..*not an IP/);
  });
});

describe('query encoding', () => {
  it.each([
    ['www.example.com.', 'A', false, false],
    ['_sip._tcp.example.com.', 'SRV', true, false],
    ['example.com.', 'DNSKEY', false, true],
    ['a\\.b.example.', 'TXT', false, false],
    ['.', 'NS', true, false],
    ['x.example.', 'TYPE65534', false, false],
  ] as const)('%s %s decodes back to the same question', (name, type, rd, dnssec) => {
    const q = packet.decode(encodeQuery(4242, { name, type, rd, dnssec }));
    expect(q.id).toBe(4242);
    expect(q.flag_rd).toBe(rd);
    expect(q.questions).toHaveLength(1);
    expect(q.questions![0]!.type).toBe(type === 'TYPE65534' ? 'UNKNOWN_65534' : type);
    const opt = q.additionals!.find((a) => a.type === 'OPT') as packet.OptAnswer;
    expect(opt.udpPayloadSize).toBe(1232);
    expect(opt.flag_do).toBe(dnssec);
    const want = name === '.' ? '.' : name.slice(0, -1).replace('a\\.b', 'a.b');
    expect(q.questions![0]!.name).toBe(want);
  });
});
