/**
 * The release workflow's steps, run here as the workflow runs them: the tag and version checks,
 * the notes taken from CHANGELOG.md, and the major tag moved in a real repository with a real
 * remote (a bare repository standing in for GitHub).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
// @ts-expect-error: plain JavaScript scripts, no declarations
import { checkRelease } from '../../scripts/release-check.mjs';
// @ts-expect-error: plain JavaScript scripts, no declarations
import { majorTagDecision } from '../../scripts/release-major-tag.mjs';
// @ts-expect-error: plain JavaScript scripts, no declarations
import { changelogSection } from '../../scripts/release-notes.mjs';
// @ts-expect-error: plain JavaScript scripts, no declarations
import { parseReleaseTag } from '../../scripts/release-version.mjs';
import { makeRepo } from '../helpers/git-repo.js';

const node = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join('scripts', script), ...args], { encoding: 'utf8' });

const CHANGELOG = `# Changelog

## [Unreleased]

### Added

- Something new.

## [1.2.0] - 2026-12-01

### Fixed

- A fix.

## [1.1.0]

- Undated.

[Unreleased]: https://example.invalid/compare/v1.2.0...HEAD
[1.2.0]: https://example.invalid/releases/tag/v1.2.0
`;

describe('parseReleaseTag', () => {
  it('reads vMAJOR.MINOR.PATCH and pre-releases, and names the major tag', () => {
    expect(parseReleaseTag('v1.2.3')).toMatchObject({
      ok: true,
      version: '1.2.3',
      majorTag: 'v1',
      prerelease: undefined,
    });
    expect(parseReleaseTag('v2.0.0-rc.1')).toMatchObject({
      ok: true,
      prerelease: 'rc.1',
      majorTag: 'v2',
    });
    for (const bad of [
      '1.2.3',
      'v1',
      'v1.2',
      'v01.2.3',
      'v1.2.3+build',
      'v1.2.3-',
      'v1.2.3-01',
      'v1.2.3\n',
    ])
      expect(parseReleaseTag(bad).ok).toBe(false);
  });
});

describe('changelogSection', () => {
  it('takes one version section, its date, without the next section or the link references', () => {
    expect(changelogSection(CHANGELOG, '1.2.0')).toEqual({
      body: '### Fixed\n\n- A fix.',
      date: '2026-12-01',
    });
    expect(changelogSection(CHANGELOG, '1.1.0')).toEqual({ body: '- Undated.', date: undefined });
    expect(changelogSection(CHANGELOG, 'Unreleased')?.body).toBe('### Added\n\n- Something new.');
    expect(changelogSection(CHANGELOG, '9.9.9')).toBeUndefined();
  });

  it('the script prints the notes of this repository 0.1.0, and fails for a missing version', () => {
    const notes = node('release-notes.mjs', '0.1.0');
    expect(notes.status).toBe(0);
    expect(notes.stdout).toContain('### Added');
    expect(notes.stdout).not.toContain('## [');
    const missing = node('release-notes.mjs', '9.9.9');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no notes for 9.9.9');
  });
});

describe('checkRelease', () => {
  const files = (version: string, extra: Record<string, unknown> = {}) => ({
    packageJson: JSON.stringify({ name: 'zoneguard', version, ...extra }),
    versionTs: `export const VERSION = '${version}';\n`,
    changelog: CHANGELOG,
  });

  it('passes when the tag, package.json, --version and a dated changelog section agree', () => {
    expect(checkRelease('v1.2.0', files('1.2.0')).problems).toEqual([]);
  });

  it('lists every disagreement', () => {
    const { problems } = checkRelease('v1.1.0', {
      ...files('1.0.0', { private: true }),
      versionTs: "export const VERSION = '1.0.1';\n",
    });
    expect(problems).toEqual([
      'package.json says version 1.0.0, the tag v1.1.0',
      'package.json is private: the package could not be published',
      'src/cli/version.ts says 1.0.1, the tag v1.1.0 (zoneguard --version)',
      'CHANGELOG.md: the 1.1.0 heading has no date (## [1.1.0] - YYYY-MM-DD)',
    ]);
    expect(checkRelease('v3.0.0', files('3.0.0')).problems).toEqual([
      'CHANGELOG.md has no "## [3.0.0] - DATE" section',
    ]);
    expect(checkRelease('latest', files('3.0.0')).problems[0]).toContain('is not a release tag');
  });

  it('the script passes on this repository for its own version and writes the outputs', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
      .version;
    const dir = mkdtempSync(join(tmpdir(), 'zg-release-'));
    try {
      const output = join(dir, 'output');
      const ok = spawnSync(process.execPath, ['scripts/release-check.mjs', `v${version}`], {
        encoding: 'utf8',
        env: { ...process.env, GITHUB_OUTPUT: output },
      });
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(readFileSync(output, 'utf8')).toBe(
        `version=${version}\nmajor-tag=v${version.split('.')[0]}\nprerelease=false\n`,
      );
      const wrong = node('release-check.mjs', 'v99.0.0');
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toContain('package.json says version');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('majorTagDecision', () => {
  it('moves forward only, never to a pre-release or an older line of the same major', () => {
    const tags = ['v1.0.0', 'v1.3.0', 'v1.2.3', 'v2.0.0-rc.1', 'v1', 'latest'];
    expect(majorTagDecision('v1.3.1', tags)).toEqual({ move: true, majorTag: 'v1' });
    expect(majorTagDecision('v1.2.4', tags)).toMatchObject({ move: false });
    expect(majorTagDecision('v1.2.4', tags).reason).toContain('v1.3.0 is a newer release of v1');
    expect(majorTagDecision('v2.0.0-rc.2', tags)).toMatchObject({ move: false });
    expect(majorTagDecision('v2.0.0', tags)).toEqual({ move: true, majorTag: 'v2' });
  });
});

describe('release-major-tag.mjs in a real repository', () => {
  const repo = makeRepo();
  const remote = mkdtempSync(join(tmpdir(), 'zg-remote-'));
  afterAll(() => {
    repo.remove();
    rmSync(remote, { recursive: true, force: true });
  });
  execFileSync('git', ['init', '-q', '--bare', remote]);
  repo.git('remote', 'add', 'origin', remote);
  const remoteTag = (name: string) =>
    execFileSync('git', ['-C', remote, 'rev-parse', `refs/tags/${name}^{commit}`], {
      encoding: 'utf8',
    }).trim();
  const release = (tag: string, message: string) => {
    const commit = repo.commit({ 'file.txt': message }, message);
    repo.git('tag', '-a', '-m', tag, tag);
    repo.git('push', '-q', 'origin', 'main', `refs/tags/${tag}`);
    const run = node('release-major-tag.mjs', tag, '--repo', repo.dir, '--remote', 'origin');
    return { commit, run };
  };

  it('creates v1 at the first release, then moves it (forced) to the next', () => {
    const first = release('v1.0.0', 'one');
    expect(first.run.status).toBe(0);
    expect(remoteTag('v1')).toBe(first.commit);
    const second = release('v1.1.0', 'two');
    expect(second.run.status).toBe(0);
    expect(second.run.stdout).toContain('v1 now points at v1.1.0');
    expect(remoteTag('v1')).toBe(second.commit);
    expect(remoteTag('v1.0.0')).toBe(first.commit); // the release tags themselves never move
  });

  it('leaves v1 alone for a pre-release and for a fix to an older minor', () => {
    const before = remoteTag('v1');
    const rc = release('v1.2.0-rc.1', 'rc');
    expect(rc.run.status).toBe(0);
    expect(rc.run.stdout).toContain('pre-release');
    expect(remoteTag('v1')).toBe(before);
    const old = release('v1.0.1', 'fix');
    expect(old.run.status).toBe(0);
    expect(old.run.stdout).toContain('v1.1.0 is a newer release of v1');
    expect(remoteTag('v1')).toBe(before);
  });
});
