import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  parseFilepos
} from "./chunk-62H6EOL3.js";
import {
  canonicalName,
  canonicalRdata,
  parseRecordType,
  quoteOctets,
  toAbsoluteName
} from "./chunk-UEUQZ7ZE.js";
import {
  makeRRset
} from "./chunk-NHBBLBWC.js";

// src/formats/dnscontrol/to-model.ts
var NOT_OPTIONS = /* @__PURE__ */ new Set(["orig_custom_type", "skip_fqdn_check"]);
function txtPresentation(text) {
  const octets = Buffer.from(text, "utf8").toString("latin1");
  if (octets.length === 0) return '""';
  const parts = [];
  for (let i = 0; i < octets.length; i += 255) parts.push(quoteOctets(octets.slice(i, i + 255)));
  return parts.join(" ");
}
function quote(s) {
  return quoteOctets(Buffer.from(s, "utf8").toString("latin1"));
}
function recordPresentation(r) {
  const n = (v) => String(v ?? 0);
  switch (r.type) {
    case "MX":
      return `${n(r.mxpreference)} ${r.target}`;
    case "SRV":
      return `${n(r.srvpriority)} ${n(r.srvweight)} ${n(r.srvport)} ${r.target}`;
    case "CAA":
      return `${n(r.caaflag)} ${r.caatag ?? ""} ${quote(r.target)}`;
    case "TXT":
      return txtPresentation(r.target);
    case "SSHFP":
      return `${n(r.sshfpalgorithm)} ${n(r.sshfpfingerprint)} ${r.target}`;
    case "TLSA":
      return `${n(r.tlsausage)} ${n(r.tlsaselector)} ${n(r.tlsamatchingtype)} ${r.target}`;
    case "SMIMEA":
      return `${n(r.smimeausage)} ${n(r.smimeaselector)} ${n(r.smimeamatchingtype)} ${r.target}`;
    case "DS":
      return `${n(r.dskeytag)} ${n(r.dsalgorithm)} ${n(r.dsdigesttype)} ${r.dsdigest ?? ""}`;
    case "DNSKEY":
      return `${n(r.dnskeyflags)} ${n(r.dnskeyprotocol)} ${n(r.dnskeyalgorithm)} ${r.dnskeypublickey ?? ""}`;
    case "SOA":
      return `${r.target} ${r.soambox ?? ""} 0 ${n(r.soarefresh)} ${n(r.soaretry)} ${n(r.soaexpire)} ${n(r.soaminttl)}`;
    case "NAPTR":
      return `${n(r.naptrorder)} ${n(r.naptrpreference)} ${quote(r.naptrflags ?? "")} ${quote(r.naptrservice ?? "")} ${quote(r.naptrregexp ?? "")} ${r.target}`;
    case "SVCB":
    case "HTTPS":
      return `${n(r.svcpriority)} ${r.target}${r.svcparams ? ` ${r.svcparams}` : ""}`;
    case "R53_ALIAS":
    case "AZURE_ALIAS":
      return `${(r.r53_alias ?? r.azure_alias)?.type ?? ""} ${r.target}`;
    default:
      return r.target;
  }
}
function location(pos, file) {
  return parseFilepos(pos) ?? { file };
}
function ownerName(label, apex) {
  const r = toAbsoluteName(label, apex);
  return r.ok ? r.name : void 0;
}
function optionsOf(records) {
  const collected = /* @__PURE__ */ new Map();
  for (const r of records) {
    for (const [k, v] of Object.entries(r.meta ?? {}))
      if (!NOT_OPTIONS.has(k)) collected.set(k, (collected.get(k) ?? /* @__PURE__ */ new Set()).add(v));
    if (r.r53_alias?.zone_id) collected.set("r53_zone_id", /* @__PURE__ */ new Set([r.r53_alias.zone_id]));
    if (r.r53_alias?.evaluate_target_health)
      collected.set("r53_evaluate_target_health", /* @__PURE__ */ new Set([r.r53_alias.evaluate_target_health]));
  }
  const out = {};
  for (const k of [...collected.keys()].sort()) out[k] = [...collected.get(k)].sort().join(",");
  return out;
}
function rrsetsOf(d, apex, file, errors, notes) {
  const groups = /* @__PURE__ */ new Map();
  const add = (r, name, type, value) => {
    const key = `${name} ${type}`;
    const g = groups.get(key) ?? { name, type, records: [], values: [] };
    g.records.push(r);
    g.values.push(value);
    groups.set(key, g);
  };
  for (const r of d.records) {
    const at = location(r.filepos, file);
    const type = parseRecordType(r.type);
    const name = ownerName(r.name, apex);
    if (!type || !name) {
      notes.push({
        level: "warning",
        message: `${r.type} ${r.name}: provider-specific record kept out of the review model`,
        location: at,
        code: "dnscontrol/unmodelled-type"
      });
      continue;
    }
    const value = canonicalRdata(type, recordPresentation(r), apex);
    if (!value.ok) {
      errors.push({
        level: "error",
        message: `${r.type} ${r.name}: ${value.message}`,
        location: at,
        code: "dnscontrol/rdata"
      });
      continue;
    }
    add(r, name, type, value.value);
  }
  for (const raw of d.rawrecords ?? []) addRaw(raw, apex, file, add);
  const out = [];
  for (const g of groups.values()) {
    out.push(
      makeRRset({
        name: g.name,
        type: g.type,
        ttl: g.records[0].ttl ?? 300,
        values: g.values,
        options: optionsOf(g.records),
        location: location(g.records[0].filepos, file)
      })
    );
  }
  return out;
}
function addRaw(raw, apex, file, add) {
  if (raw.type !== "CLOUDFLAREAPI_SINGLE_REDIRECT") return;
  const text = raw.args.map((a) => typeof a === "number" ? String(a) : quote(String(a))).join(" ");
  const rec = { type: "CF_SINGLE_REDIRECT", name: "@", target: text, ttl: raw.ttl ?? 1 };
  if (raw.filepos) rec.filepos = raw.filepos;
  void file;
  add(rec, apex, "CF_SINGLE_REDIRECT", text);
}
function unmanagedOf(d, at) {
  const out = [];
  const providers = Object.entries(d.dnsProviders);
  if (providers.length === 0)
    out.push({ name: "*", appliesTo: "live", source: "no DnsProvider()", location: at });
  else if (providers.some(([, n]) => n !== 0))
    out.push({
      name: "@",
      types: ["NS"],
      partial: true,
      appliesTo: "live",
      source: `DnsProvider(${providers.filter(([, n]) => n !== 0).map(([p]) => p).sort().join(", ")})`,
      location: at
    });
  if (d.ignore_external_dns)
    out.push({
      name: "*",
      externalDnsPrefix: d.external_dns_prefix ?? "",
      source: "IGNORE_EXTERNAL_DNS",
      location: at
    });
  for (const u of d.unmanaged ?? []) {
    const types = (u.rType_pattern ?? "*").split(",").map((t) => t.trim()).filter((t) => t !== "" && t !== "*").map((t) => parseRecordType(t)).filter((t) => t !== void 0);
    const target = u.target_pattern && u.target_pattern !== "*" ? u.target_pattern : void 0;
    out.push({
      name: u.label_pattern || "*",
      ...types.length ? { types } : {},
      ...target ? { target } : {},
      source: target && (u.label_pattern ?? "*") === "*" ? "IGNORE_TARGET" : "IGNORE",
      location: at
    });
  }
  return out;
}
function apexNs(d, apex, names, at) {
  const ttlText = d.meta.ns_ttl;
  const ttl = ttlText !== void 0 && /^\d+$/.test(ttlText) ? Number(ttlText) : 300;
  return makeRRset({
    name: apex,
    type: "NS",
    ttl: ttl <= 4294967295 ? ttl : 300,
    values: names,
    location: at
  });
}
function irToZones(ir, file, types) {
  const zones = [];
  const errors = [];
  const typeOf = (list, name) => {
    const declared = list.find((p) => p.name === name)?.type;
    return declared && declared !== "-" ? declared : types.get(name);
  };
  for (const d of ir.domains) {
    const at = location(d.filepos, file);
    const apexResult = canonicalName(`${d.name}.`);
    if (!apexResult.ok) {
      errors.push({
        level: "error",
        message: `D("${d.name}"): ${apexResult.message}`,
        location: at,
        code: "dnscontrol/name"
      });
      continue;
    }
    const apex = apexResult.name;
    const notes = [];
    const rrsets = rrsetsOf(d, apex, file, errors, notes);
    const registrarType = typeOf(ir.registrars, d.registrar);
    const registrar = {
      name: d.registrar,
      ...registrarType ? { type: registrarType } : {}
    };
    const providers = Object.entries(d.dnsProviders).map(([name, nsCount]) => {
      const type = typeOf(ir.dns_providers, name);
      return { name, ...type ? { type } : {}, nsCount };
    });
    const nameservers = [];
    for (const ns of d.nameservers ?? []) {
      const n = canonicalName(`${ns.name}.`);
      if (n.ok) nameservers.push(n.name);
      else
        errors.push({
          level: "error",
          message: `NAMESERVER("${ns.name}"): ${n.message}`,
          location: at,
          code: "dnscontrol/name"
        });
    }
    if (nameservers.length) rrsets.push(apexNs(d, apex, nameservers, at));
    const tag = d.meta.dnscontrol_tag;
    const zone = {
      name: apex,
      format: "dnscontrol",
      rrsets,
      registrar,
      providers,
      unmanaged: unmanagedOf(d, at),
      location: at
    };
    if (tag) zone.tag = tag;
    if (nameservers.length) zone.nameservers = nameservers;
    if (d.auto_dnssec) zone.dnssec = d.auto_dnssec;
    if (d.keepunknown) zone.noPurge = true;
    if (notes.length) zone.diagnostics = notes;
    zones.push(zone);
  }
  return { zones, errors };
}

export {
  txtPresentation,
  irToZones
};
