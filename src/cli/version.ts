/**
 * The version `zoneguard --version` prints. It is package.json's: a test holds the two equal,
 * and the release workflow refuses a tag that names another (scripts/release-check.mjs).
 */
export const VERSION = '0.1.0';
