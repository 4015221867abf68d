/**
 * The repository through real git: trees at a commit, the working tree, history of paths.
 * Git runs through runGit (an argument array, never a shell); refs are also checked not to
 * start with `-`, and every path goes through the repository-path guard.
 */
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { repoRelativePath, resolveRepoPath } from './repo-path.js';
import { runGit } from './run-git.js';
import { type CommitInfo, type RepoHistory, SourceError, type SourceTree } from './types.js';

const MAX_LINK_HOPS = 40;

/** Top folder of the git repository containing `dir`, or undefined when it is not in one. */
export async function findRepositoryRoot(dir: string): Promise<string | undefined> {
  try {
    return (await runGit(dir, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return undefined;
  }
}

/** The commit SHA a ref names; a SourceError naming the ref when there is none. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  if (ref.startsWith('-') || ref.length === 0) throw new SourceError(`invalid git ref "${ref}"`);
  try {
    return (
      await runGit(root, [
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${ref}^{commit}`,
      ])
    ).trim();
  } catch {
    throw new SourceError(`unknown git ref "${ref}" in ${root}`);
  }
}

/**
 * resolveRepoPath for SourceTree's throwing contract: a refused path is a SourceError naming it.
 * Returns the normalised POSIX path ('' for the root).
 */
/** True in a clone made with `--depth`: its oldest commits have parents git does not hold. */
export async function isShallowRepository(root: string): Promise<boolean> {
  try {
    return (await runGit(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  } catch {
    return false;
  }
}

export function checkRepoPath(path: string): string {
  const checked = resolveRepoPath(path);
  if (!checked.ok) throw new SourceError(checked.message, path);
  return checked.path;
}

interface TreeEntry {
  readonly mode: string;
  readonly sha: string;
}

class CommitTree implements SourceTree {
  private entries: Promise<Map<string, TreeEntry>> | undefined;
  readonly label: string;

  constructor(
    readonly root: string,
    readonly commit: string,
    ref: string,
  ) {
    this.label = ref === commit ? commit.slice(0, 7) : `${ref} (${commit.slice(0, 7)})`;
  }

  private load(): Promise<Map<string, TreeEntry>> {
    this.entries ??= (async () => {
      const out = await runGit(this.root, ['ls-tree', '-r', '-z', '--full-tree', this.commit]);
      const map = new Map<string, TreeEntry>();
      for (const line of out.split('\0')) {
        if (!line) continue;
        const tab = line.indexOf('\t');
        const [mode, type, sha] = line.slice(0, tab).split(' ');
        if (type !== 'blob' || !mode || !sha) continue; // submodules (commit) are not files
        map.set(line.slice(tab + 1), { mode, sha });
      }
      return map;
    })();
    return this.entries;
  }

  async listFiles(): Promise<readonly string[]> {
    const map = await this.load();
    const files: string[] = [];
    for (const [path, entry] of map) {
      if (entry.mode !== '120000') files.push(path);
      else if ((await this.resolve(path, map).catch(() => undefined)) !== undefined)
        files.push(path);
    }
    return files.sort();
  }

  /** Follows symlinks inside the tree; a link that leaves the repository is refused. */
  private async resolve(
    path: string,
    map: Map<string, TreeEntry>,
  ): Promise<{ path: string; entry: TreeEntry } | undefined> {
    let current = path;
    for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
      const entry = map.get(current);
      if (!entry) return undefined;
      if (entry.mode !== '120000') return { path: current, entry };
      const target = await runGit(this.root, ['cat-file', 'blob', entry.sha]);
      const next = resolveRepoPath(target, posix.dirname(current));
      if (!next.ok) throw new SourceError(`symlink "${path}" points outside the repository`, path);
      current = next.path;
    }
    throw new SourceError(`symlink "${path}" has too many levels of links`, path);
  }

  async readText(path: string): Promise<string | undefined> {
    const clean = checkRepoPath(path);
    const found = await this.resolve(clean, await this.load());
    if (!found) return undefined;
    return await runGit(this.root, ['cat-file', 'blob', found.entry.sha]);
  }

  async resolvePath(path: string): Promise<string | undefined> {
    return (await this.resolve(checkRepoPath(path), await this.load()))?.path;
  }
}

class WorkingTree implements SourceTree {
  readonly commit = undefined;
  readonly label = 'working tree';
  private realRoot: Promise<string> | undefined;
  private visible: Promise<Set<string>> | undefined;

  constructor(
    readonly root: string,
    private readonly isGit: boolean,
  ) {}

  /** What a commit could hold: tracked files and untracked ones git does not ignore. */
  private gitFiles(): Promise<Set<string>> {
    this.visible ??= runGit(this.root, [
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard',
    ]).then((out) => new Set(out.split('\0').filter(Boolean)));
    return this.visible;
  }

  async listFiles(): Promise<readonly string[]> {
    if (this.isGit) {
      const files: string[] = [];
      for (const p of await this.gitFiles()) {
        // Deleted-but-tracked files and links leaving the repository are not there to read.
        if ((await this.safeStat(p)) === 'file') files.push(p);
      }
      return files.sort();
    }
    return (await this.walk('')).sort();
  }

  private async walk(dir: string): Promise<string[]> {
    const out: string[] = [];
    for (const entry of await readdir(join(this.root, dir), { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) out.push(...(await this.walk(rel)));
      else if ((await this.safeStat(rel)) === 'file') out.push(rel);
    }
    return out;
  }

  private async safeStat(rel: string): Promise<'file' | undefined> {
    try {
      const found = await this.reach(rel);
      return found && (await lstat(found.real)).isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The file `rel` reaches (links followed): its real path and its repository-relative path.
   * Refuses anything that resolves outside; undefined when git ignores what it reaches.
   * Throws the filesystem's error when nothing is there.
   */
  private async reach(rel: string): Promise<{ real: string; path: string } | undefined> {
    this.realRoot ??= realpath(this.root);
    const root = await this.realRoot;
    const real = await realpath(join(this.root, rel));
    const inside = repoRelativePath(root, real);
    if (!inside.ok) throw new SourceError(`"${rel}" points outside the repository`, rel);
    if (this.isGit && !(await this.gitFiles()).has(inside.path)) return undefined;
    return { real, path: inside.path };
  }

  async readText(path: string): Promise<string | undefined> {
    const clean = checkRepoPath(path);
    let found: { real: string } | undefined;
    try {
      found = await this.reach(clean);
    } catch (e) {
      if (e instanceof SourceError) throw e;
      return undefined; // does not exist
    }
    if (!found) return undefined; // ignored by git
    try {
      return await readFile(found.real, 'utf8');
    } catch {
      return undefined; // a folder, or unreadable
    }
  }

  async resolvePath(path: string): Promise<string | undefined> {
    const clean = checkRepoPath(path);
    try {
      return (await this.reach(clean))?.path;
    } catch (e) {
      if (e instanceof SourceError) throw e;
      return undefined;
    }
  }
}

/** The tree of `ref` (commit, branch, tag), or the working tree when `ref` is undefined. */
export async function openTree(root: string, ref: string | undefined): Promise<SourceTree> {
  if (ref === undefined)
    return new WorkingTree(root, (await findRepositoryRoot(root)) !== undefined);
  return new CommitTree(root, await resolveCommit(root, ref), ref);
}

export function gitHistory(root: string): RepoHistory {
  return {
    async log(ref, paths, max): Promise<readonly CommitInfo[]> {
      const commit = await resolveCommit(root, ref);
      const out = await runGit(root, [
        'log',
        '-z',
        `--max-count=${Math.max(1, Math.floor(max))}`,
        '--format=%H%x1f%ct%x1f%s',
        commit,
        '--',
        ...paths.map(checkRepoPath).map((p) => p || '.'),
      ]);
      return out
        .split('\0')
        .filter(Boolean)
        .map((rec) => {
          const [sha, ct, subject] = rec.replace(/^\n/, '').split('\x1f');
          return { sha: sha!, time: new Date(Number(ct) * 1000), subject: subject ?? '' };
        });
    },
    treeAt: (commit) => openTree(root, commit),
  };
}

/** Repository-relative paths that differ between two trees (head undefined: working tree). */
export async function changedFiles(
  root: string,
  base: string,
  head: string | undefined,
): Promise<string[]> {
  const baseCommit = await resolveCommit(root, base);
  const args =
    head === undefined
      ? ['diff', '--name-only', '-z', baseCommit]
      : ['diff', '--name-only', '-z', baseCommit, await resolveCommit(root, head)];
  const files = new Set((await runGit(root, args)).split('\0').filter(Boolean));
  if (head === undefined) {
    const untracked = await runGit(root, ['ls-files', '-z', '--others', '--exclude-standard']);
    for (const p of untracked.split('\0')) if (p) files.add(p);
  }
  return [...files].sort();
}
