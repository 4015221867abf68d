// Moves the major tag (v1) to a release, as GitHub's guide for publishing actions recommends:
// users who write `uses: zoneguard/zoneguard@v1` get every compatible release. It moves only
// forward: to a stable release that is the highest of its major line (a fix to an older minor,
// v1.2.4 after v1.3.0, leaves v1 on v1.3.0), never to a pre-release.
//   node scripts/release-major-tag.mjs TAG [--remote NAME] [--dry-run] [--repo DIR]
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { compareVersions, parseReleaseTag } from './release-version.mjs';

/**
 * Whether the major tag should point at `tag`, given every tag of the repository.
 * @param {string} tag
 * @param {readonly string[]} tags
 * @returns {{ move: true, majorTag: string } | { move: false, reason: string }}
 */
export function majorTagDecision(tag, tags) {
  const release = parseReleaseTag(tag);
  if (!release.ok) return { move: false, reason: release.message };
  if (release.prerelease !== undefined)
    return {
      move: false,
      reason: `${tag} is a pre-release; ${release.majorTag} stays where it is`,
    };
  const higher = tags
    .map(parseReleaseTag)
    .filter((t) => t.ok && t.prerelease === undefined && t.major === release.major)
    .find((t) => compareVersions(t, release) > 0);
  if (higher)
    return {
      move: false,
      reason: `v${higher.version} is a newer release of ${release.majorTag}; ${release.majorTag} stays on the newest`,
    };
  return { move: true, majorTag: release.majorTag };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const tag = argv[0] ?? '';
  const repo = option('--repo', '.');
  const remote = option('--remote', 'origin');
  const dryRun = argv.includes('--dry-run');
  const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();
  const decision = majorTagDecision(tag, git('tag', '--list', 'v*').split('\n').filter(Boolean));
  if (!decision.move) {
    console.log(`release-major-tag: ${decision.reason}`);
    process.exit(0);
  }
  // The commit the release tag names (an annotated tag is peeled to it).
  const commit = git('rev-parse', `refs/tags/${tag}^{commit}`);
  if (dryRun) {
    console.log(`release-major-tag: would move ${decision.majorTag} to ${tag} (${commit})`);
    process.exit(0);
  }
  // A lightweight tag, as in GitHub's guide: it only names the commit and needs no identity.
  git('tag', '--force', decision.majorTag, commit);
  git('push', '--force', remote, `refs/tags/${decision.majorTag}`);
  console.log(`release-major-tag: ${decision.majorTag} now points at ${tag} (${commit})`);
}
