import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  unexpected
} from "./chunk-ULQS2F62.js";
import {
  FORMATS,
  loadZoneSet
} from "./chunk-YBGCBUXY.js";
import {
  FORMAT_IDS
} from "./chunk-ZG6ZBA6U.js";
import "./chunk-CK2LJP7T.js";
import {
  cliVariables
} from "./chunk-ZVUD3KKG.js";
import {
  formatDiagnostic
} from "./chunk-5UGBKRHB.js";
import "./chunk-Y6VGXGMD.js";

// src/cli/export.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
var EXPORT_HELP = `Usage: zoneguard export --format bind [options]

Writes every zone the repository defines as a BIND zone file.

Options:
  --format bind    the output format (only bind for now)
  --repo DIR       repository (default: the current folder)
  --ref REF        git ref to export (default: the working tree)
  --path P         folder holding DNS configs, relative to --repo; repeatable (default: --repo)
  --input F        auto | dnscontrol | octodns | bind: the config's format (default: auto)
  --config-file FILE, --creds-file FILE, --octodns-config FILE, --octodns-cwd DIR,
  --var NAME=VALUE as for zoneguard check (the zone files hold the records as the config makes
                   them, variables included; messages mask the values)
  --out DIR        write one <zone>.zone file per zone into DIR (default: all to stdout)
  -h, --help       show this help
`;
async function exportCommand(argv, io) {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        format: { type: "string" },
        repo: { type: "string" },
        ref: { type: "string" },
        path: { type: "string", multiple: true },
        input: { type: "string" },
        "config-file": { type: "string" },
        "creds-file": { type: "string" },
        "octodns-config": { type: "string" },
        "octodns-cwd": { type: "string" },
        var: { type: "string", multiple: true },
        out: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    }).values;
  } catch (e) {
    const message = e.message.replace(/\. To specify.*$/s, "");
    const stray = /^Unexpected argument '(.*)'\. This command/s.exec(message);
    io.stderr(`zoneguard: ${stray ? unexpected(stray[1], "export") : message}
`);
    return 2;
  }
  if (values.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const writer = FORMATS.find((f) => f.id === values.format)?.write;
  const zoneFile = writer?.zoneFile;
  if (!writer || !zoneFile) {
    const offered = FORMATS.filter((f) => f.write.zoneFile).map((f) => f.id);
    io.stderr(
      `zoneguard: export needs --format ${offered.join(" or ")} (got ${values.format ? `"${values.format}"` : "none"})
`
    );
    return 2;
  }
  const input = values.input ?? "auto";
  if (input !== "auto" && !FORMAT_IDS.includes(input)) {
    io.stderr(`zoneguard: --input must be auto, ${FORMAT_IDS.join(", ")}; got "${input}"
`);
    return 2;
  }
  const vars = cliVariables(values.var ?? []);
  if (!vars.ok) {
    io.stderr(`zoneguard: ${vars.message}
`);
    return 2;
  }
  const loaded = await loadZoneSet({
    repo: resolve(io.cwd, values.repo ?? "."),
    ref: values.ref,
    paths: values.path ?? [],
    format: input,
    configFile: values["config-file"],
    credsFile: values["creds-file"],
    octodnsConfig: values["octodns-config"],
    octodnsCwd: values["octodns-cwd"],
    vars: vars.vars
  });
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`zoneguard: ${formatDiagnostic(e)}
`);
    return 2;
  }
  const out = values.out;
  if (out) await mkdir(resolve(io.cwd, out), { recursive: true });
  for (const zone of loaded.value.zones) {
    const text = zoneFile.text(zone);
    const fileName = `${zone.name.replace(/\.$/, "")}${zone.tag ? `!${zone.tag}` : ""}${zoneFile.extension}`;
    if (out) {
      await writeFile(join(resolve(io.cwd, out), fileName), text);
      io.stderr(`wrote ${join(out, fileName)}
`);
    } else io.stdout(`${writer.lineComment} ---- ${fileName}
${text}
`);
  }
  return 0;
}
export {
  EXPORT_HELP,
  exportCommand
};
