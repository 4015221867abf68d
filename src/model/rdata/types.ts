/**
 * Typed rdata: one variant per record type (a discriminated union on `type`). RRsets store
 * values as canonical presentation strings (cheap to compare, diff and print); a codec turns
 * presentation tokens into the typed variant and back, so `format(parse(x))` is canonical.
 */
import type { GenericType, PseudoType } from '../record-type.js';

/** A presentation-format token: `text` keeps escapes undecoded, without surrounding quotes. */
export interface RdataToken {
  readonly text: string;
  readonly quoted: boolean;
}

/** Names inside rdata are resolved against the origin (canonical, with trailing dot). */
export interface RdataContext {
  readonly origin: string;
}

/** Thrown by codecs only; `parseRdata` turns it into a value with the token index. */
export class RdataError extends Error {
  constructor(
    message: string,
    readonly tokenIndex?: number,
  ) {
    super(message);
    this.name = 'RdataError';
  }
}

export interface SvcParam {
  /** Key name (`alpn`, `port`, …) or `keyNNNNN` for unregistered keys. */
  readonly key: string;
  /** Canonical value text, or undefined for keys without a value (`no-default-alpn`). */
  readonly value?: string;
}

export interface RdataMap {
  A: { address: string };
  AAAA: { address: string };
  NS: { target: string };
  CNAME: { target: string };
  DNAME: { target: string };
  PTR: { target: string };
  MX: { preference: number; exchange: string };
  SOA: {
    mname: string;
    rname: string;
    serial: number;
    refresh: number;
    retry: number;
    expire: number;
    minimum: number;
  };
  /** Character-strings as JS strings of octets (each char code 0–255). */
  TXT: { strings: string[] };
  SPF: { strings: string[] };
  SRV: { priority: number; weight: number; port: number; target: string };
  CAA: { flags: number; tag: string; value: string };
  DS: { keyTag: number; algorithm: number; digestType: number; digest: string };
  CDS: { keyTag: number; algorithm: number; digestType: number; digest: string };
  DNSKEY: { flags: number; protocol: number; algorithm: number; publicKey: string };
  CDNSKEY: { flags: number; protocol: number; algorithm: number; publicKey: string };
  SSHFP: { algorithm: number; fpType: number; fingerprint: string };
  TLSA: { usage: number; selector: number; matchingType: number; data: string };
  SMIMEA: { usage: number; selector: number; matchingType: number; data: string };
  NAPTR: {
    order: number;
    preference: number;
    flags: string;
    services: string;
    regexp: string;
    replacement: string;
  };
  SVCB: { priority: number; target: string; params: SvcParam[] };
  HTTPS: { priority: number; target: string; params: SvcParam[] };
  /** RFC 1876 wire values: sizes/precisions as the encoded byte, lat/lon/alt as wire integers. */
  LOC: {
    version: number;
    size: number;
    horizPre: number;
    vertPre: number;
    latitude: number;
    longitude: number;
    altitude: number;
  };
  DHCID: { data: string };
  OPENPGPKEY: { publicKey: string };
}

export type StandardRdata = { [K in keyof RdataMap]: { type: K } & RdataMap[K] }[keyof RdataMap];
/** RFC 3597 unknown data (hex, upper case) for types without a codec. */
export type GenericRdata = { type: GenericType; data: string };
/** Provider pseudo-records keep the config's own text, whitespace-normalised. */
export type PseudoRdata = { type: PseudoType; text: string };
export type Rdata = StandardRdata | GenericRdata | PseudoRdata;

export interface RdataCodec<K extends keyof RdataMap> {
  parse(tokens: readonly RdataToken[], ctx: RdataContext): RdataMap[K];
  format(rdata: RdataMap[K]): string;
}
