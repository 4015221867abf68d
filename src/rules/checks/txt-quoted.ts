/**
 * txt-quoted: a TXT value carries literal double quotes around its text, as
 * `TXT("@", '"v=spf1 -all"')` in dnsconfig.js or `"\"v=spf1 -all\""` in a zone file produce.
 * The quotes become part of the data: a receiver looking for a record that starts with
 * `v=spf1` (or `v=DMARC1`, `v=DKIM1`) finds none. octoDNS reads a value that starts with a
 * quote as already-quoted strings and strips them, so its configs do not reach this rule.
 * A problem base already had is existing.
 */
import { type ZoneSet, zoneKey } from '../../model/zone.js';
import { txtTexts } from '../spf.js';
import { compareStates } from '../state.js';
import type { DraftFinding, Rule } from '../types.js';
import { indexZone } from '../zone-index.js';

/** Records receivers recognise by their leading tag: with a quote in front, they are not found. */
const TAGS: readonly [RegExp, string][] = [
  [/^"v=spf1(?: |")/i, 'SPF'],
  [/^"v=dmarc1\b/i, 'DMARC'],
  [/^"v=dkim1\b/i, 'DKIM'],
  [/^"v=stsv1\b/i, 'MTA-STS'],
  [/^"v=tlsrptv1\b/i, 'TLS-RPT'],
];

export const txtQuoted: Rule = {
  id: 'txt-quoted',
  defaultSeverity: 'high',
  title: 'A TXT value is wrapped in literal quotes',
  why: 'The quotes are published as part of the text. An SPF, DMARC or DKIM record that starts with a quote is not recognised, so receivers see no policy at all (mail is judged unauthenticated); a verification token with quotes around it does not match.',
  fix: 'Write the text without the extra quotes: TXT("@", "v=spf1 -all") in DNSControl, "v=spf1 -all" in a zone file.',
  check(ctx) {
    return compareStates(ctx, quotedTexts);
  },
};

type StateFinding = Omit<DraftFinding, 'introduced'>;

function quotedTexts(set: ZoneSet): StateFinding[] {
  const out: StateFinding[] = [];
  for (const zone of set.zones)
    for (const rr of indexZone(zone).ofType('TXT')) {
      for (const text of txtTexts(rr)) {
        if (!(text.length >= 2 && text.startsWith('"') && text.endsWith('"'))) continue;
        const tagged = TAGS.find(([re]) => re.test(text))?.[1];
        const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
        out.push({
          zone: zoneKey(zone),
          name: rr.name,
          type: 'TXT' as const,
          key: text,
          ...(tagged ? {} : { severity: 'medium' as const }),
          message: tagged
            ? `TXT of ${rr.name} is ${shown} with the quotes as part of the text: receivers do not recognise it, so ${rr.name} publishes no ${tagged} record.`
            : `TXT of ${rr.name} is ${shown} with the quotes as part of the text: whoever checks this value gets the quotes too.`,
          ...(rr.location ? { location: rr.location } : {}),
        });
      }
    }
  return out;
}
