/**
 * ns-change: the apex NS set changes, in records, NAMESERVER() or the providers that serve it.
 * DNSControl's NAMESERVER() names are the apex NS RRset it pushes (docs/push-scope.md), so their
 * change is the record change, said once; the `nameservers` comparison remains for zones whose
 * nameservers are not records.
 */
import type { Zone } from '../../model/zone.js';
import { changeLocation, describeChange, listValues, sentence } from '../describe.js';
import type { DraftFinding, Rule } from '../types.js';

function servingProviders(z: Zone): string {
  return z.providers
    .filter((p) => p.nsCount !== 0)
    .map((p) => `${p.name}${p.type ? ` (${p.type})` : ''}`)
    .sort()
    .join(', ');
}

export const nsChange: Rule = {
  id: 'ns-change',
  defaultSeverity: 'critical',
  title: 'The apex NS set changes',
  why: 'The apex NS set decides which servers answer for the whole zone. A wrong set, or one the parent does not match, takes the domain off the internet, and resolvers cache NS for up to two days, so a mistake outlives its revert.',
  fix: 'Check every new nameserver answers authoritatively for the zone with the full data before merging, change the registrar delegation in step, and lower the NS TTL a day ahead.',
  absorbs: ['ttl-not-lowered'], // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after) continue;
      const base = { zone: d.zone, name: d.name, type: 'NS' as const, introduced: true };
      let records = false;
      for (const c of d.changes) {
        if (c.type === 'NS' && c.name === d.name && !c.ttlOnly) {
          records = true;
          const what = d.format === 'dnscontrol' ? 'NAMESERVER() set' : 'NS set';
          out.push({
            ...base,
            message: `The apex ${what} of ${d.name} changes (${describeChange(c)}).`,
            location: changeLocation(c) ?? d.after.location,
            key: 'records',
          });
        }
      }
      const before = [...(d.before.nameservers ?? [])].sort();
      const after = [...(d.after.nameservers ?? [])].sort();
      if (!records && before.join(',') !== after.join(',')) {
        out.push({
          ...base,
          message: sentence(
            `The configured nameservers of ${d.name} change: ${listValues(before)} → ${listValues(after)}`,
          ),
          location: d.after.location,
          key: 'nameservers',
        });
      }
      const pb = servingProviders(d.before);
      const pa = servingProviders(d.after);
      if (pb !== pa && (pb || pa)) {
        out.push({
          ...base,
          message: `The DNS providers whose nameservers serve ${d.name} change: ${pb || '(none)'} → ${pa || '(none)'}, so the delegation changes.`,
          location: d.after.location,
          key: 'providers',
        });
      }
    }
    return out;
  },
};
