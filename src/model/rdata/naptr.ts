/** NAPTR (RFC 3403 §4.1): order, preference, flags, services, regexp, replacement. */
import { charString, end, name, quoteOctets, U16, uint } from './fields.js';
import { type RdataCodec, RdataError } from './types.js';

export const naptrCodec: RdataCodec<'NAPTR'> = {
  parse(tokens, ctx) {
    const order = uint(tokens, 0, U16, 'NAPTR order');
    const preference = uint(tokens, 1, U16, 'NAPTR preference');
    const flags = charString(tokens, 2, 'NAPTR flags');
    if (!/^[A-Za-z0-9]*$/.test(flags))
      throw new RdataError('NAPTR flags must be letters and digits', 2);
    const services = charString(tokens, 3, 'NAPTR services');
    const regexp = charString(tokens, 4, 'NAPTR regexp');
    const replacement = name(tokens, 5, ctx, 'NAPTR replacement');
    end(tokens, 6);
    return { order, preference, flags, services, regexp, replacement };
  },
  format(r) {
    return `${r.order} ${r.preference} ${quoteOctets(r.flags)} ${quoteOctets(r.services)} ${quoteOctets(r.regexp)} ${r.replacement}`;
  },
};
