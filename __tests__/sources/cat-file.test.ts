/** One `git cat-file --batch` process: answers in order, bytes intact, names as data. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { openCatFile } from '../../src/sources/cat-file.js';
import { SourceError } from '../../src/sources/types.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

let repo: TestRepo;
let head: string;
// Bytes that must come back as they were: line breaks inside, no final one, a split UTF-8 char.
const AWKWARD = 'no final line break\n\n  é\r\nend';
const LARGE = `${'x'.repeat(1_000_000)}\n`;

beforeAll(() => {
  repo = makeRepo();
  head = repo.commit({ 'a.txt': AWKWARD, 'dir/large.txt': LARGE, 'empty.txt': '' });
});
afterAll(() => repo.remove());

test('reads commits, trees and blobs by any name git takes', async () => {
  const objects = openCatFile(repo.dir);
  try {
    const commit = await objects.read('main^{commit}');
    expect(commit).toMatchObject({ sha: head, type: 'commit' });
    expect(commit!.data.toString()).toMatch(/^tree [0-9a-f]{40}\n/);
    expect((await objects.read('HEAD:a.txt'))!.data.toString('utf8')).toBe(AWKWARD);
    expect((await objects.read('HEAD:empty.txt'))!.data.length).toBe(0);
    expect((await objects.read('HEAD:dir'))!.type).toBe('tree');
  } finally {
    objects.close();
  }
});

test('many requests at once are answered each with its own object, in order', async () => {
  const objects = openCatFile(repo.dir);
  try {
    const names = Array.from(
      { length: 200 },
      (_, i) => ['HEAD:a.txt', 'HEAD:dir/large.txt', 'HEAD:missing', 'HEAD:empty.txt'][i % 4]!,
    );
    const answers = await Promise.all(names.map((n) => objects.read(n)));
    answers.forEach((answer, i) => {
      const expected = [AWKWARD, LARGE, undefined, ''][i % 4];
      expect(answer?.data.toString('utf8')).toBe(expected);
    });
  } finally {
    objects.close();
  }
});

test('a missing or ambiguous object is undefined; a name that is not one line is refused', async () => {
  const objects = openCatFile(repo.dir);
  try {
    expect(await objects.read('no-such-branch^{commit}')).toBeUndefined();
    expect(await objects.read('0')).toBeUndefined(); // too short to name one object
    await expect(objects.read('HEAD\nHEAD:a.txt')).rejects.toThrow(SourceError);
    await expect(objects.read('')).rejects.toThrow(SourceError);
    // The process is still in step after a refusal.
    expect((await objects.read('HEAD:a.txt'))!.data.toString()).toBe(AWKWARD);
  } finally {
    objects.close();
  }
});

test('a name is data, never an option or a command', async () => {
  const marker = join(repo.dir, 'pwned');
  const objects = openCatFile(repo.dir);
  try {
    expect(await objects.read('--help')).toBeUndefined();
    expect(await objects.read(`HEAD;touch ${marker}`)).toBeUndefined();
    expect(await objects.read(`$(touch ${marker})`)).toBeUndefined();
  } finally {
    objects.close();
  }
  expect(existsSync(marker)).toBe(false);
});

test('outside a repository, a read fails with git’s own complaint', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zg-cat-file-'));
  const objects = openCatFile(dir);
  try {
    const err = await objects.read('HEAD').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toMatch(/^git cat-file failed: fatal: not a git repository/);
  } finally {
    objects.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('closing refuses what is pending, and a later read starts afresh', async () => {
  const objects = openCatFile(repo.dir);
  const pending = objects.read('HEAD:dir/large.txt');
  objects.close();
  await expect(pending).rejects.toThrow(/closed/);
  expect((await objects.read('HEAD:a.txt'))!.data.toString()).toBe(AWKWARD);
  objects.close();
});

test('an idle process does not keep Node running', () => {
  // A Node program that reads one object and keeps the process for ten minutes: it must end as
  // soon as its own work is done (the timeout only stops a hang).
  const dir = mkdtempSync(join(tmpdir(), 'zg-cat-file-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { openCatFile } from ${JSON.stringify(join(process.cwd(), 'src/sources/cat-file.ts'))};
       const object = await openCatFile(process.argv[2], { idleMs: 600_000 }).read('HEAD:a.txt');
       console.log(object.data.length);`,
    );
    buildSync({
      entryPoints: [entry],
      outfile: join(dir, 'entry.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    });
    const out = execFileSync(process.execPath, [join(dir, 'entry.mjs'), repo.dir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(out.trim()).toBe(String(Buffer.byteLength(AWKWARD)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
