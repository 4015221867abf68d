/**
 * Masking by value shape and by a credential word nearby, for every free text that leaves the
 * process; and the zone data that must stay as it is (DKIM keys, DS digests, verification
 * tokens).
 */
import fc from 'fast-check';
import {
  findSecrets,
  GUESSED_KIND,
  maskSecret,
  outputText,
  redactSecrets,
} from '../../src/secrets/secrets.js';

// Built at run time so that the repository itself holds no token-shaped strings.
const pick = (chars: string, n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => chars[(i * seed + 5 + ((i * i) % 7)) % chars.length]).join(
    '',
  );
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const awsSecret = pick(B64, 40, 13);
const cfToken = pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 40, 17);
const cfGlobalKey = pick('0123456789abcdef', 37, 5);

describe('value shapes are masked in free text', () => {
  it.each([
    ['an AWS secret access key', `"${awsSecret}" is not an IPv4 address`, awsSecret],
    ['a Cloudflare API token', `bad value ${cfToken}`, cfToken],
    ['a Cloudflare Global API Key', `unexpected "${cfGlobalKey}"`, cfGlobalKey],
  ])('%s', (_, text, secret) => {
    const out = redactSecrets(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(maskSecret(secret));
  });

  it('a generated value just after a credential word', () => {
    const value = pick(B64.slice(0, 62), 24, 7);
    const out = redactSecrets(`password IN TXT "${value}"`);
    expect(out).toBe(`password IN TXT "${maskSecret(value)}"`);
  });

  it('the whole block of a private key, not only its header', () => {
    const body = pick(B64, 64, 3);
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n${body}\n-----END RSA PRIVATE KEY-----`;
    const out = redactSecrets(`before\n${pem}\nafter`);
    expect(out).toBe('before\n-----BEGIN … PRIVATE KEY-----\nafter');
  });
});

describe('zone data stays as it is', () => {
  const dkim = `v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ${pick(B64, 180, 11)}IDAQAB`;
  it.each([
    ['a DKIM key', dkim],
    ['a DS SHA-1 digest', `12345 13 1 ${pick('0123456789ABCDEF', 40, 7)}`],
    ['a DS SHA-256 digest', `12345 13 2 ${pick('0123456789ABCDEF', 64, 7)}`],
    ['a Google site verification', `google-site-verification=${pick(B64.slice(0, 62), 43, 9)}`],
    ['an ACME challenge', pick(`${B64.slice(0, 62)}_-`, 43, 3)],
    ['a Microsoft verification', 'MS=ms12345678'],
    ['a git commit', pick('0123456789abcdef', 40, 3)],
    ['a UUID', '3f2504e0-4f89-41d3-9a0c-0305e82c3301'],
    ['host names', 'mail-01.example.com. ns-1234.awsdns-56.org.'],
  ])('%s', (_, value) => {
    expect(redactSecrets(value)).toBe(value);
    expect(findSecrets(value)).toEqual([]);
  });
});

describe('findSecrets', () => {
  it('finds a generated value after a credential word, not a shape alone', () => {
    const zone = `aws IN A ${awsSecret}\nplain IN TXT "${awsSecret}"\n`;
    expect(findSecrets(zone)).toEqual([
      expect.objectContaining({ kind: GUESSED_KIND, line: 1, column: 10 }),
    ]);
  });
});

describe('outputText', () => {
  it('masks before cutting, so no part of a secret shows', () => {
    const text = `${'x '.repeat(490)}${awsSecret} and more`;
    const out = outputText(text, 1000);
    expect(out).not.toContain(awsSecret.slice(0, 20));
    expect(out).toContain(maskSecret(awsSecret));
  });

  it('cuts a long text and says how long it was', () => {
    const out = outputText('y'.repeat(10_000_000));
    expect(out.length).toBeLessThan(1100);
    expect(out).toMatch(/… \(10000000 characters, cut\)$/);
  });

  it('escapes control characters (no terminal sequences, no workflow commands)', () => {
    expect(outputText('a\u001b[31mb\nc\r::error::x')).toBe('a\\u001b[31mb\\nc\\u000d::error::x');
  });

  it('never throws, and its output is bounded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (t) => {
        expect(outputText(t, 200).length).toBeLessThanOrEqual(240);
      }),
      { numRuns: 200 },
    );
  });
});
