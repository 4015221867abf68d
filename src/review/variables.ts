/**
 * DNSControl's variables as the CLI (`--var NAME=VALUE`, repeatable) and the Action (`vars`, one
 * `NAME=VALUE` a line) take them, read as `dnscontrol -v NAME=VALUE` reads them: split on the
 * first `=`, the value is a string (`-v on=false` is the string "false"), a later entry for the
 * same name wins. DNSControl drops an entry without `=` silently; here it is an error, since a
 * value that never arrives makes the config fail further on with a vaguer message.
 *
 * A value may be a CI secret, and so may a whole entry written without its name: a message here
 * names an entry by its position and never quotes it.
 */
/** A name the config can read as a global: a JavaScript identifier (ASCII). */
const NAME = /^[A-Za-z_$][\w$]{0,99}$/;

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export type VariablesResult =
  | { ok: true; vars: Map<string, string> }
  | { ok: false; message: string };

/**
 * Entries `NAME=VALUE` → the variables. `what` names the source in messages: `--var` (the
 * n-th one) or `the vars input` (line n).
 */
export function parseVariables(
  entries: readonly string[],
  what: (index: number) => string,
): VariablesResult {
  const vars = new Map<string, string>();
  for (const [i, entry] of entries.entries()) {
    const eq = entry.indexOf('=');
    if (eq < 0)
      return {
        ok: false,
        message: `${what(i)} must be NAME=VALUE, and has no "=" (its text is not shown: it may be a secret)`,
      };
    const name = entry.slice(0, eq);
    if (!NAME.test(name))
      return {
        ok: false,
        message: `${what(i)}: the NAME before the first "=" must be a JavaScript identifier (letters, digits, _ and $, not starting with a digit, at most 100), as the config reads it as a global (the text is not shown: it may hold a secret)`,
      };
    vars.delete(name); // a later entry wins, and keeps the order it was given in
    vars.set(name, entry.slice(eq + 1));
  }
  return { ok: true, vars };
}

/** `--var` entries of the command line: "the 2nd --var". */
export function cliVariables(entries: readonly string[]): VariablesResult {
  return parseVariables(entries, (i) =>
    entries.length === 1 ? '--var' : `the ${ordinal(i + 1)} --var`,
  );
}
