/**
 * What the step leaves behind for later steps and people: outputs, the JSON report file,
 * the SARIF file and the job summary. All local files: they work with a read-only token.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { severityRank } from '../model/severity.js';
import type { Report } from '../report/types.js';

/** GitHub keeps at most 1 MB per output; stay clear of it. */
export const FINDINGS_OUTPUT_MAX = 900_000;

/**
 * The `findings` output: a compact JSON array a later step can filter with `fromJSON`. When a
 * huge change has more findings than fit, the most severe are kept (the report file has all).
 */
export function findingsOutput(report: Report, maxChars = FINDINGS_OUTPUT_MAX): string {
  const items = [...report.findings]
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity))
    .map((f) => ({
      rule: f.rule,
      severity: f.severity,
      introduced: f.introduced,
      accepted: f.accepted === true,
      zone: f.zone,
      name: f.name,
      type: f.type,
      message: f.message,
      file: f.location?.file,
      line: f.location?.line,
      fingerprint: f.fingerprint,
    }))
    .map((f) => JSON.stringify(f));
  let size = 2;
  let kept = 0;
  while (kept < items.length && size + items[kept]!.length + 1 <= maxChars)
    size += items[kept++]!.length + 1;
  if (kept < items.length)
    core.warning(
      `The 'findings' output holds the ${kept} most severe of ${items.length} findings (GitHub's output size limit); the report file has all of them.`,
    );
  return `[${items.slice(0, kept).join(',')}]`;
}

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, 'utf8');
}

export async function writeReportFiles(
  report: Report,
  json: string,
  reportPath: string,
  sarif: { readonly path: string; readonly document: object } | undefined,
): Promise<void> {
  await writeText(reportPath, json);
  if (sarif) await writeText(sarif.path, `${JSON.stringify(sarif.document, null, 2)}\n`);
  core.setOutput('verdict', report.verdict);
  core.setOutput('highest-severity', report.highestSeverity);
  core.setOutput('findings', findingsOutput(report));
  core.setOutput('report-path', reportPath);
}

/** Appends to GITHUB_STEP_SUMMARY; a runner without one (local runs) just skips it. */
export async function writeJobSummary(markdown: string): Promise<boolean> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return false;
  await core.summary.addRaw(markdown, true).write();
  return true;
}
