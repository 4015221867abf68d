/**
 * caa-change: a CA that could issue certificates for a name before can no longer do so.
 * CAA (RFC 8659) is looked up from the name towards the root; the first CAA RRset found
 * rules. `issuewild`, when present, replaces `issue` for wildcard certificates; an unknown
 * tag marked critical forbids issuance by anyone. The risk is the next renewal: the CA
 * that holds today's certificate refuses it, and the site's certificate expires.
 */

import { parentName } from '../../model/name.js';
import { decodeRdata } from '../../model/rdata/registry.js';
import type { RRset, ZoneSet } from '../../model/zone.js';
import type { DraftFinding, Rule } from '../types.js';
import { indexZone } from '../zone-index.js';

type Allowed = 'any' | ReadonlySet<string>;

const KNOWN_TAGS = new Set([
  'issue',
  'issuewild',
  'iodef',
  'contactemail',
  'contactphone',
  'issuemail',
  'issuevmc',
]);

/** Every CAA RRset of the zone set, by owner name. */
function caaIndex(set: ZoneSet): Map<string, RRset> {
  const out = new Map<string, RRset>();
  for (const z of set.zones) for (const r of indexZone(z).ofType('CAA')) out.set(r.name, r);
  return out;
}

/** The CAs allowed to issue for `name` (wildcard certificates when `wildcard`), per RFC 8659 §3–4. */
export function allowedIssuers(
  name: string,
  index: ReadonlyMap<string, RRset>,
  wildcard: boolean,
): Allowed {
  let at = name;
  for (;;) {
    const rrset = index.get(at);
    if (rrset && rrset.values.length > 0) return fromRRset(rrset, wildcard);
    if (at === '.') return 'any';
    at = parentName(at);
  }
}

function fromRRset(rrset: RRset, wildcard: boolean): Allowed {
  const entries: { tag: string; value: string }[] = [];
  for (const v of rrset.values) {
    try {
      const rd = decodeRdata('CAA', v) as { flags: number; tag: string; value: string };
      const tag = rd.tag.toLowerCase();
      if (rd.flags & 128 && !KNOWN_TAGS.has(tag)) return new Set(); // critical and unknown: nobody
      entries.push({ tag, value: rd.value });
    } catch {
      // Unreadable CAA data: a CA would treat it as absent.
    }
  }
  const hasWild = entries.some((e) => e.tag === 'issuewild');
  const tag = wildcard && hasWild ? 'issuewild' : 'issue';
  const relevant = entries.filter((e) => e.tag === tag);
  // Without an issue property (and no issuewild for wildcards) nothing is restricted (§4.2).
  if (tag === 'issue' && relevant.length === 0) return 'any';
  const out = new Set<string>();
  for (const e of relevant) {
    const issuer = e.value.split(';')[0]!.trim().toLowerCase().replace(/\.$/, '');
    if (issuer) out.add(issuer);
  }
  return out;
}

function describe(a: Allowed): string {
  if (a === 'any') return 'any CA';
  return a.size === 0 ? 'no CA' : [...a].sort().join(', ');
}

/** CAs allowed before and not after; `any` before means every CA not listed after. */
function lost(before: Allowed, after: Allowed): string[] | undefined {
  if (after === 'any') return undefined;
  if (before === 'any') return ['any CA not listed'];
  const gone = [...before].filter((ca) => !after.has(ca));
  return gone.length > 0 ? gone.sort() : undefined;
}

export const caaChange: Rule = {
  id: 'caa-change',
  defaultSeverity: 'medium',
  title: 'CAA change stops a CA that could issue before',
  why: 'CAA tells CAs who may issue certificates for a name. Dropping the CA that issues today’s certificate makes its next renewal fail, and the site’s certificate then expires.',
  fix: 'Check which CA issues the current certificates for these names (certificate transparency logs) and keep it in the CAA issue (and issuewild) list, or move the certificates first.',
  check(ctx) {
    const before = caaIndex(ctx.base);
    const after = caaIndex(ctx.head);
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (d.status === 'removed') continue;
      for (const c of d.changes) {
        if (c.type !== 'CAA' || c.ttlOnly) continue;
        const parts: string[] = [];
        for (const wildcard of [false, true]) {
          const was = allowedIssuers(c.name, before, wildcard);
          const now = allowedIssuers(c.name, after, wildcard);
          const gone = lost(was, now);
          if (!gone) continue;
          const what = wildcard ? `wildcard certificates under ${c.name}` : c.name;
          parts.push(
            `${what}: ${describe(was)} before, ${describe(now)} now (${gone.join(', ')} can no longer issue)`,
          );
        }
        if (parts.length === 0) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: 'CAA',
          message: `CAA narrows who may issue certificates for ${parts.join('; ')}.`,
          location: c.after?.location ?? c.before?.location,
        });
      }
    }
    return out;
  },
};
