/**
 * The octoDNS format: a main config (`providers:` + `zones:`) and YamlProvider zone files.
 * Detection only sees file names, so it looks for the octoDNS layout: a non-zone YAML file
 * beside zone files named after their zone (`example.com.yaml`) or split-zone directories
 * (`example.com./`); `load` then keeps only the YAML files that really are configs.
 */
import { isUnder } from '../../sources/repo-path.js';
import type { Format } from '../types.js';
import { yamlFiles } from './files.js';
import { formatOctodnsRecords } from './write.js';

const ZONE_FILE = /(^|\/)[^/]+\.[^/]+\.yaml$/;
const SPLIT_DIR = /(^|\/)[^/]+\.[^/]+\.\/[^/]+\.yaml$/;

export const octodnsFormat: Format = {
  id: 'octodns',
  // YAML files outside hidden folders (`.github/`), as configs are looked for.
  mayRead: (path) => yamlFiles([path], '').length > 0,
  detect(files, path) {
    const dir = path.replace(/\/+$/, '');
    const inside = files.filter((f) => isUnder(f, dir));
    // A YAML file that is not named like a zone (the config) beside zone-named files.
    const yaml = yamlFiles(inside, dir);
    return (
      yaml.some((f) => !ZONE_FILE.test(f)) &&
      yaml.some((f) => ZONE_FILE.test(f) || SPLIT_DIR.test(f))
    );
  },
  // The loader (and the YAML parser) is imported when a load runs: start-up time, issue 15.
  load: async (tree, options) => (await import('./load.js')).loadOctodns(tree, options),
  write: {
    fenceLanguage: 'yaml',
    lineComment: '#',
    editUnit: 'name',
    zoneLocation: (zone) => `the YamlProvider zone file of ${zone}`,
    // Without options: a snippet spells out every TTL rather than assume the zone's default.
    records: (rrsets, zone) => formatOctodnsRecords(rrsets, zone),
  },
};
