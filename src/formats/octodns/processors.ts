/**
 * octoDNS's built-in filters as push-scope patterns (docs/push-scope.md). A filter removes
 * records from the source zone (so they are not pushed) and, with `include_target` (the
 * default), from the target's existing records too, so octodns-sync neither creates, changes
 * nor deletes them: out of scope. With `include_target: false` the target is left unfiltered,
 * and the records the filter takes from the source are deleted there: those are simply not in
 * the desired zone. `IgnoreRootNsFilter` and the network filters always act on both sides.
 * `ExcludeRootNsChanges` with `error: false` drops any root NS change from the plan; with
 * `error: true` (its default) octodns-sync stops instead, so the root NS stays in scope and
 * ns-change says what would stop it.
 *
 * Global `manager: processors:` run before a zone's own. Processors that are not filters
 * (ownership, ACME, templating, …) are left as they are: what they keep depends on live data.
 */
import type { Diagnostic, SourceLocation } from '../../model/location.js';
import { parseRecordType, type RecordType } from '../../model/record-type.js';
import type { RecordSelector, UnmanagedPattern } from '../../model/zone.js';

export interface ProcessorScope {
  /** Out of scope on both sides: the push leaves these alone. */
  readonly patterns: UnmanagedPattern[];
  /** Taken from the source only: not pushed, and deleted at the target when present there. */
  readonly sourceOnly: UnmanagedPattern[];
  readonly diagnostics: Diagnostic[];
}

const PREFIX = 'octodns.processor.filter.';

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}

function escapeGlob(text: string): string {
  return text.replace(/[*?{}[\]\\,]/g, '\\$&');
}

/** One octoDNS name or value filter entry: exact, or `/regex/` searched in the text. */
function entrySelector(entry: string, apex: string, on: 'name' | 'value'): RecordSelector {
  if (entry.length >= 2 && entry.startsWith('/') && entry.endsWith('/'))
    return on === 'name' ? { nameRegex: entry.slice(1, -1) } : { valueRegex: entry.slice(1, -1) };
  if (on === 'value') return { target: escapeGlob(entry) };
  const absolute = entry === '' ? apex : `${entry.toLowerCase()}.${apex}`;
  return { name: escapeGlob(absolute) };
}

function typeList(list: readonly string[]): RecordType[] {
  return list.flatMap((t) => {
    const type = parseRecordType(t === 'URI' ? 'TYPE256' : t);
    return type ? [type] : [];
  });
}

/**
 * The push-scope patterns of a zone's processors, in the order octoDNS runs them (global
 * first). `definitions` are the config's `processors:` entries as canonical JSON, by id.
 */
export function processorScope(
  ids: readonly string[],
  definitions: ReadonlyMap<string, string>,
  apex: string,
  location: SourceLocation,
): ProcessorScope {
  const out: ProcessorScope = { patterns: [], sourceOnly: [], diagnostics: [] };
  for (const id of ids) {
    const text = definitions.get(id);
    if (text === undefined) continue; // an unknown id is the config reader's error
    let def: Record<string, unknown>;
    try {
      def = JSON.parse(text) as Record<string, unknown>;
    } catch {
      continue;
    }
    const cls = typeof def.class === 'string' ? def.class : '';
    if (!cls.startsWith(PREFIX)) continue;
    const kind = cls.slice(PREFIX.length);
    const source = `${kind} (${id})`;
    const both = def.include_target !== false;
    const add = (p: Omit<UnmanagedPattern, 'source' | 'location'>, always = false) =>
      (both || always ? out.patterns : out.sourceOnly).push({ ...p, source, location });
    const bad = (key: string) =>
      out.diagnostics.push({
        level: 'warning',
        message: `processor ${id} (${kind}): ${key} must be a list of strings; what it filters is not known to ZoneGuard`,
        location,
        code: 'octodns/processor',
      });
    const listed = (key: string) => {
      const list = strings(def[key]);
      if (!list) bad(key);
      return list;
    };
    switch (kind) {
      case 'TypeAllowlistFilter':
      case 'TypeRejectlistFilter': {
        const allow = kind === 'TypeAllowlistFilter';
        const list = listed(allow ? 'allowlist' : 'rejectlist');
        if (!list) break;
        const types = typeList(list);
        if (allow) add({ name: '*', except: [{ types }] });
        else if (types.length > 0) add({ name: '*', types });
        break;
      }
      case 'NameAllowlistFilter':
      case 'NameRejectlistFilter':
      case 'ValueAllowlistFilter':
      case 'ValueRejectlistFilter': {
        const allow = kind.includes('Allowlist');
        const on = kind.startsWith('Name') ? 'name' : 'value';
        const list = listed(allow ? 'allowlist' : 'rejectlist');
        if (!list) break;
        const selectors = list.map((e) => entrySelector(e, apex, on));
        if (allow) add({ name: '*', except: selectors });
        else for (const s of selectors) add({ name: '*', ...s });
        break;
      }
      case 'NetworkValueAllowlistFilter':
      case 'NetworkValueRejectlistFilter': {
        const allow = kind === 'NetworkValueAllowlistFilter';
        const list = listed(allow ? 'allowlist' : 'rejectlist');
        if (!list) break;
        const types: RecordType[] = ['A', 'AAAA'];
        if (allow) add({ name: '*', types, except: list.map((network) => ({ network })) }, true);
        else for (const network of list) add({ name: '*', types, network }, true);
        break;
      }
      case 'IgnoreRootNsFilter':
        add({ name: '@', types: ['NS'] }, true);
        break;
      case 'ExcludeRootNsChanges':
        if (def.error === false) add({ name: '@', types: ['NS'] }, true);
        break;
    }
  }
  return out;
}
