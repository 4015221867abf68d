/**
 * When to retry a GitHub API request, and how long to wait: 5xx with exponential backoff;
 * secondary rate limits (429, or 403 with `retry-after` or the "secondary rate limit" message)
 * honouring `retry-after`, else at least a minute as GitHub's docs ask; an exhausted primary
 * limit until `x-ratelimit-reset`. A wait longer than the cap is not worth a CI minute: give up.
 */

export interface RetryPolicy {
  readonly retries: number;
  readonly baseMs: number;
  readonly maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseMs: 1000, maxWaitMs: 90_000 };

export interface FailedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | number | undefined>>;
  readonly message: string;
}

const SECONDARY = /secondary rate limit|abuse detection/i;

/** Milliseconds to wait before attempt `attempt + 1` (0-based), or undefined: do not retry. */
export function retryDelay(
  failure: FailedResponse,
  attempt: number,
  policy: RetryPolicy,
  nowMs: number,
): number | undefined {
  if (attempt >= policy.retries) return undefined;
  const header = (name: string): string | undefined => {
    const v = failure.headers[name];
    return v === undefined ? undefined : String(v);
  };
  let wait: number | undefined;
  if (failure.status >= 500 && failure.status <= 599) {
    wait = policy.baseMs * 2 ** attempt;
  } else if (failure.status === 429 || failure.status === 403) {
    const retryAfter = Number(header('retry-after'));
    const remaining = header('x-ratelimit-remaining');
    const reset = Number(header('x-ratelimit-reset'));
    if (Number.isFinite(retryAfter) && header('retry-after') !== undefined) {
      wait = Math.max(0, retryAfter) * 1000;
    } else if (remaining === '0' && Number.isFinite(reset)) {
      wait = Math.max(0, reset * 1000 - nowMs) + 1000;
    } else if (failure.status === 429 || SECONDARY.test(failure.message)) {
      wait = Math.max(60_000, policy.baseMs * 2 ** attempt);
    }
  }
  if (wait === undefined || wait > policy.maxWaitMs) return undefined;
  return wait;
}
