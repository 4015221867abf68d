/** The special-use and locally-served zones: what is in the list, what is below it, what is not. */
import { canonicalName } from '../../src/model/name.js';
import {
  describeSpecialUse,
  SPECIAL_USE_ZONES,
  specialUseZone,
} from '../../src/model/special-use.js';

describe('specialUseZone', () => {
  test.each([
    ['localhost.', 'localhost.', 'RFC 6761 §6.3'],
    ['app.localhost.', 'localhost.', 'RFC 6761 §6.3'],
    ['127.in-addr.arpa.', '127.in-addr.arpa.', 'RFC 6303 §4.2'],
    ['1.0.10.in-addr.arpa.', '10.in-addr.arpa.', 'RFC 6303 §4.1'],
    ['31.172.in-addr.arpa.', '31.172.in-addr.arpa.', 'RFC 6303 §4.1'],
    ['5.168.192.in-addr.arpa.', '168.192.in-addr.arpa.', 'RFC 6303 §4.1'],
    ['64.100.in-addr.arpa.', '64.100.in-addr.arpa.', 'RFC 7793'],
    ['127.100.in-addr.arpa.', '127.100.in-addr.arpa.', 'RFC 7793'],
    ['home.arpa.', 'home.arpa.', 'RFC 8375'],
    ['corp.internal.', 'internal.', 'ICANN Board resolution of 29 July 2024 (SAC113)'],
    ['lab.test.', 'test.', 'RFC 6761 §6.2'],
    ['x.invalid.', 'invalid.', 'RFC 6761 §6.4'],
    ['c.d.f.ip6.arpa.', 'd.f.ip6.arpa.', 'RFC 6303 §4.4'],
    ['b.e.f.ip6.arpa.', 'b.e.f.ip6.arpa.', 'RFC 6303 §4.5'],
    ['8.b.d.0.1.0.0.2.ip6.arpa.', '8.b.d.0.1.0.0.2.ip6.arpa.', 'RFC 6303 §4.6'],
    [`1.${'0.'.repeat(31)}ip6.arpa.`, `1.${'0.'.repeat(31)}ip6.arpa.`, 'RFC 6303 §4.3'],
    ['Printer.LOCAL.', 'local.', 'RFC 6762 §3'],
  ])('%s is served locally, as %s (%s)', (name, zone, source) => {
    expect(specialUseZone(name)).toMatchObject({ zone, source });
  });

  test.each([
    'example.com.',
    'example.',
    'test.example.com.',
    'mytest.',
    'internal.example.com.',
    '15.172.in-addr.arpa.',
    '32.172.in-addr.arpa.',
    '63.100.in-addr.arpa.',
    '128.100.in-addr.arpa.',
    '169.254.in-addr.arpa.',
    '8.8.8.in-addr.arpa.',
    'arpa.',
    'in-addr.arpa.',
    'c.f.ip6.arpa.',
    '.',
  ])('%s is an ordinary name', (name) => {
    expect(specialUseZone(name)).toBeUndefined();
  });

  test('every entry is a canonical zone name with its source, once', () => {
    const zones = SPECIAL_USE_ZONES.map((s) => s.zone);
    expect(new Set(zones).size).toBe(zones.length);
    for (const s of SPECIAL_USE_ZONES) {
      const c = canonicalName(s.zone);
      expect(c.ok && c.name).toBe(s.zone);
      expect(s.source).toMatch(/^(RFC \d+( §[\d.]+)?|ICANN .+)$/);
    }
    // 16 + 64 generated: 172.16/12 and 100.64/10.
    expect(zones.filter((z) => z.endsWith('.172.in-addr.arpa.'))).toHaveLength(16);
    expect(zones.filter((z) => z.endsWith('.100.in-addr.arpa.'))).toHaveLength(64);
    expect(zones.filter((z) => z.endsWith('ip6.arpa.') && z.split('.').length === 35)).toEqual([
      `0.${'0.'.repeat(31)}ip6.arpa.`,
      `1.${'0.'.repeat(31)}ip6.arpa.`,
    ]);
  });

  test('describes an entry for messages', () => {
    expect(describeSpecialUse(specialUseZone('10.in-addr.arpa.')!)).toBe(
      '10.in-addr.arpa. (an RFC 1918 reverse zone, RFC 6303 §4.1)',
    );
  });
});
