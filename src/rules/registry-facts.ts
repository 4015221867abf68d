/**
 * What the registry rules read from the RDAP snapshot (live/registry-types.ts), in one place.
 * Registry facts describe the world, not the change: a lock that is missing or a renewal that
 * is due was so before this pull request, so the lock and expiry rules report them as existing
 * (shown, never blocking; docs/rules.md, Introduced versus existing).
 */
import type { RegistryFact } from '../live/registry-types.js';
import type { SourceLocation } from '../model/location.js';
import type { RuleContext } from './types.js';

export interface ReadRegistration {
  readonly fact: RegistryFact;
  readonly registration: NonNullable<RegistryFact['registration']>;
  /** The zone key a finding is filed under: the zone of the domain itself, else the first. */
  readonly zone: string;
  readonly location?: SourceLocation;
}

/** Every registration the registry returned, with the zone of the change it belongs to. */
export function registrations(ctx: Pick<RuleContext, 'registry' | 'diffs'>): ReadRegistration[] {
  const out: ReadRegistration[] = [];
  for (const fact of ctx.registry?.domains ?? []) {
    if (fact.outcome !== 'found' || !fact.registration) continue;
    const diffs = ctx.diffs.filter((d) => fact.zones.includes(d.name));
    const own = diffs.find((d) => d.name === fact.domain) ?? diffs[0];
    if (!own) continue;
    const zone = own.after ?? own.before;
    out.push({
      fact,
      registration: fact.registration,
      zone: own.zone,
      ...(zone?.location ? { location: zone.location } : {}),
    });
  }
  return out;
}

/** The RDAP server the fact came from, for messages. */
export function rdapSource(fact: RegistryFact): string {
  return fact.url ? new URL(fact.url).host : 'the registry';
}
