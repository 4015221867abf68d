import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  LOAD_OPTIONS_HELP,
  parseLoadArgs
} from "./chunk-MABBZBSE.js";
import {
  LIVE_FLAGS,
  liveOptionsFromFlags
} from "./chunk-WTYQWW2V.js";
import "./chunk-CK2LJP7T.js";
import {
  liveRequests
} from "./chunk-UF76ROFU.js";
import {
  loadZoneSet
} from "./chunk-RIZ772I3.js";
import "./chunk-QG7UGGD7.js";
import "./chunk-XQKESXWW.js";
import {
  FORMATS,
  outputText
} from "./chunk-TMYA7VNJ.js";
import "./chunk-BIWLE6VI.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-NPJJ6ZXY.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-6YSZJKEN.js";
import "./chunk-STTGIKZ5.js";
import "./chunk-J7BEQH3Y.js";
import "./chunk-BW47LDJB.js";
import "./chunk-7BXAX2Z4.js";
import "./chunk-UFWOLI4P.js";
import "./chunk-PW6GGXO2.js";
import "./chunk-UEUQZ7ZE.js";
import {
  formatDiagnostic
} from "./chunk-NHBBLBWC.js";
import "./chunk-Y6VGXGMD.js";

// src/cli/export.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/live/served-zone.ts
function exportRequest(request) {
  const apex = [
    { name: request.zone, type: "SOA" },
    { name: request.zone, type: "NS" }
  ];
  const known = new Set(request.rrsets.map((r) => `${r.name} ${r.type}`));
  return {
    ...request,
    rrsets: [...apex.filter((r) => !known.has(`${r.name} ${r.type}`)), ...request.rrsets]
  };
}
function servedZone(zone, live) {
  if (!live) return { ok: false, reason: "live DNS was not asked about it" };
  if (live.status === "failed" || live.rrsets.length === 0)
    return {
      ok: false,
      reason: `no authoritative server answered for it (${live.reasons.join("; ") || live.status})`
    };
  return {
    ok: true,
    zone: { ...zone, rrsets: live.rrsets },
    missing: live.absent.length
  };
}

// src/cli/export.ts
var EXPORT_HELP = `Usage: zoneguard export --format bind [options]

Writes every zone the repository defines as a BIND zone file.

Options:
  --format bind    the output format (only bind for now)
${LOAD_OPTIONS_HELP}
                   (the zone files hold the records as the config makes them, variables
                   included)
  --from-live      the zones as their authoritative servers serve them now (every name and
                   type the configuration knows, the apex SOA and NS): a copy of what is live
                   even when git and the provider disagree. A zone no server answers for is
                   an error
  --resolver IP[:PORT], --authoritative ZONE=IP[:PORT],..., --live-deadline SECONDS,
  --live-in-flight N, --axfr
                   as for zoneguard check, with --from-live; with --axfr a server's complete
                   zone transfer gives every name it serves, also those git never knew
  --out DIR        write one <zone>.zone file per zone into DIR (default: all to stdout)
  -h, --help       show this help
`;
async function exportCommand(argv, io) {
  const args = parseLoadArgs(
    argv,
    {
      format: { type: "string" },
      out: { type: "string" },
      "from-live": { type: "boolean" },
      ...LIVE_FLAGS
    },
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
  const liveOptions = liveOptionsFromFlags(values);
  if (!liveOptions.ok) {
    io.stderr(`zoneguard: ${liveOptions.message}
`);
    return 2;
  }
  const loaded = await loadZoneSet({ ...args.load, repo: resolve(io.cwd, args.load.repo) });
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`zoneguard: ${formatDiagnostic(e)}
`);
    return 2;
  }
  let zones = loaded.value.zones;
  let failed = false;
  if (values["from-live"] === true) {
    const served = await zonesAsServed(loaded.value, liveOptions.options, io);
    zones = served.zones;
    failed = served.failed;
  }
  const out = values["out"];
  if (out) await mkdir(resolve(io.cwd, out), { recursive: true });
  for (const zone of zones) {
    if (!zone.rrsets.some((r) => r.type === "NS" && r.name === zone.name))
      io.stderr(
        `zoneguard: ${zone.name}: the configuration has no apex NS (the DNS provider adds its own); add NS records to the copy before loading it, or export --from-live
`
      );
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
  return failed ? 2 : 0;
}
async function zonesAsServed(set, options, io) {
  const { collectLive } = await import("./live-phase-D6GHFECS.js");
  const requests = liveRequests(void 0, set).map(exportRequest);
  const live = await collectLive(requests, options);
  const zones = [];
  let failed = false;
  for (const zone of set.zones) {
    const served = servedZone(
      zone,
      live.zones.find((z) => z.zone === zone.name)
    );
    if (!served.ok) {
      io.stderr(`zoneguard: ${zone.name}: not exported: ${outputText(served.reason)}
`);
      failed = true;
      continue;
    }
    if (served.missing > 0)
      io.stderr(
        `zoneguard: ${zone.name}: ${served.missing} RRset(s) of the configuration are not served (left out of the copy)
`
      );
    zones.push(served.zone);
  }
  return { zones, failed };
}
export {
  EXPORT_HELP,
  exportCommand
};
