/**
 * The copy of IANA's RDAP bootstrap file for DNS that ships with ZoneGuard (RFC 9224; from
 * https://data.iana.org/rdap/dns.json, its date in `publication`). Refreshed by
 * `node scripts/refresh-rdap-bootstrap.mjs`, never fetched during a review or a test. Until a
 * copy is installed the file is a placeholder with no services; the registry phase then says
 * how to refresh it instead of asking anyone.
 */

import { type BootstrapResult, parseBootstrap } from './bootstrap.js';
import IANA_DNS from './iana-dns-bootstrap.json' with { type: 'json' };

let parsed: BootstrapResult | undefined;

export function shippedBootstrap(): BootstrapResult {
  if (!parsed) {
    const result = parseBootstrap(IANA_DNS);
    parsed = result.ok
      ? result
      : {
          ok: false,
          problem: `the copy of IANA's RDAP bootstrap file shipped with ZoneGuard is not usable (${result.problem}): refresh it with node scripts/refresh-rdap-bootstrap.mjs, or give --rdap URL (the Action's rdap input)`,
        };
  }
  return parsed;
}
