import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  runReview
} from "./chunk-L46D7CRT.js";
import {
  renderJson,
  renderMarkdown,
  renderSarif
} from "./chunk-BXMTPCH2.js";
import "./chunk-J272PJZ3.js";
import "./chunk-U6CDK3AH.js";
import {
  outputText
} from "./chunk-6NNXIANB.js";
import {
  CHECK_HELP,
  parseCheckArgs
} from "./chunk-FV325U4X.js";
import "./chunk-Z4A2EJXT.js";
import "./chunk-P6HNQ4ZF.js";
import {
  parseAuthoritativeSpec
} from "./chunk-POOSZHAJ.js";
import "./chunk-Z6C6KSDS.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-GGHTR5IF.js";
import "./chunk-MQURJV6Z.js";
import {
  formatDiagnostic
} from "./chunk-5UGBKRHB.js";
import "./chunk-Y6VGXGMD.js";

// src/cli/check.ts
import { resolve } from "node:path";
var MAX_PRINTED_ERRORS = 20;
function errorLines(errors, max = MAX_PRINTED_ERRORS) {
  const lines = errors.slice(0, max).map((e) => outputText(formatDiagnostic(e)));
  if (errors.length > max) lines.push(`\u2026and ${errors.length - max} more errors not shown`);
  return lines;
}
async function checkCommand(argv, io, hooks = {}) {
  const args = parseCheckArgs(argv, io.cwd);
  if (args.ok === "help") {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (!args.ok) {
    io.stderr(`zoneguard: ${args.message}
`);
    return 2;
  }
  const s = args.settings;
  const authoritative = /* @__PURE__ */ new Map();
  for (const a of s.authoritative) {
    const spec = parseAuthoritativeSpec(a);
    if (spec.ok) authoritative.set(spec.zone, spec.servers);
  }
  const result = await runReview(
    {
      repo: resolve(io.cwd, s.repo),
      base: s.base,
      head: s.head,
      path: s.paths,
      format: s.format,
      ...s.configFile !== void 0 ? { configFile: s.configFile } : {},
      ...s.credsFile !== void 0 ? { credsFile: s.credsFile } : {},
      ...s.octodnsConfig !== void 0 ? { octodnsConfig: s.octodnsConfig } : {},
      ...s.octodnsCwd !== void 0 ? { octodnsCwd: s.octodnsCwd } : {},
      policyFile: s.policy === void 0 ? void 0 : resolve(io.cwd, s.policy),
      failOn: s.failOn,
      live: s.live,
      liveOptions: {
        resolvers: s.resolvers,
        authoritative,
        ...s.liveDeadlineMs !== void 0 ? { deadlineMs: s.liveDeadlineMs } : {},
        ...s.liveInFlight !== void 0 ? { maxInFlight: s.liveInFlight } : {}
      },
      ...s.evalTimeoutMs !== void 0 ? { evalTimeoutMs: s.evalTimeoutMs } : {},
      ...s.vars.size > 0 ? { vars: s.vars } : {},
      ...s.zones.length > 0 ? { zones: s.zones } : {}
    },
    hooks
  );
  if (!result.ok) {
    for (const line of errorLines(result.errors)) io.stderr(`zoneguard: ${line}
`);
    return 2;
  }
  const report = result.report;
  if (s.output === "json") io.stdout(renderJson(report));
  else if (s.output === "sarif") io.stdout(`${JSON.stringify(renderSarif(report), null, 2)}
`);
  else io.stdout(renderMarkdown(report, { maxChars: Number.POSITIVE_INFINITY }));
  return report.verdict === "block" ? 1 : 0;
}
export {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines
};
