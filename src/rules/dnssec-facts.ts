/**
 * The DNSSEC rules' one reading of the live signature facts (`live/dnssec/`), judged at the
 * review's clock: per signed zone, which DNSKEY sets chain to the parent's DS, and the verdict
 * of each RRset each server serves against each key set a resolver could hold. Four rules read
 * it (rrsig-expired, rrsig-expiring, dnssec-bogus, cds-mismatch) so that one problem is told
 * by one rule: a set no DS matches at all is `ds-mismatch`'s; an RRset under a key set that is
 * itself broken is told once, on the DNSKEY set.
 */
import type { KeySetFact } from '../live/dnssec/types.js';
import { judge, type RRsetVerdict } from '../live/dnssec/verdict.js';
import type { LiveZone } from '../live/types.js';
import type { SourceLocation } from '../model/location.js';
import type { RecordType } from '../model/record-type.js';
import type { Zone } from '../model/zone.js';
import { findRRset, liveZone, zonePairs } from './live-facts.js';
import type { RuleContext } from './types.js';

export interface Judged {
  readonly name: string;
  readonly type: RecordType;
  readonly ttl: number;
  readonly server: string;
  /** The key set judged against, and whether it is the answering server's own. */
  readonly keySet: KeySetFact;
  readonly own: boolean;
  readonly verdict: RRsetVerdict;
  /** Key tags of the RRSIGs served with the RRset. */
  readonly sigTags: readonly number[];
}

export interface ZoneJudgement {
  readonly zone: string;
  readonly keySets: readonly KeySetFact[];
  /** Each DNSKEY set as its servers serve it, against the keys a DS references. */
  readonly dnskey: readonly Judged[];
  /** Every other RRset, against each key set whose chain from the parent holds. */
  readonly rrsets: readonly Judged[];
}

/**
 * The judgement of a zone's signatures, or undefined when there is nothing to judge: the zone
 * is not signed at the parent, or no DS matches any key a server serves (`ds-mismatch`).
 */
export function judgeZone(lz: LiveZone, now: Date): ZoneJudgement | undefined {
  const facts = lz.dnssec;
  if (!facts || !facts.keySets.some((k) => k.dsKeys.length > 0)) return undefined;
  const judged = facts.rrsets.map((r) => {
    const keySet = facts.keySets[r.keySet]!;
    return {
      name: r.name,
      type: r.type,
      ttl: r.ttl,
      server: r.server,
      keySet,
      verdict: judge(r.signatures, now),
      sigTags: [...new Set(r.signatures.map((s) => s.keyTag))],
    };
  });
  const isDnskey = (j: { name: string; type: string }) => j.name === lz.zone && j.type === 'DNSKEY';
  // A key set anchors the rest when its DNSKEY RRset verifies with a DS-referenced key, even
  // outside its validity window (that is rrsig-expired's finding, not every RRset's).
  const anchored = facts.keySets.filter((set) =>
    judged.some(
      (j) =>
        isDnskey(j) &&
        j.keySet === set &&
        (j.verdict.kind === 'secure' || j.verdict.kind === 'expired'),
    ),
  );
  // A server that serves no DNSKEY set (an unsigned copy, say) answers under the keys a
  // resolver got elsewhere: the first anchored set stands for its own.
  const withKeys = new Set(facts.keySets.flatMap((k) => k.servers));
  const own = (server: string, set: KeySetFact) =>
    set.servers.includes(server) || (!withKeys.has(server) && set === anchored[0]);
  const all = judged.map((j): Judged => ({ ...j, own: own(j.server, j.keySet) }));
  const dnskey = all.filter(isDnskey);
  const rrsets = all.filter((j) => !isDnskey(j) && anchored.includes(j.keySet));
  return { zone: lz.zone, keySets: facts.keySets, dnskey, rrsets };
}

/** Judgements grouped by RRset (`name type`), in the order first seen. */
export function byRRset(list: readonly Judged[]): Judged[][] {
  const groups = new Map<string, Judged[]>();
  for (const j of list) {
    const k = `${j.name} ${j.type}`;
    const g = groups.get(k);
    if (g) g.push(j);
    else groups.set(k, [j]);
  }
  return [...groups.values()];
}

/** Each zone of the change whose signatures there are to judge, with its judgement. */
export function* judgedZones(ctx: Pick<RuleContext, 'diffs' | 'live' | 'now'>): Generator<{
  readonly key: string;
  readonly apex: string;
  readonly head: Zone | undefined;
  readonly judged: ZoneJudgement;
}> {
  for (const { key, apex, head } of zonePairs(ctx)) {
    const lz = liveZone(ctx, apex);
    const judged = lz && judgeZone(lz, ctx.now);
    if (judged) yield { key, apex, head, judged };
  }
}

/** Where a finding about an RRset points: its line in head, else the zone's. */
export function rrsetLocation(
  head: Zone | undefined,
  name: string,
  type: RecordType,
): SourceLocation | undefined {
  return findRRset(head, name, type)?.location ?? head?.location;
}
