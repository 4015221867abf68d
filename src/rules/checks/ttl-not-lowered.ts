/**
 * ttl-not-lowered: when this merges, can resolvers still serve the old data, until when, and
 * does that matter?
 *
 * For each changed or removed RRset, caches may hold the old data for the highest of: the
 * base TTL (counted from the merge), the TTL live authoritative servers serve now, and any
 * TTL the RRset had on the default branch, counted from the commit that lowered it. The rule
 * fires when one of those is above the threshold and has not run out yet. Lowering a TTL in
 * the same change gives nothing: caches keep the old TTL they were handed.
 *
 * How much it matters is judged by what stale caches do (docs/rules.md, ttl-not-lowered):
 * - a changed value splits traffic between old and new for up to one TTL: the severity grows
 *   with that TTL (policy `ttl-severity`: info, medium from an hour, high from a day), one
 *   level higher for NS, DS and MX (delegation, validation, mail);
 * - an RRset that only gains values leaves caches with the old set, still right: info;
 * - a removed RRset leaves caches with the old answer, which is what the name said until now:
 *   info, unless the name is still a nameserver or mail server other records point at, whose
 *   address is then lost for them once the caches run out;
 * - data the zone does not serve (below a zone cut) is not cached from this zone at all.
 *
 * Apex NS and DS changes also carry the parent's TTLs (registry-set, often two days for NS
 * and one for DS): how long a rollback takes to reach every resolver.
 */
import type { Change, ZoneDiff } from '../../diff/types.js';
import type { LiveZone } from '../../live/types.js';
import type { RecordType } from '../../model/record-type.js';
import { maxSeverity, raiseSeverity, type Severity } from '../../model/severity.js';
import { changeLocation } from '../describe.js';
import type { Policy } from '../policy.js';
import { isOccluded, referencedTargets, type TargetRole, zoneCuts } from '../served.js';
import { MAX_CACHE_TTL, type TtlHistory, ttlHistory } from '../ttl-history.js';
import type { DraftFinding, Rule, RuleContext } from '../types.js';
import { durationInWords, utcMinute } from '../when.js';
import { rrsetLookup } from '../zone-index.js';

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
  CDS: 'CDS records',
  CAA: 'CAA policy',
  SRV: 'service targets',
};

export const ttlNotLowered: Rule = {
  id: 'ttl-not-lowered',
  defaultSeverity: 'high',
  title: 'Changed record was not given a low TTL long enough before the change',
  why: 'Resolvers keep an answer for its TTL. Changing a record with a long TTL leaves part of the internet on the old data for that long (traffic split between old and new), and makes a rollback just as slow.',
  fix: 'First lower the TTL (to 300 s or less) in its own change and deploy it; wait one old TTL; then make this change. Raise the TTL again once the new data is confirmed.',
  readsRepository: true,
  async check(ctx) {
    const history = historyFor(ctx);
    // What points at a removed address: asked of the whole head, so only when one is removed.
    let targets: ReadonlyMap<string, TargetRole> | undefined;
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (d.status === 'added' || d.status === 'removed') continue; // zone-removed says it
      const live = ctx.live?.zones.find((z) => z.zone === d.name || z.zone === d.zone);
      const cuts = zoneCuts(d.before);
      const zone: Judged[] = [];
      for (const c of d.changes) {
        if (c.kind === 'add' || c.ttlOnly || !c.before) continue;
        if (isOccluded(d.before, cuts, c.name, c.type)) continue; // never served from here
        const address = c.type === 'A' || c.type === 'AAAA';
        let role: TargetRole | undefined;
        if (c.kind === 'remove' && address) {
          targets ??= referencedTargets(ctx.head);
          role = targets.get(c.name);
        }
        const judged = await judge(ctx, d, c, live, history, role);
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
    ...(ctx.baseTree?.commit ? { base: { commit: ctx.baseTree.commit, zones: ctx.base } } : {}),
  });
}

/** A finding and, when it is about cached data, until when caches may hold it. */
interface Judged {
  readonly finding: DraftFinding;
  readonly severity: Severity;
  readonly until?: Date;
}

/** More findings than this in one zone become one finding (a mass change is one decision). */
const MAX_PER_ZONE = 10;

/** Delegation, validation and mail: their stale copies break more than a stale address. */
const CRITICAL_TYPES: ReadonlySet<RecordType> = new Set(['NS', 'DS', 'CDS', 'MX']);

/**
 * More than MAX_PER_ZONE cached findings in a zone become one, at the highest of their
 * severities. NS, DS and MX keep their own finding: the rule that reports their change takes
 * the timing into its own message (Rule.absorbs).
 */
function collapse(d: ZoneDiff, judged: readonly Judged[], threshold: number): DraftFinding[] {
  const foldable = judged.filter((j) => j.until && !CRITICAL_TYPES.has(j.finding.type!));
  if (foldable.length <= MAX_PER_ZONE) return judged.map((j) => j.finding);
  const latest = new Date(Math.max(...foldable.map((j) => j.until!.getTime())));
  const names = foldable.map((j) => `${j.finding.name} ${j.finding.type}`);
  const shown = names.slice(0, 5).join(', ');
  const severity = maxSeverity(foldable.map((j) => j.severity)) ?? 'info';
  const kept = new Set(foldable);
  return [
    ...judged.filter((j) => !kept.has(j)).map((j) => j.finding),
    {
      introduced: true,
      zone: d.zone,
      key: 'many',
      severity,
      message: `${foldable.length} changed or removed RRsets of ${d.name} were cached with TTLs above ${threshold} s and were not lowered long enough ago (${shown} and ${names.length - 5} more); caches may serve old data until ${utcMinute(latest)}. Merge after that, or accept the risk.`,
      fix: `Lower the TTLs of these records to ${threshold} s or less in a separate change, deploy it, wait for the old TTLs to run out, then make this change.`,
      ...(foldable[0]!.finding.location ? { location: foldable[0]!.finding.location } : {}),
    },
  ];
}

/**
 * What stale caches do to this change, as a severity: by the TTL they were handed (policy
 * `ttl-severity`), one level up for NS, DS and MX; a removal is info unless other records
 * still point at the name.
 */
export function ttlSeverity(
  policy: Pick<Policy, 'ttlSeverity'>,
  c: Pick<Change, 'kind' | 'type' | 'before' | 'after'>,
  ttl: number,
  role: TargetRole | undefined,
): Severity {
  if (c.kind === 'remove' && !role) return 'info';
  if (onlyGains(c)) return 'info';
  const steps = policy.ttlSeverity;
  const base: Severity = ttl >= steps.high ? 'high' : ttl >= steps.medium ? 'medium' : 'info';
  return CRITICAL_TYPES.has(c.type) && c.kind !== 'remove' ? raiseSeverity(base) : base;
}

/** A modify that keeps every old value and adds some: the old set cached is still right. */
function onlyGains(c: Pick<Change, 'kind' | 'before' | 'after'>): boolean {
  if (c.kind !== 'modify' || !c.before || !c.after) return false;
  const after = new Set(c.after.values);
  return (
    c.before.values.every((v) => after.has(v)) && c.after.values.length > c.before.values.length
  );
}

async function judge(
  ctx: RuleContext,
  d: ZoneDiff,
  c: Change,
  live: LiveZone | undefined,
  history: TtlHistory | undefined,
  role: TargetRole | undefined,
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
  const liveTtl = live && rrsetLookup(live.rrsets)(c.name, c.type)?.ttl;
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
    return { finding: info, severity: 'info' };
  }
  const worst = risky.reduce((a, b) => (b.until.getTime() > a.until.getTime() ? b : a));
  const severity = ttlSeverity(ctx.policy, c, worst.ttl, role);
  const until = utcMinute(worst.until);
  const merged = worst.from === 'history' ? '' : ' if merged now';
  const noun = NOUNS[c.type] ?? 'data';
  let message: string;
  if (onlyGains(c))
    message = `${c.name} ${c.type} only gains values; caches may keep the old set until ${until}${merged}, which stays right: only the new values wait until then.`;
  else if (c.kind !== 'remove')
    message = `${c.name} ${c.type} ${worst.says}; caches may serve the old ${noun} until ${until}${merged}. Merge after that, or accept the risk.`;
  else if (role)
    message = `${c.name} ${c.type} is removed, but ${c.name} is still a ${role} other records point at: caches keep its old ${noun} until ${until}${merged} at the latest, then it is gone for them too.`;
  else
    message = `${c.name} ${c.type} is removed; caches may keep answering with it until ${until}${merged}, the same answer the name gave until now.`;
  message += parent;
  const fix =
    c.kind === 'remove' && !role
      ? 'Nothing to do for the caches; make sure nothing still uses this name.'
      : c.kind === 'remove'
        ? `Keep ${c.name} ${c.type} until nothing points at it (move the ${role === 'nameserver' ? 'NS' : 'MX'} records first), then remove it.`
        : worst.from === 'history'
          ? `Wait until ${until} before merging, or accept the risk with the override label.`
          : `Lower the TTL of ${c.name} ${c.type} to ${threshold} s or less in a separate change, deploy it, wait ${durationInWords(worst.ttl)}, then make this change.`;
  const finding: DraftFinding = {
    introduced: true,
    zone: d.zone,
    name: c.name,
    type: c.type,
    severity,
    message,
    fix,
    location: changeLocation(c),
  };
  return { finding, severity, until: worst.until };
}

/** For apex NS and DS: the parent's TTL, which bounds how fast any rollback propagates. */
function parentHorizon(d: ZoneDiff, c: Change, live: LiveZone | undefined): string {
  const delegation = live?.delegation;
  if (!delegation || c.name !== d.name) return '';
  const ttl = c.type === 'NS' ? delegation.nsTtl : c.type === 'DS' ? delegation.dsTtl : undefined;
  if (ttl === undefined) return '';
  return ` The parent zone ${delegation.parent} serves the delegation ${c.type} with a TTL of ${ttl} s (${durationInWords(ttl)}): a rollback takes that long to reach every resolver.`;
}
