/**
 * The flags that say where a repository's DNS configuration is and how to read it, shared by
 * the commands that read one side of a repository without reviewing a change (`export`,
 * `targets`): one spelling and one meaning each, as in `zoneguard check`.
 */
import { parseArgs } from 'node:util';
import { FORMAT_IDS, type FormatId } from '../model/zone.js';
import { cliVariables } from '../review/variables.js';
import { type ConfigFlags, unexpected } from './args.js';

export const LOAD_OPTIONS_HELP = `  --repo DIR       repository (default: the current folder)
  --ref REF        git ref to read (default: the working tree)
  --path P         folder holding DNS configs, relative to --repo; repeatable (default: --repo)
  --input F        auto | ${FORMAT_IDS.join(' | ')}: the config's format (default: auto)
  --config-file FILE, --creds-file FILE, --octodns-config FILE, --octodns-cwd DIR,
  --tf-var-file FILE, --var NAME=VALUE
                   as for zoneguard check (values are masked in messages)`;

const LOAD_FLAGS = {
  repo: { type: 'string' },
  ref: { type: 'string' },
  path: { type: 'string', multiple: true },
  input: { type: 'string' },
  'config-file': { type: 'string' },
  'creds-file': { type: 'string' },
  'octodns-config': { type: 'string' },
  'octodns-cwd': { type: 'string' },
  'tf-var-file': { type: 'string', multiple: true },
  var: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** What `loadZoneSet` takes, from the flags (the repository still relative to the caller). */
export interface LoadFlags extends ConfigFlags {
  readonly ref: string | undefined;
}

export type LoadArgs =
  | {
      readonly ok: true;
      readonly help: boolean;
      readonly load: LoadFlags;
      readonly values: Readonly<Record<string, string | string[] | boolean | undefined>>;
    }
  | { readonly ok: false; readonly message: string };

/** Parses the load flags plus `extra` (the command's own), strictly, without positionals. */
export function parseLoadArgs(argv: readonly string[], extra: FlagSpec, command: string): LoadArgs {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    values = parseArgs({ args: [...argv], strict: true, options: { ...LOAD_FLAGS, ...extra } })
      .values as typeof values;
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify.*$/s, '');
    // The argument may be a NAME=VALUE missing its --var: never quoted (see unexpected).
    const stray = /^Unexpected argument '(.*)'\. This command/s.exec(message);
    return { ok: false, message: stray ? unexpected(stray[1]!, command) : message };
  }
  const input = (values['input'] as string | undefined) ?? 'auto';
  if (input !== 'auto' && !(FORMAT_IDS as readonly string[]).includes(input))
    return { ok: false, message: `--input must be auto, ${FORMAT_IDS.join(', ')}; got "${input}"` };
  const vars = cliVariables((values['var'] as string[] | undefined) ?? []);
  if (!vars.ok) return { ok: false, message: vars.message };
  return {
    ok: true,
    help: values['help'] === true,
    values,
    load: {
      repo: (values['repo'] as string | undefined) ?? '.',
      ref: values['ref'] as string | undefined,
      paths: (values['path'] as string[] | undefined) ?? [],
      format: input as FormatId | 'auto',
      configFile: values['config-file'] as string | undefined,
      credsFile: values['creds-file'] as string | undefined,
      octodnsConfig: values['octodns-config'] as string | undefined,
      octodnsCwd: values['octodns-cwd'] as string | undefined,
      tfVarFiles: (values['tf-var-file'] as string[] | undefined) ?? [],
      vars: vars.vars,
    },
  };
}
