/**
 * Where octoDNS configurations may be: YAML files under the reviewed folder. Detection and the
 * loader share these, and detection must not load the YAML parser (a repository of another
 * format never compiles it).
 */
import { isUnder } from '../../sources/repo-path.js';

const YAML_EXT = /\.ya?ml$/;

/** YAML files under the path, outside hidden folders (`.github/`): where configs may be. */
export function yamlFiles(files: readonly string[], path: string): string[] {
  const dir = path.replace(/\/+$/, '');
  return files
    .filter((f) => isUnder(f, dir) && YAML_EXT.test(f))
    .filter((f) => !f.split('/').some((part) => part.startsWith('.')))
    .sort();
}
