/**
 * DNSKEY public keys as `node:crypto` KeyObjects (through JWK, which Node imports for every
 * algorithm we need), and one signature check per algorithm:
 * - 8 RSASHA256, 10 RSASHA512 (RFC 3110 §2, RFC 5702): exponent length in one octet, or a zero
 *   octet and two; the exponent; the modulus. RSASSA-PKCS1-v1_5, Node's default padding.
 * - 13 ECDSAP256SHA256, 14 ECDSAP384SHA384 (RFC 6605 §4): the point as x‖y without the 0x04
 *   prefix; signatures are r‖s, which Node reads as `ieee-p1363`.
 * - 15 Ed25519, 16 Ed448 (RFC 8080 §3–4): the raw public key; Node needs a null digest.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

interface AlgorithmSpec {
  /** The digest `crypto.verify` takes (null for EdDSA). */
  readonly digest: string | null;
  readonly kind: 'rsa' | 'ec' | 'okp';
  readonly curve?: string;
  /** Public key length in octets (EC and OKP only). */
  readonly keyLength?: number;
  readonly minBits?: number;
}

export const ALGORITHMS: Readonly<Record<number, AlgorithmSpec>> = {
  8: { digest: 'sha256', kind: 'rsa', minBits: 512 },
  10: { digest: 'sha512', kind: 'rsa', minBits: 1024 },
  13: { digest: 'sha256', kind: 'ec', curve: 'P-256', keyLength: 64 },
  14: { digest: 'sha384', kind: 'ec', curve: 'P-384', keyLength: 96 },
  15: { digest: null, kind: 'okp', curve: 'Ed25519', keyLength: 32 },
  16: { digest: null, kind: 'okp', curve: 'Ed448', keyLength: 57 },
};

export function supportsAlgorithm(algorithm: number): boolean {
  return ALGORITHMS[algorithm] !== undefined;
}

const b64url = (b: Buffer) => b.toString('base64url');

/** Drops leading zero octets (JWK integers are minimal, RFC 7518 §6.3.1). */
function minimal(b: Buffer): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  return b.subarray(i);
}

function rsaJwk(key: Buffer, minBits: number): object | string {
  if (key.length < 3) return 'RSA key too short';
  let expLen = key[0]!;
  let at = 1;
  if (expLen === 0) {
    expLen = key.readUInt16BE(1);
    at = 3;
  }
  if (expLen === 0 || at + expLen >= key.length) return 'RSA exponent length runs past the key';
  const e = key.subarray(at, at + expLen);
  const n = minimal(key.subarray(at + expLen));
  const bits = n.length * 8 - Math.clz32(n[0]!) + 24;
  if (bits < minBits || bits > 4096) return `RSA modulus of ${bits} bits`;
  return { kty: 'RSA', n: b64url(n), e: b64url(minimal(e)) };
}

/** The KeyObject for a DNSKEY's public key field, or why there is none. */
export function publicKey(algorithm: number, key: Buffer): KeyObject | string {
  const spec = ALGORITHMS[algorithm];
  if (!spec) return `algorithm ${algorithm} is not supported`;
  let jwk: object | string;
  if (spec.kind === 'rsa') jwk = rsaJwk(key, spec.minBits!);
  else if (key.length !== spec.keyLength)
    jwk = `a ${spec.curve} key is ${spec.keyLength} octets, not ${key.length}`;
  else if (spec.kind === 'ec') {
    const half = spec.keyLength! / 2;
    jwk = {
      kty: 'EC',
      crv: spec.curve,
      x: b64url(key.subarray(0, half)),
      y: b64url(key.subarray(half)),
    };
  } else jwk = { kty: 'OKP', crv: spec.curve, x: b64url(key) };
  if (typeof jwk === 'string') return jwk;
  try {
    return createPublicKey({ key: jwk as never, format: 'jwk' });
  } catch (e) {
    return `not a valid ${spec.curve ?? 'RSA'} public key: ${(e as Error).message}`;
  }
}

/** Whether `signature` over `data` verifies with `key` under `algorithm`. */
export function verifySignature(
  algorithm: number,
  key: KeyObject,
  data: Buffer,
  signature: Buffer,
): boolean {
  const spec = ALGORITHMS[algorithm];
  if (!spec) return false;
  try {
    if (spec.kind === 'ec')
      return verify(spec.digest, data, { key, dsaEncoding: 'ieee-p1363' }, signature);
    return verify(spec.digest, data, key, signature);
  } catch {
    return false; // a signature of the wrong length, say
  }
}
