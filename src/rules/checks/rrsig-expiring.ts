/**
 * rrsig-expiring: the latest valid signature over an RRset ends soon: within the policy's
 * `rrsig-expiring-days` (default 3), or sooner than twice the RRset's TTL, the time a resolver
 * may keep an answer it fetched just before the end, and it is past the middle of its validity
 * period. A signer that stopped re-signing shows here days before the zone goes dark; a signer
 * on schedule replaces a signature well before its last half, and online signers (Cloudflare's
 * signatures last about two days, made fresh as answers are served) never reach it. Judged per
 * server, on the server whose signatures end first; an RRset that already has an expired
 * signature is rrsig-expired's.
 */
import { utc } from '../../live/dnssec/verdict.js';
import { sentence } from '../describe.js';
import { byRRset, judgedZones, rrsetLocation } from '../dnssec-facts.js';
import type { DraftFinding, Rule } from '../types.js';

const DAY = 86_400_000;

function inWords(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

export const rrsigExpiring: Rule = {
  id: 'rrsig-expiring',
  defaultSeverity: 'high',
  title: 'A DNSSEC signature expires soon',
  why: 'When the last valid signature over an RRset ends, validating resolvers answer SERVFAIL for it. Signers re-sign well before the end; a signature this close to it usually means the signer or a zone transfer has stopped.',
  fix: "Check that the signer is running and re-signing (BIND `rndc signing -list`, the provider's DNSSEC status) and that every secondary has the latest serial; re-sign now if in doubt.",
  check(ctx) {
    const out: DraftFinding[] = [];
    const window = ctx.policy.rrsigExpiringDays * DAY;
    const now = ctx.now.getTime();
    for (const { key, head, judged } of judgedZones(ctx)) {
      for (const group of byRRset([...judged.dnskey, ...judged.rrsets])) {
        if (group.some((j) => j.verdict.kind === 'expired')) continue;
        let worst:
          | { from: number; until: number; keyTag: number; server: string; ttl: number }
          | undefined;
        for (const j of group) {
          const v = j.verdict;
          if (v.kind !== 'secure') continue;
          if (!worst || v.until < worst.until)
            worst = {
              from: v.from,
              until: v.until,
              keyTag: v.keyTag,
              server: j.server,
              ttl: j.ttl,
            };
        }
        if (!worst) continue;
        const left = worst.until - now;
        const twiceTtl = 2 * worst.ttl * 1000;
        if (left >= Math.max(window, twiceTtl)) continue;
        if (left >= (worst.until - worst.from) / 2) continue; // fresh: a short-lived signature
        const { name, type } = group[0]!;
        const why =
          twiceTtl > window
            ? `sooner than twice its TTL (${worst.ttl} s), so resolvers may hold it past the end`
            : `within ${ctx.policy.rrsigExpiringDays} days`;
        const location = rrsetLocation(head, name, type);
        out.push({
          introduced: false,
          zone: key,
          name,
          type,
          message: sentence(
            `The signature over ${name} ${type} served by ${worst.server} (key ${worst.keyTag}) ends ${utc(worst.until)}, in ${inWords(left)}: ${why}`,
          ),
          ...(location ? { location } : {}),
        });
      }
    }
    return out;
  },
};
