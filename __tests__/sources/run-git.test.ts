/** runGit: the one way git runs, for the sources and for the Action's fetch. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runGit } from '../../src/sources/run-git.js';
import { SourceError } from '../../src/sources/types.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

let repo: TestRepo;
beforeAll(() => {
  repo = makeRepo();
  repo.commit({ 'a.txt': '  spaced  \n\n' });
});
afterAll(() => repo.remove());

test('returns stdout untouched (a blob keeps its whitespace)', async () => {
  expect(await runGit(repo.dir, ['cat-file', 'blob', 'HEAD:a.txt'])).toBe('  spaced  \n\n');
});

test('git never prompts and speaks the C locale, whatever the environment says', async () => {
  const saved = { prompt: process.env['GIT_TERMINAL_PROMPT'], lc: process.env['LC_ALL'] };
  process.env['GIT_TERMINAL_PROMPT'] = '1';
  process.env['LC_ALL'] = 'de_DE.UTF-8';
  try {
    const out = await runGit(repo.dir, [
      '-c',
      'alias.showenv=!printenv GIT_TERMINAL_PROMPT LC_ALL',
      'showenv',
    ]);
    expect(out).toBe('0\nC\n');
  } finally {
    for (const [key, value] of [
      ['GIT_TERMINAL_PROMPT', saved.prompt],
      ['LC_ALL', saved.lc],
    ] as const)
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  }
});

test('a failure is a SourceError with the subcommand and git’s first line', async () => {
  const err = await runGit(repo.dir, ['cat-file', 'blob', 'HEAD:missing.txt']).catch((e) => e);
  expect(err).toBeInstanceOf(SourceError);
  expect(err.message).toMatch(/^git cat-file failed: fatal: .*missing\.txt/);
  expect(err.message).not.toContain('\n');
});

test('arguments are never read by a shell', async () => {
  const marker = join(repo.dir, 'pwned');
  await expect(runGit(repo.dir, ['rev-parse', '--verify', `HEAD;touch ${marker}`])).rejects.toThrow(
    SourceError,
  );
  expect(existsSync(marker)).toBe(false);
});
