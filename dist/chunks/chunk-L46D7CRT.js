import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  RULES,
  computeVerdict,
  highestSeverity,
  yamlPositions
} from "./chunk-BXMTPCH2.js";
import {
  isSelected,
  parseZoneSelection,
  selectsEverything,
  unmatchedPatterns
} from "./chunk-U6CDK3AH.js";
import {
  findSecrets,
  outputText,
  redactSecrets
} from "./chunk-6NNXIANB.js";
import {
  checkExplicitConfigs,
  chooseFormats,
  describePaths,
  inRepoOptions,
  loadSide,
  locate,
  sourceError
} from "./chunk-Z4A2EJXT.js";
import {
  InputBudget,
  SEVERITIES,
  SYNTHESISED_TYPES,
  compareSeverity,
  declaredHandsOff,
  externalDns,
  formatById,
  isSeverity,
  leftAlone,
  loadAll,
  maxSeverity,
  raiseSeverity,
  selects
} from "./chunk-P6HNQ4ZF.js";
import {
  canonicalName,
  isPseudoType,
  makeRRset,
  rrsetKey,
  zoneKey
} from "./chunk-Z6C6KSDS.js";
import {
  isShallowRepository,
  openRepository
} from "./chunk-GGHTR5IF.js";
import {
  SourceError,
  maskKnownValuesDeep
} from "./chunk-MQURJV6Z.js";
import {
  capText,
  fail,
  ok
} from "./chunk-5UGBKRHB.js";

// src/review/review.ts
import { readFile } from "node:fs/promises";

// src/diff/diff.ts
function sameStringMap(a, b) {
  const ak = Object.keys(a ?? {});
  const bk = Object.keys(b ?? {});
  return ak.length === bk.length && ak.every((k) => a[k] === b?.[k]);
}
function sameValues(a, b) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
function compareRRsetKeys(a, b) {
  if (a.name !== b.name) {
    const al = a.name.split(".").reverse().join(".");
    const bl = b.name.split(".").reverse().join(".");
    return al < bl ? -1 : 1;
  }
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}
function serialOnly(before, after) {
  if (after.type !== "SOA" || before.ttl !== after.ttl) return false;
  const strip = (v) => v?.split(" ").filter((_, i) => i !== 2).join(" ");
  return strip(before.values[0]) === strip(after.values[0]);
}
function diffRRsets(before, after) {
  const old = new Map(before.map((r) => [rrsetKey(r), r]));
  const changes = [];
  for (const a of after) {
    const key = rrsetKey(a);
    const b = old.get(key);
    old.delete(key);
    if (!b) changes.push({ name: a.name, type: a.type, kind: "add", after: a, ttlOnly: false });
    else if (!serialOnly(b, a)) {
      const dataSame = sameValues(b.values, a.values) && sameStringMap(b.options, a.options);
      if (!dataSame || b.ttl !== a.ttl)
        changes.push({
          name: a.name,
          type: a.type,
          kind: "modify",
          before: b,
          after: a,
          ttlOnly: dataSame
        });
    }
  }
  for (const b of old.values())
    changes.push({ name: b.name, type: b.type, kind: "remove", before: b, ttlOnly: false });
  return changes.sort(compareRRsetKeys);
}
function pushedState(current, desired, side) {
  const scope = side === "live" ? { name: desired.name, unmanaged: [...desired.unmanaged, ...externalDns(current, desired)] } : desired;
  const wanted = new Map(desired.rrsets.map((r) => [rrsetKey(r), r]));
  const out = new Map(wanted);
  const merged = (own, values, ttl) => makeRRset({ ...own, ttl, values: [...own.values, ...values] });
  for (const r of current) {
    const key = rrsetKey(r);
    const own = wanted.get(key);
    const pattern = leftAlone(r, scope, side) ?? (own ? leftAlone(own, scope, side) : void 0);
    if (!pattern) {
      if (!own && (desired.noPurge || side === "live" && SYNTHESISED_TYPES.has(r.type)))
        out.set(key, r);
      continue;
    }
    if (pattern.partial) out.set(key, own ? merged(own, r.values, r.ttl) : r);
    else if (pattern.appliesTo === "live") out.set(key, r);
    else {
      const target = pattern.target;
      const kept = target === void 0 ? r.values : r.values.filter((v) => selects({ target }, { ...r, values: [v] }, desired.name));
      if (own) out.set(key, merged(own, kept, own.ttl));
      else if (kept.length === r.values.length || desired.noPurge) out.set(key, r);
      else if (kept.length > 0) out.set(key, makeRRset({ ...r, values: kept }));
    }
  }
  if (side === "live") {
    const present = new Set(current.map(rrsetKey));
    for (const [key, own] of wanted) {
      const pattern = present.has(key) ? void 0 : leftAlone(own, scope, side);
      if (pattern?.appliesTo === "live" && !pattern.partial) out.delete(key);
    }
  }
  return [...out.values()];
}
function diffManaged(current, desired) {
  return diffRRsets(current, pushedState(current, desired, "config"));
}
function diffApply(live, desired) {
  return diffRRsets(live, pushedState(live, desired, "live"));
}
function diffDrift(base, live, asked) {
  const pushed = pushedState(live, base, "live");
  return diffRRsets(
    pushed.filter((r) => asked.has(rrsetKey(r))),
    live
  );
}
function diffZoneSets(base, head) {
  const before = new Map(base.zones.map((z) => [zoneKey(z), z]));
  const diffs = [];
  for (const after of head.zones) {
    const key = zoneKey(after);
    const b = before.get(key);
    before.delete(key);
    diffs.push(diffZone(key, b, after));
  }
  for (const [key, b] of before) diffs.push(diffZone(key, b, void 0));
  return diffs.sort((x, y) => x.zone < y.zone ? -1 : x.zone > y.zone ? 1 : 0);
}
function diffZone(key, before, after) {
  const zone = after ?? before;
  const changes = after ? diffManaged(before?.rrsets ?? [], after) : diffRRsets(before?.rrsets ?? [], []);
  const status = !before ? "added" : !after ? "removed" : changes.length > 0 || !sameZoneConfig(before, after) ? "changed" : "unchanged";
  return {
    zone: key,
    name: zone.name,
    format: zone.format,
    status,
    changes,
    ...before ? { before } : {},
    ...after ? { after } : {}
  };
}
function sameZoneConfig(a, b) {
  const providers = (z) => z.providers.map((p) => `${p.name}/${p.type ?? ""}/${p.nsCount ?? ""}`).sort().join(",");
  return providers(a) === providers(b) && (a.registrar?.name ?? "") === (b.registrar?.name ?? "") && (a.nameservers ?? []).join(",") === (b.nameservers ?? []).join(",") && a.dnssec === b.dnssec;
}

// src/live/requests.ts
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
  for (const [side, set] of [
    ["base", base],
    ["head", head]
  ]) {
    for (const zone of set?.zones ?? []) {
      const e = entry(zone.name);
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
    keysOf: [...e.keysOf]
  }));
}

// src/report/build.ts
function rrsetJson(r) {
  const values = r.values.map(redactSecrets);
  return r.options ? { ttl: r.ttl, values, options: r.options } : { ttl: r.ttl, values };
}
var MAX_REPORT_WARNINGS = 100;
function warningsJson(warnings) {
  const kept = warnings.slice(0, MAX_REPORT_WARNINGS).map((w) => outputText(w));
  const more = warnings.length - kept.length;
  return more > 0 ? [...kept, `\u2026and ${more} more warnings not shown`] : kept;
}
function rollbackJson(r) {
  return {
    ...r,
    snippet: redactSecrets(r.snippet),
    ...r.registrar !== void 0 ? { registrar: redactSecrets(r.registrar) } : {}
  };
}
function changeJson(c) {
  const loc = c.after?.location ?? c.before?.location;
  return {
    name: c.name,
    type: c.type,
    kind: c.kind,
    ...c.before ? { before: rrsetJson(c.before) } : {},
    ...c.after ? { after: rrsetJson(c.after) } : {},
    ...loc ? {
      location: loc.line !== void 0 ? { file: loc.file, line: loc.line } : { file: loc.file }
    } : {}
  };
}
function findingJson(f) {
  return { ...f, message: capText(redactSecrets(f.message)), fix: redactSecrets(f.fix) };
}
function liveJson(live, offReason = "live DNS was not queried (--no-live)") {
  if (!live)
    return {
      status: "off",
      reasons: [offReason],
      queries: 0,
      servers: [],
      zones: []
    };
  return {
    status: live.status,
    reasons: live.reasons.map((r) => outputText(r)),
    queries: live.queries,
    servers: live.zones.flatMap(
      (z) => z.servers.map((s) => ({
        zone: z.zone,
        name: s.name,
        address: s.port === 53 ? s.address : `${s.address}:${s.port}`,
        responded: s.responded,
        authoritative: s.authoritative,
        ...s.soaSerial !== void 0 ? { soaSerial: s.soaSerial } : {},
        ...s.error ? { error: s.error } : {}
      }))
    ),
    zones: live.zones.map((z) => ({
      zone: z.zone,
      status: z.status,
      reasons: z.reasons,
      serialsAgree: z.serialsAgree,
      ...z.delegation ? { delegation: z.delegation } : {},
      rrsets: z.rrsets.map((r) => ({ name: r.name, type: r.type, ...rrsetJson(r) })),
      absent: z.absent,
      ...z.unresolved?.length ? { unresolved: z.unresolved } : {},
      ...z.targets?.length ? { targets: z.targets } : {},
      ...z.keys?.length ? { keys: z.keys } : {}
    }))
  };
}
function buildReport(input) {
  const findings = input.findings.map(findingJson);
  return {
    version: 1,
    verdict: computeVerdict(findings, input.failOn),
    highestSeverity: highestSeverity(findings),
    failOn: input.failOn,
    base: input.base,
    head: input.head,
    zones: input.diffs.map((d) => {
      const config = d.after?.config ?? d.before?.config;
      return {
        zone: d.zone,
        format: d.format,
        ...config !== void 0 ? { config } : {},
        status: d.status,
        changes: d.changes.map(changeJson),
        drift: (input.drift.get(d.zone) ?? []).map(changeJson)
      };
    }),
    findings,
    live: liveJson(input.live, input.liveOffReason),
    rollback: input.rollback.map(rollbackJson),
    warnings: warningsJson(input.warnings)
  };
}

// src/rollback/plan.ts
function planRollback(diff, unit) {
  if (unit === "name") return planByName(diff);
  const restore = [];
  const remove = [];
  const replace = [];
  for (const c of diff.changes) {
    if (c.kind === "add" && c.after) remove.push(c.after);
    else if (c.before) {
      restore.push(c.before);
      if (c.after) replace.push(c.after);
    }
  }
  return { zone: diff.name, unit, restore, remove, replace };
}
function planByName(diff) {
  const names = new Set(diff.changes.map((c) => c.name));
  const before = diff.before?.rrsets.filter((r) => names.has(r.name)) ?? [];
  const after = diff.after?.rrsets.filter((r) => names.has(r.name)) ?? [];
  const baseNames = new Set(before.map((r) => r.name));
  return {
    zone: diff.name,
    unit: "name",
    restore: before,
    remove: after.filter((r) => !baseNames.has(r.name)),
    replace: after.filter((r) => baseNames.has(r.name))
  };
}

// src/rollback/build.ts
var REVERT = "Or undo the whole pull request: git revert -m 1 <merge commit>, and let the DNS pipeline push it (a revert changes nothing until it is pushed).";
function buildRollback(diffs, live) {
  const out = [];
  for (const d of diffs) {
    const delegationChanged = touchesDelegation(d);
    if (d.changes.length === 0 && !delegationChanged) continue;
    const writer = writerFor(d.format);
    const plan = planRollback(d, writer.editUnit);
    const rollback = {
      zone: d.zone,
      format: d.format,
      snippet: snippet(plan, writer, recordFiles(d, plan)),
      ...delegationChanged ? { registrar: registrarText(d, live) } : {}
    };
    out.push(rollback);
  }
  return out;
}
function writerFor(format) {
  const found = formatById(format);
  if (!found) throw new Error(`no format registered as ${format}`);
  return found.write;
}
function recordFiles(d, plan) {
  const config = d.after?.config ?? d.before?.config;
  const files = /* @__PURE__ */ new Set();
  for (const r of [...plan.restore, ...plan.replace, ...plan.remove])
    if (r.location?.file) files.add(r.location.file);
  return { ...config !== void 0 ? { config } : {}, files: [...files].sort() };
}
function snippet(plan, writer, where) {
  const c = writer.lineComment;
  const comment = (text) => text.trimEnd().split("\n").map((l) => `${c} ${l}`).join("\n");
  const parts = [
    `${c} Rollback of ${plan.zone} to base, in ${writer.zoneLocation(plan.zone, where)}:`
  ];
  const unit = plan.unit === "name" ? "names" : "names and types";
  if (plan.restore.length > 0)
    parts.push(
      `${c} Put back (replacing what these ${unit} hold now):
${writer.records(plan.restore, plan.zone).trimEnd()}`
    );
  if (plan.replace.length > 0)
    parts.push(`${c} Instead of:
${comment(writer.records(plan.replace, plan.zone))}`);
  if (plan.remove.length > 0)
    parts.push(
      `${c} Delete, added by this change:
${comment(writer.records(plan.remove, plan.zone))}`
    );
  parts.push(`${c} ${REVERT}`);
  return `${parts.join("\n")}
`;
}
function touchesDelegation(d) {
  if (d.changes.some((c) => c.name === d.name && (c.type === "NS" || c.type === "DS"))) return true;
  const a = d.before;
  const b = d.after;
  if (!a || !b) return false;
  return providerNames(a) !== providerNames(b) || (a.nameservers ?? []).join(",") !== (b.nameservers ?? []).join(",") || a.registrar?.name !== b.registrar?.name || a.dnssec !== b.dnssec;
}
function providerNames(z) {
  return z.providers.map((p) => p.name).sort().join(",");
}
function registrarText(d, live) {
  const lz = live?.zones.find((z) => z.zone === d.name || z.zone === d.zone);
  const delegation = lz?.delegation;
  if (!delegation)
    return [
      `Live DNS was not ${live ? "able to find" : "queried for"} the delegation of ${d.name}, so the values the parent publishes now could not be captured.`,
      `Write them down before merging: dig +norec NS ${d.name} and dig DS ${d.name} at a server of the parent zone.`
    ].join("\n");
  const when = live ? `${live.takenAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : "";
  const lines = [`The parent zone ${delegation.parent} publishes now (captured ${when}):`];
  const ttl = (t) => t === void 0 ? "" : ` (TTL ${t} s)`;
  lines.push(`NS${ttl(delegation.nsTtl)}:`);
  for (const ns of delegation.ns) lines.push(`  ${ns}`);
  for (const g of delegation.glue) lines.push(`  glue ${g.name} ${g.address}`);
  if (delegation.ds.length > 0) {
    lines.push(`DS${ttl(delegation.dsTtl)}:`);
    for (const ds of delegation.ds) lines.push(`  ${ds}`);
  } else lines.push("DS: none (the delegation is unsigned)");
  lines.push(
    "To roll back, set exactly these at the registrar. Resolvers may keep the new delegation for up to the NS TTL above, so keep the old servers answering correctly until then."
  );
  return lines.join("\n");
}

// src/rules/engine.ts
import { createHash } from "node:crypto";
function fingerprintOf(rule, d) {
  const text = [rule, d.zone ?? "", d.name ?? "", d.type ?? "", d.key ?? ""].join("");
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
function zoneNameOf(zone) {
  return zone?.split("!")[0];
}
function toFinding(rule, draft, ctx) {
  const configured = ctx.policy.rules[rule.id];
  let severity = configured && configured !== "off" ? configured : draft.severity ?? rule.defaultSeverity;
  const zone = zoneNameOf(draft.zone);
  if (zone && ctx.policy.protectedZones.includes(zone)) severity = raiseSeverity(severity);
  const finding = {
    rule: rule.id,
    severity,
    introduced: draft.introduced,
    ...draft.zone !== void 0 ? { zone: draft.zone } : {},
    ...draft.name !== void 0 ? { name: draft.name } : {},
    ...draft.type !== void 0 ? { type: draft.type } : {},
    message: draft.message,
    fix: draft.fix ?? rule.fix,
    ...draft.location ? { location: draft.location } : {},
    fingerprint: fingerprintOf(rule.id, draft)
  };
  return finding;
}
function compareFindings(a, b) {
  return compareSeverity(b.severity, a.severity) || Number(b.introduced) - Number(a.introduced) || (a.zone ?? "").localeCompare(b.zone ?? "") || (a.name ?? "").localeCompare(b.name ?? "") || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint);
}
function handsOffFilter(ctx) {
  const zones = /* @__PURE__ */ new Map();
  const lookup = (key) => {
    let z = zones.get(key);
    if (z === void 0) {
      const head = ctx.head.zones.find((x) => zoneKey(x) === key);
      const base = ctx.base.zones.find((x) => zoneKey(x) === key);
      const scope = head ?? base;
      z = scope && scope.unmanaged.length > 0 ? {
        scope,
        rrsets: new Map(
          [...base?.rrsets ?? [], ...head?.rrsets ?? []].map((r) => [rrsetKey(r), r])
        )
      } : null;
      zones.set(key, z);
    }
    return z;
  };
  return (d) => {
    if (d.zone === void 0 || d.name === void 0 || d.type === void 0) return false;
    const z = lookup(d.zone);
    if (!z) return false;
    const type = d.type;
    const rrset = z.rrsets.get(rrsetKey({ name: d.name, type })) ?? {
      name: d.name,
      type,
      values: []
    };
    return declaredHandsOff(rrset, z.scope);
  };
}
async function runRules(ctx, rules = RULES) {
  const findings = [];
  const warnings = [];
  const seen = /* @__PURE__ */ new Set();
  const handsOff = handsOffFilter(ctx);
  for (const rule of rules) {
    if (ctx.policy.rules[rule.id] === "off") continue;
    let drafts;
    try {
      drafts = await rule.check(ctx);
    } catch (e) {
      warnings.push(
        redactSecrets(
          `rule ${rule.id} failed and was skipped: ${e instanceof Error ? e.message : String(e)}`
        )
      );
      continue;
    }
    for (const draft of drafts) {
      if (handsOff(draft)) continue;
      const f = toFinding(rule, draft, ctx);
      if (seen.has(f.fingerprint)) continue;
      seen.add(f.fingerprint);
      findings.push(f);
    }
  }
  return { findings: foldFindings(findings, rules).sort(compareFindings), warnings };
}
function foldFindings(findings, rules) {
  const absorbers = /* @__PURE__ */ new Map();
  for (const r of rules)
    for (const id of r.absorbs ?? []) {
      if (!absorbers.has(id)) absorbers.set(id, /* @__PURE__ */ new Set());
      absorbers.get(id).add(r.id);
    }
  if (absorbers.size === 0) return [...findings];
  const keyOf = (f, rule) => [rule, f.zone ?? "", f.name ?? "", f.type ?? ""].join("");
  const first = /* @__PURE__ */ new Map();
  const out = [];
  const folded = [];
  for (const f of findings) {
    if (absorbers.has(f.rule) && f.name !== void 0) folded.push(f);
    else {
      if (f.name !== void 0 && !first.has(keyOf(f, f.rule)))
        first.set(keyOf(f, f.rule), out.length);
      out.push(f);
    }
  }
  for (const f of folded) {
    const into = [...absorbers.get(f.rule)].map((id) => first.get(keyOf(f, id))).find((i) => i !== void 0);
    if (into === void 0) {
      out.push(f);
      continue;
    }
    const host = out[into];
    out[into] = {
      ...host,
      severity: maxSeverity([host.severity, f.severity]),
      introduced: host.introduced || f.introduced,
      message: `${host.message} ${f.message}`,
      fix: host.fix === f.fix ? host.fix : `${host.fix} ${f.fix}`,
      contributingRules: [...host.contributingRules ?? [host.rule], f.rule]
    };
  }
  return out;
}

// src/rules/policy.ts
var DEFAULT_POLICY = {
  failOn: "high",
  rules: {},
  protectedZones: [],
  ttlThreshold: 300,
  ttlSeverity: { medium: 3600, high: 86400 },
  massChange: { updatePercent: 0.3, deletePercent: 0.3, minExisting: 10 },
  providers: {},
  overrideLabel: "zoneguard:accept-risk",
  historyDepth: 50
};

// src/review/policy-file.ts
var KNOWN_RULE_IDS = RULES.map((r) => r.id);
var TOP_KEYS = [
  "fail-on",
  "rules",
  "protected-zones",
  "ttl-threshold",
  "ttl-severity",
  "mass-change",
  "providers",
  "override-label",
  "history-depth"
];
var MASS_KEYS = ["update-percent", "delete-percent", "min-existing"];
var TTL_SEVERITY_KEYS = ["medium", "high"];
var MAX_TTL = 2147483647;
var MAX_HISTORY_DEPTH = 1e3;
var MAX_LABEL_LENGTH = 50;
function loadPolicy(text, file) {
  let doc;
  try {
    const docs = loadAll(text, { filename: file, maxAliases: 0, maxDepth: 16 });
    if (docs.length > 1)
      return fail({
        level: "error",
        code: "policy/yaml",
        message: "the policy must be a single YAML document",
        location: { file }
      });
    doc = docs[0];
  } catch (e) {
    const mark = e.mark;
    const reason = e.reason ?? String(e);
    return fail({
      level: "error",
      code: "policy/yaml",
      message: `not valid YAML: ${reason}`,
      location: mark ? { file, line: mark.line + 1, column: mark.column + 1 } : { file }
    });
  }
  if (doc === null || doc === void 0) return ok(DEFAULT_POLICY);
  const positions = yamlPositions(text);
  const errors = [];
  const report = (path, message) => {
    const pos = positions.at(path);
    errors.push({
      level: "error",
      code: "policy/invalid",
      message,
      location: pos ? { file, line: pos.line, column: pos.column } : { file }
    });
  };
  if (!isMapping(doc)) {
    report([], "the policy must be a mapping of keys (fail-on, rules, \u2026)");
    return fail(...errors);
  }
  const policy = { ...DEFAULT_POLICY };
  for (const [key, value] of Object.entries(doc)) {
    const path = [key];
    if (value === null && TOP_KEYS.includes(key)) continue;
    switch (key) {
      case "fail-on": {
        const s = readSeverity(value);
        if (s) policy.failOn = s;
        else report(path, `fail-on must be one of ${SEVERITIES.join(", ")}; got ${show(value)}`);
        break;
      }
      case "rules":
        policy.rules = readRules(value, report);
        break;
      case "protected-zones":
        policy.protectedZones = readZones(value, report);
        break;
      case "ttl-threshold": {
        const n = readInteger(value, 0, MAX_TTL);
        if (n === void 0)
          report(path, `ttl-threshold must be a whole number of seconds; got ${show(value)}`);
        else policy.ttlThreshold = n;
        break;
      }
      case "ttl-severity":
        policy.ttlSeverity = readTtlSeverity(value, report);
        break;
      case "mass-change":
        policy.massChange = readMassChange(value, report);
        break;
      case "providers":
        policy.providers = readProviders(value, report);
        break;
      case "override-label":
        if (typeof value === "string" && value.trim() !== "" && value.length <= MAX_LABEL_LENGTH)
          policy.overrideLabel = value.trim();
        else
          report(
            path,
            `override-label must be a label name of 1 to ${MAX_LABEL_LENGTH} characters; got ${show(value)}`
          );
        break;
      case "history-depth": {
        const n = readInteger(value, 1, MAX_HISTORY_DEPTH);
        if (n === void 0)
          report(
            path,
            `history-depth must be a whole number from 1 to ${MAX_HISTORY_DEPTH}; got ${show(value)}`
          );
        else policy.historyDepth = n;
        break;
      }
      default:
        report(path, `unknown key "${key}"${suggest(key, TOP_KEYS)}`);
    }
  }
  return errors.length > 0 ? fail(...errors) : ok(policy);
}
function readRules(value, report) {
  const out = {};
  if (!isMapping(value)) {
    report(["rules"], "rules must map rule ids to a severity or off");
    return out;
  }
  for (const [id, setting] of Object.entries(value)) {
    const path = ["rules", id];
    if (!KNOWN_RULE_IDS.includes(id)) {
      report(path, `unknown rule "${id}"${suggest(id, KNOWN_RULE_IDS)}`);
      continue;
    }
    let raw = setting;
    if (isMapping(setting)) {
      const extra = Object.keys(setting).filter((k) => k !== "severity");
      for (const k of extra) report([...path, k], `unknown key "${k}" for rule ${id}`);
      raw = setting.severity;
    }
    if (raw === "off" || raw === false) out[id] = "off";
    else if (readSeverity(raw)) out[id] = readSeverity(raw);
    else
      report(path, `rule ${id} must be off or one of ${SEVERITIES.join(", ")}; got ${show(raw)}`);
  }
  return out;
}
function readZones(value, report) {
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list)) {
    report(["protected-zones"], "protected-zones must be a list of zone names");
    return [];
  }
  const out = [];
  list.forEach((item, i) => {
    const path = typeof value === "string" ? ["protected-zones"] : ["protected-zones", i];
    if (typeof item !== "string" || item.trim() === "") {
      report(path, `protected zone must be a zone name; got ${show(item)}`);
      return;
    }
    const text = item.trim();
    const name = canonicalName(text.endsWith(".") ? text : `${text}.`);
    if (name.ok) out.push(name.name);
    else report(path, `protected zone "${text}": ${name.message}`);
  });
  return out;
}
function readTtlSeverity(value, report) {
  const out = { ...DEFAULT_POLICY.ttlSeverity };
  if (!isMapping(value)) {
    report(["ttl-severity"], `ttl-severity must be a mapping of ${TTL_SEVERITY_KEYS.join(", ")}`);
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    const path = ["ttl-severity", key];
    if (key !== "medium" && key !== "high") {
      report(path, `unknown key "${key}" in ttl-severity${suggest(key, TTL_SEVERITY_KEYS)}`);
      continue;
    }
    const n = readInteger(v, 0, MAX_TTL);
    if (n === void 0)
      report(path, `ttl-severity.${key} must be a whole number of seconds; got ${show(v)}`);
    else out[key] = n;
  }
  if (out.medium > out.high)
    report(
      ["ttl-severity"],
      `ttl-severity.medium (${out.medium}) must not be above ttl-severity.high (${out.high})`
    );
  return out;
}
function readMassChange(value, report) {
  const out = { ...DEFAULT_POLICY.massChange };
  if (!isMapping(value)) {
    report(["mass-change"], `mass-change must be a mapping of ${MASS_KEYS.join(", ")}`);
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    const path = ["mass-change", key];
    if (key === "update-percent" || key === "delete-percent") {
      const p = readPercent(v);
      if (p === void 0)
        report(path, `${key} must be a percentage from 0 to 100; got ${show(v)}`);
      else if (key === "update-percent") out.updatePercent = p / 100;
      else out.deletePercent = p / 100;
    } else if (key === "min-existing") {
      const n = readInteger(v, 0, 1e6);
      if (n === void 0) report(path, `min-existing must be a whole number; got ${show(v)}`);
      else out.minExisting = n;
    } else report(path, `unknown key "${key}" in mass-change${suggest(key, MASS_KEYS)}`);
  }
  return out;
}
function readProviders(value, report) {
  const out = {};
  if (!isMapping(value)) {
    report(["providers"], "providers must map a provider name to nameserver host patterns");
    return out;
  }
  for (const [name, patterns] of Object.entries(value)) {
    const list = typeof patterns === "string" ? [patterns] : patterns;
    if (!Array.isArray(list) || list.length === 0 || !list.every((p) => typeof p === "string" && /^[*a-z0-9._-]+\.?$/i.test(p))) {
      report(
        ["providers", name],
        `providers.${name} must be a list of host patterns such as "*.ns.example.net"`
      );
      continue;
    }
    out[name] = list.map((p) => p.toLowerCase());
  }
  return out;
}
function readSeverity(value) {
  const s = typeof value === "string" ? value.trim().toLowerCase() : value;
  return isSeverity(s) ? s : void 0;
}
function readInteger(value, min, max) {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? value : void 0;
}
function readPercent(value) {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+(\.\d+)?\s*%?\s*$/.test(value) ? Number.parseFloat(value) : Number.NaN;
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : void 0;
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function show(value) {
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}"`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function suggest(word, known) {
  let best;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best ? `; did you mean "${best}"?` : "";
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        prev[j] + 1,
        cur[j - 1] + 1,
        prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    prev = cur;
  }
  return prev[b.length];
}

// src/review/review.ts
async function defaultBase(git, head) {
  const candidate = head === void 0 ? "HEAD" : `${head}~1`;
  try {
    await git.resolveCommit(candidate);
    return candidate;
  } catch {
    if (await isShallowRepository(git.root))
      throw new SourceError(
        `the base commit (${candidate}) is not in this shallow clone, so the change cannot be compared with anything; fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) or name the base with --base`
      );
    return void 0;
  }
}
async function readPolicy(settings, baseTree, headTree, hooks) {
  let policy = DEFAULT_POLICY;
  const tree = baseTree ?? headTree;
  const file = settings.policyFile ?? settings.policyPath ?? ".zoneguard.yml";
  let text;
  try {
    text = settings.policyFile !== void 0 ? await readLocalFile(settings.policyFile) : await tree.readText(file);
  } catch (e) {
    return { ok: false, errors: sourceError(e, file) };
  }
  if ((settings.policyFile ?? settings.policyPath) !== void 0 && text === void 0)
    return fail({ level: "error", message: `policy file ${file} not found`, location: { file } });
  if (text !== void 0) {
    const loaded = (hooks.loadPolicy ?? loadPolicy)(text, file);
    if (!loaded.ok) return loaded;
    policy = loaded.value;
  }
  return ok(settings.failOn ? { ...policy, failOn: settings.failOn } : policy);
}
async function readLocalFile(path) {
  try {
    return await readFile(path, "utf8");
  } catch {
    return void 0;
  }
}
async function loadSides(headTree, baseTree, format, settings) {
  const explicit = await checkExplicitConfigs(
    baseTree ? [headTree, baseTree] : [headTree],
    settings
  );
  if (!explicit.ok) return explicit;
  let formats = await chooseFormats(headTree, settings, format);
  if (!formats.ok && baseTree) {
    const before = await chooseFormats(baseTree, settings, format);
    if (before.ok) formats = before;
  }
  if (!formats.ok) return formats;
  const head = await loadSide(headTree, formats.value, settings);
  if (!head.ok) return head;
  let base = { zones: [], credentials: [], files: [] };
  if (baseTree) {
    const loaded = await loadSide(baseTree, formats.value, settings);
    if (!loaded.ok)
      return {
        ok: false,
        errors: loaded.errors.map((e) => ({
          ...e,
          message: `the base side (${baseTree.label}) does not load, so this change cannot be compared with it: ${e.message}. Fix the base branch first, or name a base that loads with --base (the Action reviews against the pull request's base).`
        }))
      };
    base = loaded.value;
  }
  if (head.value.zones.length === 0 && base.zones.length === 0)
    return fail({
      level: "error",
      message: `no zones found under ${describePaths(settings.paths)} (format ${formats.value.map((f) => f.id).join(", ")}); nothing would be reviewed. Check --path and --format (the Action's path and format inputs).`,
      location: { file: settings.paths[0] || "." }
    });
  return ok({ head: head.value, base }, head.warnings);
}
function shardOf(head, base, patterns) {
  const selection = parseZoneSelection(patterns);
  if (selectsEverything(selection)) return ok(void 0);
  const unmatched = unmatchedPatterns(selection, [head, base]);
  if (unmatched.length > 0)
    return fail({
      level: "error",
      message: `--zone ${unmatched.map((p) => `"${p}"`).join(", ")} matches no zone on either side; zoneguard targets lists the zones (the Action's zones input)`,
      location: { file: "." }
    });
  const keys = [head, base].flatMap((set) => set.zones.filter((z) => isSelected(selection, z)));
  return ok(new Set(keys.map(zoneKey)));
}
function commonFolder(paths) {
  const split = paths.map((p) => p === "" ? [] : p.split("/"));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  return first.slice(0, n).join("/");
}
function touchedZones(diffs, set) {
  const touched = new Set(diffs.filter((d) => d.status !== "unchanged").map((d) => d.zone));
  return { ...set, zones: set.zones.filter((z) => touched.has(zoneKey(z))) };
}
function liveDiffs(diffs, live) {
  const drift = /* @__PURE__ */ new Map();
  const apply = /* @__PURE__ */ new Map();
  for (const d of diffs) {
    const lz = live.zones.find((z) => z.zone === d.name);
    if (!lz || lz.status === "failed") continue;
    const asked = /* @__PURE__ */ new Set([...lz.rrsets.map(rrsetKey), ...lz.absent.map(rrsetKey)]);
    if (d.before) drift.set(d.zone, diffDrift(d.before, lz.rrsets, asked));
    if (d.after) apply.set(d.zone, diffApply(lz.rrsets, d.after));
  }
  return { drift, apply };
}
var LEAK_SCAN_FILES = 1e3;
var LEAK_SCAN_BYTES = 512 * 1024;
async function secretsInChangedFiles(headTree, git, baseRef, head) {
  const files = await git.changedFiles(baseRef, head).catch(() => []);
  const out = [];
  for (const file of files.slice(0, LEAK_SCAN_FILES)) {
    let text;
    try {
      text = await headTree.readText(file);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      out.push({
        level: "error",
        code: "secret-in-repo",
        message: `this changed file could not be scanned for credentials: ${e.message}`,
        location: { file }
      });
      continue;
    }
    if (text === void 0 || text.includes("\0")) continue;
    for (const found of findSecrets(text.slice(0, LEAK_SCAN_BYTES)))
      out.push({
        level: "error",
        code: "secret-in-repo",
        message: `holds a ${found.kind} (${found.masked}): a credential committed to the repository; revoke and rotate it`,
        location: { file, line: found.line, column: found.column }
      });
  }
  return out;
}
async function runReview(settings, hooks = {}) {
  const result = await review(settings, hooks);
  const values = [...settings.vars ?? []].map(([name, value]) => ({ name, value }));
  if (values.length === 0) return result;
  return result.ok ? { ...result, report: maskKnownValuesDeep(result.report, values) } : { ok: false, errors: maskKnownValuesDeep(result.errors, values) };
}
async function review(settings, hooks) {
  const now = settings.now ?? /* @__PURE__ */ new Date();
  let load;
  let headTree;
  let baseTree;
  let baseRef;
  let git;
  try {
    const { root, inRepo, git: inGit } = await locate(settings.repo);
    if (!inGit)
      throw new SourceError(
        `${settings.repo} is not inside a git repository, and a review compares two git commits: run it in a clone (the Action: after actions/checkout), or name one with --repo`
      );
    git = openRepository(root);
    load = inRepoOptions(inRepo, {
      paths: typeof settings.path === "string" ? [settings.path] : settings.path,
      configFile: settings.configFile,
      credsFile: settings.credsFile,
      octodnsConfig: settings.octodnsConfig,
      octodnsCwd: settings.octodnsCwd,
      vars: settings.vars,
      evalTimeoutMs: settings.evalTimeoutMs,
      evalMemoryBytes: settings.evalMemoryBytes,
      // One budget for the whole review: both sides, every format, zone and include.
      budget: new InputBudget()
    });
    headTree = await git.openTree(settings.head);
    baseRef = settings.base ?? await defaultBase(git, settings.head);
    baseTree = baseRef !== void 0 ? await git.openTree(baseRef) : void 0;
  } catch (e) {
    return { ok: false, errors: sourceError(e) };
  }
  const path = commonFolder(load.paths);
  const sides = await loadSides(headTree, baseTree, settings.format, load);
  if (!sides.ok) {
    const leaks = baseTree && baseRef !== void 0 ? await secretsInChangedFiles(headTree, git, baseRef, settings.head) : [];
    return { ok: false, errors: [...sides.errors, ...leaks] };
  }
  const { head, base } = sides.value;
  const shard = shardOf(head, base, settings.zones ?? []);
  if (!shard.ok) return shard;
  const inShard = shard.value;
  const warnings = (sides.warnings ?? []).map(
    (w) => `${w.location.file}${w.location.line ? `:${w.location.line}` : ""}: ${w.message}`
  );
  const policy = await readPolicy(settings, baseTree, headTree, hooks);
  if (!policy.ok) return policy;
  const allDiffs = diffZoneSets(base, head);
  const diffs = inShard ? allDiffs.filter((d) => inShard.has(d.zone)) : allDiffs;
  let live;
  let drift = /* @__PURE__ */ new Map();
  let apply = /* @__PURE__ */ new Map();
  const requests = settings.live ? liveRequests(touchedZones(diffs, base), touchedZones(diffs, head)) : [];
  if (requests.length > 0) {
    const collect = hooks.collectLive ?? (await import("./live-phase-VOEDUL3E.js")).collectLive;
    live = await collect(requests, settings.liveOptions);
    ({ drift, apply } = liveDiffs(diffs, live));
  }
  const files = baseTree && baseRef !== void 0 ? await git.changedFiles(baseRef, settings.head).catch(() => []) : [];
  const rules = await runRules({
    path,
    base,
    head,
    diffs: allDiffs,
    drift,
    apply,
    live,
    policy: policy.value,
    headTree,
    baseTree,
    changedFiles: files,
    history: baseTree ? git.history() : void 0,
    baseRef,
    now
  });
  git.close();
  warnings.push(...rules.warnings);
  const report = buildReport({
    base: baseTree ? { ref: baseRef ?? baseTree.label, ...baseTree.commit ? { commit: baseTree.commit } : {} } : null,
    head: {
      ref: settings.head ?? headTree.label,
      ...headTree.commit ? { commit: headTree.commit } : {}
    },
    diffs,
    drift,
    findings: inShard ? rules.findings.filter((f) => f.zone === void 0 || inShard.has(f.zone)) : rules.findings,
    live,
    ...settings.live && !live ? { liveOffReason: "no zone changed, so live DNS was not asked" } : {},
    rollback: buildRollback(diffs, live),
    failOn: policy.value.failOn,
    warnings
  });
  return { ok: true, report, policy: policy.value };
}

export {
  DEFAULT_POLICY,
  runReview
};
