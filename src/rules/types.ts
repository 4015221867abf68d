/**
 * The rule interface (docs/architecture.md, Rules): a rule reads the review context and returns
 * findings.
 */
import type { Change, ZoneDiff } from '../diff/types.js';
import type { RegistrySnapshot } from '../live/registry-types.js';
import type { LiveSnapshot } from '../live/types.js';
import type { SourceLocation } from '../model/location.js';
import type { RecordType } from '../model/record-type.js';
import type { Severity } from '../model/severity.js';
import type { ZoneSet } from '../model/zone.js';
import type { RepoHistory, SourceTree } from '../sources/types.js';
import type { Policy } from './policy.js';

export interface Finding {
  /** Stable kebab-case rule id (a public contract). */
  readonly rule: string;
  readonly severity: Severity;
  /** True when the change causes it; false when base or live already had it. */
  readonly introduced: boolean;
  readonly zone?: string;
  readonly name?: string;
  readonly type?: RecordType;
  readonly message: string;
  readonly fix: string;
  readonly location?: SourceLocation;
  /** Stable across runs for the same problem: used to de-duplicate and to tie overrides. */
  readonly fingerprint: string;
  /**
   * Present only when findings of other rules about the same RRset and the same risk were
   * folded into this one (Rule.absorbs): every rule id that contributed, `rule` first.
   */
  readonly contributingRules?: readonly string[];
}

/** What a rule returns; the engine fills in the rule id, severity and fingerprint. */
export interface DraftFinding {
  readonly introduced: boolean;
  readonly zone?: string;
  readonly name?: string;
  readonly type?: RecordType;
  readonly message: string;
  /** Overrides the rule's default fix text when given. */
  readonly fix?: string;
  readonly location?: SourceLocation;
  /** Overrides the default severity for this finding (e.g. provider-change on a signed zone). */
  readonly severity?: Severity;
  /** Extra text that makes the fingerprint unique when one name/type has several findings. */
  readonly key?: string;
}

/** Everything a rule may read. Pure data plus read-only repository access. */
export interface RuleContext {
  readonly base: ZoneSet;
  readonly head: ZoneSet;
  /** base → head, per zone. */
  readonly diffs: readonly ZoneDiff[];
  /** base → live and live → head, per zone key, when live DNS ran. */
  readonly drift: ReadonlyMap<string, readonly Change[]>;
  readonly apply: ReadonlyMap<string, readonly Change[]>;
  readonly live: LiveSnapshot | undefined;
  /** What the registry says over RDAP about the touched zones' domains, when it was asked. */
  readonly registry?: RegistrySnapshot;
  readonly policy: Policy;
  /** The head tree (working tree or commit) and the base tree. */
  readonly headTree: SourceTree;
  readonly baseTree: SourceTree | undefined;
  /** Repository-relative paths the change touches (base → head). */
  readonly changedFiles: readonly string[];
  /** Git history of the default branch, for the TTL rule; undefined outside a repository. */
  readonly history: RepoHistory | undefined;
  readonly baseRef: string | undefined;
  /** Repository-relative folder the formats read (`--path`); '' or undefined for the root. */
  readonly path?: string;
  readonly now: Date;
}

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line: what it detects. */
  readonly title: string;
  /** Why it matters. */
  readonly why: string;
  /** How to fix it (default for findings without their own). */
  readonly fix: string;
  check(ctx: RuleContext): readonly DraftFinding[] | Promise<readonly DraftFinding[]>;
  /**
   * The check asks git (files of a tree, the history) before it can judge. The engine starts
   * such checks first, so git answers while the rules that only compute run (issue 15).
   */
  readonly readsRepository?: boolean;
  /**
   * Rules whose finding on the same zone, name and type describes the same risk as this
   * rule's (ds-change absorbs ttl-not-lowered: how long caches keep the old DS is part of the
   * DS change). The engine folds such a finding into this rule's: one finding per risk.
   */
  readonly absorbs?: readonly string[];
}
