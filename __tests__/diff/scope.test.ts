/**
 * The push's scope (src/model/scope.ts, docs/push-scope.md): what the diff leaves alone when it
 * compares live DNS with the config, and the name lookups rules share.
 */
import { diffApply, diffDrift, diffManaged } from '../../src/diff/diff.js';
import { declaredHandsOff, leftAlone, nameManagedElsewhere } from '../../src/model/scope.js';
import { rrsetKey, type UnmanagedPattern } from '../../src/model/zone.js';
import { rrsets, zone } from '../helpers/zones.js';

const Z = 'example.com.';
const summary = (cs: { name: string; type: string; kind: string }[]) =>
  cs.map((c) => `${c.kind} ${c.name} ${c.type}`);

describe('apply (live → head) honours the push scope', () => {
  it('never deletes what the provider synthesises when the config has none of it', () => {
    const live = rrsets(Z, [
      '@ 3600 SOA ns1.example.com. hostmaster.example.com. 1 3600 900 604800 300',
      '@ 3600 DNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==',
      'www 300 A 192.0.2.1',
    ]);
    const head = zone(Z, ['www 300 A 192.0.2.1']);
    expect(diffApply(live, head)).toEqual([]);
    // Base → head compares two configs: a zone file that drops its SOA does drop it.
    expect(summary(diffManaged(live, head))).toEqual([
      'remove example.com. DNSKEY',
      'remove example.com. SOA',
    ]);
  });

  it('keeps the providers’ own apex nameservers and TTL beside NAMESERVER()', () => {
    const providers: UnmanagedPattern = {
      name: '@',
      types: ['NS'],
      partial: true,
      appliesTo: 'live',
      source: 'DnsProvider',
    };
    const head = zone(Z, ['@ 300 NS ns1.other.net.', 'www 300 A 192.0.2.1'], {
      unmanaged: [providers],
    });
    const live = rrsets(Z, [
      '@ 172800 NS ns1.other.net.',
      '@ 172800 NS a.provider.net.',
      'www 300 A 192.0.2.1',
    ]);
    expect(diffApply(live, head)).toEqual([]);
    // A configured name missing live is what the push adds.
    const missing = rrsets(Z, ['@ 172800 NS a.provider.net.', 'www 300 A 192.0.2.1']);
    const [c] = diffApply(missing, head);
    expect(c?.kind).toBe('modify');
    expect(c?.after?.values).toEqual(['a.provider.net.', 'ns1.other.net.']);
    // Without the pattern the same live data reads as the push deleting the provider's names.
    expect(summary(diffApply(live, { ...head, unmanaged: [] }))).toEqual([
      'modify example.com. NS',
    ]);
  });

  it('keeps only the values an IGNORE_TARGET matches, beside the config’s own', () => {
    const head = zone(Z, ['@ 300 TXT "v=spf1 -all"'], {
      unmanaged: [{ name: '*', types: ['TXT'], target: 'google-site-*', source: 'IGNORE_TARGET' }],
    });
    const live = rrsets(Z, [
      '@ 300 TXT "v=spf1 -all"',
      '@ 300 TXT "google-site-verification=abc"',
      '@ 300 TXT "stale"',
      'x 300 TXT "google-site-verification=x" "old"',
    ]);
    const changes = diffApply(live, head);
    expect(summary(changes)).toEqual(['modify example.com. TXT']);
    expect(changes[0]?.after?.values).toEqual(['"google-site-verification=abc"', '"v=spf1 -all"']);
  });

  it('writes nothing for a zone the push does not touch (a D() without a DNS provider)', () => {
    const head = zone(Z, ['www 300 A 192.0.2.9', 'new 300 A 192.0.2.3'], {
      unmanaged: [{ name: '*', appliesTo: 'live', source: 'no DnsProvider()' }],
    });
    const live = rrsets(Z, ['www 300 A 192.0.2.1', 'old 300 A 192.0.2.2']);
    expect(diffApply(live, head)).toEqual([]);
    expect(summary(diffManaged(live, head))).toEqual([
      'add new.example.com. A',
      'remove old.example.com. A',
      'modify www.example.com. A',
    ]);
  });

  it('leaves what external-dns owns, found from its TXT markers in live DNS', () => {
    const head = zone(Z, ['www 300 A 192.0.2.1'], {
      unmanaged: [{ name: '*', externalDnsPrefix: '', source: 'IGNORE_EXTERNAL_DNS' }],
    });
    const live = rrsets(Z, [
      'www 300 A 192.0.2.1',
      'a-app 300 TXT "heritage=external-dns,external-dns/owner=k8s"',
      'app 300 A 192.0.2.7',
      'app 300 AAAA 2001:db8::7',
      'legacy 300 TXT "heritage=external-dns,external-dns/owner=k8s"',
      'legacy 300 CNAME lb.example.net.',
      'stray 300 A 192.0.2.8',
    ]);
    expect(summary(diffApply(live, head))).toEqual([
      'remove app.example.com. AAAA', // a-app names the A record only
      'remove stray.example.com. A',
    ]);
  });

  it('reads octoDNS allowlists: what the list does not name is left alone', () => {
    const head = zone(Z, ['www 300 A 192.0.2.1'], {
      unmanaged: [
        { name: '*', except: [{ types: ['A', 'AAAA'] }], source: 'TypeAllowlistFilter' },
        { name: '*', nameRegex: '^_acme', source: 'NameRejectlistFilter' },
        { name: '*', types: ['A'], network: '10.0.0.0/8', source: 'NetworkValueRejectlistFilter' },
      ],
    });
    const live = rrsets(Z, [
      'www 300 A 192.0.2.1',
      'mail 300 MX 10 mx.example.net.',
      '_acme-challenge 60 A 192.0.2.4',
      'internal 300 A 10.1.2.3',
      'gone 300 A 192.0.2.5',
    ]);
    expect(summary(diffApply(live, head))).toEqual(['remove gone.example.com. A']);
  });
});

describe('drift (base → live) leaves out what the push leaves alone', () => {
  it('does not call a live record the push leaves alone drift, and keeps real drift', () => {
    const base = zone(Z, ['www 300 A 192.0.2.1', 'txt 300 TXT "in git"'], {
      unmanaged: [
        { name: '@', types: ['NS'], partial: true, appliesTo: 'live', source: 'DnsProvider' },
        { name: 'dyn', source: 'IGNORE' },
      ],
    });
    const live = rrsets(Z, [
      '@ 172800 NS a.provider.net.',
      '@ 3600 SOA a.provider.net. hostmaster.example.com. 1 3600 900 604800 300',
      'www 300 A 192.0.2.1',
      'txt 300 TXT "changed"',
      'dyn 60 A 192.0.2.50',
    ]);
    const asked = new Set([...live.map(rrsetKey)]);
    expect(summary(diffDrift(base, live, asked))).toEqual(['modify txt.example.com. TXT']);
  });
});

describe('the scope predicate', () => {
  const z = zone(Z, [], {
    unmanaged: [
      { name: 'asgard', source: 'IGNORE' },
      { name: '*', types: ['TXT'], source: 'IGNORE' },
      { name: '@', types: ['NS'], partial: true, appliesTo: 'live', source: 'DnsProvider' },
    ],
  });
  it('names a hands-off name as managed elsewhere, but not through a catch-all by type', () => {
    expect(nameManagedElsewhere('asgard.example.com.', z)).toBe(true);
    expect(nameManagedElsewhere('midgard.example.com.', z)).toBe(false);
  });
  it('tells declared hands-off records from provider-owned ones', () => {
    const ns = rrsets(Z, ['@ 300 NS a.provider.net.'])[0]!;
    const a = rrsets(Z, ['asgard 60 A 192.0.2.1'])[0]!;
    expect(declaredHandsOff(a, z)).toBe(true);
    expect(declaredHandsOff(ns, z)).toBe(false);
    expect(leftAlone(ns, z, 'config')).toBeUndefined();
    expect(leftAlone(ns, z, 'live')?.source).toBe('DnsProvider');
  });
});
