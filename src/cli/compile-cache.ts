/**
 * Node's module compile cache (Node ≥ 22.1) for the command line: the code of dist/ compiled by
 * one run is kept on disk and read by the next instead of compiled again (about a tenth of a
 * check's start-up on Node 24; `npm run bench -- startup`). Node 20 has none: nothing happens.
 *
 * The cache is code this process runs, so it lives only in a folder of our own: Node's default
 * (os.tmpdir()/node-compile-cache) is shared by every user of the machine, and whoever writes
 * there first decides what the next run executes. Ours is made owner-only, and used only while
 * it is a real folder that is ours and that nobody else can write to. NODE_COMPILE_CACHE (a
 * folder the user chose) and NODE_DISABLE_COMPILE_CACHE are honoured as Node honours them.
 * The Action does not use it: a hosted runner starts every job on a fresh machine, where the
 * cache is always cold (measured: no faster).
 */
import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Turns the cache on; returns the folder it uses, or undefined when it stays off. */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const enable = (module as { enableCompileCache?: (directory: string) => unknown })
    .enableCompileCache;
  if (!enable) return undefined;
  const folder = compileCacheFolder(env);
  if (folder !== undefined) enable(folder);
  return folder;
}

/** The folder for the cache, made if need be, or undefined when there must be none. */
export function compileCacheFolder(
  env: NodeJS.ProcessEnv,
  parent = tmpdir(),
  uid = process.getuid?.(),
): string | undefined {
  if (env['NODE_DISABLE_COMPILE_CACHE']) return undefined;
  if (env['NODE_COMPILE_CACHE']) return env['NODE_COMPILE_CACHE'];
  const folder = join(parent, `zoneguard-compile-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(folder, { mode: 0o700 });
  } catch {
    // There already, or not to be made: checked below either way.
  }
  try {
    const found = lstatSync(folder);
    if (!found.isDirectory()) return undefined; // a link or a file someone put there
    if (uid !== undefined && (found.uid !== uid || (found.mode & 0o077) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}
