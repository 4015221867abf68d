import {
  canonicalRdata,
  decodeRdata,
  formatRdata,
  type RdataResult,
} from '../../../src/model/rdata/registry.js';
import type { RecordType } from '../../../src/model/record-type.js';

const ORIGIN = 'example.com.';
const canon = (type: string, text: string): RdataResult =>
  canonicalRdata(type as RecordType, text, ORIGIN);
const value = (type: string, text: string): string => {
  const r = canon(type, text);
  if (!r.ok) throw new Error(`${type} ${text}: ${r.message}`);
  return r.value;
};

// Canonical forms are what `named-checkzone -D` prints (names lower-cased, hex/base64 joined).
describe('canonical presentation per type', () => {
  it.each([
    ['A', '192.0.2.1', '192.0.2.1'],
    ['AAAA', '2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['AAAA', '2001:db8:0:1:0:0:1:1', '2001:db8:0:1::1:1'],
    ['AAAA', '2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['AAAA', '0:0:0:0:0:ffff:c000:0201', '::ffff:192.0.2.1'],
    ['AAAA', '::c000:201', '::192.0.2.1'],
    ['CNAME', 'WWW', 'www.example.com.'],
    ['DNAME', 'Other.NET.', 'other.net.'],
    ['NS', '@', 'example.com.'],
    ['PTR', 'a\\.b', 'a\\.b.example.com.'],
    ['MX', '010 Mail', '10 mail.example.com.'],
    ['MX', '0 .', '0 .'],
    [
      'SOA',
      'ns1 hostmaster 2024010101 1h 15m 1w 1D',
      'ns1.example.com. hostmaster.example.com. 2024010101 3600 900 604800 86400',
    ],
    ['TXT', 'unquoted "a\\"b" "\\065\\066"', '"unquoted" "a\\"b" "AB"'],
    ['TXT', '"grüß"', '"gr\\195\\188\\195\\159"'],
    ['TXT', '"tab\\009 and \\\\"', '"tab\\009 and \\\\"'],
    ['TXT', '""', '""'],
    ['SPF', '"v=spf1 -all"', '"v=spf1 -all"'],
    ['SRV', '10 20 5060 SIP', '10 20 5060 sip.example.com.'],
    ['CAA', '0 issue letsencrypt.org', '0 issue "letsencrypt.org"'],
    ['CAA', '128 IsSue "a;b"', '128 IsSue "a;b"'],
    [
      'DS',
      '12345 RSASHA256 SHA-256 49fd46e6c4b45c55d4ac69cbd3cd34ac 1afe51de96d8f9e5a4cef7a91ab44ab0',
      '12345 8 2 49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE96D8F9E5A4CEF7A91AB44AB0',
    ],
    ['CDS', '0 0 0 00', '0 0 0 00'],
    ['DNSKEY', '257 3 ECDSAP256SHA256 AwEA AaQ=', '257 3 13 AwEAAaQ='],
    ['CDNSKEY', '0 3 0 AA==', '0 3 0 AA=='],
    ['SSHFP', '4 2 ' + 'ab'.repeat(32), `4 2 ${'AB'.repeat(32)}`],
    ['TLSA', '3 1 1 0c72 AC70', '3 1 1 0C72AC70'],
    ['SMIMEA', '3 1 0 abcd', '3 1 0 ABCD'],
    [
      'NAPTR',
      '100 10 U E2U+sip "!^.*$!sip:info@example.com!" .',
      '100 10 "U" "E2U+sip" "!^.*$!sip:info@example.com!" .',
    ],
    [
      'SVCB',
      '1 svc port=8443 alpn=h3,h2 mandatory=port,alpn',
      '1 svc.example.com. mandatory=alpn,port alpn="h3,h2" port=8443',
    ],
    [
      'HTTPS',
      '1 . ipv6hint="2001:DB8::1" key65000 no-default-alpn alpn=h2',
      '1 . alpn="h2" no-default-alpn ipv6hint=2001:db8::1 key65000',
    ],
    ['HTTPS', '1 . alpn="f\\\\\\\\oo\\\\,bar,h2" key1=x', ''],
    [
      'LOC',
      '42 21 54 N 71 06 18 W -24m 30m',
      '42 21 54.000 N 71 6 18.000 W -24.00m 30m 10000m 10m',
    ],
    ['LOC', '0 N 0 E 0', '0 0 0.000 N 0 0 0.000 E 0.00m 1m 10000m 10m'],
    [
      'DHCID',
      'AAIBY2/AuCccgoJbsaxcQc9TUapptP69l OjxfNuVAA2kjEA=',
      'AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA=',
    ],
    ['OPENPGPKEY', 'mQINBFJa', 'mQINBFJa'],
    ['TYPE65534', '\\# 3 abcdef', '\\# 3 ABCDEF'],
    ['TYPE65535', '\\# 0', '\\# 0'],
  ])('%s %s', (type, input, expected) => {
    if (expected === '') {
      // alpn given twice (as alpn and key1) is refused
      expect(canon(type, input).ok).toBe(false);
      return;
    }
    expect(value(type, input)).toBe(expected);
    // Canonical text is a fixed point.
    expect(value(type, expected)).toBe(expected);
  });

  it('escapes alpn protocol ids with commas and backslashes the RFC 9460 way', () => {
    expect(value('HTTPS', '1 . alpn="f\\\\\\\\oo\\\\,bar,h2"')).toBe(
      '1 . alpn="f\\\\\\\\oo\\\\,bar,h2"',
    );
    const d = decodeRdata('HTTPS', value('HTTPS', '1 . alpn=h2'));
    expect(d).toEqual({
      type: 'HTTPS',
      priority: 1,
      target: '.',
      params: [{ key: 'alpn', value: '"h2"' }],
    });
  });
});

describe('RFC 3597 data for known types is decoded', () => {
  it.each([
    ['A', '\\# 4 C0000201', '192.0.2.1'],
    ['AAAA', '\\# 16 20010DB8000000000000000000000001', '2001:db8::1'],
    ['MX', '\\# 8 000A 046D61696C 00', '10 mail.'],
    ['TXT', '\\# 6 0568656C6C6F', '"hello"'],
    ['SRV', '\\# 11 0001 0002 0050 03777777 00', '1 2 80 www.'],
    [
      'SOA',
      '\\# 28 036E7331 00 01 61 00 0000000A 0000000B 0000000C 0000000D 0000000E',
      'ns1. a. 10 11 12 13 14',
    ],
    ['CAA', '\\# 9 00 05 6973737565 6361', '0 issue "ca"'],
    ['DS', `\\# 36 3039 08 02 ${'AB'.repeat(32)}`, `12345 8 2 ${'AB'.repeat(32)}`],
    ['HTTPS', '\\# 13 0001 00 0001 0006 026833 026832', '1 . alpn="h3,h2"'],
    ['LOC', '\\# 16 00 12 16 13 8997B3F8 7B86F270 00989680', ''],
  ])('%s %s', (type, input, expected) => {
    const r = canon(type, input);
    if (expected === '') {
      expect(r.ok).toBe(true);
      return;
    }
    expect(r).toEqual({ ok: true, value: expected });
  });

  it('applies the type checks to decoded data', () => {
    expect(canon('DS', '\\# 5 3039 08 02 AB')).toMatchObject({
      ok: false,
      message: expect.stringContaining('32 octets'),
    });
    expect(canon('A', '\\# 3 C00002')).toMatchObject({ ok: false });
    expect(canon('A', '\\# 5 C000020101')).toMatchObject({
      ok: false,
      message: expect.stringContaining('longer'),
    });
  });
});

describe('bad input is refused with the token at fault', () => {
  it.each([
    ['A', '192.0.2.256', 0],
    ['A', '192.0.2.01', 0],
    ['A', '192.0.2.1 extra', 1],
    ['AAAA', '1::2::3', 0],
    ['MX', '65536 mail', 0],
    ['MX', '10', 1],
    ['SOA', 'ns1 h 1 2 3 4 1x', 6],
    ['TXT', `"${'a'.repeat(256)}"`, 0],
    ['TXT', '"\\1 short"', 0],
    ['TXT', '"\\256"', 0],
    ['CAA', '0 is-sue "x"', 1],
    ['DS', '1 8 1 ABCD', 3],
    ['DS', '1 8 2 XYZ0', 3],
    ['DNSKEY', '257 3 8 not*base64', 3],
    ['DNSKEY', '257 3 8 AAA', 3],
    ['SSHFP', '1 1 ABCD', 2],
    ['SVCB', '1 . mandatory=port alpn=h2', 2],
    ['SVCB', '1 . port=1 port=2', 3],
    ['SVCB', '1 . no-default-alpn', 2],
    ['SVCB', '1 . bogus=1', 2],
    ['SVCB', '1 . key65535=1', 2],
    ['LOC', '91 N 0 E 0', 0],
    ['LOC', '1 X 0 E 0', 1],
    ['NAPTR', '1 1 "U+" "s" "" .', 2],
    ['TYPE65534', '\\# 2 ABCDEF', 1],
  ])('%s %s', (type, input, tokenIndex) => {
    const r = canon(type, input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.tokenIndex).toBe(tokenIndex);
  });
});

describe('typed rdata', () => {
  it('decodes canonical values and formats them back', () => {
    const v = value('SOA', 'ns1 hostmaster 1 2 3 4 5');
    const d = decodeRdata('SOA', v);
    expect(d).toEqual({
      type: 'SOA',
      mname: 'ns1.example.com.',
      rname: 'hostmaster.example.com.',
      serial: 1,
      refresh: 2,
      retry: 3,
      expire: 4,
      minimum: 5,
    });
    expect(formatRdata(d)).toBe(v);
    expect(decodeRdata('TXT', '"a\\255b"')).toEqual({ type: 'TXT', strings: ['a\xffb'] });
  });
});
