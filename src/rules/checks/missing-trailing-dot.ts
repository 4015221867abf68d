/**
 * missing-trailing-dot: a CNAME, MX or NS target in a BIND zone file was written without its
 * trailing dot, so it became a name inside the zone (`shop CNAME shops.example-cdn.com` in
 * example.com. points at shops.example-cdn.com.example.com.). The judgement is in
 * `../relative-target.ts`; a problem base already had is existing.
 */
import { isInZone } from '../../model/name.js';
import { mxExchange } from '../../model/rdata/registry.js';
import type { RecordType } from '../../model/record-type.js';
import { zoneKey } from '../../model/zone.js';
import { lostTrailingDot } from '../relative-target.js';
import { nameIndex } from '../served.js';
import { compareStates } from '../state.js';
import type { Rule } from '../types.js';
import { indexZone } from '../zone-index.js';

const TARGETS: readonly RecordType[] = ['CNAME', 'MX', 'NS'];

/** The target name inside a CNAME, MX or NS value. */
function targetOf(type: RecordType, value: string): string {
  if (type === 'MX') return mxExchange(value);
  return value;
}

export const missingTrailingDot: Rule = {
  id: 'missing-trailing-dot',
  defaultSeverity: 'high',
  title: 'A target in a zone file lost its trailing dot and points inside the zone',
  why: 'In a zone file a name without a trailing dot is relative: the origin is appended, so a CNAME, MX or NS meant for another domain points at a name inside this zone that does not exist. The record answers, but with a target that fails (NXDOMAIN): the site, mail or delegation behind it stops working.',
  fix: 'Add the trailing dot to the target (shops.example-cdn.com.), or write the full name inside the zone on purpose.',
  check(ctx) {
    return compareStates(ctx, (set) => {
      const out = [];
      for (const zone of set.zones) {
        if (zone.format !== 'bind') continue;
        const exists = nameIndex(zone);
        for (const rr of indexZone(zone).ofTypes(TARGETS)) {
          for (const value of rr.values) {
            const target = targetOf(rr.type, value);
            // Most targets are outside the zone or exist in it: two cheap look-ups before the
            // public-suffix test (issue 15).
            if (!isInZone(target, zone.name) || exists(target)) continue;
            const meant = lostTrailingDot(zone, target);
            if (!meant) continue;
            out.push({
              zone: zoneKey(zone),
              name: rr.name,
              type: rr.type,
              key: target,
              message: `${rr.name} ${rr.type} points at ${target}, inside ${zone.name} where it has no records: missing trailing dot? ${meant} was probably meant.`,
              ...(rr.location ? { location: rr.location } : {}),
            });
          }
        }
      }
      return out;
    });
  },
};
