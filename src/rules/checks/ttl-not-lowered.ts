/**
 * ttl-not-lowered: when this merges, can resolvers still serve the old data, and until when?
 *
 * For each changed or removed RRset, caches may hold the old data for the highest of: the
 * base TTL (counted from the merge), the TTL live authoritative servers serve now, and any
 * TTL the RRset had on the default branch, counted from the commit that lowered it. The rule
 * fires when one of those is above the threshold and has not run out yet. Lowering a TTL in
 * the same change gives nothing: caches keep the old TTL they were handed.
 *
 * Apex NS and DS changes also carry the parent's TTLs (registry-set, often two days for NS
 * and one for DS): how long a rollback takes to reach every resolver.
 */
import type { Change, ZoneDiff } from '../../diff/types.js';
import type { LiveZone } from '../../live/types.js';
import type { RecordType } from '../../model/record-type.js';
import { changeLocation } from '../describe.js';
import { MAX_CACHE_TTL, type TtlHistory, ttlHistory } from '../ttl-history.js';
import type { DraftFinding, Rule, RuleContext } from '../types.js';
import { durationInWords, utcMinute } from '../when.js';

/** Why caches may hold the old data, and until when. */
interface Exposure {
  /** `history`: a TTL from git counted from the commit that lowered it; else counted from now. */
  readonly from: 'base' | 'live' | 'history';
  readonly ttl: number;
  readonly until: Date;
  readonly says: string;
}

const NOUNS: Partial<Record<RecordType, string>> = {
  A: 'address',
  AAAA: 'address',
  CNAME: 'target',
  ALIAS: 'target',
  MX: 'mail servers',
  NS: 'nameservers',
  TXT: 'text',
  DS: 'DS records',
  CAA: 'CAA policy',
  SRV: 'service targets',
};

export const ttlNotLowered: Rule = {
  id: 'ttl-not-lowered',
  defaultSeverity: 'high',
  title: 'Changed record was not given a low TTL long enough before the change',
  why: 'Resolvers keep an answer for its TTL. Changing or removing a record with a long TTL leaves part of the internet on the old data for that long, and makes a rollback just as slow.',
  fix: 'First lower the TTL (to 300 s or less) in its own change and deploy it; wait one old TTL; then make this change. Raise the TTL again once the new data is confirmed.',
  async check(ctx) {
    const history = historyFor(ctx);
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (d.status === 'added' || d.status === 'removed') continue; // zone-removed says it
      const live = ctx.live?.zones.find((z) => z.zone === d.name || z.zone === d.zone);
      const zone: Judged[] = [];
      for (const c of d.changes) {
        if (c.kind === 'add' || c.ttlOnly || !c.before) continue;
        const judged = await judge(ctx, d, c, live, history);
        if (judged) zone.push(judged);
      }
      out.push(...collapse(d, zone, ctx.policy.ttlThreshold));
    }
    return out;
  },
};

function historyFor(ctx: RuleContext): TtlHistory | undefined {
  const ref = ctx.baseRef ?? ctx.baseTree?.commit;
  if (!ctx.history || !ref) return undefined;
  return ttlHistory({
    history: ctx.history,
    ref,
    files: ctx.base.files,
    path: ctx.path ?? '',
    depth: ctx.policy.historyDepth,
    now: ctx.now,
  });
}

/** A finding and, when it is about cached data, until when caches may hold it. */
interface Judged {
  readonly finding: DraftFinding;
  readonly until?: Date;
}

/** More findings than this in one zone become one finding (a mass change is one decision). */
const MAX_PER_ZONE = 10;

function collapse(d: ZoneDiff, judged: readonly Judged[], threshold: number): DraftFinding[] {
  const cached = judged.filter((j) => j.until);
  if (cached.length <= MAX_PER_ZONE) return judged.map((j) => j.finding);
  const latest = new Date(Math.max(...cached.map((j) => j.until!.getTime())));
  const names = cached.map((j) => `${j.finding.name} ${j.finding.type}`);
  const shown = names.slice(0, 5).join(', ');
  return [
    ...judged.filter((j) => !j.until).map((j) => j.finding),
    {
      introduced: true,
      zone: d.zone,
      key: 'many',
      message: `${cached.length} changed or removed RRsets of ${d.name} were cached with TTLs above ${threshold} s and were not lowered long enough ago (${shown} and ${names.length - 5} more); caches may serve old data until ${utcMinute(latest)}. Merge after that, or accept the risk.`,
      fix: `Lower the TTLs of these records to ${threshold} s or less in a separate change, deploy it, wait for the old TTLs to run out, then make this change.`,
      ...(cached[0]!.finding.location ? { location: cached[0]!.finding.location } : {}),
    },
  ];
}

async function judge(
  ctx: RuleContext,
  d: ZoneDiff,
  c: Change,
  live: LiveZone | undefined,
  history: TtlHistory | undefined,
): Promise<Judged | undefined> {
  const now = ctx.now.getTime();
  const threshold = ctx.policy.ttlThreshold;
  const before = c.before!;
  const from = (ttl: number) => new Date(now + Math.min(ttl, MAX_CACHE_TTL) * 1000);
  const exposures: Exposure[] = [
    {
      from: 'base',
      ttl: before.ttl,
      until: from(before.ttl),
      says: `has a TTL of ${before.ttl} s (${durationInWords(before.ttl)}) and was not lowered first`,
    },
  ];
  const liveTtl = live?.rrsets.find((r) => r.name === c.name && r.type === c.type)?.ttl;
  if (liveTtl !== undefined && liveTtl !== before.ttl)
    exposures.push({
      from: 'live',
      ttl: liveTtl,
      until: from(liveTtl),
      says: `is served by live DNS with a TTL of ${liveTtl} s (${durationInWords(liveTtl)})${liveTtl > before.ttl ? ': the lower TTL in git was not pushed yet' : ''}`,
    });
  if (history && before.ttl <= threshold) {
    for (const change of await history.changes(d.zone, d.format, c.name, c.type)) {
      if (change.ttl <= threshold) continue;
      const ago = Math.max(0, now - change.endedAt.getTime()) / 1000;
      const verb = change.nextTtl < change.ttl ? 'lowered' : 'changed';
      exposures.push({
        from: 'history',
        ttl: change.ttl,
        until: new Date(change.endedAt.getTime() + Math.min(change.ttl, MAX_CACHE_TTL) * 1000),
        says: `was ${verb} from ${change.ttl} to ${change.nextTtl} ${durationInWords(ago)} ago (${change.commit.slice(0, 7)})`,
      });
    }
  }
  const risky = exposures.filter((e) => e.ttl > threshold && e.until.getTime() > now);
  const parent = parentHorizon(d, c, live);
  if (risky.length === 0) {
    if (!parent) return undefined;
    const info: DraftFinding = {
      introduced: true,
      zone: d.zone,
      name: c.name,
      type: c.type,
      severity: 'info',
      key: 'parent-horizon',
      message: parent.trim(),
      fix: 'Keep the old servers and keys serving correctly until the parent TTL has run out after any rollback.',
      location: changeLocation(c),
    };
    return { finding: info };
  }
  const worst = risky.reduce((a, b) => (b.until.getTime() > a.until.getTime() ? b : a));
  const noun = c.kind === 'remove' ? 'the removed record' : `the old ${NOUNS[c.type] ?? 'data'}`;
  const merged = worst.from === 'history' ? '' : ' if merged now';
  const message =
    `${c.name} ${c.type} ${worst.says}; caches may serve ${noun} until ${utcMinute(worst.until)}${merged}. ` +
    `Merge after that, or accept the risk.${parent}`;
  const fix =
    worst.from === 'history'
      ? `Wait until ${utcMinute(worst.until)} before merging, or accept the risk with the override label.`
      : `Lower the TTL of ${c.name} ${c.type} to ${threshold} s or less in a separate change, deploy it, wait ${durationInWords(worst.ttl)}, then make this change.`;
  const finding: DraftFinding = {
    introduced: true,
    zone: d.zone,
    name: c.name,
    type: c.type,
    message,
    fix,
    location: changeLocation(c),
  };
  return { finding, until: worst.until };
}

/** For apex NS and DS: the parent's TTL, which bounds how fast any rollback propagates. */
function parentHorizon(d: ZoneDiff, c: Change, live: LiveZone | undefined): string {
  const delegation = live?.delegation;
  if (!delegation || c.name !== d.name) return '';
  const ttl = c.type === 'NS' ? delegation.nsTtl : c.type === 'DS' ? delegation.dsTtl : undefined;
  if (ttl === undefined) return '';
  return ` The parent zone ${delegation.parent} serves the delegation ${c.type} with a TTL of ${ttl} s (${durationInWords(ttl)}): a rollback takes that long to reach every resolver.`;
}
