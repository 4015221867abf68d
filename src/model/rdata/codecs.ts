/** Every codec, by type. Types missing here fall back to RFC 3597 generic data. */

import { aCodec } from './a.js';
import { aaaaCodec } from './aaaa.js';
import { dhcidCodec, openpgpkeyCodec } from './base64-only.js';
import { caaCodec } from './caa.js';
import { cdnskeyCodec, dnskeyCodec } from './dnskey.js';
import { cdsCodec, dsRecordCodec } from './ds.js';
import { genericCodec } from './generic.js';
import { locCodec } from './loc.js';
import { mxCodec } from './mx.js';
import { naptrCodec } from './naptr.js';
import { soaCodec } from './soa.js';
import { srvCodec } from './srv.js';
import { sshfpCodec } from './sshfp.js';
import { httpsCodec, svcbCodec } from './svcb.js';
import { cnameCodec, dnameCodec, nsCodec, ptrCodec } from './target.js';
import { smimeaCodec, tlsaCodec } from './tlsa.js';
import { spfCodec, txtCodec } from './txt.js';
import type { RdataCodec, RdataMap } from './types.js';

export const CODECS: { [K in keyof RdataMap]?: RdataCodec<K> } & {
  generic: typeof genericCodec;
} = {
  generic: genericCodec,
  A: aCodec,
  AAAA: aaaaCodec,
  CAA: caaCodec,
  CDNSKEY: cdnskeyCodec,
  CDS: cdsCodec,
  CNAME: cnameCodec,
  DHCID: dhcidCodec,
  DNAME: dnameCodec,
  DNSKEY: dnskeyCodec,
  DS: dsRecordCodec,
  HTTPS: httpsCodec,
  LOC: locCodec,
  MX: mxCodec,
  NAPTR: naptrCodec,
  NS: nsCodec,
  OPENPGPKEY: openpgpkeyCodec,
  PTR: ptrCodec,
  SMIMEA: smimeaCodec,
  SOA: soaCodec,
  SPF: spfCodec,
  SRV: srvCodec,
  SSHFP: sshfpCodec,
  SVCB: svcbCodec,
  TLSA: tlsaCodec,
  TXT: txtCodec,
};
