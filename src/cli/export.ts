/**
 * `zoneguard export --format bind`: the zones as BIND zone files, whatever format the repository
 * keeps them in — a last-good copy to load into a secondary provider when the primary is down.
 * The output formats are the registered formats that can write a zone file of its own.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FORMATS } from '../formats/registry.js';
import { formatDiagnostic } from '../model/location.js';
import { FORMAT_IDS, type FormatId } from '../model/zone.js';
import { loadZoneSet } from '../review/load.js';
import { cliVariables } from '../review/variables.js';
import { unexpected } from './args.js';
import type { CliIO } from './io.js';

export const EXPORT_HELP = `Usage: zoneguard export --format bind [options]

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

export async function exportCommand(argv: readonly string[], io: CliIO): Promise<number> {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        format: { type: 'string' },
        repo: { type: 'string' },
        ref: { type: 'string' },
        path: { type: 'string', multiple: true },
        input: { type: 'string' },
        'config-file': { type: 'string' },
        'creds-file': { type: 'string' },
        'octodns-config': { type: 'string' },
        'octodns-cwd': { type: 'string' },
        var: { type: 'string', multiple: true },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify.*$/s, '');
    // The argument may be a NAME=VALUE missing its --var: never quoted (see unexpected).
    const stray = /^Unexpected argument '(.*)'\. This command/s.exec(message);
    io.stderr(`zoneguard: ${stray ? unexpected(stray[1]!, 'export') : message}\n`);
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
      `zoneguard: export needs --format ${offered.join(' or ')} (got ${values.format ? `"${values.format}"` : 'none'})\n`,
    );
    return 2;
  }
  const input = (values.input as string | undefined) ?? 'auto';
  if (input !== 'auto' && !(FORMAT_IDS as readonly string[]).includes(input)) {
    io.stderr(`zoneguard: --input must be auto, ${FORMAT_IDS.join(', ')}; got "${input}"\n`);
    return 2;
  }
  const vars = cliVariables((values.var as string[] | undefined) ?? []);
  if (!vars.ok) {
    io.stderr(`zoneguard: ${vars.message}\n`);
    return 2;
  }
  const loaded = await loadZoneSet({
    repo: resolve(io.cwd, (values.repo as string | undefined) ?? '.'),
    ref: values.ref as string | undefined,
    paths: (values.path as string[] | undefined) ?? [],
    format: input as FormatId | 'auto',
    configFile: values['config-file'] as string | undefined,
    credsFile: values['creds-file'] as string | undefined,
    octodnsConfig: values['octodns-config'] as string | undefined,
    octodnsCwd: values['octodns-cwd'] as string | undefined,
    vars: vars.vars,
  });
  if (!loaded.ok) {
    for (const e of loaded.errors) io.stderr(`zoneguard: ${formatDiagnostic(e)}\n`);
    return 2;
  }
  const out = values.out as string | undefined;
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
