/**
 * One report from the JSON reports of a sharded review (docs/sharding.md): each matrix job
 * reviewed some zones of the same change; the summary shows them as one review with one
 * verdict. Pure: the caller reads the files (report/read-json.ts rebuilds each one untrusted).
 *
 * Findings about the repository rather than a zone (a workflow, a credential) are made by every
 * shard alike: they are kept once, by fingerprint. A zone in two shards means the matrix was
 * built wrong (zoneguard targets never does that), and shards of different commits or policies
 * would give a verdict no single review could: both are errors, not a quiet merge.
 */
import { type Diagnostic, fail, ok, type Result } from '../model/location.js';
import type {
  Report,
  ReportFinding,
  ReportLive,
  ReportRegistry,
  ReportRegistryDomain,
} from './types.js';
import { computeVerdict, highestSeverity, reportKind } from './verdict.js';

export interface ShardReport {
  /** Where it was read from, for messages. */
  readonly file: string;
  readonly report: Report;
}

const refText = (r: Report['base']) => (r ? `${r.ref}${r.commit ? ` (${r.commit})` : ''}` : 'none');

function sameRef(a: Report['base'], b: Report['base']): boolean {
  if (a === null || b === null) return a === b;
  // A commit identifies the side; refs may be spelled differently by different jobs.
  return a.commit !== undefined || b.commit !== undefined ? a.commit === b.commit : a.ref === b.ref;
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

const LIVE_ORDER: readonly ReportLive['status'][] = ['off', 'ok', 'partial', 'failed'];

/** The status of the whole from the shards' (live DNS and the registry say it alike). */
function mergeStatus(statuses: readonly ReportLive['status'][]): ReportLive['status'] {
  const asked = statuses.filter((s) => s !== 'off');
  if (asked.length === 0) return 'off';
  const worst = asked.reduce(
    (w, s) => (LIVE_ORDER.indexOf(s) > LIVE_ORDER.indexOf(w) ? s : w),
    'ok' as ReportLive['status'],
  );
  // Some shards failed and others answered: the whole is partial, not failed.
  return worst === 'failed' && asked.some((s) => s !== 'failed') ? 'partial' : worst;
}

function mergeLive(lives: readonly ReportLive[]): ReportLive {
  return {
    status: mergeStatus(lives.map((l) => l.status)),
    reasons: unique(lives.flatMap((l) => l.reasons)),
    queries: lives.reduce((n, l) => n + l.queries, 0),
    servers: lives.flatMap((l) => l.servers),
    ...(lives.some((l) => l.candidates?.length)
      ? { candidates: lives.flatMap((l) => l.candidates ?? []) }
      : {}),
    zones: lives.flatMap((l) => l.zones),
  };
}

/**
 * The registry's facts of every shard: a registrable domain whose zones sit in two shards was
 * asked by both, and is kept once with the zones of both.
 */
function mergeRegistry(registries: readonly ReportRegistry[]): ReportRegistry | undefined {
  if (registries.length === 0) return undefined;
  const domains = new Map<string, ReportRegistryDomain>();
  for (const r of registries)
    for (const d of r.domains) {
      const seen = domains.get(d.domain);
      domains.set(d.domain, seen ? { ...seen, zones: unique([...seen.zones, ...d.zones]) } : d);
    }
  const sources = unique(registries.flatMap((r) => (r.source !== undefined ? [r.source] : [])));
  return {
    status: mergeStatus(registries.map((r) => r.status)),
    reasons: unique(registries.flatMap((r) => r.reasons)),
    ...(sources.length > 0 ? { source: sources.join('; ') } : {}),
    requests: registries.reduce((n, r) => n + r.requests, 0),
    domains: [...domains.values()],
  };
}

export function mergeReports(shards: readonly ShardReport[]): Result<Report> {
  const first = shards[0];
  if (!first) return fail(diag('no reports to merge', '.'));
  const errors: Diagnostic[] = [];
  for (const s of shards.slice(1)) {
    const r = s.report;
    if (!sameRef(r.head, first.report.head))
      errors.push(
        diag(
          `reviews head ${refText(r.head)}, but ${first.file} reviews ${refText(first.report.head)}: shards of one review must all review the same commits`,
          s.file,
        ),
      );
    else if (!sameRef(r.base, first.report.base))
      errors.push(
        diag(
          `reviews against base ${refText(r.base)}, but ${first.file} against ${refText(first.report.base)}`,
          s.file,
        ),
      );
    if (reportKind(r) !== reportKind(first.report))
      errors.push(
        diag(
          `is ${reportKind(r) === 'audit' ? 'an audit' : 'a review of a change'}, but ${first.file} is not: merge the shards of one run`,
          s.file,
        ),
      );
    if (r.failOn !== first.report.failOn)
      errors.push(
        diag(
          `blocks at ${r.failOn}, but ${first.file} at ${first.report.failOn}: give every shard the same policy and fail-on`,
          s.file,
        ),
      );
  }
  const seenZone = new Map<string, number>();
  shards.forEach((s, i) => {
    for (const z of s.report.zones) {
      const key = `${z.zone} ${z.format} ${z.config ?? ''}`;
      const other = seenZone.get(key);
      if (other !== undefined && other !== i)
        errors.push(
          diag(
            `zone ${z.zone} is also in ${shards[other]!.file}: shards must not overlap (zoneguard targets plans them)`,
            s.file,
          ),
        );
      seenZone.set(key, i);
    }
  });
  if (errors.length > 0) return { ok: false, errors };

  const findings: ReportFinding[] = [];
  const seenFinding = new Set<string>();
  for (const s of shards)
    for (const f of s.report.findings) {
      if (seenFinding.has(f.fingerprint)) continue;
      seenFinding.add(f.fingerprint);
      findings.push(f);
    }
  const failOn = first.report.failOn;
  const kind = reportKind(first.report);
  return ok({
    version: 1,
    ...(kind === 'audit' ? { kind } : {}),
    verdict: computeVerdict(findings, failOn, kind),
    highestSeverity: highestSeverity(findings),
    failOn,
    base: first.report.base,
    head: first.report.head,
    zones: shards.flatMap((s) => s.report.zones),
    findings,
    live: mergeLive(shards.map((s) => s.report.live)),
    ...optionalRegistry(
      mergeRegistry(shards.flatMap((s) => (s.report.registry ? [s.report.registry] : []))),
    ),
    rollback: shards.flatMap((s) => s.report.rollback),
    warnings: unique(shards.flatMap((s) => s.report.warnings)),
  });
}

const optionalRegistry = (registry: ReportRegistry | undefined) => (registry ? { registry } : {});

function diag(message: string, file: string): Diagnostic {
  return { level: 'error', message, location: { file } };
}
