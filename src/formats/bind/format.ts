/**
 * The BIND zone-file format: zone files under the path (`*.zone`, `db.*`, `*.db`), read by
 * load.ts. The loader is imported when a load runs, so a repository of another format never
 * compiles the zone-file parser (start-up time, issue 15).
 */
import type { Format } from '../types.js';
import { isZoneFileName, underPath } from './files.js';
import { exportZoneFile, formatBindRecords } from './write.js';

export const bindFormat: Format = {
  id: 'bind',
  mayRead: isZoneFileName,
  detect(files, path) {
    return files.some((f) => underPath(f, path) && isZoneFileName(f));
  },
  load: async (tree, options) => (await import('./load.js')).loadBind(tree, options),
  write: {
    fenceLanguage: 'dns',
    lineComment: ';',
    editUnit: 'rrset',
    zoneLocation: (zone) => `the zone file of ${zone} ($ORIGIN ${zone})`,
    records: formatBindRecords,
    zoneFile: { extension: '.zone', text: exportZoneFile },
  },
};
