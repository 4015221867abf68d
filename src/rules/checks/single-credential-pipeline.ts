/**
 * single-credential-pipeline: one workflow job, with one set of secrets, pushes every DNS
 * provider of a zone (medium: the second provider no longer limits what one credential or one
 * runner can do), or the zone's only DNS provider together with its registrar (low: a
 * `dnscontrol push` also runs the registrar's corrections). Providers the job cannot
 * authenticate to (their credential variables are not in its push scope), or that its
 * `--providers`/`--target` leave out, are not its. One finding per job and set of providers;
 * a finding base already had is existing.
 */
import { raiseSeverity, type Severity } from '../../model/severity.js';
import type { ZoneSet } from '../../model/zone.js';
import type { SourceTree } from '../../sources/types.js';
import { coverage, pushJobs, readWorkflows } from '../push-jobs.js';
import type { DraftFinding, Rule } from '../types.js';
import type { Party } from '../zone-credentials.js';

interface Concentration {
  readonly key: string;
  readonly file: string;
  readonly line: number;
  readonly job: string;
  readonly dns: readonly string[];
  readonly registrar?: string;
  readonly zones: string[];
  readonly secrets: readonly string[];
}

async function concentrations(tree: SourceTree | undefined, set: ZoneSet) {
  const out = new Map<string, Concentration>();
  if (!tree) return out;
  const workflows = await readWorkflows(tree);
  for (const job of pushJobs(workflows, set))
    for (const zone of set.zones) {
      const c = coverage(job, zone, set);
      const dns = distinct(c.dns);
      // The registrar counts apart only when it is another entry than the providers'.
      const registrar =
        c.registrar && !c.dns.some((p) => p.name === c.registrar!.name) ? c.registrar : undefined;
      if (dns.length + (registrar ? 1 : 0) < 2) continue;
      const names = dns.map((p) => p.name).sort();
      const key = `${job.file} ${job.job.id} ${names.join(',')}${registrar ? ` registrar:${registrar.name}` : ''}`;
      const found = out.get(key);
      if (found) found.zones.push(zone.name);
      else
        out.set(key, {
          key,
          file: job.file,
          line: job.pushes[0]?.line ?? job.job.line,
          job: job.job.id,
          dns: names,
          ...(registrar ? { registrar: registrar.name } : {}),
          zones: [zone.name],
          secrets: [...job.secrets.keys()].sort(),
        });
    }
  return out;
}

/** Providers that read the same credentials entry are one. */
function distinct(parties: readonly Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const id = p.credential ? `${p.credential.location.file} ${p.credential.provider}` : p.name;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function describe(c: Concentration): string {
  const zones =
    c.zones.length <= 3
      ? c.zones.join(', ')
      : `${c.zones.slice(0, 3).join(', ')} and ${c.zones.length - 3} more zones`;
  const parts = [
    c.dns.length > 1
      ? `every DNS provider (${c.dns.map((n) => `"${n}"`).join(', ')})`
      : `the DNS provider "${c.dns[0]}"`,
    ...(c.registrar ? [`the registrar "${c.registrar}"`] : []),
  ];
  const secrets = c.secrets.length
    ? ` with one set of secrets (${c.secrets.map((s) => (s === '*' ? 'every secret' : `secrets.${s}`)).join(', ')})`
    : ' with one set of credentials';
  return `${c.file}:${c.line} job "${c.job}" pushes ${parts.join(' and ')} of ${zones}${secrets}: one leaked credential set, compromised runner or bad merge reaches all of them at once.`;
}

export const singleCredentialPipeline: Rule = {
  id: 'single-credential-pipeline',
  defaultSeverity: 'low',
  title:
    'One pipeline job pushes every DNS provider (or the registrar too) with one set of secrets',
  why: 'A second DNS provider (or a registrar apart from the DNS host) limits the damage of one compromised account only if no single credential reaches both. When one workflow job holds every credential and pushes everything, a leaked secret, a compromised action in that job or one bad merge changes every copy of the zone at once.',
  fix: 'Push each provider from its own job (DNSControl `dnscontrol push --providers NAME`, octoDNS `octodns-sync --doit --target NAME`), each in its own protected `environment:` holding only that provider’s secret, and keep the registrar credential out of CI.',
  readsRepository: true,
  async check(ctx) {
    const before = await concentrations(ctx.baseTree, ctx.base);
    const out: DraftFinding[] = [];
    for (const c of (await concentrations(ctx.headTree, ctx.head)).values()) {
      const base: Severity = c.dns.length > 1 ? 'medium' : 'low';
      // A finding names no single zone, so the engine cannot raise it: a protected zone among
      // those the job reaches raises it here, as it would any zone's finding.
      const raise = c.zones.some((z) => ctx.policy.protectedZones.includes(z));
      out.push({
        introduced: !before.has(c.key),
        key: c.key,
        message: describe(c),
        location: { file: c.file, line: c.line },
        severity: raise ? raiseSeverity(base) : base,
      });
    }
    return out;
  },
};
