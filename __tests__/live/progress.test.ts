/**
 * Progress of the live phase on a terminal: `zoneguard check` against the loopback world shows
 * the count of queries sent as it grows, ending on the count the report gives.
 */
import { main } from '../../src/cli/main.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { startWorld, type World } from './world/world.js';

let world: World;
let repo: TestRepo;

const zone = (www: string) => `$ORIGIN signed.example.
$TTL 3600
@     IN SOA ns1.signed.example. hostmaster.signed.example. 2026112601 3600 900 604800 300
      IN NS  ns1.signed.example.
      IN NS  ns2.signed.example.
ns1   IN A   ${world.ip(10)}
ns2   IN A   ${world.ip(11)}
www   300 IN A ${www}
`;

beforeAll(async () => {
  world = await startWorld({ net: 64 });
  repo = makeRepo();
  repo.commit({ 'zones/signed.example.zone': zone('192.0.2.1') }, 'base');
  repo.commit({ 'zones/signed.example.zone': zone('192.0.2.10') }, 'head');
}, 60_000);
afterAll(async () => {
  repo?.remove();
  await world?.stop();
});

test('the live step counts the queries sent, on one rewritten line, up to the report count', async () => {
  let stdout = '';
  let stderr = '';
  const code = await main(
    [
      'check',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--resolver',
      world.resolver,
      '--output',
      'json',
    ],
    {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      cwd: repo.dir,
      env: {},
      stderrIsTerminal: true,
    },
  );
  expect(code).toBeLessThan(2);
  const report = JSON.parse(stdout) as { live: { status: string; queries: number } };
  expect(report.live.queries).toBeGreaterThan(0);
  const live = stderr.split('\n').find((l) => l.includes('asking live DNS'))!;
  const counts = live.split('\r').map((part) => Number(/: (\d+) queries sent…/.exec(part)?.[1]));
  expect(counts[0]).toBe(0);
  expect(counts.at(-1)).toBe(report.live.queries);
  expect(counts).toEqual([...counts].sort((a, b) => a - b)); // never goes back
  expect(stderr).toContain('zoneguard: asking live DNS for 1 zone: ');
  expect(stderr).toContain('zoneguard: running the rules…');
});
