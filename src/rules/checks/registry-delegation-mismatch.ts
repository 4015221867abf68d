/**
 * registry-delegation-mismatch: after the merge, the delegation the registry holds (RDAP
 * `nameservers` and `secureDNS.dsData`, RFC 9083 §5.3) would no longer match the zone: its apex
 * NS set, or its DNSKEYs. The registry publishes what the registrar account set, so the change
 * needs a registrar step; the finding says which values to set (the rollback's registrar part
 * lists the ones to put back). Only a mismatch the change causes is reported: the zone matched
 * the registry at base and would not at head. A mismatch that live DNS already shows is
 * ns-mismatch's or ds-mismatch's, and those findings are folded into this one when both fire.
 */

import { registrationOf } from '../../live/registry-types.js';
import {
  computeDs,
  DNSKEY_FLAG_SEP,
  type DnskeyData,
  formatDs,
  isUsableKey,
  matchDs,
  parseDnskey,
} from '../../model/dnssec.js';
import { listValues } from '../describe.js';
import {
  configuredNs,
  delegatedZonePairs,
  findRRset,
  liveZone,
  sameSet,
  servedDnskeys,
  servedNs,
} from '../live-facts.js';
import type { DraftFinding, Rule } from '../types.js';

type KeyVerdict = 'match' | 'no-match' | 'unknown';

/** Whether any of the registry's DS points at one of `keys` (DNSKEY presentation values). */
function judgeKeys(
  owner: string,
  ds: readonly { keyTag: number; algorithm: number; digestType: number; digest: string }[],
  keyValues: readonly string[],
): KeyVerdict {
  const keys = keyValues
    .map(parseDnskey)
    .filter((k): k is DnskeyData => k !== undefined && isUsableKey(k));
  if (keys.length === 0) return 'no-match';
  let checkable = false;
  for (const d of ds) {
    const m = matchDs(owner, d, keys);
    if (m.kind === 'match') return 'match';
    if (m.kind === 'no-match') checkable = true;
  }
  return checkable ? 'no-match' : 'unknown';
}

/** DS values (SHA-256) for the key-signing keys of `keyValues`: what the registrar should hold. */
function dsToSet(owner: string, keyValues: readonly string[]): string[] {
  const keys = keyValues
    .map(parseDnskey)
    .filter((k): k is DnskeyData => k !== undefined && isUsableKey(k));
  const ksks = keys.filter((k) => (k.flags & DNSKEY_FLAG_SEP) !== 0);
  return (ksks.length ? ksks : keys)
    .map((k) => computeDs(owner, k, 2))
    .filter((d) => d !== undefined)
    .map((d) => formatDs(d!));
}

export const registryDelegationMismatch: Rule = {
  id: 'registry-delegation-mismatch',
  defaultSeverity: 'high',
  title: "After the merge the registry's delegation would not match the zone",
  why: "The registry publishes the nameservers and DS that the registrar account set. When the zone's apex NS or DNSKEYs change and the registrar is not updated in step, resolvers follow the old delegation (servers that may stop serving the zone) or validate against a DS that matches no key, and the domain fails for their users.",
  fix: 'Make the registrar step part of the change: set the values below at the registrar in the right order (new servers serving and new keys published first), or keep the zone matching what the registry holds.',
  absorbs: ['ns-mismatch', 'ds-mismatch'], // the same delegation seen from live DNS
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      if (!head) continue; // zone-removed says it
      const fact = registrationOf(ctx.registry, apex);
      if (!fact) continue;
      const r = fact.registration;
      const source = fact.url ? new URL(fact.url).host : 'the registry';
      const lz = liveZone(ctx, apex);
      const loc = (type: string) =>
        head.rrsets.find((x) => x.name === apex && x.type === type)?.location ?? head.location;

      // Nameservers: the registry's set against the apex NS before and after.
      const served = lz ? servedNs(lz) : undefined;
      const nsBefore = configuredNs(base) ?? served;
      const nsAfter = configuredNs(head) ?? served;
      if (
        r.nameservers.length > 0 &&
        nsBefore &&
        nsAfter &&
        sameSet(r.nameservers, nsBefore) &&
        !sameSet(r.nameservers, nsAfter)
      ) {
        const l = loc('NS');
        out.push({
          introduced: true,
          zone: key,
          name: apex,
          type: 'NS',
          message: `The registry (${source}) delegates ${apex} to ${listValues(r.nameservers)}; after this change the zone's apex NS would be ${listValues(nsAfter)}. Registrar step: set the nameservers to ${nsAfter.join(', ')} once they all serve the zone.`,
          ...(l ? { location: l } : {}),
        });
      }

      // DS: the registry's DS against the zone's DNSKEYs before and after.
      const ds = r.secureDNS?.dsData ?? [];
      const keysAfter = findRRset(head, apex, 'DNSKEY')?.values;
      const keysBefore =
        findRRset(base, apex, 'DNSKEY')?.values ?? (lz ? servedDnskeys(lz) : undefined);
      if (ds.length > 0 && keysAfter && keysBefore) {
        const before = judgeKeys(apex, ds, keysBefore);
        const after = judgeKeys(apex, ds, keysAfter);
        if (before === 'match' && after === 'no-match') {
          const toSet = dsToSet(apex, keysAfter);
          const l = loc('DNSKEY');
          out.push({
            introduced: true,
            zone: key,
            name: apex,
            type: 'DS',
            message: `The registry (${source}) holds DS ${listValues(ds.map(formatDs))} for ${apex}; after this change no DNSKEY of the zone matches it. Registrar step: ${toSet.length ? `set DS ${toSet.join('; ')}` : 'remove the DS'} once the new keys are published and their TTL has passed.`,
            ...(l ? { location: l } : {}),
          });
        }
      }
    }
    return out;
  },
};
