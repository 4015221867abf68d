/**
 * The BIND zone-file format: finds zone files under the path (`*.zone`, `db.*`, `*.db`),
 * names each zone by its SOA owner (else its first `$ORIGIN`, else its file name), and parses
 * them all.
 * `$INCLUDE` reads through the SourceTree, so an include can never leave the repository.
 */
import { type Diagnostic, fail, ok, type Result } from '../../model/location.js';
import { canonicalName } from '../../model/name.js';
import type { Zone, ZoneSet } from '../../model/zone.js';
import type { SourceTree } from '../../sources/types.js';
import { folderConfigs } from '../folder-configs.js';
import type { Format, FormatLoadOptions } from '../types.js';
import { type ParsedZoneFile, parseZoneFile } from './parse.js';
import { formatBindRecords, formatZoneFile } from './write.js';

const MAX_ROUNDS = 25;

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

function underPath(file: string, path: string): boolean {
  const p = path.replace(/^\.?\/+|\/+$/g, '');
  return p === '' || p === '.' || file === p || file.startsWith(`${p}/`);
}

type Cached = { text: string | undefined } | { error: string };

export const bindFormat: Format = {
  id: 'bind',
  detect(files, path) {
    return files.some((f) => underPath(f, path) && isZoneFileName(f));
  },
  async load(tree: SourceTree, options: FormatLoadOptions): Promise<Result<ZoneSet>> {
    const skip = options.skip ?? [];
    const candidates = (await tree.listFiles())
      .filter((f) => underPath(f, options.path) && isZoneFileName(f))
      .filter((f) => !skip.some((dir) => underPath(f, dir)))
      .sort();
    const cache = new Map<string, Cached>();
    const fetch = async (path: string): Promise<void> => {
      try {
        cache.set(path, { text: await tree.readText(path) });
      } catch (e) {
        cache.set(path, { error: e instanceof Error ? e.message : String(e) });
      }
    };
    for (const f of candidates) await fetch(f);
    // Includes are found while parsing, and parsing is synchronous: parse, read what the
    // includes asked for, and parse again until nothing new is asked.
    let results: { file: string; result: Result<ParsedZoneFile> }[] = [];
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const missing = new Set<string>();
      const includeTree = {
        readText(path: string): string | undefined {
          const c = cache.get(path);
          if (!c) {
            missing.add(path);
            return '';
          }
          if ('error' in c) throw new Error(c.error);
          return c.text;
        },
      };
      results = candidates.flatMap((file) => {
        const c = cache.get(file);
        if (!c || !('text' in c) || c.text === undefined) return [];
        const fallback = zoneNameFromFileName(file);
        return [
          {
            file,
            result: parseZoneFile(c.text, {
              file,
              tree: includeTree,
              ...(fallback ? { fallbackOrigin: fallback } : {}),
            }),
          },
        ];
      });
      if (missing.size === 0) break;
      for (const m of missing) await fetch(m);
    }
    // A file another zone file includes is part of that zone, not a zone of its own.
    const included = new Set<string>();
    for (const { result } of results)
      if (result.ok) for (const f of result.value.files.slice(1)) included.add(f);
    const errors: Diagnostic[] = [];
    const zones: Zone[] = [];
    const files = new Set<string>();
    for (const { file, result } of results) {
      if (included.has(file)) continue;
      if (!result.ok) errors.push(...result.errors);
      else {
        zones.push(result.value.zone);
        for (const f of result.value.files) files.add(f);
      }
      files.add(file);
    }
    const seen = new Map<string, string>();
    for (const z of zones) {
      const other = seen.get(z.name);
      if (other !== undefined)
        errors.push({
          level: 'error',
          code: 'bind/duplicate-zone',
          message: `zone ${z.name} is defined twice (also in ${other})`,
          location: { file: z.location?.file ?? '' },
        });
      else seen.set(z.name, z.location?.file ?? '');
    }
    if (errors.length > 0) return fail(...errors);
    const configOf = folderConfigs(candidates.filter((f) => !included.has(f)));
    return ok({
      zones: zones.map((z) => ({ ...z, config: configOf(z.location?.file ?? '') })),
      credentials: [],
      files: [...files].sort(),
    });
  },
  write: {
    fenceLanguage: 'dns',
    lineComment: ';',
    editUnit: 'rrset',
    zoneLocation: (zone) => `the zone file of ${zone} ($ORIGIN ${zone})`,
    records: formatBindRecords,
    zoneFile: { extension: '.zone', text: formatZoneFile },
  },
};
