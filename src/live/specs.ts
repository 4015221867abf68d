/**
 * The CLI's and the Action's way of naming servers: `--resolver IP[:PORT]` and
 * `--authoritative ZONE=IP[:PORT],…`, and the system's resolvers from /etc/resolv.conf.
 * IPv6 with a port is written in brackets (`[2001:db8::1]:53`); bare IPv6 means port 53.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { canonicalName } from '../model/name.js';
import type { ServerEndpoint } from './types.js';

export type ServerSpecResult =
  | { readonly ok: true; readonly address: string; readonly port: number }
  | { readonly ok: false; readonly message: string };

export type AuthoritativeSpecResult =
  | { readonly ok: true; readonly zone: string; readonly servers: readonly ServerEndpoint[] }
  | { readonly ok: false; readonly message: string };

/** `IP`, `IP:PORT`, `[IPv6]:PORT` or bare IPv6 (port 53). Host names are not accepted. */
export function parseResolverSpec(text: string): ServerSpecResult {
  const t = text.trim();
  let address = t;
  let port = '53';
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(t);
  if (bracket) {
    address = bracket[1]!;
    port = bracket[2] ?? '53';
  } else if (isIP(t) === 0) {
    const i = t.lastIndexOf(':');
    if (i > 0 && t.indexOf(':') === i) {
      address = t.slice(0, i);
      port = t.slice(i + 1);
    }
  }
  const family = isIP(address);
  if (family === 0 || (bracket && family !== 6))
    return { ok: false, message: `"${text}" is not an IP address (expected IP[:PORT])` };
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
    return { ok: false, message: `"${text}" has an invalid port (1–65535)` };
  return { ok: true, address: address.toLowerCase(), port: Number(port) };
}

/** `example.com=192.0.2.1,192.0.2.2:5353` → the zone (canonical) and its servers. */
export function parseAuthoritativeSpec(text: string): AuthoritativeSpecResult {
  const eq = text.indexOf('=');
  if (eq <= 0)
    return {
      ok: false,
      message: `"${text}" should be ZONE=IP[:PORT],… (e.g. example.com=192.0.2.1)`,
    };
  const zoneText = text.slice(0, eq).trim();
  const zone = canonicalName(zoneText.endsWith('.') ? zoneText : `${zoneText}.`);
  if (!zone.ok) return { ok: false, message: `"${zoneText}": ${zone.message}` };
  const list = text
    .slice(eq + 1)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (list.length === 0) return { ok: false, message: `"${text}" names no server after "="` };
  const servers: ServerEndpoint[] = [];
  for (const item of list) {
    const r = parseResolverSpec(item);
    if (!r.ok) return { ok: false, message: `${zone.name}: ${r.message}` };
    servers.push({ name: r.address, address: r.address, port: r.port });
  }
  return { ok: true, zone: zone.name, servers };
}

/** `nameserver` lines of resolv.conf (at most the first three, as the C library does). */
export function readSystemResolvers(path = '/etc/resolv.conf'): {
  servers: { address: string; port: number }[];
  problem?: string;
} {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { servers: [], problem: `cannot read ${path}: ${(e as Error).message}` };
  }
  const servers: { address: string; port: number }[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    if (!m) continue;
    // A zone index (fe80::1%eth0) is not usable by dgram.send; skip such entries.
    const r = parseResolverSpec(m[1]!);
    if (r.ok) servers.push({ address: r.address, port: r.port });
    if (servers.length === 3) break;
  }
  return servers.length > 0 ? { servers } : { servers, problem: `${path} names no nameserver` };
}

export type LimitResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly message: string };

/** The live phase's overall deadline, in seconds (1–600), as milliseconds. */
export function parseLiveDeadline(text: string): LimitResult {
  // Number('') is 0, so empty text fails the lower bound like any other out-of-range value.
  const s = Number(text.trim());
  if (!Number.isFinite(s) || s < 1 || s > 600)
    return { ok: false, message: `a number of seconds from 1 to 600 is expected; got "${text}"` };
  return { ok: true, value: Math.round(s * 1000) };
}

/** Queries in flight at once: a whole number from 1 to 1024. */
export function parseInFlight(text: string): LimitResult {
  const t = text.trim();
  if (!/^\d{1,4}$/.test(t) || Number(t) < 1 || Number(t) > 1024)
    return { ok: false, message: `a whole number from 1 to 1024 is expected; got "${text}"` };
  return { ok: true, value: Number(t) };
}
