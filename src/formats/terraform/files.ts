/**
 * Where Terraform configuration may be: `.tf` files under the reviewed folder. Detection and
 * the loader share this, and detection must not load the HCL reader (a repository of another
 * format never compiles it).
 */
import { isUnder } from '../../sources/repo-path.js';

/** `.tf` files under `path`, outside Terraform's own `.terraform/` cache. */
export function terraformFiles(files: readonly string[], path: string): string[] {
  const dir = path.replace(/\/+$/, '');
  return files.filter(
    (f) => f.endsWith('.tf') && isUnder(f, dir) && !f.split('/').includes('.terraform'),
  );
}
