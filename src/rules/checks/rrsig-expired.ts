/**
 * rrsig-expired: a signature a validating resolver needs is outside its validity window: its
 * Expiration has passed, or its Inception is still ahead (RFC 4035 §5.3.1). The RRset then
 * validates as bogus and resolvers answer SERVFAIL. Judged per server (a secondary that
 * stopped taking transfers keeps serving old signatures) and only where the chain from the
 * parent's DS holds (`rules/dnssec-facts.ts`). A fact of live DNS, so never `introduced`.
 */
import { utc } from '../../live/dnssec/verdict.js';
import { listValues, sentence } from '../describe.js';
import { byRRset, judgedZones, rrsetLocation } from '../dnssec-facts.js';
import type { DraftFinding, Rule } from '../types.js';

export const rrsigExpired: Rule = {
  id: 'rrsig-expired',
  defaultSeverity: 'critical',
  title: 'A DNSSEC signature has expired or is not yet valid',
  why: 'A validating resolver accepts an RRset only with a signature inside its validity window; outside it the answer is bogus and the resolver returns SERVFAIL, so the names vanish for every user behind a validating resolver (most public ones).',
  fix: "Re-sign the zone (or restart the signer that stopped), check that every secondary has transferred the fresh signatures, and check the signer's clock when a signature is not valid yet.",
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, head, judged } of judgedZones(ctx)) {
      for (const group of byRRset([...judged.dnskey, ...judged.rrsets])) {
        const expired = group.filter((j) => j.verdict.kind === 'expired');
        if (expired.length === 0) continue;
        const { name, type } = expired[0]!;
        const servers = [...new Set(expired.map((j) => j.server))];
        const parts: string[] = [];
        for (const j of expired) {
          const v = j.verdict;
          if (v.kind !== 'expired') continue;
          if (v.ended) parts.push(`ended ${utc(v.ended.at)} (key ${v.ended.keyTag})`);
          else if (v.begins)
            parts.push(`is not valid before ${utc(v.begins.at)} (key ${v.begins.keyTag})`);
        }
        const location = rrsetLocation(head, name, type);
        out.push({
          introduced: false,
          zone: key,
          name,
          type,
          message: sentence(
            `The signature over ${name} ${type} ${[...new Set(parts)].join('; ')} on ${listValues(servers, 3)}: validating resolvers answer SERVFAIL for it`,
          ),
          ...(location ? { location } : {}),
        });
      }
    }
    return out;
  },
};
