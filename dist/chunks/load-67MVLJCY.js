import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  SandboxAhead,
  evaluateDnsconfigFull,
  knownValues,
  maskDiagnostic,
  require_lib,
  sandboxMemoryBytes
} from "./chunk-I6BT6MJZ.js";
import {
  irToZones
} from "./chunk-FC6P4P2O.js";
import "./chunk-62H6EOL3.js";
import "./chunk-KWXGGXOU.js";
import {
  defaultCredsFile,
  readCreds
} from "./chunk-SLAJVB5B.js";
import {
  CONFIG,
  findDnsconfigs
} from "./chunk-6V6SB7MZ.js";
import {
  SourceError
} from "./chunk-BW47LDJB.js";
import {
  InputBudget,
  budgetMessage
} from "./chunk-7BXAX2Z4.js";
import {
  isUnder,
  resolveRepoPath
} from "./chunk-UFWOLI4P.js";
import "./chunk-PW6GGXO2.js";
import "./chunk-UEUQZ7ZE.js";
import {
  fail,
  ok
} from "./chunk-NHBBLBWC.js";
import {
  __toESM
} from "./chunk-Y6VGXGMD.js";

// src/formats/dnscontrol/load.ts
var import_json5 = __toESM(require_lib(), 1);
import { posix } from "node:path";
var BIND_DEFAULT_DIRECTORY = "zones";
function outside(skip) {
  return (f) => !(skip ?? []).some((dir) => isUnder(f, dir));
}
var AHEAD_KEY = "dnscontrol sandbox ahead";
function sandboxAhead(memo) {
  if (!memo) return void 0;
  const ahead = memo.take(AHEAD_KEY) ?? new SandboxAhead();
  memo.keep(AHEAD_KEY, ahead);
  return ahead;
}
async function loadConfig(tree, file, options) {
  const ahead = sandboxAhead(options.memo);
  const evaluated = await evaluateDnsconfigFull(tree, file, {
    ...ahead ? { ahead } : {},
    ...options.memo ? { memo: options.memo } : {},
    ...tree.readsAheadOf ? { next: tree.readsAheadOf } : {},
    ...options.vars !== void 0 ? { vars: options.vars } : {},
    ...options.evalTimeoutMs !== void 0 ? { evalTimeoutMs: options.evalTimeoutMs } : {},
    // The sandbox's memory cap follows a raised budget, as the other formats' caps do.
    evalMemoryBytes: options.evalMemoryBytes ?? sandboxMemoryBytes((options.budget ?? new InputBudget()).limits)
  });
  if (!evaluated.ok) return evaluated;
  const credsFile = options.creds ?? defaultCredsFile(file);
  let credsText;
  try {
    credsText = await tree.readText(credsFile);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
  }
  if (credsText === void 0 && options.creds !== void 0)
    return fail({
      level: "error",
      message: `the creds file ${credsFile} does not exist`,
      location: { file: credsFile }
    });
  const creds = credsText === void 0 ? void 0 : readCreds(credsText, credsFile, import_json5.default.parse);
  const model = irToZones(evaluated.value.ir, file, creds?.types ?? /* @__PURE__ */ new Map());
  const masked = knownValues(options.vars);
  const errors = [
    ...model.errors.map((e) => maskDiagnostic(e, masked)),
    ...creds?.errors ?? []
  ];
  if (errors.length) return { ok: false, errors };
  const overBudget = chargeRecords(model.zones, file, options.budget);
  if (overBudget) return fail(overBudget);
  const outputs = /* @__PURE__ */ new Set();
  for (const zone of model.zones)
    for (const p of zone.providers)
      if (p.type === "BIND") {
        const dir = creds?.bindDirectories.get(p.name) ?? BIND_DEFAULT_DIRECTORY;
        const resolved = resolveRepoPath(dir, posix.dirname(file).replace(/^\.$/, ""));
        if (resolved.ok) outputs.add(resolved.path);
      }
  const zones = model.zones.map((z) => ({ ...z, config: file }));
  return ok(
    {
      zones,
      credentials: creds?.credentials ?? [],
      files: [...evaluated.value.files, ...credsText === void 0 ? [] : [credsFile]],
      ...evaluated.value.log.length ? { log: evaluated.value.log } : {},
      ...outputs.size ? { outputs: [...outputs].sort() } : {}
    },
    evaluated.warnings
  );
}
function chargeRecords(zones, file, budget) {
  const meter = (budget ?? new InputBudget()).meter();
  for (const zone of zones)
    for (const rrset of zone.rrsets)
      for (let i = 0; i < Math.max(1, rrset.values.length); i++)
        if (!meter.record()) {
          const location = rrset.location ?? zone.location ?? { file };
          return {
            level: "error",
            message: budgetMessage("records", meter.limits, location.file),
            location,
            code: "dnscontrol/budget"
          };
        }
  return void 0;
}
async function loadDnscontrol(tree, options) {
  const configs = options.config !== void 0 ? [options.config] : findDnsconfigs(await tree.listFiles(), options.path).filter(outside(options.skip));
  if (configs.length === 0)
    return fail({
      level: "error",
      message: `no ${CONFIG} under ${options.path || "the repository root"}`,
      location: { file: options.path || "." }
    });
  const errors = [];
  const warnings = [];
  const zones = [];
  const credentials = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Set();
  const log = [];
  const outputs = /* @__PURE__ */ new Set();
  for (const file of configs) {
    const loaded = await loadConfig(tree, file, options);
    if (!loaded.ok) {
      errors.push(...loaded.errors);
      continue;
    }
    warnings.push(...loaded.warnings ?? []);
    zones.push(...loaded.value.zones);
    for (const c of loaded.value.credentials)
      credentials.set(`${c.location.file} ${c.provider}`, c);
    for (const f of loaded.value.files) files.add(f);
    log.push(...loaded.value.log ?? []);
    for (const o of loaded.value.outputs ?? []) outputs.add(o);
  }
  if (errors.length) return { ok: false, errors };
  return ok(
    {
      zones,
      credentials: [...credentials.values()],
      files: [...files],
      ...log.length ? { log } : {},
      ...outputs.size ? { outputs: [...outputs].sort() } : {}
    },
    warnings
  );
}
export {
  loadDnscontrol
};
