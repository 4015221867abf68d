/**
 * The one way ZoneGuard runs git: execFile with an argument array (never a shell), so refs and
 * paths from users cannot inject commands. Git never prompts (a CI job would hang on a
 * credential prompt) and speaks the C locale, so its messages read the same on every runner.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SourceError } from './types.js';

const run = promisify(execFile);
// Whole trees and blobs go through stdout: large zone files must fit.
const MAX_BUFFER = 256 * 1024 * 1024;

/**
 * Runs `git -C dir ...args` and returns its stdout untouched (blobs keep their bytes as UTF-8
 * text). A failure is a SourceError naming the subcommand and git's first line of complaint.
 */
export async function runGit(dir: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', dir, ...args], {
      maxBuffer: MAX_BUFFER,
      encoding: 'utf8',
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    return stdout;
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    const detail = String(err.stderr ?? err.message)
      .trim()
      .split('\n')[0];
    throw new SourceError(`git ${args[0]} failed: ${detail}`);
  }
}
