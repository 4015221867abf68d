import { identifyProvider } from '../../../src/rules/checks/providers.js';

describe('identifyProvider', () => {
  it.each([
    ['ns-39.awsdns-04.com.', 'Amazon Route 53'],
    ['ns-1612.awsdns-09.co.uk.', 'Amazon Route 53'],
    ['Lola.NS.Cloudflare.com.', 'Cloudflare'],
    ['ns-cloud-e1.googledomains.com.', 'Google Cloud DNS'],
    ['ns3-07.azure-dns.org.', 'Azure DNS'],
    ['dns1.p05.nsone.net.', 'NS1'],
    ['a1-67.akam.net.', 'Akamai Edge DNS'],
    ['ns1.dnsimple-edge.net.', 'DNSimple'],
    ['hydrogen.ns.hetzner.com.', 'Hetzner'],
  ])('%s → %s', (host, id) => {
    expect(identifyProvider(host)).toEqual({ id, how: 'pattern' });
  });
  it('does not take look-alikes for the provider', () => {
    expect(identifyProvider('ns-1.awsdns-01.com.evil.example.').id).toBe('evil.example');
    expect(identifyProvider('cloudflare.com.attacker.net.').id).toBe('attacker.net');
    expect(identifyProvider('notcloudflare.com.').id).toBe('notcloudflare.com');
  });
  it('falls back to the registrable domain (Public Suffix List)', () => {
    expect(identifyProvider('ns1.example.co.uk.')).toEqual({ id: 'example.co.uk', how: 'domain' });
    expect(identifyProvider('ns2.example.co.uk.').id).toBe(
      identifyProvider('ns1.example.co.uk.').id,
    );
  });
  it('checks policy patterns first', () => {
    const policy = { 'in-house': ['ns*.corp.example'], vanity: ['dns.example.org'] };
    expect(identifyProvider('ns7.corp.example.', policy)).toEqual({
      id: 'in-house',
      how: 'policy',
    });
    expect(identifyProvider('a.dns.example.org.', policy).id).toBe('vanity');
    expect(identifyProvider('bob.ns.cloudflare.com.', policy).id).toBe('Cloudflare');
  });
});
