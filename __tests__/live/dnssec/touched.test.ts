/** Which RRsets the DNSSEC step checks: the ones the change touches that the zone signs. */
import { touchedSigned } from '../../../src/live/dnssec/touched.js';
import { liveRequests } from '../../../src/live/requests.js';
import { zone, zoneSet } from '../../helpers/zones.js';

const Z = 'example.com.';
const base = zone(Z, [
  '@ 3600 NS ns1.example.net.',
  'www 300 A 192.0.2.1',
  'same 300 A 192.0.2.2',
  'ttl 300 A 192.0.2.3',
  'gone 300 TXT "bye"',
  'child 3600 NS ns1.child.example.com.',
  'ns1.child 3600 A 192.0.2.53',
  'child 3600 DS 12345 13 2 ' + 'AB'.repeat(32),
]);
const head = zone(Z, [
  '@ 3600 NS ns1.example.net.',
  'www 300 A 192.0.2.10',
  'same 300 A 192.0.2.2',
  'ttl 600 A 192.0.2.3',
  'new 300 AAAA 2001:db8::1',
  'child 3600 NS ns2.child.example.com.',
  'ns1.child 3600 A 192.0.2.54',
  'child 3600 DS 12345 13 2 ' + 'CD'.repeat(32),
  '@ 3600 DS 1 13 2 ' + 'EF'.repeat(32),
]);

describe('touchedSigned', () => {
  it('takes added, removed and modified RRsets (a TTL too), and a child DS, but not the delegation, glue or the apex DS', () => {
    const keys = touchedSigned(base, head)
      .map((q) => `${q.name} ${q.type}`)
      .sort();
    expect(keys).toEqual(
      [
        'www.example.com. A',
        'ttl.example.com. A',
        'gone.example.com. TXT',
        'new.example.com. AAAA',
        'child.example.com. DS',
      ].sort(),
    );
  });

  it('is what the live requests carry for each zone', () => {
    const [request] = liveRequests(zoneSet(base), zoneSet(head));
    expect(request!.signed).toEqual(touchedSigned(base, head));
    expect(liveRequests(zoneSet(base), zoneSet(base))[0]!.signed).toEqual([]);
  });
});
