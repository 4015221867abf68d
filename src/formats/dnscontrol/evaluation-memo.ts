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
 */
import type { Memo } from '../side-memo.js';
import type { BridgeFiles } from './host-bridge.js';
import type { SandboxInput, SandboxLimits, SandboxOutcome } from './sandbox.js';

type Success = Extract<SandboxOutcome, { ok: true }>;

interface Remembered {
  readonly input: SandboxInput;
  readonly limits: SandboxLimits;
  readonly outcome: Success;
}

/**
 * The longest result kept for the other side: a config's JSON that large (over a million
 * records) is let go as soon as its own side is read, not held through it.
 */
const KEPT_JSON_MAX_CHARS = 64 * 2 ** 20;

const keyOf = (file: string) => `dnscontrol evaluation ${file}`;

/**
 * What the other side's evaluation of `input.file` left, when it ran on this very input under
 * these limits: its outcome stands for this side's. Taken either way: an entry serves one load.
 */
export function takeSameEvaluation(
  memo: Memo | undefined,
  input: SandboxInput,
  limits: SandboxLimits,
): { found: boolean; outcome?: Success } {
  const remembered = memo?.take(keyOf(input.file)) as Remembered | undefined;
  if (!remembered) return { found: false };
  const same = sameLimits(remembered.limits, limits) && sameInput(remembered.input, input);
  return same ? { found: true, outcome: remembered.outcome } : { found: true };
}

/** Leaves a successful outcome for the other side's evaluation of the same file. */
export function keepEvaluation(
  memo: Memo | undefined,
  input: SandboxInput,
  limits: SandboxLimits,
  outcome: SandboxOutcome,
): void {
  if (!memo || !outcome.ok || outcome.json.length > KEPT_JSON_MAX_CHARS) return;
  memo.keep(keyOf(input.file), { input, limits, outcome } satisfies Remembered);
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
