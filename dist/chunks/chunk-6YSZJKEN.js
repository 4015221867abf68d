import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  SourceError
} from "./chunk-BW47LDJB.js";
import {
  repoRelativePath,
  resolveRepoPath
} from "./chunk-UFWOLI4P.js";

// src/sources/git.ts
import { lstat, readdir, readFile, readlink, realpath } from "node:fs/promises";
import { join, posix } from "node:path";

// src/sources/cat-file.ts
import { spawn } from "node:child_process";

// src/sources/run-git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
var GIT_ENV = { GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
async function runGit(dir, args) {
  try {
    const { stdout } = await run("git", ["-C", dir, ...args], {
      maxBuffer: MAX_OUTPUT_BYTES,
      encoding: "utf8",
      env: { ...process.env, ...GIT_ENV }
    });
    return stdout;
  } catch (e) {
    const err = e;
    const detail = String(err.stderr ?? err.message).trim().split("\n")[0];
    throw new SourceError(`git ${args[0]} failed: ${detail}`);
  }
}

// src/sources/cat-file.ts
var DEFAULT_IDLE_MS = 2e3;
function openCatFile(root, options = {}) {
  return new BatchReader(root, options.idleMs ?? DEFAULT_IDLE_MS);
}
var BatchReader = class {
  constructor(root, idleMs) {
    this.root = root;
    this.idleMs = idleMs;
  }
  root;
  idleMs;
  child;
  queue = [];
  idle;
  // The answer being read: chunks of stdout not yet consumed.
  chunks = [];
  buffered = 0;
  header;
  stderr = "";
  read(name) {
    if (name.length === 0 || /[\n\r\0]/.test(name))
      return Promise.reject(new SourceError(`invalid git object name "${JSON.stringify(name)}"`));
    return new Promise((resolve, reject) => {
      const child = this.start();
      this.queue.push({ name, resolve, reject });
      if (this.idle) clearTimeout(this.idle);
      this.idle = void 0;
      this.hold(true);
      child.stdin.write(`${name}
`);
    });
  }
  close() {
    const child = this.child;
    if (!child) return;
    this.child = void 0;
    if (this.idle) clearTimeout(this.idle);
    this.idle = void 0;
    this.fail(new SourceError("git cat-file was closed before it answered"));
    child.stdin.end();
    this.hold(false, child);
  }
  start() {
    if (this.child) return this.child;
    const child = spawn("git", ["-C", this.root, "cat-file", "--batch"], {
      env: { ...process.env, ...GIT_ENV },
      stdio: ["pipe", "pipe", "pipe"]
    });
    this.child = child;
    this.chunks = [];
    this.buffered = 0;
    this.header = void 0;
    this.stderr = "";
    child.stdout.on("data", (chunk) => {
      if (this.child !== child) return;
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      this.drain();
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text) => {
      if (this.stderr.length < 4096) this.stderr += text;
    });
    child.stdin.on("error", () => {
    });
    const died = (why) => {
      if (this.child !== child) return;
      this.child = void 0;
      const detail = this.stderr.trim().split("\n")[0] || why;
      this.fail(new SourceError(`git cat-file failed: ${detail}`));
    };
    child.on("error", (e) => died(e.message));
    child.on("close", (code) => died(`exited with code ${code}`));
    return child;
  }
  /** Answers every request whose whole answer has arrived. */
  drain() {
    for (; ; ) {
      if (!this.header) {
        const line = this.takeLine();
        if (line === void 0) return;
        const request2 = this.queue[0];
        const parts = line.split(" ");
        if (parts.length === 3 && /^\d+$/.test(parts[2])) {
          this.header = { sha: parts[0], type: parts[1], size: Number(parts[2]), filled: 0 };
        } else {
          this.queue.shift();
          request2?.resolve(void 0);
          if (this.queue.length === 0) this.rest();
          continue;
        }
      }
      const { sha, type, size } = this.header;
      if (size > MAX_OUTPUT_BYTES) {
        this.header.left ??= size + 1;
        this.header.left -= this.consume(this.header.left);
        if (this.header.left > 0) return;
        this.header = void 0;
        this.queue.shift()?.reject(new SourceError(`git object ${sha} is larger than ${MAX_OUTPUT_BYTES} bytes`));
        if (this.queue.length === 0) this.rest();
        continue;
      }
      this.header.body ??= Buffer.allocUnsafe(size);
      const body = this.header.body;
      this.header.filled += this.consume(size - this.header.filled, body, this.header.filled);
      if (this.header.filled < size || this.buffered < 1) return;
      this.consume(1);
      this.header = void 0;
      const request = this.queue.shift();
      if (!request) continue;
      request.resolve({ sha, type, data: body });
      if (this.queue.length === 0) this.rest();
    }
  }
  /** The next header line, consumed, or undefined while it is incomplete. */
  takeLine() {
    for (let i = 0, seen = 0; i < this.chunks.length; seen += this.chunks[i].length, i++) {
      const at = this.chunks[i].indexOf(10);
      if (at < 0) continue;
      const all = Buffer.concat(this.chunks.slice(0, i + 1));
      const end = seen + at;
      const line = all.subarray(0, end).toString("utf8");
      const rest = all.subarray(end + 1);
      this.chunks = [...rest.length > 0 ? [rest] : [], ...this.chunks.slice(i + 1)];
      this.buffered -= end + 1;
      return line;
    }
    return void 0;
  }
  /** Consumes up to `n` buffered bytes, copied into `into` at `at` when given; returns how many. */
  consume(n, into, at = 0) {
    let dropped = 0;
    while (dropped < n && this.chunks.length > 0) {
      const first = this.chunks[0];
      const take = Math.min(first.length, n - dropped);
      into?.set(take === first.length ? first : first.subarray(0, take), at + dropped);
      if (take === first.length) this.chunks.shift();
      else this.chunks[0] = first.subarray(take);
      dropped += take;
    }
    this.buffered -= dropped;
    return dropped;
  }
  /** Nothing pending: let Node exit, and end the process after a while. */
  rest() {
    this.hold(false);
    this.idle = setTimeout(() => this.close(), this.idleMs);
    this.idle.unref();
  }
  fail(error) {
    for (const request of this.queue.splice(0)) request.reject(error);
  }
  /** Keeps Node alive for the process only while an answer is awaited. */
  hold(on, child = this.child) {
    if (!child) return;
    const handles = [child, child.stdin, child.stdout, child.stderr];
    for (const handle of handles) {
      if (on) handle.ref();
      else handle.unref();
    }
  }
};

// src/sources/git.ts
var MAX_LINK_HOPS = 40;
var KEPT_TEXT_MAX_CHARS = 16 * 2 ** 20;
async function findRepositoryRoot(dir) {
  try {
    return (await runGit(dir, ["rev-parse", "--show-toplevel"])).trim();
  } catch {
    return void 0;
  }
}
async function isShallowRepository(root) {
  try {
    return (await runGit(root, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
  } catch {
    return void 0;
  }
}
function checkRef(ref) {
  if (ref.length === 0 || ref.startsWith("-") || new RegExp("\\p{Cc}", "u").test(ref))
    throw new SourceError(`invalid git ref "${JSON.stringify(ref).slice(1, -1)}"`);
}
function checkRepoPath(path) {
  const checked = resolveRepoPath(path);
  if (!checked.ok) throw new SourceError(checked.message, path);
  return checked.path;
}
var TREE_MODE = "40000";
var LINK_MODE = "120000";
var GITLINK_MODE = "160000";
function openRepository(root) {
  return new Repository(root);
}
var Repository = class {
  constructor(root) {
    this.root = root;
    this.objects = openCatFile(root);
  }
  root;
  objects;
  commits = /* @__PURE__ */ new Map();
  trees = /* @__PURE__ */ new Map();
  listings = /* @__PURE__ */ new Map();
  /** The commit each ref read so far named: what `git log` starts from, without a wait. */
  resolved = /* @__PURE__ */ new Map();
  close() {
    this.objects.close();
  }
  commit(ref) {
    let found = this.commits.get(ref);
    if (!found) {
      found = this.readCommit(ref);
      this.commits.set(ref, found);
    }
    return found;
  }
  async readCommit(ref) {
    checkRef(ref);
    const object = await this.objects.read(`${ref}^{commit}`);
    if (!object || object.type !== "commit")
      throw new SourceError(`unknown git ref "${ref}" in ${this.root}`);
    const tree = /^tree ([0-9a-f]+)$/m.exec(object.data.toString("latin1"))?.[1];
    if (!tree) throw new SourceError(`git commit ${object.sha} has no tree`);
    const commit = { sha: object.sha, tree };
    this.commits.set(object.sha, Promise.resolve(commit));
    this.resolved.set(ref, object.sha);
    return commit;
  }
  async resolveCommit(ref) {
    return (await this.commit(ref)).sha;
  }
  async openTree(ref) {
    if (ref === void 0) return new WorkingTree(this.root, true);
    const commit = await this.commit(ref);
    return new CommitTree(this, commit, ref);
  }
  /** A tree object's entries. */
  tree(sha) {
    let entries = this.trees.get(sha);
    if (!entries) {
      entries = this.objects.read(sha).then((object) => {
        if (!object || object.type !== "tree") throw new SourceError(`git tree ${sha} is missing`);
        return parseTree(object.data, sha.length / 2);
      });
      this.trees.set(sha, entries);
    }
    return entries;
  }
  /** Every file under a tree, by path (as `git ls-tree -r`: blobs and links, no submodules). */
  listing(sha) {
    let listing = this.listings.get(sha);
    if (!listing) {
      listing = (async () => {
        const map = /* @__PURE__ */ new Map();
        await this.collect(sha, "", map);
        return map;
      })();
      this.listings.set(sha, listing);
    }
    return listing;
  }
  /** Adds the files under tree `sha` to `into`; sub-trees are asked for all at once. */
  async collect(sha, prefix, into) {
    const subtrees = [];
    for (const e of await this.tree(sha)) {
      if (e.mode === TREE_MODE) subtrees.push(this.collect(e.sha, `${prefix}${e.name}/`, into));
      else if (e.mode !== GITLINK_MODE) into.set(`${prefix}${e.name}`, e);
    }
    await Promise.all(subtrees);
  }
  /** A blob's bytes as UTF-8 text. */
  async blob(sha) {
    const object = await this.objects.read(sha);
    if (!object || object.type !== "blob") throw new SourceError(`git blob ${sha} is missing`);
    return object.data.toString("utf8");
  }
  async changedFiles(base, head) {
    const before = await this.commit(base);
    if (head === void 0) {
      const [tracked, untracked] = await Promise.all([
        runGit(this.root, ["diff", "--name-only", "-z", before.sha]),
        runGit(this.root, ["ls-files", "-z", "--others", "--exclude-standard"])
      ]);
      const files = new Set(tracked.split("\0").filter(Boolean));
      for (const p of untracked.split("\0")) if (p) files.add(p);
      return [...files].sort();
    }
    const after = await this.commit(head);
    const out = [];
    await this.compare(before.tree, after.tree, "", out);
    return out.sort();
  }
  /**
   * The paths whose entry differs between two trees, reading only the sub-trees that differ.
   * A renamed file is both its old and its new path (as `git diff --no-renames` lists it).
   */
  async compare(a, b, prefix, out) {
    const [left, right] = await Promise.all([a ? this.tree(a) : [], b ? this.tree(b) : []]);
    const byName = /* @__PURE__ */ new Map();
    for (const e of left) byName.set(e.name, [e, void 0]);
    for (const e of right) byName.set(e.name, [byName.get(e.name)?.[0], e]);
    const deeper = [];
    for (const [name, [x, y]] of byName) {
      if (x && y && x.sha === y.sha && x.mode === y.mode) continue;
      const path = `${prefix}${name}`;
      const xTree = x?.mode === TREE_MODE ? x.sha : void 0;
      const yTree = y?.mode === TREE_MODE ? y.sha : void 0;
      if (x && !xTree || y && !yTree) out.push(path);
      if (xTree || yTree) deeper.push(this.compare(xTree, yTree, `${path}/`, out));
    }
    await Promise.all(deeper);
  }
  history() {
    return {
      log: async (ref, paths, max) => {
        checkRef(ref);
        const out = await runGit(this.root, [
          "log",
          "-z",
          `--max-count=${Math.max(1, Math.floor(max))}`,
          "--format=%H%x1f%ct%x1f%s",
          "--end-of-options",
          this.resolved.get(ref) ?? ref,
          "--",
          ...paths.map(checkRepoPath).map((p) => p || ".")
        ]);
        return out.split("\0").filter(Boolean).map((rec) => {
          const [sha, ct, subject] = rec.replace(/^\n/, "").split("");
          return { sha, time: new Date(Number(ct) * 1e3), subject: subject ?? "" };
        });
      },
      treeAt: (commit) => this.openTree(commit)
    };
  }
};
function parseTree(data, idBytes) {
  const entries = [];
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    const nul = data.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > data.length)
      throw new SourceError("git returned a malformed tree object");
    entries.push({
      mode: data.toString("latin1", at, space),
      name: data.toString("utf8", space + 1, nul),
      sha: data.toString("hex", nul + 1, nul + 1 + idBytes)
    });
    at = nul + 1 + idBytes;
  }
  return entries;
}
function outsideMessage(path) {
  return `symlink "${path}" points outside the repository`;
}
var CommitTree = class {
  constructor(repository, at, ref) {
    this.repository = repository;
    this.at = at;
    this.root = repository.root;
    this.commit = at.sha;
    this.label = ref === at.sha ? at.sha.slice(0, 7) : `${ref} (${at.sha.slice(0, 7)})`;
  }
  repository;
  at;
  label;
  commit;
  root;
  /**
   * The texts read, by blob, for as long as the tree is read: the formats read a file and a
   * rule reads it again (secret-in-repo scans the changed files), and git inflating a large
   * zone file twice cost the review as much as a rule (issue 15). Not a text over
   * KEPT_TEXT_MAX_CHARS: a format that reads such a file a piece at a time lets it go.
   */
  texts = /* @__PURE__ */ new Map();
  load() {
    return this.repository.listing(this.at.tree);
  }
  async listFiles() {
    return (await this.listing()).files;
  }
  async refusedLinks() {
    return (await this.listing()).refused;
  }
  async listing() {
    const map = await this.load();
    const files = [];
    const refused = [];
    for (const [path, entry] of map) {
      if (entry.mode !== LINK_MODE) files.push(path);
      else {
        try {
          if (await this.resolve(path, map) !== void 0) files.push(path);
        } catch (e) {
          if (!(e instanceof SourceError)) throw e;
          refused.push({ path, message: e.message });
        }
      }
    }
    return { files: files.sort(), refused: refused.sort((a, b) => a.path < b.path ? -1 : 1) };
  }
  /** Follows symlinks inside the tree; a link that leaves the repository is refused. */
  async resolve(path, map) {
    let current = path;
    for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
      const entry = map.get(current);
      if (!entry) return void 0;
      if (entry.mode !== LINK_MODE) return { path: current, entry };
      const target = await this.repository.blob(entry.sha);
      const next = resolveRepoPath(target, posix.dirname(current));
      if (!next.ok) throw new SourceError(outsideMessage(path), path);
      current = next.path;
    }
    throw new SourceError(`symlink "${path}" has too many levels of links`, path);
  }
  async readText(path) {
    const clean = checkRepoPath(path);
    const found = await this.resolve(clean, await this.load());
    if (!found) return void 0;
    const sha = found.entry.sha;
    const kept = this.texts.get(sha);
    if (kept) return await kept;
    const text = this.repository.blob(sha);
    this.texts.set(sha, text);
    const read = await text.catch((e) => {
      this.texts.delete(sha);
      throw e;
    });
    if (read.length > KEPT_TEXT_MAX_CHARS) this.texts.delete(sha);
    return read;
  }
  async resolvePath(path) {
    return (await this.resolve(checkRepoPath(path), await this.load()))?.path;
  }
};
var WorkingTree = class {
  constructor(root, isGit) {
    this.root = root;
    this.isGit = isGit;
  }
  root;
  isGit;
  commit = void 0;
  label = "working tree";
  realRoot;
  visible;
  /** What a commit could hold: tracked files and untracked ones git does not ignore. */
  gitFiles() {
    this.visible ??= runGit(this.root, [
      "ls-files",
      "-z",
      "--cached",
      "--others",
      "--exclude-standard"
    ]).then((out) => new Set(out.split("\0").filter(Boolean)));
    return this.visible;
  }
  async listFiles() {
    return (await this.listing()).files;
  }
  async refusedLinks() {
    return (await this.listing()).refused;
  }
  async listing() {
    const files = [];
    const refused = [];
    const visit = async (p) => {
      const found = await this.safeStat(p);
      if (found === "file") files.push(p);
      else if (found !== void 0) refused.push(found);
    };
    if (this.isGit) {
      for (const p of await this.gitFiles()) await visit(p);
    } else await this.walk("", visit);
    return { files: files.sort(), refused: refused.sort((a, b) => a.path < b.path ? -1 : 1) };
  }
  async walk(dir, visit) {
    for (const entry of await readdir(join(this.root, dir), { withFileTypes: true })) {
      if (entry.name === ".git" || entry.name === "node_modules") continue;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await this.walk(rel, visit);
      else await visit(rel);
    }
  }
  /** A file, a link refused (and why), or undefined: not there, ignored, or not a file. */
  async safeStat(rel) {
    try {
      const found = await this.reach(rel);
      return found && (await lstat(found.real)).isFile() ? "file" : void 0;
    } catch (e) {
      if (e instanceof SourceError) return { path: rel, message: outsideMessage(rel) };
      return await this.danglingOutside(rel);
    }
  }
  /**
   * A link to nothing is not there, unless what it names is outside the repository (a link
   * to `/etc/…` that this machine lacks is still a link out, refused as such).
   */
  async danglingOutside(rel) {
    try {
      if (!(await lstat(join(this.root, rel))).isSymbolicLink()) return void 0;
      const target = await readlink(join(this.root, rel));
      return resolveRepoPath(target, posix.dirname(rel)).ok ? void 0 : { path: rel, message: outsideMessage(rel) };
    } catch {
      return void 0;
    }
  }
  /**
   * The file `rel` reaches (links followed): its real path and its repository-relative path.
   * Refuses anything that resolves outside; undefined when git ignores what it reaches.
   * Throws the filesystem's error when nothing is there.
   */
  async reach(rel) {
    this.realRoot ??= realpath(this.root);
    const root = await this.realRoot;
    const real = await realpath(join(this.root, rel));
    const inside = repoRelativePath(root, real);
    if (!inside.ok) throw new SourceError(outsideMessage(rel), rel);
    if (this.isGit && !(await this.gitFiles()).has(inside.path)) return void 0;
    return { real, path: inside.path };
  }
  async readText(path) {
    const clean = checkRepoPath(path);
    let found;
    try {
      found = await this.reach(clean);
    } catch (e) {
      if (e instanceof SourceError) throw e;
      return void 0;
    }
    if (!found) return void 0;
    try {
      return await readFile(found.real, "utf8");
    } catch {
      return void 0;
    }
  }
  async resolvePath(path) {
    const clean = checkRepoPath(path);
    try {
      return (await this.reach(clean))?.path;
    } catch (e) {
      if (e instanceof SourceError) throw e;
      return void 0;
    }
  }
};
async function openTree(root, ref) {
  if (ref === void 0)
    return new WorkingTree(root, await findRepositoryRoot(root) !== void 0);
  return openRepository(root).openTree(ref);
}

export {
  runGit,
  KEPT_TEXT_MAX_CHARS,
  findRepositoryRoot,
  isShallowRepository,
  checkRepoPath,
  openRepository,
  openTree
};
