import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/review/variables.ts
var NAME = /^[A-Za-z_$][\w$]{0,99}$/;
function ordinal(n) {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}
function parseVariables(entries, what) {
  const vars = /* @__PURE__ */ new Map();
  for (const [i, entry] of entries.entries()) {
    const eq = entry.indexOf("=");
    if (eq < 0)
      return {
        ok: false,
        message: `${what(i)} must be NAME=VALUE, and has no "=" (its text is not shown: it may be a secret)`
      };
    const name = entry.slice(0, eq);
    if (!NAME.test(name))
      return {
        ok: false,
        message: `${what(i)}: the NAME before the first "=" must be a JavaScript identifier (letters, digits, _ and $, not starting with a digit, at most 100), as the config reads it as a global (the text is not shown: it may hold a secret)`
      };
    vars.delete(name);
    vars.set(name, entry.slice(eq + 1));
  }
  return { ok: true, vars };
}
function cliVariables(entries) {
  return parseVariables(
    entries,
    (i) => entries.length === 1 ? "--var" : `the ${ordinal(i + 1)} --var`
  );
}

export {
  parseVariables,
  cliVariables
};
