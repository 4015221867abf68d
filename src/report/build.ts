/** Assembles the JSON report (the contract) from the pipeline's results. */

import type { Change, ZoneDiff } from '../diff/types.js';
import type { RegistrySnapshot } from '../live/registry-types.js';
import type { LiveSnapshot } from '../live/types.js';
import { capText } from '../model/location.js';
import { memoized } from '../model/memoized.js';
import type { Severity } from '../model/severity.js';
import type { RRset } from '../model/zone.js';
import type { Finding } from '../rules/types.js';
import { outputText, redactSecrets } from '../secrets/secrets.js';
import type {
  Report,
  ReportChange,
  ReportFinding,
  ReportLive,
  ReportRegistry,
  ReportRollback,
  ReportRRset,
} from './types.js';
import { computeVerdict, highestSeverity } from './verdict.js';

export interface ReportInput {
  readonly base: { ref: string; commit?: string } | null;
  readonly head: { ref: string; commit?: string };
  readonly diffs: readonly ZoneDiff[];
  readonly drift: ReadonlyMap<string, readonly Change[]>;
  readonly findings: readonly Finding[];
  readonly live: LiveSnapshot | undefined;
  /** Why live DNS was not asked, when it was not. */
  readonly liveOffReason?: string;
  readonly registry?: RegistrySnapshot;
  /** Why the registry was not asked, when it was not. */
  readonly registryOffReason?: string;
  readonly rollback: readonly ReportRollback[];
  readonly failOn: Severity;
  readonly warnings: readonly string[];
  /** An audit of the current state (`zoneguard audit`) rather than a review of a change. */
  readonly audit?: boolean;
}

/**
 * Record data as the report shows it: a credential in a value (a token in a TXT record) is
 * masked as its finding shows it, in the diff, the drift and live DNS alike. Other zone data
 * (DKIM keys, DS digests, verification tokens) is left as it is (src/secrets/secrets.ts).
 */
function rrsetJson(r: RRset, redact: (text: string) => string): ReportRRset {
  const values = r.values.map(redact);
  return r.options ? { ttl: r.ttl, values, options: r.options } : { ttl: r.ttl, values };
}

/**
 * redactSecrets remembered per value for one report: a value shows up on both sides of a
 * modify, in the drift and across RRsets (the same address, the same MX), and each scan runs
 * every pattern over it.
 */
export function valueRedactor(): (text: string) => string {
  return memoized(redactSecrets);
}

/** Warnings kept in the report at most; the rest are counted in one more line. */
export const MAX_REPORT_WARNINGS = 100;

function warningsJson(warnings: readonly string[]): string[] {
  const kept = warnings.slice(0, MAX_REPORT_WARNINGS).map((w) => outputText(w));
  const more = warnings.length - kept.length;
  return more > 0 ? [...kept, `…and ${more} more warnings not shown`] : kept;
}

/** A rollback snippet restores the same records: masked the same way. */
function rollbackJson(r: ReportRollback): ReportRollback {
  return {
    ...r,
    snippet: redactSecrets(r.snippet),
    ...(r.registrar !== undefined ? { registrar: redactSecrets(r.registrar) } : {}),
  };
}

export function changeJson(
  c: Change,
  redact: (text: string) => string = redactSecrets,
): ReportChange {
  const loc = c.after?.location ?? c.before?.location;
  return {
    name: c.name,
    type: c.type,
    kind: c.kind,
    ...(c.before ? { before: rrsetJson(c.before, redact) } : {}),
    ...(c.after ? { after: rrsetJson(c.after, redact) } : {}),
    ...(loc
      ? {
          location:
            loc.line !== undefined ? { file: loc.file, line: loc.line } : { file: loc.file },
        }
      : {}),
  };
}

/**
 * Free text can quote the user's files: credentials in it are masked before any output. Most
 * findings of a rule share its fix text: `redact` remembers it.
 */
function findingJson(f: Finding, redact: (text: string) => string): ReportFinding {
  return { ...f, message: capText(redactSecrets(f.message)), fix: redact(f.fix) };
}

export function liveJson(
  live: LiveSnapshot | undefined,
  offReason = 'live DNS was not queried (--no-live)',
  redact: (text: string) => string = redactSecrets,
): ReportLive {
  if (!live)
    return {
      status: 'off',
      reasons: [offReason],
      queries: 0,
      servers: [],
      zones: [],
    };
  return {
    status: live.status,
    reasons: live.reasons.map((r) => outputText(r)),
    queries: live.queries,
    servers: live.zones.flatMap((z) =>
      z.servers.map((s) => ({
        zone: z.zone,
        name: s.name,
        address: s.port === 53 ? s.address : `${s.address}:${s.port}`,
        responded: s.responded,
        authoritative: s.authoritative,
        ...(s.soaSerial !== undefined ? { soaSerial: s.soaSerial } : {}),
        ...(s.upToDate !== undefined ? { upToDate: s.upToDate } : {}),
        ...(s.axfr ? { axfr: s.axfr.status } : {}),
        ...(s.error ? { error: s.error } : {}),
      })),
    ),
    ...(live.zones.some((z) => z.candidates?.length)
      ? {
          candidates: live.zones.flatMap((z) =>
            (z.candidates ?? []).map((c) => ({
              zone: z.zone,
              name: c.name,
              ...(c.address !== undefined ? { address: c.address } : {}),
              authoritative: c.authoritative,
              expected: c.expected,
              served: c.served,
              missing: c.missingCount ?? c.missing.length,
              differing: c.differingCount ?? c.differing.length,
              ...(c.error ? { error: outputText(c.error) } : {}),
            })),
          ),
        }
      : {}),
    zones: live.zones.map((z) => ({
      zone: z.zone,
      status: z.status,
      reasons: z.reasons,
      serialsAgree: z.serialsAgree,
      ...(z.delegation ? { delegation: z.delegation } : {}),
      rrsets: z.rrsets.map((r) => ({ name: r.name, type: r.type, ...rrsetJson(r, redact) })),
      absent: z.absent,
      ...(z.unresolved?.length ? { unresolved: z.unresolved } : {}),
      ...(z.targets?.length ? { targets: z.targets } : {}),
      ...(z.keys?.length ? { keys: z.keys } : {}),
      ...(z.differences?.length ? { differences: z.differences } : {}),
      ...(z.transferredFrom ? { transferredFrom: z.transferredFrom } : {}),
      ...(z.candidates?.length ? { candidates: z.candidates } : {}),
    })),
  };
}

export function registryJson(
  registry: RegistrySnapshot | undefined,
  offReason = 'the registry was not asked over RDAP (--no-rdap, or --no-live without --rdap URL)',
): ReportRegistry {
  if (!registry) return { status: 'off', reasons: [offReason], requests: 0, domains: [] };
  return {
    status: registry.status,
    reasons: registry.reasons.map((r) => outputText(r)),
    source: registry.source,
    requests: registry.requests,
    domains: registry.domains.map((d) => ({
      domain: d.domain,
      zones: d.zones,
      outcome: d.outcome,
      ...(d.url !== undefined ? { url: d.url } : {}),
      ...(d.reason !== undefined ? { reason: outputText(d.reason) } : {}),
      ...(d.registration ? { registration: d.registration } : {}),
    })),
  };
}

export function buildReport(input: ReportInput): Report {
  const redact = valueRedactor();
  const findings = input.findings.map((f) => findingJson(f, redact));
  return {
    version: 1,
    ...(input.audit ? { kind: 'audit' as const } : {}),
    verdict: computeVerdict(findings, input.failOn, input.audit ? 'audit' : 'review'),
    highestSeverity: highestSeverity(findings),
    failOn: input.failOn,
    base: input.base,
    head: input.head,
    zones: input.diffs.map((d) => {
      const config = d.after?.config ?? d.before?.config;
      return {
        zone: d.zone,
        format: d.format,
        ...(config !== undefined ? { config } : {}),
        status: d.status,
        changes: d.changes.map((c) => changeJson(c, redact)),
        drift: (input.drift.get(d.zone) ?? []).map((c) => changeJson(c, redact)),
      };
    }),
    findings,
    live: liveJson(input.live, input.liveOffReason, redact),
    registry: registryJson(input.registry, input.registryOffReason),
    rollback: input.rollback.map(rollbackJson),
    warnings: warningsJson(input.warnings),
  };
}
