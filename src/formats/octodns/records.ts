/**
 * One YamlProvider zone file (already loaded by `yaml.ts`) into RRsets, as octoDNS's
 * YamlProvider and `Record.new` read it: `''` is the apex, a name holds one record or a list,
 * `ttl` defaults to the provider's `default_ttl`, `values` wins over `value`, `octodns.ignored`
 * records are left to the provider (unmanaged here), `dynamic`/`geo` data is part of the RRset.
 * Anything octoDNS refuses to load is an error at its line and column; with `lenient` it is a
 * warning, as octoDNS downgrades it.
 */
import type { Diagnostic, SourceLocation } from '../../model/location.js';
import { canonicalName } from '../../model/name.js';
import { CODECS } from '../../model/rdata/codecs.js';
import { canonicalRdata } from '../../model/rdata/registry.js';
import { isStandardType, type RecordType } from '../../model/record-type.js';
import type { UnmanagedPattern } from '../../model/zone.js';
import { DYNAMIC_TYPES, validateDynamic } from './dynamic.js';
import { SINGLE_VALUE_TYPES } from './value-shape.js';
import { numberOrText, scalarText, ValueError, valueText } from './values.js';
import { describe, getEntry, type YEntry, type YMap, type YNode } from './yaml.js';

/** octoDNS's own record types (provider-specific `Provider/TYPE` ones are handled apart). */
export const OCTODNS_TYPES = [
  'A',
  'AAAA',
  'ALIAS',
  'CAA',
  'CNAME',
  'DNAME',
  'DS',
  'HTTPS',
  'LOC',
  'MX',
  'NAPTR',
  'NS',
  'OPENPGPKEY',
  'PTR',
  'SPF',
  'SRV',
  'SSHFP',
  'SVCB',
  'TLSA',
  'TXT',
  'URI',
  'URLFWD',
] as const;
const KNOWN = new Set<string>(OCTODNS_TYPES);

/** octoDNS type name → model type (URI has no codec: RFC 3597 TYPE256). */
export function modelType(octodnsType: string): RecordType {
  return octodnsType === 'URI' ? 'TYPE256' : (octodnsType as RecordType);
}

export interface ZoneFileOptions {
  readonly origin: string;
  readonly defaultTtl: number;
  readonly escapedSemicolons: boolean;
  /** Zone-level `lenient`: record problems become warnings. */
  readonly lenient: boolean;
  /** Configured zones below this one (canonical): records there belong to the child. */
  readonly subzones: readonly string[];
  readonly ignoreSubzoneAdds: boolean;
  /** The zone's target ids: a record `included`/`excluded` so that none receives it is left alone. */
  readonly targets?: readonly string[];
}

/** A record as read, before RRsets of several files are merged. */
export interface OctodnsRecord {
  readonly name: string;
  readonly type: RecordType;
  readonly ttl: number;
  readonly values: readonly string[];
  readonly options?: Record<string, string>;
  readonly location: SourceLocation;
}

export interface ZoneFileResult {
  readonly records: OctodnsRecord[];
  readonly unmanaged: UnmanagedPattern[];
  readonly diagnostics: Diagnostic[];
}

export function emptyZoneFileResult(): ZoneFileResult {
  return { records: [], unmanaged: [], diagnostics: [] };
}

/**
 * Reads the records of one zone file's root mapping (`undefined` for an empty file) into `out`.
 * The entries the YAML loader handed over one at a time (yaml.ts, `rootEntries`) are read by
 * readZoneEntry as they come; the root it returns then has none left.
 */
export function readZoneFile(
  root: YNode | undefined,
  opts: ZoneFileOptions,
  out: ZoneFileResult = emptyZoneFileResult(),
): ZoneFileResult {
  if (!root || (root.kind === 'scalar' && root.value.type === 'null')) return out;
  if (root.kind !== 'map') {
    out.diagnostics.push(
      err(`a zone file must be a mapping of names, not ${describe(root)}`, root.loc),
    );
    return out;
  }
  for (const entry of root.entries) readZoneEntry(entry, opts, out);
  return out;
}

/** Reads the record or records of one name (one entry of the zone file's root mapping). */
export function readZoneEntry(entry: YEntry, opts: ZoneFileOptions, out: ZoneFileResult): void {
  // A single record points at its name's line; list items at their own line.
  if (entry.value.kind === 'seq')
    for (const body of entry.value.items)
      readRecord(entry.key, entry.keyLoc, body, body.loc, opts, out);
  else readRecord(entry.key, entry.keyLoc, entry.value, entry.keyLoc, opts, out);
}

function err(message: string, location: SourceLocation, code = 'octodns/record'): Diagnostic {
  return { level: 'error', message, location, code };
}

function readRecord(
  rawName: string,
  nameLoc: SourceLocation,
  body: YNode,
  at: SourceLocation,
  opts: ZoneFileOptions,
  out: ZoneFileResult,
): void {
  let lenient = opts.lenient;
  const report = (message: string, location: SourceLocation, code = 'octodns/record') => {
    out.diagnostics.push({ ...err(message, location, code), level: lenient ? 'warning' : 'error' });
  };
  if (body.kind !== 'map') {
    report(`record "${rawName}" must be a mapping, not ${describe(body)}`, body.loc);
    return;
  }
  const meta = getEntry(body, 'octodns')?.value;
  if (meta?.kind === 'map' && isTrue(getEntry(meta, 'lenient')?.value)) lenient = true;

  const name = checkName(rawName, nameLoc, opts.origin, report);
  const typeNode = getEntry(body, 'type')?.value;
  if (!typeNode || (typeNode.kind === 'scalar' && typeNode.value.type === 'null')) {
    report(`record "${rawName}" is missing type`, body.loc);
    return;
  }
  let type: string;
  try {
    type = scalarText(typeNode, 'type');
  } catch (e) {
    report((e as ValueError).message, typeNode.loc);
    return;
  }
  if (type.includes('/')) {
    out.diagnostics.push({
      level: 'warning',
      message: `provider-specific type "${type}" is not compared by ZoneGuard`,
      location: typeNode.loc,
      code: 'octodns/provider-type',
    });
    return;
  }
  if (!KNOWN.has(type)) {
    report(`Unknown record type: "${type}"`, typeNode.loc);
    return;
  }
  if (name === undefined) return;

  const ttl = readTtl(body, opts.defaultTtl, report);
  if (ttl === undefined) return;

  const subzone = opts.subzones.find((z) => name === z || name.endsWith(`.${z}`));
  if (subzone && !(name === subzone && (type === 'NS' || type === 'DS'))) {
    if (opts.ignoreSubzoneAdds) {
      out.diagnostics.push({
        level: 'warning',
        message: `record "${rawName}" ${type} is in sub-zone ${subzone} and is dropped (ignore_subzone_adds)`,
        location: nameLoc,
        code: 'octodns/subzone-record',
      });
      return;
    }
    report(
      `record "${rawName}" ${type} is under a managed sub-zone (${subzone}); only NS and DS may sit at its boundary`,
      nameLoc,
      'octodns/subzone-record',
    );
    return;
  }

  // octodns-sync skips an ignored record on both sides, and a record included in or excluded
  // from targets on the targets that do not take it (Zone.changes): for this zone's targets
  // together, a record no target takes is out of the push's scope.
  const reason =
    meta?.kind === 'map' && isTrue(getEntry(meta, 'ignored')?.value)
      ? 'octodns.ignored'
      : meta?.kind === 'map' && opts.targets && !reachesATarget(meta, opts.targets)
        ? 'octodns.included/excluded'
        : undefined;
  if (reason) {
    out.unmanaged.push({
      name: relativeLabel(name, opts.origin),
      types: [modelType(type)],
      source: reason,
      location: nameLoc,
    });
    return;
  }

  // octoDNS reports every reason of a record together.
  const checked = recordChecks(rawName, nameLoc, type, body, meta, opts, report);
  const values = readValues(type, body, opts, report);
  if (!checked || values === undefined) return;
  const options: Record<string, string> = {};
  for (const key of ['dynamic', 'geo'] as const) {
    const node = getEntry(body, key)?.value;
    if (node && !(node.kind === 'scalar' && node.value.type === 'null'))
      options[key] = canonicalJson(node);
  }
  const record: OctodnsRecord = {
    name,
    type: modelType(type),
    ttl,
    values,
    location: at,
    ...(Object.keys(options).length > 0 ? { options } : {}),
  };
  out.records.push(record);
}

/** True unless `included`/`excluded` keep the record from every one of `targets`. */
function reachesATarget(meta: YMap, targets: readonly string[]): boolean {
  const ids = (key: string) => {
    const node = getEntry(meta, key)?.value;
    return node?.kind === 'seq'
      ? node.items.flatMap((i) =>
          i.kind === 'scalar' && i.value.type === 'str' ? [i.value.value] : [],
        )
      : [];
  };
  const included = ids('included');
  const excluded = new Set(ids('excluded'));
  return targets.some((t) => (included.length === 0 || included.includes(t)) && !excluded.has(t));
}

/** octoDNS's record-level validators of the default set, beyond the value shapes. */
function recordChecks(
  rawName: string,
  nameLoc: SourceLocation,
  type: string,
  body: YMap,
  meta: YNode | undefined,
  opts: ZoneFileOptions,
  report: (m: string, l: SourceLocation, c?: string) => void,
): boolean {
  let ok = true;
  const fail = (message: string, location: SourceLocation) => {
    report(message, location);
    ok = false;
  };
  if (type === 'CNAME' && rawName === '') fail('root CNAME not allowed', nameLoc);
  if (type === 'ALIAS' && rawName !== '') fail('non-root ALIAS not allowed', nameLoc);
  if (type === 'SRV' && !/^(\*|_[^.]+)\.[^.]+/.test(rawName))
    fail('invalid name for SRV record', nameLoc);
  if (type === 'URI' && !/^(\*|_[^.]+)\.[^.]+/.test(rawName))
    fail('invalid name for URI record', nameLoc);
  const hc = meta?.kind === 'map' ? getEntry(meta, 'healthcheck')?.value : undefined;
  const protocol = hc?.kind === 'map' ? getEntry(hc, 'protocol')?.value : undefined;
  if (
    protocol &&
    !(
      protocol.kind === 'scalar' &&
      protocol.value.type === 'str' &&
      /^(HTTPS?|ICMP|TCP|UDP)$/.test(protocol.value.value)
    )
  )
    fail('invalid healthcheck protocol', protocol.loc);
  const dynamic = getEntry(body, 'dynamic')?.value;
  if (dynamic && DYNAMIC_TYPES.has(type))
    for (const r of validateDynamic(type, body, dynamic, {
      origin: opts.origin,
      escapedSemicolons: opts.escapedSemicolons,
    }))
      fail(r.message, r.location);
  return ok;
}

function checkName(
  rawName: string,
  loc: SourceLocation,
  origin: string,
  report: (m: string, l: SourceLocation, c?: string) => void,
): string | undefined {
  if (rawName === '@') {
    report('invalid name "@", use "" instead', loc, 'octodns/name');
    return undefined;
  }
  if (/\s/.test(rawName)) {
    report(`invalid name "${rawName}": whitespace is not allowed`, loc, 'octodns/name');
    return undefined;
  }
  if (rawName.includes('..') || rawName.endsWith('.')) {
    report(`invalid name, double \`.\` in "${rawName}.${origin}"`, loc, 'octodns/name');
    return undefined;
  }
  const fqdn = rawName === '' ? origin : `${rawName}.${origin}`;
  const label = rawName.split('.').find((l) => l.length > 63);
  if (label !== undefined) {
    report(
      `invalid label, "${label}" is too long at ${label.length} chars, max is 63`,
      loc,
      'octodns/name',
    );
    return undefined;
  }
  if (fqdn.length > 253) {
    report(
      `invalid fqdn, "${fqdn}" is too long at ${fqdn.length} chars, max is 253`,
      loc,
      'octodns/name',
    );
    return undefined;
  }
  const r = canonicalName(fqdn);
  if (!r.ok) {
    report(`invalid name "${rawName}": ${r.message}`, loc, 'octodns/name');
    return undefined;
  }
  return r.name;
}

function readTtl(
  body: YMap,
  defaultTtl: number,
  report: (m: string, l: SourceLocation) => void,
): number | undefined {
  const node = getEntry(body, 'ttl')?.value;
  if (!node) return defaultTtl;
  let ttl: number | undefined;
  if (node.kind === 'scalar') {
    const v = node.value;
    if (v.type === 'int') ttl = Number(v.value);
    else if (v.type === 'float' && Number.isFinite(v.value)) ttl = Math.trunc(v.value);
    else if (v.type === 'str' && /^\s*[-+]?\d+\s*$/.test(v.value)) ttl = Number(v.value);
  }
  if (ttl === undefined || ttl < 0 || ttl > 2 ** 31 - 1) {
    report(
      `invalid ttl: ${node.kind === 'scalar' ? JSON.stringify(scalarOrText(node)) : describe(node)}`,
      node.loc,
    );
    return undefined;
  }
  return ttl;
}

function scalarOrText(node: YNode): string {
  try {
    return numberOrText(node, 'ttl');
  } catch {
    return describe(node);
  }
}

function readValues(
  type: string,
  body: YMap,
  opts: ZoneFileOptions,
  report: (m: string, l: SourceLocation) => void,
): string[] | undefined {
  const single = SINGLE_VALUE_TYPES.has(type);
  const valuesNode = single ? undefined : getEntry(body, 'values')?.value;
  const valueNode = getEntry(body, 'value')?.value;
  const chosen = valuesNode ?? valueNode;
  if (!chosen || (chosen.kind === 'scalar' && chosen.value.type === 'null')) {
    report(single ? 'missing value' : 'missing value(s)', body.loc);
    return undefined;
  }
  if (single && chosen.kind === 'seq') {
    report(`${type} takes a single value, not a list`, chosen.loc);
    return undefined;
  }
  const items = chosen.kind === 'seq' ? chosen.items : [chosen];
  if (items.length === 0) {
    report('missing value(s)', chosen.loc);
    return undefined;
  }
  const values: string[] = [];
  let failed = false;
  const ctx = { origin: opts.origin, escapedSemicolons: opts.escapedSemicolons };
  for (const item of items) {
    try {
      values.push(canonical(type, valueText(type, item, ctx), opts.origin, item));
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      report(e.message, e.location);
      failed = true;
    }
  }
  return failed ? undefined : [...new Set(values)].sort();
}

/** The model's canonical text; types whose codec has not landed keep our presentation text. */
function canonical(octodnsType: string, text: string, origin: string, node: YNode): string {
  const type = modelType(octodnsType);
  if (isStandardType(type) && !(type in CODECS)) return text;
  const r = canonicalRdata(type, text, origin);
  if (!r.ok) throw new ValueError(`invalid ${octodnsType} value: ${r.message}`, node.loc);
  return r.value;
}

function isTrue(node: YNode | undefined): boolean {
  return node?.kind === 'scalar' && node.value.type === 'bool' && node.value.value;
}

function relativeLabel(name: string, origin: string): string {
  return name === origin ? '@' : name.slice(0, name.length - origin.length - 1);
}

/** Canonical JSON of a YAML value: sorted keys, scalars as JSON values. Used for `dynamic`. */
export function canonicalJson(node: YNode): string {
  const memo = new Map<YNode, string>();
  const go = (n: YNode): string => {
    const done = memo.get(n);
    if (done !== undefined) return done;
    let s: string;
    if (n.kind === 'seq') s = `[${n.items.map(go).join(',')}]`;
    else if (n.kind === 'map')
      s = `{${[...n.entries]
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map((e) => `${JSON.stringify(e.key)}:${go(e.value)}`)
        .join(',')}}`;
    else {
      const v = n.value;
      s =
        v.type === 'null'
          ? 'null'
          : v.type === 'bool'
            ? String(v.value)
            : v.type === 'str'
              ? JSON.stringify(v.value)
              : v.type === 'int'
                ? v.value.toString()
                : Number.isFinite(v.value)
                  ? String(v.value)
                  : JSON.stringify(String(v.value));
    }
    memo.set(n, s);
    return s;
  };
  return go(node);
}
