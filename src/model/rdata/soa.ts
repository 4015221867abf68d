/** SOA (RFC 1035 §3.3.13): timers accept BIND's TTL units; the serial is a plain number. */
import { duration, end, name, U32, uint } from './fields.js';
import type { RdataCodec } from './types.js';

export const soaCodec: RdataCodec<'SOA'> = {
  parse(tokens, ctx) {
    const r = {
      mname: name(tokens, 0, ctx, 'primary server name (MNAME)'),
      rname: name(tokens, 1, ctx, 'responsible mailbox (RNAME)'),
      serial: uint(tokens, 2, U32, 'serial'),
      refresh: duration(tokens, 3, 'refresh'),
      retry: duration(tokens, 4, 'retry'),
      expire: duration(tokens, 5, 'expire'),
      minimum: duration(tokens, 6, 'minimum'),
    };
    end(tokens, 7);
    return r;
  },
  format(r) {
    return `${r.mname} ${r.rname} ${r.serial} ${r.refresh} ${r.retry} ${r.expire} ${r.minimum}`;
  },
};
