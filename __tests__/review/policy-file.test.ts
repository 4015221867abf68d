import { loadPolicy } from '../../src/review/policy-file.js';
import { DEFAULT_POLICY } from '../../src/rules/policy.js';

const FILE = '.zoneguard.yml';

function errorsOf(text: string) {
  const r = loadPolicy(text, FILE);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('loadPolicy', () => {
  it('reads every key into the policy', () => {
    const r = loadPolicy(
      [
        'fail-on: critical',
        'rules:',
        '  spf-invalid: off',
        '  mx-change: critical',
        '  caa-change: { severity: low }',
        'protected-zones: [Example.COM, example.net.]',
        'ttl-threshold: 600',
        'ttl-severity: { medium: 1800, high: 43200 }',
        'mass-change:',
        '  update-percent: 25',
        '  delete-percent: "10%"',
        '  min-existing: 20',
        'providers:',
        '  acme-dns: ["*.ns.acme.example"]',
        'override-label: dns:yolo',
        'history-depth: 5',
        'rrsig-expiring-days: 7',
      ].join('\n'),
      FILE,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        failOn: 'critical',
        rules: { 'spf-invalid': 'off', 'mx-change': 'critical', 'caa-change': 'low' },
        protectedZones: ['example.com.', 'example.net.'],
        ttlThreshold: 600,
        ttlSeverity: { medium: 1800, high: 43200 },
        massChange: { updatePercent: 0.25, deletePercent: 0.1, minExisting: 20 },
        providers: { 'acme-dns': ['*.ns.acme.example'] },
        overrideLabel: 'dns:yolo',
        historyDepth: 5,
        rrsigExpiringDays: 7,
      },
    });
  });

  it('checks ttl-severity: whole seconds, known keys, medium not above high', () => {
    const errors = errorsOf('ttl-severity:\n  medium: 7200\n  high: 3600\n  hihg: 5\n');
    expect(errors.map((e) => [e.location?.line, e.message])).toEqual([
      [4, 'unknown key "hihg" in ttl-severity; did you mean "high"?'],
      [1, 'ttl-severity.medium (7200) must not be above ttl-severity.high (3600)'],
    ]);
    expect(errorsOf('ttl-severity: { medium: "1h" }\n')[0]!.message).toBe(
      'ttl-severity.medium must be a whole number of seconds; got "1h"',
    );
    const r = loadPolicy('ttl-severity: { high: 172800 }\n', FILE);
    expect(r.ok && r.value.ttlSeverity).toEqual({ medium: 3600, high: 172800 });
  });

  it('gives the defaults for an empty file or comments only', () => {
    expect(loadPolicy('', FILE)).toEqual({ ok: true, value: DEFAULT_POLICY });
    expect(loadPolicy('# nothing yet\n', FILE)).toEqual({ ok: true, value: DEFAULT_POLICY });
  });

  it('keeps defaults for keys not given', () => {
    const r = loadPolicy('ttl-threshold: 60\n', FILE);
    expect(r.ok && r.value).toEqual({ ...DEFAULT_POLICY, ttlThreshold: 60 });
  });

  it('names the line of an unknown key and suggests the right one', () => {
    const errors = errorsOf('fail-on: high\nttl-treshold: 300\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.location).toEqual({ file: FILE, line: 2, column: 1 });
    expect(errors[0]!.message).toBe('unknown key "ttl-treshold"; did you mean "ttl-threshold"?');
  });

  it('collects every wrong value with its line', () => {
    const errors = errorsOf(
      [
        'fail-on: severe',
        'rules:',
        '  spf-invalid: loud',
        '  no-such-rule: off',
        'ttl-threshold: -1',
        'mass-change:',
        '  update-percent: 130',
        '  deletes: 3',
        'history-depth: 0',
        'override-label: ""',
        'protected-zones: [3]',
        'rrsig-expiring-days: 2.5',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.location.line, e.message])).toEqual([
      [1, 'fail-on must be one of info, low, medium, high, critical; got "severe"'],
      [3, 'rule spf-invalid must be off or one of info, low, medium, high, critical; got "loud"'],
      [4, 'unknown rule "no-such-rule"'],
      [5, 'ttl-threshold must be a whole number of seconds; got -1'],
      [7, 'update-percent must be a percentage from 0 to 100; got 130'],
      [8, 'unknown key "deletes" in mass-change'],
      [9, 'history-depth must be a whole number from 1 to 1000; got 0'],
      [10, 'override-label must be a label name of 1 to 50 characters; got ""'],
      [11, 'protected zone must be a zone name; got 3'],
      [12, 'rrsig-expiring-days must be a whole number of days from 0 to 365; got 2.5'],
    ]);
  });

  it('reports broken YAML with its line, and a non-mapping document', () => {
    const broken = errorsOf('fail-on: high\nrules: [unclosed\n');
    expect(broken[0]!.code).toBe('policy/yaml');
    expect(broken[0]!.location.file).toBe(FILE);
    expect(broken[0]!.location.line).toBeGreaterThanOrEqual(2);
    expect(errorsOf('- a\n- b\n')[0]!.message).toMatch(/must be a mapping/);
  });

  it('refuses aliases, so an alias bomb cannot blow up', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a]',
      'c: [*b, *b, *b]',
    ];
    expect(errorsOf(bomb.join('\n'))[0]!.code).toBe('policy/yaml');
  });
});

describe('loadPolicy on a template', () => {
  it('treats known keys left empty as their defaults', () => {
    expect(loadPolicy('rules:\nprotected-zones:\n', FILE)).toEqual({
      ok: true,
      value: DEFAULT_POLICY,
    });
  });
});
