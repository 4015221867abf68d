/** Reading the repository at one ref (a commit, branch, tag) or the working tree. */

export class SourceError extends Error {
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

export interface SourceTree {
  /** Absolute path of the repository's top folder. */
  readonly root: string;
  /** The resolved commit SHA, or undefined for the working tree. */
  readonly commit: string | undefined;
  /** How to name this side in messages: `main (1a2b3c4)` or `working tree`. */
  readonly label: string;
  /** Repository-relative POSIX paths of regular files (symlinks inside the repo included). */
  listFiles(): Promise<readonly string[]>;
  /**
   * The file as UTF-8 text, or undefined when it does not exist. A path that leaves the
   * repository (`..`, absolute, or a symlink pointing outside) is refused with a SourceError.
   * In a git working tree, a file git ignores (or a link to one) does not exist: a review reads
   * what a commit could hold, never a local secret beside it.
   */
  readText(path: string): Promise<string | undefined>;
  /**
   * The repository-relative path of the file `path` reaches once symlinks are followed (`path`
   * itself when it is no link), or undefined when nothing readable is there. A guard that is
   * about which file is read (a credentials file) asks this, not the name it was given. Trees
   * without links may leave it out: then every path reaches itself.
   */
  resolvePath?(path: string): Promise<string | undefined>;
  /**
   * Symbolic links `listFiles` leaves out because they were refused (they point outside the
   * repository, or through too many links), each with why: a zone file turned into such a link
   * must be said, not read as a removal. Trees without links may leave it out.
   */
  refusedLinks?(): Promise<readonly RefusedLink[]>;
  /**
   * The other side of a review, when this tree is its first side and reads ahead of it
   * (tree-views.ts, `readingAhead`): a format may start work ahead for it too (DNSControl starts
   * its evaluation). Not carried by other views of the tree.
   */
  readonly readsAheadOf?: SourceTree;
}

/** A symbolic link the tree does not follow, and why (a message naming the link). */
export interface RefusedLink {
  readonly path: string;
  readonly message: string;
}

export interface CommitInfo {
  readonly sha: string;
  /** Committer time. */
  readonly time: Date;
  readonly subject: string;
}

export interface RepoHistory {
  /** Commits reachable from `ref` that touch any of `paths`, newest first, at most `max`. */
  log(ref: string, paths: readonly string[], max: number): Promise<readonly CommitInfo[]>;
  /** The tree at a commit. */
  treeAt(commit: string): Promise<SourceTree>;
}
