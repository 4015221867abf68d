/** scripts/readme-usage.mjs: writes the section from action.yml, and --check catches drift. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';

const script = join(process.cwd(), 'scripts', 'readme-usage.mjs');
const dir = mkdtempSync(join(tmpdir(), 'zg-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const readme = join(dir, 'README.md');
const action = join(dir, 'action.yml');

const usage = (...args: string[]) =>
  spawnSync(process.execPath, [script, '--readme', readme, '--action', action, ...args], {
    encoding: 'utf8',
  });

test('generates the usage section, then --check passes until action.yml changes', () => {
  copyFileSync('action.yml', action);
  writeFileSync(readme, '# Title\n\n<!-- usage:start -->\n<!-- usage:end -->\n\nMore.\n');
  expect(usage('--check').status).toBe(1);
  expect(usage().status).toBe(0);
  const text = readFileSync(readme, 'utf8');
  expect(text.startsWith('# Title\n\n<!-- usage:start -->\n```yaml\n')).toBe(true);
  expect(text.endsWith('<!-- usage:end -->\n\nMore.\n')).toBe(true);
  for (const input of ['github-token', 'override-label', 'allow-fork-dnscontrol', 'sarif'])
    expect(text).toContain(
      `    ${input}: ${input === 'github-token' ? `\${{ github.token }}` : "''"}`,
    );
  expect(text).toContain('| `report-path` |');
  expect(usage('--check').status).toBe(0);
  expect(usage().status).toBe(0);
  expect(readFileSync(readme, 'utf8')).toBe(text); // idempotent

  writeFileSync(action, readFileSync(action, 'utf8').replace('default: auto', 'default: bind'));
  const stale = usage('--check');
  expect(stale.status).toBe(1);
  expect(stale.stderr).toContain('stale');
});

test('missing markers are an error naming the file', () => {
  copyFileSync('action.yml', action);
  writeFileSync(readme, '# No markers\n');
  const result = usage();
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('README.md');
});
