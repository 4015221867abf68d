/**
 * The prelude: DNSControl's configuration language as JavaScript the sandbox evaluates before
 * `dnsconfig.js`. Its source is `sandbox-prelude.js`, a real script file the linter checks; it
 * is imported here as text (esbuild inlines it in the bundle; Jest's `text-asset` transform does
 * the same in tests) because the prelude must run inside the sandbox, never in the host.
 */
import PRELUDE_SOURCE from './sandbox-prelude.js' with { type: 'text' };

/**
 * The name the prelude is evaluated under. Stack frames with this name are the prelude's own and
 * are skipped when locating a record or an error in the config; `sandbox-prelude.js` writes the
 * same name as a literal for its own frames (a test checks the two agree).
 */
export const PRELUDE_FILE = 'zoneguard-prelude.js';

export const PRELUDE: string = PRELUDE_SOURCE;
