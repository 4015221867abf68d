/**
 * The repository through real git: trees at a commit, the working tree, history of paths.
 * Git runs through runGit (an argument array, never a shell) or, for objects, through one
 * `git cat-file --batch` process per job (cat-file.ts); refs are also checked not to start with
 * `-`, and every path goes through the repository-path guard.
 */
import { lstat, readdir, readFile, readlink, realpath } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { type CatFile, openCatFile } from './cat-file.js';
import { repoRelativePath, resolveRepoPath } from './repo-path.js';
import { runGit } from './run-git.js';
import { type RefusedLink, type RepoHistory, SourceError, type SourceTree } from './types.js';

const MAX_LINK_HOPS = 40;

/**
 * The longest text a commit tree keeps once read (16 Mi characters, a zone file of about
 * 300,000 records). Longer ones are read again when asked again: a format reads such a file a
 * piece at a time so as not to hold it (octoDNS: a million records are 79 MB), and the tree
 * must not hold it for the rest of the review either.
 */
export const KEPT_TEXT_MAX_CHARS = 16 * 2 ** 20;

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
  checkRef(ref);
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
 * True in a clone made with `--depth`: its oldest commits have parents git does not hold.
 * Undefined when git cannot tell (the folder is no repository).
 */
export async function isShallowRepository(root: string): Promise<boolean | undefined> {
  try {
    return (await runGit(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  } catch {
    return undefined;
  }
}

/** Refs come from users: never an option, never a second line of input. */
function checkRef(ref: string): void {
  if (ref.length === 0 || ref.startsWith('-') || /\p{Cc}/u.test(ref))
    throw new SourceError(`invalid git ref "${JSON.stringify(ref).slice(1, -1)}"`);
}

/**
 * resolveRepoPath for SourceTree's throwing contract: a refused path is a SourceError naming it.
 * Returns the normalised POSIX path ('' for the root).
 */
export function checkRepoPath(path: string): string {
  const checked = resolveRepoPath(path);
  if (!checked.ok) throw new SourceError(checked.message, path);
  return checked.path;
}

interface TreeEntry {
  readonly mode: string;
  readonly sha: string;
}

/** One entry of a git tree object, as git stores it. */
interface RawEntry extends TreeEntry {
  readonly name: string;
}

const TREE_MODE = '40000';
const LINK_MODE = '120000';
const GITLINK_MODE = '160000'; // a submodule: a commit, not a file

/** The commit a ref names: its SHA and its root tree. */
interface Commit {
  readonly sha: string;
  readonly tree: string;
}

/**
 * One repository read through one `git cat-file --batch` process, for the length of one job
 * (a review): each ref is resolved once, each tree object is read and parsed once (trees
 * unchanged between two commits are the same objects, so the second side and every commit of
 * the history reuse them), and every blob comes through the same pipe.
 * Refs are looked up when asked: a branch that moves between two jobs is seen moving.
 */
export interface GitRepository {
  readonly root: string;
  /** The commit SHA a ref names; a SourceError naming the ref when there is none. */
  resolveCommit(ref: string): Promise<string>;
  /** The tree of `ref` (commit, branch, tag), or the working tree when `ref` is undefined. */
  openTree(ref: string | undefined): Promise<SourceTree>;
  /** Paths that differ between two refs (head undefined: the working tree), sorted. */
  changedFiles(base: string, head: string | undefined): Promise<string[]>;
  history(): RepoHistory;
  /** Ends the git process now (it also ends by itself once idle). */
  close(): void;
}

/** `root` must be the top folder of a git repository (findRepositoryRoot). */
export function openRepository(root: string): GitRepository {
  return new Repository(root);
}

class Repository implements GitRepository {
  private readonly objects: CatFile;
  private readonly commits = new Map<string, Promise<Commit>>();
  private readonly trees = new Map<string, Promise<readonly RawEntry[]>>();
  private readonly listings = new Map<string, Promise<Map<string, TreeEntry>>>();
  /** The commit each ref read so far named: what `git log` starts from, without a wait. */
  private readonly resolved = new Map<string, string>();

  constructor(readonly root: string) {
    this.objects = openCatFile(root);
  }

  close(): void {
    this.objects.close();
  }

  private commit(ref: string): Promise<Commit> {
    let found = this.commits.get(ref);
    if (!found) {
      found = this.readCommit(ref);
      this.commits.set(ref, found);
    }
    return found;
  }

  private async readCommit(ref: string): Promise<Commit> {
    checkRef(ref);
    const object = await this.objects.read(`${ref}^{commit}`);
    if (!object || object.type !== 'commit')
      throw new SourceError(`unknown git ref "${ref}" in ${this.root}`);
    const tree = /^tree ([0-9a-f]+)$/m.exec(object.data.toString('latin1'))?.[1];
    if (!tree) throw new SourceError(`git commit ${object.sha} has no tree`);
    const commit = { sha: object.sha, tree };
    this.commits.set(object.sha, Promise.resolve(commit));
    this.resolved.set(ref, object.sha);
    return commit;
  }

  async resolveCommit(ref: string): Promise<string> {
    return (await this.commit(ref)).sha;
  }

  async openTree(ref: string | undefined): Promise<SourceTree> {
    if (ref === undefined) return new WorkingTree(this.root, true);
    const commit = await this.commit(ref);
    return new CommitTree(this, commit, ref);
  }

  /** A tree object's entries. */
  tree(sha: string): Promise<readonly RawEntry[]> {
    let entries = this.trees.get(sha);
    if (!entries) {
      entries = this.objects.read(sha).then((object) => {
        if (!object || object.type !== 'tree') throw new SourceError(`git tree ${sha} is missing`);
        return parseTree(object.data, sha.length / 2);
      });
      this.trees.set(sha, entries);
    }
    return entries;
  }

  /** Every file under a tree, by path (as `git ls-tree -r`: blobs and links, no submodules). */
  listing(sha: string): Promise<Map<string, TreeEntry>> {
    let listing = this.listings.get(sha);
    if (!listing) {
      listing = (async () => {
        const map = new Map<string, TreeEntry>();
        await this.collect(sha, '', map);
        return map;
      })();
      this.listings.set(sha, listing);
    }
    return listing;
  }

  /** Adds the files under tree `sha` to `into`; sub-trees are asked for all at once. */
  private async collect(sha: string, prefix: string, into: Map<string, TreeEntry>): Promise<void> {
    const subtrees: Promise<void>[] = [];
    for (const e of await this.tree(sha)) {
      if (e.mode === TREE_MODE) subtrees.push(this.collect(e.sha, `${prefix}${e.name}/`, into));
      else if (e.mode !== GITLINK_MODE) into.set(`${prefix}${e.name}`, e);
    }
    await Promise.all(subtrees);
  }

  /** A blob's bytes as UTF-8 text. */
  async blob(sha: string): Promise<string> {
    const object = await this.objects.read(sha);
    if (!object || object.type !== 'blob') throw new SourceError(`git blob ${sha} is missing`);
    return object.data.toString('utf8');
  }

  async changedFiles(base: string, head: string | undefined): Promise<string[]> {
    const before = await this.commit(base);
    if (head === undefined) {
      const [tracked, untracked] = await Promise.all([
        runGit(this.root, ['diff', '--name-only', '-z', before.sha]),
        runGit(this.root, ['ls-files', '-z', '--others', '--exclude-standard']),
      ]);
      const files = new Set(tracked.split('\0').filter(Boolean));
      for (const p of untracked.split('\0')) if (p) files.add(p);
      return [...files].sort();
    }
    const after = await this.commit(head);
    const out: string[] = [];
    await this.compare(before.tree, after.tree, '', out);
    return out.sort();
  }

  /**
   * The paths whose entry differs between two trees, reading only the sub-trees that differ.
   * A renamed file is both its old and its new path (as `git diff --no-renames` lists it).
   */
  private async compare(
    a: string | undefined,
    b: string | undefined,
    prefix: string,
    out: string[],
  ): Promise<void> {
    const [left, right] = await Promise.all([a ? this.tree(a) : [], b ? this.tree(b) : []]);
    const byName = new Map<string, [RawEntry | undefined, RawEntry | undefined]>();
    for (const e of left) byName.set(e.name, [e, undefined]);
    for (const e of right) byName.set(e.name, [byName.get(e.name)?.[0], e]);
    const deeper: Promise<void>[] = [];
    for (const [name, [x, y]] of byName) {
      if (x && y && x.sha === y.sha && x.mode === y.mode) continue;
      const path = `${prefix}${name}`;
      const xTree = x?.mode === TREE_MODE ? x.sha : undefined;
      const yTree = y?.mode === TREE_MODE ? y.sha : undefined;
      // A file on one side that is not the same kind of thing on the other side is a change.
      if ((x && !xTree) || (y && !yTree)) out.push(path);
      if (xTree || yTree) deeper.push(this.compare(xTree, yTree, `${path}/`, out));
    }
    await Promise.all(deeper);
  }

  history(): RepoHistory {
    return {
      log: async (ref, paths, max) => {
        // Started before anything is awaited: the TTL rule asks while the other rules judge,
        // and git walks the history meanwhile (issue 15). The commit the review read, if it
        // read that ref; else the ref, which git resolves as it would.
        checkRef(ref);
        const out = await runGit(this.root, [
          'log',
          '-z',
          `--max-count=${Math.max(1, Math.floor(max))}`,
          '--format=%H%x1f%ct%x1f%s',
          '--end-of-options',
          this.resolved.get(ref) ?? ref,
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
      treeAt: (commit) => this.openTree(commit),
    };
  }
}

/** A tree object's entries: `MODE NAME\0` and the raw object id, one after another. */
function parseTree(data: Buffer, idBytes: number): RawEntry[] {
  const entries: RawEntry[] = [];
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const nul = data.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > data.length)
      throw new SourceError('git returned a malformed tree object');
    entries.push({
      mode: data.toString('latin1', at, space),
      name: data.toString('utf8', space + 1, nul),
      sha: data.toString('hex', nul + 1, nul + 1 + idBytes),
    });
    at = nul + 1 + idBytes;
  }
  return entries;
}

function outsideMessage(path: string): string {
  return `symlink "${path}" points outside the repository`;
}

class CommitTree implements SourceTree {
  readonly label: string;
  readonly commit: string;
  readonly root: string;
  /**
   * The texts read, by blob, for as long as the tree is read: the formats read a file and a
   * rule reads it again (secret-in-repo scans the changed files), and git inflating a large
   * zone file twice cost the review as much as a rule (issue 15). Not a text over
   * KEPT_TEXT_MAX_CHARS: a format that reads such a file a piece at a time lets it go.
   */
  private readonly texts = new Map<string, Promise<string>>();

  constructor(
    private readonly repository: Repository,
    private readonly at: Commit,
    ref: string,
  ) {
    this.root = repository.root;
    this.commit = at.sha;
    this.label = ref === at.sha ? at.sha.slice(0, 7) : `${ref} (${at.sha.slice(0, 7)})`;
  }

  private load(): Promise<Map<string, TreeEntry>> {
    return this.repository.listing(this.at.tree);
  }

  async listFiles(): Promise<readonly string[]> {
    return (await this.listing()).files;
  }

  async refusedLinks(): Promise<readonly RefusedLink[]> {
    return (await this.listing()).refused;
  }

  private async listing(): Promise<{ files: string[]; refused: RefusedLink[] }> {
    const map = await this.load();
    const files: string[] = [];
    const refused: RefusedLink[] = [];
    for (const [path, entry] of map) {
      if (entry.mode !== LINK_MODE) files.push(path);
      else {
        try {
          if ((await this.resolve(path, map)) !== undefined) files.push(path);
        } catch (e) {
          if (!(e instanceof SourceError)) throw e;
          refused.push({ path, message: e.message });
        }
      }
    }
    return { files: files.sort(), refused: refused.sort((a, b) => (a.path < b.path ? -1 : 1)) };
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
      if (entry.mode !== LINK_MODE) return { path: current, entry };
      const target = await this.repository.blob(entry.sha);
      const next = resolveRepoPath(target, posix.dirname(current));
      if (!next.ok) throw new SourceError(outsideMessage(path), path);
      current = next.path;
    }
    throw new SourceError(`symlink "${path}" has too many levels of links`, path);
  }

  async readText(path: string): Promise<string | undefined> {
    const clean = checkRepoPath(path);
    const found = await this.resolve(clean, await this.load());
    if (!found) return undefined;
    const sha = found.entry.sha;
    const kept = this.texts.get(sha);
    if (kept) return await kept;
    const text = this.repository.blob(sha);
    this.texts.set(sha, text);
    const read = await text.catch((e: unknown) => {
      this.texts.delete(sha);
      throw e;
    });
    if (read.length > KEPT_TEXT_MAX_CHARS) this.texts.delete(sha);
    return read;
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
    return (await this.listing()).files;
  }

  async refusedLinks(): Promise<readonly RefusedLink[]> {
    return (await this.listing()).refused;
  }

  private async listing(): Promise<{ files: string[]; refused: RefusedLink[] }> {
    const files: string[] = [];
    const refused: RefusedLink[] = [];
    const visit = async (p: string) => {
      const found = await this.safeStat(p);
      if (found === 'file') files.push(p);
      else if (found !== undefined) refused.push(found);
    };
    if (this.isGit) {
      // Deleted-but-tracked files and links leaving the repository are not there to read.
      for (const p of await this.gitFiles()) await visit(p);
    } else await this.walk('', visit);
    return { files: files.sort(), refused: refused.sort((a, b) => (a.path < b.path ? -1 : 1)) };
  }

  private async walk(dir: string, visit: (rel: string) => Promise<void>): Promise<void> {
    for (const entry of await readdir(join(this.root, dir), { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await this.walk(rel, visit);
      else await visit(rel);
    }
  }

  /** A file, a link refused (and why), or undefined: not there, ignored, or not a file. */
  private async safeStat(rel: string): Promise<'file' | RefusedLink | undefined> {
    try {
      const found = await this.reach(rel);
      return found && (await lstat(found.real)).isFile() ? 'file' : undefined;
    } catch (e) {
      // Only a link (or a link among its folders) can lead outside: named as a commit names it.
      if (e instanceof SourceError) return { path: rel, message: outsideMessage(rel) };
      return await this.danglingOutside(rel);
    }
  }

  /**
   * A link to nothing is not there, unless what it names is outside the repository (a link
   * to `/etc/…` that this machine lacks is still a link out, refused as such).
   */
  private async danglingOutside(rel: string): Promise<RefusedLink | undefined> {
    try {
      if (!(await lstat(join(this.root, rel))).isSymbolicLink()) return undefined;
      const target = await readlink(join(this.root, rel));
      return resolveRepoPath(target, posix.dirname(rel)).ok
        ? undefined
        : { path: rel, message: outsideMessage(rel) };
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
    if (!inside.ok) throw new SourceError(outsideMessage(rel), rel);
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

/**
 * The tree of `ref` (commit, branch, tag), or the working tree when `ref` is undefined. For one
 * tree on its own; a job that reads several refs opens one GitRepository and asks it.
 */
export async function openTree(root: string, ref: string | undefined): Promise<SourceTree> {
  if (ref === undefined)
    return new WorkingTree(root, (await findRepositoryRoot(root)) !== undefined);
  return openRepository(root).openTree(ref);
}

export function gitHistory(root: string): RepoHistory {
  return openRepository(root).history();
}

/** Repository-relative paths that differ between two trees (head undefined: working tree). */
export function changedFiles(
  root: string,
  base: string,
  head: string | undefined,
): Promise<string[]> {
  return openRepository(root).changedFiles(base, head);
}
