/**
 * The workflow files and the Action's metadata are valid as GitHub reads them: checked against
 * SchemaStore's schemas (a dated copy in __tests__/fixtures/schemastore/, see its README).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';

const SCHEMAS = join(import.meta.dirname, '..', 'fixtures', 'schemastore');
const schema = (name: string) => JSON.parse(readFileSync(join(SCHEMAS, name), 'utf8')) as object;

// The schemas are draft-07 and use keywords Ajv's strict mode does not know; formats unchecked.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validWorkflow = ajv.compile(schema('github-workflow.json'));
const validAction = ajv.compile(schema('github-action.json'));

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .map((f) => join(dir, f));

describe('GitHub workflow schema', () => {
  const files = [...yamlFiles('.github/workflows'), ...yamlFiles('examples/workflows')];

  it('finds the release workflow and the examples', () => {
    expect(files).toContain(join('.github/workflows', 'release.yml'));
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s is a valid workflow', (file) => {
    const ok = validWorkflow(load(readFileSync(file, 'utf8')));
    expect(ok ? [] : validWorkflow.errors).toEqual([]);
  });

  it('catches a broken workflow (the check can fail)', () => {
    const text = readFileSync('.github/workflows/release.yml', 'utf8');
    expect(
      validWorkflow(load(text.replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest'))),
    ).toBe(false);
    expect(validWorkflow(load(text.replace('timeout-minutes: 20', 'timeout-minutes: soon')))).toBe(
      false,
    );
  });

  it('runs on version tags only, and may write contents', () => {
    const wf = load(readFileSync('.github/workflows/release.yml', 'utf8')) as {
      on: { push: { tags: string[]; branches?: unknown } };
      permissions: Record<string, string>;
      jobs: { release: { permissions: Record<string, string> } };
    };
    expect(wf.on.push.branches).toBeUndefined();
    expect(wf.on.push.tags.every((t) => t.startsWith('v[0-9]+'))).toBe(true);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.release.permissions['contents']).toBe('write');
  });
});

describe('GitHub Action metadata schema', () => {
  const action = load(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { description?: string; default?: string }>;
    outputs: Record<string, { description?: string }>;
    branding: { icon: string; color: string };
    runs: { using: string; main: string };
  };

  it('action.yml is valid metadata: inputs, outputs, branding, runs', () => {
    const ok = validAction(action);
    expect(ok ? [] : validAction.errors).toEqual([]);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, typeof input.description]).toEqual([name, 'string']);
      expect([name, typeof input.default]).toEqual([name, 'string']);
    }
    for (const [name, output] of Object.entries(action.outputs))
      expect([name, typeof output.description]).toEqual([name, 'string']);
  });

  it('refuses branding GitHub does not offer (the check can fail)', () => {
    expect(validAction({ ...action, branding: { icon: 'dns-shield', color: 'orange' } })).toBe(
      false,
    );
    expect(validAction({ ...action, branding: { icon: 'shield', color: 'teal' } })).toBe(false);
  });
});
