import { describe, expect, test } from '@jest/globals';
import { findingsOutput } from '../../src/github/outputs.js';
import type { Report } from '../../src/report/types.js';
import { finding } from './finding-helper.js';

describe('findings output', () => {
  test('keeps the most severe findings that fit, as valid JSON', () => {
    const findings = Array.from({ length: 50 }, (_, i) =>
      finding(i, { severity: i === 49 ? 'critical' : 'low' }),
    );
    const report = { findings } as unknown as Report;
    const all = JSON.parse(findingsOutput(report)) as { fingerprint: string }[];
    expect(all).toHaveLength(50);
    expect(all[0]!.fingerprint).toBe('fp49');
    const capped = findingsOutput(report, 1000);
    expect(capped.length).toBeLessThanOrEqual(1000);
    const kept = JSON.parse(capped) as { fingerprint: string }[];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(50);
    expect(kept[0]!.fingerprint).toBe('fp49');
  });
});
