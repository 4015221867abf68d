import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  unexpected
} from "./chunk-WTYQWW2V.js";
import {
  cliVariables
} from "./chunk-QG7UGGD7.js";
import {
  FORMAT_IDS
} from "./chunk-NHBBLBWC.js";

// src/cli/load-args.ts
import { parseArgs } from "node:util";
var LOAD_OPTIONS_HELP = `  --repo DIR       repository (default: the current folder)
  --ref REF        git ref to read (default: the working tree)
  --path P         folder holding DNS configs, relative to --repo; repeatable (default: --repo)
  --input F        auto | ${FORMAT_IDS.join(" | ")}: the config's format (default: auto)
  --config-file FILE, --creds-file FILE, --octodns-config FILE, --octodns-cwd DIR,
  --tf-var-file FILE, --var NAME=VALUE
                   as for zoneguard check (values are masked in messages)`;
var LOAD_FLAGS = {
  repo: { type: "string" },
  ref: { type: "string" },
  path: { type: "string", multiple: true },
  input: { type: "string" },
  "config-file": { type: "string" },
  "creds-file": { type: "string" },
  "octodns-config": { type: "string" },
  "octodns-cwd": { type: "string" },
  "tf-var-file": { type: "string", multiple: true },
  var: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" }
};
function parseLoadArgs(argv, extra, command) {
  let values;
  try {
    values = parseArgs({ args: [...argv], strict: true, options: { ...LOAD_FLAGS, ...extra } }).values;
  } catch (e) {
    const message = e.message.replace(/\. To specify.*$/s, "");
    const stray = /^Unexpected argument '(.*)'\. This command/s.exec(message);
    return { ok: false, message: stray ? unexpected(stray[1], command) : message };
  }
  const input = values["input"] ?? "auto";
  if (input !== "auto" && !FORMAT_IDS.includes(input))
    return { ok: false, message: `--input must be auto, ${FORMAT_IDS.join(", ")}; got "${input}"` };
  const vars = cliVariables(values["var"] ?? []);
  if (!vars.ok) return { ok: false, message: vars.message };
  return {
    ok: true,
    help: values["help"] === true,
    values,
    load: {
      repo: values["repo"] ?? ".",
      ref: values["ref"],
      paths: values["path"] ?? [],
      format: input,
      configFile: values["config-file"],
      credsFile: values["creds-file"],
      octodnsConfig: values["octodns-config"],
      octodnsCwd: values["octodns-cwd"],
      tfVarFiles: values["tf-var-file"] ?? [],
      vars: vars.vars
    }
  };
}

export {
  LOAD_OPTIONS_HELP,
  parseLoadArgs
};
