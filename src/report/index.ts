export { buildReport, changeJson, liveJson, type ReportInput } from './build.js';
export { renderJson } from './json.js';
export { type MarkdownOptions, renderMarkdown } from './markdown.js';
export { renderSarif } from './sarif.js';
export type * from './types.js';
export {
  acceptanceFingerprint,
  applyOverride,
  blockingFindings,
  computeVerdict,
  highestSeverity,
} from './verdict.js';
