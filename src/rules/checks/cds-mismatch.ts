/**
 * cds-mismatch: the CDS/CDNSKEY records the child publishes (RFC 7344) disagree with the DS
 * the parent publishes. A parent (or registrar) that scans for them replaces its DS with what
 * they say (RFC 8078), so a stale or wrong CDS is a DS change nobody reviewed; a CDS that
 * names no key the zone serves would break validation once applied. The delete form (`CDS 0 0
 * 0 00`, `CDNSKEY 0 3 0 AA==`, RFC 8078 §4 as corrected by erratum 5049) is a request to
 * remove the DS and turn validation off, and is reported as that request. Also: CDS and
 * CDNSKEY that disagree with each other (RFC 7344 §4 says they must match) and servers that
 * publish different sets (RFC 8901 §8). Only for zones whose parent publishes DS; a fact of
 * live DNS, so never `introduced`.
 */
import {
  type DnskeyData,
  type DsData,
  formatDs,
  keyTag,
  matchDs,
  parseDnskey,
  parseDs,
} from '../../model/dnssec.js';
import { listValues, sentence } from '../describe.js';
import { findRRset, liveZone, zonePairs } from '../live-facts.js';
import type { DraftFinding, Rule } from '../types.js';

const keyId = (tag: number, alg: number) => `${tag}/${alg}`;
const dsList = (values: readonly string[]) =>
  values.map(parseDs).filter((d): d is DsData => d !== undefined);
const keyList = (values: readonly string[]) =>
  values.map(parseDnskey).filter((k): k is DnskeyData => k !== undefined);
const same = (a: Iterable<string>, b: Iterable<string>) => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

export const cdsMismatch: Rule = {
  id: 'cds-mismatch',
  defaultSeverity: 'medium',
  title: "CDS/CDNSKEY disagree with the parent's DS",
  why: 'Parents and registrars that scan for CDS/CDNSKEY (RFC 7344, RFC 8078) replace their DS with what the child publishes: a stale or wrong set becomes an unreviewed DS change, and one that names no key the zone serves breaks validation for the whole zone once applied.',
  fix: 'Publish CDS/CDNSKEY only for the keys the DS should reference (or remove them once a rollover is done), keep CDS and CDNSKEY in step and identical on every provider, and publish the delete form only to turn DNSSEC off.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, apex, head } of zonePairs(ctx)) {
      const facts = liveZone(ctx, apex)?.dnssec;
      if (!facts) continue;
      const variants = new Map<
        string,
        { servers: string[]; cds: readonly string[]; cdnskey: readonly string[] }
      >();
      for (const c of facts.cds) {
        const k = `${[...c.cds].sort().join('\n')}|${[...c.cdnskey].sort().join('\n')}`;
        const v = variants.get(k);
        if (v) v.servers.push(c.server);
        else variants.set(k, { servers: [c.server], cds: c.cds, cdnskey: c.cdnskey });
      }
      const published = [...variants.values()].filter((v) => v.cds.length + v.cdnskey.length > 0);
      if (published.length === 0) continue;
      const split =
        variants.size > 1
          ? ` The zone's servers publish ${variants.size} different CDS/CDNSKEY sets; RFC 8901 §8 asks every provider to publish the same.`
          : '';
      const ds = dsList(facts.ds);
      const dsText = new Set(ds.map(formatDs));
      const dsKeys = new Set(ds.map((d) => keyId(d.keyTag, d.algorithm)));
      const served = keyList(facts.keySets.flatMap((k) => k.dnskey));
      const location = findRRset(head, apex, 'CDS')?.location ?? head?.location;
      for (const v of published) {
        const cds = dsList(v.cds);
        const cdnskey = keyList(v.cdnskey);
        const on = listValues(v.servers, 3);
        const isDelete =
          cds.length + cdnskey.length > 0 &&
          cds.every((d) => d.algorithm === 0) &&
          cdnskey.every((k) => k.algorithm === 0);
        if (isDelete) {
          out.push({
            introduced: false,
            zone: key,
            name: apex,
            type: 'CDS',
            key: v.servers.join(' '),
            message: `${on} publish the DNSSEC delete request (CDS 0 0 0 00 / CDNSKEY 0 3 0 AA==, RFC 8078 §4): a parent that scans for it removes the DS of ${apex}, and resolvers stop validating the zone. It is a request, not yet done; remove it unless DNSSEC is meant to go.${split}`,
            ...(location ? { location } : {}),
          });
          continue;
        }
        const problems: string[] = [];
        const cdsKeys = new Set(cds.map((d) => keyId(d.keyTag, d.algorithm)));
        const cdnskeyKeys = new Set(cdnskey.map((k) => keyId(keyTag(k), k.algorithm)));
        if (cds.length > 0 && !same(cds.map(formatDs), dsText))
          problems.push(
            `CDS ${listValues([...cdsKeys])} differs from the DS at the parent (${listValues([...dsKeys])})`,
          );
        if (cdnskey.length > 0 && !same(cdnskeyKeys, dsKeys))
          problems.push(
            `CDNSKEY ${listValues([...cdnskeyKeys])} names other keys than the DS at the parent (${listValues([...dsKeys])})`,
          );
        if (cds.length > 0 && cdnskey.length > 0 && !same(cdsKeys, cdnskeyKeys))
          problems.push('CDS and CDNSKEY name different keys (RFC 7344 §4: they must match)');
        const unserved = [
          ...cds
            .filter((d) => matchDs(apex, d, served).kind === 'no-match')
            .map((d) => keyId(d.keyTag, d.algorithm)),
          ...cdnskey
            .filter(
              (k) =>
                !served.some((s) => s.publicKey === k.publicKey && s.algorithm === k.algorithm),
            )
            .map((k) => keyId(keyTag(k), k.algorithm)),
        ];
        if (unserved.length > 0)
          problems.push(
            `${listValues([...new Set(unserved)])} is no DNSKEY the zone serves, so a DS built from it would break validation`,
          );
        if (problems.length === 0) continue;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: 'CDS',
          key: v.servers.join(' '),
          message: `${sentence(`On ${on}, ${problems.join('; ')}`)} A parent that scans for CDS/CDNSKEY (RFC 7344, RFC 8078) replaces its DS with them.${split}`,
          ...(location ? { location } : {}),
        });
      }
    }
    return out;
  },
};
