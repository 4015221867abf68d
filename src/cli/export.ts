/**
 * `zoneguard export --format bind`: the zones as BIND zone files, whatever format the repository
 * keeps them in — a last-good copy to load into a secondary provider when the primary is down.
 * The output formats are the registered formats that can write a zone file of its own.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FORMATS } from '../formats/registry.js';
import { formatDiagnostic } from '../model/location.js';
import { loadZoneSet } from '../review/load.js';
import type { CliIO } from './io.js';
import { LOAD_OPTIONS_HELP, parseLoadArgs } from './load-args.js';

export const EXPORT_HELP = `Usage: zoneguard export --format bind [options]

Writes every zone the repository defines as a BIND zone file.

Options:
  --format bind    the output format (only bind for now)
${LOAD_OPTIONS_HELP}
                   (the zone files hold the records as the config makes them, variables
                   included)
  --out DIR        write one <zone>.zone file per zone into DIR (default: all to stdout)
  -h, --help       show this help
`;

export async function exportCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseLoadArgs(
    argv,
    { format: { type: 'string' }, out: { type: 'string' } },
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
  const loaded = await loadZoneSet({ ...args.load, repo: resolve(io.cwd, args.load.repo) });
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`zoneguard: ${formatDiagnostic(e)}\n`);
    return 2;
  }
  const out = values['out'] as string | undefined;
  if (out) await mkdir(resolve(io.cwd, out), { recursive: true });
  for (const zone of loaded.value.zones) {
    const text = zoneFile.text(zone);
    const fileName = `${zone.name.replace(/\.$/, '')}${zone.tag ? `!${zone.tag}` : ''}${zoneFile.extension}`;
    if (out) {
      await writeFile(join(resolve(io.cwd, out), fileName), text);
      io.stderr(`wrote ${join(out, fileName)}\n`);
    } else io.stdout(`${writer.lineComment} ---- ${fileName}\n${text}\n`);
  }
  return 0;
}
