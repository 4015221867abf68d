/**
 * The live phase (docs/architecture.md, Live DNS): for each zone, discover the delegation (or
 * take the servers given with `--authoritative`), check every server, fetch the requested
 * RRsets from every authoritative server, and check head's new nameservers before a migration. Bounded by one deadline; whatever goes wrong becomes `status` and `reasons`, never an
 * exception. Special-use zones (model/special-use.ts) are not discovered: they have no public
 * delegation; a reason says so.
 */
import { describeSpecialUse, specialUseZone } from '../model/special-use.js';
import { collectZone, resolverFacts, type ZoneInput } from './collect.js';
import { discoverDelegation, type Lookup } from './discover.js';
import { createDnsClient, DEFAULTS } from './dns/client.js';
import type { ServerAddress } from './dns/transport.js';
import { withDnssec } from './dnssec/collect.js';
import { parseResolverSpec, readSystemResolvers } from './specs.js';
import type { LiveOptions, LiveRequest, LiveSnapshot, LiveStatus, LiveZone } from './types.js';

export const DEFAULT_DEADLINE_MS = 30_000;

export async function collectLive(
  requests: readonly LiveRequest[],
  options: LiveOptions,
): Promise<LiveSnapshot> {
  const takenAt = new Date();
  const deadline = takenAt.getTime() + (options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const maxInFlight = options.maxInFlight ?? DEFAULTS.maxInFlight;
  const client = createDnsClient({
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    retries: options.retries ?? DEFAULTS.retries,
    backoffMs: options.backoffMs ?? DEFAULTS.backoffMs,
    maxInFlight,
    deadline,
  });
  // Progress: the count of queries sent, polled rather than reported per query (hot path).
  const onQueries = options.onQueries;
  onQueries?.(0);
  const ticker = onQueries ? setInterval(() => onQueries(client.sent), 250) : undefined;
  ticker?.unref();
  try {
    const { resolvers, problems } = chooseResolvers(options);
    const lookup: Lookup = {
      client,
      resolvers,
      workers: Math.max(1, maxInFlight),
      silent: new Set(),
    };
    // A special-use zone has no public delegation to discover: asking the root for 10.in-addr.arpa.
    // or internal. only yields NXDOMAIN or a sink. Its servers are asked when given explicitly.
    const skipped = requests.filter(
      (r) => !options.authoritative.has(r.zone) && specialUseZone(r.zone),
    );
    const asked = requests.filter((r) => !skipped.includes(r));
    const zones = await Promise.all(
      asked.map(async (request) => {
        const [input, facts] = await Promise.all([
          zoneInput(lookup, request, options),
          resolverFacts(lookup, request),
        ]);
        const zone = await collectZone(lookup, input, facts, {
          axfr: options.axfr === true,
          timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
        });
        return withDnssec(client, zone, request.signed ?? []);
      }),
    );
    const reasons = [...problems];
    for (const r of skipped)
      reasons.push(
        `${r.zone}: not asked: ${describeSpecialUse(specialUseZone(r.zone)!)} is served locally, never delegated in public DNS (--authoritative ${r.zone}=IP asks its own servers)`,
      );
    for (const r of lookup.silent)
      reasons.push(`recursive resolver ${r.replace('#', ' port ')} did not answer`);
    for (const z of zones) for (const r of z.reasons) reasons.push(`${z.zone}: ${r}`);
    if (Date.now() > deadline)
      reasons.push('the live-DNS deadline passed before every answer came');
    const status = asked.length === 0 ? 'off' : overall(zones);
    return { status, reasons, zones, queries: client.sent, takenAt };
  } catch (e) {
    // Defensive: a bug here must not fail the review; say what happened instead.
    const message = e instanceof Error ? e.message : String(e);
    return {
      status: 'failed',
      reasons: [`live DNS stopped on an internal error: ${message}`],
      zones: [],
      queries: client.sent,
      takenAt,
    };
  } finally {
    clearInterval(ticker);
    onQueries?.(client.sent);
    client.close();
  }
}

function chooseResolvers(options: LiveOptions): { resolvers: ServerAddress[]; problems: string[] } {
  const problems: string[] = [];
  if (options.resolvers.length > 0) {
    const resolvers: ServerAddress[] = [];
    for (const text of options.resolvers) {
      const r = parseResolverSpec(text);
      if (r.ok) resolvers.push({ address: r.address, port: r.port });
      else problems.push(`resolver ${r.message}`);
    }
    return { resolvers, problems };
  }
  const system = readSystemResolvers(options.resolvConf);
  if (system.problem) problems.push(system.problem);
  return { resolvers: system.servers, problems };
}

async function zoneInput(
  lookup: Lookup,
  request: LiveRequest,
  options: LiveOptions,
): Promise<ZoneInput> {
  const given = options.authoritative.get(request.zone);
  if (given) return { request, servers: given, reasons: [] };
  if (lookup.resolvers.length === 0)
    return { request, servers: [], reasons: ['no recursive resolver to discover the delegation'] };
  const found = await discoverDelegation(lookup, request.zone);
  if (!('delegation' in found)) return { request, servers: [], reasons: found.reasons };
  return {
    request,
    servers: found.servers,
    delegation: found.delegation,
    reasons: found.reasons,
  };
}

function overall(zones: readonly LiveZone[]): LiveStatus {
  if (zones.length === 0) return 'ok';
  if (zones.every((z) => z.status === 'ok')) return 'ok';
  if (zones.every((z) => z.status === 'failed')) return 'failed';
  return 'partial';
}
