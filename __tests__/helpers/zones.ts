/** Builds model zones from compact record lines, through the real rdata codecs. */
import { canonicalRdata } from '../../src/model/rdata/registry.js';
import { parseRecordType } from '../../src/model/record-type.js';
import { makeRRset, type RRset, type Zone, type ZoneSet } from '../../src/model/zone.js';

/** `name ttl TYPE rdata…`, names relative to the apex (`@` for the apex). */
export function rrsets(apex: string, lines: readonly string[], file = 'zones/test.zone'): RRset[] {
  const groups = new Map<
    string,
    {
      name: string;
      type: ReturnType<typeof parseRecordType>;
      ttl: number;
      values: string[];
      line: number;
    }
  >();
  lines.forEach((line, i) => {
    const [owner, ttl, typeText, ...rest] = line.trim().split(/\s+/);
    const name = owner === '@' ? apex : `${owner}.${apex}`;
    const type = parseRecordType(typeText!);
    if (!type) throw new Error(`bad type in ${line}`);
    const value = canonicalRdata(type, rest.join(' '), apex);
    if (!value.ok) throw new Error(`bad rdata in ${line}: ${value.message}`);
    const key = `${name} ${type}`;
    const g = groups.get(key) ?? { name, type, ttl: Number(ttl), values: [], line: i + 1 };
    g.values.push(value.value);
    groups.set(key, g);
  });
  return [...groups.values()].map((g) =>
    makeRRset({
      name: g.name,
      type: g.type!,
      ttl: g.ttl,
      values: g.values,
      location: { file, line: g.line },
    }),
  );
}

export function zone(apex: string, lines: readonly string[], extra: Partial<Zone> = {}): Zone {
  return {
    name: apex,
    format: 'bind',
    rrsets: rrsets(apex, lines),
    providers: [],
    unmanaged: [],
    ...extra,
  };
}

export function zoneSet(...zones: Zone[]): ZoneSet {
  return { zones, credentials: [], files: [] };
}
