/**
 * secondary-out-of-sync: the authoritative servers of a zone disagree. A secondary behind on
 * the SOA serial (its transfers fail: an ACL, a TSIG key, a NOTIFY that never arrives) or an
 * RRset one server answers differently from another means resolvers get different answers
 * depending on the server they happen to ask, and the lagging copy expires altogether when the
 * SOA expire time passes. Every server is asked every RRset (src/live/servers.ts); what a
 * lagging server serves is never reported as drift, it is this rule's.
 *
 * Serials are compared only between servers naming the same primary (SOA MNAME): providers of a
 * multi-provider zone count serials each their own way. DNSKEY, CDS and CDNSKEY are not
 * compared (each signer of a multi-signer zone serves its own), nor the SOA (the serial says it).
 * A fact of live DNS, so never `introduced`.
 */
import { serverLabel } from '../../live/label.js';
import type { LiveZone, ServerDifference } from '../../live/types.js';
import { listValues, sentence } from '../describe.js';
import { liveZone, zonePairs } from '../live-facts.js';
import type { DraftFinding, Rule } from '../types.js';

/** How many differing RRsets a finding names before it counts the rest. */
const NAMED = 3;

function answerText(a: ServerDifference['answers'][number]['answer']): string {
  if (a === 'absent') return 'nothing';
  if (a === 'delegated') return 'a referral';
  return `${listValues(a.values, 2)} TTL ${a.ttl}`;
}

function differenceText(d: ServerDifference): string {
  // Servers that agree are named together: "ns1, ns2: 192.0.2.1 TTL 300; ns3: nothing".
  const byAnswer = new Map<string, string[]>();
  for (const a of d.answers) {
    const text = answerText(a.answer);
    byAnswer.set(text, [...(byAnswer.get(text) ?? []), a.server]);
  }
  const parts = [...byAnswer].map(([text, servers]) => `${servers.join(', ')}: ${text}`);
  return `${d.name} ${d.type} (${parts.join('; ')})`;
}

function serialText(lz: LiveZone): string | undefined {
  const healthy = lz.servers.filter((s) => s.authoritative);
  const behind = healthy.filter((s) => s.upToDate === false);
  if (behind.length === 0) return undefined;
  const lagging = behind.map((s) => `${serverLabel(s)} serves serial ${s.soaSerial}`).join(', ');
  const current = healthy
    .filter((s) => s.upToDate)
    .filter((s) => behind.some((b) => (b.soaPrimary ?? '') === (s.soaPrimary ?? '')))
    .map((s) => `${serverLabel(s)} ${s.soaSerial}`);
  return `${lagging}, behind ${listValues(current, 3)}`;
}

export const secondaryOutOfSync: Rule = {
  id: 'secondary-out-of-sync',
  defaultSeverity: 'high',
  title: "A zone's authoritative servers disagree (SOA serials or RRsets)",
  why: 'Resolvers ask any of the servers: while one lags or holds other data, the answer depends on which server a resolver picks, changes look applied when they are not, and a secondary that cannot transfer stops answering altogether when its copy expires (SOA expire).',
  fix: 'Find why the lagging server does not transfer the zone (transfer ACL or TSIG key at the primary, NOTIFY reaching it, its logs) and let it catch up; for a provider that holds other data, push the zone to it again. Check again before merging changes that rely on every server.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, apex } of zonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      if (!lz) continue;
      const serials = serialText(lz);
      const differences = lz.differences ?? [];
      if (!serials && differences.length === 0) continue;
      const named = differences.slice(0, NAMED).map(differenceText);
      const more = differences.length - named.length;
      const rrsets =
        differences.length === 0
          ? ''
          : `${differences.length === 1 ? 'one RRset differs' : `${differences.length} RRsets differ`} between servers: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
      out.push({
        introduced: false,
        zone: key,
        name: apex,
        message: sentence(
          `The servers of ${apex} disagree: ${[serials, rrsets].filter(Boolean).join('; ')}. Drift and apply compare git with the up-to-date servers only`,
        ),
      });
    }
    return out;
  },
};
