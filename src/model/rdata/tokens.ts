/**
 * Splits one record's presentation text (`10 mail.example.com.`, `"v=spf1" "-all"`) into
 * tokens. The BIND lexer produces the same tokens from zone files; other formats use this.
 */
import type { RdataToken } from './types.js';

export function tokenizeRdata(text: string): RdataToken[] | { error: string } {
  const tokens: RdataToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let out = '';
      while (j < n && text[j] !== '"') {
        if (text[j] === '\\' && j + 1 < n) {
          out += text[j]! + text[j + 1]!;
          j += 2;
        } else out += text[j++];
      }
      if (j >= n) return { error: 'unterminated quoted string' };
      tokens.push({ text: out, quoted: true });
      i = j + 1;
      continue;
    }
    let j = i;
    let out = '';
    while (j < n && !/[\s"]/.test(text[j]!)) {
      if (text[j] === '\\' && j + 1 < n) {
        out += text[j]! + text[j + 1]!;
        j += 2;
      } else out += text[j++];
    }
    tokens.push({ text: out, quoted: false });
    i = j;
  }
  return tokens;
}

/** Decodes `\X` and `\DDD` escapes into a string of octets (char codes 0–255). */
export function decodeEscapes(text: string): string | { error: string } {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const d = text.slice(i + 1, i + 4);
    if (/^\d{3}$/.test(d)) {
      const v = Number(d);
      if (v > 255) return { error: `escape \\${d} is above 255` };
      out += String.fromCharCode(v);
      i += 3;
    } else if (i + 1 < text.length) {
      out += text[i + 1];
      i++;
    } else return { error: 'lone backslash at the end' };
  }
  return out;
}
