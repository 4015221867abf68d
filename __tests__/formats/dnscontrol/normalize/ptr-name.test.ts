/** PTR label magic on its own: the label a PTR gets in its reverse zone, or why it cannot. */
import { ptrNameMagic } from '../../../../src/formats/dnscontrol/normalize/ptr-name.js';

describe('ptrNameMagic', () => {
  test('an IPv4 address or its full reverse name becomes the label in its /24 zone', () => {
    expect(ptrNameMagic('1.2.3.4', '3.2.1.in-addr.arpa')).toBe('4');
    expect(ptrNameMagic('4.3.2.1.in-addr.arpa.', '3.2.1.in-addr.arpa')).toBe('4');
  });

  test('classless zones (RFC 2317 and RFC 4183 names) take the last octet inside the range', () => {
    expect(ptrNameMagic('1.2.3.130', '128/25.3.2.1.in-addr.arpa')).toBe('130');
    expect(ptrNameMagic('1.2.3.130', '128-25.3.2.1.in-addr.arpa')).toBe('130');
    expect(ptrNameMagic('1.2.3.5', '128/25.3.2.1.in-addr.arpa')).toEqual({
      error: 'PTR record 1.2.3.5 in wrong IPv4 domain (128/25.3.2.1.in-addr.arpa)',
    });
  });

  test('an IPv6 address becomes its nibble label below the zone', () => {
    const label = ['1', ...Array(23).fill('0')].join('.');
    expect(ptrNameMagic('2001:db8::1', '8.b.d.0.1.0.0.2.ip6.arpa')).toBe(label);
    expect(ptrNameMagic('2001:db9::1', '8.b.d.0.1.0.0.2.ip6.arpa')).toEqual({
      error: 'PTR record 2001:db9::1 in wrong IPv6 domain (8.b.d.0.1.0.0.2.ip6.arpa)',
    });
  });

  test('addresses and reverse names outside the zone are errors; plain labels pass', () => {
    expect(ptrNameMagic('1.2.4.5', '3.2.1.in-addr.arpa')).toEqual({
      error: 'PTR record 1.2.4.5 in wrong IPv4 domain (3.2.1.in-addr.arpa)',
    });
    expect(ptrNameMagic('5.4.2.1.in-addr.arpa.', '3.2.1.in-addr.arpa')).toEqual({
      error: 'PTR record 5.4.2.1.in-addr.arpa. in wrong domain (3.2.1.in-addr.arpa)',
    });
    expect(ptrNameMagic('www', '3.2.1.in-addr.arpa')).toBe('www');
    expect(ptrNameMagic('1.2.3.4', 'example.com')).toBe('1.2.3.4');
  });
});
