/** docs/rules.md and docs/policy.md stay true to the code they describe. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy } from '../../src/review/policy-file.js';
import { RULES } from '../../src/rules/catalogue.js';

const read = (name: string) => readFileSync(join(process.cwd(), 'docs', name), 'utf8');

describe('docs/rules.md', () => {
  const text = read('rules.md');
  it.each(RULES.map((r) => [r.id, r.defaultSeverity]))(
    '%s is listed with default severity %s and has a section',
    (id, severity) => {
      expect(text).toContain(`| [\`${id}\`](#${id}) | ${severity} |`);
      expect(text).toContain(`\n## ${id}\n\nDefault severity: **${severity}**.`);
    },
  );
  it('lists no rule the catalogue does not have', () => {
    const listed = [...text.matchAll(/^## ([a-z0-9-]+)$/gm)].map((m) => m[1]);
    expect(listed).toEqual(RULES.map((r) => r.id));
  });
});

describe('docs/policy.md', () => {
  it('has an example that loads without errors and changes every key', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(read('policy.md'))![1]!;
    const r = loadPolicy(example, '.zoneguard.yml');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.rules).toEqual({
        'single-provider': 'off',
        'mx-change': 'critical',
        'caa-change': 'low',
      });
      expect(r.value.protectedZones).toEqual(['example.com.', 'example.net.']);
      expect(r.value.providers).toEqual({
        'acme-dns': ['*.ns.acme.example', 'acme-backup.example'],
      });
    }
  });
});
