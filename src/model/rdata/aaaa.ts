/** AAAA (RFC 3596): one IPv6 address, written the RFC 5952 way. */
import { formatIPv6, parseIPv6 } from './address.js';
import { end, token } from './fields.js';
import { type RdataCodec, RdataError } from './types.js';

export const aaaaCodec: RdataCodec<'AAAA'> = {
  parse(tokens) {
    const t = token(tokens, 0, 'an IPv6 address');
    const w = t.quoted ? undefined : parseIPv6(t.text);
    if (!w) throw new RdataError(`"${t.text}" is not an IPv6 address`, 0);
    end(tokens, 1);
    return { address: formatIPv6(w) };
  },
  format(rdata) {
    return rdata.address;
  },
};
