/**
 * registrar-dns-same-account: a zone's registrar and one of its DNS providers use the same
 * credential: the same DNSControl creds.json entry (`NewRegistrar("x")` and
 * `NewDnsProvider("x")`), or entries that read the same secret (one `$ENV` name, or one
 * literal value). Whoever holds it changes the delegation, the DS and every record at once,
 * so no second factor stands between a leaked token and the whole domain. Judged per zone of
 * head; a pair base already had is existing. See zone-credentials.ts for what each format
 * tells (octoDNS names no registrar; Terraform is an extension point there).
 */
import { zoneKey } from '../../model/zone.js';
import type { DraftFinding, Rule, RuleContext } from '../types.js';
import { type Party, sharedSecret, zoneParties } from '../zone-credentials.js';

interface Shared {
  readonly key: string;
  readonly zone: string;
  readonly message: string;
  readonly location?: { file: string; line?: number };
}

function sharedAccounts(set: RuleContext['head']): Shared[] {
  const out: Shared[] = [];
  for (const zone of set.zones) {
    const { registrar, dns } = zoneParties(set, zone);
    if (!registrar) continue;
    for (const provider of dns) {
      const how = sameCredential(registrar, provider);
      if (!how) continue;
      const zk = zoneKey(zone);
      out.push({
        key: `${zk} ${registrar.name} ${provider.name}`,
        zone: zk,
        message: `${zone.name}: the registrar "${registrar.name}"${zone.format === 'dnscontrol' ? ' (NewRegistrar)' : ''} and the DNS provider "${provider.name}"${zone.format === 'dnscontrol' ? ' (NewDnsProvider)' : ''} ${how}: one stolen or misused credential changes the delegation and DS at the registry and every record of the zone.`,
        ...(zone.location ? { location: zone.location } : {}),
      });
    }
  }
  return out;
}

/** How two parties share a credential, in words that name the entries and fields, never values. */
function sameCredential(registrar: Party, provider: Party): string | undefined {
  const a = registrar.credential;
  const b = provider.credential;
  if (registrar.name === provider.name)
    return `read the same credentials entry "${registrar.name}"${a ? ` (${where(a.location)})` : ''}`;
  if (!a || !b) return undefined;
  const s = sharedSecret(a, b);
  if (!s) return undefined;
  switch (s.kind) {
    case 'env':
      return `read the same secret: "${s.fieldA}" of "${registrar.name}" and "${s.fieldB}" of "${provider.name}" both take $${s.env}`;
    case 'literal':
      return `hold the same literal secret in "${s.fieldA}" of "${registrar.name}" and "${s.fieldB}" of "${provider.name}" (${where(a.location)})`;
    case 'identity':
      return `use the same identity: both entries give the same ${s.field}`;
    case 'ambient':
      return `name no credential of their own, so both use ${s.what}`;
  }
}

function where(loc: { file: string; line?: number }): string {
  return loc.line ? `${loc.file}:${loc.line}` : loc.file;
}

export const registrarDnsSameAccount: Rule = {
  id: 'registrar-dns-same-account',
  defaultSeverity: 'medium',
  title: 'Registrar and DNS provider use the same account or credential',
  why: 'The registrar publishes the delegation (NS and DS) in the parent zone; the DNS provider serves the records. With one credential for both, a single leaked token or password can move the domain to other nameservers, remove its DS and rewrite every record at once, and no separate account has to be broken into first.',
  fix: 'Give the registrar its own account with its own credential, kept out of CI (DNSControl: NewRegistrar("none") in the config the pipeline pushes, or a creds.json entry whose secret is not in the workflow), protect that account with MFA, and ask the registry for a registry lock on the domain.',
  check(ctx) {
    const before = new Set(sharedAccounts(ctx.base).map((s) => s.key));
    return sharedAccounts(ctx.head).map(
      (s): DraftFinding => ({
        introduced: !before.has(s.key),
        zone: s.zone,
        key: s.key,
        message: s.message,
        ...(s.location ? { location: s.location } : {}),
      }),
    );
  },
};
