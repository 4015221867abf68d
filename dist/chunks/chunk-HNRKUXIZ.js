import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  CHECK_HELP,
  parseCheckArgs
} from "./chunk-WTYQWW2V.js";
import {
  renderJson,
  renderSarif,
  runReview
} from "./chunk-4BYGSF5S.js";
import {
  renderMarkdown
} from "./chunk-YD2F3FGD.js";
import {
  outputText
} from "./chunk-TMYA7VNJ.js";
import {
  formatDiagnostic
} from "./chunk-NHBBLBWC.js";

// src/cli/check.ts
import { resolve } from "node:path";

// src/cli/terminal.ts
function wantsColour(io) {
  const { NO_COLOR: noColour, FORCE_COLOR: force, TERM: term } = io.env;
  if (noColour !== void 0 && noColour !== "") return false;
  if (force !== void 0) return force !== "0" && force !== "false";
  return io.stdoutIsTerminal === true && term !== "dumb";
}
function progressLine(step) {
  switch (step.kind) {
    case "load": {
      const what = step.formats.includes("dnscontrol") ? ": evaluating dnsconfig.js" : step.formats.length > 0 ? `: ${step.formats.join(", ")}` : "";
      return `reading ${step.side} ${step.ref}${what}\u2026`;
    }
    case "live":
      return `asking live DNS for ${step.zones === 1 ? "1 zone" : `${step.zones} zones`}: ${step.queries} queries sent\u2026`;
    case "rules":
      return "running the rules\u2026";
  }
}
function createProgress(io, quiet) {
  if (quiet || io.stderrIsTerminal !== true) return void 0;
  let open = "";
  let openKind;
  const finish = () => {
    if (open) io.stderr("\n");
    open = "";
    openKind = void 0;
  };
  return {
    report(step) {
      const line = `zoneguard: ${progressLine(step)}`;
      if (openKind === step.kind && step.kind === "live") {
        io.stderr(`\r${line}${" ".repeat(Math.max(0, open.length - line.length))}`);
      } else {
        finish();
        io.stderr(line);
      }
      open = line;
      openKind = step.kind;
    },
    done: finish
  };
}

// src/cli/check.ts
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
  return reviewAndPrint(args.settings, io, hooks);
}
async function reviewAndPrint(s, io, hooks = {}, audit = false) {
  const progress = createProgress(io, s.quiet);
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
      ...s.tfVarFiles.length > 0 ? { tfVarFiles: s.tfVarFiles } : {},
      ...s.terraformPlan !== void 0 ? { terraformPlan: resolve(io.cwd, s.terraformPlan) } : {},
      policyFile: s.policy === void 0 ? void 0 : resolve(io.cwd, s.policy),
      failOn: s.failOn,
      live: s.live,
      liveOptions: s.liveOptions,
      ...s.rdap.on ? { registry: s.rdap.url !== void 0 ? { baseUrl: s.rdap.url } : {} } : {},
      ...s.evalTimeoutMs !== void 0 ? { evalTimeoutMs: s.evalTimeoutMs } : {},
      ...s.maxRecords !== void 0 ? { maxRecords: s.maxRecords } : {},
      ...s.vars.size > 0 ? { vars: s.vars } : {},
      ...s.zones.length > 0 ? { zones: s.zones } : {},
      ...audit ? { audit: true } : {}
    },
    progress ? { ...hooks, progress: progress.report } : hooks
  );
  progress?.done();
  if (!result.ok) {
    for (const line of errorLines(result.errors)) io.stderr(`zoneguard: ${line}
`);
    return 2;
  }
  return printReport(result.report, s.output, io);
}
async function printReport(report, chosen, io) {
  const output = chosen ?? (io.stdoutIsTerminal ? "text" : "markdown");
  if (output === "json") io.stdout(renderJson(report));
  else if (output === "sarif") io.stdout(`${JSON.stringify(renderSarif(report), null, 2)}
`);
  else if (output === "text") {
    const { renderText } = await import("./text-ZYI7TJ3G.js");
    io.stdout(renderText(report, { colour: wantsColour(io) }));
  } else io.stdout(renderMarkdown(report, { maxChars: Number.POSITIVE_INFINITY }));
  return report.verdict === "block" ? 1 : 0;
}

export {
  MAX_PRINTED_ERRORS,
  errorLines,
  checkCommand,
  reviewAndPrint,
  printReport
};
