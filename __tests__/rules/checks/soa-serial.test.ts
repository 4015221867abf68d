import { serialGreater, soaSerial } from '../../../src/rules/checks/soa-serial.js';
import { runRules } from '../../../src/rules/engine.js';
import { contextFor } from '../../helpers/context.js';
import { zone, zoneSet } from '../../helpers/zones.js';

const Z = 'example.com.';
const soa = (serial: number) =>
  `@ 3600 SOA ns1.example.net. host.example.com. ${serial} 7200 3600 1209600 300`;

async function run(
  baseSerial: number,
  headSerial: number,
  headExtra: string[] = ['www 300 A 192.0.2.2'],
  format: 'bind' | 'octodns' = 'bind',
) {
  const base = zoneSet(zone(Z, [soa(baseSerial), 'www 300 A 192.0.2.1'], { format }));
  const head = zoneSet(zone(Z, [soa(headSerial), ...headExtra], { format }));
  return (await runRules(contextFor(base, head), [soaSerial])).findings;
}

describe('soa-serial', () => {
  it('fires when records change and the serial stays or goes back', async () => {
    expect((await run(2026112601, 2026112601))[0]!.message).toContain('stays 2026112601');
    expect((await run(2026112602, 2026112601))[0]!.message).toContain('goes backwards');
  });
  it('is quiet when the serial increases, also across the 2^32 wrap', async () => {
    expect(await run(2026112601, 2026112602)).toEqual([]);
    expect(await run(4294967295, 5)).toEqual([]);
  });
  it('is quiet when nothing but the SOA changes, and for formats whose provider sets the serial', async () => {
    expect(await run(1, 1, ['www 300 A 192.0.2.1'])).toEqual([]);
    expect(await run(1, 1, ['www 300 A 192.0.2.9'], 'octodns')).toEqual([]);
  });
  it('compares serials as RFC 1982 says', () => {
    expect(serialGreater(1, 0)).toBe(true);
    expect(serialGreater(0, 2 ** 32 - 1)).toBe(true);
    expect(serialGreater(2 ** 31 + 5, 5)).toBe(false);
  });
});
