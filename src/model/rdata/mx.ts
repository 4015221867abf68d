/** MX (RFC 1035 §3.3.9; null MX RFC 7505 is `0 .`). */
import { end, name, U16, uint } from './fields.js';
import type { RdataCodec } from './types.js';

export const mxCodec: RdataCodec<'MX'> = {
  parse(tokens, ctx) {
    const preference = uint(tokens, 0, U16, 'MX preference');
    const exchange = name(tokens, 1, ctx, 'mail exchange name');
    end(tokens, 2);
    return { preference, exchange };
  },
  format(r) {
    return `${r.preference} ${r.exchange}`;
  },
};
