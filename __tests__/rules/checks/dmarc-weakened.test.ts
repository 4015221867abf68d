import { dmarcWeakened, parseDmarc } from '../../../src/rules/checks/dmarc-weakened.js';
import { contextFor } from '../../helpers/context.js';
import { zone, zoneSet } from '../../helpers/zones.js';

const REJECT = '_dmarc 3600 TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"';

async function check(baseLines: string[], headLines: string[]) {
  const ctx = contextFor(
    zoneSet(zone('example.com.', ['@ 3600 A 192.0.2.1', ...baseLines])),
    zoneSet(zone('example.com.', ['@ 3600 A 192.0.2.1', ...headLines])),
  );
  return dmarcWeakened.check(ctx);
}

describe('parseDmarc', () => {
  it('reads p, sp, np, pct, t and alignment with their defaults', () => {
    expect(parseDmarc('v=DMARC1; p=quarantine; pct=50; adkim=s')).toEqual({
      p: 'quarantine',
      sp: 'quarantine',
      np: 'quarantine',
      pct: 50,
      testing: false,
      adkim: 's',
      aspf: 'r',
    });
    expect(parseDmarc('p=reject; v=DMARC1')).toBeUndefined();
    expect(parseDmarc('v=DMARC1; rua=mailto:x@example.com')).toBeUndefined();
  });
});

describe('dmarc-weakened', () => {
  it('fires when p=reject becomes p=none', async () => {
    const f = await check(
      [REJECT],
      ['_dmarc 3600 TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com"'],
    );
    expect(f).toEqual([
      expect.objectContaining({ introduced: true, name: '_dmarc.example.com.', type: 'TXT' }),
    ]);
    expect(f[0]!.message).toBe(
      'DMARC for example.com. is weakened: policy (p) relaxed from reject to none.',
    );
  });

  it('fires when the record is removed, or doubled', async () => {
    expect((await check([REJECT], []))[0]!.message).toContain('is removed');
    const doubled = await check([REJECT], [REJECT, '_dmarc 3600 TXT "v=DMARC1; p=none"']);
    expect(doubled[0]!.message).toContain('2 DMARC records');
  });

  it('fires on lower pct, test mode and relaxed subdomain policy', async () => {
    const f = await check([REJECT], ['_dmarc 3600 TXT "v=DMARC1; p=reject; sp=none; pct=20; t=y"']);
    expect(f[0]!.message).toBe(
      'DMARC for example.com. is weakened: subdomain policy (sp) relaxed from reject to none; pct lowered from 100 to 20: the policy applies to fewer messages; test mode (t=y) switched on.',
    );
  });

  it('is quiet when the policy is tightened or only reporting changes', async () => {
    expect(await check(['_dmarc 3600 TXT "v=DMARC1; p=none"'], [REJECT])).toEqual([]);
    expect(
      await check([REJECT], ['_dmarc 3600 TXT "v=DMARC1; p=reject; rua=mailto:other@example.net"']),
    ).toEqual([]);
    expect(
      await check([REJECT], ['_dmarc 60 TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"']),
    ).toEqual([]);
  });

  it('is quiet when there was no policy before', async () => {
    expect(await check(['_dmarc 3600 TXT "hello"'], [])).toEqual([]);
  });
});
