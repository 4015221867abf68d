import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  globMatch
} from "./chunk-J7BEQH3Y.js";
import {
  relativeName
} from "./chunk-UEUQZ7ZE.js";

// src/model/scope.ts
import { BlockList, isIPv4, isIPv6 } from "node:net";
var SYNTHESISED_TYPES = /* @__PURE__ */ new Set([
  "SOA",
  "DNSKEY",
  "CDS",
  "CDNSKEY",
  "TYPE46",
  // RRSIG
  "TYPE47",
  // NSEC
  "TYPE50",
  // NSEC3
  "TYPE51"
  // NSEC3PARAM
]);
var regexCache = /* @__PURE__ */ new Map();
function regex(source) {
  let re = regexCache.get(source);
  if (re === void 0) {
    try {
      re = new RegExp(source);
    } catch {
      re = null;
    }
    regexCache.set(source, re);
  }
  return re;
}
var networkCache = /* @__PURE__ */ new Map();
function network(cidr) {
  let list = networkCache.get(cidr);
  if (list === void 0) {
    list = null;
    const [addr, bits] = cidr.split("/");
    const family = addr && isIPv4(addr) ? "ipv4" : addr && isIPv6(addr) ? "ipv6" : void 0;
    const prefix = bits === void 0 ? family === "ipv4" ? 32 : 128 : Number(bits);
    if (family && Number.isInteger(prefix) && prefix >= 0 && prefix <= (family === "ipv4" ? 32 : 128)) {
      list = new BlockList();
      list.addSubnet(addr, prefix, family);
    }
    networkCache.set(cidr, list);
  }
  return list;
}
function txtText(value) {
  const parts = value.match(/"((?:[^"\\]|\\.)*)"/g) ?? [];
  return parts.map((p) => p.slice(1, -1).replace(/\\(["\\])/g, "$1")).join("");
}
function valueTexts(rrset, value) {
  const out = [value];
  if (value.endsWith(".")) out.push(value.slice(0, -1));
  if (rrset.type === "TXT" || rrset.type === "SPF") out.push(txtText(value));
  return out;
}
function nameMatches(sel, name, apex) {
  if (sel.name !== void 0) {
    const target = sel.name.endsWith(".") ? name : relativeName(name, apex);
    if (!globMatch(sel.name, target)) return false;
  }
  if (sel.nameRegex !== void 0) {
    const label = name === apex ? "" : relativeName(name, apex);
    if (!regex(sel.nameRegex)?.test(label)) return false;
  }
  return true;
}
function selects(sel, rrset, apex) {
  if (sel.types !== void 0 && !sel.types.includes(rrset.type)) return false;
  if (!nameMatches(sel, rrset.name, apex)) return false;
  if (sel.target !== void 0) {
    const glob = sel.target;
    if (!rrset.values.some((v) => valueTexts(rrset, v).some((t) => globMatch(glob, t))))
      return false;
  }
  if (sel.valueRegex !== void 0) {
    const re = regex(sel.valueRegex);
    if (!re || !rrset.values.some((v) => valueTexts(rrset, v).some((t) => re.test(t))))
      return false;
  }
  if (sel.network !== void 0) {
    if (rrset.type !== "A" && rrset.type !== "AAAA") return false;
    const list = network(sel.network);
    const family = rrset.type === "A" ? "ipv4" : "ipv6";
    if (!list || !rrset.values.some((v) => list.check(v, family))) return false;
  }
  return true;
}
function matchesPattern(p, rrset, apex) {
  return selects(p, rrset, apex) && !(p.except ?? []).some((e) => selects(e, rrset, apex));
}
function leftAlone(rrset, zone, side) {
  for (const p of zone.unmanaged) {
    if (p.externalDnsPrefix !== void 0) continue;
    if (side === "config" && p.appliesTo === "live") continue;
    if (matchesPattern(p, rrset, zone.name)) return p;
  }
  return void 0;
}
function declaredHandsOff(rrset, zone) {
  const p = leftAlone(rrset, zone, "config");
  return p !== void 0 && !p.partial;
}
function nameManagedElsewhere(name, zone) {
  return zone.unmanaged.some((p) => {
    if (p.appliesTo === "live" || p.partial || p.externalDnsPrefix !== void 0) return false;
    const catchAll = p.name === "*" && p.nameRegex === void 0;
    const restricted = p.types !== void 0 || p.target !== void 0 || p.valueRegex !== void 0 || p.network !== void 0 || p.except !== void 0;
    if (catchAll && restricted) return false;
    return nameMatches(p, name, zone.name) && !(p.except ?? []).some((e) => nameMatches(e, name, zone.name));
  });
}
function pushWritesNothing(zone) {
  return zone.unmanaged.some(
    (p) => p.name === "*" && !p.partial && p.externalDnsPrefix === void 0 && p.except === void 0 && p.nameRegex === void 0 && p.types === void 0 && p.target === void 0 && p.valueRegex === void 0 && p.network === void 0
  );
}
var EXTERNAL_DNS_TYPES = ["A", "AAAA", "CNAME", "NS", "MX", "SRV"];
var EXTERNAL_DNS_PREFIXES = [
  ["aaaa", "AAAA"],
  ["a", "A"],
  ["cname", "CNAME"],
  ["ns", "NS"],
  ["mx", "MX"],
  ["srv", "SRV"],
  ["txt", "TXT"]
];
function escapeGlob(text) {
  return text.replace(/[*?{}[\]\\,]/g, "\\$&");
}
function externalDns(current, zone) {
  const out = [];
  for (const p of zone.unmanaged) {
    if (p.externalDnsPrefix === void 0) continue;
    const prefix = p.externalDnsPrefix.toLowerCase();
    for (const r of current) {
      if (r.type !== "TXT" || !r.values.some((v) => txtText(v).includes("heritage=external-dns")))
        continue;
      const label = relativeName(r.name, zone.name);
      const add = (name, types) => out.push({ name: escapeGlob(name), types, source: p.source, appliesTo: "live" });
      add(label, ["TXT"]);
      let rest = label;
      if (prefix !== "" && rest.startsWith(prefix)) rest = rest.slice(prefix.length);
      const typed = EXTERNAL_DNS_PREFIXES.find(
        ([t]) => rest.startsWith(`${t}.`) || rest.startsWith(`${t}-`)
      );
      if (typed) add(rest.slice(typed[0].length + 1) || "@", [typed[1]]);
      else if (prefix !== "" && rest !== label) {
        const apexType = EXTERNAL_DNS_PREFIXES.find(([t]) => t === rest);
        if (apexType) add("@", [apexType[1]]);
        else add(rest || "@", EXTERNAL_DNS_TYPES);
      } else add(label, EXTERNAL_DNS_TYPES);
    }
  }
  return out;
}

export {
  SYNTHESISED_TYPES,
  selects,
  matchesPattern,
  leftAlone,
  declaredHandsOff,
  nameManagedElsewhere,
  pushWritesNothing,
  externalDns
};
