/** How bad a finding is. Ordered: the array index is the rank. */
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function compareSeverity(a: Severity, b: Severity): number {
  return severityRank(a) - severityRank(b);
}

export function maxSeverity(severities: Iterable<Severity>): Severity | undefined {
  let highest: Severity | undefined;
  for (const s of severities)
    if (highest === undefined || severityRank(s) > severityRank(highest)) highest = s;
  return highest;
}

/** One step up, capped at critical (protected zones raise every finding one level). */
export function raiseSeverity(severity: Severity): Severity {
  return SEVERITIES[Math.min(severityRank(severity) + 1, SEVERITIES.length - 1)]!;
}
