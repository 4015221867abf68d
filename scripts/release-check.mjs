// Before a release: the tag, package.json, the CLI's --version and CHANGELOG.md agree, and the
// changelog has dated notes for the version. Every problem is listed, then exit 1.
//   node scripts/release-check.mjs TAG [--root DIR]
// In a workflow (GITHUB_OUTPUT set) it writes the outputs version, major-tag and prerelease.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { changelogSection } from './release-notes.mjs';
import { parseReleaseTag } from './release-version.mjs';

/**
 * @param {string} tag
 * @param {{ packageJson: string, versionTs: string, changelog: string }} files their texts
 * @returns {{ problems: string[], release: ReturnType<typeof parseReleaseTag> }}
 */
export function checkRelease(tag, files) {
  const problems = [];
  const release = parseReleaseTag(tag);
  if (!release.ok) return { problems: [release.message], release };
  const pkg = JSON.parse(files.packageJson);
  if (pkg.version !== release.version)
    problems.push(`package.json says version ${pkg.version}, the tag ${tag}`);
  if (pkg.private) problems.push('package.json is private: the package could not be published');
  const cli = /export const VERSION = '([^']*)'/.exec(files.versionTs)?.[1];
  if (cli !== release.version)
    problems.push(
      `src/cli/version.ts says ${cli ?? 'nothing'}, the tag ${tag} (zoneguard --version)`,
    );
  const section = changelogSection(files.changelog, release.version);
  if (!section) problems.push(`CHANGELOG.md has no "## [${release.version}] - DATE" section`);
  else {
    if (section.body === '') problems.push(`CHANGELOG.md: the ${release.version} section is empty`);
    if (!section.date)
      problems.push(
        `CHANGELOG.md: the ${release.version} heading has no date (## [${release.version}] - YYYY-MM-DD)`,
      );
  }
  return { problems, release };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const tag = process.argv[2] ?? '';
  const i = process.argv.indexOf('--root');
  const root = i > 0 ? process.argv[i + 1] : '.';
  const read = (path) => readFileSync(join(root, path), 'utf8');
  const { problems, release } = checkRelease(tag, {
    packageJson: read('package.json'),
    versionTs: read('src/cli/version.ts'),
    changelog: read('CHANGELOG.md'),
  });
  if (problems.length > 0) {
    for (const p of problems) console.error(`release-check: ${p}`);
    process.exit(1);
  }
  const outputs = [
    `version=${release.version}`,
    `major-tag=${release.majorTag}`,
    `prerelease=${release.prerelease !== undefined}`,
  ];
  if (process.env.GITHUB_OUTPUT)
    appendFileSync(process.env.GITHUB_OUTPUT, `${outputs.join('\n')}\n`);
  console.log(`release-check: ${tag} agrees with package.json, --version and CHANGELOG.md`);
}
