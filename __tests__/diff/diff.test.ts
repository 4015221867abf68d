import { diffManaged, diffRRsets, diffZoneSets } from '../../src/diff/diff.js';
import { globMatch } from '../../src/model/glob.js';
import { makeRRset } from '../../src/model/zone.js';
import { rrsets, zone, zoneSet } from '../helpers/zones.js';

const Z = 'example.com.';

describe('diffRRsets', () => {
  it('classifies add, remove, modify and TTL-only changes', () => {
    const before = rrsets(Z, [
      'www 300 A 192.0.2.1',
      'old 300 A 192.0.2.9',
      'mail 300 MX 10 mx1',
      'ttl 86400 A 192.0.2.5',
    ]);
    const after = rrsets(Z, [
      'www 300 A 192.0.2.2',
      'new 300 A 192.0.2.3',
      'mail 300 MX 10 mx1',
      'ttl 300 A 192.0.2.5',
    ]);
    const changes = diffRRsets(before, after);
    expect(changes.map((c) => [c.name, c.kind, c.ttlOnly])).toEqual([
      ['new.example.com.', 'add', false],
      ['old.example.com.', 'remove', false],
      ['ttl.example.com.', 'modify', true],
      ['www.example.com.', 'modify', false],
    ]);
  });

  it('treats equal data written differently as equal (canonical values)', () => {
    const a = rrsets(Z, ['@ 300 MX 10 MAIL.example.com.', '@ 300 MX 20 mx2']);
    const b = rrsets(Z, ['@ 300 MX 20 mx2.example.com.', '@ 300 MX 10 mail']);
    expect(diffRRsets(a, b)).toEqual([]);
  });

  it('counts options (e.g. proxied, dynamic pools) as data', () => {
    const a = makeRRset({
      name: 'www.example.com.',
      type: 'A',
      ttl: 300,
      values: ['192.0.2.1'],
      options: { proxied: 'true' },
    });
    const b = makeRRset({ name: 'www.example.com.', type: 'A', ttl: 300, values: ['192.0.2.1'] });
    const [c] = diffRRsets([a], [b]);
    expect(c?.kind).toBe('modify');
    expect(c?.ttlOnly).toBe(false);
  });
});

describe('unmanaged records', () => {
  it('never reports IGNOREd records as removals', () => {
    const current = rrsets(Z, [
      'www 300 A 192.0.2.1',
      'dyn-1 60 A 192.0.2.7',
      'dyn-2 60 TXT "x"',
      'keep 300 A 192.0.2.8',
    ]);
    const desired = zone(Z, ['www 300 A 192.0.2.1'], {
      unmanaged: [
        { name: 'dyn-*', source: 'IGNORE' },
        { name: 'keep', types: ['TXT'], source: 'IGNORE' },
      ],
    });
    const changes = diffManaged(current, desired);
    expect(changes.map((c) => `${c.kind} ${c.name} ${c.type}`)).toEqual([
      'remove keep.example.com. A',
    ]);
  });

  it('NO_PURGE keeps every record the config does not name', () => {
    const current = rrsets(Z, ['www 300 A 192.0.2.1', 'other 300 A 192.0.2.2']);
    const desired = zone(Z, ['www 300 A 192.0.2.9'], { noPurge: true });
    expect(diffManaged(current, desired).map((c) => `${c.kind} ${c.name}`)).toEqual([
      'modify www.example.com.',
    ]);
  });

  it('matches DNSControl-style globs', () => {
    expect(globMatch('{a,b}*', 'b-host')).toBe(true);
    expect(globMatch('host?', 'host12')).toBe(false);
    expect(globMatch('[a-c]x', 'bx')).toBe(true);
    expect(globMatch('*.example.com.', 'www.example.com.')).toBe(true);
    expect(globMatch('a.b', 'aXb')).toBe(false);
  });
});

describe('diffZoneSets', () => {
  it('reports added, removed, changed and unchanged zones', () => {
    const base = zoneSet(
      zone('a.test.', ['@ 300 A 192.0.2.1']),
      zone('b.test.', ['@ 300 A 192.0.2.1']),
      zone('c.test.', ['@ 300 A 192.0.2.1']),
    );
    const head = zoneSet(
      zone('a.test.', ['@ 300 A 192.0.2.1']),
      zone('c.test.', ['@ 300 A 192.0.2.2']),
      zone('d.test.', ['@ 300 A 192.0.2.1']),
    );
    expect(diffZoneSets(base, head).map((d) => [d.zone, d.status, d.changes.length])).toEqual([
      ['a.test.', 'unchanged', 0],
      ['b.test.', 'removed', 1],
      ['c.test.', 'changed', 1],
      ['d.test.', 'added', 1],
    ]);
  });

  it('sees configuration changes without record changes', () => {
    const base = zoneSet(
      zone('a.test.', ['@ 300 A 192.0.2.1'], {
        providers: [{ name: 'cf', type: 'CLOUDFLAREAPI' }],
      }),
    );
    const head = zoneSet(
      zone('a.test.', ['@ 300 A 192.0.2.1'], { providers: [{ name: 'r53', type: 'ROUTE53' }] }),
    );
    expect(diffZoneSets(base, head)[0]?.status).toBe('changed');
  });
});

describe('SOA', () => {
  it('hides a serial-only SOA change, keeps any other SOA change', () => {
    const soa = (serial: number, refresh = 7200) =>
      rrsets(Z, [
        `@ 3600 SOA ns1.example.net. host.example.com. ${serial} ${refresh} 3600 1209600 300`,
      ]);
    expect(diffRRsets(soa(1), soa(2))).toEqual([]);
    expect(diffRRsets(soa(1), soa(2, 3600))).toHaveLength(1);
  });
});
