/**
 * octoDNS value shapes, one per record type, turned into presentation text (`10 mx.example.com.`)
 * for the model's rdata codecs. Field names, defaults and legacy aliases follow octoDNS's record
 * classes (`octodns/record/<type>.py`); checks here are the ones its default (`legacy`)
 * validator set applies, each reported at the value's own line and column.
 */
import type { SourceLocation } from '../../model/location.js';
import { canonicalName } from '../../model/name.js';
import { describe, getEntry, type YMap, type YNode } from './yaml.js';

export class ValueError extends Error {
  constructor(
    message: string,
    readonly location: SourceLocation,
  ) {
    super(message);
    this.name = 'ValueError';
  }
}

export interface ValueContext {
  /** The zone apex, canonical; relative targets resolve against it. */
  readonly origin: string;
  /** YamlProvider `escaped_semicolons` (default true): TXT must write `\;`. */
  readonly escapedSemicolons: boolean;
}

/**
 * A string field. octoDNS calls string methods on these, so a YAML 1.1 number, boolean or date
 * (`12345`, `yes`, `2024-01-01` unquoted) makes it fail: quoting is the fix.
 */
export function scalarText(node: YNode, what: string): string {
  if (node.kind === 'scalar' && node.value.type === 'str') return node.value.value;
  const hint = node.kind === 'scalar' && node.value.type !== 'null' ? ' (quote it)' : '';
  throw new ValueError(`${what} must be a string, not ${describe(node)}${hint}`, node.loc);
}

/** A field octoDNS reads as a number or its text (LOC, SvcParam values). */
export function numberOrText(node: YNode, what: string): string {
  if (node.kind === 'scalar' && (node.value.type === 'int' || node.value.type === 'float'))
    return node.value.type === 'int' ? node.value.value.toString() : String(node.value.value);
  return scalarText(node, what);
}

/** An integer field (Python `int()` of a number or a decimal string). */
export function intField(node: YNode, what: string, min = 0, max = 65535): number {
  let n: number | undefined;
  if (node.kind === 'scalar') {
    const v = node.value;
    if (v.type === 'int') n = Number(v.value);
    else if (v.type === 'float' && Number.isFinite(v.value)) n = Math.trunc(v.value);
    else if (v.type === 'str' && /^\s*[-+]?\d+\s*$/.test(v.value)) n = Number(v.value.trim());
  }
  if (n === undefined)
    throw new ValueError(`${what} must be an integer, not ${describe(node)}`, node.loc);
  if (n < min || n > max)
    throw new ValueError(`invalid ${what} "${n}" (expected ${min}-${max})`, node.loc);
  return n;
}

function field(map: YMap, key: string, what: string): YNode {
  const e = getEntry(map, key);
  if (!e || (e.value.kind === 'scalar' && e.value.value.type === 'null'))
    throw new ValueError(`missing ${what}`, map.loc);
  return e.value;
}

function optional(map: YMap, key: string): YNode | undefined {
  const e = getEntry(map, key);
  if (!e || (e.value.kind === 'scalar' && e.value.value.type === 'null')) return undefined;
  return e.value;
}

function asMap(node: YNode, type: string): YMap {
  if (node.kind !== 'map')
    throw new ValueError(`a ${type} value must be a mapping, not ${describe(node)}`, node.loc);
  return node;
}

/**
 * A target name as octoDNS takes it: always a fully qualified name, with or without the final
 * dot (a missing dot is only a best-practice warning there, never "relative to the zone"), and
 * a valid FQDN (two labels at least, letters, digits, `-`, `_`). `.` is the null target where
 * the type allows one. Templated values (`{zone_name}`) are kept as written.
 */
function target(text: string, node: YNode, type: string, key: string, nullOk = false): string {
  if (text === '') throw new ValueError(`missing ${key}`, node.loc);
  if (text === '.' && nullOk) return '.';
  const absolute = text.endsWith('.') ? text : `${text}.`;
  if (text.includes('{') && text.includes('}')) return absolute;
  const r = canonicalName(absolute);
  if (!r.ok || !isFqdn(r.name))
    throw new ValueError(`${type} ${key} "${text}" is not a valid FQDN`, node.loc);
  return r.name;
}

const FQDN_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

function isFqdn(name: string): boolean {
  const labels = name.slice(0, -1).split('.');
  return (
    name.length - 1 <= 253 &&
    labels.length >= 2 &&
    labels.every((l) => FQDN_LABEL.test(l)) &&
    !/^\d+$/.test(labels[labels.length - 1]!)
  );
}

/** NAPTR replacement: a name or `.`, which octoDNS does not check further. */
function replacement(text: string, node: YNode): string {
  if (text === '.' || text === '') return '.';
  const r = canonicalName(text.endsWith('.') ? text : `${text}.`);
  if (!r.ok) throw new ValueError(`invalid replacement "${text}": ${r.message}`, node.loc);
  return r.name;
}

function quote(s: string): string {
  // Most text needs no escape: one test, not a string built a character at a time.
  if (!/["\\\x00-\x1f\x7f]/.test(s)) return `"${s}"`;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c < 0x20 || c === 0x7f) out += `\\${String(c).padStart(3, '0')}`;
    else out += ch;
  }
  return `"${out}"`;
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function isIPv6(s: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return false;
  let text = s;
  const v4 = /:((?:\d+\.){3}\d+)$/.exec(s);
  if (v4) {
    if (!IPV4.test(v4[1]!)) return false;
    text = `${s.slice(0, v4.index)}:0:0`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => g.some((x) => !/^[0-9a-fA-F]{1,4}$/.test(x)))) return false;
  const count = groups.reduce((n, g) => n + g.length, 0);
  return halves.length === 2 ? count < 8 : count === 8;
}

/** Presentation text of one TXT/SPF value: `\;` unescaped, 255-octet chunks, as octoDNS. */
function txtText(raw: string, ctx: ValueContext, node: YNode): string {
  let v = ctx.escapedSemicolons ? raw : raw.replace(/;/g, '\\;');
  if (/\w;/.test(v)) throw new ValueError(`unescaped ; in "${v}" (write \\;)`, node.loc);
  if (/\\\\;/.test(v)) throw new ValueError(`double escaped ; in "${v}"`, node.loc);
  if (/[^\x00-\x7f]/.test(v)) throw new ValueError(`non ASCII character in "${v}"`, node.loc);
  // octoDNS strips wrapping quotes and joins `"a" "b"` chunks on load.
  if (v.startsWith('"')) v = v.slice(1, -1);
  v = v.replace(/" "/g, '').replace(/\\;/g, ';');
  const chunks: string[] = [];
  for (let i = 0; i < v.length; i += 255) chunks.push(v.slice(i, i + 255));
  return (chunks.length > 0 ? chunks : ['']).map(quote).join(' ');
}

/** The presentation text of one value of `type`, from its octoDNS shape. */
export function valueText(type: string, node: YNode, ctx: ValueContext): string {
  switch (type) {
    case 'A': {
      const s = scalarText(node, 'value');
      if (!IPV4.test(s)) throw new ValueError(`invalid IPv4 address "${s}"`, node.loc);
      return s;
    }
    case 'AAAA': {
      const s = scalarText(node, 'value');
      if (!isIPv6(s)) throw new ValueError(`invalid IPv6 address "${s}"`, node.loc);
      return s.toLowerCase();
    }
    case 'CNAME':
    case 'ALIAS':
    case 'DNAME':
    case 'NS':
    case 'PTR':
      return target(scalarText(node, 'value'), node, type, 'value');
    case 'TXT':
    case 'SPF':
      return txtText(scalarText(node, 'value'), ctx, node);
    case 'OPENPGPKEY':
      return scalarText(node, 'value').replace(/\s+/g, '');
    case 'MX': {
      const m = asMap(node, type);
      const pref = optional(m, 'preference') ?? optional(m, 'priority');
      if (!pref) throw new ValueError('missing preference', m.loc);
      const exch = optional(m, 'exchange') ?? optional(m, 'value');
      if (!exch) throw new ValueError('missing exchange', m.loc);
      return `${intField(pref, 'preference')} ${target(scalarText(exch, 'exchange'), exch, type, 'exchange', true)}`;
    }
    case 'SRV': {
      const m = asMap(node, type);
      const t = field(m, 'target', 'target');
      return [
        intField(field(m, 'priority', 'priority'), 'priority'),
        intField(field(m, 'weight', 'weight'), 'weight'),
        intField(field(m, 'port', 'port'), 'port'),
        target(scalarText(t, 'target'), t, type, 'target', true),
      ].join(' ');
    }
    case 'URI': {
      const m = asMap(node, type);
      return uriGeneric(
        intField(field(m, 'priority', 'priority'), 'priority'),
        intField(field(m, 'weight', 'weight'), 'weight'),
        scalarText(field(m, 'target', 'target'), 'target'),
      );
    }
    case 'CAA': {
      const m = asMap(node, type);
      const flags = optional(m, 'flags');
      const tag = scalarText(field(m, 'tag', 'tag'), 'tag');
      const value = scalarText(field(m, 'value', 'value'), 'value');
      return `${flags ? intField(flags, 'flags', 0, 255) : 0} ${tag} ${quote(value)}`;
    }
    case 'DS': {
      const m = asMap(node, type);
      // Legacy DS keys (before 1.x's rename), still accepted until octoDNS 2.0.
      if (!getEntry(m, 'key_tag') && getEntry(m, 'public_key'))
        return [
          intField(field(m, 'flags', 'flags'), 'flags'),
          intField(field(m, 'protocol', 'protocol'), 'protocol', 0, 255),
          intField(field(m, 'algorithm', 'algorithm'), 'algorithm', 0, 255),
          scalarText(field(m, 'public_key', 'public_key'), 'public_key'),
        ].join(' ');
      return [
        intField(field(m, 'key_tag', 'key_tag'), 'key_tag'),
        intField(field(m, 'algorithm', 'algorithm'), 'algorithm', 0, 255),
        intField(field(m, 'digest_type', 'digest_type'), 'digest_type', 0, 255),
        scalarText(field(m, 'digest', 'digest'), 'digest'),
      ].join(' ');
    }
    case 'SSHFP': {
      const m = asMap(node, type);
      return [
        intField(field(m, 'algorithm', 'algorithm'), 'algorithm', 0, 255),
        intField(field(m, 'fingerprint_type', 'fingerprint_type'), 'fingerprint_type', 0, 255),
        scalarText(field(m, 'fingerprint', 'fingerprint'), 'fingerprint'),
      ].join(' ');
    }
    case 'TLSA': {
      const m = asMap(node, type);
      return [
        intField(field(m, 'certificate_usage', 'certificate_usage'), 'certificate_usage', 0, 255),
        intField(field(m, 'selector', 'selector'), 'selector', 0, 255),
        intField(field(m, 'matching_type', 'matching_type'), 'matching_type', 0, 255),
        scalarText(
          field(m, 'certificate_association_data', 'certificate_association_data'),
          'certificate_association_data',
        ),
      ].join(' ');
    }
    case 'NAPTR': {
      const m = asMap(node, type);
      const flags = scalarText(field(m, 'flags', 'flags'), 'flags');
      if (!/^[SAUP]?$/i.test(flags)) throw new ValueError(`unrecognized flags "${flags}"`, m.loc);
      const repl = field(m, 'replacement', 'replacement');
      return [
        intField(field(m, 'order', 'order'), 'order'),
        intField(field(m, 'preference', 'preference'), 'preference'),
        quote(flags),
        quote(scalarText(field(m, 'service', 'service'), 'service')),
        quote(scalarText(field(m, 'regexp', 'regexp'), 'regexp')),
        replacement(scalarText(repl, 'replacement'), repl),
      ].join(' ');
    }
    case 'LOC':
      return locText(asMap(node, type));
    case 'SVCB':
    case 'HTTPS':
      return svcbText(asMap(node, type));
    case 'URLFWD': {
      const m = asMap(node, type);
      const code = intField(field(m, 'code', 'code'), 'code', 0, 999);
      if (code !== 301 && code !== 302)
        throw new ValueError(`unrecognized return code "${code}"`, m.loc);
      return [
        quote(scalarText(field(m, 'path', 'path'), 'path')),
        quote(scalarText(field(m, 'target', 'target'), 'target')),
        code,
        intField(field(m, 'masking', 'masking'), 'masking', 0, 2),
        intField(field(m, 'query', 'query'), 'query', 0, 1),
      ].join(' ');
    }
    default:
      throw new ValueError(`unknown record type "${type}"`, node.loc);
  }
}

/** RFC 7553 URI has no model codec: RFC 3597 form of priority, weight and the target octets. */
function uriGeneric(priority: number, weight: number, targetText: string): string {
  const bytes = Buffer.concat([
    Buffer.from([priority >> 8, priority & 255, weight >> 8, weight & 255]),
    Buffer.from(targetText, 'utf8'),
  ]);
  return `\\# ${bytes.length} ${bytes.toString('hex').toUpperCase()}`;
}

function locText(m: YMap): string {
  const num = (key: string, max: number) => {
    const n = field(m, key, key);
    const s = numberOrText(n, key);
    const v = Number(s);
    if (!Number.isFinite(v) || v < 0 || v > max)
      throw new ValueError(`invalid ${key} "${s}"`, n.loc);
    return s;
  };
  const dir = (key: string, allowed: string) => {
    const n = field(m, key, key);
    const s = scalarText(n, key).toUpperCase();
    if (!allowed.includes(s) || s.length !== 1)
      throw new ValueError(`invalid ${key} "${s}"`, n.loc);
    return s;
  };
  const alt = field(m, 'altitude', 'altitude');
  const altText = numberOrText(alt, 'altitude');
  const altitude = Number(altText);
  if (!Number.isFinite(altitude) || altitude < -100000 || altitude > 42849672.95)
    throw new ValueError(`invalid altitude "${altText}"`, alt.loc);
  return [
    intField(field(m, 'lat_degrees', 'lat_degrees'), 'lat_degrees', 0, 90),
    intField(field(m, 'lat_minutes', 'lat_minutes'), 'lat_minutes', 0, 59),
    num('lat_seconds', 59.999),
    dir('lat_direction', 'NS'),
    intField(field(m, 'long_degrees', 'long_degrees'), 'long_degrees', 0, 180),
    intField(field(m, 'long_minutes', 'long_minutes'), 'long_minutes', 0, 59),
    num('long_seconds', 59.999),
    dir('long_direction', 'EW'),
    `${altText}m`,
    `${num('size', 90000000)}m`,
    `${num('precision_horz', 90000000)}m`,
    `${num('precision_vert', 90000000)}m`,
  ].join(' ');
}

function svcbText(m: YMap): string {
  const prio = intField(field(m, 'svcpriority', 'svcpriority'), 'svcpriority');
  const t = field(m, 'targetname', 'targetname');
  const parts = [String(prio), target(scalarText(t, 'targetname'), t, 'SVCB', 'targetname', true)];
  const params = optional(m, 'svcparams');
  if (params) {
    if (params.kind !== 'map')
      throw new ValueError(`svcparams must be a mapping, not ${describe(params)}`, params.loc);
    if (prio === 0 && params.entries.length > 0)
      throw new ValueError('svcparams are not allowed in AliasMode (svcpriority 0)', params.loc);
    for (const e of params.entries) {
      const key = e.key;
      if (!/^(?:mandatory|alpn|no-default-alpn|port|ipv4hint|ech|ipv6hint|key\d{1,5})$/.test(key))
        throw new ValueError(`unknown SvcParam key "${key}"`, e.keyLoc);
      const v = e.value;
      if (key === 'no-default-alpn') {
        if (!(v.kind === 'scalar' && v.value.type === 'null'))
          throw new ValueError('no-default-alpn takes no value', v.loc);
        parts.push(key);
        continue;
      }
      const text =
        v.kind === 'seq'
          ? v.items.map((i) => numberOrText(i, key).replace(/([,\\])/g, '\\$1')).join(',')
          : numberOrText(v, key);
      parts.push(`${key}=${quote(text)}`);
    }
  }
  return parts.join(' ');
}
