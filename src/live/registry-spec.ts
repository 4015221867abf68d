/** `--rdap URL` (the Action's `rdap` input), checked once where the settings are read. */

export type RdapUrlResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * An RDAP base URL: http or https, no user name or password (they would be echoed in the
 * report), no query or fragment; a final `/` is added (RFC 9224 §4: `domain/NAME` follows).
 */
export function parseRdapUrl(text: string): RdapUrlResult {
  const expected = 'expected an RDAP base URL such as https://rdap.example.net/';
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: `not a URL; ${expected}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, message: `${url.protocol} is not HTTP(S); ${expected}` };
  if (url.username || url.password)
    return { ok: false, message: 'must not carry a user name or password (RDAP is public)' };
  if (url.search || url.hash) return { ok: false, message: `has a query or fragment; ${expected}` };
  return { ok: true, url: url.href.endsWith('/') ? url.href : `${url.href}/` };
}
