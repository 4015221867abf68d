/**
 * The canonical model every format produces and every later stage reads: RRsets, zones and the
 * set of zones one git ref of the repository defines.
 */
import type { Diagnostic, SourceLocation } from './location.js';
import type { RecordType } from './record-type.js';

export type FormatId = 'bind' | 'octodns' | 'dnscontrol' | 'terraform';
export const FORMAT_IDS: readonly FormatId[] = ['bind', 'octodns', 'dnscontrol', 'terraform'];

/** `(name, type)` with one TTL and a set of canonical rdata values. */
export interface RRset {
  /** Absolute, canonical owner name (see `name.ts`). */
  readonly name: string;
  readonly type: RecordType;
  readonly ttl: number;
  /** Canonical presentation rdata, sorted and unique (see `rdata/`). */
  readonly values: readonly string[];
  /**
   * Settings that are part of the RRset's identity beyond its rdata, as canonical strings:
   * e.g. octoDNS `dynamic` pools, Cloudflare `proxied`. Compared by the diff like values.
   */
  readonly options?: Readonly<Record<string, string>>;
  readonly location?: SourceLocation;
}

/** A DNS provider (or registrar) as the config names it, with its provider type. */
export interface ProviderRef {
  /** The config's name for it, e.g. `cloudflare` or `route53-prod`. */
  readonly name: string;
  /** The provider type: DNSControl `CLOUDFLAREAPI`, octoDNS class `octodns_route53.Route53Provider`. */
  readonly type?: string;
  /** DNSControl `DnsProvider(x, n)`: how many of its nameservers are used (-1 = all). */
  readonly nsCount?: number;
  /**
   * Terraform: the record resource type the zone's records use with this provider
   * (`cloudflare_record` or `cloudflare_dns_record`), so the write side writes the same family.
   */
  readonly resource?: string;
}

/**
 * Which records a pattern selects. Every field given must match; a field left out matches
 * anything. Labels are relative to the apex, written as the config writes them.
 */
export interface RecordSelector {
  /**
   * Label glob relative to the apex (`*`, `@`, `foo.*`; DNSControl's IGNORE syntax, `\` escapes
   * a character) or, ending in a dot, an absolute name glob.
   */
  readonly name?: string;
  /** A regular expression searched (unanchored) in the label, `''` for the apex: octoDNS `/re/`. */
  readonly nameRegex?: string;
  /** Record types; undefined for all. */
  readonly types?: readonly RecordType[];
  /** Glob on any one value, trailing dot optional (DNSControl IGNORE target). */
  readonly target?: string;
  /** A regular expression searched in any one value (octoDNS value filters' `/re/`). */
  readonly valueRegex?: string;
  /** A CIDR: selects A and AAAA RRsets with a value inside it (octoDNS network filters). */
  readonly network?: string;
}

/**
 * Records a push of the config leaves alone: out of the push's scope (docs/push-scope.md). The
 * formats write one pattern per thing that says so: DNSControl `IGNORE*`, `IGNORE_EXTERNAL_DNS`,
 * the providers' own apex nameservers, a `D()` without a DNS provider; octoDNS `ignored`,
 * `included`/`excluded`, processors and filters, an apex NS the zone file does not set.
 * `src/model/scope.ts` is the one predicate that reads them.
 */
export interface UnmanagedPattern extends RecordSelector {
  /** Label glob as in `RecordSelector.name` (`*` for any). */
  readonly name: string;
  /**
   * An allowlist: the pattern selects what matches it and none of these (octoDNS
   * `TypeAllowlistFilter`, `NameAllowlistFilter`, …: what the list does not name is left alone).
   */
  readonly except?: readonly RecordSelector[];
  /**
   * Undefined: the config declares these records hands-off, so they are out of scope for every
   * comparison and every rule. `live`: only what is live is left alone (the provider owns it, or
   * the push writes no records at all); the config's own records stay judged by every rule and
   * the base → head change still shows them.
   */
  readonly appliesTo?: 'live';
  /**
   * The config names only part of the RRset: the live values beyond it and the live TTL belong
   * to someone else (DNSControl: the providers' own apex nameservers, added at push time).
   */
  readonly partial?: boolean;
  /** What declared it: `IGNORE`, `IGNORE_TARGET`, `octodns.ignored`, `TypeAllowlistFilter`, … */
  readonly source: string;
  /** Where it is declared, when the format knows. */
  readonly location?: SourceLocation;
  /** DNSControl `IGNORE_EXTERNAL_DNS`: TXT owner records with this label prefix ('' for none). */
  readonly externalDnsPrefix?: string;
}

/** octoDNS safety thresholds (fractions, e.g. 0.3) for the mass-change rule. */
export interface ChangeThresholds {
  readonly updatePercent?: number;
  readonly deletePercent?: number;
  readonly minExisting?: number;
}

export interface Zone {
  /** The apex, canonical. */
  readonly name: string;
  /** DNSControl split-horizon tag (`example.com!internal`), else undefined. */
  readonly tag?: string;
  readonly format: FormatId;
  /**
   * The configuration that defines the zone, repository-relative: the `dnsconfig.js` it is a
   * `D()` of, the octoDNS config file listing it, or for BIND the folder of zone files holding
   * it (written with a trailing `/`, the root as `./`). A repository may hold several; a zone
   * belongs to exactly one. Set by every format's loader; absent only in hand-built zones.
   */
  readonly config?: string;
  readonly rrsets: readonly RRset[];
  readonly registrar?: ProviderRef;
  readonly providers: readonly ProviderRef[];
  /**
   * Apex nameservers the config names explicitly (DNSControl `NAMESERVER()`), canonical. The
   * DNSControl loader also writes them as the apex NS RRset (TTL from `NAMESERVER_TTL`), as
   * DNSControl adds them to the records it pushes.
   */
  readonly nameservers?: readonly string[];
  /** DNSSEC intent from the config: DNSControl AUTODNSSEC_ON/OFF; undefined when not said. */
  readonly dnssec?: 'on' | 'off';
  /** NO_PURGE for the whole zone: records whose name and type the config lacks are left alone. */
  readonly noPurge?: boolean;
  /** What the push leaves alone (docs/push-scope.md); empty when it owns the whole zone. */
  readonly unmanaged: readonly UnmanagedPattern[];
  readonly thresholds?: ChangeThresholds;
  /**
   * Terraform: how the configuration's record resources name this zone, as written
   * (`aws_route53_zone.main.zone_id`, `var.zone_id`), so that the write side's resource blocks
   * land in the same zone.
   */
  readonly reference?: string;
  /** Where the zone is declared (`D()` call, zone file, octoDNS zone entry). */
  readonly location?: SourceLocation;
  /** Format warnings and semantic notes found while reading this zone. */
  readonly diagnostics?: readonly Diagnostic[];
}

/**
 * Which fields of a credential are literals in the repository versus references. Names and
 * lines only: values are never kept. The credential rules judge a provider by its type and
 * the keys it uses.
 */
export interface CredentialInfo {
  /** The provider name (creds.json key, octoDNS provider name). */
  readonly provider: string;
  /** The provider kind as written: DNSControl `TYPE` (`CLOUDFLAREAPI`), octoDNS `class`. */
  readonly type?: string;
  /** Where the provider is defined: its creds.json key, its octoDNS provider entry. */
  readonly location: SourceLocation;
  /**
   * The fields that hold or name a credential: every key but `TYPE` of a creds.json provider;
   * of an octoDNS provider, its secret references and credential-looking literals (`a.b` when
   * nested).
   */
  readonly fields: readonly {
    readonly key: string;
    /** True when the repository holds the value itself (a secret), false for `$ENV`/`env/NAME`. */
    readonly literal: boolean;
    /**
     * The environment variable the field reads: DNSControl `$NAME`, octoDNS `env/NAME`. A name,
     * never a value: the pipeline rules match it with the workflows' `env:` and `secrets.*`.
     */
    readonly env?: string;
    /**
     * Literals only: equal numbers within one file mean equal values (numbered in the order they
     * first appear), so two providers holding the same secret can be told without keeping it.
     */
    readonly literalGroup?: number;
    /** Where the key is written; absent when it cannot be found in the text. */
    readonly location?: SourceLocation;
  }[];
}

/**
 * For a credential reader: numbers literal values by first appearance within one file, so equal
 * values get equal numbers (`CredentialInfo` field `literalGroup`), the only trace of a value
 * that leaves the reader.
 */
export function literalGroups(): (value: unknown) => number {
  const seen = new Map<string, number>();
  return (value) => {
    const key = typeof value === 'string' ? value : JSON.stringify(value);
    const known = seen.get(key);
    if (known !== undefined) return known;
    const n = seen.size + 1;
    seen.set(key, n);
    return n;
  };
}

export interface ZoneSet {
  readonly zones: readonly Zone[];
  readonly credentials: readonly CredentialInfo[];
  /** Repository-relative paths of every file read to build this set. */
  readonly files: readonly string[];
  /** Captured output of the config program (DNSControl `console.log`), if any. */
  readonly log?: readonly string[];
}

/** `example.com.` or `example.com.!internal`: zones are unique by this key. */
export function zoneKey(zone: Pick<Zone, 'name' | 'tag'>): string {
  return zone.tag ? `${zone.name}!${zone.tag}` : zone.name;
}

/** RRsets are unique by `name type` within a zone. */
export function rrsetKey(rrset: Pick<RRset, 'name' | 'type'>): string {
  return `${rrset.name} ${rrset.type}`;
}

/** Builds an RRset with values sorted and de-duplicated. */
export function makeRRset(fields: {
  name: string;
  type: RecordType;
  ttl: number;
  values: Iterable<string>;
  options?: Record<string, string> | undefined;
  location?: SourceLocation | undefined;
}): RRset {
  // One value (most RRsets) needs neither the de-duplication nor the sort.
  const given = fields.values;
  const values =
    Array.isArray(given) && given.length === 1 ? [given[0] as string] : [...new Set(given)].sort();
  const rrset: {
    -readonly [K in keyof RRset]: RRset[K];
  } = { name: fields.name, type: fields.type, ttl: fields.ttl, values };
  if (fields.options && Object.keys(fields.options).length > 0) rrset.options = fields.options;
  if (fields.location) rrset.location = fields.location;
  return rrset;
}

/**
 * Whether two value lists are the same, in order: for RRsets made by makeRRset (sorted, no
 * value twice) that is the same set of values. The formats share equal lists between the two
 * sides of a review, so the same list is the common case.
 */
export function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function emptyZoneSet(): ZoneSet {
  return { zones: [], credentials: [], files: [] };
}
