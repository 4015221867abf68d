/** CAA (RFC 8659 §4.1): flags, an alphanumeric tag, and a value of octets (no length cap). */
import { charString, end, quoteOctets, token, U8, uint } from './fields.js';
import { type RdataCodec, RdataError } from './types.js';

export const caaCodec: RdataCodec<'CAA'> = {
  parse(tokens) {
    const flags = uint(tokens, 0, U8, 'CAA flags');
    const tag = token(tokens, 1, 'CAA tag').text;
    if (!/^[a-zA-Z0-9]{1,255}$/.test(tag))
      throw new RdataError(`CAA tag "${tag}" must be letters and digits`, 1);
    const value = charString(tokens, 2, 'CAA value', 65535);
    end(tokens, 3);
    return { flags, tag, value };
  },
  format(r) {
    return `${r.flags} ${r.tag} ${quoteOctets(r.value)}`;
  },
};
