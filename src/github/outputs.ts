/**
 * What the step leaves behind for later steps and people: outputs, the JSON report file,
 * the SARIF file and the job summary. All local files: they work with a read-only token.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import type { Report } from '../report/types.js';

/** The `findings` output: a compact JSON array a later step can filter with `fromJSON`. */
export function findingsOutput(report: Report): string {
  return JSON.stringify(
    report.findings.map((f) => ({
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
    })),
  );
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
