/** The compile cache lives only in a folder of our own (src/cli/compile-cache.ts). */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCacheFolder } from '../../src/cli/compile-cache.js';

const uid = process.getuid?.();
const posix = uid === undefined ? describe.skip : describe;

let parent: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'zg-compile-cache-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

posix('the compile cache folder', () => {
  const ours = () => join(parent, `zoneguard-compile-cache-${uid}`);

  it('is made owner-only, and used again while it stays so', () => {
    expect(compileCacheFolder({}, parent, uid)).toBe(ours());
    expect(statSync(ours()).mode & 0o777).toBe(0o700);
    expect(compileCacheFolder({}, parent, uid)).toBe(ours());
  });

  it('is not used when others can write to it', () => {
    mkdirSync(ours());
    chmodSync(ours(), 0o777);
    expect(compileCacheFolder({}, parent, uid)).toBeUndefined();
  });

  it('is not used when it belongs to someone else', () => {
    mkdirSync(ours(), { mode: 0o700 });
    expect(compileCacheFolder({}, parent, (uid ?? 0) + 1)).toBeUndefined();
  });

  it('is not used through a link, wherever the link points', () => {
    const elsewhere = join(parent, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, ours());
    expect(compileCacheFolder({}, parent, uid)).toBeUndefined();
  });

  it('follows NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE as Node does', () => {
    expect(compileCacheFolder({ NODE_COMPILE_CACHE: '/chosen' }, parent, uid)).toBe('/chosen');
    expect(compileCacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' }, parent, uid)).toBeUndefined();
  });
});
