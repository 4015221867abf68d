/**
 * Cold start: `zoneguard check --no-live --output json` on a 10-record BIND change (head = HEAD,
 * base = HEAD~1, the TTL history read) against `node -e 0`. Goal: ≤ 1.5× (issue 15). Also the
 * Action bundle (dist/index.js reviewing the same repository's working tree, no live DNS) and
 * `--help`, and on Node ≥ 22 the module compile cache (NODE_COMPILE_CACHE): off, cold (an empty
 * cache folder each run, as on a fresh runner) and warm. The CLI turns the cache on by itself
 * (src/cli/compile-cache.ts); the Action does not, as a cold cache does not make it faster.
 *
 * Two floors beside them, each a part of the review alone:
 * - git: a Node process that does nothing but run the three git processes the review runs here
 *   (`rev-parse --show-toplevel`, one `cat-file --batch`, the TTL history's `log`), one after
 *   another as the review does. No review that reads git through git's own command can start
 *   faster than that;
 * - the check command's modules: a Node process that imports the built `check` command (the
 *   module `zoneguard check` loads) and runs nothing, no git and no review (with the compile
 *   cache off; on Node 22 or later also warm). No review that loads this code can start faster.
 * When a floor alone is near the goal, the goal is out of reach for any review built that way.
 *
 * Builds dist/ from the current src/ into a temp folder first. Runs are interleaved, so a busy
 * machine slows every command alike; the figures are medians of wall time.
 * `npm run bench -- startup [RUNS] [NODE…]`: other Node binaries to time as well, e.g.
 * `npm run bench -- startup 21 "$(npx -y -p node@24 -c 'command -v node')"`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const RUNS = Number(process.argv[2] ?? 21);
const NODES = [process.execPath, ...process.argv.slice(3)];
const GOAL = 1.5;

const dir = mkdtempSync(join(tmpdir(), 'zg-startup-bench-'));
const repo = join(dir, 'repo');
const dist = join(dir, 'dist');
const floor = join(dir, 'git-floor.mjs');
const modulesFloor = join(dir, 'modules-floor.mjs');

/** The floor: the review's three git processes and nothing else (see the comment on top). */
const FLOOR_SCRIPT = `import { execFile, spawn } from 'node:child_process';
const git = (args) => new Promise((resolve, reject) =>
  execFile('git', args, (e, out) => (e ? reject(e) : resolve(out))));
await git(['rev-parse', '--show-toplevel']);
const batch = spawn('git', ['cat-file', '--batch']);
batch.stdout.resume();
batch.stdin.end('HEAD:example.com.zone\\nHEAD~1:example.com.zone\\n');
await new Promise((resolve) => batch.on('close', resolve));
await git(['log', '-z', '--max-count=50', '--format=%H%x1f%ct%x1f%s', 'HEAD~1', '--', 'example.com.zone']);
`;

function zone(serial: number, ttl: number, address: string): string {
  return `$ORIGIN example.com.
$TTL 3600
@    IN SOA ns1.example.net. hostmaster.example.com. ${serial} 7200 900 1209600 300
     IN NS  ns1.example.net.
     IN NS  ns2.example.org.
www  ${ttl} IN A ${address}
mail IN A   192.0.2.20
@    IN MX  10 mail
api  IN CNAME www
txt  IN TXT "hello"
ftp  IN A   192.0.2.21
`;
}

function makeRepository(): void {
  mkdirSync(repo);
  const git = (args: string[], when?: Date) =>
    execFileSync('git', ['-C', repo, ...args], {
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'b',
        GIT_AUTHOR_EMAIL: 'b@example.invalid',
        GIT_COMMITTER_NAME: 'b',
        GIT_COMMITTER_EMAIL: 'b@example.invalid',
        ...(when
          ? { GIT_AUTHOR_DATE: when.toISOString(), GIT_COMMITTER_DATE: when.toISOString() }
          : {}),
      },
    });
  git(['init', '-q', '-b', 'main']);
  const steps: [number, string][] = [
    [86400, '192.0.2.10'],
    [300, '192.0.2.10'], // the TTL lowered an hour before the change: history is read
    [300, '192.0.2.11'],
  ];
  steps.forEach(([ttl, address], i) => {
    writeFileSync(join(repo, 'example.com.zone'), zone(i + 1, ttl, address));
    git(['add', '-A']);
    git(['commit', '-q', '-m', `step ${i}`], new Date(Date.now() - (steps.length - i) * 3600_000));
  });
}

interface Command {
  readonly name: string;
  readonly node: string;
  readonly args: readonly string[];
  /** Extra environment, or a function giving one for each run. */
  readonly env?: Record<string, string> | (() => Record<string, string>);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(c: Command): number {
  const extra = typeof c.env === 'function' ? c.env() : (c.env ?? {});
  const start = process.hrtime.bigint();
  const r = spawnSync(c.node, c.args, {
    cwd: repo,
    env: { ...process.env, ...extra },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${c.name}: exit ${r.status}\n${r.stderr}`);
  return ms;
}

function nodeMajor(node: string): number {
  return Number(execFileSync(node, ['-p', 'process.versions.node.split(".")[0]']).toString());
}

try {
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', dist], { stdio: 'inherit' });
  makeRepository();
  writeFileSync(floor, FLOOR_SCRIPT);
  // The module the CLI imports for `check` (its name carries the build's content hash).
  const checkChunk = readdirSync(join(dist, 'chunks')).find((f) =>
    /^check-[A-Z0-9]{8}\.js$/.test(f),
  );
  if (!checkChunk) throw new Error(`no check-*.js in ${join(dist, 'chunks')}`);
  writeFileSync(
    modulesFloor,
    `await import(${JSON.stringify(pathToFileURL(join(dist, 'chunks', checkChunk)).href)});\n`,
  );
  const cli = join(dist, 'cli.js');
  const check = [
    cli,
    'check',
    '--no-live',
    '--output',
    'json',
    '--head',
    'HEAD',
    '--base',
    'HEAD~1',
  ];
  const action = join(dist, 'index.js');
  let fresh = 0;
  const cacheDir = (name: string) => join(dir, `cache-${name}`);
  for (const node of NODES) {
    const major = nodeMajor(node);
    const actionEnv = {
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      INPUT_LIVE: 'false',
      INPUT_COMMENT: 'false',
    };
    const off = { NODE_DISABLE_COMPILE_CACHE: '1' };
    const commands: Command[] = [
      { name: 'node -e 0', node, args: ['-e', '0'] },
      { name: 'cli check', node, args: check, env: off },
      { name: 'git alone (floor)', node, args: [floor] },
      { name: 'check modules alone', node, args: [modulesFloor], env: off },
      { name: 'cli --help', node, args: [cli, '--help'], env: off },
      { name: 'action', node, args: [action], env: { ...actionEnv, ...off } },
    ];
    if (major >= 22) {
      const cold = (name: string) => () => ({ NODE_COMPILE_CACHE: cacheDir(`${name}-${fresh++}`) });
      commands.push(
        { name: 'cli check, cache cold', node, args: check, env: cold('cli') },
        {
          name: 'cli check, cache warm',
          node,
          args: check,
          env: { NODE_COMPILE_CACHE: cacheDir('cli') },
        },
        {
          name: 'check modules, warm',
          node,
          args: [modulesFloor],
          env: { NODE_COMPILE_CACHE: cacheDir('modules') },
        },
        {
          name: 'action, cache cold',
          node,
          args: [action],
          env: () => ({ ...actionEnv, ...cold('action')() }),
        },
        {
          name: 'action, cache warm',
          node,
          args: [action],
          env: { ...actionEnv, NODE_COMPILE_CACHE: cacheDir('action') },
        },
      );
    }
    const times = commands.map(() => [] as number[]);
    for (const c of commands) time(c); // a first run of each: disk caches, the warm compile caches
    for (let run = 0; run < RUNS; run++)
      for (const [i, c] of commands.entries()) times[i]!.push(time(c));
    const base = median(times[0]!);
    console.log(`\nNode ${major} (${node}), ${RUNS} interleaved runs, median wall time`);
    commands.forEach((c, i) => {
      const m = median(times[i]!);
      console.log(
        `  ${c.name.padEnd(24)} ${m.toFixed(1).padStart(7)} ms  ${(m / base).toFixed(2)}×`,
      );
    });
    const ratio = median(times[1]!) / base;
    const floorRatio = median(times[2]!) / base;
    const modulesRatio = median(times[3]!) / base;
    console.log(
      `  cli check / node -e 0 = ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×; git alone ${floorRatio.toFixed(2)}×, check's modules alone ${modulesRatio.toFixed(2)}×)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
