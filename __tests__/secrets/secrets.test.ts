import { findSecrets, isSecretReference, maskSecret } from '../../src/secrets/secrets.js';

// Built at run time so that the repository itself holds no token-shaped strings.
const hex = (n: number, seed = 7) =>
  Array.from({ length: n }, (_, i) => ((i * seed + 3) % 16).toString(16)).join('');
const alnum = (n: number, seed = 11) => {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return Array.from({ length: n }, (_, i) => chars[(i * seed + 5) % chars.length]).join('');
};

describe('maskSecret', () => {
  it('keeps the first four and last two characters only', () => {
    expect(maskSecret('zgT0abcdefghijklmnopa7')).toBe('zgT0…a7');
    expect(maskSecret('short')).toBe('…');
  });
});

describe('isSecretReference', () => {
  it('knows DNSControl, octoDNS, shell and Actions references', () => {
    for (const v of [
      '$CF_TOKEN',
      'env/NS1_API_KEY',
      'env/X/default',
      '$'.concat('{TOKEN}'),
      '$'.concat('{{ secrets.CF }}'),
      '!op read x',
      '',
    ])
      expect(isSecretReference(v)).toBe(true);
    for (const v of ['abc123', 'env', '$not a var', 'tok$EN'])
      expect(isSecretReference(v)).toBe(false);
  });
});

describe('findSecrets', () => {
  it('finds known token formats with line and column, masked', () => {
    const aws = `AKIA${alnum(16)
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, 'Q')}`;
    const cfKey = hex(37);
    const cfToken = alnum(40);
    const dop = `dop_v1_${hex(64, 5)}`;
    const text = [
      '{',
      `  "r53": { "TYPE": "ROUTE53", "KeyId": "${aws}" },`,
      `  "cf": { "TYPE": "CLOUDFLAREAPI", "apikey": "${cfKey}", "apiuser": "me@example.com" },`,
      `  "cf2": { "TYPE": "CLOUDFLAREAPI", "apitoken": "${cfToken}" },`,
      `  "do": { "TYPE": "DIGITALOCEAN", "token": "${dop}" }`,
      '}',
    ].join('\n');
    const found = findSecrets(text);
    expect(found.map((f) => [f.kind, f.line, f.masked])).toEqual([
      ['AWS access key ID', 2, maskSecret(aws)],
      ['Cloudflare Global API Key', 3, maskSecret(cfKey)],
      ['Cloudflare API token', 4, maskSecret(cfToken)],
      ['DigitalOcean token', 5, maskSecret(dop)],
    ]);
    expect(found[0]!.column).toBe(text.split('\n')[1]!.indexOf(aws) + 1);
    expect(JSON.stringify(found)).not.toContain(cfKey);
    expect(JSON.stringify(found)).not.toContain(cfToken);
  });

  it('finds a private key block', () => {
    const found = findSecrets(
      '{"type": "service_account",\n "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIE..."}',
    );
    expect(found).toEqual([expect.objectContaining({ kind: 'private key', line: 2 })]);
  });

  it('stays quiet on references, zone data and placeholders', () => {
    const text = [
      'apikey: $CLOUDFLARE_API_KEY',
      'api_token: env/CF_TOKEN',
      `example.com. DS 370 13 2 ${hex(64)}`,
      `selector._domainkey TXT "v=DKIM1; k=rsa; p=${alnum(200)}"`,
      `apitoken: ${'x'.repeat(40)}`,
    ].join('\n');
    expect(findSecrets(text)).toEqual([]);
  });

  it('copes with a hostile megabyte-long line', () => {
    expect(findSecrets(`apikey=${'a'.repeat(1_000_000)}`)).toEqual([]);
  });
});
