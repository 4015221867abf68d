import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  changedFiles,
  checkRepoPath,
  gitHistory,
  openRepository,
  openTree,
  resolveCommit,
} from '../../src/sources/git.js';
import { SourceError } from '../../src/sources/types.js';
import { makeRepo, type TestRepo, withRepository } from '../helpers/git-repo.js';

let repo: TestRepo;
let first: string;
let second: string;

beforeAll(() => {
  repo = makeRepo();
  first = repo.commit(
    { 'zones/example.com.zone': 'v1\n', 'README.md': 'hi\n' },
    'first',
    new Date('2026-01-01T00:00:00Z'),
  );
  second = repo.commit(
    { 'zones/example.com.zone': 'v2\n', 'zones/other.zone': 'o\n' },
    'second',
    new Date('2026-01-02T00:00:00Z'),
  );
});
afterAll(() => repo.remove());

describe('commit trees', () => {
  it('lists and reads files as they were at each commit', async () => {
    const t1 = await openTree(repo.dir, first);
    const t2 = await openTree(repo.dir, 'main');
    expect(await t1.listFiles()).toEqual(['README.md', 'zones/example.com.zone']);
    expect(await t1.readText('zones/example.com.zone')).toBe('v1\n');
    expect(await t2.readText('./zones/example.com.zone')).toBe('v2\n');
    expect(await t2.readText('zones/missing.zone')).toBeUndefined();
    expect(t2.commit).toBe(second);
    expect(t2.label).toBe(`main (${second.slice(0, 7)})`);
  });

  it('refuses paths that leave the repository', async () => {
    const t = await openTree(repo.dir, 'main');
    await expect(t.readText('../etc/passwd')).rejects.toThrow(SourceError);
    await expect(t.readText('/etc/passwd')).rejects.toThrow(/absolute path/);
    expect(() => checkRepoPath('a/../../b')).toThrow(/leaves the repository/);
    expect(checkRepoPath('a/./b/')).toBe('a/b');
  });

  it('names an unknown or option-like ref', async () => {
    await expect(resolveCommit(repo.dir, 'no-such-branch')).rejects.toThrow(
      /unknown git ref "no-such-branch"/,
    );
    await expect(resolveCommit(repo.dir, '--output=/tmp/x')).rejects.toThrow(/invalid git ref/);
  });
});

describe('symlinks', () => {
  it('follows links inside the repository and refuses links leaving it', async () => {
    const r = makeRepo();
    try {
      r.write({ 'real.zone': 'data\n' });
      symlinkSync('real.zone', join(r.dir, 'inside.zone'));
      symlinkSync('/etc/hostname', join(r.dir, 'outside.zone'));
      symlinkSync('../../../../etc/hostname', join(r.dir, 'up.zone'));
      const sha = r.commit({});
      for (const t of [await openTree(r.dir, sha), await openTree(r.dir, undefined)]) {
        expect(await t.listFiles()).toEqual(['inside.zone', 'real.zone']);
        expect(await t.readText('inside.zone')).toBe('data\n');
        await expect(t.readText('outside.zone')).rejects.toThrow(/outside the repository/);
        await expect(t.readText('up.zone')).rejects.toThrow(/outside the repository/);
        // Left out of the listing, but said: a zone file turned into such a link is no removal.
        expect((await t.refusedLinks?.())?.map((l) => l.path)).toEqual(['outside.zone', 'up.zone']);
        for (const l of (await t.refusedLinks?.()) ?? [])
          expect(l.message).toMatch(new RegExp(`"${l.path}" points outside the repository`));
      }
    } finally {
      r.remove();
    }
  });

  it('a link out to nothing this machine has is refused too, a dangling link inside is not there', async () => {
    const r = makeRepo();
    try {
      symlinkSync('/nonexistent-zoneguard/x.zone', join(r.dir, 'gone.zone'));
      symlinkSync('missing.zone', join(r.dir, 'dangling.zone'));
      const sha = r.commit({});
      for (const t of [await openTree(r.dir, sha), await openTree(r.dir, undefined)]) {
        expect(await t.listFiles()).toEqual([]);
        expect((await t.refusedLinks?.())?.map((l) => l.path)).toEqual(['gone.zone']);
      }
    } finally {
      r.remove();
    }
  });
});

describe('the file a path reaches', () => {
  it('is the target of a link, the path itself otherwise, and nothing when there is none', async () => {
    const r = makeRepo();
    try {
      r.write({ 'creds.json': '{}', 'sub/plain.json': '{}' });
      r.symlink('data.json', 'creds.json');
      r.symlink('sub/up.json', '../data.json');
      const sha = r.commit({});
      for (const t of [await openTree(r.dir, sha), await openTree(r.dir, undefined)]) {
        expect(await t.resolvePath?.('data.json')).toBe('creds.json');
        expect(await t.resolvePath?.('sub/up.json')).toBe('creds.json');
        expect(await t.resolvePath?.('./sub/plain.json')).toBe('sub/plain.json');
        expect(await t.resolvePath?.('missing.json')).toBeUndefined();
      }
    } finally {
      r.remove();
    }
  });
});

describe('working tree', () => {
  it('sees uncommitted and untracked files, not ignored ones', async () => {
    repo.write({ 'zones/new.zone': 'n\n', '.gitignore': 'ignored.zone\n', 'ignored.zone': 'x\n' });
    const t = await openTree(repo.dir, undefined);
    const files = await t.listFiles();
    expect(files).toContain('zones/new.zone');
    expect(files).not.toContain('ignored.zone');
    expect(t.commit).toBeUndefined();
    expect(await changedFiles(repo.dir, 'main', undefined)).toEqual([
      '.gitignore',
      'zones/new.zone',
    ]);
    repo.write({ 'zones/new.zone': null, '.gitignore': null, 'ignored.zone': null });
  });
});

describe('what git ignores in the working tree', () => {
  it('is neither listed nor read, also through a link; a tracked file is read', async () => {
    const r = makeRepo();
    try {
      r.commit({ 'kept.local': 'tracked\n' }); // tracked before the rule that ignores it
      r.commit({ '.gitignore': '*.local\ncreds.json\n' });
      r.write({ 'creds.json': '{"token":"local-secret"}', 'notes.local': 'x\n' });
      r.symlink('data.json', 'creds.json');
      const t = await openTree(r.dir, undefined);
      expect(await t.listFiles()).toEqual(['.gitignore', 'kept.local']);
      expect(await t.readText('creds.json')).toBeUndefined();
      expect(await t.readText('data.json')).toBeUndefined();
      expect(await t.readText('notes.local')).toBeUndefined();
      expect(await t.resolvePath?.('data.json')).toBeUndefined();
      expect(await t.readText('kept.local')).toBe('tracked\n');
    } finally {
      r.remove();
    }
  });

  it('outside git, every file is read', async () => {
    const r = makeRepo({ '.gitignore': 'creds.json\n', 'creds.json': '{}' });
    try {
      rmSync(join(r.dir, '.git'), { recursive: true, force: true });
      const t = await openTree(r.dir, undefined);
      expect(await t.readText('creds.json')).toBe('{}');
    } finally {
      r.remove();
    }
  });
});

describe('history', () => {
  it('lists commits touching a path, newest first, with their times', async () => {
    const log = await gitHistory(repo.dir).log('main', ['zones/example.com.zone'], 10);
    expect(log.map((c) => c.sha)).toEqual([second, first]);
    expect(log[0]!.time.toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(log[1]!.subject).toBe('first');
    expect(await gitHistory(repo.dir).log('main', ['zones/other.zone'], 10)).toHaveLength(1);
    expect(await gitHistory(repo.dir).log('main', ['zones'], 1)).toHaveLength(1);
    expect(await changedFiles(repo.dir, first, second)).toEqual([
      'zones/example.com.zone',
      'zones/other.zone',
    ]);
  });
});

describe('one repository for a whole job', () => {
  it('lists what changed between two commits as git diff --no-renames does', async () => {
    const r = makeRepo();
    try {
      const a = r.commit({
        'keep/same.txt': 's\n',
        'move/old.txt': 'moved\n',
        'kind/file': 'a file\n',
        'deep/a/b/c.txt': '1\n',
        'gone/x.txt': 'x\n',
        'tool.sh': 'echo\n',
      });
      // Staged by hand: `git add -A` would drop the submodule entry and the mode change.
      r.git('rm', '-q', 'move/old.txt', 'kind/file', 'gone/x.txt');
      r.write({
        'move/new.txt': 'moved\n',
        'kind/file/now-a-folder.txt': 'f\n',
        'deep/a/b/c.txt': '2\n',
        'added/y.txt': 'y\n',
      });
      r.git('add', 'move', 'kind', 'deep', 'added');
      r.git('update-index', '--add', '--cacheinfo', `160000,${a},vendored`); // a submodule
      r.git('update-index', '--chmod=+x', 'tool.sh');
      r.git('commit', '-q', '-m', 'b');
      const b = r.git('rev-parse', 'HEAD').trim();
      const git = openRepository(r.dir);
      try {
        for (const [from, to] of [
          [a, b],
          [b, a],
          [a, a],
        ] as const) {
          const expected = r
            .git('diff', '--no-renames', '--name-only', '-z', from, to)
            .split('\0')
            .filter(Boolean)
            .sort();
          expect(await git.changedFiles(from, to)).toEqual(expected);
        }
        expect(await git.changedFiles(a, b)).toEqual([
          'added/y.txt',
          'deep/a/b/c.txt',
          'gone/x.txt',
          'kind/file',
          'kind/file/now-a-folder.txt',
          'move/new.txt',
          'move/old.txt',
          'tool.sh',
          'vendored',
        ]);
      } finally {
        git.close();
      }
    } finally {
      r.remove();
    }
  });

  it('reads both sides and their history through one process for objects', async () => {
    const git = openRepository(repo.dir);
    try {
      const [t1, t2] = await Promise.all([git.openTree(first), git.openTree('main')]);
      expect(await t1.listFiles()).toEqual(['README.md', 'zones/example.com.zone']);
      expect(await t2.readText('zones/other.zone')).toBe('o\n');
      const history = git.history();
      const log = await history.log('main', ['zones/example.com.zone'], 10);
      expect(log.map((c) => c.sha)).toEqual([second, first]);
      const old = await history.treeAt(first);
      expect(old.label).toBe(first.slice(0, 7));
      expect(await old.readText('zones/example.com.zone')).toBe('v1\n');
      expect(await git.resolveCommit('main~1')).toBe(first);
    } finally {
      git.close();
    }
  });

  it('walks the history from the commit the review read, even after the branch moves on', async () => {
    await withRepository(async (r, git) => {
      const read = r.commit({ 'db.zone': 'v1\n' }, 'read');
      await git.openTree('main');
      const pushed = r.commit({ 'db.zone': 'v2\n' }, 'pushed meanwhile');
      const history = git.history();
      expect((await history.log('main', ['db.zone'], 10)).map((c) => c.sha)).toEqual([read]);
      // A ref the review did not read is git's to resolve.
      const fresh = await history.log('main~0', ['db.zone'], 10);
      expect(fresh.map((c) => c.sha)).toEqual([pushed, read]);
      await expect(history.log('--output=/tmp/x', ['db.zone'], 10)).rejects.toThrow(
        /invalid git ref/,
      );
    });
  });

  it('reads each file of a commit once, however often the tree is asked for it', async () => {
    await withRepository(async (r, git) => {
      const sha = r.commit({ 'db.zone': 'v1\n' }, 'one');
      const tree = await git.openTree('main');
      expect(await tree.readText('db.zone')).toBe('v1\n');
      // The blob leaves the object store: the tree answers from what it read.
      const blob = execFileSync('git', ['-C', r.dir, 'rev-parse', 'main:db.zone'], {
        encoding: 'utf8',
      }).trim();
      rmSync(join(r.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
      expect(await tree.readText('db.zone')).toBe('v1\n');
      // Another tree of the same commit reads afresh, and finds it gone.
      await expect((await git.openTree(sha)).readText('db.zone')).rejects.toThrow(/missing/);
    });
  });

  it('refuses option-like, multi-line and unknown refs by name', async () => {
    const git = openRepository(repo.dir);
    try {
      await expect(git.openTree('--output=/tmp/x')).rejects.toThrow(/invalid git ref/);
      await expect(git.openTree('main\nHEAD')).rejects.toThrow(/invalid git ref "main\\nHEAD"/);
      await expect(git.openTree('no-such-branch')).rejects.toThrow(
        /unknown git ref "no-such-branch"/,
      );
    } finally {
      git.close();
    }
  });

  it('sees a branch move between two jobs', async () => {
    const r = makeRepo();
    try {
      const a = r.commit({ 'f.txt': '1\n' });
      expect(await openRepository(r.dir).resolveCommit('main')).toBe(a);
      const b = r.commit({ 'f.txt': '2\n' });
      expect(await openRepository(r.dir).resolveCommit('main')).toBe(b);
    } finally {
      r.remove();
    }
  });
});
