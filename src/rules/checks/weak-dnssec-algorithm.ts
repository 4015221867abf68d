/**
 * weak-dnssec-algorithm: DS, CDS, DNSKEY or CDNSKEY records that use an algorithm or digest
 * RFC 8624 §3.1 and §3.3 say not to use for signing (MUST NOT: medium; NOT RECOMMENDED:
 * low). Validators increasingly treat such zones as insecure or fail them outright (SHA-1
 * is disabled in several distributions' crypto policies). The live DS at the parent is
 * checked too, as an existing finding.
 */

import type { Severity } from '../../model/severity.js';
import type { ZoneSet } from '../../model/zone.js';
import { compareStates } from '../state.js';
import type { DraftFinding, Rule } from '../types.js';
import { indexZone } from '../zone-index.js';

interface Verdict {
  readonly severity: Severity;
  readonly says: string;
}

const MUST_NOT: Severity = 'medium';
const NOT_RECOMMENDED: Severity = 'low';

/** RFC 8624 §3.1, "DNSSEC Signing" column; 8, 13, 14, 15, 16 (and the newer 17, 23) are fine. */
const ALGORITHMS: Readonly<Record<number, Verdict>> = {
  0: { severity: MUST_NOT, says: 'algorithm 0 is reserved' },
  1: { severity: MUST_NOT, says: 'algorithm 1 (RSAMD5) MUST NOT be used' },
  2: { severity: MUST_NOT, says: 'algorithm 2 (Diffie-Hellman) is not a signing algorithm' },
  3: { severity: MUST_NOT, says: 'algorithm 3 (DSA) MUST NOT be used' },
  5: { severity: NOT_RECOMMENDED, says: 'algorithm 5 (RSASHA1) is NOT RECOMMENDED (SHA-1)' },
  6: { severity: MUST_NOT, says: 'algorithm 6 (DSA-NSEC3-SHA1) MUST NOT be used' },
  7: {
    severity: NOT_RECOMMENDED,
    says: 'algorithm 7 (RSASHA1-NSEC3-SHA1) is NOT RECOMMENDED (SHA-1)',
  },
  10: { severity: NOT_RECOMMENDED, says: 'algorithm 10 (RSASHA512) is NOT RECOMMENDED' },
  12: { severity: MUST_NOT, says: 'algorithm 12 (ECC-GOST) MUST NOT be used' },
  252: { severity: MUST_NOT, says: 'algorithm 252 (INDIRECT) is not for zone signing' },
  253: { severity: MUST_NOT, says: 'algorithm 253 (PRIVATEDNS) is not for public zones' },
  254: { severity: MUST_NOT, says: 'algorithm 254 (PRIVATEOID) is not for public zones' },
};
const GOOD_ALGORITHMS = new Set([8, 13, 14, 15, 16, 17, 23]);

/** RFC 8624 §3.3 DS digest types; 2 and 4 are fine, 5 and 6 are newer registrations. */
const DIGESTS: Readonly<Record<number, Verdict>> = {
  0: { severity: MUST_NOT, says: 'digest type 0 is reserved' },
  1: { severity: MUST_NOT, says: 'digest type 1 (SHA-1) MUST NOT be used for new DS records' },
  3: { severity: MUST_NOT, says: 'digest type 3 (GOST R 34.11-94) MUST NOT be used' },
};
const GOOD_DIGESTS = new Set([2, 4, 5, 6]);

export function algorithmVerdict(algorithm: number): Verdict | undefined {
  if (GOOD_ALGORITHMS.has(algorithm)) return undefined;
  return (
    ALGORITHMS[algorithm] ?? {
      severity: MUST_NOT,
      says: `algorithm ${algorithm} is not a registered signing algorithm`,
    }
  );
}

export function digestVerdict(digest: number): Verdict | undefined {
  if (GOOD_DIGESTS.has(digest)) return undefined;
  return DIGESTS[digest] ?? { severity: MUST_NOT, says: `digest type ${digest} is not registered` };
}

type StateFinding = Omit<DraftFinding, 'introduced'>;

/** The weak parts of one DS/CDS/DNSKEY/CDNSKEY value (canonical text). */
export function weaknesses(type: string, value: string): Verdict[] {
  // The first three fields say it all: no array of a key's or digest's pieces per value.
  const fields = value.trim().split(/\s+/, 3).map(Number);
  const out: Verdict[] = [];
  if (type === 'DS' || type === 'CDS') {
    const [, algorithm, digest] = fields;
    if (type === 'CDS' && algorithm === 0 && digest === 0) return []; // RFC 8078 delete
    if (algorithm === undefined || digest === undefined) return [];
    const a = algorithmVerdict(algorithm);
    const d = digestVerdict(digest);
    if (a) out.push(a);
    if (d) out.push(d);
  } else if (type === 'DNSKEY' || type === 'CDNSKEY') {
    const [, , algorithm] = fields;
    if (type === 'CDNSKEY' && algorithm === 0) return []; // RFC 8078 delete
    if (algorithm === undefined) return [];
    const a = algorithmVerdict(algorithm);
    if (a) out.push(a);
  }
  return out;
}

const TYPES = ['DS', 'CDS', 'DNSKEY', 'CDNSKEY'] as const;

function problems(set: ZoneSet): StateFinding[] {
  const out: StateFinding[] = [];
  for (const z of set.zones)
    for (const r of indexZone(z).ofTypes(TYPES)) {
      for (const v of r.values) {
        const weak = weaknesses(r.type, v);
        if (weak.length === 0) continue;
        out.push({
          zone: z.name,
          name: r.name,
          type: r.type,
          key: v.split(/\s+/, 3).join(' '),
          severity: weak.some((w) => w.severity === MUST_NOT) ? MUST_NOT : NOT_RECOMMENDED,
          message: `${r.name} ${r.type} ${shortValue(v)}: ${weak.map((w) => w.says).join('; ')} (RFC 8624).`,
          location: r.location,
        });
      }
    }
  return out;
}

function shortValue(v: string): string {
  return v.length > 40 ? `${v.slice(0, 36)}…` : v;
}

export const weakDnssecAlgorithm: Rule = {
  id: 'weak-dnssec-algorithm',
  defaultSeverity: 'medium',
  title: 'DNSSEC algorithm or digest that RFC 8624 says not to use',
  why: 'Old algorithms (RSA/MD5, DSA, SHA-1 based) are broken or being switched off by validators; a zone signed only with them is treated as insecure, or fails validation where SHA-1 is disabled.',
  fix: 'Roll the keys to ECDSAP256SHA256 (13) or ED25519 (15) with an algorithm rollover (RFC 6781 §4.1.4), and publish DS records with digest type 2 (SHA-256) only.',
  check(ctx) {
    const out: DraftFinding[] = compareStates(ctx, problems);
    for (const lz of ctx.live?.zones ?? []) {
      for (const v of lz.delegation?.ds ?? []) {
        const weak = weaknesses('DS', v);
        if (weak.length === 0) continue;
        out.push({
          introduced: false,
          zone: lz.zone,
          name: lz.zone,
          type: 'DS',
          key: `parent ${v.split(/\s+/, 3).join(' ')}`,
          severity: weak.some((w) => w.severity === MUST_NOT) ? MUST_NOT : NOT_RECOMMENDED,
          message: `The parent ${lz.delegation!.parent} publishes DS ${shortValue(v)} for ${lz.zone}: ${weak.map((w) => w.says).join('; ')} (RFC 8624).`,
        });
      }
    }
    return out;
  },
};
