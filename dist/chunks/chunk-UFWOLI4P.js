import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/sources/repo-path.ts
import { isAbsolute, posix, relative, sep } from "node:path";
var CONTROL = new RegExp("\\p{Cc}", "u");
var DRIVE = /^[a-zA-Z]:/;
function resolveRepoPath(spec, fromDir = "") {
  if (CONTROL.test(spec)) {
    const what = spec.includes("\0") ? "a NUL byte" : "a control character";
    return refuse("control-character", `path "${showControls(spec)}" contains ${what}`);
  }
  const p = spec.replaceAll("\\", "/");
  const normal = posix.normalize(posix.join(fromDir || ".", p));
  if (readsAsAbsolute(p) || readsAsAbsolute(normal))
    return refuse(
      "absolute",
      `absolute path "${spec}" refused: paths must stay inside the repository`
    );
  if (leavesRoot(normal)) return refuse("leaves", `path "${spec}" leaves the repository`);
  const path = normal.replace(/\/$/, "");
  return { ok: true, path: path === "." ? "" : path };
}
function repoRelativePath(root, target) {
  const rel = relative(root, target);
  const posixRel = isAbsolute(rel) ? ".." : rel.split(sep).join("/");
  if (leavesRoot(posixRel)) return refuse("leaves", `"${target}" is outside ${root}`);
  return { ok: true, path: posixRel };
}
function readsAsAbsolute(path) {
  return path.startsWith("/") || DRIVE.test(path) || path.startsWith("~");
}
function leavesRoot(normal) {
  return normal === ".." || normal.startsWith("../");
}
function refuse(problem, message) {
  return { ok: false, problem, message };
}
function showControls(text) {
  return text.replace(
    new RegExp("\\p{Cc}", "gu"),
    (c) => c === "\0" ? "\\0" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
}
function isUnder(path, folder) {
  return folder === "" || path.startsWith(`${folder}/`);
}

export {
  resolveRepoPath,
  repoRelativePath,
  isUnder
};
