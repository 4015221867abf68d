import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  parseEvalTimeout
} from "./chunk-CK2LJP7T.js";
import {
  cliVariables
} from "./chunk-QG7UGGD7.js";
import {
  evaluateDnsconfigFull,
  knownValues,
  require_lib
} from "./chunk-I6BT6MJZ.js";
import "./chunk-62H6EOL3.js";
import {
  maskKnownValuesDeep
} from "./chunk-KWXGGXOU.js";
import {
  readCreds
} from "./chunk-SLAJVB5B.js";
import {
  findRepositoryRoot,
  openTree
} from "./chunk-6YSZJKEN.js";
import "./chunk-BW47LDJB.js";
import "./chunk-7BXAX2Z4.js";
import {
  repoRelativePath
} from "./chunk-UFWOLI4P.js";
import "./chunk-PW6GGXO2.js";
import {
  formatLocation
} from "./chunk-NHBBLBWC.js";
import {
  __toESM
} from "./chunk-Y6VGXGMD.js";

// src/cli/print-ir.ts
var import_json5 = __toESM(require_lib(), 1);
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
var PRINT_IR_HELP = `Usage: zoneguard print-ir FILE [--creds creds.json] [--var NAME=VALUE] [--eval-timeout SECONDS]

Evaluates a DNSControl dnsconfig.js in ZoneGuard's sandbox and prints its intermediate
representation (the JSON of \`dnscontrol print-ir\`).

Options:
  --creds FILE            fill provider types declared as "-" from creds.json TYPE
  --var NAME=VALUE        a variable for CLI_DEFAULTS (dnscontrol -v); repeatable. Values are
                          masked as [var NAME] in the output
  --eval-timeout SECONDS  deadline for the evaluation (default: 10)
  -h, --help              show this help
`;
function withCredsTypes(ir, types) {
  const fill = (list) => list.map((p) => p.type === "-" && types.has(p.name) ? { ...p, type: types.get(p.name) } : p);
  return { ...ir, registrars: fill(ir.registrars), dns_providers: fill(ir.dns_providers) };
}
async function printIrCommand(argv, io) {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.stderr(`zoneguard print-ir: ${e.message}
`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(PRINT_IR_HELP);
    return 0;
  }
  const [fileArg, ...extra] = parsed.positionals;
  if (!fileArg || extra.length) {
    io.stderr("zoneguard print-ir: expected exactly one FILE (see zoneguard print-ir --help)\n");
    return 2;
  }
  const vars = cliVariables(parsed.values.var ?? []);
  if (!vars.ok) {
    io.stderr(`zoneguard print-ir: ${vars.message}
`);
    return 2;
  }
  const raw = parsed.values["eval-timeout"];
  const timeout = raw === void 0 ? void 0 : parseEvalTimeout(raw);
  if (timeout && !timeout.ok) {
    io.stderr(`zoneguard print-ir: ${timeout.message}
`);
    return 2;
  }
  const file = resolve(io.cwd, fileArg);
  const root = await findRepositoryRoot(dirname(file)) ?? dirname(file);
  const rel = repoRelativePath(root, file);
  if (!rel.ok) {
    io.stderr(`zoneguard print-ir: ${fileArg} is outside ${root}
`);
    return 2;
  }
  const tree = await openTree(root, void 0);
  const result = await evaluateDnsconfigFull(tree, rel.path, {
    ...timeout === void 0 ? {} : { evalTimeoutMs: timeout.value },
    ...vars.vars.size > 0 ? { vars: vars.vars } : {}
  });
  if (!result.ok) {
    const first = result.errors[0];
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : "";
    io.stderr(`zoneguard print-ir: ${formatLocation(first.location)}: ${first.message}${more}
`);
    return 2;
  }
  let ir = result.value.ir;
  if (parsed.values.creds !== void 0) {
    const credsPath = resolve(io.cwd, parsed.values.creds);
    let text;
    try {
      text = await readFile(credsPath, "utf8");
    } catch {
      io.stderr(`zoneguard print-ir: cannot read ${parsed.values.creds}
`);
      return 2;
    }
    const creds = readCreds(text, parsed.values.creds, import_json5.default.parse);
    if (creds.errors.length) {
      io.stderr(
        `zoneguard print-ir: ${formatLocation(creds.errors[0].location)}: ${creds.errors[0].message}
`
      );
      return 2;
    }
    ir = withCredsTypes(ir, creds.types);
  }
  for (const line of result.value.log) io.stderr(`${line}
`);
  for (const w of result.warnings ?? [])
    io.stderr(`warning: ${formatLocation(w.location)}: ${w.message}
`);
  io.stdout(`${JSON.stringify(maskKnownValuesDeep(ir, knownValues(vars.vars)), null, 2)}
`);
  return 0;
}
function parse(argv) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      creds: { type: "string" },
      var: { type: "string", multiple: true },
      "eval-timeout": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
}
export {
  PRINT_IR_HELP,
  printIrCommand
};
