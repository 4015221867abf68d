/** DNSSEC algorithm (RFC 8624 registry) and DS digest mnemonics that BIND accepts. */
import { token, U8, uint } from './fields.js';
import { RdataError, type RdataToken } from './types.js';

const ALGORITHMS: Record<string, number> = {
  RSAMD5: 1,
  DH: 2,
  DSA: 3,
  RSASHA1: 5,
  'DSA-NSEC3-SHA1': 6,
  NSEC3DSA: 6,
  'RSASHA1-NSEC3-SHA1': 7,
  NSEC3RSASHA1: 7,
  RSASHA256: 8,
  RSASHA512: 10,
  'ECC-GOST': 12,
  ECCGOST: 12,
  ECDSAP256SHA256: 13,
  ECDSAP384SHA384: 14,
  ED25519: 15,
  ED448: 16,
  INDIRECT: 252,
  PRIVATEDNS: 253,
  PRIVATEOID: 254,
};

const DIGESTS: Record<string, number> = {
  SHA1: 1,
  'SHA-1': 1,
  SHA256: 2,
  'SHA-256': 2,
  GOST: 3,
  SHA384: 4,
  'SHA-384': 4,
};

/**
 * Digest octets per DS digest type (RFC 4034, 4509, 6605), the ones BIND checks. GOST (3,
 * RFC 5933) is left unchecked as BIND leaves it; other types may have any length.
 */
export const DIGEST_LENGTHS: Readonly<Record<number, number>> = { 1: 20, 2: 32, 4: 48 };

export function algorithm(tokens: readonly RdataToken[], i: number): number {
  const t = token(tokens, i, 'DNSSEC algorithm');
  const byName = ALGORITHMS[t.text.toUpperCase()];
  if (byName !== undefined && !t.quoted) return byName;
  return uint(tokens, i, U8, 'DNSSEC algorithm');
}

export function digestType(tokens: readonly RdataToken[], i: number): number {
  const t = token(tokens, i, 'digest type');
  const byName = DIGESTS[t.text.toUpperCase()];
  if (byName !== undefined && !t.quoted) return byName;
  return uint(tokens, i, U8, 'digest type');
}

export function checkDigestLength(type: number, hex: string, at: number): void {
  const want = DIGEST_LENGTHS[type];
  if (want !== undefined && hex.length !== want * 2)
    throw new RdataError(
      `digest type ${type} needs ${want} octets, this has ${hex.length / 2}`,
      at,
    );
}
