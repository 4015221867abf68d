import { readForScan, SCAN_MAX_CHARS } from '../../src/sources/scan-read.js';
import { makeRepo } from '../helpers/git-repo.js';

describe('reading a file to scan it for credentials', () => {
  it('text, the start of a large file, binary, refused and missing', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        'small.txt': 'hello\n',
        'large.txt': `top\n${'x'.repeat(SCAN_MAX_CHARS)}`,
        'image.bin': `PNG\0${'y'.repeat(10)}`,
        'late-nul.bin': `${'z'.repeat(SCAN_MAX_CHARS + 5)}\0`,
      });
      repo.symlink('out.txt', '/etc/hostname');
      const sha = repo.commit({});
      for (const tree of [await repo.tree(sha), await repo.tree()]) {
        expect(await readForScan(tree, 'small.txt')).toEqual({
          kind: 'text',
          text: 'hello\n',
          cut: false,
        });
        const large = await readForScan(tree, 'large.txt');
        expect(large.kind === 'text' && large.cut && large.text.length).toBe(SCAN_MAX_CHARS);
        expect(large.kind === 'text' && large.text.startsWith('top\n')).toBe(true);
        expect(await readForScan(tree, 'image.bin')).toEqual({ kind: 'binary' });
        expect(await readForScan(tree, 'late-nul.bin')).toEqual({ kind: 'binary' });
        expect(await readForScan(tree, 'out.txt')).toEqual({
          kind: 'refused',
          reason: 'symlink "out.txt" points outside the repository',
        });
        expect(await readForScan(tree, 'gone.txt')).toEqual({ kind: 'missing' });
      }
    } finally {
      repo.remove();
    }
  });
});
