/**
 * The loop that asks one server every RRset (askServer), against a fake client: the bound on
 * queries in flight, the order of the facts, skipped slots, answers given at once, and the
 * one request object it reuses (the client reads it when asked, and keeps nothing).
 */
import type { DnsClient, QueryRequest, QueryResult, Receiver } from '../../src/live/dns/client.js';
import { askServer } from '../../src/live/servers.js';
import type { RecordType } from '../../src/model/record-type.js';

const server = { name: 'ns1.example.', address: '192.0.2.1', port: 53 };

/** A fake client: records each request as it was when asked; answers now or when told. */
function fakeClient(answerAtOnce: (req: QueryRequest) => QueryResult | undefined) {
  const asked: { name: string; type: string; dnssec?: boolean; stream?: boolean }[] = [];
  const waiting: (() => void)[] = [];
  let inFlight = 0;
  let most = 0;
  const client = {
    ask(_s: unknown, req: QueryRequest, index: number, to: Receiver) {
      asked.push({ name: req.name, type: req.type, dnssec: req.dnssec, stream: req.stream });
      const now = answerAtOnce(req);
      if (now) return to.answered(index, now);
      const result = answerFor(req.name);
      inFlight++;
      most = Math.max(most, inFlight);
      waiting.push(() => {
        inFlight--;
        to.answered(index, result);
      });
    },
  } as unknown as DnsClient;
  return { client, asked, waiting, most: () => most };
}

/** An authoritative answer holding one A record named after the question, whatever its type. */
function answerFor(name: string): QueryResult {
  const answers = [
    { name: name.replace(/\.$/, ''), type: 'A', class: 'IN', ttl: 60, data: '192.0.2.7' },
  ];
  return {
    ok: true,
    rcode: 'NOERROR',
    authoritative: true,
    truncated: false,
    tcp: true,
    response: { answers } as never,
  };
}

const wanted = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `r${i}.example.`,
    type: (i % 3 === 2 ? 'DS' : 'A') as RecordType,
  }));

describe('askServer', () => {
  it('keeps at most width queries in flight, answers out of order, facts in order', async () => {
    const fake = fakeClient(() => undefined);
    const list = wanted(50);
    const done = askServer(fake.client, server, 'example.', list, { width: 4, stream: true });
    // Answer the newest waiting first, whatever arrives, until all have been answered.
    while (fake.waiting.length > 0) fake.waiting.pop()!();
    const facts = await done;
    expect(fake.most()).toBe(4);
    expect(fake.asked).toHaveLength(50);
    // The reused request was read as each query was asked: every name once, its own flags.
    expect(new Set(fake.asked.map((a) => a.name)).size).toBe(50);
    for (const a of fake.asked) {
      expect(a.dnssec).toBe(a.type === 'DS');
      expect(a.stream).toBe(true);
    }
    facts.forEach((fact, i) => {
      expect(fact?.kind).toBe(list[i]!.type === 'A' ? 'rrset' : 'absent');
      if (fact?.kind === 'rrset') expect(fact.rrset.name).toBe(list[i]!.name);
    });
  });

  it('leaves skipped slots undefined and never asks them', async () => {
    const fake = fakeClient(() => undefined);
    const done = askServer(fake.client, server, 'example.', wanted(10), {
      width: 3,
      stream: false,
      skip: (i) => i % 2 === 0,
    });
    while (fake.waiting.length > 0) fake.waiting.shift()!();
    const facts = await done;
    expect(fake.asked.map((a) => a.name)).toEqual(
      ['r1', 'r3', 'r5', 'r7', 'r9'].map((n) => `${n}.example.`),
    );
    expect(facts.map((fact) => fact === undefined)).toEqual(facts.map((_, i) => i % 2 === 0));
  });

  it('survives a client that answers every query at once (a closed one), without deepening the stack', async () => {
    const closed: QueryResult = {
      ok: false,
      error: 'network',
      message: 'the DNS client was closed',
    };
    const fake = fakeClient(() => closed);
    const facts = await askServer(fake.client, server, 'example.', wanted(200_000), {
      width: 64,
      stream: true,
    });
    expect(facts).toHaveLength(200_000);
    expect(facts[199_999]).toEqual({
      kind: 'failed',
      reason: 'ns1.example. (192.0.2.1): the DNS client was closed',
    });
  });

  it('resolves at once for nothing to ask, or everything skipped', async () => {
    const fake = fakeClient(() => undefined);
    expect(
      await askServer(fake.client, server, 'example.', [], { width: 4, stream: false }),
    ).toEqual([]);
    const facts = await askServer(fake.client, server, 'example.', wanted(3), {
      width: 4,
      stream: false,
      skip: () => true,
    });
    expect(facts).toEqual([undefined, undefined, undefined]);
    expect(fake.asked).toHaveLength(0);
  });
});
