/**
 * Fits a rendered report into a size budget. GitHub refuses comment bodies over 65,536
 * characters, and measurements show a 262,144-byte cap too; the job summary takes 1 MiB. The
 * renderer never cuts the verdict or the findings and cuts the rest to `maxChars`; here we
 * shrink that budget until the UTF-8 size fits as well.
 */
import { createHash } from 'node:crypto';

export const COMMENT_MAX_CHARS = 60_000;
export const COMMENT_MAX_BYTES = 262_144;
/** GitHub's per-step summary limit is 1 MiB; keep a margin for the heading we add. */
export const SUMMARY_MAX_BYTES = 1_000_000;

export type Render = (maxChars: number) => string;

/** The largest rendering within both limits, or undefined when even a small budget overflows. */
export function fitRendering(
  render: Render,
  maxChars: number,
  maxBytes: number,
): string | undefined {
  let budget = maxChars;
  for (let attempt = 0; attempt < 8 && budget > 0; attempt++) {
    const text = render(budget);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (text.length <= maxChars && bytes <= maxBytes) return text;
    // Scale the budget by how far over we are, with a margin for what cannot be cut.
    const ratio = Math.min(maxChars / text.length, maxBytes / bytes);
    budget = Math.floor(budget * ratio * 0.9);
  }
  return undefined;
}

/** A short, stable fingerprint of rendered text. */
export function contentFingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
