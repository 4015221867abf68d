/**
 * Every rule, in the order the docs list them. A rule is a module of its own in this folder;
 * adding one is one import and one entry here.
 */
import { broadTokenScope } from './broad-token-scope.js';
import { caaChange } from './caa-change.js';
import { cnameConflict } from './cname-conflict.js';
import { configWarning } from './config-warning.js';
import { danglingCname } from './dangling-cname.js';
import { dmarcWeakened } from './dmarc-weakened.js';
import { dnssecDisable } from './dnssec-disable.js';
import { drift } from './drift.js';
import { dsChange } from './ds-change.js';
import { dsMismatch } from './ds-mismatch.js';
import { lameDelegation } from './lame-delegation.js';
import { massChange } from './mass-change.js';
import { missingGlue } from './missing-glue.js';
import { mxChange } from './mx-change.js';
import { nsChange } from './ns-change.js';
import { nsCount } from './ns-count.js';
import { nsMismatch } from './ns-mismatch.js';
import { pipelineChange } from './pipeline-change.js';
import { providerChange } from './provider-change.js';
import { registrarChange } from './registrar-change.js';
import { secretInRepo } from './secret-in-repo.js';
import { singleProvider } from './single-provider.js';
import { soaSerial } from './soa-serial.js';
import { spfInvalid } from './spf-invalid.js';
import { subdelegationChange } from './subdelegation-change.js';
import { targetIsCname } from './target-is-cname.js';
import { ttlNotLowered } from './ttl-not-lowered.js';
import type { Rule } from './types.js';
import { weakDnssecAlgorithm } from './weak-dnssec-algorithm.js';
import { wildcardChange } from './wildcard-change.js';
import { zoneRemoved } from './zone-removed.js';

export const RULES: readonly Rule[] = [
  nsChange,
  subdelegationChange,
  dsChange,
  dsMismatch,
  dnssecDisable,
  providerChange,
  registrarChange,
  singleProvider,
  nsCount,
  missingGlue,
  lameDelegation,
  nsMismatch,
  ttlNotLowered,
  zoneRemoved,
  drift,
  massChange,
  cnameConflict,
  targetIsCname,
  danglingCname,
  mxChange,
  spfInvalid,
  dmarcWeakened,
  caaChange,
  wildcardChange,
  broadTokenScope,
  secretInRepo,
  pipelineChange,
  weakDnssecAlgorithm,
  soaSerial,
  configWarning,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
