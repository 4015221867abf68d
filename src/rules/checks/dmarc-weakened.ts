/**
 * dmarc-weakened: the DMARC policy of a domain is removed or relaxed. DMARC (RFC 7489, and
 * DMARCbis RFC 9989) is what stops others from sending mail in the domain's name; a change
 * from `p=reject` to `p=none`, a lower `pct`, `t=y` (test mode), relaxed alignment or a
 * deleted record silently re-opens spoofing.
 */
import type { RRset } from '../../model/zone.js';
import { sentence } from '../describe.js';
import { txtTexts } from '../spf.js';
import type { DraftFinding, Rule } from '../types.js';

export interface DmarcPolicy {
  readonly p: Policy;
  readonly sp: Policy;
  readonly np: Policy;
  readonly pct: number;
  readonly testing: boolean;
  readonly adkim: 'r' | 's';
  readonly aspf: 'r' | 's';
}

type Policy = 'none' | 'quarantine' | 'reject';
const STRENGTH: Record<Policy, number> = { none: 0, quarantine: 1, reject: 2 };

/** The tags of one DMARC record, or undefined when it is not one (`v=DMARC1` must come first). */
export function parseDmarc(text: string): DmarcPolicy | undefined {
  const tags = new Map<string, string>();
  const parts = text.split(';').map((s) => s.trim());
  if (!/^v\s*=\s*DMARC1$/i.test(parts[0] ?? '')) return undefined;
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    if (eq > 0) tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  const policy = (v: string | undefined): Policy | undefined => {
    const lower = v?.toLowerCase();
    return lower === 'none' || lower === 'quarantine' || lower === 'reject' ? lower : undefined;
  };
  const p = policy(tags.get('p'));
  if (!p) return undefined; // without a valid p= there is no policy to apply
  const sp = policy(tags.get('sp')) ?? p;
  const pctText = tags.get('pct');
  const pct = pctText && /^\d{1,3}$/.test(pctText) ? Math.min(100, Number(pctText)) : 100;
  return {
    p,
    sp,
    np: policy(tags.get('np')) ?? sp,
    pct,
    testing: tags.get('t')?.toLowerCase() === 'y',
    adkim: tags.get('adkim')?.toLowerCase() === 's' ? 's' : 'r',
    aspf: tags.get('aspf')?.toLowerCase() === 's' ? 's' : 'r',
  };
}

/** The DMARC policy an RRset publishes; several records mean none applies (RFC 7489 §6.6.3). */
function dmarcOf(rrset: RRset | undefined): { policy?: DmarcPolicy; count: number } {
  if (!rrset) return { count: 0 };
  const records = txtTexts(rrset).filter((t) => /^v\s*=\s*DMARC1/i.test(t));
  if (records.length !== 1) return { count: records.length };
  const policy = parseDmarc(records[0]!);
  return policy ? { policy, count: 1 } : { count: 1 };
}

/** What got weaker, in words; empty when nothing did. */
export function weakenings(before: DmarcPolicy, after: DmarcPolicy): string[] {
  const out: string[] = [];
  const relaxed = (tag: 'p' | 'sp' | 'np', label: string) => {
    if (STRENGTH[after[tag]] < STRENGTH[before[tag]])
      out.push(`${label} relaxed from ${before[tag]} to ${after[tag]}`);
  };
  relaxed('p', 'policy (p)');
  if (before.sp !== before.p || after.sp !== after.p) relaxed('sp', 'subdomain policy (sp)');
  if (before.np !== before.sp || after.np !== after.sp)
    relaxed('np', 'non-existent subdomain policy (np)');
  if (after.pct < before.pct && after.p !== 'none')
    out.push(
      `pct lowered from ${before.pct} to ${after.pct}: the policy applies to fewer messages`,
    );
  if (after.testing && !before.testing) out.push('test mode (t=y) switched on');
  if (before.adkim === 's' && after.adkim === 'r') out.push('DKIM alignment relaxed (adkim=r)');
  if (before.aspf === 's' && after.aspf === 'r') out.push('SPF alignment relaxed (aspf=r)');
  return out;
}

export const dmarcWeakened: Rule = {
  id: 'dmarc-weakened',
  defaultSeverity: 'medium',
  title: 'DMARC policy removed or relaxed',
  why: 'DMARC tells receivers to reject or quarantine mail that fakes the domain. Removing or relaxing it lets anyone send convincing phishing in the domain’s name again.',
  fix: 'Keep the DMARC record and its policy; if a mail source fails DMARC, fix its SPF/DKIM alignment instead. Relax only on purpose, for a short time, with reports (rua) watched.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (d.status === 'removed' || !d.before) continue; // zone-removed says it
      for (const c of d.changes) {
        if (c.type !== 'TXT' || c.ttlOnly || !c.name.startsWith('_dmarc.')) continue;
        const was = dmarcOf(c.before);
        if (!was.policy) continue; // no policy before: nothing to weaken
        const now = dmarcOf(c.after);
        const domain = c.name.slice('_dmarc.'.length);
        let message: string | undefined;
        if (now.count === 0)
          message = sentence(
            `The DMARC record of ${domain} (p=${was.policy.p}) is removed: receivers no longer reject mail that fakes ${domain}`,
          );
        else if (now.count > 1)
          message = `${c.name} now has ${now.count} DMARC records: receivers ignore them all (RFC 7489 §6.6.3), which removes the p=${was.policy.p} policy.`;
        else if (!now.policy)
          message = `The DMARC record of ${domain} no longer has a valid "v=DMARC1; p=…": receivers ignore it, which removes the p=${was.policy.p} policy.`;
        else {
          const weaker = weakenings(was.policy, now.policy);
          if (weaker.length > 0)
            message = sentence(`DMARC for ${domain} is weakened: ${weaker.join('; ')}`);
        }
        if (!message) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: 'TXT',
          message,
          location: c.after?.location ?? c.before?.location,
        });
      }
    }
    return out;
  },
};
