/** TLSA and SMIMEA (RFC 6698 §2.2, RFC 8162): usage, selector, matching type, hex data. */
import { hexRest, U8, uint } from './fields.js';
import type { RdataCodec } from './types.js';

function certCodec<K extends 'TLSA' | 'SMIMEA'>(): RdataCodec<K> {
  return {
    parse(tokens) {
      const usage = uint(tokens, 0, U8, 'certificate usage');
      const selector = uint(tokens, 1, U8, 'selector');
      const matchingType = uint(tokens, 2, U8, 'matching type');
      const data = hexRest(tokens, 3, 'certificate association data');
      return { usage, selector, matchingType, data } as never;
    },
    format(rdata) {
      const r = rdata as { usage: number; selector: number; matchingType: number; data: string };
      return `${r.usage} ${r.selector} ${r.matchingType} ${r.data}`;
    },
  };
}

export const tlsaCodec = certCodec<'TLSA'>();
export const smimeaCodec = certCodec<'SMIMEA'>();
