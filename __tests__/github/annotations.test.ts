import { describe, expect, test } from '@jest/globals';
import { selectAnnotations } from '../../src/github/annotations.js';
import { finding } from './finding-helper.js';

describe('annotations', () => {
  test('at most ten per level, the most severe and introduced first', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) =>
        finding(i, { severity: 'high', introduced: i % 2 === 0 }),
      ),
      finding(50, { severity: 'critical' }),
      finding(51, { severity: 'medium' }),
      finding(52, { severity: 'critical', accepted: true }),
    ];
    const out = selectAnnotations(findings);
    const errors = out.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[0]!.line).toBe(50);
    expect(errors.slice(1, 7).every((a) => a.title.includes('introduced'))).toBe(true);
    expect(out.filter((a) => a.level === 'warning').map((a) => a.line)).toEqual([51]);
    expect(out.filter((a) => a.level === 'notice').map((a) => a.line)).toEqual([52]);
  });
});
