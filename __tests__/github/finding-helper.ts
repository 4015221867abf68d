/** A finding for tests: a critical ns-change on line `n` unless told otherwise. */
import type { ReportFinding } from '../../src/report/types.js';

export function finding(n: number, over: Partial<ReportFinding> = {}): ReportFinding {
  return {
    rule: 'ns-change',
    severity: 'critical',
    introduced: true,
    message: `finding ${n}`,
    fix: 'restore it',
    fingerprint: `fp${n}`,
    location: { file: 'zones/example.com.zone', line: n },
    ...over,
  };
}
