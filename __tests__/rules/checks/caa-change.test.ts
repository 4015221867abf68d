import { caaChange } from '../../../src/rules/checks/caa-change.js';
import { contextFor } from '../../helpers/context.js';
import { zone, zoneSet } from '../../helpers/zones.js';

const LE = '@ 3600 CAA 0 issue "letsencrypt.org"';
const DIGICERT = '@ 3600 CAA 0 issue "digicert.com; cansignhttpexchanges=yes"';

async function check(baseLines: string[], headLines: string[]) {
  const ctx = contextFor(
    zoneSet(zone('example.com.', ['www 300 A 192.0.2.1', ...baseLines])),
    zoneSet(zone('example.com.', ['www 300 A 192.0.2.1', ...headLines])),
  );
  return caaChange.check(ctx);
}

describe('caa-change', () => {
  it('fires when the CA that could issue is dropped', async () => {
    const f = await check([LE, DIGICERT], [DIGICERT]);
    expect(f).toEqual([
      expect.objectContaining({ introduced: true, name: 'example.com.', type: 'CAA' }),
    ]);
    expect(f[0]!.message).toBe(
      'CAA narrows who may issue certificates for example.com.: digicert.com, letsencrypt.org before, digicert.com now (letsencrypt.org can no longer issue); wildcard certificates under example.com.: digicert.com, letsencrypt.org before, digicert.com now (letsencrypt.org can no longer issue).',
    );
  });

  it('fires when CAA is first added: every other CA loses the right', async () => {
    const f = await check([], [LE]);
    expect(f[0]!.message).toContain('any CA before, letsencrypt.org now');
  });

  it('fires for wildcards only when issuewild forbids them', async () => {
    const f = await check([LE], [LE, '@ 3600 CAA 0 issuewild ";"']);
    expect(f[0]!.message).toBe(
      'CAA narrows who may issue certificates for wildcard certificates under example.com.: letsencrypt.org before, no CA now (letsencrypt.org can no longer issue).',
    );
  });

  it('treats an unknown critical tag as forbidding every CA', async () => {
    const f = await check([LE], [LE, '@ 3600 CAA 128 tbs "x"']);
    expect(f[0]!.message).toContain('no CA now');
  });

  it('is quiet when a CA is added, CAA removed, only iodef or the TTL changes', async () => {
    expect(await check([LE], [LE, DIGICERT])).toEqual([]);
    expect(await check([LE], [])).toEqual([]);
    expect(await check([LE], [LE, '@ 3600 CAA 0 iodef "mailto:sec@example.com"'])).toEqual([]);
    expect(await check([LE], ['@ 60 CAA 0 issue "letsencrypt.org"'])).toEqual([]);
  });

  it('follows the tree: a CAA below the apex narrows what the apex allowed', async () => {
    const f = await check([LE, DIGICERT], [LE, DIGICERT, 'www 3600 CAA 0 issue "digicert.com"']);
    expect(f).toEqual([expect.objectContaining({ name: 'www.example.com.' })]);
    expect(f[0]!.message).toContain('letsencrypt.org can no longer issue');
  });
});
