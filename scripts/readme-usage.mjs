// Writes the README's usage section from action.yml, between `<!-- usage:start -->` and
// `<!-- usage:end -->`, so the documented inputs and outputs cannot drift from the real ones.
//   node scripts/readme-usage.mjs            rewrite the section in README.md
//   node scripts/readme-usage.mjs --check    exit 1 when README.md is not current
// Options: --readme FILE, --action FILE, --uses OWNER/REPO@REF.
import { readFileSync, writeFileSync } from 'node:fs';
import { load } from 'js-yaml';

const START = '<!-- usage:start -->';
const END = '<!-- usage:end -->';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const readmePath = option('--readme', 'README.md');
const actionPath = option('--action', 'action.yml');
const uses = option('--uses', 'zoneguard/zoneguard@v1');
const check = process.argv.includes('--check');

/** Folds text into `# ` comment lines of at most `width` columns. */
function comment(text, indent, width = 96) {
  const lines = [];
  for (const paragraph of String(text)
    .trim()
    .split(/\n\s*\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (line && indent.length + 2 + line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines.map((l) => `${indent}# ${l}`);
}

const cell = (text) => String(text).trim().replace(/\s+/g, ' ').replace(/\|/g, '\\|');

export function usageSection(action) {
  const out = ['```yaml', `- uses: ${uses}`, '  with:'];
  const inputs = Object.entries(action.inputs ?? {});
  inputs.forEach(([name, input], i) => {
    out.push(...comment(input.description ?? '', '    '));
    const fallback = input.default === undefined ? '' : String(input.default);
    out.push(...comment(`Default: ${fallback === '' ? "''" : `\`${fallback}\``}`, '    '));
    // An input's default applies only when the workflow leaves it out, and every input but an
    // expression's (the workflow token) reads '' as its default: so the block works copied as it
    // is, and shows the expression where '' would lose it.
    const expression = /^\$\{\{.*\}\}$/s.test(fallback.trim());
    out.push(`    ${name}: ${expression ? fallback.trim() : "''"}`);
    if (i < inputs.length - 1) out.push('');
  });
  out.push('```', '', '| Output | Description |', '| --- | --- |');
  for (const [name, output] of Object.entries(action.outputs ?? {}))
    out.push(`| \`${name}\` | ${cell(output.description ?? '')} |`);
  return out.join('\n');
}

const action = load(readFileSync(actionPath, 'utf8'));
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`${readmePath}: the markers ${START} and ${END} are missing or out of order.`);
  process.exit(1);
}
const next = `${readme.slice(0, start + START.length)}\n${usageSection(action)}\n${readme.slice(end)}`;
if (check) {
  if (next !== readme) {
    console.error(
      `${readmePath}: the usage section is stale; run \`node scripts/readme-usage.mjs\` and commit.`,
    );
    process.exit(1);
  }
  console.log(`${readmePath}: the usage section matches ${actionPath}.`);
} else if (next !== readme) {
  writeFileSync(readmePath, next);
  console.log(`${readmePath}: usage section updated from ${actionPath}.`);
} else console.log(`${readmePath}: usage section already current.`);
