/**
 * mass-change: a large share of a zone changes in one push. The thresholds are octoDNS's:
 * updates or deletes strictly over a share (default 30%) of the zone's existing RRsets, checked
 * only when it has at least 10; the zone's own thresholds (octoDNS config) win over the policy's.
 *
 * What counts as risky is what changes the answers: deleted RRsets and changed values. A
 * TTL-only update serves the same data, so it does not count; octoDNS counts it all the same,
 * so in an octoDNS repository a plan over its threshold is still reported (low), because the
 * push will stop without --force. One finding per zone; a renumbering (every changed value is
 * the same old value replaced by the same new one across many names) is one decision and says
 * so, at medium: the question is whether the new value serves every one of those names.
 */
import type { Change, ZoneDiff } from '../../diff/types.js';
import type { Severity } from '../../model/severity.js';
import type { FormatId } from '../../model/zone.js';
import { listValues, percent } from '../describe.js';
import type { DraftFinding, Rule } from '../types.js';

/** What the repository's own tool does with such a change (never another tool's behaviour). */
function toolSays(format: FormatId, octodnsRefuses: boolean): string {
  if (format === 'octodns')
    return octodnsRefuses
      ? 'octoDNS refuses such a plan without --force'
      : 'under octoDNS’s own thresholds, so octoDNS applies it without --force';
  if (format === 'dnscontrol') return 'dnscontrol push applies all of it in one run';
  return 'the zone file is served as written once the server reloads it';
}

/** One old value replaced by one new value on every changed RRset, when that is the case. */
function renumbering(updates: readonly Change[]): { from: string; to: string } | undefined {
  let pair: { from: string; to: string } | undefined;
  for (const c of updates) {
    const removed = c.before!.values.filter((v) => !c.after!.values.includes(v));
    const added = c.after!.values.filter((v) => !c.before!.values.includes(v));
    if (removed.length !== 1 || added.length !== 1) return undefined;
    if (pair && (pair.from !== removed[0] || pair.to !== added[0])) return undefined;
    pair = { from: removed[0]!, to: added[0]! };
  }
  return updates.length >= 2 ? pair : undefined;
}

function judgeZone(d: ZoneDiff, t: MassThresholds): DraftFinding | undefined {
  const existing = d.before!.rrsets.length;
  if (existing < t.minExisting) return undefined;
  const modified = d.changes.filter((c) => c.kind === 'modify');
  const updates = modified.filter((c) => !c.ttlOnly);
  const deletes = d.changes.filter((c) => c.kind === 'remove').length;
  const updateShare = updates.length / existing;
  const deleteShare = deletes / existing;
  // octoDNS's own count: every update, TTL-only ones included.
  const octodnsRefuses =
    modified.length / existing > t.updatePercent || deleteShare > t.deletePercent;
  const manyUpdates = updateShare > t.updatePercent;
  const manyDeletes = deleteShare > t.deletePercent;
  const parts: string[] = [];
  if (manyDeletes)
    parts.push(
      `${deletes} of ${existing} RRsets deleted (${percent(deleteShare)} > ${percent(t.deletePercent)})`,
    );
  if (manyUpdates)
    parts.push(
      `${updates.length} of ${existing} RRsets get new values (${percent(updateShare)} > ${percent(t.updatePercent)})`,
    );
  const shared = manyUpdates ? renumbering(updates) : undefined;
  let severity: Severity;
  let message: string;
  if (parts.length > 0) {
    severity = manyDeletes || !shared ? 'high' : 'medium';
    const one = shared
      ? `; every one of the ${updates.length} changes replaces one shared value, ${shared.from} → ${shared.to}`
      : '';
    message = `A large share of ${d.name} changes at once: ${parts.join(' and ')}${one}; ${toolSays(d.format, octodnsRefuses)}.`;
  } else if (d.format === 'octodns' && octodnsRefuses) {
    severity = 'low';
    message = `${modified.length} of ${existing} RRsets of ${d.name} are updated, ${modified.length - updates.length} of them only in their TTL: the answers stay the same, but octoDNS counts every update and refuses the plan without --force.`;
  } else return undefined;
  return {
    introduced: true,
    zone: d.zone,
    name: d.name,
    key: 'zone',
    severity,
    message,
    ...(shared
      ? {
          fix: `Check that ${shared.to} serves every one of the ${updates.length} names (${listValues(
            updates.map((c) => c.name),
            3,
          )}) before merging; split the change if some are not ready.`,
        }
      : {}),
    ...(d.after?.location ? { location: d.after.location } : {}),
  };
}

type MassThresholds = { updatePercent: number; deletePercent: number; minExisting: number };

export const massChange: Rule = {
  id: 'mass-change',
  defaultSeverity: 'high',
  title: 'A large share of a zone changes at once',
  why: 'Changing or deleting a large share of a zone in one push is how a bad generator, a wrong file or a mis-merge wipes a domain; octoDNS refuses such plans without --force for the same reason.',
  fix: 'Check the change is intended; split it into smaller pull requests, or accept the risk with the override label.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after) continue;
      const finding = judgeZone(d, { ...ctx.policy.massChange, ...d.after.thresholds });
      if (finding) out.push(finding);
    }
    return out;
  },
};
