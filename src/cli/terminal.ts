/**
 * What the command line does differently in a terminal: colour (NO_COLOR, FORCE_COLOR) and the
 * progress of a long review on standard error.
 */
import type { ReviewProgress } from '../review/review.js';
import type { CliIO } from './io.js';

/**
 * Colour on standard output: never with NO_COLOR set and not empty (no-color.org); always with
 * FORCE_COLOR set, unless to `0` or `false` (as Node reads it); else when standard output is a
 * terminal that is not `TERM=dumb`.
 */
export function wantsColour(io: Pick<CliIO, 'env' | 'stdoutIsTerminal'>): boolean {
  const { NO_COLOR: noColour, FORCE_COLOR: force, TERM: term } = io.env;
  if (noColour !== undefined && noColour !== '') return false;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdoutIsTerminal === true && term !== 'dumb';
}

/** The line a step of the review shows on standard error. */
export function progressLine(step: ReviewProgress): string {
  switch (step.kind) {
    case 'load': {
      const what = step.formats.includes('dnscontrol')
        ? ': evaluating dnsconfig.js'
        : step.formats.length > 0
          ? `: ${step.formats.join(', ')}`
          : '';
      return `reading ${step.side} ${step.ref}${what}…`;
    }
    case 'live':
      return `asking live DNS for ${step.zones === 1 ? '1 zone' : `${step.zones} zones`}: ${step.queries} queries sent…`;
    case 'rules':
      return 'running the rules…';
  }
}

/**
 * A progress reporter for standard error, or undefined when it is not a terminal or `--quiet`
 * was given (a pipe or a CI log gets no progress). Each step is one line; the live query count
 * rewrites its own line with a carriage return. `done` ends the last line before the review
 * prints.
 */
export function createProgress(
  io: CliIO,
  quiet: boolean,
): { readonly report: (step: ReviewProgress) => void; readonly done: () => void } | undefined {
  if (quiet || io.stderrIsTerminal !== true) return undefined;
  let open = ''; // the line being rewritten, if any
  let openKind: ReviewProgress['kind'] | undefined;
  const finish = () => {
    if (open) io.stderr('\n');
    open = '';
    openKind = undefined;
  };
  return {
    report(step) {
      const line = `zoneguard: ${progressLine(step)}`;
      if (openKind === step.kind && step.kind === 'live') {
        // Same step, new count: rewrite the line, blanking what a shorter one leaves.
        io.stderr(`\r${line}${' '.repeat(Math.max(0, open.length - line.length))}`);
      } else {
        finish();
        io.stderr(line);
      }
      open = line;
      openKind = step.kind;
    },
    done: finish,
  };
}
