/**
 * The DNSControl format: each `dnsconfig.js` under the path (evaluated in the sandbox) plus the
 * `creds.json` beside it for provider types. A monorepo may hold one per team; every one is
 * read, and each zone names the file it came from. See evaluate.ts for the pipeline and
 * to-model.ts for the mapping.
 */
import type { Format, RecordFiles } from '../types.js';
import { CONFIG, findDnsconfig } from './files.js';
import { formatDnscontrolRecords } from './write.js';

/**
 * `D("example.com", …) in dns/dnsconfig.js`, or, for records written in other files (a
 * `D_EXTEND()` or a shared list of records in a required file), those files first: that is
 * where the rollback is pasted.
 */
function dnscontrolZoneLocation(zone: string, where?: RecordFiles): string {
  const d = `D("${zone.replace(/\.$/, '')}", …)`;
  // Without its configuration, which file is the config is unknown: name none of the others.
  const config = where?.config;
  if (config === undefined) return `${d} in ${CONFIG}`;
  const elsewhere = where!.files.filter((f) => f !== config);
  if (elsewhere.length === 0) return `${d} in ${config}`;
  const files = [...elsewhere, ...(where!.files.includes(config) ? [config] : [])];
  const list =
    files.length === 1 ? files[0]! : `${files.slice(0, -1).join(', ')} and ${files.at(-1)}`;
  return `${list}, where these records are written (${d} is in ${config})`;
}

export const dnscontrolFormat: Format = {
  id: 'dnscontrol',
  // dnsconfig.js, creds.json and what `require` reads.
  mayRead: (path) => /\.(js|json5?)$/.test(path),
  detect(files, path) {
    return findDnsconfig(files, path) !== undefined;
  },
  // The loader (sandbox host, JSON5) is imported when a load runs: start-up time, issue 15.
  load: async (tree, options) => (await import('./load.js')).loadDnscontrol(tree, options),
  write: {
    fenceLanguage: 'js',
    lineComment: '//',
    editUnit: 'rrset',
    zoneLocation: dnscontrolZoneLocation,
    records: formatDnscontrolRecords,
  },
};
