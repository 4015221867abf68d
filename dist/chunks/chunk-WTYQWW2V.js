import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  parseEvalTimeout
} from "./chunk-CK2LJP7T.js";
import {
  parseRdapUrl
} from "./chunk-RIZ772I3.js";
import {
  cliVariables
} from "./chunk-QG7UGGD7.js";
import {
  parseAuthoritativeSpec,
  parseInFlight,
  parseLiveDeadline,
  parseResolverSpec
} from "./chunk-XQKESXWW.js";
import {
  isSeverity
} from "./chunk-TMYA7VNJ.js";
import {
  parseMaxRecords
} from "./chunk-7BXAX2Z4.js";
import {
  FORMAT_IDS
} from "./chunk-NHBBLBWC.js";

// src/cli/live-flags.ts
var LIVE_FLAGS = {
  resolver: { type: "string", multiple: true },
  authoritative: { type: "string", multiple: true },
  "live-deadline": { type: "string" },
  "live-in-flight": { type: "string" },
  axfr: { type: "boolean" }
};
function liveOptionsFromFlags(values) {
  const list = (name) => values[name] ?? [];
  for (const r of list("resolver")) {
    const spec = parseResolverSpec(r);
    if (!spec.ok) return { ok: false, message: `--resolver: ${spec.message}` };
  }
  const authoritative = /* @__PURE__ */ new Map();
  for (const a of list("authoritative")) {
    const spec = parseAuthoritativeSpec(a);
    if (!spec.ok) return { ok: false, message: `--authoritative: ${spec.message}` };
    authoritative.set(spec.zone, spec.servers);
  }
  const deadlineText = values["live-deadline"];
  const deadline = deadlineText === void 0 ? void 0 : parseLiveDeadline(deadlineText);
  if (deadline && !deadline.ok)
    return { ok: false, message: `--live-deadline: ${deadline.message}` };
  const inFlightText = values["live-in-flight"];
  const inFlight = inFlightText === void 0 ? void 0 : parseInFlight(inFlightText);
  if (inFlight && !inFlight.ok)
    return { ok: false, message: `--live-in-flight: ${inFlight.message}` };
  return {
    ok: true,
    options: {
      resolvers: list("resolver"),
      authoritative,
      ...deadline?.ok ? { deadlineMs: deadline.value } : {},
      ...inFlight?.ok ? { maxInFlight: inFlight.value } : {},
      ...values["axfr"] === true ? { axfr: true } : {}
    }
  };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var CHECK_HELP = `Usage: zoneguard check [options]

Reviews the DNS config of a git repository: what the change does (base \u2192 head), what live
DNS says today, and what could break. Exit 0: pass or warn; 1: block; 2: error.

Options:
  --repo DIR             repository to review (default: the current folder)
  --base REF             previous state: a commit, branch or tag (default: HEAD when
                         reviewing the working tree, else the parent of --head)
  --head REF             proposed state (default: the working tree, uncommitted edits included)
  --path P               folder holding DNS configs, relative to --repo; repeatable. Every
                         configuration under it is reviewed (default: --repo, the root)
  --format F             auto | dnscontrol | octodns | terraform | bind (default: auto)
  --config-file FILE     DNSControl: the dnsconfig.js to review instead of every one found
                         (DNSControl's --config), relative to --repo
  --creds-file FILE      DNSControl: the creds.json to read instead of the one beside each
                         dnsconfig.js (DNSControl's --creds)
  --var NAME=VALUE       DNSControl: a variable for CLI_DEFAULTS (dnscontrol -v); repeatable.
                         Values are masked in every output
  --octodns-config FILE  octoDNS: the config file to review instead of every one found
                         (octodns-sync's --config-file)
  --octodns-cwd DIR      octoDNS: the folder octodns-sync runs in; YamlProvider directories
                         are relative to it (default: --repo, the root)
  --zone PATTERN         review only the zones matching PATTERN (a glob: example.com,
                         *.example.net; several may be given in one value, separated by
                         spaces or commas); repeatable. For a shard of a large repository:
                         see zoneguard targets --help (default: every zone)
  --tf-var-file FILE     Terraform: a .tfvars file read after terraform.tfvars and
                         *.auto.tfvars (terraform plan -var-file), relative to --repo; repeatable
  --terraform-plan FILE  Terraform: the JSON of terraform show -json PLANFILE; its DNS
                         resources' before and after are base and head (exact, where static
                         reading cannot know a value)
  --policy FILE          policy file (default: .zoneguard.yml from the base side)
  --live, --no-live      query live DNS: delegation, DS, authoritative servers (default: --live)
  --resolver IP[:PORT]   recursive resolver for discovery; repeatable (default: /etc/resolv.conf)
  --authoritative ZONE=IP[:PORT],...
                         ask these servers for ZONE, skipping discovery; repeatable
  --live-deadline SECONDS
                         time for the whole live phase, 1-600 (default: 30)
  --live-in-flight N     DNS queries in flight at once to each server, 1-1024 (default: 64)
  --axfr                 also ask each authoritative server for a zone transfer (AXFR over
                         TCP): a complete one makes every record of the zone count for drift,
                         and an open transfer is reported (zone-transfer-open). Default: off
  --rdap URL             ask this RDAP server about every domain instead of the registry
                         IANA's bootstrap file names (a private or test server)
  --no-rdap              do not ask the registry over RDAP (--no-live turns it off too,
                         unless --rdap URL is given)
  --output KIND          text | markdown | json | sarif (default: text on a terminal,
                         else markdown). Text has colour unless NO_COLOR is set
  --fail-on SEVERITY     info | low | medium | high | critical: introduced findings at or
                         above it block (default: high, or the policy's fail-on)
  --eval-timeout SECONDS deadline for evaluating dnsconfig.js (default: 10)
  -q, --quiet            no progress on standard error (shown only when it is a terminal)
  --max-records N        records the review may read, both sides and every zone together
                         (default: 1000000); the input limit grows with it (128 bytes a record)
  -h, --help             show this help
`;
var OUTPUTS = ["text", "markdown", "json", "sarif"];
function parseCheckArgs(argv, cwd) {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    return { ok: false, message: e.message.replace(/\. To specify.*$/s, "") };
  }
  const v = parsed.values;
  if (v.help) return { ok: "help" };
  if (parsed.positionals.length > 0)
    return { ok: false, message: unexpected(parsed.positionals[0]) };
  const vars = cliVariables(v.var ?? []);
  if (!vars.ok) return { ok: false, message: vars.message };
  const format = v.format ?? "auto";
  if (format !== "auto" && !FORMAT_IDS.includes(format))
    return {
      ok: false,
      message: `--format must be auto, ${FORMAT_IDS.join(", ")}; got "${format}"`
    };
  const output = v.output;
  if (output !== void 0 && !OUTPUTS.includes(output))
    return {
      ok: false,
      message: `--output must be text, markdown, json or sarif; got "${output}"`
    };
  if (v["fail-on"] !== void 0 && !isSeverity(v["fail-on"]))
    return {
      ok: false,
      message: `--fail-on must be info, low, medium, high or critical; got "${v["fail-on"]}"`
    };
  const evalTimeout = v["eval-timeout"] === void 0 ? void 0 : parseEvalTimeout(v["eval-timeout"]);
  if (evalTimeout && !evalTimeout.ok) return { ok: false, message: evalTimeout.message };
  const liveOptions = liveOptionsFromFlags(v);
  if (!liveOptions.ok) return { ok: false, message: liveOptions.message };
  const maxRecords = v["max-records"] === void 0 ? void 0 : parseMaxRecords(v["max-records"]);
  if (maxRecords && !maxRecords.ok) return { ok: false, message: maxRecords.message };
  const rdapUrl = v.rdap === void 0 ? void 0 : parseRdapUrl(v.rdap);
  if (rdapUrl && !rdapUrl.ok) return { ok: false, message: `--rdap: ${rdapUrl.message}` };
  if (rdapUrl && v["no-rdap"])
    return { ok: false, message: "--rdap and --no-rdap exclude each other" };
  const rdap = v["no-rdap"] || v["no-live"] && !rdapUrl ? { on: false } : { on: true, ...rdapUrl?.ok ? { url: rdapUrl.url } : {} };
  return {
    ok: true,
    settings: {
      repo: v.repo ?? cwd,
      base: v.base,
      head: v.head,
      paths: v.path ?? [],
      format,
      configFile: v["config-file"],
      credsFile: v["creds-file"],
      octodnsConfig: v["octodns-config"],
      octodnsCwd: v["octodns-cwd"],
      tfVarFiles: v["tf-var-file"] ?? [],
      terraformPlan: v["terraform-plan"],
      policy: v.policy,
      live: !v["no-live"],
      liveOptions: liveOptions.options,
      rdap,
      output,
      quiet: v.quiet === true,
      failOn: v["fail-on"],
      evalTimeoutMs: evalTimeout?.ok ? evalTimeout.value : void 0,
      maxRecords: maxRecords?.ok ? maxRecords.value : void 0,
      vars: vars.vars,
      zones: v.zone ?? []
    }
  };
}
function unexpected(arg, command = "check") {
  return arg.includes("=") ? `unexpected argument (a NAME=VALUE without --var? Its text is not shown: it may hold a secret; see zoneguard ${command} --help)` : `unexpected argument "${arg}" (see zoneguard ${command} --help)`;
}
function parse(argv) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      repo: { type: "string" },
      base: { type: "string" },
      head: { type: "string" },
      path: { type: "string", multiple: true },
      format: { type: "string" },
      "config-file": { type: "string" },
      "creds-file": { type: "string" },
      var: { type: "string", multiple: true },
      "octodns-config": { type: "string" },
      "octodns-cwd": { type: "string" },
      zone: { type: "string", multiple: true },
      "tf-var-file": { type: "string", multiple: true },
      "terraform-plan": { type: "string" },
      policy: { type: "string" },
      live: { type: "boolean" },
      "no-live": { type: "boolean" },
      ...LIVE_FLAGS,
      rdap: { type: "string" },
      "no-rdap": { type: "boolean" },
      output: { type: "string" },
      "fail-on": { type: "string" },
      "eval-timeout": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      "max-records": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
}

export {
  LIVE_FLAGS,
  liveOptionsFromFlags,
  CHECK_HELP,
  parseCheckArgs,
  unexpected
};
