/**
 * RRSIG checks of RFC 4035 §5.3.1, except time (judged later against the review's clock, in
 * `verdict.ts`): the signer is the zone, the Labels field fits the owner, a DNSKEY with the
 * signer's algorithm and key tag, the Zone Key bit and protocol 3 exists, and the signature
 * verifies with it over the canonical data (`wire.ts`). Key tags collide (RFC 4034 App. B),
 * so every key with the tag is tried.
 */
import type { KeyObject } from 'node:crypto';
import { DNSKEY_FLAG_ZONE, keyTag } from '../../model/dnssec.js';
import { publicKey, supportsAlgorithm, verifySignature } from './keys.js';
import {
  canonicalNameWire,
  labelCount,
  type RrsigData,
  signedData,
  type WireRecord,
} from './wire.js';

/** What became of one signature; only `valid` makes an RRset secure. */
export type SignatureOutcome =
  /** Verifies with a key of the set (time not yet judged). */
  | 'valid'
  /** A key with the tag exists but the signature does not verify with it. */
  | 'bad-signature'
  /** No key of the set has the signer's algorithm and key tag. */
  | 'no-key'
  /** Signer is not the zone, or the Labels field exceeds the owner's labels. */
  | 'mismatch'
  /** An algorithm we do not implement: neither good nor bad. */
  | 'unsupported'
  /** We cannot rebuild the signed octets faithfully: neither good nor bad. */
  | 'unverifiable';

export interface SignatureCheck {
  readonly keyTag: number;
  readonly algorithm: number;
  /** Seconds since the epoch, as the RRSIG carries them (32-bit, RFC 1982 arithmetic). */
  readonly inception: number;
  readonly expiration: number;
  readonly originalTtl: number;
  readonly outcome: SignatureOutcome;
  readonly detail?: string;
}

/** One DNSKEY, with its tag and its public key ready for node:crypto (or why it is not). */
export interface RingKey {
  readonly tag: number;
  /** Base64, as `parseDnskey` spells it (to tell which key a DS references). */
  readonly publicKey: string;
  readonly flags: number;
  readonly algorithm: number;
  readonly key: KeyObject | string;
}

/** The DNSKEY records of a set, decoded once; `isTrusted` narrows it (the DS-referenced keys). */
export function keyRing(records: readonly WireRecord[]): RingKey[] {
  const out: RingKey[] = [];
  for (const r of records) {
    const d = r.data as { flags?: number; algorithm?: number; key?: Buffer } | undefined;
    if (!d || typeof d.flags !== 'number' || typeof d.algorithm !== 'number' || !d.key) continue;
    const publicKey64 = d.key.toString('base64');
    const tag = keyTag({
      flags: d.flags,
      protocol: 3, // dns-packet refuses any other protocol
      algorithm: d.algorithm,
      publicKey: publicKey64,
    });
    const key = supportsAlgorithm(d.algorithm)
      ? publicKey(d.algorithm, d.key)
      : `algorithm ${d.algorithm}`;
    out.push({ tag, publicKey: publicKey64, flags: d.flags, algorithm: d.algorithm, key });
  }
  return out;
}

/** Checks every RRSIG over one RRset (`records`: one owner and type) against `keys`. */
export function checkSignatures(
  zone: string,
  records: readonly WireRecord[],
  sigs: readonly RrsigData[],
  keys: readonly RingKey[],
): SignatureCheck[] {
  const zoneWire = canonicalNameWire(zone);
  const owner = records[0]?.name ?? zone;
  return sigs.map((sig) => {
    const base = {
      keyTag: sig.keyTag,
      algorithm: sig.algorithm,
      inception: sig.inception >>> 0,
      expiration: sig.expiration >>> 0,
      originalTtl: sig.originalTTL >>> 0,
    };
    const outcome = (o: SignatureOutcome, detail?: string): SignatureCheck =>
      detail === undefined ? { ...base, outcome: o } : { ...base, outcome: o, detail };
    if (!canonicalNameWire(sig.signersName).equals(zoneWire))
      return outcome('mismatch', `signer ${sig.signersName} is not the zone`);
    if (sig.labels > labelCount(owner))
      return outcome('mismatch', `Labels ${sig.labels} exceeds the owner's labels`);
    if (!supportsAlgorithm(sig.algorithm)) return outcome('unsupported');
    const candidates = keys.filter(
      (k) =>
        k.tag === sig.keyTag && k.algorithm === sig.algorithm && (k.flags & DNSKEY_FLAG_ZONE) !== 0,
    );
    if (candidates.length === 0) return outcome('no-key');
    const data = signedData(sig, records);
    if ('unverifiable' in data) return outcome('unverifiable', data.unverifiable);
    let why: string | undefined;
    for (const k of candidates) {
      if (typeof k.key === 'string') {
        why = k.key;
        continue;
      }
      if (verifySignature(sig.algorithm, k.key, data.data, sig.signature)) return outcome('valid');
    }
    return outcome('bad-signature', why);
  });
}
