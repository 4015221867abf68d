/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). */
import type { Severity } from '../model/severity.js';
import { RULES } from '../rules/catalogue.js';
import type { Report } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};
// GitHub ranks security results by this property (0–10).
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

export function renderSarif(report: Report, version = '0.1.0'): object {
  const used = new Set(report.findings.map((f) => f.rule));
  const rules = RULES.filter((r) => used.has(r.id)).map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.title },
    fullDescription: { text: r.why },
    help: { text: `${r.why}\n\nFix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}` },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { 'security-severity': SECURITY_SEVERITY[r.defaultSeverity], tags: ['dns'] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.findings
    .filter((f) => f.location)
    .map((f) => ({
      ruleId: f.rule,
      ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
      level: LEVEL[f.severity],
      message: { text: `${f.message} Fix: ${f.fix}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.location!.file, uriBaseId: '%SRCROOT%' },
            region: {
              startLine: f.location!.line ?? 1,
              ...(f.location!.column ? { startColumn: f.location!.column } : {}),
            },
          },
        },
      ],
      partialFingerprints: { 'zoneguard/v1': f.fingerprint },
      properties: {
        severity: f.severity,
        introduced: f.introduced,
        ...(f.zone ? { zone: f.zone } : {}),
      },
    }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ZoneGuard',

            version,
            semanticVersion: version,
            rules,
          },
        },
        automationDetails: { id: 'zoneguard/' },
        results,
      },
    ],
  };
}
