import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  printReport
} from "./chunk-HNRKUXIZ.js";
import "./chunk-WTYQWW2V.js";
import "./chunk-CK2LJP7T.js";
import {
  readUntrustedReport
} from "./chunk-6H6MW5RI.js";
import "./chunk-4BYGSF5S.js";
import "./chunk-UF76ROFU.js";
import "./chunk-FOGY22XO.js";
import "./chunk-RIZ772I3.js";
import "./chunk-QG7UGGD7.js";
import "./chunk-XQKESXWW.js";
import {
  computeVerdict,
  highestSeverity,
  reportKind
} from "./chunk-YD2F3FGD.js";
import {
  outputText
} from "./chunk-TMYA7VNJ.js";
import "./chunk-BIWLE6VI.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-6726HYXS.js";
import "./chunk-43NXJOJ3.js";
import "./chunk-NPJJ6ZXY.js";
import "./chunk-KWXGGXOU.js";
import "./chunk-SLAJVB5B.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-SYYWBRKN.js";
import "./chunk-6YSZJKEN.js";
import "./chunk-ZTWXCZHL.js";
import "./chunk-STTGIKZ5.js";
import "./chunk-J7BEQH3Y.js";
import "./chunk-QF3ZHR46.js";
import "./chunk-BW47LDJB.js";
import "./chunk-7BXAX2Z4.js";
import "./chunk-UFWOLI4P.js";
import "./chunk-PW6GGXO2.js";
import "./chunk-UEUQZ7ZE.js";
import {
  fail,
  formatDiagnostic,
  ok
} from "./chunk-NHBBLBWC.js";
import "./chunk-Y6VGXGMD.js";

// src/cli/merge-reports.ts
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/report/merge.ts
var refText = (r) => r ? `${r.ref}${r.commit ? ` (${r.commit})` : ""}` : "none";
function sameRef(a, b) {
  if (a === null || b === null) return a === b;
  return a.commit !== void 0 || b.commit !== void 0 ? a.commit === b.commit : a.ref === b.ref;
}
var unique = (xs) => [...new Set(xs)];
var LIVE_ORDER = ["off", "ok", "partial", "failed"];
function mergeStatus(statuses) {
  const asked = statuses.filter((s) => s !== "off");
  if (asked.length === 0) return "off";
  const worst = asked.reduce(
    (w, s) => LIVE_ORDER.indexOf(s) > LIVE_ORDER.indexOf(w) ? s : w,
    "ok"
  );
  return worst === "failed" && asked.some((s) => s !== "failed") ? "partial" : worst;
}
function mergeLive(lives) {
  return {
    status: mergeStatus(lives.map((l) => l.status)),
    reasons: unique(lives.flatMap((l) => l.reasons)),
    queries: lives.reduce((n, l) => n + l.queries, 0),
    servers: lives.flatMap((l) => l.servers),
    ...lives.some((l) => l.candidates?.length) ? { candidates: lives.flatMap((l) => l.candidates ?? []) } : {},
    zones: lives.flatMap((l) => l.zones)
  };
}
function mergeRegistry(registries) {
  if (registries.length === 0) return void 0;
  const domains = /* @__PURE__ */ new Map();
  for (const r of registries)
    for (const d of r.domains) {
      const seen = domains.get(d.domain);
      domains.set(d.domain, seen ? { ...seen, zones: unique([...seen.zones, ...d.zones]) } : d);
    }
  const sources = unique(registries.flatMap((r) => r.source !== void 0 ? [r.source] : []));
  return {
    status: mergeStatus(registries.map((r) => r.status)),
    reasons: unique(registries.flatMap((r) => r.reasons)),
    ...sources.length > 0 ? { source: sources.join("; ") } : {},
    requests: registries.reduce((n, r) => n + r.requests, 0),
    domains: [...domains.values()]
  };
}
function mergeReports(shards) {
  const first = shards[0];
  if (!first) return fail(diag("no reports to merge", "."));
  const errors = [];
  for (const s of shards.slice(1)) {
    const r = s.report;
    if (!sameRef(r.head, first.report.head))
      errors.push(
        diag(
          `reviews head ${refText(r.head)}, but ${first.file} reviews ${refText(first.report.head)}: shards of one review must all review the same commits`,
          s.file
        )
      );
    else if (!sameRef(r.base, first.report.base))
      errors.push(
        diag(
          `reviews against base ${refText(r.base)}, but ${first.file} against ${refText(first.report.base)}`,
          s.file
        )
      );
    if (reportKind(r) !== reportKind(first.report))
      errors.push(
        diag(
          `is ${reportKind(r) === "audit" ? "an audit" : "a review of a change"}, but ${first.file} is not: merge the shards of one run`,
          s.file
        )
      );
    if (r.failOn !== first.report.failOn)
      errors.push(
        diag(
          `blocks at ${r.failOn}, but ${first.file} at ${first.report.failOn}: give every shard the same policy and fail-on`,
          s.file
        )
      );
  }
  const seenZone = /* @__PURE__ */ new Map();
  shards.forEach((s, i) => {
    for (const z of s.report.zones) {
      const key = `${z.zone} ${z.format} ${z.config ?? ""}`;
      const other = seenZone.get(key);
      if (other !== void 0 && other !== i)
        errors.push(
          diag(
            `zone ${z.zone} is also in ${shards[other].file}: shards must not overlap (zoneguard targets plans them)`,
            s.file
          )
        );
      seenZone.set(key, i);
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  const findings = [];
  const seenFinding = /* @__PURE__ */ new Set();
  for (const s of shards)
    for (const f of s.report.findings) {
      if (seenFinding.has(f.fingerprint)) continue;
      seenFinding.add(f.fingerprint);
      findings.push(f);
    }
  const failOn = first.report.failOn;
  const kind = reportKind(first.report);
  return ok({
    version: 1,
    ...kind === "audit" ? { kind } : {},
    verdict: computeVerdict(findings, failOn, kind),
    highestSeverity: highestSeverity(findings),
    failOn,
    base: first.report.base,
    head: first.report.head,
    zones: shards.flatMap((s) => s.report.zones),
    findings,
    live: mergeLive(shards.map((s) => s.report.live)),
    ...optionalRegistry(
      mergeRegistry(shards.flatMap((s) => s.report.registry ? [s.report.registry] : []))
    ),
    rollback: shards.flatMap((s) => s.report.rollback),
    warnings: unique(shards.flatMap((s) => s.report.warnings))
  });
}
var optionalRegistry = (registry) => registry ? { registry } : {};
function diag(message, file) {
  return { level: "error", message, location: { file } };
}

// src/cli/merge-reports.ts
var MERGE_REPORTS_HELP = `Usage: zoneguard merge-reports [options] REPORT.json...

Joins the JSON reports of a sharded review (zoneguard check --output json on each shard of
zoneguard targets) into one review: one verdict, one exit code, one comment. Every report must
review the same base and head with the same fail-on, and no zone may be in two of them.

Options:
  --output KIND    text | markdown | json | sarif (default: text on a terminal, else markdown)
  -h, --help       show this help

Exit codes: 0 pass or warn, 1 block, 2 error.
`;
var MAX_REPORT_BYTES = 256 * 1024 * 1024;
var OUTPUTS = ["text", "markdown", "json", "sarif"];
async function mergeReportsCommand(argv, io) {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.stderr(`zoneguard: ${e.message.replace(/\. To specify.*$/s, "")}
`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(MERGE_REPORTS_HELP);
    return 0;
  }
  const output = parsed.values.output;
  if (output !== void 0 && !OUTPUTS.includes(output)) {
    io.stderr(
      `zoneguard: --output must be text, markdown, json or sarif; got "${outputText(output)}"
`
    );
    return 2;
  }
  if (parsed.positionals.length === 0) {
    io.stderr("zoneguard: merge-reports needs the JSON reports to merge (see --help)\n");
    return 2;
  }
  const shards = [];
  for (const file of parsed.positionals) {
    const read = await readReport(resolve(io.cwd, file));
    if (!read.ok) {
      io.stderr(`zoneguard: ${outputText(file)}: ${outputText(read.error)}
`);
      return 2;
    }
    shards.push({ file, report: read.report });
  }
  const merged = mergeReports(shards);
  if (!merged.ok) {
    for (const e of merged.errors) io.stderr(`zoneguard: ${outputText(formatDiagnostic(e))}
`);
    return 2;
  }
  return printReport(merged.value, output, io);
}
async function readReport(path) {
  try {
    const size = (await stat(path)).size;
    if (size > MAX_REPORT_BYTES)
      return { ok: false, error: `${size} bytes; a report is at most ${MAX_REPORT_BYTES}` };
    const read = readUntrustedReport(await readFile(path, "utf8"));
    return read.ok ? read : { ok: false, error: `not a ZoneGuard JSON report: ${read.error}` };
  } catch (e) {
    const code = e.code;
    return { ok: false, error: code === "ENOENT" ? "no such file" : `cannot be read (${code})` };
  }
}
function parse(argv) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { output: { type: "string" }, help: { type: "boolean", short: "h" } }
  });
}
export {
  MERGE_REPORTS_HELP,
  mergeReportsCommand
};
