/**
 * loadBind on the two sides of a review (one SideMemo): a zone file that reads the same on both
 * sides, includes and all, is parsed once, even when its include is read only in a later round
 * (an include is not a zone file, so it is fetched once the first parse asks for it).
 */
import { loadBind } from '../../../src/formats/bind/load.js';
import { SideMemo } from '../../../src/formats/side-memo.js';
import type { Zone } from '../../../src/model/zone.js';
import { memoryTree } from '../../helpers/memory-tree.js';

const MAIN = [
  '$ORIGIN example.com.',
  '$TTL 300',
  '@ SOA ns1 hostmaster 1 7200 900 1209600 300',
  '@ NS ns1',
  'ns1 A 192.0.2.1',
  '$INCLUDE inc/hosts.inc',
  '',
].join('\n');
const HOSTS = 'www A 192.0.2.10\nmail A 192.0.2.20\n';

async function zonesOf(files: Record<string, string>, memo: SideMemo): Promise<Zone[]> {
  const r = await loadBind(memoryTree(files), { path: '', memo });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return [...r.value.zones];
}

describe('loadBind with a memo of the other side', () => {
  it('reuses the parse of a file that reads the same, include and all', async () => {
    const memo = new SideMemo();
    const files = { 'example.com.zone': MAIN, 'inc/hosts.inc': HOSTS };
    const [head] = await zonesOf(files, memo);
    const [base] = await zonesOf({ ...files }, memo);
    expect(head!.rrsets.some((r) => r.name === 'www.example.com.')).toBe(true);
    expect(base!.rrsets).toBe(head!.rrsets);
  });

  it('parses again when only the include differs, and gives what that side holds', async () => {
    const memo = new SideMemo();
    const [head] = await zonesOf({ 'example.com.zone': MAIN, 'inc/hosts.inc': HOSTS }, memo);
    const changed = HOSTS.replace('192.0.2.10', '192.0.2.11');
    const [base] = await zonesOf({ 'example.com.zone': MAIN, 'inc/hosts.inc': changed }, memo);
    const [alone] = await zonesOf(
      { 'example.com.zone': MAIN, 'inc/hosts.inc': changed },
      new SideMemo(),
    );
    expect(base!.rrsets).not.toBe(head!.rrsets);
    expect(JSON.stringify(base)).toBe(JSON.stringify(alone));
    expect(base!.rrsets.find((r) => r.name === 'www.example.com.')?.values).toEqual(['192.0.2.11']);
  });
});
