/**
 * The configuration of a format whose configuration is a folder of files (BIND zone files):
 * the shallowest folder holding such files, so `zones/com/` and `zones/net/` are one
 * configuration, `zones/`, while `team-a/` and `team-b/` of a monorepo are two. Written with a
 * trailing `/` (the root is `./`) so it reads as a folder beside `team-a/dnsconfig.js`.
 */
import { posix } from 'node:path';

/** `file` → its configuration folder, for the given files of one format. */
export function folderConfigs(files: readonly string[]): (file: string) => string {
  const dirs = new Set(files.map((f) => posix.dirname(f)).map((d) => (d === '.' ? '' : d)));
  const inside = (dir: string, ancestor: string) =>
    ancestor === '' || dir === ancestor || dir.startsWith(`${ancestor}/`);
  const roots = [...dirs].filter((d) => ![...dirs].some((o) => o !== d && inside(d, o)));
  return (file) => {
    const dir = posix.dirname(file);
    const root = roots.find((r) => inside(dir === '.' ? '' : dir, r));
    return root === undefined || root === '' ? './' : `${root}/`;
  };
}
