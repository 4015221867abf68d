import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/cli/eval-timeout.ts
function parseEvalTimeout(text) {
  const s = Number(text);
  if (!Number.isFinite(s) || s <= 0 || s > 600)
    return {
      ok: false,
      message: `--eval-timeout must be a number of seconds from 0 to 600; got "${text}"`
    };
  return { ok: true, value: Math.round(s * 1e3) };
}

export {
  parseEvalTimeout
};
