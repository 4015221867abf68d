/** What the live-DNS rules read from the snapshot and the zones, in one place. */
import type { LiveZone } from '../live/types.js';
import type { RecordType } from '../model/record-type.js';
import { leftAlone } from '../model/scope.js';
import { specialUseZone } from '../model/special-use.js';
import type { RRset, Zone } from '../model/zone.js';
import type { RuleContext } from './types.js';

/** The live snapshot of a zone (by apex), when live DNS ran and reached it. */
export function liveZone(ctx: Pick<RuleContext, 'live'>, apex: string): LiveZone | undefined {
  const z = ctx.live?.zones.find((x) => x.zone === apex);
  return z && z.status !== 'failed' ? z : undefined;
}

export function findRRset(
  zone: Zone | undefined,
  name: string,
  type: RecordType,
): RRset | undefined {
  // A scan: asked a few times per zone (apex DNSKEY, NS), cheaper than building an index.
  return zone?.rrsets.find((r) => r.name === name && r.type === type);
}

/** The DNSKEYs the zone's authoritative servers serve (union: a resolver may ask any). */
export function servedDnskeys(lz: LiveZone): string[] {
  const out = new Set<string>();
  for (const s of lz.servers) if (s.authoritative) for (const k of s.dnskey ?? []) out.add(k);
  return [...out];
}

/** The apex NS set the zone's servers answer (first authoritative answer). */
export function servedNs(lz: LiveZone): readonly string[] | undefined {
  return lz.servers.find((s) => s.authoritative && s.ns && s.ns.length > 0)?.ns;
}

/** The NS set live DNS gives the zone: the parent's delegation, else what its servers answer. */
export function liveNs(
  ctx: Pick<RuleContext, 'live'>,
  apex: string,
): readonly string[] | undefined {
  const lz = liveZone(ctx, apex);
  return lz?.delegation?.ns ?? (lz ? servedNs(lz) : undefined);
}

/**
 * The apex NS a side of the config declares: NS records, else `NAMESERVER()`; undefined if
 * neither, or when the config names only part of it (the DNS providers add their own
 * nameservers at push time: docs/push-scope.md), so only live DNS knows the whole set.
 */
export function configuredNs(zone: Zone | undefined): readonly string[] | undefined {
  if (!zone) return undefined;
  const apexNs = { name: zone.name, type: 'NS' as const, values: [] };
  if (leftAlone(apexNs, zone, 'live')?.partial) return undefined;
  const rr = findRRset(zone, zone?.name ?? '', 'NS');
  if (rr && rr.values.length > 0) return rr.values;
  return zone?.nameservers && zone.nameservers.length > 0 ? zone.nameservers : undefined;
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a.map((x) => x.toLowerCase()));
  const sb = new Set(b.map((x) => x.toLowerCase()));
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Zones of head with their base counterpart, keyed the way diffs are. */
export function zonePairs(ctx: Pick<RuleContext, 'diffs'>) {
  return ctx.diffs.map((d) => ({ key: d.zone, apex: d.name, base: d.before, head: d.after }));
}

/**
 * The zone pairs whose delegation means something: not special-use or locally-served zones
 * (`localhost.`, RFC 1918 reverse zones, `internal.`, … in model/special-use.ts), which no
 * parent delegates, no registrar holds and no public server needs to answer. The delegation
 * and provider-resilience rules read these.
 */
export function delegatedZonePairs(ctx: Pick<RuleContext, 'diffs'>) {
  return zonePairs(ctx).filter((p) => !specialUseZone(p.apex));
}
