import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  LOAD_OPTIONS_HELP,
  parseLoadArgs
} from "./chunk-N7VWF6NL.js";
import "./chunk-VVAHVUAE.js";
import "./chunk-CK2LJP7T.js";
import {
  loadZoneSet
} from "./chunk-DLSG2LMP.js";
import {
  FORMATS
} from "./chunk-PSYH4RHE.js";
import "./chunk-M4IZTXVJ.js";
import "./chunk-R3JRNQOD.js";
import "./chunk-ZP2HPXPT.js";
import "./chunk-ATHLTT4N.js";
import {
  formatDiagnostic
} from "./chunk-Z7STY57L.js";
import "./chunk-Y6VGXGMD.js";

// src/cli/export.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
var EXPORT_HELP = `Usage: zoneguard export --format bind [options]

Writes every zone the repository defines as a BIND zone file.

Options:
  --format bind    the output format (only bind for now)
${LOAD_OPTIONS_HELP}
                   (the zone files hold the records as the config makes them, variables
                   included)
  --out DIR        write one <zone>.zone file per zone into DIR (default: all to stdout)
  -h, --help       show this help
`;
async function exportCommand(argv, io) {
  const args = parseLoadArgs(
    argv,
    { format: { type: "string" }, out: { type: "string" } },
    "export"
  );
  if (!args.ok) {
    io.stderr(`zoneguard: ${args.message}
`);
    return 2;
  }
  if (args.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const values = args.values;
  const writer = FORMATS.find((f) => f.id === values["format"])?.write;
  const zoneFile = writer?.zoneFile;
  if (!writer || !zoneFile) {
    const offered = FORMATS.filter((f) => f.write.zoneFile).map((f) => f.id);
    io.stderr(
      `zoneguard: export needs --format ${offered.join(" or ")} (got ${values["format"] ? `"${values["format"]}"` : "none"})
`
    );
    return 2;
  }
  const loaded = await loadZoneSet({ ...args.load, repo: resolve(io.cwd, args.load.repo) });
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`zoneguard: ${formatDiagnostic(e)}
`);
    return 2;
  }
  const out = values["out"];
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
