/** DS and CDS (RFC 4034 §5.3, RFC 7344): key tag, algorithm, digest type, hex digest. */
import { algorithm, checkDigestLength, digestType } from './dnssec-algorithms.js';
import { hexRest, U16, uint } from './fields.js';
import type { RdataCodec } from './types.js';

function dsCodec<K extends 'DS' | 'CDS'>(): RdataCodec<K> {
  return {
    parse(tokens) {
      const keyTag = uint(tokens, 0, U16, 'key tag');
      const alg = algorithm(tokens, 1);
      const dt = digestType(tokens, 2);
      const digest = hexRest(tokens, 3, 'digest');
      checkDigestLength(dt, digest, 3);
      return { keyTag, algorithm: alg, digestType: dt, digest } as never;
    },
    format(rdata) {
      const r = rdata as { keyTag: number; algorithm: number; digestType: number; digest: string };
      return `${r.keyTag} ${r.algorithm} ${r.digestType} ${r.digest}`;
    },
  };
}

export const dsRecordCodec = dsCodec<'DS'>();
export const cdsCodec = dsCodec<'CDS'>();
