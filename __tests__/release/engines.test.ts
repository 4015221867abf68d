/**
 * The Node versions said in one place are the ones said everywhere: package.json `engines`, the
 * bundle's target, the README, and the two runs of `.ci/run` (the machine's Node, the floor, and
 * Node 24, the Action's `runs.using`).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@jest/globals';

const floor = Number(
  /^>=(\d+)$/.exec(
    (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines
      .node,
  )?.[1],
);

test('engines, bundle target, README and CI name the same Node versions', () => {
  expect(floor).toBeGreaterThanOrEqual(20);
  expect(readFileSync('scripts/build.mjs', 'utf8')).toContain(`target: 'node${floor}'`);
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain(`needs Node.js ${floor} or newer`);
  expect(readme).toContain(`tested on Node ${floor} and Node 24`);
  const ci = readFileSync('.ci/run', 'utf8');
  expect(ci).toContain(`under Node ${floor} (the engines floor`);
  expect(ci).toContain('engines.node'); // the first run's Node is read from package.json
  expect(ci).toContain('npx -y -p node@24 npm run test:unit');
  expect(readFileSync('action.yml', 'utf8')).toContain('using: node24');
});
