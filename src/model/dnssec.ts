/**
 * DNSSEC arithmetic we do ourselves rather than trust a tool for: key tags (RFC 4034 App. B)
 * and DS digests (RFC 4034 §5.1.4 SHA-1, RFC 4509 SHA-256, RFC 6605 SHA-384), and the DS → DNSKEY
 * match a validator performs (algorithm + key tag + digest; tags collide, so never tag alone).
 * Works on presentation text so it does not depend on which rdata codecs exist.
 */
import { createHash } from 'node:crypto';
import { labelsOf } from './name.js';
import { decodeEscapes } from './rdata/tokens.js';

export interface DnskeyData {
  readonly flags: number;
  readonly protocol: number;
  readonly algorithm: number;
  /** Base64 of the public key, whitespace removed. */
  readonly publicKey: string;
}

export interface DsData {
  readonly keyTag: number;
  readonly algorithm: number;
  readonly digestType: number;
  /** Upper-case hex. */
  readonly digest: string;
}

/** Digest types we can recompute, with their hash and digest length in octets. */
export const DS_DIGESTS: Readonly<
  Record<number, { readonly hash: string; readonly length: number }>
> = {
  1: { hash: 'sha1', length: 20 },
  2: { hash: 'sha256', length: 32 },
  4: { hash: 'sha384', length: 48 },
};

export const DNSKEY_FLAG_ZONE = 0x0100;
export const DNSKEY_FLAG_REVOKE = 0x0080;
export const DNSKEY_FLAG_SEP = 0x0001;

const UINT = /^\d{1,5}$/;

/** `257 3 13 base64…` (base64 may be split by spaces). Undefined when it is not a DNSKEY. */
export function parseDnskey(text: string): DnskeyData | undefined {
  const parts = text.trim().split(/\s+/);
  if (parts.length < 4 || !parts.slice(0, 3).every((p) => UINT.test(p))) return undefined;
  const [flags, protocol, algorithm] = parts.slice(0, 3).map(Number) as [number, number, number];
  const publicKey = parts.slice(3).join('');
  if (flags > 0xffff || protocol > 255 || algorithm > 255) return undefined;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(publicKey)) return undefined;
  return { flags, protocol, algorithm, publicKey };
}

/** `12345 13 2 HEX…` (hex may be split by spaces). Undefined when it is not a DS. */
export function parseDs(text: string): DsData | undefined {
  const parts = text.trim().split(/\s+/);
  if (parts.length < 4 || !parts.slice(0, 3).every((p) => UINT.test(p))) return undefined;
  const [keyTag, algorithm, digestType] = parts.slice(0, 3).map(Number) as [number, number, number];
  const digest = parts.slice(3).join('').toUpperCase();
  if (keyTag > 0xffff || algorithm > 255 || digestType > 255) return undefined;
  if (!/^(?:[0-9A-F]{2})*$/.test(digest)) return undefined;
  return { keyTag, algorithm, digestType, digest };
}

export function formatDs(ds: DsData): string {
  return `${ds.keyTag} ${ds.algorithm} ${ds.digestType} ${ds.digest}`;
}

/** DNSKEY RDATA in wire form: flags ‖ protocol ‖ algorithm ‖ key. */
export function dnskeyRdata(key: DnskeyData): Buffer {
  const pub = Buffer.from(key.publicKey, 'base64');
  const out = Buffer.alloc(4 + pub.length);
  out.writeUInt16BE(key.flags, 0);
  out.writeUInt8(key.protocol, 2);
  out.writeUInt8(key.algorithm, 3);
  pub.copy(out, 4);
  return out;
}

/** RFC 4034 Appendix B; algorithm 1 (RSA/MD5) uses the modulus bits instead (B.1). */
export function keyTag(key: DnskeyData): number {
  const rdata = dnskeyRdata(key);
  if (key.algorithm === 1) {
    if (rdata.length < 7) return 0;
    return rdata.readUInt16BE(rdata.length - 3);
  }
  let sum = 0;
  for (let i = 0; i < rdata.length; i++) sum += i & 1 ? rdata[i]! : rdata[i]! << 8;
  sum += (sum >>> 16) & 0xffff;
  return sum & 0xffff;
}

/** Canonical (lower-case, uncompressed) wire form of a canonical name (RFC 4034 §6.2). */
export function nameToWire(name: string): Buffer {
  const parts: Buffer[] = [];
  for (const label of labelsOf(name)) {
    const decoded = decodeEscapes(label);
    const text = typeof decoded === 'string' ? decoded : label;
    const octets = Buffer.from(text, 'latin1');
    for (let i = 0; i < octets.length; i++) {
      const c = octets[i]!;
      if (c >= 0x41 && c <= 0x5a) octets[i] = c + 32;
    }
    parts.push(Buffer.from([octets.length]), octets);
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

/** The DS that `key` at `owner` would have with this digest type; undefined for unknown types. */
export function computeDs(owner: string, key: DnskeyData, digestType: number): DsData | undefined {
  const spec = DS_DIGESTS[digestType];
  if (!spec) return undefined;
  const digest = createHash(spec.hash)
    .update(nameToWire(owner))
    .update(dnskeyRdata(key))
    .digest('hex')
    .toUpperCase();
  return { keyTag: keyTag(key), algorithm: key.algorithm, digestType, digest };
}

/** How one DS relates to a DNSKEY set. `unknown-digest`: we cannot recompute that digest type. */
export type DsMatch =
  | { readonly kind: 'match'; readonly key: DnskeyData }
  | { readonly kind: 'no-match' }
  | { readonly kind: 'unknown-digest' };

/** Finds the DNSKEY a DS points to: same algorithm and key tag, then the digest recomputed. */
export function matchDs(owner: string, ds: DsData, keys: readonly DnskeyData[]): DsMatch {
  if (!DS_DIGESTS[ds.digestType]) return { kind: 'unknown-digest' };
  for (const key of keys) {
    if (key.algorithm !== ds.algorithm || keyTag(key) !== ds.keyTag) continue;
    if (computeDs(owner, key, ds.digestType)?.digest === ds.digest) return { kind: 'match', key };
  }
  return { kind: 'no-match' };
}

/** True when a key may be a DS target: ZONE bit set, not revoked, protocol 3 (RFC 4034 §2.1). */
export function isUsableKey(key: DnskeyData): boolean {
  return (
    (key.flags & DNSKEY_FLAG_ZONE) !== 0 &&
    (key.flags & DNSKEY_FLAG_REVOKE) === 0 &&
    key.protocol === 3
  );
}
