/**
 * spf-invalid: an SPF policy receivers will reject as a permerror (RFC 7208): several SPF
 * records at one name, a syntax error, more than ten DNS-querying terms counted through the
 * includes the repository defines, an include loop, or an include of a name in one of our
 * zones that has no SPF record. A permerror usually means mail from the domain fails DMARC.
 */
import { memoized } from '../../model/memoized.js';
import type { ZoneSet } from '../../model/zone.js';
import { sentence } from '../describe.js';
import { lookupCounter, memoParseSpf, plainDomain, SPF_LOOKUP_LIMIT, spfIndex } from '../spf.js';
import { compareStates } from '../state.js';
import type { DraftFinding, Rule } from '../types.js';
import { indexZone } from '../zone-index.js';

type StateFinding = Omit<DraftFinding, 'introduced'>;

export const spfInvalid: Rule = {
  id: 'spf-invalid',
  defaultSeverity: 'high',
  title: 'SPF record that receivers will reject',
  why: 'A permerror in SPF (two records, a typo, more than ten lookups) makes receivers treat every message from the domain as unauthenticated, so DMARC fails and mail lands in spam or bounces.',
  fix: 'Keep exactly one "v=spf1" TXT record per name, fix the term named, and stay within ten lookups: replace include chains by ip4:/ip6: ranges or drop providers no longer used.',
  check(ctx) {
    return compareStates(ctx, spfProblems);
  },
};

function spfProblems(set: ZoneSet): StateFinding[] {
  const index = spfIndex(set);
  const parse = memoParseSpf();
  const countLookups = lookupCounter(index, parse);
  const zonesByName = new Map(set.zones.map((z) => [z.name, z]));
  // Where each included name lives: most records include the same few.
  const ownerOf = memoized((name: string) => ownerZone(name, zonesByName));
  const out: StateFinding[] = [];
  for (const [name, { texts, rrset, zone }] of index) {
    const at = { zone, name, type: rrset.type, location: rrset.location };
    if (texts.length > 1) {
      out.push({
        ...at,
        key: 'multiple',
        message: `${name} has ${texts.length} SPF records; receivers must fail them all (permerror, RFC 7208 §4.5). Merge them into one.`,
      });
      continue;
    }
    const record = parse(texts[0]!);
    if (record.errors.length > 0) {
      out.push({
        ...at,
        key: 'syntax',
        message: `SPF record of ${name} is invalid: ${record.errors.join('; ')} (RFC 7208 §12).`,
      });
      continue;
    }
    const lookups = countLookups(name);
    if (lookups.loop) {
      out.push({
        ...at,
        key: 'loop',
        message: sentence(`SPF record of ${name} includes itself: ${lookups.loop.join(' → ')}`),
      });
      continue;
    }
    if (lookups.count > SPF_LOOKUP_LIMIT) {
      const bound = lookups.external.length > 0 ? 'at least ' : '';
      out.push({
        ...at,
        key: 'lookups',
        message: `SPF record of ${name} needs ${bound}${lookups.count} DNS lookups (counting the includes this repository defines); more than ${SPF_LOOKUP_LIMIT} is a permerror (RFC 7208 §4.6.4).`,
      });
    }
    for (const t of record.terms) {
      const follows = t.name === 'include' || t.name === 'redirect';
      const target = follows && t.value ? plainDomain(t.value) : undefined;
      if (!target || index.has(target)) continue;
      const owner = ownerOf(target);
      if (!owner || owner.noPurge || owner.unmanaged.length > 0) continue;
      const hasTxt = indexZone(owner).rrset(target, 'TXT') !== undefined;
      out.push({
        ...at,
        key: `missing ${target}`,
        message: `SPF record of ${name} uses "${t.text}", but ${target} (in zone ${owner.name}) has no SPF record${hasTxt ? ' among its TXT records' : ''}: receivers return permerror (RFC 7208 §5.2).`,
      });
    }
  }
  return out;
}

function ownerZone<Z extends { name: string }>(
  name: string,
  zones: ReadonlyMap<string, Z>,
): Z | undefined {
  let at = name;
  for (;;) {
    const z = zones.get(at);
    if (z) return z;
    const dot = at.indexOf('.');
    if (dot < 0 || dot === at.length - 1) return undefined;
    at = at.slice(dot + 1);
  }
}
