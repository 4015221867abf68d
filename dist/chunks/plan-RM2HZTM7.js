import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  Unknown,
  ZONE_RESOURCE_TYPES,
  ZoneRef,
  instancesToZones,
  isList,
  zoneIdentity
} from "./chunk-WQ27YHM6.js";
import {
  RECORD_RESOURCE_TYPES
} from "./chunk-N7M7IRS2.js";
import "./chunk-FC6P4P2O.js";
import "./chunk-62H6EOL3.js";
import "./chunk-7BXAX2Z4.js";
import "./chunk-PW6GGXO2.js";
import "./chunk-UEUQZ7ZE.js";
import "./chunk-NHBBLBWC.js";
import "./chunk-Y6VGXGMD.js";

// src/formats/terraform/plan.ts
var DNS_TYPES = /* @__PURE__ */ new Set([
  ...RECORD_RESOURCE_TYPES.keys(),
  ...ZONE_RESOURCE_TYPES,
  "aws_route53domains_registered_domain"
]);
var ZONE_ARGUMENT = {
  cloudflare: "zone_id",
  aws: "zone_id",
  google: "managed_zone",
  azurerm: "zone_name",
  digitalocean: "domain",
  ovh: "zone"
};
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function withUnknowns(value, unknown, path, at) {
  if (unknown === true) return new Unknown(`${path} (known after apply)`, at);
  if (Array.isArray(value))
    return value.map(
      (v, i) => withUnknowns(v, Array.isArray(unknown) ? unknown[i] : void 0, `${path}[${i}]`, at)
    );
  const o = obj(value);
  if (o) {
    const u = obj(unknown);
    const out = {};
    for (const [k, v] of Object.entries(o)) out[k] = withUnknowns(v, u?.[k], `${path}.${k}`, at);
    for (const [k, flag] of Object.entries(u ?? {}))
      if (!(k in out) && flag === true)
        out[k] = new Unknown(`${path}.${k} (known after apply)`, at);
    return out;
  }
  return value;
}
function configResources(module, prefix) {
  if (!module) return [];
  const out = [];
  for (const r of Array.isArray(module["resources"]) ? module["resources"] : []) {
    const o = obj(r);
    if (o && typeof o["address"] === "string")
      out.push({ address: `${prefix}${o["address"]}`, expressions: obj(o["expressions"]) ?? {} });
  }
  for (const [name, call] of Object.entries(obj(module["module_calls"]) ?? {}))
    out.push(...configResources(obj(obj(call)?.["module"]), `${prefix}module.${name}.`));
  return out;
}
function stateResources(module) {
  if (!module) return [];
  const own = (Array.isArray(module["resources"]) ? module["resources"] : []).map(obj).filter((r) => r !== void 0);
  const children = (Array.isArray(module["child_modules"]) ? module["child_modules"] : []).flatMap(
    (c) => stateResources(obj(c))
  );
  return [...own, ...children];
}
var providerOf = (name) => typeof name === "string" ? name.split("/").at(-1) ?? name : "terraform";
function planToZones(text, file) {
  const at = { file };
  const bad = (message) => ({
    ok: false,
    errors: [{ level: "error", code: "terraform/plan", message, location: at }]
  });
  let plan;
  try {
    plan = obj(JSON.parse(text));
  } catch (e) {
    return bad(
      `not JSON (the output of terraform show -json PLANFILE is): ${e.message}`
    );
  }
  if (!plan) return bad("not a Terraform plan: the JSON is not an object");
  const version = plan["format_version"];
  if (typeof version !== "string" || !/^1\.\d+$/.test(version))
    return bad(
      `format_version ${JSON.stringify(version ?? null)} is not one this review reads (1.x, from terraform show -json PLANFILE)`
    );
  if (!Array.isArray(plan["resource_changes"]))
    return bad(
      "not a Terraform plan: no resource_changes (was this terraform show -json of a state, not a plan file?)"
    );
  const config = configResources(obj(obj(plan["configuration"])?.["root_module"]), "");
  const before = [];
  const after = [];
  const instance = (rc, attrs) => ({
    mode: rc["mode"] === "data" ? "data" : "managed",
    type: String(rc["type"]),
    name: String(rc["name"]),
    address: String(rc["address"]),
    attrs,
    at,
    attrAt: /* @__PURE__ */ new Map(),
    provider: providerOf(rc["provider_name"])
  });
  for (const r of stateResources(obj(obj(obj(plan["prior_state"])?.["values"])?.["root_module"]))) {
    if (r["mode"] !== "data" || !DNS_TYPES.has(String(r["type"]))) continue;
    const values = obj(r["values"]);
    if (!values) continue;
    const i = instance(r, withUnknowns(values, void 0, String(r["address"]), at));
    before.push(i);
    after.push(i);
  }
  for (const raw of plan["resource_changes"]) {
    const rc = obj(raw);
    const change = obj(rc?.["change"]);
    if (!rc || !change || !DNS_TYPES.has(String(rc["type"])) || rc["deposed"]) continue;
    const address = String(rc["address"]);
    const b = obj(change["before"]);
    const a = obj(change["after"]);
    if (b) before.push(instance(rc, withUnknowns(b, void 0, address, at)));
    if (a)
      after.push(
        instance(
          rc,
          withUnknowns(a, change["after_unknown"] ?? void 0, address, at)
        )
      );
  }
  const warnings = [];
  const base = instancesToZones(placeByConfiguration(before, config), "./", void 0, warnings);
  const head = instancesToZones(placeByConfiguration(after, config), "./", void 0, warnings);
  const errors = [...base.errors, ...head.errors];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { base: base.zones, head: head.zones, warnings } };
}
var configAddress = (address) => address.replace(/\[[^\]]*\]/g, "");
function placeByConfiguration(instances, config) {
  const zones = /* @__PURE__ */ new Map();
  for (const i of instances) {
    const id = zoneIdentity(i.mode, i.type, i.attrs);
    if (id && typeof id.apex === "string") zones.set(configAddress(i.address), id.apex);
  }
  const byAddress = new Map(config.map((c) => [c.address, c]));
  return instances.map((i) => {
    const family = RECORD_RESOURCE_TYPES.get(i.type);
    const arg = family ? ZONE_ARGUMENT[family] : void 0;
    if (!arg || !(i.attrs[arg] instanceof Unknown)) return i;
    const refs = obj(byAddress.get(configAddress(i.address))?.expressions[arg])?.["references"];
    const own = configAddress(i.address);
    const modulePrefix = own.slice(0, own.length - `${i.type}.${i.name}`.length);
    for (const ref of isList(refs) ? refs : []) {
      if (typeof ref !== "string") continue;
      const apex = zones.get(`${modulePrefix}${ref}`);
      if (apex) return { ...i, attrs: { ...i.attrs, [arg]: new ZoneRef(apex, ref) } };
    }
    return i;
  });
}
export {
  planToZones
};
