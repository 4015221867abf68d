/** Where DNSControl configurations are: every `dnsconfig.js` under the reviewed folder. */
import { posix } from 'node:path';

export const CONFIG = 'dnsconfig.js';

function under(path: string): (f: string) => boolean {
  const prefix = path === '' || path === '.' ? '' : `${path.replace(/\/$/, '')}/`;
  return (f) => f.startsWith(prefix);
}

/** Every dnsconfig.js under `path`, shallowest first. */
export function findDnsconfigs(files: readonly string[], path: string): string[] {
  return files
    .filter(under(path))
    .filter((f) => posix.basename(f) === CONFIG)
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
}

/** The dnsconfig.js directly under `path`, else the shallowest below (print-ir's choice). */
export function findDnsconfig(files: readonly string[], path: string): string | undefined {
  return findDnsconfigs(files, path)[0];
}
