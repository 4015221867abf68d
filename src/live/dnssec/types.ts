/**
 * What the DNSSEC step found for a signed zone (one whose parent publishes DS): the DNSKEY
 * sets its servers serve, every signature of the RRsets it asked, checked against each of
 * those sets, and the CDS/CDNSKEY each server publishes. Times stay as the RRSIGs carry them;
 * rules judge them against the review's clock (`verdict.ts`).
 */
import type { RecordType } from '../../model/record-type.js';
import type { SignatureCheck } from './verify.js';

/** One distinct DNSKEY set and the servers that serve it (one per signer, RFC 8901). */
export interface KeySetFact {
  /** Servers serving exactly this set, as `name (address)`. */
  readonly servers: readonly string[];
  /** Canonical DNSKEY values. */
  readonly dnskey: readonly string[];
  /** Tags of the keys of this set that a DS at the parent references (digest recomputed). */
  readonly dsKeys: readonly number[];
}

/** One RRset as one server serves it, its signatures checked against one key set. */
export interface SignedRRsetFact {
  readonly name: string;
  readonly type: RecordType;
  readonly ttl: number;
  /** The server that answered, as `name (address)`. */
  readonly server: string;
  /**
   * Index into `keySets`. For the DNSKEY RRset: the server's own set, narrowed to the keys a
   * DS references (the chain from the parent); for every other RRset: the whole set.
   */
  readonly keySet: number;
  readonly signatures: readonly SignatureCheck[];
}

/** The CDS and CDNSKEY sets one server publishes (canonical values; empty when none). */
export interface CdsFact {
  readonly server: string;
  readonly cds: readonly string[];
  readonly cdnskey: readonly string[];
}

export interface DnssecFacts {
  /** The DS set at the parent the chain starts from (canonical values). */
  readonly ds: readonly string[];
  readonly keySets: readonly KeySetFact[];
  readonly rrsets: readonly SignedRRsetFact[];
  readonly cds: readonly CdsFact[];
}
