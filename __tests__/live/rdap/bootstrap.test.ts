/**
 * The shipped copy of IANA's bootstrap file: once installed (scripts/refresh-rdap-bootstrap.mjs)
 * it must parse and route .com to Verisign; until then the placeholder must make the registry
 * phase say how to refresh it, never ask anyone.
 */
import { serviceFor } from '../../../src/live/rdap/bootstrap.js';
import { shippedBootstrap } from '../../../src/live/rdap/iana.js';
import IANA_DNS from '../../../src/live/rdap/iana-dns-bootstrap.json' with { type: 'json' };
import { collectRegistry } from '../../../src/live/registry-phase.js';
import { registryRequests } from '../../../src/live/registry-types.js';

const installed = (IANA_DNS as { services: unknown[] }).services.length > 0;

describe('the shipped RDAP bootstrap file (RFC 9224)', () => {
  (installed ? it : it.skip)('is dated and names the big registries', () => {
    const b = shippedBootstrap();
    if (!b.ok) throw new Error(b.problem);
    expect(b.bootstrap.publication).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(serviceFor(b.bootstrap, 'example.com.')).toEqual(['https://rdap.verisign.com/com/v1/']);
    expect(b.bootstrap.services.size).toBeGreaterThan(1000);
  });

  (installed ? it.skip : it)(
    'as a placeholder, leaves the registry off (not failed) with the way to refresh it',
    async () => {
      const snapshot = await collectRegistry(registryRequests(['example.com.']), {});
      expect(snapshot).toMatchObject({ status: 'off', requests: 0, domains: [] });
      expect(snapshot.reasons[0]).toContain(
        'refresh it with node scripts/refresh-rdap-bootstrap.mjs',
      );
    },
  );
});
