/**
 * Makes sure the checkout has the commits the review reads. actions/checkout fetches one
 * commit by default; the review needs the base commit and some history (the TTL rule looks
 * back at when a TTL was lowered). Best effort: a failure is logged, and the review reports
 * what it could not read.
 */
import { isShallowRepository } from '../sources/git.js';
import { runGit } from '../sources/run-git.js';

async function hasCommit(repo: string, sha: string): Promise<boolean> {
  try {
    await runGit(repo, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

export async function ensureCommits(
  repo: string,
  shas: readonly string[],
  depth: number,
  log: (msg: string) => void,
): Promise<void> {
  const shallow = await isShallowRepository(repo);
  if (shallow === undefined) return; // not a git checkout: the review will say so
  const missing: string[] = [];
  for (const sha of shas) if (!(await hasCommit(repo, sha))) missing.push(sha);
  if (missing.length === 0 && !shallow) return;
  const wanted = missing.length > 0 ? missing : shas;
  try {
    await runGit(repo, ['fetch', '--no-tags', '--quiet', `--depth=${depth}`, 'origin', ...wanted]);
    log(`Fetched ${wanted.join(', ')} (depth ${depth}) for the review.`);
  } catch (e) {
    log(`Could not fetch ${wanted.join(', ')} from origin: ${(e as Error).message.split('\n')[0]}`);
  }
}
