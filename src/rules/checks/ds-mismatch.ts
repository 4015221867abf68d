/**
 * ds-mismatch: a DS set matches no DNSKEY the child serves, so validating resolvers answer
 * SERVFAIL for the whole child (RFC 4035 §5.2; Zonemaster DNSSEC02/11). Digests are recomputed
 * (`model/dnssec.ts`), never matched on key tag alone. A DS set where one DS matches is fine:
 * extra DS for pre-published keys are normal in a rollover. DS whose digest type we cannot
 * compute are left alone rather than guessed at.
 */
import {
  type DnskeyData,
  type DsData,
  isUsableKey,
  matchDs,
  parseDnskey,
  parseDs,
} from '../../model/dnssec.js';
import { isInZone } from '../../model/name.js';
import { sentence } from '../describe.js';
import { findRRset, liveZone, servedDnskeys, zonePairs } from '../live-facts.js';
import type { DraftFinding, Rule } from '../types.js';

type Verdict = 'ok' | 'no-match' | 'unsigned' | 'unknown';

/** Whether a DS set validates against a key set. */
export function judgeDs(
  owner: string,
  dsValues: readonly string[],
  keyValues: readonly string[],
): Verdict {
  const ds = dsValues.map(parseDs).filter((d): d is DsData => d !== undefined);
  if (ds.length === 0) return 'ok';
  const keys = keyValues
    .map(parseDnskey)
    .filter((k): k is DnskeyData => k !== undefined && isUsableKey(k));
  if (keys.length === 0) return 'unsigned';
  let checkable = false;
  for (const d of ds) {
    const m = matchDs(owner, d, keys);
    if (m.kind === 'match') return 'ok';
    if (m.kind === 'no-match') checkable = true;
  }
  return checkable ? 'no-match' : 'unknown';
}

function describe(verdict: Verdict, owner: string, ds: readonly string[]): string {
  const tags = ds
    .map(parseDs)
    .filter((d) => d)
    .map((d) => `${d!.keyTag}/${d!.algorithm}`)
    .join(', ');
  return verdict === 'unsigned'
    ? `the parent publishes DS (${tags}) for ${owner} but the zone serves no usable DNSKEY`
    : `no DS for ${owner} (${tags}) matches a DNSKEY the zone serves`;
}

export const dsMismatch: Rule = {
  id: 'ds-mismatch',
  defaultSeverity: 'critical',
  title: 'A DS matches no DNSKEY the child zone serves',
  why: 'Validating resolvers (most public ones) return SERVFAIL for every name in a zone whose DS set points at no key the zone serves: the zone disappears for a large share of users until the DS is fixed and its TTL has expired.',
  fix: "Publish a DS computed from a key the zone serves (`dig DNSKEY zone | dnssec-dsfromkey -f - zone`), or serve the key the DS points to; when moving providers, add the new provider's key before switching NS.",
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, apex, base, head } of zonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      // 1. The parent's DS for this zone against the keys the zone serves (and will serve).
      if (lz?.delegation && lz.delegation.ds.length > 0) {
        const served = servedDnskeys(lz);
        const now = judgeDs(apex, lz.delegation.ds, served);
        const headKeys = findRRset(head, apex, 'DNSKEY')?.values;
        const after = head && headKeys ? judgeDs(apex, lz.delegation.ds, headKeys) : now;
        const bad = (v: Verdict) => v === 'no-match' || v === 'unsigned';
        if (bad(after) || bad(now)) {
          const introduced = bad(after) && !bad(now);
          out.push({
            introduced,
            zone: key,
            name: apex,
            type: 'DS',
            message: introduced
              ? `After this change ${describe(after, apex, lz.delegation.ds)}: the parent ${lz.delegation.parent} still publishes that DS.`
              : `Live DNS: ${describe(now, apex, lz.delegation.ds)} (DS at ${lz.delegation.parent}).`,
            ...(head?.location ? { location: head.location } : {}),
          });
        }
      }
      // 2. A child's DS in this zone against the child's keys (head config or live DNS).
      for (const rr of head?.rrsets ?? []) {
        if (rr.type !== 'DS' || rr.name === apex || !isInZone(rr.name, apex)) continue;
        const childKeys = childDnskeys(ctx, rr.name);
        if (!childKeys) continue;
        const v = judgeDs(rr.name, rr.values, childKeys);
        if (v !== 'no-match' && v !== 'unsigned') continue;
        const before = findRRset(base, rr.name, 'DS');
        const unchanged = before && before.values.join('\n') === rr.values.join('\n');
        out.push({
          introduced: !unchanged,
          zone: key,
          name: rr.name,
          type: 'DS',
          message: sentence(`${describe(v, rr.name, rr.values)}`),
          ...(rr.location ? { location: rr.location } : {}),
        });
      }
    }
    return out;
  },
};

/** The child's keys: from a head zone of that name, else the live snapshot's keys facts. */
function childDnskeys(
  ctx: Parameters<Rule['check']>[0],
  child: string,
): readonly string[] | undefined {
  const inRepo = ctx.head.zones.find((z) => z.name === child);
  const rr = findRRset(inRepo, child, 'DNSKEY');
  if (rr) return rr.values;
  const lz = liveZone(ctx, child);
  if (lz) {
    const served = servedDnskeys(lz);
    return lz.servers.some((s) => s.authoritative) ? served : undefined;
  }
  for (const z of ctx.live?.zones ?? []) {
    const fact = z.keys?.find((k) => k.name === child);
    if (fact && fact.rcode === 'NOERROR') return fact.dnskey;
  }
  return undefined;
}
