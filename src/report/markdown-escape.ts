/**
 * Markdown building blocks that record content cannot break out of: text is HTML-escaped,
 * inline code and fences use more backticks than the content holds.
 */

/** Escapes text for Markdown prose and table cells (no HTML, no emphasis, no table breaks). */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/([\\`*_[\]#~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/**
 * Prose that may hold `code spans`: the spans become safe inline code, the rest is escaped.
 * Rule texts use spans for commands; record data inside them cannot break out either.
 */
export function escapeWithCode(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`')
        ? inlineCode(part.slice(1, -1))
        : escapeText(part),
    )
    .join('');
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}

/** Inline code that stays code whatever it contains. */
export function inlineCode(text: string): string {
  const oneLine = text.replace(/\r?\n/g, ' ');
  const ticks = '`'.repeat(longestBacktickRun(oneLine) + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${oneLine}${pad}${ticks}`;
}

/**
 * Inline code inside a table cell: GitHub splits cells on `|` even within code spans, so the
 * pipe is escaped there (and only there: elsewhere the backslash would show).
 */
export function tableCode(text: string): string {
  return inlineCode(text).replace(/\|/g, '\\|');
}

/** A fenced block whose fence is longer than any backtick run in the body. */
export function fence(body: string, lang = ''): string {
  const ticks = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  return `${ticks}${lang}\n${body.replace(/\n$/, '')}\n${ticks}`;
}

/** A collapsed section. The blank lines let GitHub render Markdown inside. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
