/** SSHFP (RFC 4255, RFC 6594): algorithm, fingerprint type, hex fingerprint. */
import { hexRest, U8, uint } from './fields.js';
import { type RdataCodec, RdataError } from './types.js';

// Fingerprint octets per type (SHA-1, SHA-256), as BIND checks them.
const FP_LENGTHS: Readonly<Record<number, number>> = { 1: 20, 2: 32 };

export const sshfpCodec: RdataCodec<'SSHFP'> = {
  parse(tokens) {
    const alg = uint(tokens, 0, U8, 'SSHFP algorithm');
    const fpType = uint(tokens, 1, U8, 'fingerprint type');
    const fingerprint = hexRest(tokens, 2, 'fingerprint');
    const want = FP_LENGTHS[fpType];
    if (want !== undefined && fingerprint.length !== want * 2)
      throw new RdataError(`fingerprint type ${fpType} needs ${want} octets`, 2);
    return { algorithm: alg, fpType, fingerprint };
  },
  format(r) {
    return `${r.algorithm} ${r.fpType} ${r.fingerprint}`;
  },
};
