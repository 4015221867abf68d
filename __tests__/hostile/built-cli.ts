/**
 * Runs the built command line (`dist/cli.js`, from `npm run build`) as a child process, the way
 * a workflow runs it, under a wall-clock and a memory ceiling. The ceilings are a safety bound
 * for the test machine, not a speed target: a child that crosses one is killed and the run says
 * so. The peak resident memory is read from /proc while the child runs (Linux; elsewhere it is
 * not measured and only the wall clock holds).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUILT_CLI = join(process.cwd(), 'dist', 'cli.js');

/** A value the child's environment holds and no output may ever show. */
export const ENV_SECRET = 'zg-env-secret-81c2d7a0-never-print';

export interface Ceiling {
  readonly wallMs: number;
  readonly rssMiB: number;
}

export interface BuiltCliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Highest resident memory seen, in MiB (0 where /proc is not there). */
  readonly peakRssMiB: number;
  /** Which ceiling the child crossed, if it was killed. */
  readonly killed: 'wall' | 'memory' | undefined;
}

const POLL_MS = 20;

function peakRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export function runBuiltCli(args: readonly string[], cwd: string, ceiling: Ceiling) {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run \`npm run build\``);
  return new Promise<BuiltCliRun>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BUILT_CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, ZG_HOSTILE_SECRET: ENV_SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    let killed: BuiltCliRun['killed'];
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const kill = (why: 'wall' | 'memory') => {
      killed ??= why;
      child.kill('SIGKILL');
    };
    const wall = setTimeout(() => kill('wall'), ceiling.wallMs);
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      peak = Math.max(peak, peakRss(child.pid));
      if (peak > ceiling.rssMiB) kill('memory');
    }, POLL_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(wall);
      clearInterval(poll);
      resolve({ code, stdout, stderr, ms: performance.now() - started, peakRssMiB: peak, killed });
    });
  });
}

/**
 * What every hostile run must show: it ended by itself within the ceilings, with exit 2 and one
 * line `zoneguard print-ir: FILE[:LINE:COL]: message`, no stack trace, and no secret.
 */
export function expectCleanFailure(run: BuiltCliRun, secrets: readonly string[] = []): string {
  expect(run.killed).toBeUndefined();
  expect(run.code).toBe(2);
  const everything = run.stdout + run.stderr;
  for (const s of [ENV_SECRET, ...secrets]) expect(everything).not.toContain(s);
  expect(everything).not.toMatch(/^\s+at .*[:(]/m); // a stack frame
  expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  return run.stderr.trim();
}

/**
 * What every hostile review must show: it ended by itself within the ceilings, with exit 2,
 * no stack trace, no secret, and only located error lines (`zoneguard: FILE:LINE[:COL]: error:
 * …`), at most `maxLines` of them. Returns the error lines.
 */
export function expectLocatedErrors(
  run: BuiltCliRun,
  secrets: readonly string[] = [],
  maxLines = 1,
): string[] {
  expect(run.killed).toBeUndefined();
  expect(run.code).toBe(2);
  const everything = run.stdout + run.stderr;
  for (const s of [ENV_SECRET, ...secrets]) expect(everything).not.toContain(s);
  expect(everything).not.toMatch(/^\s+at .*[:(]/m);
  expect(everything).not.toMatch(/internal error/);
  const lines = run.stderr.split('\n').filter(Boolean);
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.length).toBeLessThanOrEqual(maxLines);
  const errors = lines.filter((l) => !/^zoneguard: …and \d+ more/.test(l));
  for (const l of errors) expect(l).toMatch(/^zoneguard: [^:\s]+:\d+(:\d+)?: error: /);
  return errors;
}
