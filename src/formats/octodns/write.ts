/**
 * Our model written back as octoDNS YamlProvider YAML: names in natural order, keys sorted (so
 * `enforce_order` accepts it), one record as a mapping, several as a list, `value` for one
 * value and `values` for more, TXT with `\;`. Reading the output back gives the same RRsets
 * (the round-trip tests hold us to it), except for what octoDNS itself cannot express: TXT
 * chunk boundaries (octoDNS re-chunks at 255 octets) and types it has no record class for.
 */
import { isInZone, relativeName } from '../../model/name.js';
import { decodeEscapes, tokenizeRdata } from '../../model/rdata/registry.js';
import type { RdataToken } from '../../model/rdata/types.js';
import type { RRset, Zone } from '../../model/zone.js';
import { SINGLE_VALUE_TYPES } from './value-shape.js';
import { naturalCompare, resolvePlainScalar } from './yaml11.js';

/** A YAML value to emit; mappings are entry lists so that the order is ours. */
type Out = string | number | boolean | null | Out[] | { readonly entries: [string, Out][] };

export interface OctodnsWriteOptions {
  /** The provider's `default_ttl`: TTLs equal to it are left out, as octoDNS writes them. */
  readonly defaultTtl?: number;
}

/** The YAML (a YamlProvider file fragment) for the given RRsets of `zone`. */
export function formatOctodnsRecords(
  rrsets: readonly RRset[],
  zone: string,
  options: OctodnsWriteOptions = {},
): string {
  const byName = new Map<string, RRset[]>();
  const skipped: string[] = [];
  for (const r of rrsets) {
    if (octodnsTypeOf(r.type) === undefined) {
      skipped.push(`# ${r.name} ${r.type}: octoDNS has no record type for this`);
      continue;
    }
    if (!isInZone(r.name, zone)) {
      skipped.push(`# ${r.name} ${r.type}: outside ${zone}`);
      continue;
    }
    const rel = relativeName(r.name, zone);
    const key = rel === '@' ? '' : rel;
    const list = byName.get(key) ?? [];
    list.push(r);
    byName.set(key, list);
  }
  const entries: [string, Out][] = [...byName.entries()]
    .sort(([a], [b]) => naturalCompare(a, b))
    .map(([name, list]) => {
      const records = list
        .sort((a, b) => naturalCompare(octodnsTypeOf(a.type)!, octodnsTypeOf(b.type)!))
        .map((r) => recordOut(r, zone, options));
      return [name, records.length === 1 ? records[0]! : records];
    });
  const body = entries.length > 0 ? emit({ entries }, 0) : '{}\n';
  return `${skipped.map((s) => `${s}\n`).join('')}${body}`;
}

/** A whole YamlProvider zone file for `zone`. */
export function formatOctodnsZone(zone: Zone, options: OctodnsWriteOptions = {}): string {
  return `---\n${formatOctodnsRecords(zone.rrsets, zone.name, options)}`;
}

function octodnsTypeOf(type: string): string | undefined {
  if (type === 'TYPE256') return 'URI';
  return /^(?:A|AAAA|ALIAS|CAA|CNAME|DNAME|DS|HTTPS|LOC|MX|NAPTR|NS|OPENPGPKEY|PTR|SPF|SRV|SSHFP|SVCB|TLSA|TXT|URLFWD)$/.test(
    type,
  )
    ? type
    : undefined;
}

function sorted(entries: [string, Out][]): { entries: [string, Out][] } {
  return { entries: entries.sort(([a], [b]) => naturalCompare(a, b)) };
}

function recordOut(r: RRset, zone: string, options: OctodnsWriteOptions): Out {
  const type = octodnsTypeOf(r.type)!;
  const entries: [string, Out][] = [['type', type]];
  if (r.ttl !== options.defaultTtl) entries.push(['ttl', r.ttl]);
  const values = r.values.map((v) => valueOut(type, v, zone));
  if (SINGLE_VALUE_TYPES.has(type) || values.length === 1) entries.push(['value', values[0]!]);
  else entries.push(['values', values]);
  for (const [key, json] of Object.entries(r.options ?? {}))
    if (key === 'dynamic' || key === 'geo') entries.push([key, fromJson(JSON.parse(json))]);
  return sorted(entries);
}

function fromJson(v: unknown): Out {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return v;
  if (Array.isArray(v)) return v.map(fromJson);
  return sorted(Object.entries(v as object).map(([k, x]) => [k, fromJson(x)]));
}

/** Targets stay absolute (trailing dot), which octoDNS's best-practice validators ask for. */
function valueOut(type: string, text: string, zone: string): Out {
  const tokens = tokenizeRdata(text);
  if ('error' in tokens) throw new Error(`not canonical ${type} rdata: ${text}`);
  const t = (i: number) => tokens[i]?.text ?? '';
  const n = (i: number) => Number(t(i));
  const str = (i: number) => octets(tokens[i]);
  switch (type) {
    case 'A':
    case 'AAAA':
    case 'CNAME':
    case 'ALIAS':
    case 'DNAME':
    case 'NS':
    case 'PTR':
    case 'OPENPGPKEY':
      return tokens.map((x) => x.text).join('');
    case 'TXT':
    case 'SPF':
      return tokens.map(octets).join('').replace(/;/g, '\\;');
    case 'MX':
      return sorted([
        ['preference', n(0)],
        ['exchange', t(1)],
      ]);
    case 'SRV':
      return sorted([
        ['priority', n(0)],
        ['weight', n(1)],
        ['port', n(2)],
        ['target', t(3)],
      ]);
    case 'CAA':
      return sorted([
        ['flags', n(0)],
        ['tag', t(1)],
        ['value', str(2)],
      ]);
    case 'DS':
      return sorted([
        ['key_tag', n(0)],
        ['algorithm', n(1)],
        ['digest_type', n(2)],
        [
          'digest',
          tokens
            .slice(3)
            .map((x) => x.text)
            .join(''),
        ],
      ]);
    case 'SSHFP':
      return sorted([
        ['algorithm', n(0)],
        ['fingerprint_type', n(1)],
        [
          'fingerprint',
          tokens
            .slice(2)
            .map((x) => x.text)
            .join(''),
        ],
      ]);
    case 'TLSA':
      return sorted([
        ['certificate_usage', n(0)],
        ['selector', n(1)],
        ['matching_type', n(2)],
        [
          'certificate_association_data',
          tokens
            .slice(3)
            .map((x) => x.text)
            .join(''),
        ],
      ]);
    case 'NAPTR':
      return sorted([
        ['order', n(0)],
        ['preference', n(1)],
        ['flags', str(2)],
        ['service', str(3)],
        ['regexp', str(4)],
        ['replacement', t(5)],
      ]);
    case 'LOC':
      return locOut(tokens);
    case 'SVCB':
    case 'HTTPS':
      return svcbOut(tokens);
    case 'URLFWD':
      return sorted([
        ['path', str(0)],
        ['target', str(1)],
        ['code', n(2)],
        ['masking', n(3)],
        ['query', n(4)],
      ]);
    case 'URI': {
      const hex = tokens
        .slice(2)
        .map((x) => x.text)
        .join('');
      const bytes = Buffer.from(hex, 'hex');
      return sorted([
        ['priority', bytes.readUInt16BE(0)],
        ['weight', bytes.readUInt16BE(2)],
        ['target', bytes.subarray(4).toString('utf8')],
      ]);
    }
    default:
      throw new Error(`octoDNS has no ${type} records (${zone})`);
  }
}

function octets(token: RdataToken | undefined): string {
  if (!token) return '';
  const d = decodeEscapes(token.text);
  if (typeof d !== 'string') throw new Error(d.error);
  return d;
}

function locOut(tokens: readonly RdataToken[]): Out {
  // `d [m [s]] N|S d [m [s]] E|W alt[m] [size[m] [hp[m] [vp[m]]]]`, as the LOC codec prints it.
  let i = 0;
  const angle = (dirs: string) => {
    const parts: string[] = [];
    while (i < tokens.length && !dirs.includes(tokens[i]!.text.toUpperCase()))
      parts.push(tokens[i++]!.text);
    const dir = tokens[i++]?.text.toUpperCase() ?? dirs[0]!;
    return { d: Number(parts[0] ?? 0), m: Number(parts[1] ?? 0), s: Number(parts[2] ?? 0), dir };
  };
  const lat = angle('NS');
  const lon = angle('EW');
  const metres = (dflt: number) => {
    const x = tokens[i++];
    return x ? Number(x.text.replace(/m$/i, '')) : dflt;
  };
  const altitude = metres(0);
  const size = metres(1);
  const hp = metres(10000);
  const vp = metres(10);
  return sorted([
    ['lat_degrees', lat.d],
    ['lat_minutes', lat.m],
    ['lat_seconds', lat.s],
    ['lat_direction', lat.dir],
    ['long_degrees', lon.d],
    ['long_minutes', lon.m],
    ['long_seconds', lon.s],
    ['long_direction', lon.dir],
    ['altitude', altitude],
    ['size', size],
    ['precision_horz', hp],
    ['precision_vert', vp],
  ]);
}

const SVC_LISTS = new Set(['alpn', 'ipv4hint', 'ipv6hint', 'mandatory']);

function svcbOut(tokens: readonly RdataToken[]): Out {
  const params: [string, Out][] = [];
  for (let i = 2; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const eq = tok.text.indexOf('=');
    if (eq < 0) {
      params.push([tok.text, null]);
      continue;
    }
    const key = tok.text.slice(0, eq);
    let raw = tok.text.slice(eq + 1);
    if (raw === '' && tokens[i + 1]?.quoted) raw = tokens[++i]!.text;
    const value = octets({ text: raw, quoted: false });
    if (SVC_LISTS.has(key)) params.push([key, splitUnescapedCommas(value)]);
    else if (key === 'port') params.push([key, Number(value)]);
    else params.push([key, value]);
  }
  const entries: [string, Out][] = [
    ['svcpriority', Number(tokens[0]?.text)],
    ['targetname', tokens[1]?.text ?? '.'],
  ];
  if (params.length > 0) entries.push(['svcparams', sorted(params)]);
  return sorted(entries);
}

function splitUnescapedCommas(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) cur += s[++i];
    else if (s[i] === ',') {
      out.push(cur);
      cur = '';
    } else cur += s[i];
  }
  out.push(cur);
  return out;
}

// ---- a small YAML emitter for this shape (block style, safe quoting for YAML 1.1) -----------

function scalar(v: string | number | boolean | null): string {
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const plain =
    /^[A-Za-z0-9_./][A-Za-z0-9_./+=@-]*$/.test(v) &&
    resolvePlainScalar(v).type === 'str' &&
    !/^\d{4}-\d\d?-\d\d?/.test(v) &&
    v !== '<<' &&
    v !== '=';
  if (plain) return v;
  if (!/[\x00-\x1f\x7f]/.test(v)) return `'${v.replace(/'/g, "''")}'`;
  let out = '';
  for (const ch of v) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `"${out}"`;
}

function isCollection(v: Out): v is Out[] | { readonly entries: [string, Out][] } {
  return Array.isArray(v) || (typeof v === 'object' && v !== null);
}

function emit(v: Out, indent: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(v)) {
    if (v.length === 0) return `${pad}[]\n`;
    return v
      .map((item) => {
        if (!isCollection(item)) return `${pad}- ${scalar(item)}\n`;
        const inner = emit(item, indent + 2);
        return `${pad}- ${inner.slice(indent + 2)}`;
      })
      .join('');
  }
  if (typeof v === 'object' && v !== null) {
    if (v.entries.length === 0) return `${pad}{}\n`;
    return v.entries
      .map(([k, x]) => {
        if (!isCollection(x)) return `${pad}${scalar(k)}: ${scalar(x)}\n`;
        return `${pad}${scalar(k)}:\n${emit(x, indent + 2)}`;
      })
      .join('');
  }
  return `${pad}${scalar(v)}\n`;
}
