/**
 * The live-DNS flags (`--resolver`, `--authoritative`, `--live-deadline`, `--live-in-flight`)
 * read into the live phase's options, each checked with the message `zoneguard check` gives.
 */
import {
  parseAuthoritativeSpec,
  parseInFlight,
  parseLiveDeadline,
  parseResolverSpec,
} from '../live/specs.js';
import type { LiveOptions, ServerEndpoint } from '../live/types.js';

export const LIVE_FLAGS = {
  resolver: { type: 'string', multiple: true },
  authoritative: { type: 'string', multiple: true },
  'live-deadline': { type: 'string' },
  'live-in-flight': { type: 'string' },
  axfr: { type: 'boolean' },
} as const;

export type LiveFlagsResult =
  | { readonly ok: true; readonly options: LiveOptions }
  | { readonly ok: false; readonly message: string };

export function liveOptionsFromFlags(
  values: Readonly<Record<string, string | string[] | boolean | undefined>>,
): LiveFlagsResult {
  const list = (name: string) => (values[name] as string[] | undefined) ?? [];
  for (const r of list('resolver')) {
    const spec = parseResolverSpec(r);
    if (!spec.ok) return { ok: false, message: `--resolver: ${spec.message}` };
  }
  const authoritative = new Map<string, readonly ServerEndpoint[]>();
  for (const a of list('authoritative')) {
    const spec = parseAuthoritativeSpec(a);
    if (!spec.ok) return { ok: false, message: `--authoritative: ${spec.message}` };
    authoritative.set(spec.zone, spec.servers);
  }
  const deadlineText = values['live-deadline'] as string | undefined;
  const deadline = deadlineText === undefined ? undefined : parseLiveDeadline(deadlineText);
  if (deadline && !deadline.ok)
    return { ok: false, message: `--live-deadline: ${deadline.message}` };
  const inFlightText = values['live-in-flight'] as string | undefined;
  const inFlight = inFlightText === undefined ? undefined : parseInFlight(inFlightText);
  if (inFlight && !inFlight.ok)
    return { ok: false, message: `--live-in-flight: ${inFlight.message}` };
  return {
    ok: true,
    options: {
      resolvers: list('resolver'),
      authoritative,
      ...(deadline?.ok ? { deadlineMs: deadline.value } : {}),
      ...(inFlight?.ok ? { maxInFlight: inFlight.value } : {}),
      ...(values['axfr'] === true ? { axfr: true } : {}),
    },
  };
}
