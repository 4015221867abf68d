/**
 * An RDAP domain object (RFC 9083 §5.3) read as untrusted input: only the members ZoneGuard
 * judges are kept, each checked for its type and cut to a sane length, and anything else is
 * ignored. What a registry leaves out stays undefined rather than guessed (RFC 9083 Appendix D:
 * not every registry publishes `secureDNS` or events).
 *
 * Statuses are RFC 9083 §10.2.2 strings; EPP statuses appear as RFC 8056 maps them
 * (`clientTransferProhibited` → `client transfer prohibited`). A server that sends the EPP
 * spelling is read the same way.
 */
import { isObject } from './bootstrap.js';

export interface RdapEvent {
  /** `registration`, `expiration`, `last changed`, … (RFC 9083 §10.2.3). */
  readonly action: string;
  /** RFC 3339, as the server wrote it (valid dates only). */
  readonly date: string;
}

export interface RdapDsData {
  readonly keyTag: number;
  readonly algorithm: number;
  readonly digestType: number;
  /** Upper-case hex, as DS presentation writes it. */
  readonly digest: string;
}

export interface RdapSecureDns {
  readonly zoneSigned?: boolean;
  /** True when the registry publishes DS for the domain in its parent zone. */
  readonly delegationSigned?: boolean;
  readonly dsData: readonly RdapDsData[];
}

export interface RdapRegistrar {
  readonly name?: string;
  /** The IANA Registrar ID (`publicIds` of type `IANA Registrar ID`), when given. */
  readonly ianaId?: string;
  readonly handle?: string;
}

export interface RdapDomain {
  /** The domain's LDH name, lower-cased, absolute (RFC 9083 §3: the trailing dot is optional). */
  readonly ldhName?: string;
  /** Lower-cased status strings, `client transfer prohibited`, `active`, … */
  readonly status: readonly string[];
  readonly events: readonly RdapEvent[];
  /** Nameserver host names, absolute and lower-cased. */
  readonly nameservers: readonly string[];
  readonly secureDNS?: RdapSecureDns;
  readonly registrar?: RdapRegistrar;
}

export type DomainResult = { ok: true; domain: RdapDomain } | { ok: false; problem: string };

const MAX_ITEMS = 100;
const MAX_TEXT = 255;

export function readDomain(body: unknown): DomainResult {
  if (!isObject(body)) return { ok: false, problem: 'the answer is not a JSON object' };
  if (body.objectClassName !== undefined && body.objectClassName !== 'domain')
    return {
      ok: false,
      problem: `the answer is not a domain object (objectClassName ${short(String(body.objectClassName), 40)})`,
    };
  const ldhName = hostName(body.ldhName);
  const secureDNS = readSecureDns(body.secureDNS);
  const registrar = readRegistrar(body.entities);
  return {
    ok: true,
    domain: {
      ...(ldhName ? { ldhName } : {}),
      status: strings(body.status).map(statusText),
      events: items(body.events).flatMap(readEvent),
      nameservers: items(body.nameservers)
        .map((n) => (isObject(n) ? hostName(n.ldhName) : undefined))
        .filter((n): n is string => n !== undefined),
      ...(secureDNS ? { secureDNS } : {}),
      ...(registrar ? { registrar } : {}),
    },
  };
}

/** `clientTransferProhibited` or `Client Transfer Prohibited` → `client transfer prohibited`. */
function statusText(s: string): string {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function readEvent(e: unknown): RdapEvent[] {
  if (!isObject(e) || typeof e.eventAction !== 'string' || typeof e.eventDate !== 'string')
    return [];
  if (Number.isNaN(Date.parse(e.eventDate))) return [];
  return [{ action: short(e.eventAction.toLowerCase()), date: short(e.eventDate, 40) }];
}

function readSecureDns(s: unknown): RdapSecureDns | undefined {
  if (!isObject(s)) return undefined;
  const dsData = items(s.dsData).flatMap((d): RdapDsData[] => {
    if (!isObject(d)) return [];
    const { keyTag, algorithm, digestType, digest } = d;
    if (!uint(keyTag, 65535) || !uint(algorithm, 255) || !uint(digestType, 255)) return [];
    if (typeof digest !== 'string' || !/^[0-9a-fA-F\s]{1,256}$/.test(digest)) return [];
    return [{ keyTag, algorithm, digestType, digest: digest.replace(/\s+/g, '').toUpperCase() }];
  });
  return {
    ...(typeof s.zoneSigned === 'boolean' ? { zoneSigned: s.zoneSigned } : {}),
    ...(typeof s.delegationSigned === 'boolean' ? { delegationSigned: s.delegationSigned } : {}),
    dsData,
  };
}

/** The entity with the `registrar` role (RFC 9083 §10.2.4), top level. */
function readRegistrar(entities: unknown): RdapRegistrar | undefined {
  const entity = items(entities).find(
    (e) => isObject(e) && strings(e.roles).some((r) => r.toLowerCase() === 'registrar'),
  );
  if (!isObject(entity)) return undefined;
  const name = vcardName(entity.vcardArray);
  const ianaId = items(entity.publicIds)
    .filter(isObject)
    .find((p) => typeof p.type === 'string' && /iana registrar id/i.test(p.type))?.identifier;
  const handle = typeof entity.handle === 'string' ? short(entity.handle) : undefined;
  const id = typeof ianaId === 'string' || typeof ianaId === 'number' ? short(String(ianaId)) : '';
  if (!name && !id && !handle) return undefined;
  return {
    ...(name ? { name } : {}),
    ...(id ? { ianaId: id } : {}),
    ...(handle ? { handle } : {}),
  };
}

/** The `fn` of a jCard (RFC 7095): `["vcard", [["fn", {}, "text", "Name"], …]]`. */
function vcardName(vcard: unknown): string | undefined {
  if (!Array.isArray(vcard) || !Array.isArray(vcard[1])) return undefined;
  for (const prop of (vcard[1] as unknown[]).slice(0, MAX_ITEMS))
    if (Array.isArray(prop) && prop[0] === 'fn' && typeof prop[3] === 'string' && prop[3].trim())
      return short(prop[3].trim());
  return undefined;
}

function hostName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim().toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9_-]{1,63}(\.[a-z0-9_-]{1,63})*$/.test(name) || name.length > 253) return undefined;
  return `${name}.`;
}

function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value.slice(0, MAX_ITEMS) : [];
}

function strings(value: unknown): string[] {
  return items(value)
    .filter((s): s is string => typeof s === 'string')
    .map((s) => short(s));
}

function uint(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function short(text: string, max = MAX_TEXT): string {
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
