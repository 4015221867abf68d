/** DHCID (RFC 4701) and OPENPGPKEY (RFC 7929): the whole rdata is base64. */
import { base64Rest } from './fields.js';
import type { RdataCodec } from './types.js';

export const dhcidCodec: RdataCodec<'DHCID'> = {
  parse(tokens) {
    return { data: base64Rest(tokens, 0, 'DHCID data') };
  },
  format(r) {
    return r.data;
  },
};

export const openpgpkeyCodec: RdataCodec<'OPENPGPKEY'> = {
  parse(tokens) {
    return { publicKey: base64Rest(tokens, 0, 'OpenPGP key') };
  },
  format(r) {
    return r.publicKey;
  },
};
