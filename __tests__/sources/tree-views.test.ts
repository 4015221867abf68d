/** Views of a tree that change how files are read: once, or with the other side read ahead. */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { KEPT_TEXT_MAX_CHARS } from '../../src/sources/git.js';
import { readingAhead, readingOnce, withReads } from '../../src/sources/tree-views.js';
import { withRepository } from '../helpers/git-repo.js';

/** Removes the blob `spec` (`REV:PATH`) names from the repository's object store. */
function dropBlob(dir: string, spec: string): void {
  const sha = execFileSync('git', ['-C', dir, 'rev-parse', spec], { encoding: 'utf8' }).trim();
  rmSync(join(dir, '.git', 'objects', sha.slice(0, 2), sha.slice(2)));
}

test('reading ahead asks the other tree for each path read, and keeps it out of the answer', async () => {
  await withRepository(async (r, git) => {
    const base = r.commit({ 'db.zone': 'base\n', 'gone.zone': 'old\n' }, 'base');
    r.commit({ 'gone.zone': null, 'db.zone': 'head\n', 'new.zone': 'new\n' }, 'head');
    const [headTree, baseTree] = await Promise.all([git.openTree('main'), git.openTree(base)]);
    const asked: string[] = [];
    const answers: Promise<string | undefined>[] = [];
    const other = withReads(baseTree, (path) => {
      asked.push(path);
      const answer = baseTree.readText(path);
      answers.push(answer);
      return answer;
    });
    const order: string[] = [];
    const head = readingAhead(
      withReads(headTree, (path) => {
        order.push(`head ${path}`);
        return headTree.readText(path);
      }),
      withReads(other, (path) => {
        order.push(`base ${path}`);
        return other.readText(path);
      }),
    );
    expect([head.label, head.commit, await head.listFiles()]).toEqual([
      headTree.label,
      headTree.commit,
      await headTree.listFiles(),
    ]);
    const reading = head.readText('db.zone');
    expect(asked).toEqual([]); // asked once the head's copy has come, before it is handed over
    expect(await reading).toBe('head\n');
    expect(asked).toEqual(['db.zone']);
    expect(await head.readText('new.zone')).toBe('new\n');
    expect(asked).toEqual(['db.zone', 'new.zone']);
    // The head's copy, awaited now, is asked of git first: git answers in turn.
    expect(order).toEqual(['head db.zone', 'base db.zone', 'head new.zone', 'base new.zone']);
    expect(await Promise.all(answers)).toEqual(['base\n', undefined]);
    // What the base read ahead is what its own load finds: the commit tree kept it.
    dropBlob(r.dir, `${base}:db.zone`);
    expect(await baseTree.readText('db.zone')).toBe('base\n');
  });
});

test('a file too long for the other tree to keep is not read ahead, nor kept', async () => {
  await withRepository(async (r, git) => {
    const long = `${'x'.repeat(KEPT_TEXT_MAX_CHARS)}\n`;
    const base = r.commit({ 'big.zone': long, 'small.zone': 'b\n' }, 'base');
    r.commit({ 'big.zone': `y${long}`, 'small.zone': 'h\n' }, 'head');
    const [headTree, baseTree] = await Promise.all([git.openTree('main'), git.openTree(base)]);
    const asked: string[] = [];
    const head = readingAhead(
      headTree,
      withReads(baseTree, (path) => {
        asked.push(path);
        return baseTree.readText(path);
      }),
    );
    expect((await head.readText('big.zone'))?.length).toBe(KEPT_TEXT_MAX_CHARS + 2);
    expect(await head.readText('small.zone')).toBe('h\n');
    expect(asked).toEqual(['small.zone']);
    // Read again, a long text comes from git again: it was not kept.
    expect((await baseTree.readText('big.zone'))?.length).toBe(KEPT_TEXT_MAX_CHARS + 1);
    dropBlob(r.dir, `${base}:big.zone`);
    await expect(baseTree.readText('big.zone')).rejects.toThrow(/missing/);
  });
});

test("reading ahead does not make the other tree's failure the head's", async () => {
  await withRepository(async (r, git) => {
    const head = r.commit({ 'db.zone': 'head\n' }, 'a file');
    r.write({ 'db.zone': null });
    r.symlink('db.zone', '../outside.zone');
    const base = r.commit({}, 'a link out of the repository');
    const [headTree, baseTree] = await Promise.all([git.openTree(head), git.openTree(base)]);
    expect(await readingAhead(headTree, baseTree).readText('db.zone')).toBe('head\n');
    await expect(baseTree.readText('db.zone')).rejects.toThrow(/outside the repository/);
  });
});

test('reading once asks the tree once per path, and keeps its links and refusals', async () => {
  await withRepository(async (r, git) => {
    r.symlink('out.zone', '../elsewhere');
    r.symlink('alias.zone', 'db.zone');
    r.commit({ 'db.zone': 'v1\n' }, 'one');
    const tree = await git.openTree('main');
    let reads = 0;
    const counted = withReads(tree, (p) => {
      reads++;
      return tree.readText(p);
    });
    const once = readingOnce(counted);
    expect(await once.readText('db.zone')).toBe('v1\n');
    expect(await once.readText('db.zone')).toBe('v1\n');
    expect(reads).toBe(1);
    expect(await once.resolvePath!('alias.zone')).toBe('db.zone');
    expect((await once.refusedLinks!()).map((l) => l.path)).toEqual(['out.zone']);
  });
});
