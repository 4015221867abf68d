/**
 * Every rule's messages end sentences once: names are absolute (`example.com.`), so a name at
 * the end of a sentence must not get a second full stop (`kromey.us..`).
 */
import { RULES } from '../../src/rules/catalogue.js';
import { runRules } from '../../src/rules/engine.js';
import { contextFor } from '../helpers/context.js';
import { liveSnapshot } from '../helpers/live.js';
import { zone, zoneSet } from '../helpers/zones.js';

const Z = 'kromey.us.';
const DOUBLED = /[^.]\.\.(\s|$)/;

describe('rule messages', () => {
  it('never end a name-final sentence with a doubled dot', async () => {
    const base = zone(Z, [
      '@ 3600 NS ns1.kromey.us.',
      'ns1 3600 A 192.0.2.53',
      '@ 3600 MX 10 mail.kromey.us.',
      'mail 3600 A 192.0.2.25',
      '_dmarc 3600 TXT "v=DMARC1; p=reject"',
      ...Array.from({ length: 12 }, (_, i) => `h${i} 3600 A 192.0.2.${i + 100}`),
    ]);
    const head = zone(Z, [
      '@ 3600 NS ns1.kromey.us.',
      'home 300 CNAME asgard.kromey.us.',
      'out 300 CNAME gone.example.net.',
      '@ 3600 MX 10 mail.kromey.us.',
      ...Array.from({ length: 12 }, (_, i) => `h${i} 3600 A 198.51.100.${i + 1}`),
    ]);
    const live = liveSnapshot([
      { zone: Z, targets: [{ name: 'gone.example.net.', rcode: 'NXDOMAIN' }] },
    ]);
    const run = await runRules(contextFor(zoneSet(base), zoneSet(head), { live }), RULES);
    expect(run.findings.length).toBeGreaterThan(5);
    const doubled = run.findings.filter((f) => DOUBLED.test(f.message) || DOUBLED.test(f.fix));
    expect(doubled.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});
