import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  LOAD_OPTIONS_HELP,
  parseLoadArgs
} from "./chunk-MABBZBSE.js";
import "./chunk-WTYQWW2V.js";
import "./chunk-CK2LJP7T.js";
import {
  planShards
} from "./chunk-FOGY22XO.js";
import {
  loadZoneSet
} from "./chunk-RIZ772I3.js";
import "./chunk-QG7UGGD7.js";
import "./chunk-XQKESXWW.js";
import {
  outputText
} from "./chunk-TMYA7VNJ.js";
import "./chunk-BIWLE6VI.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-NPJJ6ZXY.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-6YSZJKEN.js";
import "./chunk-J7BEQH3Y.js";
import "./chunk-BW47LDJB.js";
import "./chunk-7BXAX2Z4.js";
import "./chunk-UFWOLI4P.js";
import "./chunk-PW6GGXO2.js";
import "./chunk-UEUQZ7ZE.js";
import {
  formatDiagnostic,
  zoneKey
} from "./chunk-NHBBLBWC.js";
import "./chunk-Y6VGXGMD.js";

// src/cli/targets.ts
import { resolve } from "node:path";
var MAX_SHARDS = 256;
var TARGETS_HELP = `Usage: zoneguard targets [options]

Prints the repository's zones as JSON for a GitHub Actions matrix
(strategy.matrix: \${{ fromJSON(needs.targets.outputs.matrix) }}):

  {"include":[{"shard":"1-of-4","zones":"a.example. b.example.","rrsets":120}, \u2026],
   "zones":[{"zone":"a.example.","format":"bind","config":"zones/","rrsets":60}, \u2026]}

Each shard's job reviews its zones with zoneguard check --zone "\${{ matrix.zones }}" (the
Action: zones and shard inputs); zoneguard merge-reports joins the shards' JSON reports.

Options:
  --shards N       split the zones into N shards of about equal size (RRsets), 1-${MAX_SHARDS}
                   (default: one shard per zone, at most ${MAX_SHARDS})
${LOAD_OPTIONS_HELP}
  -h, --help       show this help
`;
async function targetsCommand(argv, io) {
  const args = parseLoadArgs(argv, { shards: { type: "string" } }, "targets");
  if (!args.ok) {
    io.stderr(`zoneguard: ${args.message}
`);
    return 2;
  }
  if (args.help) {
    io.stdout(TARGETS_HELP);
    return 0;
  }
  const shardsFlag = args.values["shards"];
  const shards = shardsFlag === void 0 ? void 0 : Number(shardsFlag);
  if (shards !== void 0 && !(Number.isInteger(shards) && shards >= 1 && shards <= MAX_SHARDS)) {
    io.stderr(
      `zoneguard: --shards must be a whole number from 1 to ${MAX_SHARDS}; got "${outputText(shardsFlag ?? "")}"
`
    );
    return 2;
  }
  const loaded = await loadZoneSet({ ...args.load, repo: resolve(io.cwd, args.load.repo) });
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`zoneguard: ${outputText(formatDiagnostic(e))}
`);
    return 2;
  }
  const zones = loaded.value.zones;
  if (zones.length === 0) {
    io.stderr("zoneguard: no zones found; check --path and --input\n");
    return 2;
  }
  const weights = zones.map((z) => ({ key: zoneKey(z), rrsets: z.rrsets.length }));
  const include = planShards(weights, shards ?? Math.min(zones.length, MAX_SHARDS)).map((s) => ({
    shard: s.shard,
    zones: s.zones.join(" "),
    rrsets: s.rrsets
  }));
  const listed = zones.map((z) => ({
    zone: zoneKey(z),
    format: z.format,
    ...z.config !== void 0 ? { config: z.config } : {},
    rrsets: z.rrsets.length
  }));
  io.stdout(`${JSON.stringify({ include, zones: listed })}
`);
  return 0;
}
export {
  MAX_SHARDS,
  TARGETS_HELP,
  targetsCommand
};
