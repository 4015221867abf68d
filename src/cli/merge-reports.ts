/**
 * `zoneguard merge-reports`: the JSON reports of a sharded review (one per matrix job) as one
 * review with one verdict and exit code, in any output (docs/sharding.md). Each file is read as
 * untrusted (report/read-json.ts): a shard's artifact is only as trusted as the job that made it.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../model/location.js';
import { mergeReports, type ShardReport } from '../report/merge.js';
import { readUntrustedReport } from '../report/read-json.js';
import { outputText } from '../secrets/secrets.js';
import type { OutputKind } from './args.js';
import { printReport } from './check.js';
import type { CliIO } from './io.js';

export const MERGE_REPORTS_HELP = `Usage: zoneguard merge-reports [options] REPORT.json...

Joins the JSON reports of a sharded review (zoneguard check --output json on each shard of
zoneguard targets) into one review: one verdict, one exit code, one comment. Every report must
review the same base and head with the same fail-on, and no zone may be in two of them.

Options:
  --output KIND    text | markdown | json | sarif (default: text on a terminal, else markdown)
  -h, --help       show this help

Exit codes: 0 pass or warn, 1 block, 2 error.
`;

/** A report larger than this is not a report ZoneGuard wrote for one shard. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
const OUTPUTS = ['text', 'markdown', 'json', 'sarif'] as const;

export async function mergeReportsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.stderr(`zoneguard: ${(e as Error).message.replace(/\. To specify.*$/s, '')}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(MERGE_REPORTS_HELP);
    return 0;
  }
  const output = parsed.values.output;
  if (output !== undefined && !(OUTPUTS as readonly string[]).includes(output)) {
    io.stderr(
      `zoneguard: --output must be text, markdown, json or sarif; got "${outputText(output)}"\n`,
    );
    return 2;
  }
  if (parsed.positionals.length === 0) {
    io.stderr('zoneguard: merge-reports needs the JSON reports to merge (see --help)\n');
    return 2;
  }
  const shards: ShardReport[] = [];
  for (const file of parsed.positionals) {
    const read = await readReport(resolve(io.cwd, file));
    if (!read.ok) {
      io.stderr(`zoneguard: ${outputText(file)}: ${outputText(read.error)}\n`);
      return 2;
    }
    shards.push({ file, report: read.report });
  }
  const merged = mergeReports(shards);
  if (!merged.ok) {
    for (const e of merged.errors) io.stderr(`zoneguard: ${outputText(formatDiagnostic(e))}\n`);
    return 2;
  }
  return printReport(merged.value, output as OutputKind | undefined, io);
}

async function readReport(
  path: string,
): Promise<{ ok: true; report: ShardReport['report'] } | { ok: false; error: string }> {
  try {
    const size = (await stat(path)).size;
    if (size > MAX_REPORT_BYTES)
      return { ok: false, error: `${size} bytes; a report is at most ${MAX_REPORT_BYTES}` };
    const read = readUntrustedReport(await readFile(path, 'utf8'));
    return read.ok ? read : { ok: false, error: `not a ZoneGuard JSON report: ${read.error}` };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'no such file' : `cannot be read (${code})` };
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { output: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}
