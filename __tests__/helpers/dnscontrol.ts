/** DNSControl configs and evaluations for tests. */
import { evaluateDnsconfigFull } from '../../src/formats/dnscontrol/evaluate.js';
import { makeRepo } from './git-repo.js';

/** The smallest config that evaluates: `zone` with one A record at its apex. */
export function oneRecordConfig(zone: string, ip: string): string {
  return `D("${zone}", NewRegistrar("none"), DnsProvider(NewDnsProvider("none")), A("@", "${ip}"));`;
}

/** Evaluates `text` as the dnsconfig.js of a repository of its own, removed afterwards. */
export async function evaluateText(
  text: string,
  opts: Parameters<typeof evaluateDnsconfigFull>[2] = {},
) {
  const repo = makeRepo({ 'dnsconfig.js': text });
  try {
    return await evaluateDnsconfigFull(await repo.tree(), 'dnsconfig.js', opts);
  } finally {
    repo.remove();
  }
}
