/** A (RFC 1035 §3.4.1): one IPv4 address, dotted quad. */
import { isIPv4 } from './address.js';
import { end, token } from './fields.js';
import { type RdataCodec, RdataError } from './types.js';

export const aCodec: RdataCodec<'A'> = {
  parse(tokens) {
    const t = token(tokens, 0, 'an IPv4 address');
    // Checked without building the octets: a zone's most common record.
    if (!isIPv4(t.text) || t.quoted) throw new RdataError(`"${t.text}" is not an IPv4 address`, 0);
    end(tokens, 1);
    return { address: t.text };
  },
  format(rdata) {
    return rdata.address;
  },
};
