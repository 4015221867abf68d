/** DNSKEY and CDNSKEY (RFC 4034 §2.2, RFC 7344): flags, protocol, algorithm, base64 key. */
import { algorithm } from './dnssec-algorithms.js';
import { base64Rest, U8, U16, uint } from './fields.js';
import type { RdataCodec } from './types.js';

function keyCodec<K extends 'DNSKEY' | 'CDNSKEY'>(): RdataCodec<K> {
  return {
    parse(tokens) {
      const flags = uint(tokens, 0, U16, 'flags');
      const protocol = uint(tokens, 1, U8, 'protocol');
      const alg = algorithm(tokens, 2);
      const publicKey = base64Rest(tokens, 3, 'public key');
      return { flags, protocol, algorithm: alg, publicKey } as never;
    },
    format(rdata) {
      const r = rdata as { flags: number; protocol: number; algorithm: number; publicKey: string };
      return `${r.flags} ${r.protocol} ${r.algorithm} ${r.publicKey}`;
    },
  };
}

export const dnskeyCodec = keyCodec<'DNSKEY'>();
export const cdnskeyCodec = keyCodec<'CDNSKEY'>();
