/**
 * Which zones one run reviews (`--zone`, the Action's `zones` input): a shard of a repository
 * too large for one runner (docs/sharding.md). Patterns are globs (model/glob.ts) matched
 * against a zone's name with or without its final dot, and against `name!tag` for a
 * split-horizon zone, so `example.com`, `example.com.` and `*.example.com` all mean what a
 * user expects. A pattern that selects nothing on either side is an error, not an empty pass:
 * a typo in a matrix would otherwise review nothing and stay green.
 */
import { globMatch } from './glob.js';
import type { Zone, ZoneSet } from './zone.js';

export interface ZoneSelection {
  readonly patterns: readonly string[];
}

/**
 * Patterns from repeated `--zone` values, each of which may hold several separated by white
 * space or commas (a matrix entry hands one string). Empty: every zone.
 */
export function parseZoneSelection(values: readonly string[]): ZoneSelection {
  const patterns = values.flatMap((v) => v.split(/[\s,]+/)).filter((p) => p !== '');
  return { patterns: [...new Set(patterns)] };
}

export function selectsEverything(selection: ZoneSelection): boolean {
  return selection.patterns.length === 0;
}

function matches(pattern: string, zone: Pick<Zone, 'name' | 'tag'>): boolean {
  const bare = zone.name === '.' ? '.' : zone.name.replace(/\.$/, '');
  const names = zone.tag
    ? [zone.name, bare, `${zone.name}!${zone.tag}`, `${bare}!${zone.tag}`]
    : [zone.name, bare];
  return names.some((n) => globMatch(pattern, n));
}

export function isSelected(selection: ZoneSelection, zone: Pick<Zone, 'name' | 'tag'>): boolean {
  return selectsEverything(selection) || selection.patterns.some((p) => matches(p, zone));
}

/** Patterns that select no zone of any of `sets`. */
export function unmatchedPatterns(
  selection: ZoneSelection,
  sets: readonly ZoneSet[],
): readonly string[] {
  return selection.patterns.filter((p) => !sets.some((s) => s.zones.some((z) => matches(p, z))));
}

/** One shard of a matrix: its label and the zones (`zoneKey`s) it reviews. */
export interface Shard {
  readonly shard: string;
  readonly zones: readonly string[];
  /** RRsets in its zones: what the live phase will ask about, the shard's weight. */
  readonly rrsets: number;
}

/**
 * `count` shards of about equal weight (RRsets, at least 1 per zone), each zone in exactly one:
 * the heaviest zone first into the lightest shard (longest-processing-time-first), so one huge
 * reverse zone does not share a runner with half the repository. Deterministic: the same
 * repository always gives the same shards, so a re-run reviews the same zones under the same
 * label. Never more shards than zones.
 */
export function planShards(
  zones: readonly { readonly key: string; readonly rrsets: number }[],
  count: number,
): Shard[] {
  const n = Math.max(1, Math.min(count, zones.length));
  const bins = Array.from({ length: n }, () => ({ zones: [] as string[], rrsets: 0 }));
  const order = [...zones].sort(
    (a, b) => b.rrsets - a.rrsets || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  for (const z of order) {
    let lightest = bins[0]!;
    for (const b of bins) if (b.rrsets < lightest.rrsets) lightest = b;
    lightest.zones.push(z.key);
    lightest.rrsets += Math.max(1, z.rrsets);
  }
  return bins.map((b, i) => ({
    shard: n === 1 ? 'all' : `${i + 1}-of-${n}`,
    zones: [...b.zones].sort(),
    rrsets: b.rrsets,
  }));
}
