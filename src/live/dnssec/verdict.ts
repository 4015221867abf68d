/**
 * An RRset's DNSSEC state at a given moment, from its signature checks (`verify.ts`): a
 * validator accepts the RRset when one signature is valid and current (RFC 4035 §5.3.1, and
 * RFC 6840 §5.11: any one valid path is enough). RRSIG times are 32-bit serial numbers
 * (RFC 4034 §3.1.5, RFC 1982 §3.2), compared with the clock in that arithmetic.
 */
import type { SignatureCheck } from './verify.js';

const HALF = 2 ** 31;

/**
 * How far ahead an Inception may be and still count as begun: online signers stamp the
 * moment of signing, and the runner's clock may be a little behind theirs. Validators allow
 * as much or more (unbound's smallest signature skew is an hour).
 */
export const INCEPTION_SKEW_MS = 5 * 60_000;

/**
 * A 32-bit RRSIG time as an absolute time near `nowMs`: the serial distance from now
 * (RFC 1982: within ±2³¹ seconds) added to now.
 */
export function absoluteTime(serial: number, nowMs: number): number {
  const now32 = Math.floor(nowMs / 1000) % 2 ** 32;
  let diff = (serial >>> 0) - now32;
  if (diff >= HALF) diff -= 2 ** 32;
  else if (diff < -HALF) diff += 2 ** 32;
  return (Math.floor(nowMs / 1000) + diff) * 1000;
}

export type RRsetVerdict =
  /**
   * A valid signature is current; `until` is the latest such signature's expiration and
   * `from` its inception (ms).
   */
  | {
      readonly kind: 'secure';
      readonly from: number;
      readonly until: number;
      readonly keyTag: number;
    }
  /** Valid signatures exist, but none is current: each ended, or has not begun. */
  | {
      readonly kind: 'expired';
      readonly ended?: { readonly at: number; readonly keyTag: number };
      readonly begins?: { readonly at: number; readonly keyTag: number };
    }
  /** No signature verifies with a key of the set (or there is none at all). */
  | { readonly kind: 'bogus'; readonly why: string }
  /** Only signatures we cannot judge (algorithm not implemented, data not rebuildable). */
  | { readonly kind: 'unknown'; readonly why: string };

export function judge(checks: readonly SignatureCheck[], now: Date): RRsetVerdict {
  const nowMs = now.getTime();
  const valid = checks.filter((c) => c.outcome === 'valid');
  if (valid.length > 0) {
    let best: { from: number; until: number; keyTag: number } | undefined;
    let ended: { at: number; keyTag: number } | undefined;
    let begins: { at: number; keyTag: number } | undefined;
    for (const c of valid) {
      const from = absoluteTime(c.inception, nowMs);
      const until = absoluteTime(c.expiration, nowMs);
      if (from > nowMs + INCEPTION_SKEW_MS) {
        if (!begins || from < begins.at) begins = { at: from, keyTag: c.keyTag };
      } else if (until < nowMs) {
        if (!ended || until > ended.at) ended = { at: until, keyTag: c.keyTag };
      } else if (!best || until > best.until) best = { from, until, keyTag: c.keyTag };
    }
    if (best) return { kind: 'secure', ...best };
    return { kind: 'expired', ...(ended ? { ended } : {}), ...(begins ? { begins } : {}) };
  }
  if (checks.length === 0) return { kind: 'bogus', why: 'no RRSIG' };
  const judgeable = checks.filter(
    (c) => c.outcome !== 'unsupported' && c.outcome !== 'unverifiable',
  );
  if (judgeable.length === 0) {
    const c = checks[0]!;
    return {
      kind: 'unknown',
      why:
        c.outcome === 'unsupported'
          ? `signed with algorithm ${c.algorithm} only, which is not checked`
          : `the signed data cannot be rebuilt (${c.detail ?? 'unusual data'})`,
    };
  }
  return { kind: 'bogus', why: judgeable.map(describeFailure).join('; ') };
}

function describeFailure(c: SignatureCheck): string {
  const sig = `RRSIG ${c.keyTag}/${c.algorithm}`;
  switch (c.outcome) {
    case 'no-key':
      return `${sig}: no such key in the DNSKEY set`;
    case 'bad-signature':
      return `${sig}: the signature does not verify${c.detail ? ` (${c.detail})` : ''}`;
    default:
      return `${sig}: ${c.detail ?? c.outcome}`;
  }
}

/** `2026-12-06 07:44 UTC`. */
export function utc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
