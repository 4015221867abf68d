import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  isObject,
  parseBootstrap,
  serviceFor,
  withSlash
} from "./chunk-UGRD6HPW.js";
import "./chunk-Y6VGXGMD.js";

// src/live/rdap/domain.ts
var MAX_ITEMS = 100;
var MAX_TEXT = 255;
function readDomain(body) {
  if (!isObject(body)) return { ok: false, problem: "the answer is not a JSON object" };
  if (body.objectClassName !== void 0 && body.objectClassName !== "domain")
    return {
      ok: false,
      problem: `the answer is not a domain object (objectClassName ${short(String(body.objectClassName), 40)})`
    };
  const ldhName = hostName(body.ldhName);
  const secureDNS = readSecureDns(body.secureDNS);
  const registrar = readRegistrar(body.entities);
  return {
    ok: true,
    domain: {
      ...ldhName ? { ldhName } : {},
      status: strings(body.status).map(statusText),
      events: items(body.events).flatMap(readEvent),
      nameservers: items(body.nameservers).map((n) => isObject(n) ? hostName(n.ldhName) : void 0).filter((n) => n !== void 0),
      ...secureDNS ? { secureDNS } : {},
      ...registrar ? { registrar } : {}
    }
  };
}
function statusText(s) {
  return s.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/\s+/g, " ").trim().toLowerCase();
}
function readEvent(e) {
  if (!isObject(e) || typeof e.eventAction !== "string" || typeof e.eventDate !== "string")
    return [];
  if (Number.isNaN(Date.parse(e.eventDate))) return [];
  return [{ action: short(e.eventAction.toLowerCase()), date: short(e.eventDate, 40) }];
}
function readSecureDns(s) {
  if (!isObject(s)) return void 0;
  const dsData = items(s.dsData).flatMap((d) => {
    if (!isObject(d)) return [];
    const { keyTag, algorithm, digestType, digest } = d;
    if (!uint(keyTag, 65535) || !uint(algorithm, 255) || !uint(digestType, 255)) return [];
    if (typeof digest !== "string" || !/^[0-9a-fA-F\s]{1,256}$/.test(digest)) return [];
    return [{ keyTag, algorithm, digestType, digest: digest.replace(/\s+/g, "").toUpperCase() }];
  });
  return {
    ...typeof s.zoneSigned === "boolean" ? { zoneSigned: s.zoneSigned } : {},
    ...typeof s.delegationSigned === "boolean" ? { delegationSigned: s.delegationSigned } : {},
    dsData
  };
}
function readRegistrar(entities) {
  const entity = items(entities).find(
    (e) => isObject(e) && strings(e.roles).some((r) => r.toLowerCase() === "registrar")
  );
  if (!isObject(entity)) return void 0;
  const name = vcardName(entity.vcardArray);
  const ianaId = items(entity.publicIds).filter(isObject).find((p) => typeof p.type === "string" && /iana registrar id/i.test(p.type))?.identifier;
  const handle = typeof entity.handle === "string" ? short(entity.handle) : void 0;
  const id = typeof ianaId === "string" || typeof ianaId === "number" ? short(String(ianaId)) : "";
  if (!name && !id && !handle) return void 0;
  return {
    ...name ? { name } : {},
    ...id ? { ianaId: id } : {},
    ...handle ? { handle } : {}
  };
}
function vcardName(vcard) {
  if (!Array.isArray(vcard) || !Array.isArray(vcard[1])) return void 0;
  for (const prop of vcard[1].slice(0, MAX_ITEMS))
    if (Array.isArray(prop) && prop[0] === "fn" && typeof prop[3] === "string" && prop[3].trim())
      return short(prop[3].trim());
  return void 0;
}
function hostName(value) {
  if (typeof value !== "string") return void 0;
  const name = value.trim().toLowerCase().replace(/\.$/, "");
  if (!/^[a-z0-9_-]{1,63}(\.[a-z0-9_-]{1,63})*$/.test(name) || name.length > 253) return void 0;
  return `${name}.`;
}
function items(value) {
  return Array.isArray(value) ? value.slice(0, MAX_ITEMS) : [];
}
function strings(value) {
  return items(value).filter((s) => typeof s === "string").map((s) => short(s));
}
function uint(value, max) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;
}
function short(text, max = MAX_TEXT) {
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, " ");
  return line.length > max ? `${line.slice(0, max)}\u2026` : line;
}

// src/live/rdap/http.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
var RDAP_HTTP_DEFAULTS = {
  timeoutMs: 5e3,
  maxBytes: 1024 * 1024,
  maxRedirects: 3,
  maxRetries: 2,
  maxRetryAfterMs: 5e3
};
var ACCEPT = "application/rdap+json, application/json;q=0.9";
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
async function getRdap(url, options = {}) {
  const o = { ...RDAP_HTTP_DEFAULTS, ...options };
  const allowHttp = url.startsWith("http:");
  let current = url;
  let redirects = 0;
  let retries = 0;
  for (; ; ) {
    if (o.deadline !== void 0 && Date.now() >= o.deadline)
      return { kind: "failed", url: current, reason: "the RDAP deadline passed before asking" };
    const answer = await exchange(current, o.timeoutMs, o.maxBytes);
    if ("error" in answer) return { kind: "failed", url: current, reason: answer.error };
    const { status, headers, text } = answer;
    if (REDIRECTS.has(status)) {
      const next = nextUrl(current, headers.location, allowHttp);
      if ("error" in next) return { kind: "failed", url: current, reason: next.error };
      if (++redirects > o.maxRedirects)
        return { kind: "failed", url: current, reason: `more than ${o.maxRedirects} redirects` };
      current = next.url;
      continue;
    }
    if (status === 429) {
      const wait = retryAfterMs(headers["retry-after"]);
      if (retries >= o.maxRetries || wait === void 0 || wait > o.maxRetryAfterMs)
        return {
          kind: "failed",
          url: current,
          reason: `rate limited (HTTP 429${wait !== void 0 ? `, asked to wait ${Math.ceil(wait / 1e3)} s` : ""})`
        };
      if (o.deadline !== void 0 && Date.now() + wait >= o.deadline)
        return {
          kind: "failed",
          url: current,
          reason: "rate limited (HTTP 429) near the deadline"
        };
      retries++;
      await new Promise((r) => setTimeout(r, wait));
      continue;
    }
    if (status === 404) return { kind: "not-found", url: current };
    if (status !== 200)
      return { kind: "failed", url: current, reason: `HTTP ${status}${errorTitle(text)}` };
    try {
      return { kind: "ok", url: current, body: JSON.parse(text) };
    } catch {
      return { kind: "failed", url: current, reason: "the answer is not JSON" };
    }
  }
}
function exchange(url, timeoutMs, maxBytes) {
  return new Promise((resolve) => {
    let done = false;
    const finish = (value) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req?.destroy();
      resolve(value);
    };
    const send = url.startsWith("https:") ? httpsRequest : httpRequest;
    let req;
    try {
      req = send(url, { method: "GET", headers: { accept: ACCEPT } }, (res) => {
        const status = res.statusCode ?? 0;
        const limit = status === 200 ? maxBytes : Math.min(maxBytes, 16 * 1024);
        const declared = Number(res.headers["content-length"]);
        if (status === 200 && Number.isFinite(declared) && declared > limit)
          return finish({ error: `the answer is larger than ${limit} bytes` });
        const chunks = [];
        let size = 0;
        res.on("data", (chunk) => {
          size += chunk.length;
          if (size > limit) {
            if (status === 200) finish({ error: `the answer is larger than ${limit} bytes` });
            else finish({ status, headers: res.headers, text: "" });
            return;
          }
          chunks.push(chunk);
        });
        res.on(
          "end",
          () => finish({ status, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") })
        );
        res.on("error", (e) => finish({ error: describe(e) }));
      });
    } catch (e) {
      resolve({ error: describe(e) });
      return;
    }
    const timer = setTimeout(
      () => finish({ error: `no complete answer within ${timeoutMs} ms` }),
      timeoutMs
    );
    req.on("error", (e) => finish({ error: describe(e) }));
    req.end();
  });
}
function nextUrl(from, location, allowHttp) {
  if (!location) return { error: "a redirect without a Location" };
  let url;
  try {
    url = new URL(location, from);
  } catch {
    return { error: "a redirect to an invalid URL" };
  }
  if (url.protocol === "https:" || allowHttp && url.protocol === "http:")
    return { url: url.href };
  return { error: `a redirect to ${url.protocol} refused (HTTPS only)` };
}
function retryAfterMs(value) {
  if (value === void 0) return 1e3;
  const text = value.trim();
  if (/^\d{1,9}$/.test(text)) return Number(text) * 1e3;
  const at = Date.parse(text);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - Date.now());
}
function errorTitle(text) {
  try {
    const body = JSON.parse(text);
    if (typeof body?.title === "string" && body.title.trim())
      return `: ${body.title.replace(/\s+/g, " ").trim().slice(0, 120)}`;
  } catch {
  }
  return "";
}
function describe(e) {
  const code = e.code;
  return code ? `${code} (${e.message.slice(0, 120)})` : e.message.slice(0, 160);
}

// src/live/registry-phase.ts
var DEFAULT_REGISTRY_DEADLINE_MS = 2e4;
var IN_FLIGHT = 4;
async function collectRegistry(requests, options) {
  const takenAt = /* @__PURE__ */ new Date();
  const deadline = takenAt.getTime() + (options.deadlineMs ?? DEFAULT_REGISTRY_DEADLINE_MS);
  let sent = 0;
  try {
    const found = await servicesFinder(options);
    if ("problem" in found)
      return {
        // No usable copy of the bootstrap file shipped (a build without one): the registry was
        // not asked, which is "off" with the reason, not a failure on every review.
        status: found.shipped ? "off" : "failed",
        reasons: [found.problem],
        domains: [],
        source: found.source,
        requests: 0,
        takenAt
      };
    const ask = async (request) => {
      const bases = found.services(request.domain);
      if (!bases)
        return {
          ...request,
          outcome: "no-service",
          reason: `no RDAP service is known for .${tldOf(request.domain)} (IANA's bootstrap file has no entry)`
        };
      let last;
      for (const base of bases) {
        const url = `${withSlash(base)}domain/${request.domain.replace(/\.$/, "")}`;
        sent++;
        const answer = await getRdap(url, { ...options.http, deadline });
        if (answer.kind === "not-found")
          return { ...request, outcome: "not-found", url: answer.url };
        if (answer.kind === "failed") {
          last = { ...request, outcome: "failed", url: answer.url, reason: answer.reason };
          continue;
        }
        const read = readDomain(answer.body);
        if (!read.ok) {
          last = { ...request, outcome: "failed", url: answer.url, reason: read.problem };
          continue;
        }
        return { ...request, outcome: "found", url: answer.url, registration: read.domain };
      }
      return last;
    };
    const domains = await inBatches(requests, IN_FLIGHT, ask);
    const reasons = domains.filter((d) => d.reason).map((d) => `${d.domain}: ${d.outcome === "failed" ? `${d.url}: ` : ""}${d.reason}`);
    return {
      status: overall(domains),
      reasons,
      domains,
      source: found.source,
      requests: sent,
      takenAt
    };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      status: "failed",
      reasons: [`the registry phase stopped on an internal error: ${message}`],
      domains: [],
      source: options.baseUrl ?? "IANA bootstrap file",
      requests: sent,
      takenAt
    };
  }
}
async function servicesFinder(options) {
  if (options.baseUrl !== void 0) {
    const base = options.baseUrl;
    return { services: () => [base], source: `--rdap ${base}` };
  }
  const given = options.bootstrap !== void 0;
  const parsed = given ? parseBootstrap(options.bootstrap) : (await import("./iana-2S2W3ICJ.js")).shippedBootstrap();
  if (!parsed.ok)
    return {
      problem: parsed.problem,
      source: given ? "the given bootstrap file" : "IANA's RDAP bootstrap file",
      shipped: !given
    };
  const bootstrap = parsed.bootstrap;
  return {
    services: (domain) => serviceFor(bootstrap, domain),
    source: `IANA's RDAP bootstrap file${bootstrap.publication ? ` of ${bootstrap.publication.slice(0, 10)}` : ""}`
  };
}
async function inBatches(items2, width, work) {
  const out = new Array(items2.length);
  let next = 0;
  const worker = async () => {
    while (next < items2.length) {
      const i = next++;
      out[i] = await work(items2[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items2.length) }, worker));
  return out;
}
function tldOf(domain) {
  return domain.replace(/\.$/, "").split(".").pop() ?? domain;
}
function overall(domains) {
  if (domains.length === 0) return "off";
  const read = domains.filter((d) => d.outcome === "found" || d.outcome === "not-found").length;
  if (read === domains.length) return "ok";
  return read === 0 ? "failed" : "partial";
}
export {
  DEFAULT_REGISTRY_DEADLINE_MS,
  collectRegistry
};
