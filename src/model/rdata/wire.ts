/**
 * RFC 3597 §5: a known type may be written as `\# <length> <hex>`. This decodes that wire
 * rdata into the typed variant, so `A \# 4 C0000201` and `A 192.0.2.1` compare equal.
 */
import { canonicalName } from '../name.js';
import { formatIPv6 } from './address.js';
import { escapeOctets } from './fields.js';
import { svcParamText } from './svcb.js';
import { RdataError, type RdataMap, type SvcParam } from './types.js';

class Reader {
  i = 0;
  constructor(readonly b: Uint8Array) {}
  need(n: number): void {
    if (this.i + n > this.b.length) throw new RdataError('wire data is too short', 0);
  }
  u8(): number {
    this.need(1);
    return this.b[this.i++]!;
  }
  u16(): number {
    return (this.u8() << 8) | this.u8();
  }
  u32(): number {
    return this.u16() * 65536 + this.u16();
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.b.subarray(this.i, this.i + n);
    this.i += n;
    return out;
  }
  rest(): Uint8Array {
    return this.bytes(this.b.length - this.i);
  }
  octets(n: number): string {
    return String.fromCharCode(...this.bytes(n));
  }
  charString(): string {
    return this.octets(this.u8());
  }
  name(): string {
    let text = '';
    for (let hops = 0; ; hops++) {
      const len = this.u8();
      if (len === 0) break;
      if (len > 63 || hops > 127) throw new RdataError('compressed or bad name in wire data', 0);
      text += `${escapeOctets(this.octets(len), '.\\"();@$')}.`;
    }
    const r = canonicalName(text === '' ? '.' : text);
    if (!r.ok) throw new RdataError(r.message, 0);
    return r.name;
  }
  done(): void {
    if (this.i !== this.b.length) throw new RdataError('wire data is longer than the record', 0);
  }
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

type Decoder = (r: Reader) => unknown;

const target: Decoder = (r) => ({ target: r.name() });
const ds: Decoder = (r) => ({
  keyTag: r.u16(),
  algorithm: r.u8(),
  digestType: r.u8(),
  digest: hex(r.rest()),
});
const key: Decoder = (r) => ({
  flags: r.u16(),
  protocol: r.u8(),
  algorithm: r.u8(),
  publicKey: b64(r.rest()),
});
const cert: Decoder = (r) => ({
  usage: r.u8(),
  selector: r.u8(),
  matchingType: r.u8(),
  data: hex(r.rest()),
});
const text: Decoder = (r) => {
  const strings: string[] = [];
  while (r.i < r.b.length) strings.push(r.charString());
  if (strings.length === 0) throw new RdataError('TXT wire data is empty', 0);
  return { strings };
};
const svc: Decoder = (r) => {
  const priority = r.u16();
  const t = r.name();
  const params: SvcParam[] = [];
  let last = -1;
  while (r.i < r.b.length) {
    const k = r.u16();
    if (k <= last) throw new RdataError('SvcParam keys are not in increasing order', 0);
    last = k;
    params.push(svcParamText(k, r.bytes(r.u16())));
  }
  return { priority, target: t, params };
};

const DECODERS: { [K in keyof RdataMap]: Decoder } = {
  A: (r) => ({ address: [...r.bytes(4)].join('.') }),
  AAAA: (r) => {
    const w: number[] = [];
    for (let k = 0; k < 8; k++) w.push(r.u16());
    return { address: formatIPv6(w) };
  },
  NS: target,
  CNAME: target,
  DNAME: target,
  PTR: target,
  MX: (r) => ({ preference: r.u16(), exchange: r.name() }),
  SOA: (r) => ({
    mname: r.name(),
    rname: r.name(),
    serial: r.u32(),
    refresh: r.u32(),
    retry: r.u32(),
    expire: r.u32(),
    minimum: r.u32(),
  }),
  TXT: text,
  SPF: text,
  SRV: (r) => ({ priority: r.u16(), weight: r.u16(), port: r.u16(), target: r.name() }),
  CAA: (r) => {
    const flags = r.u8();
    const tag = r.charString();
    if (!/^[a-zA-Z0-9]+$/.test(tag)) throw new RdataError('bad CAA tag in wire data', 0);
    return { flags, tag, value: r.octets(r.b.length - r.i) };
  },
  DS: ds,
  CDS: ds,
  DNSKEY: key,
  CDNSKEY: key,
  SSHFP: (r) => ({ algorithm: r.u8(), fpType: r.u8(), fingerprint: hex(r.rest()) }),
  TLSA: cert,
  SMIMEA: cert,
  NAPTR: (r) => ({
    order: r.u16(),
    preference: r.u16(),
    flags: r.charString(),
    services: r.charString(),
    regexp: r.charString(),
    replacement: r.name(),
  }),
  SVCB: svc,
  HTTPS: svc,
  LOC: (r) => {
    const version = r.u8();
    if (version !== 0) throw new RdataError(`LOC version ${version} is unknown`, 0);
    const precisions = [r.u8(), r.u8(), r.u8()];
    if (precisions.some((b) => b >> 4 > 9 || (b & 15) > 9))
      throw new RdataError('bad LOC size or precision in wire data', 0);
    return {
      version,
      size: precisions[0]!,
      horizPre: precisions[1]!,
      vertPre: precisions[2]!,
      latitude: r.u32(),
      longitude: r.u32(),
      altitude: r.u32(),
    };
  },
  DHCID: (r) => ({ data: b64(r.rest()) }),
  OPENPGPKEY: (r) => ({ publicKey: b64(r.rest()) }),
};

/** The typed rdata of a known type from its wire form. Throws RdataError when malformed. */
export function decodeWireRdata<K extends keyof RdataMap>(type: K, hexData: string): RdataMap[K] {
  const r = new Reader(Buffer.from(hexData, 'hex'));
  const value = DECODERS[type](r) as RdataMap[K];
  r.done();
  return value;
}
