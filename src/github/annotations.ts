/**
 * Findings as workflow annotations on file:line. GitHub shows at most 10 errors, 10 warnings
 * (and 10 notices) per step, so the most severe go first: introduced before existing.
 */
import * as core from '@actions/core';
import type { Diagnostic } from '../model/location.js';
import { severityRank } from '../model/severity.js';
import type { ReportFinding } from '../report/types.js';

export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

function levelOf(f: ReportFinding): AnnotationLevel {
  if (f.accepted) return 'notice';
  const rank = severityRank(f.severity);
  return rank >= severityRank('high')
    ? 'error'
    : rank >= severityRank('medium')
      ? 'warning'
      : 'notice';
}

/** Pure: the annotations to emit, most severe first, at most `perLevel` of each level. */
export function selectAnnotations(
  findings: readonly ReportFinding[],
  perLevel = ANNOTATIONS_PER_LEVEL,
): Annotation[] {
  const ranked = [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      Number(b.introduced) - Number(a.introduced),
  );
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const out: Annotation[] = [];
  for (const f of ranked) {
    const level = levelOf(f);
    if (used[level] >= perLevel) continue;
    used[level]++;
    const state = f.accepted ? 'accepted' : f.introduced ? 'introduced' : 'existing';
    out.push({
      level,
      title: `ZoneGuard ${f.rule} (${f.severity}, ${state})`,
      message: f.fix ? `${f.message}\nFix: ${f.fix}` : f.message,
      file: f.location?.file,
      line: f.location?.line,
      column: f.location?.column,
    });
  }
  return out;
}

export function diagnosticAnnotations(errors: readonly Diagnostic[]): Annotation[] {
  return errors.slice(0, ANNOTATIONS_PER_LEVEL * 2).map((d) => ({
    level: d.level === 'error' ? 'error' : 'warning',
    title: `ZoneGuard: cannot read ${d.location.file}`,
    message: d.message,
    file: d.location.file,
    line: d.location.line,
    column: d.location.column,
  }));
}

const EMIT: Record<AnnotationLevel, typeof core.error> = {
  error: core.error,
  warning: core.warning,
  notice: core.notice,
};

export function emitAnnotations(annotations: readonly Annotation[]): void {
  for (const a of annotations) {
    const props: core.AnnotationProperties = { title: a.title };
    if (a.file !== undefined) props.file = a.file;
    if (a.line !== undefined) props.startLine = a.line;
    if (a.column !== undefined) props.startColumn = a.column;
    EMIT[a.level](a.message, props);
  }
}
