import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  RECORD_RESOURCE_TYPES
} from "./chunk-N7M7IRS2.js";
import {
  txtPresentation
} from "./chunk-FC6P4P2O.js";
import {
  budgetMessage
} from "./chunk-7BXAX2Z4.js";
import {
  canonicalName,
  canonicalRdata,
  isInZone,
  parseRecordType,
  quoteOctets,
  relativeName
} from "./chunk-UEUQZ7ZE.js";
import {
  makeRRset
} from "./chunk-NHBBLBWC.js";

// src/formats/terraform/values.ts
var Unknown = class {
  constructor(what, at, error = false) {
    this.what = what;
    this.at = at;
    this.error = error;
  }
  what;
  at;
  error;
};
var ZoneRef = class {
  constructor(zone, written) {
    this.zone = zone;
    this.written = written;
  }
  zone;
  written;
};
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof ZoneRef);
}
function isList(v) {
  return Array.isArray(v);
}
function firstUnknown(v) {
  if (v instanceof Unknown) return v;
  if (isList(v)) {
    for (const x of v) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  } else if (isObject(v))
    for (const x of Object.values(v)) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  return void 0;
}
function asString(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  return void 0;
}
function asNumber(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return void 0;
}

// src/formats/terraform/zones.ts
function apexOf(text) {
  const trimmed = text.trim().replace(/\.$/, "");
  if (trimmed === "") return void 0;
  const n = canonicalName(`${trimmed}.`);
  return n.ok ? n.name : void 0;
}
function nameFrom(v) {
  if (v instanceof Unknown) return v;
  const s = asString(v);
  return s === void 0 ? void 0 : apexOf(s);
}
function zoneIdentity(mode, type, attrs) {
  const found = (apex, ids) => apex === void 0 ? void 0 : { apex, idAttributes: ids };
  switch (type) {
    case "aws_route53_zone":
      return found(nameFrom(attrs["name"]), ["zone_id", "id"]);
    case "cloudflare_zone": {
      const filter = attrs["filter"];
      const filterName = isObject(filter) ? filter["name"] : isList(filter) && isObject(filter[0]) ? filter[0]["name"] : void 0;
      return found(nameFrom(attrs["zone"] ?? attrs["name"] ?? filterName), ["id", "zone_id"]);
    }
    case "google_dns_managed_zone":
      return mode === "managed" ? found(nameFrom(attrs["dns_name"]), ["id"]) : void 0;
    case "azurerm_dns_zone":
      return found(nameFrom(attrs["name"]), ["id"]);
    case "digitalocean_domain":
      return found(nameFrom(attrs["name"]), ["id", "urn"]);
    default:
      return void 0;
  }
}
var ZONE_RESOURCE_TYPES = /* @__PURE__ */ new Set([
  "aws_route53_zone",
  "cloudflare_zone",
  "google_dns_managed_zone",
  "azurerm_dns_zone",
  "digitalocean_domain"
]);

// src/formats/terraform/records.ts
function zoneHandle(v, text) {
  if (v instanceof ZoneRef) return { kind: "apex", apex: v.zone, written: v.written };
  if (v instanceof Unknown) return { kind: "unknown", why: v };
  const s = asString(v);
  if (s !== void 0) return { kind: "id", id: s, written: JSON.stringify(s) };
  return { kind: "unknown", why: new Unknown(text, { file: "" }) };
}
function domainHandle(v, text) {
  if (v instanceof ZoneRef) return { kind: "apex", apex: v.zone, written: v.written };
  if (v instanceof Unknown) return { kind: "unknown", why: v };
  const s = asString(v);
  const apex = s === void 0 ? void 0 : apexOf(s);
  return apex ? { kind: "apex", apex, written: JSON.stringify(apex.slice(0, -1)) } : { kind: "unknown", why: new Unknown(text, { file: "" }) };
}
function relativeOwner(name) {
  return (apex) => {
    const n = name.trim().replace(/\.$/, "").toLowerCase();
    const zone = apex.slice(0, -1);
    if (n === "" || n === "@" || n === zone) return apex;
    if (n.endsWith(`.${zone}`)) return `${n}.`;
    return `${n}.${apex}`;
  };
}
function route53Owner(name) {
  return (apex) => {
    const n = name.trim().replace(/\.$/, "").toLowerCase();
    const zone = apex.slice(0, -1);
    if (n === "") return apex;
    return n.endsWith(zone) ? `${n}.` : `${n}.${apex}`;
  };
}
var absolute = (s) => s.endsWith(".") ? s : `${s}.`;
var quote = (s) => quoteOctets(Buffer.from(s, "utf8").toString("latin1"));
function num(o, key) {
  const v = o[key];
  if (v instanceof Unknown) return v;
  return asNumber(v);
}
function str(o, key) {
  const v = o[key];
  if (v instanceof Unknown) return v;
  return asString(v);
}
function nested(o, key) {
  const v = o[key];
  if (v instanceof Unknown) return v;
  if (isObject(v)) return v;
  if (isList(v) && v.length > 0)
    return v[0] instanceof Unknown ? v[0] : isObject(v[0]) ? v[0] : void 0;
  return void 0;
}
function missing(r, what) {
  return { problem: `${r.address}: ${what}`, at: r.at };
}
function presentation(parts, r, what) {
  const u = parts.find((p) => p instanceof Unknown);
  if (u) return u;
  if (parts.some((p) => p === void 0))
    return new Unknown(`${r.address}.${what} (not given)`, r.at);
  return parts.join(" ");
}
function typeOf(v) {
  if (v instanceof Unknown) return v;
  const s = asString(v);
  return s === void 0 ? void 0 : parseRecordType(s);
}
function mapRecord(r) {
  switch (RECORD_RESOURCE_TYPES.get(r.type)) {
    case "cloudflare":
      return cloudflare(r);
    case "aws":
      return route53(r);
    case "google":
      return google(r);
    case "azurerm":
      return azure(r);
    case "digitalocean":
      return digitalocean(r);
    case "ovh":
      return ovh(r);
    default:
      return { records: [] };
  }
}
function known(r, name, type) {
  if (name instanceof Unknown || type instanceof Unknown)
    return {
      problem: `${r.address}: its ${name instanceof Unknown ? "name" : "type"} depends on ${(name instanceof Unknown ? name : type).what}, which only running Terraform can know, so the review cannot place this record`,
      at: r.at
    };
  if (name === void 0) return missing(r, "no name");
  if (type === void 0) return missing(r, "no record type this review knows");
  return { name, type };
}
function ttlOf(r, fallback) {
  const t = asNumber(r.attrs["ttl"]);
  return t !== void 0 && Number.isInteger(t) && t >= 0 ? t : fallback;
}
function cloudflare(r) {
  const a = r.attrs;
  const id = known(r, str(a, "name"), typeOf(a["type"]));
  if ("problem" in id || "records" in id) return id;
  const { name, type } = id;
  const data = nested(a, "data");
  const content = str(a, "content") ?? str(a, "value");
  const priority = num(a, "priority");
  let value;
  if (data instanceof Unknown) value = data;
  else if (data) {
    const n = (k) => num(data, k);
    const s = (k) => str(data, k);
    switch (type) {
      case "SRV":
        value = presentation(
          [n("priority") ?? priority, n("weight"), n("port"), mapName(s("target"))],
          r,
          "data"
        );
        break;
      case "CAA": {
        const v = s("value") ?? s("content");
        value = presentation(
          [n("flags") ?? 0, s("tag"), v instanceof Unknown || v === void 0 ? v : quote(v)],
          r,
          "data"
        );
        break;
      }
      case "TLSA":
        value = presentation(
          [n("usage"), n("selector"), n("matching_type"), s("certificate")],
          r,
          "data"
        );
        break;
      case "SSHFP":
        value = presentation([n("algorithm"), n("type"), s("fingerprint")], r, "data");
        break;
      case "DS":
        value = presentation(
          [n("key_tag"), n("algorithm"), n("digest_type"), s("digest")],
          r,
          "data"
        );
        break;
      case "LOC":
        value = new Unknown(`${r.address}.data (LOC)`, r.at);
        break;
      case "HTTPS":
      case "SVCB":
        value = presentation([n("priority"), mapName(s("target")), s("value")], r, "data");
        break;
      default:
        value = presentation([content], r, "content");
    }
  } else if (type === "MX") value = presentation([priority, mapName(content)], r, "priority");
  else if (type === "TXT" || type === "SPF")
    value = content instanceof Unknown || content === void 0 ? presentation([content], r, "content") : txtPresentation(content);
  else if (type === "CNAME" || type === "NS" || type === "PTR")
    value = presentation([mapName(content)], r, "content");
  else value = presentation([content], r, "content");
  const proxied = a["proxied"];
  return {
    records: [
      {
        resource: r,
        zone: zoneHandle(a["zone_id"], `${r.address}.zone_id`),
        owner: relativeOwner(name),
        type,
        // v4 leaves ttl to the API (1, automatic, when unset); v5 requires it.
        ttl: ttlOf(r, 1),
        values: value instanceof Unknown ? value : [value],
        ...proxied === true ? { options: { cloudflare_proxy: "on" } } : {}
      }
    ]
  };
}
function mapName(v) {
  return typeof v === "string" ? absolute(v) : v;
}
function route53Txt(v) {
  return v.split('""').map((p) => quote(p)).join(" ");
}
var ROUTING = [
  "weighted_routing_policy",
  "latency_routing_policy",
  "failover_routing_policy",
  "geolocation_routing_policy",
  "geoproximity_routing_policy",
  "cidr_routing_policy"
];
function route53(r) {
  const a = r.attrs;
  const id = known(r, str(a, "name"), typeOf(a["type"]));
  if ("problem" in id || "records" in id) return id;
  const { name, type } = id;
  const alias = nested(a, "alias");
  const setId = str(a, "set_identifier");
  let routing;
  if (setId !== void 0 && setId !== "") {
    const policy = ROUTING.map((p) => [p, nested(a, p)]).find(([, v]) => v !== void 0);
    const policyText = policy ? `${policy[0].replace(/_routing_policy$/, "")} ${policy[1] instanceof Unknown ? "?" : JSON.stringify(policy[1])}` : a["multivalue_answer_routing_policy"] === true ? "multivalue" : "none";
    routing = { id: setId instanceof Unknown ? "?" : setId, policy: policyText };
  }
  const zone = zoneHandle(a["zone_id"], `${r.address}.zone_id`);
  if (alias !== void 0) {
    const target = alias instanceof Unknown ? alias : str(alias, "name");
    const targetZone = alias instanceof Unknown ? void 0 : str(alias, "zone_id");
    const value = target instanceof Unknown || target === void 0 ? target ?? new Unknown(`${r.address}.alias.name`, r.at) : `${type} ${absolute(target.toLowerCase())}`;
    const options = {};
    if (typeof targetZone === "string") options["r53_zone_id"] = targetZone;
    if (!(alias instanceof Unknown) && alias["evaluate_target_health"] !== void 0)
      options["r53_evaluate_target_health"] = String(alias["evaluate_target_health"]);
    return {
      records: [
        {
          resource: r,
          zone,
          owner: route53Owner(name),
          type: "R53_ALIAS",
          // Route 53 answers an alias with the target's TTL; the model keeps 60, as the docs say.
          ttl: 60,
          values: value instanceof Unknown ? value : [value],
          ...Object.keys(options).length ? { options } : {},
          ...routing ? { routing } : {}
        }
      ]
    };
  }
  const records = a["records"];
  let values;
  const u = firstUnknown(records);
  if (u) values = u;
  else if (!isList(records)) values = new Unknown(`${r.address}.records (not given)`, r.at);
  else
    values = records.map((v) => {
      const s = asString(v) ?? "";
      if (type === "TXT" || type === "SPF") return route53Txt(s);
      if (type === "CNAME" || type === "NS" || type === "PTR") return absolute(s);
      return s;
    });
  return {
    records: [
      {
        resource: r,
        zone,
        owner: route53Owner(name),
        type,
        ttl: ttlOf(r, 300),
        values,
        ...routing ? { routing } : {}
      }
    ]
  };
}
function google(r) {
  const a = r.attrs;
  const id = known(r, str(a, "name"), typeOf(a["type"]));
  if ("problem" in id || "records" in id) return id;
  const rr = a["rrdatas"];
  const routing = nested(a, "routing_policy");
  const u = firstUnknown(rr);
  const values = u ? u : isList(rr) ? rr.map((v) => asString(v) ?? "") : routing !== void 0 ? new Unknown(`${r.address}.routing_policy (values by routing policy)`, r.at) : new Unknown(`${r.address}.rrdatas (not given)`, r.at);
  return {
    records: [
      {
        resource: r,
        zone: zoneHandle(a["managed_zone"], `${r.address}.managed_zone`),
        owner: () => {
          const n = id.name.toLowerCase();
          return n.endsWith(".") ? n : void 0;
        },
        type: id.type,
        ttl: ttlOf(r, 300),
        values
      }
    ]
  };
}
function azure(r) {
  const a = r.attrs;
  const type = parseRecordType(r.type.replace(/^azurerm_dns_|_record$/g, ""));
  const name = str(a, "name") ?? (type === "MX" ? "@" : void 0);
  const id = known(r, name, type);
  if ("problem" in id || "records" in id) return id;
  const blocks = a["record"];
  let values;
  if (a["target_resource_id"] !== void 0 && a["target_resource_id"] !== null)
    values = new Unknown(`${r.address}.target_resource_id (an Azure alias to a resource)`, r.at);
  else if (type === "CNAME") values = [presentation([mapName(str(a, "record"))], r, "record")];
  else if (["A", "AAAA", "NS", "PTR"].includes(type)) {
    const list2 = a["records"];
    const u = firstUnknown(list2);
    values = u ?? (isList(list2) ? list2.map(
      (v) => type === "NS" || type === "PTR" ? absolute(asString(v) ?? "") : asString(v) ?? ""
    ) : new Unknown(`${r.address}.records`, r.at));
  } else if (firstUnknown(blocks)) values = firstUnknown(blocks);
  else
    values = (isList(blocks) ? blocks : []).map((b) => {
      if (!isObject(b)) return new Unknown(`${r.address}.record`, r.at);
      switch (type) {
        case "MX":
          return presentation([num(b, "preference"), mapName(str(b, "exchange"))], r, "record");
        case "SRV":
          return presentation(
            [num(b, "priority"), num(b, "weight"), num(b, "port"), mapName(str(b, "target"))],
            r,
            "record"
          );
        case "CAA": {
          const v = str(b, "value");
          return presentation(
            [num(b, "flags"), str(b, "tag"), typeof v === "string" ? quote(v) : v],
            r,
            "record"
          );
        }
        default: {
          const v = str(b, "value");
          return typeof v === "string" ? txtPresentation(v) : presentation([v], r, "record");
        }
      }
    });
  const list = values instanceof Unknown ? values : values.find((v) => v instanceof Unknown) ?? values;
  return {
    records: [
      {
        resource: r,
        zone: domainHandle(a["zone_name"], `${r.address}.zone_name`),
        owner: relativeOwner(id.name),
        type,
        ttl: ttlOf(r, 3600),
        values: list
      }
    ]
  };
}
function digitalocean(r) {
  const a = r.attrs;
  const id = known(r, str(a, "name"), typeOf(a["type"]));
  if ("problem" in id || "records" in id) return id;
  const { type } = id;
  const raw = str(a, "value");
  const target = (v) => v === "@" ? void 0 : mapName(v);
  let value;
  switch (type) {
    case "MX":
      value = presentation([num(a, "priority"), target(raw)], r, "value");
      break;
    case "SRV":
      value = presentation(
        [num(a, "priority"), num(a, "weight"), num(a, "port"), target(raw)],
        r,
        "value"
      );
      break;
    case "CAA":
      value = presentation(
        [num(a, "flags"), str(a, "tag"), typeof raw === "string" ? quote(raw) : raw],
        r,
        "value"
      );
      break;
    case "TXT":
      value = typeof raw === "string" ? txtPresentation(raw) : presentation([raw], r, "value");
      break;
    case "CNAME":
    case "NS":
      value = presentation([target(raw)], r, "value");
      break;
    default:
      value = presentation([raw], r, "value");
  }
  const apexTarget = raw === "@";
  return {
    records: [
      {
        resource: r,
        zone: domainHandle(a["domain"], `${r.address}.domain`),
        owner: relativeOwner(id.name),
        type,
        ttl: ttlOf(r, 1800),
        values: apexTarget ? new Unknown(`${r.address}.value "@"`, r.at) : value instanceof Unknown ? value : [value]
      }
    ]
  };
}
function ovh(r) {
  const a = r.attrs;
  const sub = str(a, "subdomain") ?? "";
  const id = known(r, sub, typeOf(a["fieldtype"]));
  if ("problem" in id || "records" in id) return id;
  const target = str(a, "target");
  const value = typeof target === "string" && (id.type === "TXT" || id.type === "SPF") && !target.startsWith('"') ? txtPresentation(target) : presentation([target], r, "target");
  return {
    records: [
      {
        resource: r,
        zone: domainHandle(a["zone"], `${r.address}.zone`),
        owner: relativeOwner(id.name),
        type: id.type,
        ttl: ttlOf(r, 3600),
        values: value instanceof Unknown ? value : [value]
      }
    ]
  };
}

// src/formats/terraform/to-model.ts
function addProvider(d, i) {
  const type = i.type.split("_")[0];
  const known2 = d.providers.get(i.provider);
  const resource = RECORD_RESOURCE_TYPES.has(i.type) ? i.type : known2?.resource;
  d.providers.set(i.provider, { name: i.provider, type, ...resource ? { resource } : {} });
}
var warn = (message, location, code = "terraform/unknown") => ({
  level: "warning",
  code,
  message,
  location
});
function instancesToZones(instances, config, meter, loose) {
  const drafts = /* @__PURE__ */ new Map();
  const errors = [];
  const draft = (apex) => {
    let d = drafts.get(apex);
    if (!d) {
      d = { apex, providers: /* @__PURE__ */ new Map(), records: [], unknown: [], notes: [] };
      drafts.set(apex, d);
    }
    return d;
  };
  const ids = /* @__PURE__ */ new Map();
  for (const i of instances) {
    const id = zoneIdentity(i.mode, i.type, i.attrs);
    if (!id || id.apex instanceof Unknown) continue;
    for (const key of [
      ...id.idAttributes,
      ...i.type === "google_dns_managed_zone" ? ["name"] : []
    ]) {
      const v = asString(i.attrs[key]);
      if (v) ids.set(v, id.apex);
    }
    if (i.mode !== "managed" || !ZONE_RESOURCE_TYPES.has(i.type)) continue;
    const d = draft(id.apex);
    d.location ??= i.at;
    d.reference ??= `${i.address}.${id.idAttributes[0]}`;
    addProvider(d, i);
    const dnssec = i.attrs["dnssec_config"];
    const cfg = isList(dnssec) ? dnssec[0] : dnssec;
    if (isObject(cfg)) {
      const state = asString(cfg["state"]);
      if (state === "on" || state === "off") d.dnssec = state;
    }
  }
  for (const i of instances) {
    if (i.mode === "managed" && i.type === "aws_route53domains_registered_domain") registered(i);
    if (i.mode !== "managed" || !RECORD_RESOURCE_TYPES.has(i.type)) continue;
    const mapped = mapRecord(i);
    if ("problem" in mapped) {
      loose.push(warn(mapped.problem, mapped.at));
      continue;
    }
    for (const rec of mapped.records) {
      const apex = resolveZone(rec);
      if (apex instanceof Unknown) {
        loose.push(
          warn(
            `${i.address}: its zone depends on ${apex.what}, which only running Terraform can know, so the review cannot tell which zone this record is in`,
            i.at
          )
        );
        continue;
      }
      const d = draft(apex);
      addProvider(d, i);
      d.location ??= i.at;
      if (rec.zone.kind === "apex" && rec.zone.written) d.reference ??= rec.zone.written;
      if (rec.zone.kind === "id") d.reference ??= rec.zone.written;
      d.records.push(rec);
    }
  }
  function registered(i) {
    const domain = apexOf(asString(i.attrs["domain_name"]) ?? "");
    if (!domain) {
      loose.push(warn(`${i.address}: domain_name is not known statically`, i.at));
      return;
    }
    const d = draft(domain);
    d.location ??= i.at;
    d.registrar = { name: i.provider, type: "route53domains" };
    const blocks = i.attrs["name_server"];
    const names = (isList(blocks) ? blocks : []).map(
      (b) => isObject(b) ? asString(b["name"]) : void 0
    );
    if (names.some((n) => n === void 0))
      d.notes.push(warn(`${i.address}: a name_server is not known statically`, i.at));
    else d.nameservers = names.map((n) => apexOf(n)).filter(Boolean);
  }
  function resolveZone(rec) {
    const h = rec.zone;
    if (h.kind === "apex") return h.apex;
    if (h.kind === "unknown")
      return h.why.at.file ? h.why : new Unknown(h.why.what, rec.resource.at);
    const found = ids.get(h.id);
    return found ?? new Unknown(`${h.written} (a zone id no zone of this configuration has)`, rec.resource.at);
  }
  const zones = [];
  for (const d of drafts.values()) {
    const rrsets = rrsetsOf(d, errors, meter, config);
    const unmanaged = [
      {
        name: "*",
        appliesTo: "live",
        source: "terraform: only the resources the configuration declares",
        ...d.location ? { location: d.location } : {}
      },
      ...d.unknown
    ];
    const zone = {
      name: d.apex,
      format: "terraform",
      config,
      rrsets,
      providers: [...d.providers.values()],
      unmanaged
    };
    if (d.location) zone.location = d.location;
    if (d.reference) zone.reference = d.reference;
    if (d.dnssec) zone.dnssec = d.dnssec;
    if (d.registrar) zone.registrar = d.registrar;
    if (d.nameservers?.length) zone.nameservers = d.nameservers;
    if (d.notes.length) zone.diagnostics = d.notes;
    zones.push(zone);
  }
  return { zones: zones.sort((a, b) => a.name < b.name ? -1 : 1), errors };
}
function rrsetsOf(d, errors, meter, config) {
  const groups = /* @__PURE__ */ new Map();
  for (const rec of d.records) {
    const at = rec.resource.at;
    const owner = rec.owner(d.apex);
    if (owner === void 0 || !isInZone(owner, d.apex)) {
      d.notes.push(
        warn(
          `${rec.resource.address}: the name ${owner ?? "(not absolute)"} is not in the zone ${d.apex}, so the provider would refuse or misplace it`,
          at,
          "terraform/out-of-zone"
        )
      );
      continue;
    }
    if (rec.values instanceof Unknown) {
      d.notes.push(
        warn(
          `${rec.resource.address}: its value depends on ${rec.values.what}, which only running Terraform can know: the review leaves ${relativeName(owner, d.apex)} ${rec.type} to the push (give --terraform-plan for the exact values)`,
          at
        )
      );
      d.unknown.push({
        name: relativeName(owner, d.apex),
        types: [rec.type],
        source: `terraform: ${rec.resource.address} has a value only Terraform knows`,
        location: at
      });
      continue;
    }
    const values = [];
    for (const text of rec.values) {
      const v = canonicalRdata(rec.type, text, ".");
      if (!v.ok) {
        errors.push({
          level: "error",
          code: "terraform/rdata",
          message: `${rec.resource.address}: ${rec.type} value ${JSON.stringify(text.slice(0, 120))}: ${v.message}`,
          location: at
        });
        continue;
      }
      if (meter && !meter.record()) {
        errors.push({
          level: "error",
          code: "budget",
          message: budgetMessage("records", meter.limits, at.file || config),
          location: at
        });
        return [];
      }
      values.push(v.value);
    }
    const key = `${owner} ${rec.type}`;
    const g = groups.get(key) ?? { owner, recs: [], values: [] };
    g.recs.push(rec);
    g.values.push(...values);
    groups.set(key, g);
  }
  const out = [];
  for (const g of groups.values()) {
    const first = g.recs[0];
    const ttls = new Set(g.recs.map((r) => r.ttl));
    if (ttls.size > 1)
      d.notes.push(
        warn(
          `${g.owner} ${first.type}: its records give different TTLs (${[...ttls].join(", ")}); DNS serves one TTL per RRset, so the provider keeps one of them`,
          first.resource.at,
          "terraform/mixed-ttl"
        )
      );
    const options = {};
    for (const r of g.recs)
      for (const [k, v] of Object.entries(r.options ?? {}))
        options[k] = options[k] && options[k] !== v ? [options[k], v].sort().join(",") : v;
    const routed = g.recs.filter((r) => r.routing);
    if (routed.length > 0)
      options["routing"] = routed.map(
        (r) => `${r.routing.id}: ${r.routing.policy} ttl ${r.ttl} ${r.values.join(" ")}`
      ).sort().join("; ");
    out.push(
      makeRRset({
        name: g.owner,
        type: first.type,
        ttl: Math.min(...ttls),
        values: g.values,
        options,
        location: first.resource.at
      })
    );
  }
  return out;
}

export {
  Unknown,
  ZoneRef,
  isObject,
  isList,
  asString,
  asNumber,
  zoneIdentity,
  ZONE_RESOURCE_TYPES,
  instancesToZones
};
