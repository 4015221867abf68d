/**
 * `zoneguard export --format bind`: the zones as BIND zone files, whatever format the repository
 * keeps them in — a last-good copy to load into a secondary provider when the primary is down.
 * The output formats are the registered formats that can write a zone file of its own.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FORMATS } from '../formats/registry.js';
import { liveRequests } from '../live/requests.js';
import { exportRequest, servedZone } from '../live/served-zone.js';
import type { LiveOptions } from '../live/types.js';
import { formatDiagnostic } from '../model/location.js';
import type { Zone, ZoneSet } from '../model/zone.js';
import { loadZoneSet } from '../review/load.js';
import { outputText } from '../secrets/secrets.js';
import type { CliIO } from './io.js';
import { LIVE_FLAGS, liveOptionsFromFlags } from './live-flags.js';
import { LOAD_OPTIONS_HELP, parseLoadArgs } from './load-args.js';

export const EXPORT_HELP = `Usage: zoneguard export --format bind [options]

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

export async function exportCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseLoadArgs(
    argv,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      'from-live': { type: 'boolean' },
      ...LIVE_FLAGS,
    },
    'export',
  );
  if (!args.ok) {
    io.stderr(`zoneguard: ${args.message}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const values = args.values;
  const writer = FORMATS.find((f) => f.id === values['format'])?.write;
  const zoneFile = writer?.zoneFile;
  if (!writer || !zoneFile) {
    const offered = FORMATS.filter((f) => f.write.zoneFile).map((f) => f.id);
    io.stderr(
      `zoneguard: export needs --format ${offered.join(' or ')} (got ${values['format'] ? `"${values['format']}"` : 'none'})\n`,
    );
    return 2;
  }
  const liveOptions = liveOptionsFromFlags(values);
  if (!liveOptions.ok) {
    io.stderr(`zoneguard: ${liveOptions.message}\n`);
    return 2;
  }
  const loaded = await loadZoneSet({ ...args.load, repo: resolve(io.cwd, args.load.repo) });
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`zoneguard: ${formatDiagnostic(e)}\n`);
    return 2;
  }
  let zones = loaded.value.zones;
  let failed = false;
  if (values['from-live'] === true) {
    const served = await zonesAsServed(loaded.value, liveOptions.options, io);
    zones = served.zones;
    failed = served.failed;
  }
  const out = values['out'] as string | undefined;
  if (out) await mkdir(resolve(io.cwd, out), { recursive: true });
  for (const zone of zones) {
    // DNSControl, octoDNS and Terraform often leave the apex NS to the provider: a copy without
    // them does not load (named-checkzone: "has no NS records") until they are added.
    if (!zone.rrsets.some((r) => r.type === 'NS' && r.name === zone.name))
      io.stderr(
        `zoneguard: ${zone.name}: the configuration has no apex NS (the DNS provider adds its own); add NS records to the copy before loading it, or export --from-live\n`,
      );
    const text = zoneFile.text(zone);
    const fileName = `${zone.name.replace(/\.$/, '')}${zone.tag ? `!${zone.tag}` : ''}${zoneFile.extension}`;
    if (out) {
      await writeFile(join(resolve(io.cwd, out), fileName), text);
      io.stderr(`wrote ${join(out, fileName)}\n`);
    } else io.stdout(`${writer.lineComment} ---- ${fileName}\n${text}\n`);
  }
  return failed ? 2 : 0;
}

/** Each zone as live DNS serves it; a zone no server answered for is said and left out. */
async function zonesAsServed(
  set: ZoneSet,
  options: LiveOptions,
  io: CliIO,
): Promise<{ zones: Zone[]; failed: boolean }> {
  const { collectLive } = await import('../live/live-phase.js');
  const requests = liveRequests(undefined, set).map(exportRequest);
  const live = await collectLive(requests, options);
  const zones: Zone[] = [];
  let failed = false;
  for (const zone of set.zones) {
    const served = servedZone(
      zone,
      live.zones.find((z) => z.zone === zone.name),
    );
    if (!served.ok) {
      io.stderr(`zoneguard: ${zone.name}: not exported: ${outputText(served.reason)}\n`);
      failed = true;
      continue;
    }
    if (served.missing > 0)
      io.stderr(
        `zoneguard: ${zone.name}: ${served.missing} RRset(s) of the configuration are not served (left out of the copy)\n`,
      );
    zones.push(served.zone);
  }
  return { zones, failed };
}
