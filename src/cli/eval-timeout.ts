/** `--eval-timeout SECONDS`, shared by `check` and `print-ir`: the dnsconfig.js deadline. */
import type { LimitResult } from '../live/specs.js';

/** Seconds above 0 and at most 600, as milliseconds; otherwise a message naming the flag. */
export function parseEvalTimeout(text: string): LimitResult {
  // Number('') is 0 and Number('x') is NaN: both fail the range like any other bad value.
  const s = Number(text);
  if (!Number.isFinite(s) || s <= 0 || s > 600)
    return {
      ok: false,
      message: `--eval-timeout must be a number of seconds from 0 to 600; got "${text}"`,
    };
  return { ok: true, value: Math.round(s * 1000) };
}
