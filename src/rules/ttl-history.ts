/**
 * TTLs an RRset had on the default branch, read from git history. Caches can hold a version
 * of an RRset for its TTL after the commit that replaced it, so for each TTL change we return
 * when it happened: the TTL rule adds the old TTL to that time.
 *
 * History is read lazily and shared: one `git log` walk per review, and each old commit is
 * parsed at most once (by the format that reads the zone today) and indexed once, however many
 * RRsets ask: a change to every RRset of 2,000 zones asks 2,000 times per commit, and a scan of
 * the commit's zones for each would be quadratic.
 */
import { formatById } from '../formats/registry.js';
import type { RecordType } from '../model/record-type.js';
import { type FormatId, type Zone, type ZoneSet, zoneKey } from '../model/zone.js';
import type { CommitInfo, RepoHistory } from '../sources/types.js';
import { rrsetLookup } from './zone-index.js';

/** Resolvers cap cached TTLs (BIND's max-cache-ttl defaults to a week); older commits cannot matter. */
export const MAX_CACHE_TTL = 604800;

/** A TTL the RRset had until `endedAt`, when commit `commit` changed it to `nextTtl`. */
export interface TtlChange {
  readonly ttl: number;
  readonly nextTtl: number;
  readonly endedAt: Date;
  readonly commit: string;
}

export interface TtlHistoryOptions {
  readonly history: RepoHistory;
  /** Branch or commit whose history counts (the pull request's base). */
  readonly ref: string;
  /** Repository files the formats read (the base zone set's `files`). */
  readonly files: readonly string[];
  /** Repository-relative folder the formats read. */
  readonly path: string;
  readonly depth: number;
  readonly now: Date;
  /**
   * The zones the review already read at the base commit: the walk starts there, and reading
   * that commit again would parse the whole base side a second time.
   */
  readonly base?: { readonly commit: string; readonly zones: ZoneSet };
}

export interface TtlHistory {
  /**
   * Every TTL change of `(name, type)` in `zone` within reach (newest first), walking back
   * until the RRset did not exist, a week has passed, or the depth is used up.
   */
  changes(
    zone: string,
    format: FormatId,
    name: string,
    type: RecordType,
  ): Promise<readonly TtlChange[]>;
}

/** One commit as a format read it, by zone key; each zone's TTLs indexed when first asked. */
type TtlIndex = ReadonlyMap<string, Zone>;

/** A zone's TTL at `(name, type)` (the first RRset of the key), through the zone's look-up. */
function ttlOf(zone: Zone, name: string, type: RecordType): number | undefined {
  return rrsetLookup(zone.rrsets)(name, type)?.ttl;
}

export function ttlHistory(options: TtlHistoryOptions): TtlHistory {
  let commits: Promise<readonly CommitInfo[]> | undefined;
  const trees = new Map<string, Promise<TtlIndex | undefined>>();

  const loadCommits = () => {
    commits ??= options.files.length
      ? options.history.log(options.ref, options.files, options.depth).catch(() => [])
      : Promise.resolve([]);
    return commits;
  };

  const ttlsAt = (sha: string, format: FormatId): Promise<TtlIndex | undefined> => {
    const key = `${format} ${sha}`;
    let set = trees.get(key);
    if (!set) {
      set = (async () => {
        if (options.base && sha === options.base.commit) {
          const index = new Map<string, Zone>();
          for (const z of options.base.zones.zones)
            if (z.format === format && !index.has(zoneKey(z))) index.set(zoneKey(z), z);
          return index;
        }
        const reader = formatById(format);
        if (!reader) return undefined;
        try {
          const tree = await options.history.treeAt(sha);
          const result = await reader.load(tree, { path: options.path });
          if (!result.ok) return undefined;
          const index = new Map<string, Zone>();
          for (const z of result.value.zones) if (!index.has(zoneKey(z))) index.set(zoneKey(z), z);
          return index;
        } catch {
          return undefined; // an old commit that no longer reads is simply not evidence
        }
      })();
      trees.set(key, set);
    }
    return set;
  };

  return {
    async changes(zone, format, name, type) {
      const list = await loadCommits();
      const out: TtlChange[] = [];
      const horizon = options.now.getTime() - MAX_CACHE_TTL * 1000;
      // The newer neighbour of the commit being read: its TTL and time.
      let newer: { ttl: number; time: Date; sha: string } | undefined;
      for (const commit of list) {
        if (newer && newer.time.getTime() < horizon) break;
        const index = await ttlsAt(commit.sha, format);
        if (!index) continue;
        const z = index.get(zone);
        const ttl = z && ttlOf(z, name, type);
        if (ttl === undefined) break; // before this commit the RRset did not exist
        if (newer && ttl !== newer.ttl)
          out.push({ ttl, nextTtl: newer.ttl, endedAt: newer.time, commit: newer.sha });
        newer = { ttl, time: commit.time, sha: commit.sha };
      }
      return out;
    },
  };
}
