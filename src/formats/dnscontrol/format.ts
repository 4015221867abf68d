/**
 * The DNSControl format: `dnsconfig.js` (evaluated in the sandbox) plus `creds.json` beside it
 * for provider types. See evaluate.ts for the pipeline and to-model.ts for the mapping.
 */
import { posix } from 'node:path';
import { type Diagnostic, fail, ok } from '../../model/location.js';
import type { ZoneSet } from '../../model/zone.js';
import { SourceError } from '../../sources/types.js';
import type { Format } from '../types.js';
import { readCreds } from './creds.js';
import { evaluateDnsconfigFull } from './evaluate.js';
import { irToZones } from './to-model.js';
import { formatDnscontrolRecords } from './write.js';

const CONFIG = 'dnsconfig.js';

function under(path: string): (f: string) => boolean {
  const prefix = path === '' || path === '.' ? '' : `${path.replace(/\/$/, '')}/`;
  return (f) => f.startsWith(prefix);
}

/** The dnsconfig.js to read under `path`: the one directly in it, else the shallowest below. */
export function findDnsconfig(files: readonly string[], path: string): string | undefined {
  const candidates = files.filter(under(path)).filter((f) => posix.basename(f) === CONFIG);
  return candidates.sort(
    (a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1),
  )[0];
}

export const dnscontrolFormat: Format = {
  id: 'dnscontrol',
  detect(files, path) {
    return findDnsconfig(files, path) !== undefined;
  },
  async load(tree, options) {
    const files = await tree.listFiles();
    const file = findDnsconfig(files, options.path);
    if (!file)
      return fail({
        level: 'error',
        message: `no ${CONFIG} under ${options.path || 'the repository root'}`,
        location: { file: options.path || '.' },
      });
    const evaluated = await evaluateDnsconfigFull(tree, file, {
      ...(options.evalTimeoutMs !== undefined ? { evalTimeoutMs: options.evalTimeoutMs } : {}),
      ...(options.evalMemoryBytes !== undefined
        ? { evalMemoryBytes: options.evalMemoryBytes }
        : {}),
    });
    if (!evaluated.ok) return evaluated;
    const credsFile = posix.join(posix.dirname(file), 'creds.json');
    let credsText: string | undefined;
    try {
      credsText = await tree.readText(credsFile);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
    }
    const creds = credsText === undefined ? undefined : readCreds(credsText, credsFile);
    const model = irToZones(evaluated.value.ir, file, creds?.types ?? new Map());
    const errors: Diagnostic[] = [...model.errors, ...(creds?.errors ?? [])];
    if (errors.length) return { ok: false, errors };
    const zoneSet: ZoneSet = {
      zones: model.zones,
      credentials: creds?.credentials ?? [],
      files: [...evaluated.value.files, ...(credsText === undefined ? [] : [credsFile])],
      ...(evaluated.value.log.length ? { log: evaluated.value.log } : {}),
    };
    return ok(zoneSet, evaluated.warnings);
  },
  write: {
    fenceLanguage: 'js',
    lineComment: '//',
    editUnit: 'rrset',
    zoneLocation: (zone) => `D("${zone.replace(/\.$/, '')}", …) in ${CONFIG}`,
    records: formatDnscontrolRecords,
  },
};
