/**
 * The one way ZoneGuard runs git: execFile with an argument array (never a shell), so refs and
 * paths from users cannot inject commands. Git never prompts (a CI job would hang on a
 * credential prompt) and speaks the C locale, so its messages read the same on every runner.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SourceError } from './types.js';

const run = promisify(execFile);
/** The most git output (a listing, a blob) ZoneGuard takes in: large zone files must fit. */
export const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
/** Never prompt (a CI job would hang on a credential prompt); messages in the C locale. */
export const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } as const;

/**
 * Runs `git -C dir ...args` and returns its stdout untouched (blobs keep their bytes as UTF-8
 * text). A failure is a SourceError naming the subcommand and git's first line of complaint.
 */
export async function runGit(dir: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', dir, ...args], {
      maxBuffer: MAX_OUTPUT_BYTES,
      encoding: 'utf8',
      env: { ...process.env, ...GIT_ENV },
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
