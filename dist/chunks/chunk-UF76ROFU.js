import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  SYNTHESISED_TYPES
} from "./chunk-STTGIKZ5.js";
import {
  isInZone,
  isPseudoType
} from "./chunk-UEUQZ7ZE.js";
import {
  rrsetKey
} from "./chunk-NHBBLBWC.js";

// src/live/dnssec/touched.ts
var sameRRset = (a, b) => a.ttl === b.ttl && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);
function touchedSigned(base, head) {
  const apex = head?.name ?? base?.name;
  if (!apex) return [];
  const cuts = /* @__PURE__ */ new Set();
  for (const z of [base, head])
    for (const r of z?.rrsets ?? []) if (r.type === "NS" && r.name !== apex) cuts.add(r.name);
  const below = (name, type) => [...cuts].some((c) => isInZone(name, c) && !(name === c && type === "DS"));
  const before = new Map((base?.rrsets ?? []).map((r) => [`${r.name} ${r.type}`, r]));
  const after = new Map((head?.rrsets ?? []).map((r) => [`${r.name} ${r.type}`, r]));
  const out = [];
  for (const key of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key);
    const a = after.get(key);
    const r = a ?? b;
    if (b && a && sameRRset(a, b)) continue;
    if (isPseudoType(r.type) || r.name === apex && r.type === "DS") continue;
    if (below(r.name, r.type)) continue;
    out.push({ name: r.name, type: r.type });
  }
  return out;
}

// src/live/requests.ts
function headSide(zone, base) {
  const apexNs = zone.rrsets.find((r) => r.name === zone.name && r.type === "NS")?.values ?? [];
  const names = [.../* @__PURE__ */ new Set([...apexNs, ...zone.nameservers ?? []])];
  if (names.length === 0) return void 0;
  const addressesOf = (name) => isInZone(name, zone.name) ? zone.rrsets.filter((r) => r.name === name && (r.type === "A" || r.type === "AAAA")).flatMap((r) => r.values) : [];
  const rrsets = zone.rrsets.filter(
    (r) => !isPseudoType(r.type) && !SYNTHESISED_TYPES.has(r.type) && !(r.name === zone.name && (r.type === "NS" || r.type === "DS"))
  );
  const before = new Map((base?.rrsets ?? []).map((r) => [rrsetKey(r), r]));
  const changed = /* @__PURE__ */ new Set();
  for (const r of rrsets) {
    const b = before.get(rrsetKey(r));
    if (!b || b.values.join("\n") !== r.values.join("\n")) changed.add(rrsetKey(r));
  }
  return {
    nameservers: names.map((name) => ({ name, addresses: addressesOf(name) })),
    rrsets,
    changed: [...changed].map((k) => before.get(k) ?? k)
  };
}
function liveRequests(base, head) {
  const byZone = /* @__PURE__ */ new Map();
  const entry = (zone) => {
    let e = byZone.get(zone);
    if (!e) {
      e = { rrsets: /* @__PURE__ */ new Map(), targets: /* @__PURE__ */ new Set(), keysOf: /* @__PURE__ */ new Set() };
      e.rrsets.set(`${zone} NS`, { name: zone, type: "NS" });
      byZone.set(zone, e);
    }
    return e;
  };
  const baseZones = /* @__PURE__ */ new Map();
  for (const [side, set] of [
    ["base", base],
    ["head", head]
  ]) {
    for (const zone of set?.zones ?? []) {
      const e = entry(zone.name);
      if (side === "base") baseZones.set(zone.name, zone);
      else e.head = headSide(zone, baseZones.get(zone.name));
      for (const rrset of zone.rrsets) {
        if (isPseudoType(rrset.type)) continue;
        e.rrsets.set(`${rrset.name} ${rrset.type}`, { name: rrset.name, type: rrset.type });
        if (side === "head" && rrset.type === "CNAME") {
          for (const v of rrset.values) if (v !== ".") e.targets.add(v.toLowerCase());
        }
        if (side === "head" && rrset.type === "DS" && rrset.name !== zone.name)
          e.keysOf.add(rrset.name);
      }
    }
  }
  return [...byZone].map(([zone, e]) => ({
    zone,
    rrsets: [...e.rrsets.values()],
    targets: [...e.targets],
    keysOf: [...e.keysOf],
    signed: touchedSigned(
      base?.zones.find((z) => z.name === zone),
      head.zones.find((z) => z.name === zone)
    ),
    ...e.head ? { head: e.head } : {}
  }));
}

export {
  liveRequests
};
