/** missing-trailing-dot over real zone files, read by the BIND format. */
import { formatById } from '../../../src/formats/registry.js';
import type { ZoneSet } from '../../../src/model/zone.js';
import { danglingCname } from '../../../src/rules/checks/dangling-cname.js';
import { missingTrailingDot } from '../../../src/rules/checks/missing-trailing-dot.js';
import { runRules } from '../../../src/rules/engine.js';
import type { SourceTree } from '../../../src/sources/types.js';
import { contextFor } from '../../helpers/context.js';
import { zone, zoneSet } from '../../helpers/zones.js';

const FILE = 'zones/example.com.zone';
const zoneFile = (...lines: string[]) =>
  [
    '$ORIGIN example.com.',
    '$TTL 3600',
    '@ IN SOA ns1.example.net. hostmaster.example.com. 1 7200 900 1209600 300',
    '@ IN NS ns1.example.net.',
    '@ IN NS ns2.example.org.',
    'www IN A 192.0.2.1',
    ...lines,
    '',
  ].join('\n');

function tree(text: string): SourceTree {
  return {
    root: '/virtual',
    commit: undefined,
    label: 'test',
    listFiles: async () => [FILE],
    readText: async (path) => (path === FILE ? text : undefined),
  };
}

async function bind(text: string): Promise<ZoneSet> {
  const r = await formatById('bind')!.load(tree(text), { path: '' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('missing-trailing-dot', () => {
  it('says "missing trailing dot?" for a CNAME, MX or NS target that became a name in the zone', async () => {
    const base = await bind(zoneFile());
    const head = await bind(
      zoneFile(
        'shop IN CNAME shops.example-cdn.com',
        '@ IN MX 10 mx.mailhost.net',
        'sub IN NS ns1.dns-host.co.uk',
      ),
    );
    const run = await runRules(contextFor(base, head), [missingTrailingDot, danglingCname]);
    expect(run.findings.map((f) => [f.rule, f.name, f.type, f.severity, f.introduced])).toEqual([
      ['missing-trailing-dot', 'example.com.', 'MX', 'high', true],
      ['missing-trailing-dot', 'shop.example.com.', 'CNAME', 'high', true],
      ['missing-trailing-dot', 'sub.example.com.', 'NS', 'high', true],
    ]);
    const shop = run.findings.find((f) => f.type === 'CNAME')!;
    expect(shop.message).toBe(
      'shop.example.com. CNAME points at shops.example-cdn.com.example.com., inside example.com. where it has no records: missing trailing dot? shops.example-cdn.com. was probably meant.',
    );
    expect(shop.location).toEqual({ file: FILE, line: 7 });
    expect(run.findings.map((f) => f.message).join(' ')).not.toMatch(/takeover/i);
  });

  it('is quiet for relative names that exist, hosts of the zone, absolute targets, and other formats', async () => {
    const base = await bind(zoneFile());
    const head = await bind(
      zoneFile(
        'shop IN CNAME www', // a host of the zone, written relative on purpose
        'blog IN CNAME blog.example-cdn.com.', // absolute
        'x IN CNAME y.example-cdn.com',
        'y.example-cdn.com IN A 192.0.2.9', // the relative name exists
      ),
    );
    expect((await runRules(contextFor(base, head), [missingTrailingDot])).findings).toEqual([]);
    const js = zone('example.com.', ['shop 300 CNAME shops.example-cdn.com.example.com.'], {
      format: 'dnscontrol',
    });
    const ctx = contextFor(zoneSet(), zoneSet(js));
    expect((await runRules(ctx, [missingTrailingDot])).findings).toEqual([]);
    // outside zone files the name was written as it is: dangling-cname keeps it
    expect((await runRules(ctx, [danglingCname])).findings.map((f) => f.rule)).toEqual([
      'dangling-cname',
    ]);
  });

  it('marks a problem base already had as existing', async () => {
    const text = zoneFile('shop IN CNAME shops.example-cdn.com');
    const set = await bind(text);
    const run = await runRules(contextFor(set, await bind(text)), [missingTrailingDot]);
    expect(run.findings.map((f) => f.introduced)).toEqual([false]);
  });
});
