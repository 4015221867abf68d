/**
 * SVCB and HTTPS (RFC 9460): priority, target, and SvcParams sorted by key number. Values are
 * character-strings first (quotes, `\DDD`); comma lists then use a second level of escaping
 * (`\,`), as RFC 9460 Appendix A describes. Printed as BIND prints them. The keys are the IANA
 * "Service Parameter Keys (SvcParamKeys)" registry's: RFC 9460's seven, `dohpath` (RFC 9461),
 * `ohttp` (RFC 9540) and `tls-supported-groups`; any other is `keyNNNNN`.
 */
import { formatIPv6, parseIPv4, parseIPv6 } from './address.js';
import { checkBase64, decodeOctets, escapeOctets, name, U16, uint } from './fields.js';
import { type RdataCodec, RdataError, type RdataToken, type SvcParam } from './types.js';

const KEY_NAMES = [
  'mandatory',
  'alpn',
  'no-default-alpn',
  'port',
  'ipv4hint',
  'ech',
  'ipv6hint',
  'dohpath',
  'ohttp',
  'tls-supported-groups',
];

/**
 * RFC 9461 §5: a relative URI Template (RFC 6570) with a `dns` variable. As BIND checks it:
 * it starts with `/`, every `{` is closed, and some expression names `dns` (with or without
 * an operator and a modifier).
 */
function checkDohpath(path: string, at: number): string {
  let hasDns = false;
  for (let k = path.indexOf('{'); k !== -1; k = path.indexOf('{', k + 1)) {
    const close = path.indexOf('}', k);
    if (close === -1) break;
    const body = path.slice(k + 1, close).replace(/^[+#./;?&=,!@|]/, '');
    if (body.split(',').some((v) => /^dns(\*|:\d+)?$/.test(v))) hasDns = true;
  }
  const balanced = (path.match(/\{/g) ?? []).length === (path.match(/\}/g) ?? []).length;
  if (!path.startsWith('/') || !balanced || !hasDns)
    throw new RdataError('dohpath must be a relative URI template with a {?dns} variable', at);
  return path;
}

/** tls-supported-groups: TLS named-group numbers, at least one, none twice. */
function groupList(text: string, at: number): number[] {
  const groups = text.split(',').map((g) => uint([{ text: g, quoted: false }], 0, U16, 'group'));
  if (new Set(groups).size !== groups.length)
    throw new RdataError('tls-supported-groups lists a group twice', at);
  return groups;
}

function keyNumber(key: string): number | undefined {
  const known = KEY_NAMES.indexOf(key.toLowerCase());
  if (known !== -1) return known;
  const m = /^key(\d{1,5})$/i.exec(key);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n < 65535 ? n : undefined;
}

function keyName(n: number): string {
  return KEY_NAMES[n] ?? `key${n}`;
}

/** Splits a decoded value on commas not escaped by a backslash, undoing `\,` and `\\`. */
function splitList(octets: string): string[] {
  const items: string[] = [];
  let cur = '';
  for (let k = 0; k < octets.length; k++) {
    const c = octets[k]!;
    if (c === '\\' && k + 1 < octets.length) cur += octets[++k];
    else if (c === ',') {
      items.push(cur);
      cur = '';
    } else cur += c;
  }
  items.push(cur);
  return items;
}

function valueText(n: number, octets: string | undefined, at: number): string | undefined {
  const what = keyName(n);
  const need = (): string => {
    if (octets === undefined || octets === '') throw new RdataError(`${what} needs a value`, at);
    return octets;
  };
  switch (n) {
    case 0: {
      const keys = need()
        .split(',')
        .map((k) => keyNumber(k));
      if (keys.some((k) => k === undefined || k === 0))
        throw new RdataError('mandatory lists unknown keys or itself', at);
      const sorted = [...new Set(keys as number[])].sort((a, b) => a - b);
      if (sorted.length !== keys.length) throw new RdataError('mandatory lists a key twice', at);
      return sorted.map(keyName).join(',');
    }
    case 1: {
      const ids = splitList(need());
      if (ids.some((id) => id.length === 0 || id.length > 255))
        throw new RdataError('alpn has an empty or over-long protocol id', at);
      return alpnText(ids);
    }
    case 2:
      if (octets) throw new RdataError('no-default-alpn takes no value', at);
      return undefined;
    case 3:
      return String(uint([{ text: need(), quoted: false }], 0, U16, 'port'));
    case 4: {
      const list = need().split(',');
      if (list.some((a) => !parseIPv4(a)))
        throw new RdataError('ipv4hint needs IPv4 addresses', at);
      return list.join(',');
    }
    case 5:
      // BIND takes an empty ech (`ech=""`) and prints the bare key.
      return octets ? checkBase64(octets, at, 'ech') : undefined;
    case 6: {
      const list = need()
        .split(',')
        .map((a) => parseIPv6(a));
      if (list.some((a) => !a)) throw new RdataError('ipv6hint needs IPv6 addresses', at);
      return list.map((a) => formatIPv6(a!)).join(',');
    }
    case 7:
      return `"${escapeOctets(checkDohpath(need(), at), '"\\')}"`;
    case 8:
      if (octets) throw new RdataError('ohttp takes no value', at);
      return undefined;
    case 9:
      return groupList(need(), at).join(',');
    default:
      // BIND prints an empty value as the bare key.
      return octets ? `"${escapeOctets(octets, '"\\')}"` : undefined;
  }
}

function alpnText(ids: readonly string[]): string {
  const inner = ids.map((id) => id.replace(/[\\,]/g, (c) => `\\${c}`)).join(',');
  return `"${escapeOctets(inner, '"\\')}"`;
}

/** Canonical SvcParam from its wire key and value (RFC 9460 §2.2), for RFC 3597 input. */
export function svcParamText(n: number, v: Uint8Array): SvcParam {
  const key = keyName(n);
  const list = (size: number): Uint8Array[] => {
    if (v.length === 0 || v.length % size !== 0) throw new RdataError(`bad ${key} wire value`, 0);
    const out: Uint8Array[] = [];
    for (let k = 0; k < v.length; k += size) out.push(v.subarray(k, k + size));
    return out;
  };
  switch (n) {
    case 0:
      return {
        key,
        value: list(2)
          .map((b) => keyName((b[0]! << 8) | b[1]!))
          .join(','),
      };
    case 1: {
      const ids: string[] = [];
      for (let k = 0; k < v.length; k += 1 + v[k]!) {
        if (v[k] === 0 || k + 1 + v[k]! > v.length) throw new RdataError('bad alpn wire value', 0);
        ids.push(String.fromCharCode(...v.subarray(k + 1, k + 1 + v[k]!)));
      }
      if (ids.length === 0) throw new RdataError('bad alpn wire value', 0);
      return { key, value: alpnText(ids) };
    }
    case 2:
      if (v.length !== 0) throw new RdataError('no-default-alpn has a value', 0);
      return { key };
    case 3:
      if (v.length !== 2) throw new RdataError('bad port wire value', 0);
      return { key, value: String((v[0]! << 8) | v[1]!) };
    case 4:
      return {
        key,
        value: list(4)
          .map((b) => b.join('.'))
          .join(','),
      };
    case 5:
      return v.length === 0 ? { key } : { key, value: Buffer.from(v).toString('base64') };
    case 6:
      return {
        key,
        value: list(16)
          .map((b) => formatIPv6([0, 2, 4, 6, 8, 10, 12, 14].map((k) => (b[k]! << 8) | b[k + 1]!)))
          .join(','),
      };
    case 7:
      return { key, value: valueText(7, String.fromCharCode(...v), 0)! };
    case 8:
      if (v.length !== 0) throw new RdataError('ohttp has a value', 0);
      return { key };
    case 9:
      return {
        key,
        value: list(2)
          .map((b) => (b[0]! << 8) | b[1]!)
          .join(','),
      };
    default:
      return v.length === 0
        ? { key }
        : { key, value: `"${escapeOctets(String.fromCharCode(...v), '"\\')}"` };
  }
}

function parseParams(tokens: readonly RdataToken[], from: number): SvcParam[] {
  const byKey = new Map<number, SvcParam>();
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted) throw new RdataError('expected a SvcParam key', i);
    const eq = t.text.indexOf('=');
    const key = eq === -1 ? t.text : t.text.slice(0, eq);
    const n = keyNumber(key);
    if (n === undefined) throw new RdataError(`unknown SvcParam key "${key}"`, i);
    if (byKey.has(n)) throw new RdataError(`SvcParam ${keyName(n)} appears twice`, i);
    let raw: string | undefined;
    if (eq !== -1) {
      raw = t.text.slice(eq + 1);
      const next = tokens[i + 1];
      if (raw === '' && next?.quoted) {
        raw = next.text;
        i++;
      }
    }
    let octets: string | undefined;
    if (raw !== undefined) {
      const d = decodeOctets(raw);
      if (typeof d !== 'string') throw new RdataError(`bad ${keyName(n)} value: ${d.error}`, i);
      octets = d;
    }
    const value = valueText(n, octets, i);
    byKey.set(n, value === undefined ? { key: keyName(n) } : { key: keyName(n), value });
  }
  const mandatory = byKey.get(0)?.value;
  if (mandatory)
    for (const k of mandatory.split(','))
      if (!byKey.has(keyNumber(k)!)) throw new RdataError(`mandatory key ${k} is missing`, from);
  if (byKey.has(2) && !byKey.has(1)) throw new RdataError('no-default-alpn needs alpn', from);
  return [...byKey.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
}

function svcCodec<K extends 'SVCB' | 'HTTPS'>(): RdataCodec<K> {
  return {
    parse(tokens, ctx) {
      const priority = uint(tokens, 0, U16, 'SvcPriority');
      const target = name(tokens, 1, ctx, 'target name');
      const params = parseParams(tokens, 2);
      return { priority, target, params } as never;
    },
    format(rdata) {
      const r = rdata as { priority: number; target: string; params: SvcParam[] };
      let s = `${r.priority} ${r.target}`;
      for (const p of r.params) s += p.value === undefined ? ` ${p.key}` : ` ${p.key}=${p.value}`;
      return s;
    },
  };
}

export const svcbCodec = svcCodec<'SVCB'>();
export const httpsCodec = svcCodec<'HTTPS'>();
