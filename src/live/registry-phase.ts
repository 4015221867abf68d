/**
 * The registry phase: for each registrable domain the change touches, find its registry's
 * RDAP service (IANA's bootstrap file, RFC 9224, or the one `--rdap URL`), ask for the domain
 * (RFC 9082 §3.1.3: `domain/NAME`) and read the answer (RFC 9083). Bounded by one deadline and
 * a few requests in flight; whatever goes wrong becomes a fact (`status`, `reasons`), never an
 * exception.
 */
import { parseBootstrap, serviceFor, withSlash } from './rdap/bootstrap.js';
import { readDomain } from './rdap/domain.js';
import { getRdap } from './rdap/http.js';
import type {
  RegistryFact,
  RegistryOptions,
  RegistryRequest,
  RegistrySnapshot,
  RegistryStatus,
} from './registry-types.js';

export const DEFAULT_REGISTRY_DEADLINE_MS = 20_000;
/** Registries asked at once: a review touches few domains, and registries rate-limit. */
const IN_FLIGHT = 4;

export async function collectRegistry(
  requests: readonly RegistryRequest[],
  options: RegistryOptions,
): Promise<RegistrySnapshot> {
  const takenAt = new Date();
  const deadline = takenAt.getTime() + (options.deadlineMs ?? DEFAULT_REGISTRY_DEADLINE_MS);
  let sent = 0;
  try {
    const found = await servicesFinder(options);
    if ('problem' in found)
      return {
        // No usable copy of the bootstrap file shipped (a build without one): the registry was
        // not asked, which is "off" with the reason, not a failure on every review.
        status: found.shipped ? 'off' : 'failed',
        reasons: [found.problem],
        domains: [],
        source: found.source,
        requests: 0,
        takenAt,
      };
    const ask = async (request: RegistryRequest): Promise<RegistryFact> => {
      const bases = found.services(request.domain);
      if (!bases)
        return {
          ...request,
          outcome: 'no-service',
          reason: `no RDAP service is known for .${tldOf(request.domain)} (IANA's bootstrap file has no entry)`,
        };
      let last: RegistryFact | undefined;
      for (const base of bases) {
        const url = `${withSlash(base)}domain/${request.domain.replace(/\.$/, '')}`;
        sent++;
        const answer = await getRdap(url, { ...options.http, deadline });
        if (answer.kind === 'not-found')
          return { ...request, outcome: 'not-found', url: answer.url };
        if (answer.kind === 'failed') {
          last = { ...request, outcome: 'failed', url: answer.url, reason: answer.reason };
          continue;
        }
        const read = readDomain(answer.body);
        if (!read.ok) {
          last = { ...request, outcome: 'failed', url: answer.url, reason: read.problem };
          continue;
        }
        return { ...request, outcome: 'found', url: answer.url, registration: read.domain };
      }
      return last!;
    };
    const domains = await inBatches(requests, IN_FLIGHT, ask);
    const reasons = domains
      .filter((d) => d.reason)
      .map((d) => `${d.domain}: ${d.outcome === 'failed' ? `${d.url}: ` : ''}${d.reason}`);
    return {
      status: overall(domains),
      reasons,
      domains,
      source: found.source,
      requests: sent,
      takenAt,
    };
  } catch (e) {
    // Defensive: a bug here must not fail the review; say what happened instead.
    const message = e instanceof Error ? e.message : String(e);
    return {
      status: 'failed',
      reasons: [`the registry phase stopped on an internal error: ${message}`],
      domains: [],
      source: options.baseUrl ?? 'IANA bootstrap file',
      requests: sent,
      takenAt,
    };
  }
}

type Services =
  | { services: (domain: string) => readonly string[] | undefined; source: string }
  | { problem: string; source: string; shipped: boolean };

async function servicesFinder(options: RegistryOptions): Promise<Services> {
  if (options.baseUrl !== undefined) {
    const base = options.baseUrl;
    return { services: () => [base], source: `--rdap ${base}` };
  }
  const given = options.bootstrap !== undefined;
  const parsed = given
    ? parseBootstrap(options.bootstrap)
    : (await import('./rdap/iana.js')).shippedBootstrap();
  if (!parsed.ok)
    return {
      problem: parsed.problem,
      source: given ? 'the given bootstrap file' : "IANA's RDAP bootstrap file",
      shipped: !given,
    };
  const bootstrap = parsed.bootstrap;
  return {
    services: (domain) => serviceFor(bootstrap, domain),
    source: `IANA's RDAP bootstrap file${bootstrap.publication ? ` of ${bootstrap.publication.slice(0, 10)}` : ''}`,
  };
}

async function inBatches<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}

function tldOf(domain: string): string {
  return domain.replace(/\.$/, '').split('.').pop() ?? domain;
}

/** An answer (a domain object or a 404) counts as read; the rest as not. */
function overall(domains: readonly RegistryFact[]): RegistryStatus {
  if (domains.length === 0) return 'off';
  const read = domains.filter((d) => d.outcome === 'found' || d.outcome === 'not-found').length;
  if (read === domains.length) return 'ok';
  return read === 0 ? 'failed' : 'partial';
}
