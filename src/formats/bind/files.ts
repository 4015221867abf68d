/**
 * Which files are BIND zone files and what zone a file is named after: detection and the
 * loader share these, and detection must not load the parser (a repository of another
 * format never compiles it).
 */
import { canonicalName } from '../../model/name.js';

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True for `*.zone`, `db.*` and `*.db` file names. */
export function isZoneFileName(path: string): boolean {
  const b = baseName(path);
  return b.endsWith('.zone') || b.startsWith('db.') || b.endsWith('.db');
}

/** `db.example.com`, `example.com.zone`, `example.com.db` → `example.com.`. */
export function zoneNameFromFileName(path: string): string | undefined {
  let b = baseName(path);
  if (b.startsWith('db.')) b = b.slice(3);
  else if (b.endsWith('.zone')) b = b.slice(0, -5);
  else if (b.endsWith('.db')) b = b.slice(0, -3);
  if (b === '') return undefined;
  const r = canonicalName(b.endsWith('.') ? b : `${b}.`);
  return r.ok ? r.name : undefined;
}

/** True for a file at or under `path` (repository-relative; `''`, `.` and `./` are the root). */
export function underPath(file: string, path: string): boolean {
  const p = path.replace(/^\.?\/+|\/+$/g, '');
  return p === '' || p === '.' || file === p || file.startsWith(`${p}/`);
}
