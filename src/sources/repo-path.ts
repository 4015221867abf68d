/**
 * Keeping a path inside the repository: the one guard for every path that names a repository
 * file (SourceTree.readText and symlinks in commits, DNSControl `require`/`glob`, octoDNS
 * `!include` and YamlProvider `directory`, BIND `$INCLUDE`, the print-ir FILE). One set of
 * rules, the strictest any of those readers had, so no reader is the weak door:
 * - control characters (NUL above all) are refused: host strings end at a NUL, so `a\0b` could
 *   be checked as one path and opened as another, and control characters forge log lines;
 * - absolute paths are refused: `/x`, Windows drives (`C:x`, `C:\x`) and `~` (a home folder
 *   wherever a shell or loader expands it);
 * - backslashes are read as `/`, so `..\x` cannot pass as a harmless file name and then climb
 *   on a system that reads it as a separator;
 * - `..` is allowed while it stays inside: the path is normalised first, then checked, and the
 *   normal form must not read as absolute either (`./~` is `~`).
 * Anything else is a literal name: `%2e%2e` and look-alike dots are not `..` to any filesystem.
 */
import { isAbsolute, posix, relative, sep } from 'node:path';

export type RepoPathProblem = 'control-character' | 'absolute' | 'leaves';

export type RepoPathResult =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly problem: RepoPathProblem; readonly message: string };

// \p{Cc}: C0 (NUL to US), DEL and the C1 controls.
const CONTROL = /\p{Cc}/u;
const DRIVE = /^[a-zA-Z]:/;

/**
 * A path written relative to `fromDir` (a repository-relative folder, '' for the root) as a
 * normalised repository-relative POSIX path: no `./`, no trailing `/`, '' for the root itself.
 */
export function resolveRepoPath(spec: string, fromDir = ''): RepoPathResult {
  if (CONTROL.test(spec)) {
    const what = spec.includes('\0') ? 'a NUL byte' : 'a control character';
    return refuse('control-character', `path "${showControls(spec)}" contains ${what}`);
  }
  const p = spec.replaceAll('\\', '/');
  const normal = posix.normalize(posix.join(fromDir || '.', p));
  // The result is checked too: `./~` or `x/../C:y` must not become a path the next reader
  // (or a shell) takes as a home folder or a drive.
  if (readsAsAbsolute(p) || readsAsAbsolute(normal))
    return refuse(
      'absolute',
      `absolute path "${spec}" refused: paths must stay inside the repository`,
    );
  if (leavesRoot(normal)) return refuse('leaves', `path "${spec}" leaves the repository`);
  const path = normal.replace(/\/$/, ''); // normalize keeps one trailing slash: `./` is `./`
  return { ok: true, path: path === '.' ? '' : path };
}

/**
 * Where an absolute filesystem path sits inside the folder `root`, as a repository-relative
 * POSIX path. For paths the system made (a real path, a resolved argument): only containment
 * is checked here; reading the file goes through resolveRepoPath's rules as well.
 */
export function repoRelativePath(root: string, target: string): RepoPathResult {
  const rel = relative(root, target);
  // Another Windows drive has no relative form: relative() returns it absolute.
  const posixRel = isAbsolute(rel) ? '..' : rel.split(sep).join('/');
  if (leavesRoot(posixRel)) return refuse('leaves', `"${target}" is outside ${root}`);
  return { ok: true, path: posixRel };
}

/** A POSIX-slashed path that starts at the filesystem root, a Windows drive or a home folder. */
function readsAsAbsolute(path: string): boolean {
  return path.startsWith('/') || DRIVE.test(path) || path.startsWith('~');
}

/** For a normalised relative POSIX path: does it climb above where it starts? */
function leavesRoot(normal: string): boolean {
  return normal === '..' || normal.startsWith('../');
}

function refuse(problem: RepoPathProblem, message: string): RepoPathResult {
  return { ok: false, problem, message };
}

/** Control characters shown as escapes, so the message itself carries none. */
function showControls(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) =>
    c === '\0' ? '\\0' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/**
 * True for a repository-relative `path` inside `folder` (`''`: the root, which holds every
 * path). Both as resolveRepoPath gives them: no `./`, no trailing slash.
 */
export function isUnder(path: string, folder: string): boolean {
  return folder === '' || path.startsWith(`${folder}/`);
}
