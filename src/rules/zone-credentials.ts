/**
 * Which credential each side of a zone uses: its registrar and each DNS provider, resolved to
 * the entry that configures it (a DNSControl creds.json entry, an octoDNS provider block) and
 * to the secrets that entry names (environment variables, or a literal told apart from others
 * only by `literalGroup`). Names only, never values.
 *
 * Per format:
 * - DNSControl: `NewRegistrar("x")` and `NewDnsProvider("x")` both read the creds.json entry
 *   "x" (the creds.json beside the config, as DNSControl's default `--creds`); the same name is
 *   the same entry, so the same account (DNSControl's own docs show the pattern, "Same
 *   provider for REG and DNS", documentation/nameservers.md).
 * - octoDNS: each target is a provider block of the zone's config. octoDNS manages no registrar
 *   (no config key names one; the zones carry none), so only the DNS side is known.
 * - Terraform: a zone's record resources and its registrar resource
 *   (`aws_route53domains_registered_domain`) each name a provider configuration (`aws`, or
 *   `aws.registrar` for an alias); the same configuration is the same account, and its
 *   `provider` block is the credential entry.
 */

import { defaultCredsFile } from '../formats/dnscontrol/creds.js';
import type { CredentialInfo, Zone, ZoneSet } from '../model/zone.js';
import { isSecretField } from './secret-fields.js';

/**
 * Provider types that hold no credential: DNSControl's `NONE` registrar, `BIND` (writes files),
 * `DNSOVERHTTPS` (a registrar that only reads the delegation); octoDNS's file providers.
 */
const NO_CREDENTIAL =
  /^(?:NONE|BIND|DNSOVERHTTPS|-)$|^octodns\.provider\.yaml\.|^octodns_bind\.ZoneFileProvider$/i;

export type Role = 'registrar' | 'dns';

/** One side of a zone that can change it, with the credential entry it reads. */
export interface Party {
  readonly role: Role;
  /** The config's name for it (the creds.json key, the octoDNS provider id). */
  readonly name: string;
  readonly type?: string;
  /** The entry that configures it, when the repository holds one. */
  readonly credential?: CredentialInfo;
  /** The environment variables its authenticating fields read, upper-cased. */
  readonly secretEnvs: readonly string[];
}

export interface ZoneParties {
  readonly registrar?: Party;
  readonly dns: readonly Party[];
}

/** Per zone set, per zone: rules ask for the same zone once per push job. */
const partiesCache = new WeakMap<ZoneSet, Map<Zone, ZoneParties>>();

/** The registrar (when it can change the delegation) and the DNS providers that hold a credential. */
export function zoneParties(set: ZoneSet, zone: Zone): ZoneParties {
  const bySet = partiesCache.get(set) ?? new Map<Zone, ZoneParties>();
  partiesCache.set(set, bySet);
  const known = bySet.get(zone);
  if (known) return known;
  const parties = resolveParties(set, zone);
  bySet.set(zone, parties);
  return parties;
}

function resolveParties(set: ZoneSet, zone: Zone): ZoneParties {
  const party = (role: Role, name: string, type: string | undefined): Party => {
    const credential = credentialOf(set, zone, name);
    return {
      role,
      name,
      ...(type !== undefined ? { type } : {}),
      ...(credential ? { credential } : {}),
      secretEnvs: credential
        ? secretFields(credential).flatMap((f) =>
            f.env !== undefined ? [f.env.toUpperCase()] : [],
          )
        : [],
    };
  };
  const dns = zone.providers
    .filter((p) => holdsCredential(p.type, p.name))
    .map((p) => party('dns', p.name, p.type));
  const r = zone.registrar;
  // An unknown registrar type (no creds.json in the repository) is not judged.
  const registrar =
    (zone.format === 'dnscontrol' || zone.format === 'terraform') &&
    r &&
    r.type !== undefined &&
    holdsCredential(r.type, r.name)
      ? party('registrar', r.name, r.type)
      : undefined;
  return { ...(registrar ? { registrar } : {}), dns };
}

/** Without a type (no creds.json in the repository), the usual names of those providers tell. */
function holdsCredential(type: string | undefined, name: string): boolean {
  return type === undefined ? !/^(?:none|bind)$/i.test(name) : !NO_CREDENTIAL.test(type);
}

/** The credential entry a provider name of `zone` reads, per format. */
export function credentialOf(set: ZoneSet, zone: Zone, name: string): CredentialInfo | undefined {
  const named = set.credentials.filter((c) => c.provider === name);
  switch (zone.format) {
    case 'dnscontrol': {
      const file = zone.config ? defaultCredsFile(zone.config) : undefined;
      // `--creds` elsewhere: the one entry of that name the format read.
      return (
        named.find((c) => c.location.file === file) ?? (named.length === 1 ? named[0] : undefined)
      );
    }
    case 'octodns':
      return named.find((c) => c.location.file === zone.config);
    case 'terraform': {
      // A provider block of the zone's configuration (its folder), else the one of that name.
      const folder = zone.config?.replace(/\/?$/, '/');
      return (
        named.find((c) => folder !== undefined && c.location.file.startsWith(folder)) ??
        (named.length === 1 ? named[0] : undefined)
      );
    }
    default:
      return undefined; // BIND names no provider
  }
}

/** The fields of an entry that authenticate (secret-in-repo's table), with what they read. */
export function secretFields(cred: CredentialInfo): CredentialInfo['fields'] {
  return cred.fields.filter((f) => isSecretField(cred.type, f.key));
}

/**
 * How two entries share a credential: the same environment variable or literal in fields that
 * authenticate, the same identity to assume, or the same ambient credential of the runner.
 */
export type SharedSecret =
  | { readonly kind: 'env'; readonly fieldA: string; readonly fieldB: string; readonly env: string }
  | { readonly kind: 'literal'; readonly fieldA: string; readonly fieldB: string }
  | { readonly kind: 'identity'; readonly field: string }
  | { readonly kind: 'ambient'; readonly what: string };

/**
 * Provider knowledge beyond secret fields, from the providers' DNSControl documentation
 * (documentation/provider/route53.md): a ROUTE53 entry with neither keys nor `Profile` nor
 * `RoleArn` uses the AWS credentials of the environment it runs in (`AWS_PROFILE`,
 * `AWS_ACCESS_KEY_ID`…, an OIDC role), and `Profile` or `RoleArn` name the identity used.
 */
const IDENTITY: Readonly<Record<string, { fields: readonly string[]; ambient: string }>> = {
  ROUTE53: {
    fields: ['KeyId', 'SecretKey', 'Token', 'Profile', 'RoleArn'],
    ambient: 'the AWS credentials of the environment the push runs in',
  },
};

export function sharedSecret(a: CredentialInfo, b: CredentialInfo): SharedSecret | undefined {
  const sameFile = a.location.file === b.location.file;
  const same = (fa: CredentialInfo['fields'][number], fb: CredentialInfo['fields'][number]) =>
    (fa.env !== undefined && fa.env === fb.env) ||
    (sameFile && fa.literalGroup !== undefined && fa.literalGroup === fb.literalGroup);
  for (const fa of secretFields(a))
    for (const fb of secretFields(b))
      if (same(fa, fb))
        return fa.env !== undefined
          ? { kind: 'env', fieldA: fa.key, fieldB: fb.key, env: fa.env }
          : { kind: 'literal', fieldA: fa.key, fieldB: fb.key };
  const type = a.type?.toUpperCase();
  const known = type !== undefined && type === b.type?.toUpperCase() ? IDENTITY[type] : undefined;
  if (!known) return undefined;
  const ids = (c: CredentialInfo) => c.fields.filter((f) => known.fields.includes(f.key));
  const [ia, ib] = [ids(a), ids(b)];
  if (ia.length === 0 && ib.length === 0) return { kind: 'ambient', what: known.ambient };
  // The same role or profile, with nothing else that tells the two apart.
  if (
    ia.length === ib.length &&
    ia.every((fa) => ib.some((fb) => fb.key === fa.key && same(fa, fb)))
  )
    return { kind: 'identity', field: ia.map((f) => f.key).join(' and ') };
  return undefined;
}

/**
 * Environment variable names the formats' credentials read, split by whether the field
 * authenticates (`CLOUDFLARE_API_TOKEN`) or only identifies (`CLOUDFLARE_ACCOUNT_ID`).
 */
export function credentialEnvNames(set: ZoneSet): {
  secret: Set<string>;
  identifying: Set<string>;
} {
  const secret = new Set<string>();
  const identifying = new Set<string>();
  for (const c of set.credentials)
    for (const f of c.fields)
      if (f.env !== undefined)
        (isSecretField(c.type, f.key) ? secret : identifying).add(f.env.toUpperCase());
  return { secret, identifying };
}
