/**
 * The rules that look zones up through rules/zone-index.ts give the same findings as the
 * obvious implementation that scans the zone for every record (written here, the way the
 * RFCs say it), on random zone sets: nested zones, wildcards, delegations with and without
 * glue, CNAMEs to names inside and outside, targets that lost their trailing dot, SPF includes.
 */
import fc from 'fast-check';
import { parseZoneFile } from '../../src/formats/bind/parse.js';
import { isInZone, parentName } from '../../src/model/name.js';
import { decodeRdata } from '../../src/model/rdata/registry.js';
import { byNameOf } from '../../src/model/rrset-map.js';
import { nameManagedElsewhere } from '../../src/model/scope.js';
import { type RRset, type Zone, type ZoneSet, zoneKey } from '../../src/model/zone.js';
import { cnameConflict } from '../../src/rules/checks/cname-conflict.js';
import { danglingCname } from '../../src/rules/checks/dangling-cname.js';
import { missingGlue } from '../../src/rules/checks/missing-glue.js';
import { missingTrailingDot } from '../../src/rules/checks/missing-trailing-dot.js';
import { spfInvalid } from '../../src/rules/checks/spf-invalid.js';
import { targetIsCname } from '../../src/rules/checks/target-is-cname.js';
import { lostTrailingDot } from '../../src/rules/relative-target.js';
import type { DraftFinding, Rule } from '../../src/rules/types.js';
import { indexZone, indexZoneSet, rrsetLookup } from '../../src/rules/zone-index.js';
import { contextFor } from '../helpers/context.js';
import { zone, zoneSet } from '../helpers/zones.js';

// ---- random zone sets ----------------------------------------------------------------------

const APEXES = ['example.com.', 'sub.example.com.', 'example.org.'];
const OWNERS = [
  '@',
  'www',
  'a',
  'b.a',
  '*',
  '*.a',
  'x.y.a',
  'ns1',
  'ns1.d',
  'd',
  'e.d',
  'mail',
  'sub',
  '_spf',
];
// Relative names are in the zone; absolute ones may be in another zone of the set or outside.
const TARGETS = [
  'www',
  'a',
  'b.a',
  'nothing',
  'q.a',
  'z.x.y.a',
  'ns1',
  'ns1.d',
  'e.d',
  'mail',
  'deep.d',
  'shop.example-cdn.com',
  'www.example.com.',
  'a.sub.example.com.',
  'missing.sub.example.com.',
  'www.example.org.',
  'cdn.example.net.',
  'app.azurewebsites.net.',
];

const line = fc.oneof(
  fc
    .tuple(fc.constantFrom(...OWNERS), fc.constantFrom('A', 'AAAA'))
    .map(([o, t]) => (t === 'A' ? `${o} 300 A 192.0.2.1` : `${o} 300 AAAA 2001:db8::1`)),
  fc
    .tuple(fc.constantFrom(...OWNERS), fc.constantFrom(...TARGETS))
    .map(([o, t]) => `${o} 300 CNAME ${t}`),
  fc
    .tuple(fc.constantFrom(...OWNERS), fc.constantFrom(...TARGETS))
    .map(([o, t]) => `${o} 300 MX 10 ${t}`),
  fc
    .tuple(fc.constantFrom(...OWNERS), fc.constantFrom(...TARGETS))
    .map(([o, t]) => `${o} 300 NS ${t}`),
  fc
    .tuple(fc.constantFrom(...OWNERS), fc.constantFrom(...TARGETS))
    .map(([o, t]) => `${o} 300 SRV 0 0 443 ${t}`),
  fc
    .tuple(
      fc.constantFrom(...OWNERS),
      fc.constantFrom('_spf.example.com', 'mail.example.com', 'x.example.org', 'other.example.net'),
    )
    .map(([o, t]) => `${o} 300 TXT "v=spf1 include:${t} -all"`),
  fc.constantFrom('_spf 300 TXT "hello"', 'mail 300 TXT "v=spf1 -all"'),
);

const zoneArb = fc
  .tuple(fc.constantFrom(...APEXES), fc.array(line, { maxLength: 25 }))
  .map(([apex, lines]) => zone(apex, lines));

/** One to three zones, split-horizon copies of one apex allowed (tags keep keys unique). */
const zoneSetArb: fc.Arbitrary<ZoneSet> = fc
  .array(zoneArb, { minLength: 1, maxLength: 3 })
  .map((zones) => zoneSet(...zones.map((z, i) => (i === 0 ? z : { ...z, tag: `t${i}` }))));

// ---- the obvious implementations -------------------------------------------------------------

/** Whether a resolver asking the zone finds the name, scanning every RRset (RFC 1034, 4592). */
function existsNaive(zone: Zone, name: string): boolean {
  const rrsets = zone.rrsets;
  if (rrsets.some((r) => r.name === name || isInZone(r.name, name))) return true;
  if (rrsets.some((r) => r.type === 'NS' && r.name !== zone.name && isInZone(name, r.name)))
    return true;
  // The closest encloser: the nearest ancestor with data at or below it; its wildcard answers.
  for (let n = name; n !== zone.name && n !== '.'; n = parentName(n)) {
    const up = parentName(n);
    if (rrsets.some((r) => r.name === up || isInZone(r.name, up)))
      return rrsets.some((r) => r.name.startsWith('*.') && parentName(r.name) === up);
  }
  return false;
}

type State = Omit<DraftFinding, 'introduced'>;
const identity = (f: State) => [f.zone, f.name, f.type, f.key].join('|');

function compareNaive(
  base: ZoneSet,
  head: ZoneSet,
  check: (s: ZoneSet) => State[],
): DraftFinding[] {
  const before = check(base).map(identity);
  return check(head).map((f) => ({ ...f, introduced: !before.includes(identity(f)) }));
}

function danglingNaive(base: ZoneSet, head: ZoneSet): DraftFinding[] {
  const ctx = contextFor(base, head);
  const out: DraftFinding[] = [];
  for (const d of ctx.diffs) {
    if (!d.after) continue;
    for (const rr of d.after.rrsets) {
      if (rr.type !== 'CNAME') continue;
      for (const target of rr.values) {
        if (target === '.') continue;
        const home = head.zones.find((z) => isInZone(target, z.name));
        if (!home) continue; // no live DNS: outside targets are not judged
        if (
          existsNaive(home, target) ||
          nameManagedElsewhere(target, home) ||
          lostTrailingDot(home, target)
        )
          continue;
        const c = d.changes.find((x) => x.type === 'CNAME' && x.name === rr.name);
        out.push({
          introduced: c !== undefined && c.kind !== 'remove',
          zone: d.zone,
          name: rr.name,
          type: 'CNAME',
          key: target,
          ...(rr.location ? { location: rr.location } : {}),
          severity: 'medium',
          message: `${rr.name} is a CNAME to ${target}, which has no records in ${home.name} (a zone of this repository): the name does not resolve. A typo, or a record removed too early?`,
          fix: `Add the records ${target} should have in ${home.name}, or point the CNAME at the right name.`,
        });
      }
    }
  }
  return out;
}

function targetOf(type: string, value: string): string | undefined {
  const r = decodeRdata(type as 'MX', value) as unknown as Record<string, unknown>;
  const t = r['exchange'] ?? r['target'];
  return typeof t === 'string' ? t : undefined;
}

function targetIsCnameNaive(set: ZoneSet): State[] {
  const all = set.zones.flatMap((z) => z.rrsets);
  const out: State[] = [];
  for (const z of set.zones)
    for (const r of z.rrsets) {
      if (r.type !== 'MX' && r.type !== 'NS' && r.type !== 'SRV') continue;
      for (const v of r.values) {
        const target = targetOf(r.type, v);
        const cname = all
          .filter((c) => c.type === 'CNAME' && c.name === target && c.values[0])
          .at(-1);
        if (!target || !cname) continue;
        out.push({
          zone: zoneKey(z),
          name: r.name,
          type: r.type,
          key: target,
          location: r.location,
          message: `${r.type} of ${r.name} points to ${target}, which is a CNAME (to ${cname.values[0]}); ${r.type} targets must be names with address records.`,
        });
      }
    }
  return out;
}

function cnameConflictNaive(set: ZoneSet): State[] {
  const out: State[] = [];
  for (const zone of set.zones) {
    const names = new Set(zone.rrsets.filter((r) => r.type === 'CNAME').map((r) => r.name));
    for (const name of names) {
      const here = zone.rrsets.filter((r) => r.name === name);
      const cname = here.find((r) => r.type === 'CNAME')!;
      const dnssec: readonly string[] = ['RRSIG', 'NSEC', 'NSEC3'];
      const others = here.filter((r) => r !== cname && !dnssec.includes(r.type));
      const at = { zone: zoneKey(zone), name, type: 'CNAME' as const, location: cname.location };
      if (name === zone.name)
        out.push({
          ...at,
          key: 'apex',
          message: `${name} has a CNAME at the zone apex, where SOA and NS must be: the zone breaks.`,
        });
      else if (others.length > 0)
        out.push({
          ...at,
          key: 'beside',
          message: `${name} has a CNAME beside other data (${others.map((r) => r.type).join(', ')}); resolvers will see only one or the other.`,
        });
      if (cname.values.length > 1)
        out.push({
          ...at,
          key: 'multiple',
          message: `${name} has ${cname.values.length} CNAME targets; a name can alias only one.`,
        });
    }
  }
  return out;
}

function missingGlueNaive(set: ZoneSet): State[] {
  const out: State[] = [];
  for (const z of set.zones)
    for (const r of z.rrsets) {
      if (r.type !== 'NS') continue;
      for (const ns of r.values) {
        const glued = z.rrsets.some((a) => a.name === ns && (a.type === 'A' || a.type === 'AAAA'));
        if (!isInZone(ns, r.name) || !isInZone(ns, z.name) || glued) continue;
        out.push({
          zone: zoneKey(z),
          name: r.name,
          type: r.type,
          key: ns,
          ...(r.location ? { location: r.location } : {}),
          message: `Nameserver ${ns} of ${r.name} lies inside the zone but has no A or AAAA record there.`,
        });
      }
    }
  return out;
}

function missingTrailingDotNaive(set: ZoneSet): State[] {
  const out: State[] = [];
  for (const zone of set.zones) {
    if (zone.format !== 'bind') continue;
    for (const rr of zone.rrsets) {
      if (rr.type !== 'CNAME' && rr.type !== 'MX' && rr.type !== 'NS') continue;
      for (const value of rr.values) {
        const target = rr.type === 'MX' ? targetOf('MX', value)! : value;
        const meant = lostTrailingDot(zone, target);
        if (!meant || existsNaive(zone, target)) continue;
        out.push({
          zone: zoneKey(zone),
          name: rr.name,
          type: rr.type,
          key: target,
          message: `${rr.name} ${rr.type} points at ${target}, inside ${zone.name} where it has no records: missing trailing dot? ${meant} was probably meant.`,
          ...(rr.location ? { location: rr.location } : {}),
        });
      }
    }
  }
  return out;
}

// ---- the properties ------------------------------------------------------------------------

const sorted = (fs: readonly DraftFinding[]) =>
  fs.map((f) => JSON.stringify(f, Object.keys(f).sort())).sort();

async function same(rule: Rule, naive: (base: ZoneSet, head: ZoneSet) => DraftFinding[]) {
  let withFindings = 0; // the generator must give the rule something to find
  await fc.assert(
    fc.asyncProperty(zoneSetArb, zoneSetArb, async (base, head) => {
      const got = await rule.check(contextFor(base, head));
      const want = naive(base, head);
      if (want.length > 0) withFindings++;
      expect(sorted(got)).toEqual(sorted(want));
    }),
    { numRuns: 300 },
  );
  expect(withFindings).toBeGreaterThan(5);
}

describe('rules through the zone index find what scanning finds', () => {
  test('dangling-cname', () => same(danglingCname, danglingNaive));
  test('target-is-cname', () =>
    same(targetIsCname, (b, h) => compareNaive(b, h, targetIsCnameNaive)));
  test('cname-conflict', () =>
    same(cnameConflict, (b, h) => compareNaive(b, h, cnameConflictNaive)));
  test('missing-glue (the config part; no live DNS)', () =>
    same(missingGlue, (b, h) => compareNaive(b, h, missingGlueNaive)));
  test('missing-trailing-dot', () =>
    same(missingTrailingDot, (b, h) => compareNaive(b, h, missingTrailingDotNaive)));

  test('spf-invalid: an include of a name without SPF says whether it has other TXT', async () => {
    await fc.assert(
      fc.asyncProperty(zoneSetArb, async (head) => {
        const got = await spfInvalid.check(contextFor(zoneSet(), head));
        for (const f of got) {
          if (!f.key?.startsWith('missing ')) continue;
          const target = f.key.slice('missing '.length);
          // The rule's zone by apex is the last of that apex (split-horizon copies share one).
          const owner = head.zones.findLast((z) => f.message.includes(`(in zone ${z.name})`))!;
          const hasTxt = owner.rrsets.some((r) => r.name === target && r.type === 'TXT');
          expect(f.message.includes(' among its TXT records')).toBe(hasTxt);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the index', () => {
  test('exists, zoneOf, the cuts and the RRsets of a type answer as the scans do', () => {
    fc.assert(
      fc.property(zoneSetArb, fc.constantFrom(...TARGETS, 'www', 'nothing'), (set, t) => {
        const index = indexZoneSet(set);
        for (const z of set.zones) {
          const name = t.endsWith('.') ? t : `${t}.${z.name}`;
          expect(index.zoneOf(name)).toBe(set.zones.find((x) => isInZone(name, x.name)));
          expect(indexZone(z).exists(name)).toBe(existsNaive(z, name));
          const cuts = z.rrsets.filter((r) => r.type === 'NS' && r.name !== z.name);
          expect([...indexZone(z).cuts].sort()).toEqual(
            [...new Set(cuts.map((r) => r.name))].sort(),
          );
          // The RRsets of each type, in the zone's order.
          for (const type of new Set([...z.rrsets.map((r) => r.type), 'SRV' as const]))
            expect(indexZone(z).ofType(type)).toEqual(z.rrsets.filter((r) => r.type === type));
          expect(indexZone(z).ofTypes(['MX', 'CNAME'])).toEqual([
            ...z.rrsets.filter((r) => r.type === 'MX'),
            ...z.rrsets.filter((r) => r.type === 'CNAME'),
          ]);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("a BIND zone's look-ups go through its parser's map and answer as a map built here", async () => {
    const types = ['A', 'AAAA', 'CNAME', 'NS', 'MX', 'TXT', 'SOA'] as const;
    let compared = 0;
    let conflicting = 0;
    await fc.assert(
      fc.asyncProperty(zoneSetArb, async (set) => {
        for (const z of set.zones) {
          const text = z.rrsets
            .flatMap((r) => r.values.map((v) => `${r.name} ${r.ttl} IN ${r.type} ${v}`))
            .join('\n');
          const parsed = parseZoneFile(`${text}\n`, { file: 'db', origin: z.name });
          if (!parsed.ok) continue;
          compared++;
          const viaParser = parsed.value.zone;
          expect(byNameOf(viaParser.rrsets)).toBeDefined();
          // The same RRsets in a list of its own: no parser's map, so the index builds one.
          const built: Zone = { ...viaParser, rrsets: [...viaParser.rrsets] };
          expect(byNameOf(built.rrsets)).toBeUndefined();
          const names = [
            ...viaParser.rrsets.map((r) => r.name),
            ...TARGETS.map((t) => (t.endsWith('.') ? t : `${t}.${z.name}`)),
          ];
          const a = indexZone(viaParser);
          const b = indexZone(built);
          for (const name of names) {
            expect(a.exists(name)).toBe(b.exists(name));
            expect(a.owners.has(name)).toBe(b.owners.has(name));
            expect(a.addressOwners.has(name)).toBe(b.addressOwners.has(name));
            for (const type of types) expect(a.rrset(name, type)).toBe(b.rrset(name, type));
          }
          // cname-conflict reads the RRsets at a CNAME owner through the parser's map.
          const judged = await Promise.all(
            [viaParser, built].map((z) => cnameConflict.check(contextFor(zoneSet(), zoneSet(z)))),
          );
          expect(judged[0]).toEqual(judged[1]);
          if (judged[0]!.length > 0) conflicting++;
        }
      }),
      { numRuns: 100 },
    );
    expect(compared).toBeGreaterThan(100);
    expect(conflicting).toBeGreaterThan(5);
  });

  test('a list without a map answers by scanning at first, then through one, the same', () => {
    // Two RRsets of one key, as a hand-built list may have: the first answers, both ways.
    const first: RRset = { name: 'www.example.com.', type: 'A', ttl: 300, values: ['192.0.2.1'] };
    const second: RRset = { ...first, ttl: 60, values: ['192.0.2.2'] };
    const other: RRset = { name: 'mail.example.com.', type: 'MX', ttl: 300, values: ['10 mx.'] };
    const list = [other, first, second];
    for (let k = 0; k < 20; k++) {
      const lookup = rrsetLookup(list);
      expect(lookup('www.example.com.', 'A')).toBe(first);
      expect(lookup('mail.example.com.', 'MX')).toBe(other);
      expect(lookup('www.example.com.', 'AAAA')).toBeUndefined();
    }
  });

  test('is built once per zone and shared', () => {
    const z = zone('example.com.', ['www 300 A 192.0.2.1']);
    expect(indexZone(z)).toBe(indexZone(z));
    const rr: RRset | undefined = indexZone(z).rrset('www.example.com.', 'A');
    expect(rr?.values).toEqual(['192.0.2.1']);
  });
});
