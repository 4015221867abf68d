/**
 * A review's second evaluation of a config whose input is the first's, taken from the first
 * (formats/side-memo.ts). The sandbox's outcome is a function of what it is given: the config
 * and every file it may `require`, the listing `glob` reads, the links, the folder, the
 * variables and the limits. Most pull requests of a DNSControl repository touch none of them (a
 * workflow, the README, a Dockerfile bump): their base then reads exactly as their head, and
 * running it again would cost a second sandbox's evaluation, the larger part of such a review
 * (issue 15). The comparison is of the whole input, so a change to any file `require` could
 * load (a `package.json` too) evaluates both sides as before.
 *
 * A config that reads the clock or `Math.random` gets the first side's reading on both sides
 * when its input is unchanged: it cannot show a difference of its own making.
 *
 * When the input differs, the first side starts the second side's evaluation as soon as its own
 * has run, instead of when the second side's load comes to it (after the first side's result is
 * normalised and mapped: a tenth of a large review). One evaluation still runs at a time, under
 * the same deadline and caps (sandbox.ts, SandboxAhead); it does not keep Node alive until the
 * second side takes it, so a review that ends before (its head did not load) does not wait for
 * it; and the second side takes it only when its own input is the one it was started on.
 */
import type { Memo } from '../side-memo.js';
import type { BridgeFiles } from './host-bridge.js';
import type { PendingEvaluation, SandboxInput, SandboxLimits, SandboxOutcome } from './sandbox.js';

/** One side's evaluation, for the other side: what it was given, and what comes of it. */
export interface Remembered {
  readonly input: SandboxInput;
  readonly limits: SandboxLimits;
  readonly evaluation: PendingEvaluation;
}

/**
 * The longest result kept for the other side: a config's JSON that large (over a million
 * records) is let go as soon as its own side is read, not held through it.
 */
const KEPT_JSON_MAX_CHARS = 64 * 2 ** 20;

const keyOf = (file: string) => `dnscontrol evaluation ${file}`;

/**
 * What the other side left for this side's evaluation of `input.file`, when it is an evaluation
 * of this very input under these limits: its outcome stands for this side's (and is held from
 * now). One that is not is released. Taken either way: an entry serves one load.
 */
export async function takeSameEvaluation(
  memo: Memo | undefined,
  input: SandboxInput,
  limits: SandboxLimits,
): Promise<{ found: boolean; outcome?: Promise<SandboxOutcome> }> {
  const entry = memo?.take(keyOf(input.file)) as Promise<Remembered | undefined> | undefined;
  if (!entry) return { found: false };
  const remembered = await entry;
  if (!remembered) return { found: true };
  if (sameLimits(remembered.limits, limits) && sameInput(remembered.input, input)) {
    remembered.evaluation.hold();
    return { found: true, outcome: remembered.evaluation.outcome };
  }
  remembered.evaluation.release();
  return { found: true };
}

/**
 * Leaves for the other side's evaluation of the same file what `next` gives (the other side's
 * evaluation started ahead, or this one when the other side's input is the same), or, without
 * `next`, this side's own successful outcome.
 */
export function keepEvaluation(
  memo: Memo | undefined,
  own: { input: SandboxInput; limits: SandboxLimits; outcome: SandboxOutcome },
  next?: (own: Remembered | undefined) => Promise<Remembered | undefined>,
): void {
  if (!memo) return;
  const { input, limits, outcome } = own;
  const kept =
    outcome.ok && outcome.json.length <= KEPT_JSON_MAX_CHARS
      ? { input, limits, evaluation: settled(outcome) }
      : undefined;
  memo.keep(keyOf(input.file), next ? next(kept) : Promise.resolve(kept));
}

/** An outcome there already, as a pending evaluation (nothing to hold or end). */
function settled(outcome: SandboxOutcome): PendingEvaluation {
  return { outcome: Promise.resolve(outcome), hold() {}, release() {} };
}

function sameLimits(a: SandboxLimits, b: SandboxLimits): boolean {
  return a.timeoutMs === b.timeoutMs && a.memoryBytes === b.memoryBytes;
}

/** Whether the sandbox is given the same thing: every field of the input, compared in full. */
export function sameInput(a: SandboxInput, b: SandboxInput): boolean {
  return (
    a.source === b.source &&
    a.file === b.file &&
    a.baseDir === b.baseDir &&
    samePairs(a.vars ?? [], b.vars ?? []) &&
    sameFiles(a.files, b.files)
  );
}

function sameFiles(a: BridgeFiles, b: BridgeFiles): boolean {
  return (
    a.listing.length === b.listing.length &&
    a.listing.every((path, i) => b.listing[i] === path) &&
    sameMap(a.texts, b.texts) &&
    sameMap(a.targets ?? new Map(), b.targets ?? new Map())
  );
}

function sameMap(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

function samePairs(
  a: readonly (readonly [string, string])[],
  b: readonly (readonly [string, string])[],
): boolean {
  return a.length === b.length && a.every(([k, v], i) => b[i]![0] === k && b[i]![1] === v);
}
