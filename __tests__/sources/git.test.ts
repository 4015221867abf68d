import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  changedFiles,
  checkRepoPath,
  gitHistory,
  openTree,
  resolveCommit,
} from '../../src/sources/git.js';
import { SourceError } from '../../src/sources/types.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

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
