/**
 * The override label. It counts only when the person who last applied it can write to the
 * repository (anyone who can triage can add labels). What it accepts is fixed when it is
 * applied: the blocking findings the comment showed then. A later push that brings new
 * blocking findings blocks again; removing and re-applying the label accepts afresh.
 */
import type { Report } from '../report/types.js';
import { blockingFindings } from '../report/verdict.js';
import type { GitHubApi, LabelEvent, Permission, PullRequestId } from './client.js';
import type { AcceptedOverride, CommentState } from './marker.js';

export type OverrideDecision =
  | { readonly kind: 'none' }
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'accepted'; readonly accepted: AcceptedOverride };

const WRITERS: ReadonlySet<Permission> = new Set(['admin', 'maintain', 'write']);

/** Fingerprints of what blocks without an override (sorted, unique). */
export function blockingFingerprints(report: Report): string[] {
  return [
    ...new Set(blockingFindings(report.findings, report.failOn).map((f) => f.fingerprint)),
  ].sort();
}

/** The most recent `labeled` event for `label` (events arrive oldest first; ids grow). */
export function lastLabeled(events: readonly LabelEvent[], label: string): LabelEvent | undefined {
  let last: LabelEvent | undefined;
  for (const e of events)
    if (e.kind === 'labeled' && e.label === label && (!last || e.id > last.id)) last = e;
  return last;
}

/**
 * Pure: given who applied the label and with what permission, what does it accept? The same
 * label event keeps what it accepted before; a new one accepts what the comment showed
 * (`previous.blocking`). With no comment to remember it by (comments off, or a read-only
 * token), the label accepts what blocks now only in the run its application triggered
 * (`labeledNow`): a later push is judged without it, so new risks cannot slip in.
 */
export function decideOverride(
  label: string,
  event: LabelEvent | undefined,
  permission: Permission | undefined,
  previous: CommentState | undefined,
  blockingNow: readonly string[],
  labeledNow = false,
): OverrideDecision {
  if (!event || event.actor === undefined)
    return { kind: 'ignored', reason: `Label '${label}' is set, but who applied it is unknown.` };
  if (!permission || !WRITERS.has(permission))
    return {
      kind: 'ignored',
      reason: `Label '${label}' was applied by @${event.actor}, who has ${permission ?? 'no'} access; only users with write access can accept risks.`,
    };
  if (
    previous?.accepted &&
    previous.accepted.event === event.id &&
    previous.accepted.label === label
  )
    return { kind: 'accepted', accepted: previous.accepted };
  if (!previous && !labeledNow)
    return {
      kind: 'ignored',
      reason: `Label '${label}' was applied before this commit, and no ZoneGuard comment records what it accepted; remove and re-apply it to accept the current findings.`,
    };
  const fingerprints = [...new Set(previous ? previous.blocking : blockingNow)].sort();
  return { kind: 'accepted', accepted: { label, by: event.actor, event: event.id, fingerprints } };
}

export async function resolveOverride(
  api: GitHubApi,
  pr: PullRequestId,
  label: string,
  labelsNow: readonly string[],
  previous: CommentState | undefined,
  blockingNow: readonly string[],
  labeledNow: boolean,
): Promise<OverrideDecision> {
  if (!labelsNow.includes(label)) return { kind: 'none' };
  const event = lastLabeled(await api.listLabelEvents(pr), label);
  const permission = event?.actor ? await api.permissionOf(pr, event.actor) : undefined;
  return decideOverride(label, event, permission, previous, blockingNow, labeledNow);
}
