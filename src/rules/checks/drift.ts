/**
 * drift: live DNS differs from base (someone changed it outside git) for a record the next
 * push will overwrite or purge. The merge silently undoes that out-of-band change: often an
 * emergency fix or a verification record somebody still needs. `introduced` when this pull
 * request itself touches the record; otherwise any push would revert it (existing).
 *
 * What "the next push" does is the apply comparison (live → head), which leaves out what the
 * push does not touch (docs/push-scope.md): a record only appears here when the push really
 * deletes, re-creates or overwrites it.
 *
 * A zone new to the config that live DNS already serves is the same risk at zone size: the
 * first push makes the provider's copy what the config says, purging what the config lacks.
 */
import type { Change, ZoneDiff } from '../../diff/types.js';
import { pushWritesNothing } from '../../model/scope.js';
import { type FormatId, rrsetKey } from '../../model/zone.js';
import { describeChange, listValues } from '../describe.js';
import { liveZone } from '../live-facts.js';
import type { DraftFinding, Rule, RuleContext } from '../types.js';
import { indexZone } from '../zone-index.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const ADOPT_FIX: Record<FormatId, string> = {
  dnscontrol:
    'Bring what the zone holds now into the config before the first push (dnscontrol get-zones writes it as a D()), or mark what others manage with IGNORE()/NO_PURGE.',
  octodns:
    'Bring what the zone holds now into the zone file before the first sync (octodns-dump writes it), or mark what others manage with octodns: ignored: true or a filter.',
  terraform:
    'Terraform creates only the records it declares and leaves the rest alone, but creating a record that already exists fails (Route 53 without allow_overwrite, Cloudflare): import what the zone holds now (an import block or terraform import) before the first apply.',
  bind: 'Start the zone file from what the zone serves now (a zone transfer or the provider export), so loading it changes only what this pull request means to change.',
};

/** A zone this change adds to the config while live DNS already serves it. */
function adoptedZone(ctx: RuleContext, d: ZoneDiff): DraftFinding | undefined {
  const lz = liveZone(ctx, d.name);
  const head = d.after;
  if (d.before || !head || !lz || !lz.servers.some((s) => s.authoritative)) return undefined;
  if (pushWritesNothing(head)) return undefined;
  const changes = ctx.apply.get(d.zone) ?? [];
  const removed = changes.filter((c) => c.kind === 'remove');
  const modified = changes.filter((c) => c.kind === 'modify');
  const known = removed.length + modified.length;
  const names = (cs: readonly Change[]) =>
    listValues(
      cs.map((c) => `${c.name} ${c.type}`),
      3,
    );
  const effects = [
    ...(removed.length > 0
      ? [`deletes ${plural(removed.length, 'live RRset')} (${names(removed)})`]
      : []),
    ...(modified.length > 0
      ? [`overwrites ${plural(modified.length, 'live RRset')} (${names(modified)})`]
      : []),
  ];
  const asked = lz.rrsets.length + lz.absent.length;
  const rest = head.noPurge
    ? 'NO_PURGE keeps the live records the config does not name.'
    : `It also deletes every live record whose name and type the config does not list: live DNS was asked only about the ${plural(asked, 'name and type', 'names and types')} the config names, so those are not counted here.`;
  if (known === 0 && head.noPurge) return undefined;
  return {
    introduced: true,
    zone: d.zone,
    name: d.name,
    key: 'adopted-zone',
    message: `${d.name} is new in the ${d.format} config but live DNS already serves it: the first push makes the zone what the config says${effects.length > 0 ? ` and ${effects.join(' and ')}` : ''}. ${rest}`,
    fix: ADOPT_FIX[d.format],
    ...(head.location ? { location: head.location } : {}),
  };
}

function what(c: Change): string {
  if (c.kind === 'add') return `exists live but not in git (${describeChange(c)})`;
  if (c.kind === 'remove') return `is in git but missing live (${describeChange(c)})`;
  return `differs live from git (git → live: ${describeChange(c)})`;
}

export const drift: Rule = {
  id: 'drift',
  defaultSeverity: 'medium',
  title: 'Live DNS differs from git for records this change touches or would purge',
  why: 'A record changed outside git (a console edit, an emergency fix, a verification token) is overwritten or deleted by the next push; nobody reviewing the diff sees it.',
  fix: 'Bring the live value into the repository in this pull request (or mark the record unmanaged/IGNORE), or confirm that reverting it is intended.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      const adopted = adoptedZone(ctx, d);
      if (adopted) out.push(adopted);
      const drifted = ctx.drift.get(d.zone) ?? [];
      if (drifted.length === 0) continue;
      const applied = new Set((ctx.apply.get(d.zone) ?? []).map(rrsetKey));
      const touched = new Set(d.changes.map(rrsetKey));
      for (const c of drifted) {
        const k = rrsetKey(c);
        if (!applied.has(k)) continue; // head matches live: the push changes nothing here
        const introduced = touched.has(k);
        const loc =
          (d.after && indexZone(d.after).rrset(c.name, c.type))?.location ?? c.before?.location;
        out.push({
          introduced,
          zone: d.zone,
          name: c.name,
          type: c.type,
          message: `${c.name} ${c.type} ${what(c)}; the next push ${c.kind === 'add' ? 'deletes' : c.kind === 'remove' ? 're-creates' : 'overwrites'} it.`,
          ...(loc ? { location: loc } : {}),
        });
      }
    }
    return out;
  },
};
