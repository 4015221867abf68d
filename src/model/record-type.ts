/**
 * Every record type ZoneGuard understands. Standard types have a codec in `rdata/`; provider
 * pseudo-types (ALIAS, Cloudflare redirects, …) are typed pseudo-records whose values are kept
 * as the config wrote them; anything else is an RFC 3597 `TYPEnnn`.
 */
export const STANDARD_TYPES = [
  'A',
  'AAAA',
  'CAA',
  'CDNSKEY',
  'CDS',
  'CNAME',
  'DHCID',
  'DNAME',
  'DNSKEY',
  'DS',
  'HTTPS',
  'LOC',
  'MX',
  'NAPTR',
  'NS',
  'OPENPGPKEY',
  'PTR',
  'SMIMEA',
  'SOA',
  'SPF',
  'SRV',
  'SSHFP',
  'SVCB',
  'TLSA',
  'TXT',
] as const;

export const PSEUDO_TYPES = [
  'ALIAS',
  'URLFWD',
  'CF_REDIRECT',
  'CF_TEMP_REDIRECT',
  'CF_WORKER_ROUTE',
  'CF_SINGLE_REDIRECT',
  'R53_ALIAS',
  'AZURE_ALIAS',
  'FRAME',
  'URL',
  'URL301',
  'IMPORT_TRANSFORM',
] as const;

export type StandardType = (typeof STANDARD_TYPES)[number];
export type PseudoType = (typeof PSEUDO_TYPES)[number];
/** RFC 3597 generic type, e.g. `TYPE65534`. */
export type GenericType = `TYPE${number}`;
export type RecordType = StandardType | PseudoType | GenericType;

const standard = new Set<string>(STANDARD_TYPES);
const pseudo = new Set<string>(PSEUDO_TYPES);

export function isStandardType(t: string): t is StandardType {
  return standard.has(t);
}

export function isPseudoType(t: string): t is PseudoType {
  return pseudo.has(t);
}

/** IANA type numbers of the standard types (RFC 3597 `TYPEnnn` of these means the named type). */
export const TYPE_NUMBERS: Readonly<Record<StandardType, number>> = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  LOC: 29,
  SRV: 33,
  NAPTR: 35,
  DNAME: 39,
  DS: 43,
  SSHFP: 44,
  DNSKEY: 48,
  DHCID: 49,
  TLSA: 52,
  SMIMEA: 53,
  CDS: 59,
  CDNSKEY: 60,
  OPENPGPKEY: 61,
  SVCB: 64,
  HTTPS: 65,
  SPF: 99,
  CAA: 257,
};

const byNumber = new Map<number, StandardType>(
  Object.entries(TYPE_NUMBERS).map(([k, v]) => [v, k as StandardType]),
);

/**
 * Normalises a type mnemonic as written in a config (`mx`, `TYPE15`, `type65534`) to our
 * `RecordType`, or undefined when it is not a type. `TYPE15` becomes `MX` (RFC 3597 §5).
 */
export function parseRecordType(text: string): RecordType | undefined {
  const upper = text.toUpperCase();
  if (standard.has(upper)) return upper as StandardType;
  if (pseudo.has(upper)) return upper as PseudoType;
  const m = /^TYPE(\d{1,5})$/.exec(upper);
  if (m) {
    const n = Number(m[1]);
    if (n > 65535) return undefined;
    return byNumber.get(n) ?? (`TYPE${n}` as GenericType);
  }
  return undefined;
}

/** Types whose RRset holds one record (RFC 1034 §3.6.2, RFC 6672 §2.4): BIND refuses a second. */
export const SINGLETON_TYPES: ReadonlySet<RecordType> = new Set<RecordType>([
  'SOA',
  'CNAME',
  'DNAME',
]);
