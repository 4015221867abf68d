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

describe('the deadline holds for certain', () => {
  /** Two seconds of deadline, plus start-up and slack for a busy machine (before: 15 s to minutes). */
  const DEADLINE_BOUND_MS = 8_000;

  test('a loop of long native calls (each between two interrupt checks) is stopped', async () => {
    const run = await printIr('var a = new Array(1e7).fill(7); for (;;) a.indexOf(8);', {}, [
      '--eval-timeout',
      '2',
    ]);
    expect(expectCleanFailure(run)).toBe(
      'zoneguard print-ir: dnsconfig.js: evaluation exceeded 2 s',
    );
    expect(run.ms).toBeLessThan(DEADLINE_BOUND_MS);
  });

  test('host-bridge work counts against the deadline', async () => {
    // Each call hashes 1 MiB, the most a call takes: thousands of calls between two interrupt checks.
    const run = await printIr("var s = 'x'.repeat(1 << 20); for (;;) HASH('SHA512', s);", {}, [
      '--eval-timeout',
      '2',
    ]);
    expect(expectCleanFailure(run)).toBe(
      'zoneguard print-ir: dnsconfig.js: evaluation exceeded 2 s',
    );
    expect(run.ms).toBeLessThan(DEADLINE_BOUND_MS);
  });
});

describe('the memory cap holds for the whole process', () => {
  test('strings QuickJS does not count cannot grow the process past the cap', async () => {
    const run = await printIr('var a = []; while (true) a.push("x".repeat(1e6));');
    expect(expectCleanFailure(run)).toMatch(
      /^zoneguard print-ir: dnsconfig\.js(:\d+:\d+)?: evaluation exceeded the memory limit of 256 MiB$/,
    );
  });

  test('a string handed to a host bridge is not copied out when it is larger than the bridge takes', async () => {
    const run = await printIr('var s = "x".repeat(2e8); HASH("SHA1", s);');
    expect(expectCleanFailure(run)).toBe(
      'zoneguard print-ir: dnsconfig.js:1:30: HASH: the value is 200000000 characters long; the limit is 1048576',
    );
  });
});

describe('credentials stay unread', () => {
  const TOKEN = 'zg-api-token-5b9e0c3d-never-print';
  const creds = `{ "cf": { "TYPE": "CLOUDFLAREAPI", "apitoken": "${TOKEN}" } }`;
  const config =
    'var t = JSON.stringify(require("./data.json")); console.log(t); D("example.com", "none", TXT("leak", t));';

  test('a link to creds.json is refused for the file it reaches', async () => {
    const repo = makeRepo({ 'dnsconfig.js': config, 'creds.json': creds });
    try {
      repo.symlink('data.json', 'creds.json');
      const run = await runBuiltCli(['print-ir', 'dnsconfig.js'], repo.dir, CEILING);
      expect(expectCleanFailure(run, [TOKEN])).toBe(
        'zoneguard print-ir: dnsconfig.js:1:31: require("./data.json"): data.json leads to creds.json, which holds credentials and cannot be read by the config',
      );
    } finally {
      repo.remove();
    }
  });

  test('a link to a file git ignores is not read from the working tree', async () => {
    const repo = makeRepo({
      'dnsconfig.js': config,
      '.gitignore': 'local.json\n',
      'local.json': creds,
    });
    try {
      repo.symlink('data.json', 'local.json');
      const run = await runBuiltCli(['print-ir', 'dnsconfig.js'], repo.dir, CEILING);
      expect(expectCleanFailure(run, [TOKEN])).toBe(
        'zoneguard print-ir: dnsconfig.js:1:31: require("./data.json"): no file data.json in the repository',
      );
    } finally {
      repo.remove();
    }
  });

  test("a review whose head does not evaluate ends without waiting for the base's sandbox", async () => {
    // The head's evaluation starts the base's sandbox ahead (sandbox.ts); the failure ends the
    // review before the base is read, and the sandbox left unused must not hold the process:
    // it would end by itself only after two minutes, past this test's ceiling.
    const repo = makeRepo();
    try {
      repo.commit({ 'dnsconfig.js': 'D("example.com", "none", A("@", "192.0.2.1"));' });
      repo.write({ 'dnsconfig.js': 'throw new Error("head does not evaluate");' });
      const run = await runBuiltCli(['check', '--no-live'], repo.dir, CEILING);
      expect(expectCleanFailure(run)).toContain('head does not evaluate');
    } finally {
      repo.remove();
    }
  });

  test("a review whose head evaluates but does not load ends without waiting for the base's evaluation", async () => {
    // The head's evaluation starts the base's as soon as it has run (evaluation-memo.ts); the
    // head's result then fails DNSControl's checks and the review ends. The base's config runs
    // until its minute-long deadline: the evaluation started ahead must not hold the process.
    const repo = makeRepo();
    try {
      repo.commit({
        'dnsconfig.js':
          'while (true) {}\nD("example.com", NewRegistrar("none"), A("@", "192.0.2.1"));',
      });
      repo.write({
        'dnsconfig.js':
          'D("example.com", NewRegistrar("none"), DnsProvider(NewDnsProvider("none")), CNAME("@", "x.example.net."));',
      });
      const run = await runBuiltCli(
        ['check', '--no-live', '--eval-timeout', '60'],
        repo.dir,
        CEILING,
      );
      expect(expectCleanFailure(run)).toContain('cannot create CNAME record for bare domain');
    } finally {
      repo.remove();
    }
  });

  test('a review of the working tree does not read a creds.json git ignores', async () => {
    const repo = makeRepo();
    try {
      repo.commit({
        'dnsconfig.js': 'D("example.com", "none", A("@", "192.0.2.1"));',
        '.gitignore': 'creds.json\n',
      });
      repo.write({
        'dnsconfig.js': 'D("example.com", "none", A("@", "192.0.2.2"));',
        'creds.json': '{ "none": { "TYPE": "CLOUDFLAREAPI", "apitoken": "' + TOKEN + '" } }',
      });
      const run = await runBuiltCli(['check', '--no-live'], repo.dir, CEILING);
      expect(run.killed).toBeUndefined();
      expect(run.code).toBe(0);
      expect(run.stdout + run.stderr).not.toContain(TOKEN);
      expect(run.stdout).not.toContain('creds.json');
    } finally {
      repo.remove();
    }
  });
});
