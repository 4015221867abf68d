/** Real repositories for the DNSControl tests: files written to a temp folder, committed with git. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openTree } from '../../../src/sources/git.js';
import type { SourceTree } from '../../../src/sources/types.js';

export interface TestRepo {
  readonly root: string;
  write(files: Record<string, string>): void;
  symlink(path: string, target: string): void;
  commit(message: string): string;
  tree(ref?: string): Promise<SourceTree>;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
}

export function makeRepo(files: Record<string, string> = {}): TestRepo {
  const root = mkdtempSync(join(tmpdir(), 'zg-dnscontrol-'));
  git(root, ['init', '-q', '-b', 'main']);
  const repo: TestRepo = {
    root,
    write(more) {
      for (const [path, text] of Object.entries(more)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
    },
    symlink(path, target) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      symlinkSync(target, join(root, path));
    },
    commit(message) {
      git(root, ['add', '-A']);
      git(root, ['commit', '-q', '--allow-empty', '-m', message]);
      return git(root, ['rev-parse', 'HEAD']).trim();
    },
    tree(ref) {
      return openTree(root, ref);
    },
  };
  repo.write(files);
  return repo;
}
