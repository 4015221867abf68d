/**
 * dnssec-bogus: live DNS serves signed data that does not validate. The DNSKEY set must be
 * signed by a key a DS at the parent references (RFC 4035 §5.2); SOA, NS and every RRset the
 * change touches by a key of the DNSKEY set (§5.3). Each server's answers are judged against
 * every DNSKEY set the zone's servers serve, since a resolver may cache one server's keys and
 * ask another: in a multi-signer zone (RFC 8901 §3) each signer's set must hold the others'
 * zone-signing keys, and the finding names the servers whose answers fail and the set they
 * fail against. Expired signatures are rrsig-expired's, a DS that matches no served key at all
 * ds-mismatch's. A fact of live DNS, so never `introduced`.
 */
import { keyTag, parseDnskey } from '../../model/dnssec.js';
import { listValues, sentence } from '../describe.js';
import { byRRset, type Judged, judgedZones, rrsetLocation } from '../dnssec-facts.js';
import type { DraftFinding, Rule } from '../types.js';

const tags = (list: readonly number[]) => (list.length > 0 ? list.join(', ') : 'none');

export const dnssecBogus: Rule = {
  id: 'dnssec-bogus',
  defaultSeverity: 'critical',
  title: 'Signed data that does not validate',
  why: "A validating resolver that cannot build a chain of valid signatures from the parent's DS to an answer treats the answer as bogus and returns SERVFAIL: for a broken DNSKEY set, every name of the zone; for one RRset, that RRset.",
  fix: "Sign the DNSKEY set with a key the parent's DS references (or update the DS), re-sign the failing RRsets, and in a multi-signer setup publish every provider's zone-signing keys in every provider's DNSKEY set (RFC 8901).",
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, apex, head, judged } of judgedZones(ctx)) {
      const at = (name: string, type: string) => rrsetLocation(head, name, type as never);

      // 1. DNSKEY sets not signed by a DS-referenced key, one finding per set.
      const dsTags = [...new Set(judged.keySets.flatMap((k) => k.dsKeys))];
      for (const set of judged.keySets) {
        const bad = judged.dnskey.filter((j) => j.keySet === set && j.verdict.kind === 'bogus');
        if (bad.length === 0) continue;
        const signedBy = [...new Set(bad.flatMap((j) => j.sigTags))];
        const how =
          set.dsKeys.length === 0
            ? `holds no key a DS at the parent references (DS key tags ${tags(dsTags)})`
            : `is signed only by keys ${tags(signedBy)}, and no valid signature by a key a DS references (${tags(set.dsKeys)})`;
        const location = at(apex, 'DNSKEY');
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: 'DNSKEY',
          key: set.servers.join(' '),
          message: sentence(
            `The DNSKEY set served by ${listValues(set.servers, 3)} ${how}: validating resolvers that get it answer SERVFAIL for every name in ${apex}`,
          ),
          ...(location ? { location } : {}),
        });
      }

      // 2. Servers that serve no DNSKEY set of their own and whose answers fail: an unsigned
      // (or foreign) copy of a signed zone. One finding per server, not one per RRset.
      const withKeys = new Set(judged.keySets.flatMap((k) => k.servers));
      const own = judged.rrsets.filter((j) => j.own);
      const keyless = own.filter((j) => !withKeys.has(j.server) && j.verdict.kind === 'bogus');
      for (const server of new Set(keyless.map((j) => j.server))) {
        const bad = keyless.filter((j) => j.server === server);
        const why = [...new Set(bad.map((j) => (j.verdict.kind === 'bogus' ? j.verdict.why : '')))];
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: 'DNSKEY',
          key: `keyless ${server}`,
          message: sentence(
            `${server} serves no DNSKEY set for ${apex} and its answers (${listValues(
              bad.map((j) => `${j.name} ${j.type}`),
              3,
            )}) do not validate (${why.join('; ')}): it serves an unsigned or differently signed copy, and validating resolvers that ask it answer SERVFAIL`,
          ),
          ...(head?.location ? { location: head.location } : {}),
        });
      }

      // 3. Other RRsets, against the answering server's own key set.
      for (const group of byRRset(own.filter((j) => withKeys.has(j.server)))) {
        const bad = group.filter((j) => j.verdict.kind === 'bogus');
        if (bad.length === 0) continue;
        const { name, type } = bad[0]!;
        const why = [...new Set(bad.map((j) => (j.verdict.kind === 'bogus' ? j.verdict.why : '')))];
        const location = at(name, type);
        out.push({
          introduced: false,
          zone: key,
          name,
          type,
          message: sentence(
            `${name} ${type} as served by ${listValues([...new Set(bad.map((j) => j.server))], 3)} does not validate (${why.join('; ')}): validating resolvers answer SERVFAIL for it`,
          ),
          ...(location ? { location } : {}),
        });
      }

      // 4. Multi-signer: answers valid under their own server's keys but not under another
      // server's DNSKEY set. One finding per answering signer and key set it fails against.
      const crossed = new Map<string, Judged[]>();
      const fine = new Set(
        own
          .filter((j) => j.verdict.kind === 'secure')
          .map((j) => `${j.server} ${j.name} ${j.type}`),
      );
      for (const j of judged.rrsets) {
        if (j.own || j.verdict.kind !== 'bogus') continue;
        if (!fine.has(`${j.server} ${j.name} ${j.type}`)) continue; // told in 2. or 3. already
        const answering = judged.keySets.find((k) => k.servers.includes(j.server));
        const k = `${answering?.servers.join(' ')}|${j.keySet.servers.join(' ')}`;
        const list = crossed.get(k);
        if (list) list.push(j);
        else crossed.set(k, [j]);
      }
      for (const list of crossed.values()) {
        const answering = [...new Set(list.map((j) => j.server))];
        const against = list[0]!.keySet;
        const missing = [...new Set(list.flatMap((j) => j.sigTags))].filter(
          (t) => !against.dnskey.some((v) => keyTagOf(v) === t),
        );
        const rrsets = [...new Set(list.map((j) => `${j.name} ${j.type}`))];
        const how =
          missing.length > 0
            ? `are signed by key ${tags(missing)}, which the DNSKEY set served by ${listValues(against.servers, 3)} lacks`
            : `do not validate with the DNSKEY set served by ${listValues(against.servers, 3)}`;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: 'DNSKEY',
          key: `multi-signer ${answering.join(' ')} | ${against.servers.join(' ')}`,
          message: sentence(
            `Answers from ${listValues(answering, 3)} (${listValues(rrsets, 3)}) ${how}: a resolver holding that set finds them bogus and answers SERVFAIL (RFC 8901: every signer's DNSKEY set must hold every signer's zone-signing keys)`,
          ),
          ...(head?.location ? { location: head.location } : {}),
        });
      }
    }
    return out;
  },
};

function keyTagOf(value: string): number | undefined {
  const k = parseDnskey(value);
  return k ? keyTag(k) : undefined;
}
