/**
 * Hostile dnsconfig.js through the built command line: each must end by itself, in bounded time
 * and memory, with one clear located line, no stack trace and no secret. Run `npm run build`
 * first: these tests run dist/cli.js as a workflow would.
 */
import { makeRepo } from '../helpers/git-repo.js';
import { type Ceiling, expectCleanFailure, runBuiltCli } from './built-cli.js';

/** Generous for a busy two-core machine; every case here ends in a few seconds. */
const CEILING: Ceiling = { wallMs: 20_000, rssMiB: 768 };

async function printIr(config: string, files: Record<string, string> = {}, args: string[] = []) {
  const repo = makeRepo({ 'dnsconfig.js': config, ...files });
  try {
    return await runBuiltCli(['print-ir', 'dnsconfig.js', ...args], repo.dir, CEILING);
  } finally {
    repo.remove();
  }
}

describe('forged error stacks', () => {
  test('a huge forged stack is read in linear time', async () => {
    const run = await printIr(
      "var e = new Error('boom'); e.stack = '    at ' + ' ('.repeat(200000); throw e;",
    );
    expect(expectCleanFailure(run)).toBe('zoneguard print-ir: dnsconfig.js: boom');
  });

  test('a forged stack cannot point the error at a file outside the repository', async () => {
    const run = await printIr(
      "var e = new Error('boom'); e.stack = '    at f (/etc/passwd:1:1)\\n    at g (../x.js:2:2)'; throw e;",
    );
    expect(expectCleanFailure(run)).toBe('zoneguard print-ir: dnsconfig.js: boom');
  });
});
