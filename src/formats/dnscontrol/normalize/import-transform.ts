/**
 * DNSControl's IP transform tables: IMPORT_TRANSFORM copies another domain's A and CNAME records
 * through a table (the records the importing domain already has win), and a `transform` meta
 * on an A record turns it into one record per transformed address. A table is the text the
 * prelude wrote, "low ~ high ~ newBases ~ newIPs" rows separated by ";".
 */
import { parseIPv4 } from '../../../model/rdata/address.js';
import type { IrDomain, IrRecord } from '../ir.js';
import { addOrigin, fqdnOf } from './names.js';
import type { Problems } from './problems.js';

interface Conversion {
  low: number;
  high: number;
  bases: number[];
  ips: number[];
}

const ipNum = (s: string): number | undefined => {
  const q = parseIPv4(s.trim());
  return q ? ((q[0]! << 24) >>> 0) + (q[1]! << 16) + (q[2]! << 8) + q[3]! : undefined;
};
const numIp = (n: number): string =>
  [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

function decodeTable(table: string): Conversion[] | string {
  const out: Conversion[] = [];
  for (const row of table.split(';')) {
    const items = row.split('~').map((s) => s.trim());
    if (items.length !== 4)
      return `transform_table rows should have 4 elements, found ${items.length} in "${row.trim()}"`;
    const list = (s: string): number[] | string => {
      const ips: number[] = [];
      for (const part of s.split(',')) {
        if (part.trim() === '') continue;
        const n = ipNum(part);
        if (n === undefined) return `${part} is not a valid ip address`;
        ips.push(n);
      }
      return ips;
    };
    const low = ipNum(items[0]!);
    const high = ipNum(items[1]!);
    const bases = list(items[2]!);
    const ips = list(items[3]!);
    if (low === undefined || high === undefined)
      return `transform_table: bad range "${items[0]} ~ ${items[1]}"`;
    if (typeof bases === 'string') return bases;
    if (typeof ips === 'string') return ips;
    if (low > high)
      return `transform_table: Low should be less than High (${items[0]} > ${items[1]})`;
    if (bases.length && ips.length)
      return 'transform_table rows should only specify one of NewBases or NewIPs, Not both';
    out.push({ low, high, bases, ips });
  }
  return out;
}

function transformIP(ip: string, table: Conversion[]): string[] {
  const n = ipNum(ip);
  if (n === undefined) return [ip];
  for (const c of table) {
    if (n < c.low || n > c.high) continue;
    if (c.ips.length) return c.ips.map(numIp);
    return c.bases.map((b) => numIp((b + (n - c.low)) >>> 0));
  }
  return [ip];
}

/** IMPORT_TRANSFORM: copy another domain's A and CNAME records through an IP table. */
export function importTransforms(d: IrDomain, all: readonly IrDomain[], p: Problems): void {
  const imports = d.records.filter((r) => r.type === 'IMPORT_TRANSFORM');
  if (!imports.length) return;
  for (const imp of imports) {
    const table = decodeTable(imp.meta?.transform_table ?? '');
    if (typeof table === 'string') {
      p.error(table, imp.filepos);
      continue;
    }
    const src = all.find(
      (x) =>
        x.meta.dnscontrol_uniquename === imp.target.toLowerCase() ||
        x.name === imp.target.toLowerCase(),
    );
    if (!src) {
      p.error(`IMPORT_TRANSFORM mentions non-existent domain "${imp.target}"`, imp.filepos);
      continue;
    }
    const strip = imp.meta?.transform_suffixstrip ?? '';
    const has = (type: string, fqdn: string) =>
      d.records.some((r) => r.type === type && fqdnOf(r, d.name) === fqdn);
    const relabel = (fqdn: string): string | undefined => {
      let label = fqdn;
      if (strip) {
        if (!label.endsWith(`.${strip}`)) {
          p.error(`label "${fqdn}" does not end with ".${strip}"`, imp.filepos);
          return undefined;
        }
        label = label.slice(0, -(strip.length + 1));
      }
      return label === d.name
        ? '@'
        : label.endsWith(`.${d.name}`)
          ? label.slice(0, -(d.name.length + 1))
          : label;
    };
    for (const rec of src.records) {
      if (rec.meta?.import_transform_skip) continue;
      const fqdn = fqdnOf(rec, src.name);
      if (has(rec.type, fqdn)) continue;
      const label = relabel(fqdn);
      if (label === undefined) continue;
      const ttl = imp.ttl || rec.ttl;
      if (rec.type === 'A') {
        for (const ip of transformIP(rec.target, table))
          d.records.push({
            ...rec,
            name: label,
            target: ip,
            ttl,
            ...(imp.filepos ? { filepos: imp.filepos } : {}),
          });
      } else if (rec.type === 'CNAME') {
        const newDomain =
          strip && d.name.startsWith(`${strip}.`) ? d.name.slice(strip.length + 1) : d.name;
        const target = rec.target.endsWith('.')
          ? `${rec.target}${newDomain}.`
          : `${addOrigin(rec.target, src.name)}.${newDomain}.`;
        d.records.push({
          ...rec,
          name: label,
          target,
          ttl,
          ...(imp.filepos ? { filepos: imp.filepos } : {}),
        });
      }
    }
  }
  for (let i = d.records.length - 1; i >= 0; i--)
    if (d.records[i]!.type === 'IMPORT_TRANSFORM') d.records.splice(i, 1);
}

/** A records with a `transform` meta become one record per transformed address. */
export function expandTransforms(d: IrDomain, p: Problems): void {
  const extra: IrRecord[] = [];
  for (const rec of d.records) {
    if (rec.type !== 'A' || rec.meta?.transform === undefined) continue;
    const table = decodeTable(rec.meta.transform);
    if (typeof table === 'string') {
      p.error(table, rec.filepos);
      continue;
    }
    const ips = transformIP(rec.target, table);
    rec.target = ips[0]!;
    for (const ip of ips.slice(1)) extra.push({ ...rec, meta: { ...rec.meta }, target: ip });
  }
  d.records.push(...extra);
}
