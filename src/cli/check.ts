/** `zoneguard check`: run the review and print it; the exit code is the verdict. */
import { resolve } from 'node:path';
import { type Diagnostic, formatDiagnostic } from '../model/location.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import type { Report } from '../report/types.js';
import { type ReviewHooks, runReview } from '../review/review.js';
import { outputText } from '../secrets/secrets.js';
import { CHECK_HELP, type CheckSettings, type OutputKind, parseCheckArgs } from './args.js';
import type { CliIO } from './io.js';
import { createProgress, wantsColour } from './terminal.js';

/** Errors printed at most; the rest are counted (5,000 bad lines printed 50 MB before). */
export const MAX_PRINTED_ERRORS = 20;

/** Each error masked, escaped and cut (`outputText`), at most MAX_PRINTED_ERRORS of them. */
export function errorLines(errors: readonly Diagnostic[], max = MAX_PRINTED_ERRORS): string[] {
  const lines = errors.slice(0, max).map((e) => outputText(formatDiagnostic(e)));
  if (errors.length > max) lines.push(`…and ${errors.length - max} more errors not shown`);
  return lines;
}

export async function checkCommand(
  argv: readonly string[],
  io: CliIO,
  hooks: ReviewHooks = {},
): Promise<number> {
  const args = parseCheckArgs(argv, io.cwd);
  if (args.ok === 'help') {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (!args.ok) {
    io.stderr(`zoneguard: ${args.message}\n`);
    return 2;
  }
  return reviewAndPrint(args.settings, io, hooks);
}

/** Runs a review (or, with `audit`, an audit) with the parsed flags and prints it. */
export async function reviewAndPrint(
  s: CheckSettings,
  io: CliIO,
  hooks: ReviewHooks = {},
  audit = false,
): Promise<number> {
  const progress = createProgress(io, s.quiet);
  const result = await runReview(
    {
      repo: resolve(io.cwd, s.repo),
      base: s.base,
      head: s.head,
      path: s.paths,
      format: s.format,
      ...(s.configFile !== undefined ? { configFile: s.configFile } : {}),
      ...(s.credsFile !== undefined ? { credsFile: s.credsFile } : {}),
      ...(s.octodnsConfig !== undefined ? { octodnsConfig: s.octodnsConfig } : {}),
      ...(s.octodnsCwd !== undefined ? { octodnsCwd: s.octodnsCwd } : {}),
      ...(s.tfVarFiles.length > 0 ? { tfVarFiles: s.tfVarFiles } : {}),
      ...(s.terraformPlan !== undefined ? { terraformPlan: resolve(io.cwd, s.terraformPlan) } : {}),
      policyFile: s.policy === undefined ? undefined : resolve(io.cwd, s.policy),
      failOn: s.failOn,
      live: s.live,
      liveOptions: s.liveOptions,
      ...(s.rdap.on ? { registry: s.rdap.url !== undefined ? { baseUrl: s.rdap.url } : {} } : {}),
      ...(s.evalTimeoutMs !== undefined ? { evalTimeoutMs: s.evalTimeoutMs } : {}),
      ...(s.maxRecords !== undefined ? { maxRecords: s.maxRecords } : {}),
      ...(s.vars.size > 0 ? { vars: s.vars } : {}),
      ...(s.zones.length > 0 ? { zones: s.zones } : {}),
      ...(audit ? { audit: true } : {}),
    },
    progress ? { ...hooks, progress: progress.report } : hooks,
  );
  progress?.done();
  if (!result.ok) {
    for (const line of errorLines(result.errors)) io.stderr(`zoneguard: ${line}\n`);
    return 2;
  }
  return printReport(result.report, s.output, io);
}

/**
 * A report in the chosen output (undefined: text on a terminal, else Markdown); the exit code
 * is its verdict: 1 for block, else 0. One printer for check, audit and merge-reports.
 */
export async function printReport(
  report: Report,
  chosen: OutputKind | undefined,
  io: CliIO,
): Promise<number> {
  const output = chosen ?? (io.stdoutIsTerminal ? 'text' : 'markdown');
  if (output === 'json') io.stdout(renderJson(report));
  else if (output === 'sarif') io.stdout(`${JSON.stringify(renderSarif(report), null, 2)}\n`);
  else if (output === 'text') {
    // Loaded only for a terminal: colour and width tables are no part of a piped run's start-up.
    const { renderText } = await import('../report/text.js');
    io.stdout(renderText(report, { colour: wantsColour(io) }));
  } else io.stdout(renderMarkdown(report, { maxChars: Number.POSITIVE_INFINITY }));
  return report.verdict === 'block' ? 1 : 0;
}
