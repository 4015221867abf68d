/**
 * The host side of the language's few I/O functions (`require`, `glob`, `HASH`, `console.log`),
 * independent of the JavaScript engine: the sandbox and the bench's Node `vm` runner both use it.
 * Every path goes through the repository-path guard (sources/repo-path.ts refuses absolute
 * paths, `~`, `..` above the root, NUL and control characters), and files are only ever served
 * from the preloaded copy of the SourceTree (whose `readText` refuses symlinks that leave the
 * repository, and in a working tree files git ignores). The credentials guard looks at the file
 * a path reaches, not only the name the config asked for.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import JSON5 from 'json5';
import { resolveRepoPath } from '../../sources/repo-path.js';

export class BridgeError extends Error {
  override name = 'Error';
}

export interface BridgeFiles {
  /** Repository-relative path → text, for every file `require` may load. */
  readonly texts: ReadonlyMap<string, string>;
  /** Every repository-relative path (for `glob`). */
  readonly listing: readonly string[];
  /** Path → the file it reaches, for the symlinks among them (see SourceTree.resolvePath). */
  readonly targets?: ReadonlyMap<string, string>;
}

export type LoadResult =
  | { kind: 'js'; path: string; code: string }
  | { kind: 'json'; text: string };

export interface HostBridge {
  /** Resolves and reads a `require` target (relative to the file currently running). */
  load(spec: string): LoadResult;
  glob(dir: string, recursive: boolean, ext: string): string;
  hash(alg: string, value: string): string;
  log(text: string): void;
  /** Run `fn` with `path` as the current file (for `./` resolution of nested requires). */
  within<T>(path: string, fn: () => T): T;
  /** The file being evaluated: the innermost `within`, else the main config file. */
  currentFile(): string;
  readonly logLines: string[];
  readonly filesRead: Set<string>;
}

const MAX_REQUIRE_DEPTH = 64;
const CREDENTIAL_FILE = /^creds\.json5?$/i;

/** creds.json may hold literal secrets: the config never reads it, by any name. */
export function holdsCredentials(path: string): boolean {
  return CREDENTIAL_FILE.test(posix.basename(path));
}
const MAX_LOG_BYTES = 1 << 20;
const HASHES: Record<string, string> = { sha1: 'sha1', sha256: 'sha256', sha512: 'sha512' };

/** A path written in the config, against a folder, through the repository-path guard. */
function repoPath(spec: string, fromDir: string): string {
  const checked = resolveRepoPath(spec, fromDir);
  if (!checked.ok) throw new BridgeError(checked.message);
  return checked.path;
}

export function createHostBridge(
  files: BridgeFiles,
  mainFile: string,
  baseDir: string,
): HostBridge {
  const stack: string[] = [mainFile];
  const logLines: string[] = [];
  const filesRead = new Set<string>([mainFile]);
  let logBytes = 0;
  const currentDir = () => posix.dirname(stack[stack.length - 1]!).replace(/^\.$/, '');

  return {
    logLines,
    filesRead,
    load(spec) {
      // DNSControl: "./x" is relative to the requiring file, anything else to the working folder.
      const from = spec.startsWith('.') ? currentDir() : baseDir;
      const path = repoPath(spec, from);
      // creds.json may hold literal secrets: a pull request must not print them through the
      // config, under its own name or through a link to it.
      const reached = files.targets?.get(path) ?? path;
      if (holdsCredentials(path) || holdsCredentials(reached))
        throw new BridgeError(
          `require("${spec}"): ${reached === path ? path : `${path} leads to ${reached}, which`} holds credentials and cannot be read by the config`,
        );
      const text = files.texts.get(path);
      if (text === undefined) {
        const known = files.listing.includes(path);
        throw new BridgeError(
          known
            ? `require("${spec}"): ${path} cannot be loaded (only .js, .json and .json5 files inside the repository)`
            : `require("${spec}"): no file ${path || '.'} in the repository`,
        );
      }
      filesRead.add(path);
      if (/\.json5?$/i.test(path)) {
        try {
          return { kind: 'json', text: JSON.stringify(JSON5.parse(text)) };
        } catch (e) {
          const line = (e as { lineNumber?: number }).lineNumber;
          throw new BridgeError(
            `require("${spec}"): ${path}${line ? `:${line}` : ''}: ${(e as Error).message}`,
          );
        }
      }
      if (stack.length > MAX_REQUIRE_DEPTH)
        throw new BridgeError(
          `require("${spec}"): files require each other more than ${MAX_REQUIRE_DEPTH} deep`,
        );
      return { kind: 'js', path, code: text };
    },
    within(path, fn) {
      stack.push(path);
      try {
        return fn();
      } finally {
        stack.pop();
      }
    },
    currentFile: () => stack[stack.length - 1]!,
    glob(dir, recursive, ext) {
      const root = repoPath(dir, currentDir());
      const prefix = root === '' ? '' : `${root}/`;
      const want = ext === '*' ? '' : ext.startsWith('.') ? ext : `.${ext}`;
      const here = currentDir();
      const out = files.listing
        .filter((f) => f.startsWith(prefix))
        .filter((f) => recursive || !f.slice(prefix.length).includes('/'))
        .filter((f) => want === '' || f.endsWith(want))
        .sort()
        .map((f) => {
          const rel = posix.relative(here || '.', f);
          return rel.startsWith('../') ? rel : `./${rel}`;
        });
      return JSON.stringify(out);
    },
    hash(alg, value) {
      const algorithm = HASHES[alg.toLowerCase()];
      if (!algorithm)
        throw new BridgeError(`HASH: unknown algorithm "${alg}" (use SHA1, SHA256 or SHA512)`);
      return createHash(algorithm).update(value, 'utf8').digest('hex');
    },
    log(text) {
      if (logBytes >= MAX_LOG_BYTES) return;
      const line = text.length > 10_000 ? `${text.slice(0, 10_000)}… (cut)` : text;
      logBytes += line.length;
      logLines.push(logBytes >= MAX_LOG_BYTES ? `${line}\n(console output cut at 1 MiB)` : line);
    },
  };
}
