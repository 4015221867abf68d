import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/live/rdap/bootstrap.ts
var MAX_ENTRIES = 2e4;
function parseBootstrap(json) {
  if (!isObject(json) || !Array.isArray(json.services))
    return { ok: false, problem: 'not an RDAP bootstrap file: no "services" array (RFC 9224 \xA73)' };
  const services = /* @__PURE__ */ new Map();
  for (const service of json.services) {
    if (!Array.isArray(service) || service.length < 2) continue;
    const [entries, urls] = service;
    if (!Array.isArray(entries) || !Array.isArray(urls)) continue;
    const bases = urls.filter(isBaseUrl).map(withSlash).sort(httpsFirst);
    if (bases.length === 0) continue;
    for (const entry of entries) {
      if (typeof entry !== "string" || services.size >= MAX_ENTRIES) continue;
      const key = entry.toLowerCase().replace(/\.$/, "");
      if (!/^([a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})*)?$/.test(key)) continue;
      services.set(key, bases);
    }
  }
  if (services.size === 0)
    return { ok: false, problem: "the RDAP bootstrap file names no service (RFC 9224 \xA74)" };
  const publication = typeof json.publication === "string" ? json.publication : void 0;
  return { ok: true, bootstrap: { ...publication ? { publication } : {}, services } };
}
function serviceFor(bootstrap, domain) {
  const labels = domain.toLowerCase().replace(/\.$/, "").split(".");
  for (let i = 0; i <= labels.length; i++) {
    const found = bootstrap.services.get(labels.slice(i).join("."));
    if (found) return found;
  }
  return void 0;
}
function isBaseUrl(value) {
  if (typeof value !== "string" || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}
function httpsFirst(a, b) {
  return Number(b.startsWith("https:")) - Number(a.startsWith("https:"));
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  parseBootstrap,
  serviceFor,
  withSlash,
  isObject
};
