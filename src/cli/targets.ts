/**
 * `zoneguard targets`: the repository's zones as a GitHub Actions matrix, for a repository too
 * large for one runner. Each matrix job reviews one shard (`zoneguard check --zone "<zones>"`,
 * the Action's `zones` and `shard` inputs) and a summary job merges their JSON reports
 * (`zoneguard merge-reports`); see docs/sharding.md.
 */
import { resolve } from 'node:path';
import { formatDiagnostic } from '../model/location.js';
import { zoneKey } from '../model/zone.js';
import { planShards } from '../model/zone-selection.js';
import { loadZoneSet } from '../review/load.js';
import { outputText } from '../secrets/secrets.js';
import type { CliIO } from './io.js';
import { LOAD_OPTIONS_HELP, parseLoadArgs } from './load-args.js';

/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_SHARDS = 256;

export const TARGETS_HELP = `Usage: zoneguard targets [options]

Prints the repository's zones as JSON for a GitHub Actions matrix
(strategy.matrix: \${{ fromJSON(needs.targets.outputs.matrix) }}):

  {"include":[{"shard":"1-of-4","zones":"a.example. b.example.","rrsets":120}, …],
   "zones":[{"zone":"a.example.","format":"bind","config":"zones/","rrsets":60}, …]}

Each shard's job reviews its zones with zoneguard check --zone "\${{ matrix.zones }}" (the
Action: zones and shard inputs); zoneguard merge-reports joins the shards' JSON reports.

Options:
  --shards N       split the zones into N shards of about equal size (RRsets), 1-${MAX_SHARDS}
                   (default: one shard per zone, at most ${MAX_SHARDS})
${LOAD_OPTIONS_HELP}
  -h, --help       show this help
`;

export async function targetsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseLoadArgs(argv, { shards: { type: 'string' } }, 'targets');
  if (!args.ok) {
    io.stderr(`zoneguard: ${args.message}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(TARGETS_HELP);
    return 0;
  }
  const shardsFlag = args.values['shards'] as string | undefined;
  const shards = shardsFlag === undefined ? undefined : Number(shardsFlag);
  if (shards !== undefined && !(Number.isInteger(shards) && shards >= 1 && shards <= MAX_SHARDS)) {
    io.stderr(
      `zoneguard: --shards must be a whole number from 1 to ${MAX_SHARDS}; got "${outputText(shardsFlag ?? '')}"\n`,
    );
    return 2;
  }
  const loaded = await loadZoneSet({ ...args.load, repo: resolve(io.cwd, args.load.repo) });
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`zoneguard: ${outputText(formatDiagnostic(e))}\n`);
    return 2;
  }
  const zones = loaded.value.zones;
  if (zones.length === 0) {
    io.stderr('zoneguard: no zones found; check --path and --input\n');
    return 2;
  }
  const weights = zones.map((z) => ({ key: zoneKey(z), rrsets: z.rrsets.length }));
  const include = planShards(weights, shards ?? Math.min(zones.length, MAX_SHARDS)).map((s) => ({
    shard: s.shard,
    zones: s.zones.join(' '),
    rrsets: s.rrsets,
  }));
  const listed = zones.map((z) => ({
    zone: zoneKey(z),
    format: z.format,
    ...(z.config !== undefined ? { config: z.config } : {}),
    rrsets: z.rrsets.length,
  }));
  io.stdout(`${JSON.stringify({ include, zones: listed })}\n`);
  return 0;
}
