/** `--output json` and the Action's report file: the contract of docs/report.md. */
import type { Report } from './types.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
