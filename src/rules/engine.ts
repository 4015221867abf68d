/**
 * Runs the catalogue against a review context: applies the policy (rule off, severity
 * override, protected zones one level up) and gives each finding a stable fingerprint.
 * A rule that throws does not end the review: it becomes a warning naming the rule.
 * A finding about records the config declares hands-off (IGNORE, octoDNS `ignored` or
 * filters: docs/push-scope.md) is dropped here, once for every rule.
 */
import { createHash } from 'node:crypto';
import type { RecordType } from '../model/record-type.js';
import { declaredHandsOff } from '../model/scope.js';
import { compareSeverity, maxSeverity, raiseSeverity, type Severity } from '../model/severity.js';
import { type RRset, rrsetKey, type Zone, zoneKey } from '../model/zone.js';
import { redactSecrets } from '../secrets/secrets.js';
import { RULES } from './catalogue.js';
import type { DraftFinding, Finding, Rule, RuleContext } from './types.js';

export interface RuleRun {
  readonly findings: readonly Finding[];
  readonly warnings: readonly string[];
}

export function fingerprintOf(
  rule: string,
  d: Pick<DraftFinding, 'zone' | 'name' | 'type' | 'key'>,
): string {
  const text = [rule, d.zone ?? '', d.name ?? '', d.type ?? '', d.key ?? ''].join('\x1f');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function zoneNameOf(zone: string | undefined): string | undefined {
  return zone?.split('!')[0];
}

export function toFinding(
  rule: Rule,
  draft: DraftFinding,
  ctx: Pick<RuleContext, 'policy'>,
): Finding {
  const configured = ctx.policy.rules[rule.id];
  let severity: Severity =
    configured && configured !== 'off' ? configured : (draft.severity ?? rule.defaultSeverity);
  const zone = zoneNameOf(draft.zone);
  if (zone && ctx.policy.protectedZones.includes(zone)) severity = raiseSeverity(severity);
  const finding: Finding = {
    rule: rule.id,
    severity,
    introduced: draft.introduced,
    ...(draft.zone !== undefined ? { zone: draft.zone } : {}),
    ...(draft.name !== undefined ? { name: draft.name } : {}),
    ...(draft.type !== undefined ? { type: draft.type } : {}),
    message: draft.message,
    fix: draft.fix ?? rule.fix,
    ...(draft.location ? { location: draft.location } : {}),
    fingerprint: fingerprintOf(rule.id, draft),
  };
  return finding;
}

/**
 * Strings in the order of their UTF-16 code units, as `sort()` puts them: the same on every
 * machine, and no collator to load (`localeCompare`'s first call loads ICU's, 11–17 ms of a
 * small review's start; issue 15).
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most severe first; introduced before existing; then zone, name, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareSeverity(b.severity, a.severity) ||
    Number(b.introduced) - Number(a.introduced) ||
    byCodeUnits(a.zone ?? '', b.zone ?? '') ||
    byCodeUnits(a.name ?? '', b.name ?? '') ||
    byCodeUnits(a.rule, b.rule) ||
    byCodeUnits(a.fingerprint, b.fingerprint)
  );
}

/**
 * A test for "this finding is about records the config declares hands-off": the RRset at the
 * finding's name and type (head's, else base's; value-less when neither config has it) read
 * with the scope of the zone it belongs to (head's, else base's).
 */
export function handsOffFilter(
  ctx: Pick<RuleContext, 'base' | 'head'>,
): (d: Pick<DraftFinding, 'zone' | 'name' | 'type'>) => boolean {
  const zones = new Map<string, { scope: Zone; rrsets: Map<string, RRset> } | null>();
  const lookup = (key: string) => {
    let z = zones.get(key);
    if (z === undefined) {
      const head = ctx.head.zones.find((x) => zoneKey(x) === key);
      const base = ctx.base.zones.find((x) => zoneKey(x) === key);
      const scope = head ?? base;
      z =
        scope && scope.unmanaged.length > 0
          ? {
              scope,
              rrsets: new Map(
                [...(base?.rrsets ?? []), ...(head?.rrsets ?? [])].map((r) => [rrsetKey(r), r]),
              ),
            }
          : null;
      zones.set(key, z);
    }
    return z;
  };
  return (d) => {
    if (d.zone === undefined || d.name === undefined || d.type === undefined) return false;
    const z = lookup(d.zone);
    if (!z) return false;
    const type: RecordType = d.type;
    const rrset = z.rrsets.get(rrsetKey({ name: d.name, type })) ?? {
      name: d.name,
      type,
      values: [],
    };
    return declaredHandsOff(rrset, z.scope);
  };
}

/** What a rule's check came to: its drafts, or what it threw. */
type Outcome = { readonly drafts: readonly DraftFinding[] } | { readonly error: unknown };

/**
 * Starts a rule's check, settled either way at once: a rule that fails while another one is
 * awaited is an outcome, never an unhandled rejection.
 */
function start(rule: Rule, ctx: RuleContext): Promise<Outcome> {
  try {
    return Promise.resolve(rule.check(ctx)).then(
      (drafts) => ({ drafts }),
      (error: unknown) => ({ error }),
    );
  } catch (error) {
    return Promise.resolve({ error });
  }
}

export async function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Promise<RuleRun> {
  const findings: Finding[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const handsOff = handsOffFilter(ctx);
  const active = rules.filter((rule) => ctx.policy.rules[rule.id] !== 'off');
  // Every check starts before any is awaited, those that ask git first: git answers (the TTL
  // history, a file's text) while the others judge, instead of the whole review waiting for it
  // (issue 15). The findings are still taken in the catalogue's order.
  const outcomes = new Map<Rule, Promise<Outcome>>();
  for (const rule of active) if (rule.readsRepository) outcomes.set(rule, start(rule, ctx));
  for (const rule of active) if (!rule.readsRepository) outcomes.set(rule, start(rule, ctx));
  for (const rule of active) {
    const outcome = await outcomes.get(rule)!;
    if ('error' in outcome) {
      const e = outcome.error;
      warnings.push(
        redactSecrets(
          `rule ${rule.id} failed and was skipped: ${e instanceof Error ? e.message : String(e)}`,
        ),
      );
      continue;
    }
    for (const draft of outcome.drafts) {
      if (handsOff(draft)) continue; // out of the push's scope: no rule reports on it
      const f = toFinding(rule, draft, ctx);
      if (seen.has(f.fingerprint)) continue; // one finding per problem
      seen.add(f.fingerprint);
      findings.push(f);
    }
  }
  return { findings: foldFindings(findings, rules).sort(compareFindings), warnings };
}

/**
 * One finding per risk: a finding of a rule another rule absorbs (Rule.absorbs), on the same
 * zone, name and type, is folded into the absorbing rule's first finding there. The result
 * keeps that finding's rule, location and fingerprint (so overrides still match), takes the
 * higher severity, both messages and fixes, and lists every contributing rule.
 */
export function foldFindings(findings: readonly Finding[], rules: readonly Rule[]): Finding[] {
  const absorbers = new Map<string, Set<string>>(); // absorbed rule id → absorbing rule ids
  for (const r of rules)
    for (const id of r.absorbs ?? []) {
      if (!absorbers.has(id)) absorbers.set(id, new Set());
      absorbers.get(id)!.add(r.id);
    }
  if (absorbers.size === 0) return [...findings];
  const keyOf = (f: Finding, rule: string) =>
    [rule, f.zone ?? '', f.name ?? '', f.type ?? ''].join('\x1f');
  const first = new Map<string, number>(); // absorbing rule + RRset → index in out
  const out: Finding[] = [];
  const folded: Finding[] = [];
  for (const f of findings) {
    if (absorbers.has(f.rule) && f.name !== undefined) folded.push(f);
    else {
      if (f.name !== undefined && !first.has(keyOf(f, f.rule)))
        first.set(keyOf(f, f.rule), out.length);
      out.push(f);
    }
  }
  for (const f of folded) {
    const into = [...absorbers.get(f.rule)!]
      .map((id) => first.get(keyOf(f, id)))
      .find((i) => i !== undefined);
    if (into === undefined) {
      out.push(f);
      continue;
    }
    const host = out[into]!;
    out[into] = {
      ...host,
      severity: maxSeverity([host.severity, f.severity])!,
      introduced: host.introduced || f.introduced,
      message: `${host.message} ${f.message}`,
      fix: host.fix === f.fix ? host.fix : `${host.fix} ${f.fix}`,
      contributingRules: [...(host.contributingRules ?? [host.rule]), f.rule],
    };
  }
  return out;
}
