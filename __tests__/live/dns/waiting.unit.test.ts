/**
 * The table of queries waiting for an answer (waiting.ts over id-table.ts): an ID is never
 * given to two waiting queries, an answer settles only the query whose ID and question it
 * repeats, and an answer after the timeout (or to a question asked again on the same ID)
 * settles nothing.
 */
import * as packet from 'dns-packet';
import type { Exchange } from '../../../src/live/dns/exchange.js';
import type { IdSource, Question } from '../../../src/live/dns/query-wire.js';
import { Waiting } from '../../../src/live/dns/waiting.js';

/** IDs in the order given, then 0 forever. */
const ids = (...list: number[]) => ({ take: () => list.shift() ?? 0 }) as unknown as IdSource;
const q = (name: string): Question => ({ name, type: 'A', rd: false, dnssec: false });

function answer(id: number, name: string): Buffer {
  return packet.encode({
    type: 'response',
    id,
    flags: packet.AUTHORITATIVE_ANSWER,
    questions: [{ type: 'A', name, class: 'IN' }],
    answers: [{ type: 'A', name, ttl: 60, data: '192.0.2.1' }],
  });
}

const idOf = (query: Buffer, framed = false) => query.readUInt16BE(framed ? 2 : 0);

describe('Waiting', () => {
  it('gives a query the next free ID when the drawn one is waiting, wrapping at 65535', () => {
    const w = new Waiting(ids(0xfffe, 0xfffe, 0xfffe));
    const got: Exchange[] = [];
    const a = w.add(q('a.example.'), 5000, (r) => got.push(r))!;
    const b = w.add(q('b.example.'), 5000, (r) => got.push(r))!;
    const c = w.add(q('c.example.'), 5000, (r) => got.push(r))!;
    expect([idOf(a), idOf(b), idOf(c)]).toEqual([0xfffe, 0xffff, 0]);
    expect(w.size).toBe(3);
    // Each answer settles its own query only.
    expect(w.settle(answer(0, 'c.example'))).toBe(true);
    expect(w.settle(answer(0xfffe, 'a.example'))).toBe(true);
    expect(w.settle(answer(0xffff, 'b.example'))).toBe(true);
    expect(got.map((r) => r.ok && r.response.questions?.[0]?.name)).toEqual([
      'c.example',
      'a.example',
      'b.example',
    ]);
    expect(w.size).toBe(0);
    w.failAll({ ok: false, error: 'network', message: 'closed' });
  });

  it('ignores an answer with an unknown ID, or with the ID of another question', () => {
    const w = new Waiting(ids(7, 8));
    const got: Exchange[] = [];
    w.add(q('a.example.'), 5000, (r) => got.push(r));
    w.add(q('b.example.'), 5000, (r) => got.push(r));
    expect(w.settle(answer(9, 'a.example'))).toBe(false);
    expect(w.settle(answer(8, 'a.example'))).toBe(false);
    expect(w.settle(answer(7, 'a.example'))).toBe(true);
    // Settled once: the same answer again is stale.
    expect(w.settle(answer(7, 'a.example'))).toBe(false);
    expect(got).toHaveLength(1);
    expect(w.size).toBe(1);
    w.failAll({ ok: false, error: 'network', message: 'closed' });
    expect(got).toHaveLength(2);
    expect(got[1]).toEqual({ ok: false, error: 'network', message: 'closed' });
  });

  it('times a query out, then ignores its late answer, and its ID serves the next question', async () => {
    const timedOut: number[] = [];
    const w = new Waiting(ids(42, 42), () => timedOut.push(Date.now()));
    const got: Exchange[] = [];
    w.add(q('late.example.'), 20, (r) => got.push(r));
    await new Promise((r) => setTimeout(r, 60));
    expect(got).toEqual([{ ok: false, error: 'timeout', message: 'no answer within 20 ms' }]);
    expect(timedOut).toHaveLength(1);
    expect(w.size).toBe(0);
    expect(w.settle(answer(42, 'late.example'))).toBe(false);
    // The same ID, drawn again, now waits for another question: the late answer is not its.
    const next = w.add(q('next.example.'), 5000, (r) => got.push(r))!;
    expect(idOf(next)).toBe(42);
    expect(w.settle(answer(42, 'late.example'))).toBe(false);
    expect(w.settle(answer(42, 'next.example'))).toBe(true);
    expect(got).toHaveLength(2);
    expect(got[1]!.ok).toBe(true);
  });

  it('keeps hundreds of random IDs apart, settles them in any order, and gives back framed queries to resend', () => {
    const drawn = Array.from({ length: 500 }, (_, i) => (i * 7919) & 0xff); // many repeats
    const w = new Waiting(ids(...drawn), undefined, true);
    const settled = new Set<string>();
    const queries = drawn.map((_, i) => {
      const name = `n${i}.example.`;
      return { name, wire: w.add(q(name), 5000, () => settled.add(name))! };
    });
    const used = new Set(queries.map((x) => idOf(x.wire, true)));
    expect(used.size).toBe(500);
    expect(w.queries()).toHaveLength(500);
    for (const x of [...queries].reverse().filter((_, i) => i % 2 === 0))
      expect(w.settle(answer(idOf(x.wire, true), x.name.slice(0, -1)))).toBe(true);
    expect(settled.size).toBe(250);
    expect(w.size).toBe(250);
    const left = new Set(w.queries().map((b) => idOf(b, true)));
    expect(left.size).toBe(250);
    for (const x of queries) expect(left.has(idOf(x.wire, true))).toBe(!settled.has(x.name));
    w.failAll({ ok: false, error: 'network', message: 'closed' });
    expect(w.size).toBe(0);
  });
});
