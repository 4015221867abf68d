/**
 * The octoDNS main config (`config/production.yaml`): providers, zones with their sources and
 * targets, processors (kept as data), thresholds. Credentials are never resolved: for each
 * provider we only note which fields hold `env/NAME` references and which hold literals.
 * The main config is loaded without key-order enforcement, as octoDNS's Manager does.
 */
import type { Diagnostic, SourceLocation } from '../../model/location.js';
import { type CredentialInfo, literalGroups } from '../../model/zone.js';
import { canonicalJson } from './records.js';
import { describe, getEntry, type YMap, type YNode } from './yaml.js';
import { pyStr } from './yaml11.js';

export interface YamlProviderOptions {
  readonly directory: string;
  readonly defaultTtl: number;
  readonly enforceOrder: boolean;
  readonly orderMode: 'natural' | 'simple';
  readonly populateShouldReplace: boolean;
  readonly splitExtension: string | undefined;
  readonly sharedFilename: string | undefined;
  readonly disableZonefile: boolean;
  readonly escapedSemicolons: boolean;
  readonly ignoreMissingZones: boolean;
}

export interface OctodnsProvider {
  readonly id: string;
  readonly class: string;
  readonly location: SourceLocation;
  /** Set when the class is octoDNS's YamlProvider (or the deprecated SplitYamlProvider). */
  readonly yaml?: YamlProviderOptions;
  readonly updatePercent?: number;
  readonly deletePercent?: number;
}

export interface OctodnsZoneEntry {
  /** The key as written: `example.com.`, `'*'`, `'*internal'` (dynamic when it starts with `*`). */
  readonly key: string;
  readonly location: SourceLocation;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly processors: readonly string[];
  readonly lenient: boolean;
  readonly alias?: string;
  readonly glob?: string;
  readonly regex?: string;
  readonly updatePercent?: number;
  readonly deletePercent?: number;
  readonly ignoreSubzoneAdds: boolean;
}

export interface OctodnsConfig {
  readonly file: string;
  readonly providers: ReadonlyMap<string, OctodnsProvider>;
  readonly zones: readonly OctodnsZoneEntry[];
  /** `processors:` definitions as canonical JSON, by id (kept as data). */
  readonly processors: ReadonlyMap<string, string>;
  /** `manager: processors:` and `post_processors:`: run for every zone, before and after its own. */
  readonly globalProcessors: readonly string[];
  readonly globalPostProcessors: readonly string[];
  readonly credentials: readonly CredentialInfo[];
}

const YAML_CLASSES = new Set([
  'octodns.provider.yaml.YamlProvider',
  'octodns.provider.yaml.SplitYamlProvider',
]);

/** Keys of a provider that configure behaviour, never credentials. */
const NON_SECRET_KEYS = new Set([
  'class',
  'directory',
  'default_ttl',
  'enforce_order',
  'order_mode',
  'populate_should_replace',
  'supports_root_ns',
  'split_extension',
  'split_catchall',
  'shared_filename',
  'disable_zonefile',
  'escaped_semicolons',
  'ignore_missing_zones',
  'update_pcent_threshold',
  'delete_pcent_threshold',
  'strict_supports',
  'root_ns_warnings',
]);

/** Field names that hold a secret when their value is written literally. */
const SECRET_KEY = /(token|secret|password|passwd|key|auth|credential|private)/i;

/** Quick pre-filter on raw text: an octoDNS config has top-level `providers:` and `zones:`. */
export function looksLikeOctodnsConfig(text: string): boolean {
  return /^providers\s*:/m.test(text) && /^zones\s*:/m.test(text);
}

export function readConfig(
  file: string,
  root: YNode | undefined,
): { config?: OctodnsConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const error = (message: string, location: SourceLocation) =>
    diagnostics.push({ level: 'error', message, location, code: 'octodns/config' });
  if (!root || root.kind !== 'map') {
    error('an octoDNS config must be a mapping with providers and zones', root?.loc ?? { file });
    return { diagnostics };
  }
  const providersNode = getEntry(root, 'providers')?.value;
  const zonesNode = getEntry(root, 'zones')?.value;
  if (providersNode?.kind !== 'map') error('missing or invalid "providers" mapping', root.loc);
  if (zonesNode?.kind !== 'map') error('missing or invalid "zones" mapping', root.loc);
  if (providersNode?.kind !== 'map' || zonesNode?.kind !== 'map') return { diagnostics };

  // `env/NAME` is built in; `secret_handlers:` may add others (`vault/path`, …).
  const handlers = new Set(['env']);
  const handlersNode = getEntry(root, 'secret_handlers')?.value;
  if (handlersNode?.kind === 'map') for (const e of handlersNode.entries) handlers.add(e.key);
  const providers = new Map<string, OctodnsProvider>();
  const credentials: CredentialInfo[] = [];
  const group = literalGroups();
  for (const e of providersNode.entries) {
    if (e.value.kind !== 'map') {
      error(`provider "${e.key}" must be a mapping, not ${describe(e.value)}`, e.value.loc);
      continue;
    }
    const p = readProvider(e.key, e.keyLoc, e.value, error);
    if (p) providers.set(e.key, p);
    const cred = credentialInfo(e.key, e.keyLoc, e.value, handlers, group);
    if (cred) credentials.push(cred);
  }

  const processors = new Map<string, string>();
  const procNode = getEntry(root, 'processors')?.value;
  if (procNode?.kind === 'map')
    for (const e of procNode.entries) processors.set(e.key, canonicalJson(e.value));

  const managerNode = getEntry(root, 'manager')?.value;
  const managerList = (key: string) =>
    managerNode?.kind === 'map' ? stringList(managerNode, key, 'manager', error).ids : [];
  const globalProcessors = managerList('processors');
  const globalPostProcessors = managerList('post_processors');
  for (const id of [...globalProcessors, ...globalPostProcessors])
    if (!processors.has(id)) error(`Manager, unknown processor: ${id}`, managerNode!.loc);

  const zones: OctodnsZoneEntry[] = [];
  for (const e of zonesNode.entries) {
    const zone = readZoneEntry(e.key, e.keyLoc, e.value, providers, processors, error);
    if (zone) zones.push(zone);
  }
  return {
    config: {
      file,
      providers,
      zones,
      processors,
      globalProcessors,
      globalPostProcessors,
      credentials,
    },
    diagnostics,
  };
}

type Report = (message: string, location: SourceLocation) => void;

function scalar(node: YNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value.type !== 'null' ? pyStr(node.value) : undefined;
}

function bool(map: YMap, key: string, dflt: boolean, report: Report): boolean {
  const node = getEntry(map, key)?.value;
  if (!node || (node.kind === 'scalar' && node.value.type === 'null')) return dflt;
  if (node.kind === 'scalar' && node.value.type === 'bool') return node.value.value;
  report(`${key} must be true or false, not ${describe(node)}`, node.loc);
  return dflt;
}

function fraction(map: YMap, key: string, report: Report): number | undefined {
  const node = getEntry(map, key)?.value;
  if (!node) return undefined;
  if (node.kind === 'scalar' && (node.value.type === 'float' || node.value.type === 'int')) {
    const v = Number(node.value.value);
    if (v >= 0) return v;
  }
  report(`${key} must be a non-negative number (a fraction such as 0.3)`, node.loc);
  return undefined;
}

function readProvider(
  id: string,
  loc: SourceLocation,
  map: YMap,
  report: Report,
): OctodnsProvider | undefined {
  const cls = scalar(getEntry(map, 'class')?.value);
  if (!cls) {
    report(`provider "${id}" is missing class`, loc);
    return undefined;
  }
  const updatePercent = fraction(map, 'update_pcent_threshold', report);
  const deletePercent = fraction(map, 'delete_pcent_threshold', report);
  const base: OctodnsProvider = {
    id,
    class: cls,
    location: loc,
    ...(updatePercent !== undefined ? { updatePercent } : {}),
    ...(deletePercent !== undefined ? { deletePercent } : {}),
  };
  if (!YAML_CLASSES.has(cls)) return base;
  const split = cls.endsWith('.SplitYamlProvider');
  const directory = scalar(getEntry(map, 'directory')?.value);
  if (!directory) {
    report(`YamlProvider "${id}" is missing directory`, loc);
    return undefined;
  }
  let defaultTtl = 3600;
  const ttlNode = getEntry(map, 'default_ttl')?.value;
  if (ttlNode) {
    if (ttlNode.kind === 'scalar' && ttlNode.value.type === 'int' && ttlNode.value.value >= 0n)
      defaultTtl = Number(ttlNode.value.value);
    else
      report(`default_ttl must be a non-negative integer, not ${describe(ttlNode)}`, ttlNode.loc);
  }
  const orderMode = scalar(getEntry(map, 'order_mode')?.value) ?? 'natural';
  if (orderMode !== 'natural' && orderMode !== 'simple')
    report(`Invalid order_mode, "${orderMode}", options are "natural", "simple"`, loc);
  const splitExtNode = getEntry(map, 'split_extension')?.value;
  const splitExtension =
    splitExtNode?.kind === 'scalar' && splitExtNode.value.type === 'str'
      ? splitExtNode.value.value
      : split
        ? '.'
        : undefined;
  return {
    ...base,
    yaml: {
      directory,
      defaultTtl,
      enforceOrder: bool(map, 'enforce_order', true, report),
      orderMode: orderMode === 'simple' ? 'simple' : 'natural',
      populateShouldReplace: bool(map, 'populate_should_replace', false, report),
      splitExtension,
      sharedFilename: scalar(getEntry(map, 'shared_filename')?.value),
      disableZonefile: bool(map, 'disable_zonefile', split, report),
      escapedSemicolons: bool(map, 'escaped_semicolons', true, report),
      ignoreMissingZones: bool(map, 'ignore_missing_zones', false, report),
    },
  };
}

function stringList(
  map: YMap,
  key: string,
  zone: string,
  report: Report,
): { ids: string[]; loc?: SourceLocation } {
  const node = getEntry(map, key)?.value;
  if (!node || (node.kind === 'scalar' && node.value.type === 'null')) return { ids: [] };
  if (node.kind !== 'seq') {
    report(`zone ${zone}: ${key} must be a list, not ${describe(node)}`, node.loc);
    return { ids: [] };
  }
  const ids: string[] = [];
  for (const item of node.items) {
    const s = scalar(item);
    if (s === undefined) report(`zone ${zone}: ${key} entries must be names`, item.loc);
    else ids.push(s);
  }
  return { ids, loc: node.loc };
}

function readZoneEntry(
  key: string,
  loc: SourceLocation,
  node: YNode,
  providers: ReadonlyMap<string, OctodnsProvider>,
  processors: ReadonlyMap<string, string>,
  report: Report,
): OctodnsZoneEntry | undefined {
  if (node.kind !== 'map') {
    report(`zone ${key} must be a mapping, not ${describe(node)}`, node.loc);
    return undefined;
  }
  const dynamic = key.startsWith('*');
  if (!dynamic && !key.endsWith('.')) {
    report(`Invalid zone name ${key}, missing ending dot`, loc);
    return undefined;
  }
  const alias = scalar(getEntry(node, 'alias')?.value);
  const sources = stringList(node, 'sources', key, report);
  const targets = stringList(node, 'targets', key, report);
  const procs = stringList(node, 'processors', key, report);
  if (!alias) {
    if (sources.ids.length === 0) report(`Zone ${key} is missing sources`, loc);
    if (targets.ids.length === 0) report(`Zone ${key} is missing targets`, loc);
  }
  for (const [ids, what, where] of [
    [sources.ids, 'source', sources.loc],
    [targets.ids, 'target', targets.loc],
  ] as const)
    for (const id of ids)
      if (!providers.has(id)) report(`Zone ${key}, unknown ${what}: ${id}`, where ?? loc);
  for (const id of procs.ids)
    if (!processors.has(id)) report(`Zone ${key}, unknown processor: ${id}`, procs.loc ?? loc);
  const updatePercent = fraction(node, 'update_pcent_threshold', report);
  const deletePercent = fraction(node, 'delete_pcent_threshold', report);
  const glob = scalar(getEntry(node, 'glob')?.value);
  const regex = scalar(getEntry(node, 'regex')?.value);
  return {
    key,
    location: loc,
    sources: sources.ids,
    targets: targets.ids,
    processors: procs.ids,
    lenient: bool(node, 'lenient', false, report),
    ignoreSubzoneAdds: bool(node, 'ignore_subzone_adds', false, report),
    ...(alias ? { alias } : {}),
    ...(glob ? { glob } : {}),
    ...(regex ? { regex } : {}),
    ...(updatePercent !== undefined ? { updatePercent } : {}),
    ...(deletePercent !== undefined ? { deletePercent } : {}),
  };
}

/**
 * Which provider fields are secret-handler references (`env/NAME`, or `handler/…` for a
 * handler in `secret_handlers:`, as octoDNS's Manager resolves them) and which are literals
 * that look like credentials. Values are never kept.
 */
function credentialInfo(
  id: string,
  loc: SourceLocation,
  map: YMap,
  handlers: ReadonlySet<string>,
  group: (value: string) => number,
): CredentialInfo | undefined {
  const fields: CredentialInfo['fields'][number][] = [];
  const walk = (m: YMap, prefix: string) => {
    for (const e of m.entries) {
      const key = prefix + e.key;
      if (!prefix && NON_SECRET_KEYS.has(e.key)) continue;
      if (e.value.kind === 'map') {
        walk(e.value, `${key}.`);
        continue;
      }
      if (e.value.kind !== 'scalar' || e.value.value.type !== 'str') continue;
      const text = e.value.value.value;
      const slash = text.indexOf('/');
      const handler = slash > 0 ? text.slice(0, slash) : '';
      if (handlers.has(handler) && slash < text.length - 1)
        fields.push({
          key,
          literal: false,
          ...(handler === 'env' ? { env: text.slice(slash + 1) } : {}),
          location: e.keyLoc,
        });
      else if (SECRET_KEY.test(e.key) && text.length > 0)
        fields.push({ key, literal: true, literalGroup: group(text), location: e.keyLoc });
    }
  };
  walk(map, '');
  const cls = scalar(getEntry(map, 'class')?.value);
  if (fields.length === 0) return undefined;
  return { provider: id, ...(cls ? { type: cls } : {}), location: loc, fields };
}
