/**
 * Reads one raw record field by field, as Go's JSON decoding into DNSControl's record struct
 * would: numbers must fit their unsigned width, strings must be strings, unknown keys are
 * dropped; then `compact` leaves out zero and empty fields, as Go's `omitempty` does.
 */
import type { IrRecord } from '../ir.js';
import type { Problems } from './problems.js';
import { isObj, stringMap } from './untrusted-json.js';

/** Numeric record fields and their unsigned bit widths (Go's uint8/16/32). */
const NUMERIC: Readonly<Record<string, 8 | 16 | 32>> = {
  ttl: 32,
  mxpreference: 16,
  srvpriority: 16,
  srvweight: 16,
  srvport: 16,
  caaflag: 8,
  dskeytag: 16,
  dsalgorithm: 8,
  dsdigesttype: 8,
  dnskeyflags: 16,
  dnskeyprotocol: 8,
  dnskeyalgorithm: 8,
  locsize: 8,
  lochorizpre: 8,
  locvertpre: 8,
  loclatitude: 32,
  loclongitude: 32,
  localtitude: 32,
  naptrorder: 16,
  naptrpreference: 16,
  smimeausage: 8,
  smimeaselector: 8,
  smimeamatchingtype: 8,
  sshfpalgorithm: 8,
  sshfpfingerprint: 8,
  soarefresh: 32,
  soaretry: 32,
  soaexpire: 32,
  soaminttl: 32,
  svcpriority: 16,
  tlsausage: 8,
  tlsaselector: 8,
  tlsamatchingtype: 8,
};
const STRING_FIELDS = new Set([
  'caatag',
  'dsdigest',
  'dnskeypublickey',
  'luartype',
  'naptrflags',
  'naptrservice',
  'naptrregexp',
  'soambox',
  'svcparams',
  'answer_type',
  'subdomain',
  'filepos',
]);

/** Reads one raw record, checking every field's type and range (Go's JSON decoding would). */
export function readRecord(r: unknown, domain: string, p: Problems): IrRecord | undefined {
  if (!isObj(r) || typeof r.type !== 'string') {
    p.error(`a record in ${domain} is malformed`);
    return undefined;
  }
  const pos = r.filepos;
  if (typeof r.name !== 'string') {
    p.error(`${r.type} record in ${domain}: the name must be a string`, pos);
    return undefined;
  }
  const target = typeof r.target === 'number' ? String(r.target) : r.target;
  if (typeof target !== 'string') {
    p.error(
      `${r.type} "${r.name}" in ${domain}: the target must be a string, not ${typeof r.target}`,
      pos,
    );
    return undefined;
  }
  const rec: IrRecord = { type: r.type, name: r.name, target };
  // Only the keys the record has: most records carry three or four of the ~40 known fields.
  for (const k of Object.keys(r)) {
    const v = r[k];
    if (v === undefined || v === null) continue;
    const bits = Object.hasOwn(NUMERIC, k) ? NUMERIC[k] : undefined;
    if (bits !== undefined) {
      const max = bits === 32 ? 0xffffffff : (1 << bits) - 1;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
        p.error(
          `${r.type} "${r.name}" in ${domain}: ${k} must be a whole number from 0 to ${max}, not ${JSON.stringify(v)}`,
          pos,
        );
        continue;
      }
      (rec as unknown as Record<string, number>)[k] = v;
    } else if (STRING_FIELDS.has(k)) {
      if (typeof v !== 'string') {
        p.error(`${r.type} "${r.name}" in ${domain}: ${k} must be a string`, pos);
        continue;
      }
      (rec as unknown as Record<string, string>)[k] = v;
    }
  }
  const meta = stringMap(r.meta, `${r.type} "${r.name}" meta`, pos, p);
  if (Object.keys(meta).length) rec.meta = meta;
  for (const k of ['r53_alias', 'azure_alias'] as const) {
    if (r[k] === undefined) continue;
    const m = stringMap(r[k], `${r.type} "${r.name}" ${k}`, pos, p);
    (rec as unknown as Record<string, unknown>)[k] = m;
  }
  return rec;
}

/** Drops zero numbers and empty strings, as Go's `omitempty` does. */
export function compact(rec: IrRecord): IrRecord {
  const out = rec as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    if (k === 'type' || k === 'name' || k === 'target') continue;
    if (v === 0 || v === '' || v === undefined) delete out[k];
    else if (k === 'meta' && isObj(v) && Object.keys(v).length === 0) delete out[k];
  }
  return rec;
}
