// What a release tag means, read in one place for the release scripts: `vMAJOR.MINOR.PATCH`
// with an optional `-PRERELEASE` (semver.org 2.0.0, no build metadata: a tag names one build).
const TAG =
  /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/;

/**
 * @param {string} tag
 * @returns {{ ok: true, version: string, major: number, minor: number, patch: number,
 *   prerelease: string | undefined, majorTag: string } | { ok: false, message: string }}
 */
export function parseReleaseTag(tag) {
  const m = TAG.exec(tag);
  if (!m)
    return {
      ok: false,
      message: `tag "${tag}" is not a release tag: vMAJOR.MINOR.PATCH, optionally -PRERELEASE (v1.2.3, v2.0.0-rc.1)`,
    };
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
  return {
    ok: true,
    version: tag.slice(1),
    major,
    minor,
    patch,
    prerelease: m[4],
    majorTag: `v${major}`,
  };
}

/** Orders two stable versions' [major, minor, patch]. */
export function compareVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
