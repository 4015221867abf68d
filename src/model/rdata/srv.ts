/** SRV (RFC 2782): priority, weight, port, target. */
import { end, name, U16, uint } from './fields.js';
import type { RdataCodec } from './types.js';

export const srvCodec: RdataCodec<'SRV'> = {
  parse(tokens, ctx) {
    const r = {
      priority: uint(tokens, 0, U16, 'SRV priority'),
      weight: uint(tokens, 1, U16, 'SRV weight'),
      port: uint(tokens, 2, U16, 'SRV port'),
      target: name(tokens, 3, ctx, 'SRV target'),
    };
    end(tokens, 4);
    return r;
  },
  format(r) {
    return `${r.priority} ${r.weight} ${r.port} ${r.target}`;
  },
};
