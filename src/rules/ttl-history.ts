/**
 * TTLs an RRset had on the default branch, read from git history. Caches can hold a version
 * of an RRset for its TTL after the commit that replaced it, so for each TTL change we return
 * when it happened: the TTL rule adds the old TTL to that time.
 *
 * History is read lazily and shared: one `git log` per zone set, and each old commit is
 * parsed at most once (by the format that reads the zone today), however many RRsets ask.
 */
import { formatById } from '../formats/registry.js';
import type { RecordType } from '../model/record-type.js';
import { type FormatId, type ZoneSet, zoneKey } from '../model/zone.js';
import type { CommitInfo, RepoHistory } from '../sources/types.js';

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

export function ttlHistory(options: TtlHistoryOptions): TtlHistory {
  let commits: Promise<readonly CommitInfo[]> | undefined;
  const trees = new Map<string, Promise<ZoneSet | undefined>>();

  const loadCommits = () => {
    commits ??= options.files.length
      ? options.history.log(options.ref, options.files, options.depth).catch(() => [])
      : Promise.resolve([]);
    return commits;
  };

  const zoneSetAt = (sha: string, format: FormatId): Promise<ZoneSet | undefined> => {
    const key = `${format} ${sha}`;
    let set = trees.get(key);
    if (!set) {
      set = (async () => {
        const reader = formatById(format);
        if (!reader) return undefined;
        try {
          const tree = await options.history.treeAt(sha);
          const result = await reader.load(tree, { path: options.path });
          return result.ok ? result.value : undefined;
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
        const set = await zoneSetAt(commit.sha, format);
        if (!set) continue;
        const z = set.zones.find((candidate) => zoneKey(candidate) === zone);
        const rrset = z?.rrsets.find((r) => r.name === name && r.type === type);
        if (!rrset) break; // before this commit the RRset did not exist
        if (newer && rrset.ttl !== newer.ttl)
          out.push({ ttl: rrset.ttl, nextTtl: newer.ttl, endedAt: newer.time, commit: newer.sha });
        newer = { ttl: rrset.ttl, time: commit.time, sha: commit.sha };
      }
      return out;
    },
  };
}
