/**
 * registrar-change: the registrar a zone is managed through changes. The registrar holds the
 * delegation (NS and DS at the parent); a new one may push its own default nameservers, drop the
 * DS, or need a transfer that the config alone cannot do.
 */
import { specialUseZone } from '../../model/special-use.js';
import type { ProviderRef } from '../../model/zone.js';
import type { DraftFinding, Rule } from '../types.js';

function describe(p: ProviderRef | undefined): string {
  if (!p) return '(none)';
  return p.type ? `${p.name} (${p.type})` : p.name;
}

export const registrarChange: Rule = {
  id: 'registrar-change',
  defaultSeverity: 'high',
  title: 'The registrar of a zone changes',
  why: "The registrar publishes the delegation (NS and DS) in the parent zone. Switching it in the config does not transfer the domain, and the new registrar's API may overwrite the nameservers or drop the DS, which takes the zone offline or breaks DNSSEC validation.",
  fix: 'Transfer the domain first, check the NS and DS the new registrar will publish match what the zone serves, and only then switch the config.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      // No registrar holds a special-use zone (model/special-use.ts): its name means nothing.
      if (!d.before || !d.after || specialUseZone(d.name)) continue;
      const before = describe(d.before.registrar);
      const after = describe(d.after.registrar);
      if (before === after) continue;
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        message: `The registrar of ${d.name} changes: ${before} → ${after}.`,
        ...(d.after.location ? { location: d.after.location } : {}),
      });
    }
    return out;
  },
};
