/** The pure half of asking every server: who is up to date, what stands for the zone, what differs. */
import { type Fact, markUpToDate, mergeAnswers } from '../../src/live/servers.js';
import type { ServerHealth } from '../../src/live/types.js';
import type { RecordType } from '../../src/model/record-type.js';
import { newestSerial, serialGreater } from '../../src/model/serial.js';

const server = (
  name: string,
  serial: number | undefined,
  primary = 'ns1.example.',
): ServerHealth => ({
  name,
  address: `192.0.2.${name.length}`,
  port: 53,
  responded: true,
  authoritative: serial !== undefined,
  ...(serial !== undefined ? { soaSerial: serial, soaPrimary: primary } : {}),
});
const a = (value: string, ttl = 300): Fact => ({
  kind: 'rrset',
  rrset: { name: 'www.example.', type: 'A', ttl, values: [value] },
});

describe('RFC 1982 serials', () => {
  it('finds the newest across the wrap', () => {
    expect(newestSerial([2026120601, 2026120602])).toBe(2026120602);
    expect(newestSerial([2 ** 32 - 1, 3])).toBe(3);
    expect(serialGreater(3, 2 ** 32 - 1)).toBe(true);
    expect(newestSerial([])).toBeUndefined();
  });
});

describe('markUpToDate', () => {
  it('marks the newest serial per primary, so two providers never lag each other', () => {
    const marked = markUpToDate([
      server('ns1', 10),
      server('ns2', 9),
      server('other-provider', 1, 'ns.elsewhere.'),
      server('lame', undefined),
    ]);
    expect(marked.map((s) => [s.name, s.upToDate])).toEqual([
      ['ns1', true],
      ['ns2', false],
      ['other-provider', true],
      ['lame', undefined],
    ]);
  });
});

describe('mergeAnswers', () => {
  const wanted: { name: string; type: RecordType }[] = [
    { name: 'www.example.', type: 'A' },
    { name: 'example.', type: 'DNSKEY' },
  ];
  const servers = markUpToDate([server('lagging', 9), server('current', 10)]);

  it('takes the zone from an up-to-date server even when a lagging one answers first', () => {
    const { facts, differences } = mergeAnswers(wanted, servers, [
      [a('192.0.2.1'), { kind: 'absent' }],
      [a('192.0.2.10'), { kind: 'absent' }],
    ]);
    expect(facts[0]).toEqual(a('192.0.2.10'));
    expect(differences).toEqual([
      {
        name: 'www.example.',
        type: 'A',
        answers: [
          { server: 'lagging (192.0.2.7)', answer: { ttl: 300, values: ['192.0.2.1'] } },
          { server: 'current (192.0.2.7)', answer: { ttl: 300, values: ['192.0.2.10'] } },
        ],
      },
    ]);
  });

  it('leaves an RRset unresolved rather than take it from a lagging server', () => {
    const failed: Fact = { kind: 'failed', reason: 'current: timeout' };
    const { facts } = mergeAnswers(wanted.slice(0, 1), servers, [[a('192.0.2.1')], [failed]]);
    expect(facts[0]).toEqual(failed);
  });

  it('counts a TTL difference, but not keys each signer serves its own', () => {
    const key = (k: string): Fact => ({
      kind: 'rrset',
      rrset: { name: 'example.', type: 'DNSKEY', ttl: 3600, values: [k] },
    });
    const { differences } = mergeAnswers(wanted, servers, [
      [a('192.0.2.10', 60), key('257 3 13 AAAA')],
      [a('192.0.2.10', 300), key('257 3 13 BBBB')],
    ]);
    expect(differences.map((d) => d.type)).toEqual(['A']);
  });
});
