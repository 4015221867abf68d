/**
 * A migration checked before the switch (Zonemaster's "undelegated test"): when head names
 * nameservers the live delegation does not, each of them is asked, by every address, for the
 * SOA (with authority), the DNSKEY set and every RRset head holds, and compared with head.
 * What a new provider lacks on the day the delegation moves is what the world loses.
 */
import type { RecordType } from '../model/record-type.js';
import { type RRset, rrsetKey, sameValues } from '../model/zone.js';
import { allAddressesOf, type Lookup } from './discover.js';
import { askServer, probeServer } from './servers.js';
import type { CandidateServer, LiveRequest } from './types.js';

/** How many missing or differing RRsets a candidate lists by name (the count is always there). */
const LISTED = 20;

/** Head's nameservers that `liveNs` lacks; none when head names no nameserver. */
export function newNameservers(request: LiveRequest, liveNs: readonly string[]) {
  const live = new Set(liveNs.map((n) => n.toLowerCase()));
  return (request.head?.nameservers ?? []).filter((n) => !live.has(n.name.toLowerCase()));
}

export async function checkCandidates(
  lookup: Lookup,
  request: LiveRequest,
  liveNs: readonly string[],
  options: { readonly stream: boolean },
): Promise<CandidateServer[]> {
  const fresh = newNameservers(request, liveNs);
  if (fresh.length === 0) return [];
  const expected = request.head?.rrsets ?? [];
  // A changed RRset may still be as base has it (or absent, when the change adds it).
  const before = new Map<string, RRset | undefined>();
  for (const c of request.head?.changed ?? [])
    if (typeof c === 'string') before.set(c, undefined);
    else before.set(rrsetKey(c), c);
  const wanted = expected.map((r) => ({ name: r.name, type: r.type as RecordType }));
  const perName = await Promise.all(
    fresh.map(async (ns) => {
      const addresses =
        ns.addresses.length > 0 ? [...ns.addresses] : await allAddressesOf(lookup, ns.name);
      if (addresses.length === 0)
        return [
          {
            name: ns.name,
            authoritative: false,
            error: 'the name has no address (A or AAAA) yet',
            expected: expected.length,
            served: 0,
            missing: [],
            differing: [],
            unanswered: expected.length,
          } satisfies CandidateServer,
        ];
      return Promise.all(
        addresses.map((address) =>
          checkOne(lookup, request.zone, { name: ns.name, address, port: 53 }, expected, wanted, {
            ...options,
            before,
          }),
        ),
      );
    }),
  );
  return perName.flat();
}

async function checkOne(
  lookup: Lookup,
  zone: string,
  server: { name: string; address: string; port: number },
  expected: readonly RRset[],
  wanted: readonly { name: string; type: RecordType }[],
  options: { readonly stream: boolean; readonly before: ReadonlyMap<string, RRset | undefined> },
): Promise<CandidateServer> {
  const health = await probeServer(lookup.client, zone, server);
  const base = {
    name: server.name,
    address: server.address,
    authoritative: health.authoritative,
    ...(health.soaSerial !== undefined ? { soaSerial: health.soaSerial } : {}),
    ...(health.dnskey ? { dnskey: health.dnskey } : {}),
    expected: expected.length,
  };
  if (!health.authoritative)
    return {
      ...base,
      error: health.error ?? 'not authoritative',
      served: 0,
      missing: [],
      differing: [],
      unanswered: expected.length,
    };
  const facts = await askServer(lookup.client, server, zone, wanted, {
    width: lookup.workers,
    stream: options.stream,
  });
  const missing: string[] = [];
  const differing: string[] = [];
  let served = 0;
  let unanswered = 0;
  let missingCount = 0;
  let differingCount = 0;
  facts.forEach((fact, i) => {
    const want = expected[i]!;
    const label = `${want.name} ${want.type}`;
    const changed = options.before.has(rrsetKey(want));
    const base = options.before.get(rrsetKey(want));
    if (!fact || fact.kind === 'failed') unanswered++;
    else if (fact.kind === 'delegated')
      served++; // below a cut: the child zone answers for it
    else if (fact.kind === 'absent') {
      if (changed && !base)
        served++; // this change adds it
      else if (missingCount++ < LISTED) missing.push(label);
    } else if (
      sameValues(fact.rrset.values, want.values) ||
      (base && sameValues(fact.rrset.values, base.values))
    )
      served++;
    else if (differingCount++ < LISTED) differing.push(label);
  });
  return {
    ...base,
    served,
    missing,
    differing,
    unanswered,
    ...(missingCount > LISTED ? { missingCount } : {}),
    ...(differingCount > LISTED ? { differingCount } : {}),
  };
}
