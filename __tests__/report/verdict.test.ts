import { describe, expect, it } from '@jest/globals';
import type { Report, ReportFinding } from '../../src/report/types.js';
import { changesNothing, computeVerdict } from '../../src/report/verdict.js';

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

describe('changesNothing', () => {
  const report = (over: Partial<Report>): Report => ({
    version: 1,
    verdict: 'pass',
    highestSeverity: 'none',
    failOn: 'high',
    base: { ref: 'main' },
    head: { ref: 'pr' },
    zones: [{ zone: 'example.com.', format: 'bind', status: 'unchanged', changes: [], drift: [] }],
    findings: [],
    live: { status: 'off', reasons: [], queries: 0, servers: [], zones: [] },
    rollback: [],
    warnings: [],
    ...over,
  });

  it('holds when no record changes and nothing is introduced, whatever already existed', () => {
    expect(changesNothing(report({}))).toBe(true);
    expect(changesNothing(report({ findings: [finding({ severity: 'high' })] }))).toBe(true);
  });

  it('fails on any record change or any introduced finding (a pipeline change has no record)', () => {
    expect(
      changesNothing(
        report({
          zones: [
            {
              zone: 'example.com.',
              format: 'bind',
              status: 'changed',
              changes: [{ name: 'www.example.com.', type: 'A', kind: 'add' }],
              drift: [],
            },
          ],
        }),
      ),
    ).toBe(false);
    expect(
      changesNothing(
        report({
          findings: [finding({ rule: 'pipeline-change', introduced: true, severity: 'low' })],
        }),
      ),
    ).toBe(false);
  });
});
