/**
 * The copy of IANA's RDAP bootstrap file for DNS that ships with ZoneGuard (RFC 9224; from
 * https://data.iana.org/rdap/dns.json, its date in `publication`). Refreshed by
 * `node scripts/refresh-rdap-bootstrap.mjs`, never fetched during a review or a test.
 */

import { type Bootstrap, parseBootstrap } from './bootstrap.js';
import IANA_DNS from './iana-dns-bootstrap.json' with { type: 'json' };

let parsed: Bootstrap | undefined;

export function shippedBootstrap(): Bootstrap {
  if (!parsed) {
    const result = parseBootstrap(IANA_DNS);
    // The shipped file is checked by the tests; a broken copy is a bug in the release.
    if (!result.ok) throw new Error(`the shipped RDAP bootstrap file: ${result.problem}`);
    parsed = result.bootstrap;
  }
  return parsed;
}
