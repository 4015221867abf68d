/**
 * Which octoDNS record types hold one `value` rather than a list of `values`: the reader and the
 * writer share it, and the writer must not load the reader (and its YAML parser) to know it.
 */

/** Types that take a single `value` (octoDNS ValueMixin). */
export const SINGLE_VALUE_TYPES: ReadonlySet<string> = new Set(['CNAME', 'ALIAS', 'DNAME']);
