/** The review policy: defaults, overridden by `.zoneguard.yml` and then by flags/inputs. */
import type { Severity } from '../model/severity.js';

export interface Policy {
  /** Introduced findings at or above this block the merge. */
  readonly failOn: Severity;
  /** Per-rule severity, or 'off' to disable the rule. */
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  /** Zone names (canonical) whose findings are raised one level. */
  readonly protectedZones: readonly string[];
  /** TTL in seconds above which a changed record counts as cached too long. */
  readonly ttlThreshold: number;
  /**
   * ttl-not-lowered's severity steps: a changed value cached with a TTL of at least `medium`
   * seconds is medium, at least `high` is high; above the threshold and below `medium`, info.
   */
  readonly ttlSeverity: { readonly medium: number; readonly high: number };
  /** mass-change thresholds (octoDNS semantics: strictly greater, fractions). */
  readonly massChange: {
    readonly updatePercent: number;
    readonly deletePercent: number;
    readonly minExisting: number;
  };
  /** Extra nameserver host patterns per provider, for single-provider. */
  readonly providers: Readonly<Record<string, readonly string[]>>;
  readonly overrideLabel: string;
  /** How many commits the TTL rule may walk back. */
  readonly historyDepth: number;
  /** rrsig-expiring: a signature ending within this many days (or twice its TTL) is reported. */
  readonly rrsigExpiringDays: number;
}

export const DEFAULT_POLICY: Policy = {
  failOn: 'high',
  rules: {},
  protectedZones: [],
  ttlThreshold: 300,
  ttlSeverity: { medium: 3600, high: 86400 },
  massChange: { updatePercent: 0.3, deletePercent: 0.3, minExisting: 10 },
  providers: {},
  overrideLabel: 'zoneguard:accept-risk',
  historyDepth: 50,
  rrsigExpiringDays: 3,
};
