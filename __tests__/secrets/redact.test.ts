import { redactSecrets } from '../../src/secrets/secrets.js';

describe('redactSecrets', () => {
  it('masks known-format credentials in free text and leaves the rest', () => {
    const token = `ghp_${'a1B2c3D4e5F6g7H8i9J0'.repeat(2).slice(0, 36)}`;
    const text = `failed near ${token} in creds.json`;
    const out = redactSecrets(text);
    expect(out).not.toContain(token);
    expect(out).toBe(`failed near ${token.slice(0, 4)}…${token.slice(-2)} in creds.json`);
    expect(redactSecrets('nothing secret here: example.com. 300 IN A 192.0.2.1')).toBe(
      'nothing secret here: example.com. 300 IN A 192.0.2.1',
    );
  });
});
