/**
 * migration-not-ready: head names nameservers the live delegation does not (a move to a new
 * provider, or a provider added), and one of them is not ready to answer for the zone today:
 * it does not answer authoritatively, lacks RRsets the zone holds, serves other data, or, in a
 * signed zone whose parent publishes DS, serves a DNSKEY set no published DS matches (resolvers
 * that validate reject every answer it gives: the classic break of a careless migration).
 *
 * The live phase asks each new nameserver, by every address, for every RRset head holds
 * (src/live/migration.ts, Zonemaster's "undelegated test"). What this change itself adds or
 * modifies lands with the push, so for those RRsets base's state is accepted too.
 */
import type { CandidateServer, LiveZone } from '../../live/types.js';
import { matchDs, parseDnskey, parseDs } from '../../model/dnssec.js';
import { listValues, sentence } from '../describe.js';
import { findRRset, liveZone } from '../live-facts.js';
import type { DraftFinding, Rule } from '../types.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Why the candidate cannot take over the zone; empty when it is ready. */
function problems(c: CandidateServer, lz: LiveZone, apex: string): string[] {
  if (!c.authoritative)
    return [`does not answer authoritatively for ${apex} (${c.error ?? 'no authoritative SOA'})`];
  const out: string[] = [];
  const missing = c.missingCount ?? c.missing.length;
  const differing = c.differingCount ?? c.differing.length;
  if (missing > 0 || differing > 0) {
    const parts = [
      missing > 0
        ? `missing: ${listValues(c.missing, 3)}${c.missingCount ? ` (${missing} in all)` : ''}`
        : '',
      differing > 0
        ? `different data: ${listValues(c.differing, 3)}${c.differingCount ? ` (${differing} in all)` : ''}`
        : '',
    ].filter(Boolean);
    out.push(
      `serves ${c.served} of ${plural(c.expected, 'RRset')} as head has them; ${parts.join('; ')}`,
    );
  }
  const keyProblem = dnskeyProblem(c, lz, apex);
  if (keyProblem) out.push(keyProblem);
  return out;
}

/** A signed zone (DS at the parent) whose new server serves keys no DS matches. */
function dnskeyProblem(c: CandidateServer, lz: LiveZone, apex: string): string | undefined {
  const ds = (lz.delegation?.ds ?? []).map(parseDs).filter((d) => d !== undefined);
  if (ds.length === 0) return undefined;
  const keys = (c.dnskey ?? []).map(parseDnskey).filter((k) => k !== undefined);
  if (keys.length === 0)
    return `serves no DNSKEY while ${lz.delegation!.parent} publishes DS for ${apex}: validating resolvers would reject its answers`;
  const matches = ds.map((d) => matchDs(apex, d, keys).kind);
  if (matches.includes('match') || matches.every((m) => m === 'unknown-digest')) return undefined;
  return `serves a DNSKEY set that none of the ${plural(ds.length, 'DS record')} at ${lz.delegation!.parent} matches: validating resolvers would reject its answers`;
}

export const migrationNotReady: Rule = {
  id: 'migration-not-ready',
  defaultSeverity: 'critical',
  title: 'A nameserver this change delegates to is not ready to serve the zone',
  why: 'Once the delegation names a new server, resolvers ask it: records it lacks vanish for them, records it holds differently change, and a server that does not answer for the zone, or whose keys no DS at the parent matches, makes the zone fail for everyone who reaches it (for validating resolvers, every answer).',
  fix: 'Load the complete zone into the new provider (and, for a signed zone, publish a DS for its key at the parent or go insecure first), check its answers, and only then change the nameservers; or keep the old nameservers in this change until it is ready.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (!d.after) continue;
      const lz = liveZone(ctx, d.name);
      if (!lz?.candidates) continue;
      const byName = new Map<string, { addresses: string[]; problems: string[] }>();
      for (const c of lz.candidates) {
        const found = problems(c, lz, d.name);
        if (found.length === 0) continue;
        const e = byName.get(c.name) ?? { addresses: [], problems: [] };
        if (c.address) e.addresses.push(c.address);
        for (const p of found) if (!e.problems.includes(p)) e.problems.push(p);
        byName.set(c.name, e);
      }
      const ns = findRRset(d.after, d.name, 'NS');
      const location = ns?.location ?? d.after.location;
      for (const [name, e] of byName)
        out.push({
          introduced: true,
          zone: d.zone,
          name: d.name,
          type: 'NS',
          key: name,
          message: sentence(
            `${name}${e.addresses.length > 0 ? ` (${e.addresses.join(', ')})` : ''}, a nameserver this change delegates ${d.name} to, ${e.problems.join('; and ')}`,
          ),
          ...(location ? { location } : {}),
        });
    }
    return out;
  },
};
