/**
 * The registrable domain of a name by the Public Suffix List's ICANN section (`tldts`):
 * `www.shop.example.co.uk.` → `example.co.uk.`. This is the unit a registrar registers and a
 * registry answers RDAP for; private suffixes (a hosting provider's `github.io`) are left out,
 * because no registry holds the names below them. One implementation for every stage: the
 * provider rules group nameservers by it, the registry phase asks RDAP about it.
 */
import { getDomain } from 'tldts';

/** The registrable domain, absolute and lower-cased, or undefined for a public suffix itself. */
export function registrableDomain(name: string): string | undefined {
  const host = name.toLowerCase().replace(/\.$/, '');
  const domain = getDomain(host, { allowPrivateDomains: false });
  return domain ? `${domain}.` : undefined;
}
