/** Review settings for tests: no live DNS, auto format, the repository root. */
import type { ReviewSettings } from '../../src/review/review.js';

export function reviewSettings(
  repo: string,
  base: string | undefined,
  head: string | undefined,
  extra: Partial<ReviewSettings> = {},
): ReviewSettings {
  return {
    repo,
    base,
    head,
    path: '',
    format: 'auto',
    policyFile: undefined,
    failOn: undefined,
    live: false,
    liveOptions: { resolvers: [], authoritative: new Map() },
    ...extra,
  };
}
