/**
 * Types kept as RFC 3597 data: the presentation form and the `\#` form of the same data are
 * the same value, field by field as the RFCs lay out the wire. (Every type BIND 9.18 reads is
 * also checked against BIND itself in __tests__/formats/bind/oracle.test.ts; these are the
 * ones it predates, and equivalences within our own reading.)
 */
import { otherTypeNumber, otherTypeRdata } from '../../../src/model/rdata/other-types.js';
import { canonicalRdata, tokenizeRdata } from '../../../src/model/rdata/registry.js';
import type { RecordType } from '../../../src/model/record-type.js';

const ctx = { origin: 'example.com.' };

function other(type: string, text: string): string {
  const tokens = tokenizeRdata(text);
  if ('error' in tokens) throw new Error(tokens.error);
  return otherTypeRdata(type, tokens, ctx)!.value;
}

const hexName = (name: string): string =>
  `${name
    .split('.')
    .filter((l) => l)
    .map((l) => l.length.toString(16).padStart(2, '0') + Buffer.from(l).toString('hex'))
    .join('')}00`;

const wire = (hex: string): string => `\\# ${hex.length / 2} ${hex.toUpperCase()}`;

describe('types BIND 9.18 predates', () => {
  it('DSYNC: type, scheme, port, target (RFC 9859)', () => {
    expect(otherTypeNumber('dsync')).toBe(66);
    const data = `003b0114ef${hexName('ds-boot.example.com.')}`;
    expect(other('DSYNC', 'CDS 1 5359 ds-boot')).toBe(wire(data));
    expect(other('DSYNC', 'TYPE59 NOTIFY 5359 ds-boot.example.com.')).toBe(wire(data));
  });

  it('BRID and HHIT: base64 data, split or not', () => {
    const b = Buffer.from('drone remote id');
    expect(other('BRID', b.toString('base64'))).toBe(wire(b.toString('hex')));
    const [x, y] = [b.toString('base64').slice(0, 8), b.toString('base64').slice(8)];
    expect(other('HHIT', `${x} ${y}`)).toBe(wire(b.toString('hex')));
    expect(otherTypeNumber('HHIT')).toBe(67);
  });
});

describe('equal data, different spellings', () => {
  it('RRSIG times as YYYYMMDDHHmmSS or seconds, algorithm by name or number', () => {
    const a = other('RRSIG', 'A 13 2 300 20240201000000 20240101000000 1 example.com. AAEC');
    const b = other('RRSIG', 'A ECDSAP256SHA256 2 300 1706745600 1704067200 1 @ AAEC');
    expect(a).toBe(b);
    expect(() => other('RRSIG', 'A 13 2 300 20241301000000 20240101000000 1 . AAEC')).toThrow(
      /not a valid time/,
    );
  });

  it('NSEC3 next owner in either case; type bitmaps in any order', () => {
    const upper = other('NSEC3', '1 0 0 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR A NS TYPE1234');
    expect(other('NSEC3', '1 0 0 - 2t7b4g4vsa5smi47k61mv5bv1a22bojr TYPE1234 NS A')).toBe(upper);
    // Window 0 (A, NS: bits 1 and 2), window 4 (1234 = 4*256 + 210: octet 26, bit 2).
    expect(upper).toContain('000160');
    expect(upper.endsWith(`041B${'00'.repeat(26)}20`)).toBe(true);
  });
});

describe('SVCB keys after RFC 9460', () => {
  const https = (text: string) => canonicalRdata('HTTPS' as RecordType, text, 'example.com.');
  it('reads ohttp, dohpath and tls-supported-groups by name and as keyNNNNN', () => {
    expect(https('1 . key8 alpn=h2')).toEqual(https('1 . alpn=h2 ohttp'));
    expect(https('1 . ohttp')).toEqual({ ok: true, value: '1 . ohttp' });
    expect(https('1 . tls-supported-groups=29,23')).toEqual({
      ok: true,
      value: '1 . tls-supported-groups=29,23',
    });
    expect(https('1 . tls-supported-groups=29,23')).toEqual(
      https('\\# 11 0001 00 0009 0004 001D 0017'),
    );
    expect(https('1 . key7=/q{?dns}')).toEqual({ ok: true, value: '1 . dohpath="/q{?dns}"' });
  });

  it('refuses bad values of those keys', () => {
    expect(https('1 . ohttp=1')).toMatchObject({ ok: false, message: /no value/ });
    expect(https('1 . tls-supported-groups=29,29')).toMatchObject({ ok: false });
    expect(https('1 . tls-supported-groups=70000')).toMatchObject({ ok: false });
    expect(https('1 . dohpath=q{?dns}')).toMatchObject({ ok: false, message: /dohpath/ });
    expect(https('1 . dohpath=/q{?dns')).toMatchObject({ ok: false, message: /dohpath/ });
  });
});

describe('TXT and \\#', () => {
  const txt = (text: string) => canonicalRdata('TXT', text, 'example.com.');
  it('is RFC 3597 data when a number follows, else the string "#"', () => {
    expect(txt('\\# 3 026869')).toEqual({ ok: true, value: '"hi"' });
    expect(txt('\\# text')).toEqual({ ok: true, value: '"#" "text"' });
    expect(txt('\\#')).toEqual({ ok: true, value: '"#"' });
    expect(canonicalRdata('SPF', '\\# text', 'example.com.')).toMatchObject({ ok: false });
  });
});
