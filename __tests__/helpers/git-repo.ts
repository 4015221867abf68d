/** Real git repositories for tests: a temp folder, real commits with controlled dates. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type GitRepository, openRepository, openTree } from '../../src/sources/git.js';
import type { SourceTree } from '../../src/sources/types.js';

export interface TestRepo {
  readonly dir: string;
  /** Writes (string) or deletes (null) files, commits them, returns the commit SHA. */
  commit(files: Record<string, string | null>, message?: string, date?: Date): string;
  /** Writes files into the working tree without committing. */
  write(files: Record<string, string | null>): void;
  git(...args: string[]): string;
  /** Makes `path` a symbolic link to `target` in the working tree. */
  symlink(path: string, target: string): void;
  /** The repository as the pipeline reads it: the working tree, or a commit when `ref` is given. */
  tree(ref?: string): Promise<SourceTree>;
  remove(): void;
}

/** A new repository on branch main; `files` are written to the working tree, not committed. */
export function makeRepo(files: Record<string, string> = {}): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'zoneguard-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.invalid',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.invalid',
      },
    });
  git('init', '-q', '-b', 'main');
  const write = (changes: Record<string, string | null>) => {
    for (const [path, content] of Object.entries(changes)) {
      const full = join(dir, path);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
  };
  write(files);
  return {
    dir,
    git,
    write,
    commit(files, message = 'change', date) {
      write(files);
      git('add', '-A');
      const when = (date ?? new Date()).toISOString();
      execFileSync('git', ['-C', dir, 'commit', '-q', '--allow-empty', '-m', message], {
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Test',
          GIT_AUTHOR_EMAIL: 'test@example.invalid',
          GIT_COMMITTER_NAME: 'Test',
          GIT_COMMITTER_EMAIL: 'test@example.invalid',
          GIT_AUTHOR_DATE: when,
          GIT_COMMITTER_DATE: when,
        },
      });
      return git('rev-parse', 'HEAD').trim();
    },
    symlink(path, target) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      symlinkSync(target, join(dir, path));
    },
    tree: (ref) => openTree(dir, ref),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `use` on a new repository and one GitRepository over it; closes and removes both after. */
export async function withRepository(
  use: (r: TestRepo, git: GitRepository) => Promise<void>,
): Promise<void> {
  const r = makeRepo();
  const git = openRepository(r.dir);
  try {
    await use(r, git);
  } finally {
    git.close();
    r.remove();
  }
}
