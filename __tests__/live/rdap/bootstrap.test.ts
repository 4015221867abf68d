import { serviceFor } from '../../../src/live/rdap/bootstrap.js';
import { shippedBootstrap } from '../../../src/live/rdap/iana.js';

describe('the RDAP bootstrap file (RFC 9224)', () => {
  it('the shipped IANA copy is dated and names the big registries', () => {
    const b = shippedBootstrap();
    expect(b.publication).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(serviceFor(b, 'example.com.')).toEqual(['https://rdap.verisign.com/com/v1/']);
    expect(b.services.size).toBeGreaterThan(1000);
  });
});
