/** A SourceTree held in memory (path → text), for loaders tested without a git repository. */
import type { SourceTree } from '../../src/sources/types.js';

export function memoryTree(files: Readonly<Record<string, string>>): SourceTree {
  return {
    root: '/virtual',
    commit: undefined,
    label: 'test',
    listFiles: async () => Object.keys(files),
    readText: async (path) => files[path],
  };
}
