/**
 * The pipeline credential rules' shared work on a large repository: 20 workflows of 10 jobs
 * each (half of them `dnscontrol push`) mapped onto 5,000 DNSControl zones of two DNS
 * providers and a registrar (push coverage per job and zone, the registrar/provider credential
 * comparison, what every job holds on pull_request). Goal: ≤ 1 s in all, medians of 5 runs.
 */
import { performance } from 'node:perf_hooks';
import type { Zone, ZoneSet } from '../src/model/zone.js';
import { coverage, exposedSecrets, type ParsedWorkflow, pushJobs } from '../src/rules/push-jobs.js';
import { parseWorkflow } from '../src/rules/workflow.js';
import { sharedSecret, zoneParties } from '../src/rules/zone-credentials.js';

const ZONES = 5_000;
const WORKFLOWS = 20;
const RUNS = 5;

const credentials = [
  ['cf', 'CLOUDFLAREAPI'],
  ['r53', 'ROUTE53'],
  ['reg', 'NAMEDOTCOM'],
].map(([provider, type], i) => ({
  provider: provider!,
  type: type!,
  location: { file: 'creds.json', line: i + 2 },
  fields: [{ key: 'apitoken', literal: false, env: `TOKEN_${provider!.toUpperCase()}` }],
}));

function zoneSet(): ZoneSet {
  const zones: Zone[] = Array.from({ length: ZONES }, (_, i) => ({
    name: `z${i}.example.`,
    format: 'dnscontrol',
    config: 'dnsconfig.js',
    rrsets: [],
    unmanaged: [],
    registrar: { name: 'reg', type: 'NAMEDOTCOM' },
    providers: [
      { name: 'cf', type: 'CLOUDFLAREAPI' },
      { name: 'r53', type: 'ROUTE53' },
    ],
  }));
  return { zones, credentials, files: [] };
}

function workflowText(n: number): string {
  const jobs = Array.from({ length: 10 }, (_, j) =>
    [
      `  job${j}:`,
      '    runs-on: ubuntu-latest',
      '    env:',
      `      TOKEN_CF: \${{ secrets.CF_${n} }}`,
      `      TOKEN_R53: \${{ secrets.R53 }}`,
      `      TOKEN_REG: \${{ secrets.REG }}`,
      '    steps:',
      `      - run: dnscontrol ${j % 2 ? 'push --domains z1.example' : 'preview'}`,
      "        if: github.event_name == 'push'",
    ].join('\n'),
  );
  return ['on: [push, pull_request]', 'jobs:', ...jobs, ''].join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const times: Record<string, number[]> = { parse: [], coverage: [], credentials: [] };
for (let run = 0; run < RUNS; run++) {
  const set = zoneSet(); // fresh, so no cache of an earlier run helps
  let t = performance.now();
  const workflows: ParsedWorkflow[] = Array.from({ length: WORKFLOWS }, (_, n) => ({
    path: `.github/workflows/w${n}.yml`,
    workflow: parseWorkflow(workflowText(n))!,
  }));
  times.parse!.push(performance.now() - t);
  t = performance.now();
  let covered = 0;
  for (const job of pushJobs(workflows, set))
    for (const zone of set.zones) covered += coverage(job, zone, set).dns.length;
  times.coverage!.push(performance.now() - t);
  t = performance.now();
  let shared = 0;
  for (const zone of set.zones) {
    const { registrar, dns } = zoneParties(set, zone);
    for (const p of dns)
      if (registrar?.credential && p.credential && sharedSecret(registrar.credential, p.credential))
        shared++;
  }
  let held = 0;
  for (const { workflow } of workflows)
    for (const job of workflow.jobs)
      held += exposedSecrets(job, workflow, 'pull_request', workflows).size;
  times.credentials!.push(performance.now() - t);
  if (run === 0)
    console.log(`covered ${covered} provider-zone pairs, shared ${shared}, held ${held}`);
}
const total = median(times.parse!) + median(times.coverage!) + median(times.credentials!);
console.log(
  `parse ${WORKFLOWS} workflows: ${median(times.parse!).toFixed(1)} ms; push coverage over ${ZONES} zones: ${median(times.coverage!).toFixed(1)} ms; credentials and exposure: ${median(times.credentials!).toFixed(1)} ms; total ${total.toFixed(1)} ms (goal ≤ 1000 ms)`,
);
