/**
 * Where octoDNS configurations may be: YAML files under the reviewed folder. Detection and the
 * loader share these, and detection must not load the YAML parser (a repository of another
 * format never compiles it).
 */

const YAML_EXT = /\.ya?ml$/;

/** True for a file under `dir` (repository-relative, `''` for the root). */
export function under(path: string, dir: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}

/** YAML files under the path, outside hidden folders (`.github/`): where configs may be. */
export function yamlFiles(files: readonly string[], path: string): string[] {
  const dir = path.replace(/\/+$/, '');
  return files
    .filter((f) => under(f, dir) && YAML_EXT.test(f))
    .filter((f) => !f.split('/').some((part) => part.startsWith('.')))
    .sort();
}
