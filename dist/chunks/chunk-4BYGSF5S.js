import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  liveRequests
} from "./chunk-UF76ROFU.js";
import {
  isSelected,
  parseZoneSelection,
  selectsEverything,
  unmatchedPatterns
} from "./chunk-FOGY22XO.js";
import {
  checkExplicitConfigs,
  chooseFormats,
  describePaths,
  inRepoOptions,
  loadSide,
  locate,
  sourceError
} from "./chunk-RIZ772I3.js";
import {
  RULES,
  computeVerdict,
  highestSeverity,
  readForScan,
  registrationOf,
  registryRequests,
  yamlPositions
} from "./chunk-YD2F3FGD.js";
import {
  SEVERITIES,
  compareSeverity,
  findSecrets,
  formatById,
  isSeverity,
  maxSeverity,
  outputText,
  raiseSeverity,
  redactSecrets
} from "./chunk-TMYA7VNJ.js";
import {
  formatDs
} from "./chunk-6726HYXS.js";
import {
  RRsetMap,
  isUniqueByKey
} from "./chunk-43NXJOJ3.js";
import {
  maskKnownValuesDeep
} from "./chunk-KWXGGXOU.js";
import {
  readingAhead
} from "./chunk-SYYWBRKN.js";
import {
  isShallowRepository,
  openRepository
} from "./chunk-6YSZJKEN.js";
import {
  loadAll,
  memoized
} from "./chunk-ZTWXCZHL.js";
import {
  SYNTHESISED_TYPES,
  declaredHandsOff,
  externalDns,
  leftAlone,
  selects
} from "./chunk-STTGIKZ5.js";
import {
  SideMemo
} from "./chunk-QF3ZHR46.js";
import {
  SourceError
} from "./chunk-BW47LDJB.js";
import {
  DEFAULT_INPUT_LIMITS,
  InputBudget,
  limitsForRecords
} from "./chunk-7BXAX2Z4.js";
import {
  canonicalName
} from "./chunk-UEUQZ7ZE.js";
import {
  capText,
  fail,
  makeRRset,
  ok,
  rrsetKey,
  sameValues,
  zoneKey
} from "./chunk-NHBBLBWC.js";

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/sarif.ts
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0"
};
function renderSarif(report, version = "0.1.0") {
  const used = new Set(report.findings.map((f) => f.rule));
  const rules = RULES.filter((r) => used.has(r.id)).map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.title },
    fullDescription: { text: r.why },
    help: { text: `${r.why}

Fix: ${r.fix}`, markdown: `${r.why}

**Fix:** ${r.fix}` },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { "security-severity": SECURITY_SEVERITY[r.defaultSeverity], tags: ["dns"] }
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.findings.filter((f) => f.location).map((f) => ({
    ruleId: f.rule,
    ...index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {},
    level: LEVEL[f.severity],
    message: { text: `${f.message} Fix: ${f.fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.location.file, uriBaseId: "%SRCROOT%" },
          region: {
            startLine: f.location.line ?? 1,
            ...f.location.column ? { startColumn: f.location.column } : {}
          }
        }
      }
    ],
    partialFingerprints: { "zoneguard/v1": f.fingerprint },
    properties: {
      severity: f.severity,
      introduced: f.introduced,
      ...f.zone ? { zone: f.zone } : {}
    }
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ZoneGuard",
            version,
            semanticVersion: version,
            rules
          }
        },
        automationDetails: { id: "zoneguard/" },
        results
      }
    ]
  };
}

// src/review/review.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/diff/diff.ts
function sameStringMap(a, b) {
  if (a === b) return true;
  const ak = Object.keys(a ?? {});
  const bk = Object.keys(b ?? {});
  return ak.length === bk.length && ak.every((k) => a[k] === b?.[k]);
}
function serialOnly(before, after) {
  if (after.type !== "SOA" || before.ttl !== after.ttl) return false;
  const strip = (v) => v?.split(" ").filter((_, i) => i !== 2).join(" ");
  return strip(before.values[0]) === strip(after.values[0]);
}
function diffRRsets(before, after) {
  const changes = [];
  if (isUniqueByKey(before) && isUniqueByKey(after)) pairInOrder(before, after, changes);
  else pairByMap(before, after, changes);
  return sortByRRsetKey(changes);
}
function compare(b, a, changes) {
  if (b === a || serialOnly(b, a)) return;
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
function pairByMap(before, after, changes) {
  const old = new RRsetMap(before);
  for (const a of after) {
    const b = old.take(a.name, a.type);
    if (!b) changes.push({ name: a.name, type: a.type, kind: "add", after: a, ttlOnly: false });
    else compare(b, a, changes);
  }
  for (const b of old.values())
    changes.push({ name: b.name, type: b.type, kind: "remove", before: b, ttlOnly: false });
}
var LOOK_AHEAD = 8;
function pairInOrder(before, after, changes) {
  const restBefore = [];
  const restAfter = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    const b = before[i];
    const a = after[j];
    if (b === a || b.name === a.name && b.type === a.type) {
      compare(b, a, changes);
      i++;
      j++;
      continue;
    }
    const k = indexAhead(before, i, a);
    const l = indexAhead(after, j, b);
    if (k >= 0 && (l < 0 || k - i <= l - j)) while (i < k) restBefore.push(before[i++]);
    else if (l >= 0) while (j < l) restAfter.push(after[j++]);
    else {
      restBefore.push(b);
      restAfter.push(a);
      i++;
      j++;
    }
  }
  while (i < before.length) restBefore.push(before[i++]);
  while (j < after.length) restAfter.push(after[j++]);
  pairByMap(restBefore, restAfter, changes);
}
function indexAhead(list, from, x) {
  const end = Math.min(list.length, from + 1 + LOOK_AHEAD);
  for (let k = from + 1; k < end; k++) {
    const y = list[k];
    if (y === x || y.name === x.name && y.type === x.type) return k;
  }
  return -1;
}
function sortByRRsetKey(items) {
  const reversed = /* @__PURE__ */ new Map();
  for (const x of items)
    if (!reversed.has(x.name)) reversed.set(x.name, x.name.split(".").reverse().join("."));
  return [...items].sort((a, b) => {
    if (a.name !== b.name) return reversed.get(a.name) < reversed.get(b.name) ? -1 : 1;
    return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
  });
}
function pushedState(current, desired, side) {
  const scope = side === "live" ? { name: desired.name, unmanaged: [...desired.unmanaged, ...externalDns(current, desired)] } : desired;
  const configOnly = side === "config" && !desired.noPurge && !scope.unmanaged.some(appliesToConfig);
  if (configOnly && isUniqueByKey(desired.rrsets)) return desired.rrsets;
  const wanted = new RRsetMap(desired.rrsets);
  if (configOnly)
    return wanted.size === desired.rrsets.length ? [...desired.rrsets] : wanted.values();
  const out = wanted.clone();
  const merged = (own, values, ttl) => makeRRset({ ...own, ttl, values: [...own.values, ...values] });
  for (const r of current) {
    const own = wanted.get(r.name, r.type);
    const pattern = leftAlone(r, scope, side) ?? (own ? leftAlone(own, scope, side) : void 0);
    if (!pattern) {
      if (!own && (desired.noPurge || side === "live" && SYNTHESISED_TYPES.has(r.type)))
        out.set(r);
      continue;
    }
    if (pattern.partial) out.set(own ? merged(own, r.values, r.ttl) : r);
    else if (pattern.appliesTo === "live") out.set(r);
    else {
      const target = pattern.target;
      const kept = target === void 0 ? r.values : r.values.filter((v) => selects({ target }, { ...r, values: [v] }, desired.name));
      if (own) out.set(merged(own, kept, own.ttl));
      else if (kept.length === r.values.length || desired.noPurge) out.set(r);
      else if (kept.length > 0) out.set(makeRRset({ ...r, values: kept }));
    }
  }
  if (side === "live") {
    const present = new RRsetMap(current);
    for (const own of wanted.values()) {
      const pattern = present.has(own.name, own.type) ? void 0 : leftAlone(own, scope, side);
      if (pattern?.appliesTo === "live" && !pattern.partial) out.delete(own.name, own.type);
    }
  }
  return out.values();
}
function appliesToConfig(p) {
  return p.externalDnsPrefix === void 0 && p.appliesTo !== "live";
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

// src/report/build.ts
function rrsetJson(r, redact) {
  const values = r.values.map(redact);
  return r.options ? { ttl: r.ttl, values, options: r.options } : { ttl: r.ttl, values };
}
function valueRedactor() {
  return memoized(redactSecrets);
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
function changeJson(c, redact = redactSecrets) {
  const loc = c.after?.location ?? c.before?.location;
  return {
    name: c.name,
    type: c.type,
    kind: c.kind,
    ...c.before ? { before: rrsetJson(c.before, redact) } : {},
    ...c.after ? { after: rrsetJson(c.after, redact) } : {},
    ...loc ? {
      location: loc.line !== void 0 ? { file: loc.file, line: loc.line } : { file: loc.file }
    } : {}
  };
}
function findingJson(f, redact) {
  return { ...f, message: capText(redactSecrets(f.message)), fix: redact(f.fix) };
}
function liveJson(live, offReason = "live DNS was not queried (--no-live)", redact = redactSecrets) {
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
        ...s.upToDate !== void 0 ? { upToDate: s.upToDate } : {},
        ...s.axfr ? { axfr: s.axfr.status } : {},
        ...s.error ? { error: s.error } : {}
      }))
    ),
    ...live.zones.some((z) => z.candidates?.length) ? {
      candidates: live.zones.flatMap(
        (z) => (z.candidates ?? []).map((c) => ({
          zone: z.zone,
          name: c.name,
          ...c.address !== void 0 ? { address: c.address } : {},
          authoritative: c.authoritative,
          expected: c.expected,
          served: c.served,
          missing: c.missingCount ?? c.missing.length,
          differing: c.differingCount ?? c.differing.length,
          ...c.error ? { error: outputText(c.error) } : {}
        }))
      )
    } : {},
    zones: live.zones.map((z) => ({
      zone: z.zone,
      status: z.status,
      reasons: z.reasons,
      serialsAgree: z.serialsAgree,
      ...z.delegation ? { delegation: z.delegation } : {},
      rrsets: z.rrsets.map((r) => ({ name: r.name, type: r.type, ...rrsetJson(r, redact) })),
      absent: z.absent,
      ...z.unresolved?.length ? { unresolved: z.unresolved } : {},
      ...z.targets?.length ? { targets: z.targets } : {},
      ...z.keys?.length ? { keys: z.keys } : {},
      ...z.differences?.length ? { differences: z.differences } : {},
      ...z.transferredFrom ? { transferredFrom: z.transferredFrom } : {},
      ...z.candidates?.length ? { candidates: z.candidates } : {}
    }))
  };
}
function registryJson(registry, offReason = "the registry was not asked over RDAP (--no-rdap, or --no-live without --rdap URL)") {
  if (!registry) return { status: "off", reasons: [offReason], requests: 0, domains: [] };
  return {
    status: registry.status,
    reasons: registry.reasons.map((r) => outputText(r)),
    source: registry.source,
    requests: registry.requests,
    domains: registry.domains.map((d) => ({
      domain: d.domain,
      zones: d.zones,
      outcome: d.outcome,
      ...d.url !== void 0 ? { url: d.url } : {},
      ...d.reason !== void 0 ? { reason: outputText(d.reason) } : {},
      ...d.registration ? { registration: d.registration } : {}
    }))
  };
}
function buildReport(input) {
  const redact = valueRedactor();
  const findings = input.findings.map((f) => findingJson(f, redact));
  return {
    version: 1,
    ...input.audit ? { kind: "audit" } : {},
    verdict: computeVerdict(findings, input.failOn, input.audit ? "audit" : "review"),
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
        changes: d.changes.map((c) => changeJson(c, redact)),
        drift: (input.drift.get(d.zone) ?? []).map((c) => changeJson(c, redact))
      };
    }),
    findings,
    live: liveJson(input.live, input.liveOffReason, redact),
    registry: registryJson(input.registry, input.registryOffReason),
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
function buildRollback(diffs, live, registry) {
  const out = [];
  for (const d of diffs) {
    const delegationChanged = touchesDelegation(d);
    if (d.changes.length === 0 && !delegationChanged) continue;
    const writer = writerFor(d.format);
    const plan = planRollback(d, writer.editUnit);
    const rollback = {
      zone: d.zone,
      format: d.format,
      snippet: snippet(plan, writer, recordFiles(d, plan), d.before ?? d.after),
      ...delegationChanged ? {
        registrar: [registrarText(d, live), registryText(d, registry)].filter(Boolean).join("\n\n")
      } : {}
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
function snippet(plan, writer, where, of) {
  const c = writer.lineComment;
  const comment = (text) => text.trimEnd().split("\n").map((l) => `${c} ${l}`).join("\n");
  const parts = [
    `${c} Rollback of ${plan.zone} to base, in ${writer.zoneLocation(plan.zone, where)}:`
  ];
  const unit = plan.unit === "name" ? "names" : "names and types";
  if (plan.restore.length > 0)
    parts.push(
      `${c} Put back (replacing what these ${unit} hold now):
${writer.records(plan.restore, plan.zone, of).trimEnd()}`
    );
  if (plan.replace.length > 0)
    parts.push(`${c} Instead of:
${comment(writer.records(plan.replace, plan.zone, of))}`);
  if (plan.remove.length > 0)
    parts.push(
      `${c} Delete, added by this change:
${comment(writer.records(plan.remove, plan.zone, of))}`
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
function registryText(d, registry) {
  const fact = registrationOf(registry, d.name);
  if (!fact || !registry) return "";
  const when = `${registry.takenAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const r = fact.registration;
  const lines = [`The registry holds now (RDAP ${fact.url ?? registry.source}, captured ${when}):`];
  lines.push("NS:");
  for (const ns of r.nameservers) lines.push(`  ${ns}`);
  if (r.nameservers.length === 0) lines.push("  (none published)");
  const ds = r.secureDNS?.dsData ?? [];
  if (ds.length > 0) {
    lines.push("DS:");
    for (const x of ds) lines.push(`  ${formatDs(x)}`);
  } else if (r.secureDNS?.delegationSigned)
    lines.push("DS: signed, but the registry does not publish the DS data");
  else lines.push("DS: none (the delegation is unsigned)");
  lines.push(
    "These are what the registrar account sets; to roll back a registrar change, set these again."
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
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareSeverity(b.severity, a.severity) || Number(b.introduced) - Number(a.introduced) || byCodeUnits(a.zone ?? "", b.zone ?? "") || byCodeUnits(a.name ?? "", b.name ?? "") || byCodeUnits(a.rule, b.rule) || byCodeUnits(a.fingerprint, b.fingerprint);
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
function start(rule, ctx) {
  try {
    return Promise.resolve(rule.check(ctx)).then(
      (drafts) => ({ drafts }),
      (error) => ({ error })
    );
  } catch (error) {
    return Promise.resolve({ error });
  }
}
async function runRules(ctx, rules = RULES) {
  const findings = [];
  const warnings = [];
  const seen = /* @__PURE__ */ new Set();
  const handsOff = handsOffFilter(ctx);
  const active = rules.filter((rule) => ctx.policy.rules[rule.id] !== "off");
  const outcomes = /* @__PURE__ */ new Map();
  for (const rule of active) if (rule.readsRepository) outcomes.set(rule, start(rule, ctx));
  for (const rule of active) if (!rule.readsRepository) outcomes.set(rule, start(rule, ctx));
  for (const rule of active) {
    const outcome = await outcomes.get(rule);
    if ("error" in outcome) {
      const e = outcome.error;
      warnings.push(
        redactSecrets(
          `rule ${rule.id} failed and was skipped: ${e instanceof Error ? e.message : String(e)}`
        )
      );
      continue;
    }
    for (const draft of outcome.drafts) {
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
  historyDepth: 50,
  rrsigExpiringDays: 3
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
  "history-depth",
  "rrsig-expiring-days"
];
var MASS_KEYS = ["update-percent", "delete-percent", "min-existing"];
var TTL_SEVERITY_KEYS = ["medium", "high"];
var MAX_TTL = 2147483647;
var MAX_HISTORY_DEPTH = 1e3;
var MAX_RRSIG_DAYS = 365;
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
      case "rrsig-expiring-days": {
        const n = readInteger(value, 0, MAX_RRSIG_DAYS);
        if (n === void 0)
          report(
            path,
            `rrsig-expiring-days must be a whole number of days from 0 to ${MAX_RRSIG_DAYS}; got ${show(value)}`
          );
        else policy.rrsigExpiringDays = n;
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

// src/review/terraform-plan.ts
import { readFile } from "node:fs/promises";
async function readTerraformPlan(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    return fail({
      level: "error",
      code: "terraform/plan",
      message: `cannot read the Terraform plan file: ${e.code ?? e.message}`,
      location: { file: path }
    });
  }
  const { planToZones } = await import("./plan-RM2HZTM7.js");
  const r = planToZones(text, path);
  return r.ok ? ok(r.value, r.value.warnings) : r;
}
function withPlannedZones(side, planned, statics) {
  const located = /* @__PURE__ */ new Map();
  const zoneAt = /* @__PURE__ */ new Map();
  for (const set of [side, ...statics])
    for (const z of set.zones) {
      if (z.format !== "terraform") continue;
      if (!zoneAt.has(zoneKey(z))) zoneAt.set(zoneKey(z), z);
      for (const r of z.rrsets) {
        const key = `${zoneKey(z)} ${rrsetKey(r)}`;
        if (r.location && !located.has(key)) located.set(key, r.location);
      }
    }
  const zones = planned.map((z) => {
    const known = zoneAt.get(zoneKey(z));
    return {
      ...z,
      ...known?.config ? { config: known.config } : {},
      ...known?.location ? { location: known.location } : {},
      rrsets: z.rrsets.map((r) => {
        const at = located.get(`${zoneKey(z)} ${rrsetKey(r)}`);
        return at ? { ...r, location: at } : r;
      })
    };
  });
  return { ...side, zones: [...side.zones.filter((z) => z.format !== "terraform"), ...zones] };
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
    return await readFile2(path, "utf8");
  } catch {
    return void 0;
  }
}
async function loadSides(headTree, baseTree, format, settings, progress, planned) {
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
  const ids = formats.value.map((f) => f.id);
  progress?.({ kind: "load", side: "head", ref: headTree.label, formats: ids });
  const head = await loadSide(headTree, formats.value, settings);
  if (!head.ok) return head;
  let base = { zones: [], credentials: [], files: [] };
  if (baseTree) {
    progress?.({ kind: "load", side: "base", ref: baseTree.label, formats: ids });
    const loaded = await loadSide(baseTree, formats.value, settings);
    if (!loaded.ok && settings.budget?.exceeded !== void 0) return loaded;
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
  if (planned) {
    const statics = [head.value, base];
    const plannedHead = withPlannedZones(head.value, planned.head, statics);
    base = withPlannedZones(base, planned.base, statics);
    return finish(plannedHead, base, [...head.warnings ?? [], ...planned.warnings]);
  }
  return finish(head.value, base, head.warnings ?? []);
  function finish(headSet, baseSet, warnings) {
    if (headSet.zones.length === 0 && baseSet.zones.length === 0)
      return fail({
        level: "error",
        message: `no zones found under ${describePaths(settings.paths)} (format ${formats.ok ? formats.value.map((f) => f.id).join(", ") : format}); nothing would be reviewed. Check --path and --format (the Action's path and format inputs).`,
        location: { file: settings.paths[0] || "." }
      });
    return ok({ head: headSet, base: baseSet }, warnings);
  }
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
var sameOnBothSides = (r) => r.ok ? ok({ head: r.value.head, base: r.value.head }, r.warnings) : r;
var shardZones = (set, keys) => ({
  ...set,
  zones: set.zones.filter((z) => keys.has(zoneKey(z)))
});
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
async function secretsInChangedFiles(headTree, files, said) {
  const out = [];
  for (const file of files.slice(0, LEAK_SCAN_FILES)) {
    const read = await readForScan(headTree, file);
    if (read.kind === "refused") {
      if (!said.has(file))
        out.push({
          level: "error",
          code: "secret-in-repo",
          message: `this changed file could not be scanned for credentials: ${read.reason}`,
          location: { file }
        });
      continue;
    }
    if (read.kind !== "text") continue;
    for (const found of findSecrets(read.text))
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
      tfVarFiles: settings.tfVarFiles,
      vars: settings.vars,
      evalTimeoutMs: settings.evalTimeoutMs,
      evalMemoryBytes: settings.evalMemoryBytes,
      // One budget for the whole review: both sides, every format, zone and include.
      budget: new InputBudget(
        settings.maxRecords === void 0 ? DEFAULT_INPUT_LIMITS : limitsForRecords(settings.maxRecords)
      ),
      // And one memo: the second side's load of a file shares what is equal with the first's.
      // An audit loads one side: nothing to share, and no DNSControl sandbox to start ahead.
      ...settings.audit ? {} : { memo: new SideMemo() }
    });
    headTree = await git.openTree(settings.head);
    if (settings.audit) {
      baseTree = headTree;
      baseRef = settings.head ?? headTree.label;
    } else {
      baseRef = settings.base ?? await defaultBase(git, settings.head);
      baseTree = baseRef !== void 0 ? await git.openTree(baseRef) : void 0;
    }
  } catch (e) {
    return { ok: false, errors: sourceError(e) };
  }
  let changed;
  const changedFiles = () => {
    if (settings.audit || !baseTree || baseRef === void 0) return Promise.resolve([]);
    changed ??= git.changedFiles(baseRef, settings.head).catch(() => []);
    return changed;
  };
  void changedFiles();
  const path = commonFolder(load.paths);
  let planned;
  if (settings.terraformPlan !== void 0 && !settings.audit) {
    const plan = await readTerraformPlan(settings.terraformPlan);
    if (!plan.ok) return plan;
    planned = plan.value;
  }
  const sides = settings.audit ? sameOnBothSides(await loadSides(headTree, void 0, settings.format, load, hooks.progress)) : await loadSides(
    baseTree ? readingAhead(headTree, baseTree) : headTree,
    baseTree,
    settings.format,
    load,
    hooks.progress,
    planned
  );
  if (!sides.ok) {
    const leaks = baseTree && baseRef !== void 0 ? await secretsInChangedFiles(
      headTree,
      await changedFiles(),
      new Set(
        sides.errors.filter((e) => e.code === "refused-link").map((e) => e.location.file)
      )
    ) : [];
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
  const requests = !settings.live ? [] : settings.audit ? liveRequests(void 0, inShard ? shardZones(head, inShard) : head) : liveRequests(touchedZones(diffs, base), touchedZones(diffs, head));
  const registryAsked = settings.registry ? registryRequests(
    diffs.filter((d) => settings.audit || d.status !== "unchanged").map((d) => d.name)
  ) : [];
  const registryPhase = settings.registry && registryAsked.length > 0 ? (async () => {
    const collect = hooks.collectRegistry ?? (await import("./registry-phase-DYQQHA3H.js")).collectRegistry;
    return collect(registryAsked, settings.registry);
  })() : void 0;
  if (requests.length > 0) {
    const collect = hooks.collectLive ?? (await import("./live-phase-D6GHFECS.js")).collectLive;
    const progress = hooks.progress;
    live = await collect(
      requests,
      progress ? {
        ...settings.liveOptions,
        onQueries: (queries) => progress({ kind: "live", zones: requests.length, queries })
      } : settings.liveOptions
    );
    ({ drift, apply } = liveDiffs(diffs, live));
  }
  const registry = await registryPhase;
  const files = await changedFiles();
  hooks.progress?.({ kind: "rules" });
  const rules = await runRules({
    path,
    base,
    head,
    diffs: allDiffs,
    drift,
    apply,
    live,
    ...registry ? { registry } : {},
    policy: policy.value,
    headTree,
    baseTree,
    changedFiles: files,
    history: baseTree && !settings.audit ? git.history() : void 0,
    baseRef,
    now
  });
  git.close();
  warnings.push(...rules.warnings);
  const report = buildReport({
    base: baseTree && !settings.audit ? {
      ref: baseRef ?? baseTree.label,
      ...baseTree.commit ? { commit: baseTree.commit } : {}
    } : null,
    head: {
      ref: settings.head ?? headTree.label,
      ...headTree.commit ? { commit: headTree.commit } : {}
    },
    diffs,
    drift,
    findings: inShard ? rules.findings.filter((f) => f.zone === void 0 || inShard.has(f.zone)) : rules.findings,
    live,
    ...settings.live && !live ? {
      liveOffReason: settings.audit ? "no zone to ask live DNS about" : "no zone changed, so live DNS was not asked"
    } : {},
    ...settings.audit ? { audit: true } : {},
    ...registry ? { registry } : {},
    ...settings.registry && !registry ? {
      registryOffReason: "no zone with a registrable domain changed, so the registry was not asked"
    } : {},
    rollback: buildRollback(diffs, live, registry),
    failOn: policy.value.failOn,
    warnings
  });
  return { ok: true, report, policy: policy.value };
}

export {
  renderJson,
  renderSarif,
  DEFAULT_POLICY,
  runReview
};
