/**
 * Every rule, in the order the docs list them. A rule is a module of its own in `checks/`;
 * adding one is one import and one entry here.
 */
import { broadTokenScope } from './checks/broad-token-scope.js';
import { caaChange } from './checks/caa-change.js';
import { cdsMismatch } from './checks/cds-mismatch.js';
import { cnameConflict } from './checks/cname-conflict.js';
import { configWarning } from './checks/config-warning.js';
import { danglingCname } from './checks/dangling-cname.js';
import { dmarcWeakened } from './checks/dmarc-weakened.js';
import { dnssecBogus } from './checks/dnssec-bogus.js';
import { dnssecDisable } from './checks/dnssec-disable.js';
import { domainExpiring } from './checks/domain-expiring.js';
import { drift } from './checks/drift.js';
import { dsChange } from './checks/ds-change.js';
import { dsMismatch } from './checks/ds-mismatch.js';
import { lameDelegation } from './checks/lame-delegation.js';
import { massChange } from './checks/mass-change.js';
import { migrationNotReady } from './checks/migration-not-ready.js';
import { missingGlue } from './checks/missing-glue.js';
import { missingTrailingDot } from './checks/missing-trailing-dot.js';
import { mxChange } from './checks/mx-change.js';
import { nsChange } from './checks/ns-change.js';
import { nsCount } from './checks/ns-count.js';
import { nsMismatch } from './checks/ns-mismatch.js';
import { pipelineChange } from './checks/pipeline-change.js';
import { providerChange } from './checks/provider-change.js';
import { pushCredentialsInReview } from './checks/push-credentials-in-review.js';
import { registrarChange } from './checks/registrar-change.js';
import { registrarDnsSameAccount } from './checks/registrar-dns-same-account.js';
import { registrarLockMissing } from './checks/registrar-lock-missing.js';
import { registryDelegationMismatch } from './checks/registry-delegation-mismatch.js';
import { registryLockMissing } from './checks/registry-lock-missing.js';
import { rrsigExpired } from './checks/rrsig-expired.js';
import { rrsigExpiring } from './checks/rrsig-expiring.js';
import { secondaryOutOfSync } from './checks/secondary-out-of-sync.js';
import { secretInRepo } from './checks/secret-in-repo.js';
import { singleCredentialPipeline } from './checks/single-credential-pipeline.js';
import { singleProvider } from './checks/single-provider.js';
import { soaSerial } from './checks/soa-serial.js';
import { spfInvalid } from './checks/spf-invalid.js';
import { subdelegationChange } from './checks/subdelegation-change.js';
import { targetIsCname } from './checks/target-is-cname.js';
import { ttlNotLowered } from './checks/ttl-not-lowered.js';
import { txtQuoted } from './checks/txt-quoted.js';
import { weakDnssecAlgorithm } from './checks/weak-dnssec-algorithm.js';
import { wildcardChange } from './checks/wildcard-change.js';
import { zoneRemoved } from './checks/zone-removed.js';
import { zoneTransferOpen } from './checks/zone-transfer-open.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  nsChange,
  subdelegationChange,
  dsChange,
  dsMismatch,
  dnssecDisable,
  rrsigExpired,
  rrsigExpiring,
  dnssecBogus,
  cdsMismatch,
  providerChange,
  registrarChange,
  singleProvider,
  nsCount,
  missingGlue,
  lameDelegation,
  nsMismatch,
  registryDelegationMismatch,
  registrarLockMissing,
  registryLockMissing,
  domainExpiring,
  secondaryOutOfSync,
  migrationNotReady,
  zoneTransferOpen,
  ttlNotLowered,
  zoneRemoved,
  drift,
  massChange,
  cnameConflict,
  targetIsCname,
  danglingCname,
  missingTrailingDot,
  mxChange,
  spfInvalid,
  txtQuoted,
  dmarcWeakened,
  caaChange,
  wildcardChange,
  broadTokenScope,
  secretInRepo,
  pipelineChange,
  registrarDnsSameAccount,
  singleCredentialPipeline,
  pushCredentialsInReview,
  weakDnssecAlgorithm,
  soaSerial,
  configWarning,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
