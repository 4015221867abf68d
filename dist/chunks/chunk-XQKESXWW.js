import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  canonicalName
} from "./chunk-UEUQZ7ZE.js";

// src/live/specs.ts
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
function parseResolverSpec(text) {
  const t = text.trim();
  let address = t;
  let port = "53";
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(t);
  if (bracket) {
    address = bracket[1];
    port = bracket[2] ?? "53";
  } else if (isIP(t) === 0) {
    const i = t.lastIndexOf(":");
    if (i > 0 && t.indexOf(":") === i) {
      address = t.slice(0, i);
      port = t.slice(i + 1);
    }
  }
  const family = isIP(address);
  if (family === 0 || bracket && family !== 6)
    return { ok: false, message: `"${text}" is not an IP address (expected IP[:PORT])` };
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
    return { ok: false, message: `"${text}" has an invalid port (1\u201365535)` };
  return { ok: true, address: address.toLowerCase(), port: Number(port) };
}
function parseAuthoritativeSpec(text) {
  const eq = text.indexOf("=");
  if (eq <= 0)
    return {
      ok: false,
      message: `"${text}" should be ZONE=IP[:PORT],\u2026 (e.g. example.com=192.0.2.1)`
    };
  const zoneText = text.slice(0, eq).trim();
  const zone = canonicalName(zoneText.endsWith(".") ? zoneText : `${zoneText}.`);
  if (!zone.ok) return { ok: false, message: `"${zoneText}": ${zone.message}` };
  const list = text.slice(eq + 1).split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  if (list.length === 0) return { ok: false, message: `"${text}" names no server after "="` };
  const servers = [];
  for (const item of list) {
    const r = parseResolverSpec(item);
    if (!r.ok) return { ok: false, message: `${zone.name}: ${r.message}` };
    servers.push({ name: r.address, address: r.address, port: r.port });
  }
  return { ok: true, zone: zone.name, servers };
}
function readSystemResolvers(path = "/etc/resolv.conf") {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return { servers: [], problem: `cannot read ${path}: ${e.message}` };
  }
  const servers = [];
  for (const line of text.split("\n")) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    if (!m) continue;
    const r = parseResolverSpec(m[1]);
    if (r.ok) servers.push({ address: r.address, port: r.port });
    if (servers.length === 3) break;
  }
  return servers.length > 0 ? { servers } : { servers, problem: `${path} names no nameserver` };
}
function parseLiveDeadline(text) {
  const s = Number(text.trim());
  if (!Number.isFinite(s) || s < 1 || s > 600)
    return { ok: false, message: `a number of seconds from 1 to 600 is expected; got "${text}"` };
  return { ok: true, value: Math.round(s * 1e3) };
}
function parseInFlight(text) {
  const t = text.trim();
  if (!/^\d{1,4}$/.test(t) || Number(t) < 1 || Number(t) > 1024)
    return { ok: false, message: `a whole number from 1 to 1024 is expected; got "${text}"` };
  return { ok: true, value: Number(t) };
}

export {
  parseResolverSpec,
  parseAuthoritativeSpec,
  readSystemResolvers,
  parseLiveDeadline,
  parseInFlight
};
