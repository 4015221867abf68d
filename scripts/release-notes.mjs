// The notes of one release, from CHANGELOG.md (Keep a Changelog: `## [1.2.3] - 2026-12-06`).
//   node scripts/release-notes.mjs VERSION [--changelog FILE]   prints the section's body
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const HEADING = /^## \[([^\]]+)\](.*)$/;

/**
 * The body of the version's section (without its heading and the link references at the end),
 * and its date; undefined when the changelog has no such section.
 * @param {string} changelog
 * @param {string} version
 * @returns {{ body: string, date: string | undefined } | undefined}
 */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((l) => HEADING.exec(l)?.[1] === version);
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## ') || /^\[[^\]]+\]: /.test(l));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  const date = /^ - (\d{4}-\d{2}-\d{2})\s*$/.exec(HEADING.exec(lines[start])[2])?.[1];
  return { body, date };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const version = process.argv[2];
  const i = process.argv.indexOf('--changelog');
  const file = i > 0 ? process.argv[i + 1] : 'CHANGELOG.md';
  const section = version
    ? changelogSection(readFileSync(file, 'utf8'), version.replace(/^v/, ''))
    : undefined;
  if (!section || section.body === '') {
    console.error(`${file}: no notes for ${version ?? '(no version given)'}`);
    process.exit(1);
  }
  process.stdout.write(`${section.body}\n`);
}
