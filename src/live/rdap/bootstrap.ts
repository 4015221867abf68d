/**
 * Which RDAP server answers for a domain: IANA's bootstrap file for DNS (RFC 9224). The file
 * maps TLDs (lower-case A-labels; `""` would be the root) to base URLs; a domain's service is
 * the entry matching the most labels from the right (§4), and a TLD with no entry has no known
 * RDAP server. A dated copy ships with ZoneGuard (`iana-dns-bootstrap.json`, refreshed by
 * `scripts/refresh-rdap-bootstrap.mjs`): RFC 9224 §8 asks clients not to fetch it per query,
 * and a review must not depend on data.iana.org answering. The file is read as untrusted
 * input: anything not of the RFC's shape is skipped or refused, never trusted.
 */

export interface Bootstrap {
  /** The file's `publication` (RFC 3339), when it has one. */
  readonly publication?: string;
  /** TLD or longer suffix, lower-cased without a trailing dot → base URLs, HTTPS first. */
  readonly services: ReadonlyMap<string, readonly string[]>;
}

export type BootstrapResult = { ok: true; bootstrap: Bootstrap } | { ok: false; problem: string };

/** Entries and URLs kept at most: IANA's file has about 1,200 TLDs. */
const MAX_ENTRIES = 20_000;

export function parseBootstrap(json: unknown): BootstrapResult {
  if (!isObject(json) || !Array.isArray(json.services))
    return { ok: false, problem: 'not an RDAP bootstrap file: no "services" array (RFC 9224 §3)' };
  const services = new Map<string, string[]>();
  for (const service of json.services) {
    if (!Array.isArray(service) || service.length < 2) continue;
    const [entries, urls] = service as unknown[];
    if (!Array.isArray(entries) || !Array.isArray(urls)) continue;
    const bases = urls.filter(isBaseUrl).map(withSlash).sort(httpsFirst);
    if (bases.length === 0) continue;
    for (const entry of entries) {
      if (typeof entry !== 'string' || services.size >= MAX_ENTRIES) continue;
      const key = entry.toLowerCase().replace(/\.$/, '');
      if (!/^([a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})*)?$/.test(key)) continue;
      services.set(key, bases);
    }
  }
  if (services.size === 0)
    return { ok: false, problem: 'the RDAP bootstrap file names no service (RFC 9224 §4)' };
  const publication = typeof json.publication === 'string' ? json.publication : undefined;
  return { ok: true, bootstrap: { ...(publication ? { publication } : {}), services } };
}

/** The base URLs for `domain` (absolute or not): the longest label-wise suffix match. */
export function serviceFor(bootstrap: Bootstrap, domain: string): readonly string[] | undefined {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i <= labels.length; i++) {
    const found = bootstrap.services.get(labels.slice(i).join('.'));
    if (found) return found;
  }
  return undefined;
}

/** A base URL as RFC 9224 §4 has them: http or https. */
function isBaseUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Base URLs end with `/` (RFC 9224 §4); `domain/NAME` is appended to them. */
export function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** RFC 9224 §4: prefer HTTPS when a service lists both. */
function httpsFirst(a: string, b: string): number {
  return Number(b.startsWith('https:')) - Number(a.startsWith('https:'));
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
