import { describe, expect, it } from '@jest/globals';
import type { ReportFinding } from '../../src/report/types.js';
import { computeVerdict } from '../../src/report/verdict.js';

const finding = (over: Partial<ReportFinding>): ReportFinding => ({
  rule: 'single-provider',
  severity: 'medium',
  introduced: false,
  message: 'm',
  fix: 'f',
  fingerprint: `fp-${over.rule ?? 'single-provider'}-${over.severity ?? 'medium'}`,
  ...over,
});

describe('computeVerdict', () => {
  it('existing findings never colour the verdict, whatever their severity', () => {
    const existing = [
      finding({ severity: 'medium' }),
      finding({ rule: 'pipeline-change', severity: 'critical' }),
    ];
    expect(computeVerdict(existing, 'high')).toBe('pass');
    expect(computeVerdict(existing, 'info')).toBe('pass');
  });

  it('warns on an introduced finding of medium or above that does not block', () => {
    expect(computeVerdict([finding({ introduced: true, severity: 'medium' })], 'high')).toBe(
      'warn',
    );
    expect(computeVerdict([finding({ introduced: true, severity: 'low' })], 'high')).toBe('pass');
    expect(computeVerdict([finding({ introduced: true, severity: 'high' })], 'high')).toBe('block');
  });

  it('an accepted introduced finding still warns: the risk was taken, not removed', () => {
    expect(
      computeVerdict([finding({ introduced: true, severity: 'critical', accepted: true })], 'high'),
    ).toBe('warn');
  });
});
