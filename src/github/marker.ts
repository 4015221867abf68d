/**
 * The hidden, versioned marker that opens ZoneGuard's comment: it identifies the comment and
 * carries what later runs need: the head SHA it describes (so an older run never overwrites a
 * newer result), a fingerprint of the rendered report (so an unchanged report is not re-posted),
 * the blocking findings shown (what a reviewer saw when applying the override label), and the
 * accepted override. Only comments authored by the token's own identity are trusted.
 */

export interface AcceptedOverride {
  readonly label: string;
  readonly by: string;
  /** The id of the `labeled` issue event this acceptance belongs to. */
  readonly event: number;
  readonly fingerprints: readonly string[];
}

export interface CommentState {
  /** The shard this comment reviews (docs/sharding.md); absent: the whole repository. */
  readonly shard?: string;
  readonly head: string;
  readonly report: string;
  readonly blocking: readonly string[];
  readonly accepted?: AcceptedOverride;
}

const PREFIX = '<!-- zoneguard:v1 ';
const SUFFIX = ' -->';

/**
 * `prefix` + JSON + ` -->`, the JSON with `<`, `>` and `&` escaped so nothing inside can close
 * the HTML comment: the one shape of every hidden marker (the comment's, the audit issue's).
 */
export function formatHiddenJson(prefix: string, value: unknown): string {
  const json = JSON.stringify(value).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return prefix + json + SUFFIX;
}

/** The JSON value of a body's first line when it is a `prefix` marker, else undefined. */
export function parseHiddenJson(prefix: string, body: string): unknown {
  const end = body.indexOf('\n');
  const line = (end < 0 ? body : body.slice(0, end)).trimEnd();
  if (!line.startsWith(prefix) || !line.endsWith(SUFFIX)) return undefined;
  try {
    return JSON.parse(line.slice(prefix.length, -SUFFIX.length));
  } catch {
    return undefined;
  }
}

export function formatMarker(state: CommentState): string {
  return formatHiddenJson(PREFIX, state);
}

const strings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

/** The state in a comment body's first line, or undefined when it is not our marker. */
export function parseMarker(body: string): CommentState | undefined {
  const value = parseHiddenJson(PREFIX, body);
  const v = value as Record<string, unknown> | null;
  if (
    typeof v !== 'object' ||
    v === null ||
    typeof v['head'] !== 'string' ||
    typeof v['report'] !== 'string' ||
    !strings(v['blocking'])
  )
    return undefined;
  const shard = typeof v['shard'] === 'string' ? { shard: v['shard'] } : {};
  const state: CommentState = {
    ...shard,
    head: v['head'],
    report: v['report'],
    blocking: v['blocking'],
  };
  const a = v['accepted'] as Record<string, unknown> | undefined;
  if (a === undefined) return state;
  if (
    typeof a !== 'object' ||
    a === null ||
    typeof a['label'] !== 'string' ||
    typeof a['by'] !== 'string' ||
    typeof a['event'] !== 'number' ||
    !strings(a['fingerprints'])
  )
    return state;
  return {
    ...state,
    accepted: {
      label: a['label'],
      by: a['by'],
      event: a['event'],
      fingerprints: a['fingerprints'],
    },
  };
}
