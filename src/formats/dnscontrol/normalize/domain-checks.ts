/**
 * DNSControl's checks across the records of one domain, once transforms have added theirs: a
 * CNAME shares its name with nothing (Cloudflare-proxied and AKAMAICDN records excepted), no
 * exact duplicates, and one TTL per name and type (a warning, as DNSControl gives).
 */
import type { IrDomain, IrRecord } from '../ir.js';
import { fqdnOf } from './names.js';
import { DEFAULT_TTL } from './normalize-record.js';
import type { Problems } from './problems.js';

export function checkCnames(d: IrDomain, p: Problems): void {
  const cnames = new Map<string, number>();
  for (const r of d.records)
    if (r.type === 'CNAME') cnames.set(r.name, (cnames.get(r.name) ?? 0) + 1);
  for (const r of d.records) {
    const n = cnames.get(r.name);
    if (n === undefined) continue;
    if (r.type === 'CNAME' && n > 1) {
      p.error(`cannot have multiple CNAMEs with same name: ${fqdnOf(r, d.name)}`, r.filepos);
      cnames.set(r.name, 1);
    } else if (r.type !== 'CNAME' && r.meta?.cloudflare_proxy !== 'on' && r.type !== 'AKAMAICDN') {
      p.error(
        `cannot have CNAME and ${r.type} record with same name: ${fqdnOf(r, d.name)}`,
        r.filepos,
      );
    }
  }
}

/** The record without TTL and position: two records equal here are exact duplicates. */
export function comparable(rec: IrRecord): string {
  const { ttl: _t, filepos: _f, subdomain: _s, meta, ...rest } = rec;
  const m = { ...meta };
  delete m.orig_custom_type;
  return JSON.stringify(Object.entries({ ...rest, meta: m }).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Exact duplicates share their type, name and target, so records are first grouped by those
 * (one short string a record) and `comparable`, which builds and sorts every field, runs only
 * for a record whose group already holds one: at a million records, most run none.
 */
export function checkDuplicates(d: IrDomain, p: Problems): void {
  const groups = new Map<string, IrRecord | Set<string>>();
  for (const r of d.records) {
    const group = `${r.type}\u0000${r.name}\u0000${r.target}`;
    const held = groups.get(group);
    if (held === undefined) {
      groups.set(group, r);
      continue;
    }
    let seen = held;
    if (!(seen instanceof Set)) {
      seen = new Set([comparable(seen)]);
      groups.set(group, seen);
    }
    const key = comparable(r);
    if (seen.has(key))
      p.error(
        `exact duplicate record found: ${r.type} ${fqdnOf(r, d.name)} ${r.target}`,
        r.filepos,
      );
    seen.add(key);
  }
}

export function checkTtls(d: IrDomain, p: Problems): void {
  const byKey = new Map<string, { ttls: Set<number>; first: IrRecord }>();
  for (const r of d.records) {
    const key = `${r.name} ${r.type}`;
    const e = byKey.get(key) ?? { ttls: new Set<number>(), first: r };
    e.ttls.add(r.ttl ?? DEFAULT_TTL);
    byKey.set(key, e);
  }
  for (const [key, e] of byKey)
    if (e.ttls.size > 1)
      p.warn(
        `inconsistent TTLs at "${fqdnOf(e.first, d.name)}": ${key.split(' ')[1]}:${[...e.ttls].sort((a, b) => a - b).join(',')}`,
        e.first.filepos,
      );
}
