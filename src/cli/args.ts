/**
 * `zoneguard check` flags, read once into a typed settings object. Every problem is reported
 * with the flag's name and the expected form.
 */
import { parseArgs } from 'node:util';
import { parseMaxRecords } from '../formats/budget.js';
import { parseRdapUrl } from '../live/registry-spec.js';
import type { LiveOptions } from '../live/types.js';
import { isSeverity, type Severity } from '../model/severity.js';
import { FORMAT_IDS, type FormatId } from '../model/zone.js';
import { cliVariables } from '../review/variables.js';
import { parseEvalTimeout } from './eval-timeout.js';
import { LIVE_FLAGS, liveOptionsFromFlags } from './live-flags.js';

export type OutputKind = 'text' | 'markdown' | 'json' | 'sarif';

/** Where a repository's DNS configuration is and how to read it: the flags every command shares. */
export interface ConfigFlags {
  readonly repo: string;
  /** `--path`, repeatable: folders relative to `--repo` ([] = `--repo` itself). */
  readonly paths: readonly string[];
  readonly format: FormatId | 'auto';
  /** DNSControl's dnsconfig.js and creds.json when not where discovery looks. */
  readonly configFile: string | undefined;
  readonly credsFile: string | undefined;
  /** The octoDNS config file when not found by discovery. */
  readonly octodnsConfig: string | undefined;
  /** The folder octodns-sync runs in, relative to `--repo` (default: `--repo`). */
  readonly octodnsCwd: string | undefined;
  /** Terraform: `.tfvars` files, relative to `--repo` (`--tf-var-file`, repeatable). */
  readonly tfVarFiles: readonly string[];
  /** DNSControl's variables, `--var NAME=VALUE` (repeatable); the values may be secrets. */
  readonly vars: ReadonlyMap<string, string>;
}

export interface CheckSettings extends ConfigFlags {
  readonly base: string | undefined;
  readonly head: string | undefined;
  /** Terraform: `terraform show -json` of a plan, a local file (`--terraform-plan`). */
  readonly terraformPlan: string | undefined;
  readonly policy: string | undefined;
  readonly live: boolean;
  /** `--resolver`, `--authoritative`, `--live-deadline`, `--live-in-flight`, `--axfr`. */
  readonly liveOptions: LiveOptions;
  /**
   * The registry over RDAP: off (`--no-rdap`, or `--no-live` without `--rdap`), IANA's
   * bootstrap file, or one base URL for every domain (`--rdap URL`).
   */
  readonly rdap: { readonly on: false } | { readonly on: true; readonly url?: string };
  /** Undefined: text when standard output is a terminal, else Markdown. */
  readonly output: OutputKind | undefined;
  /** `--quiet`: no progress on standard error, even on a terminal. */
  readonly quiet: boolean;
  readonly failOn: Severity | undefined;
  readonly evalTimeoutMs: number | undefined;
  /** `--max-records`: the review's record budget (undefined: 1,000,000; formats/budget.ts). */
  readonly maxRecords: number | undefined;
  /** `--zone`, repeatable: glob patterns of the zones this run reviews ([] = every zone). */
  readonly zones: readonly string[];
}

export const CHECK_HELP = `Usage: zoneguard check [options]

Reviews the DNS config of a git repository: what the change does (base → head), what live
DNS says today, and what could break. Exit 0: pass or warn; 1: block; 2: error.

Options:
  --repo DIR             repository to review (default: the current folder)
  --base REF             previous state: a commit, branch or tag (default: HEAD when
                         reviewing the working tree, else the parent of --head)
  --head REF             proposed state (default: the working tree, uncommitted edits included)
  --path P               folder holding DNS configs, relative to --repo; repeatable. Every
                         configuration under it is reviewed (default: --repo, the root)
  --format F             auto | dnscontrol | octodns | terraform | bind (default: auto)
  --config-file FILE     DNSControl: the dnsconfig.js to review instead of every one found
                         (DNSControl's --config), relative to --repo
  --creds-file FILE      DNSControl: the creds.json to read instead of the one beside each
                         dnsconfig.js (DNSControl's --creds)
  --var NAME=VALUE       DNSControl: a variable for CLI_DEFAULTS (dnscontrol -v); repeatable.
                         Values are masked in every output
  --octodns-config FILE  octoDNS: the config file to review instead of every one found
                         (octodns-sync's --config-file)
  --octodns-cwd DIR      octoDNS: the folder octodns-sync runs in; YamlProvider directories
                         are relative to it (default: --repo, the root)
  --zone PATTERN         review only the zones matching PATTERN (a glob: example.com,
                         *.example.net; several may be given in one value, separated by
                         spaces or commas); repeatable. For a shard of a large repository:
                         see zoneguard targets --help (default: every zone)
  --tf-var-file FILE     Terraform: a .tfvars file read after terraform.tfvars and
                         *.auto.tfvars (terraform plan -var-file), relative to --repo; repeatable
  --terraform-plan FILE  Terraform: the JSON of terraform show -json PLANFILE; its DNS
                         resources' before and after are base and head (exact, where static
                         reading cannot know a value)
  --policy FILE          policy file (default: .zoneguard.yml from the base side)
  --live, --no-live      query live DNS: delegation, DS, authoritative servers (default: --live)
  --resolver IP[:PORT]   recursive resolver for discovery; repeatable (default: /etc/resolv.conf)
  --authoritative ZONE=IP[:PORT],...
                         ask these servers for ZONE, skipping discovery; repeatable
  --live-deadline SECONDS
                         time for the whole live phase, 1-600 (default: 30)
  --live-in-flight N     DNS queries in flight at once to each server, 1-1024 (default: 64)
  --axfr                 also ask each authoritative server for a zone transfer (AXFR over
                         TCP): a complete one makes every record of the zone count for drift,
                         and an open transfer is reported (zone-transfer-open). Default: off
  --rdap URL             ask this RDAP server about every domain instead of the registry
                         IANA's bootstrap file names (a private or test server)
  --no-rdap              do not ask the registry over RDAP (--no-live turns it off too,
                         unless --rdap URL is given)
  --output KIND          text | markdown | json | sarif (default: text on a terminal,
                         else markdown). Text has colour unless NO_COLOR is set
  --fail-on SEVERITY     info | low | medium | high | critical: introduced findings at or
                         above it block (default: high, or the policy's fail-on)
  --eval-timeout SECONDS deadline for evaluating dnsconfig.js (default: 10)
  -q, --quiet            no progress on standard error (shown only when it is a terminal)
  --max-records N        records the review may read, both sides and every zone together
                         (default: 1000000); the input limit grows with it (128 bytes a record)
  -h, --help             show this help
`;

export type ArgsResult =
  | { ok: true; settings: CheckSettings }
  | { ok: false; message: string }
  | { ok: 'help' };

const OUTPUTS: readonly OutputKind[] = ['text', 'markdown', 'json', 'sarif'];

export function parseCheckArgs(argv: readonly string[], cwd: string): ArgsResult {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    return { ok: false, message: (e as Error).message.replace(/\. To specify.*$/s, '') };
  }
  const v = parsed.values;
  if (v.help) return { ok: 'help' };
  if (parsed.positionals.length > 0)
    return { ok: false, message: unexpected(parsed.positionals[0]!) };
  const vars = cliVariables(v.var ?? []);
  if (!vars.ok) return { ok: false, message: vars.message };
  const format = v.format ?? 'auto';
  if (format !== 'auto' && !(FORMAT_IDS as readonly string[]).includes(format))
    return {
      ok: false,
      message: `--format must be auto, ${FORMAT_IDS.join(', ')}; got "${format}"`,
    };
  const output = v.output;
  if (output !== undefined && !(OUTPUTS as readonly string[]).includes(output))
    return {
      ok: false,
      message: `--output must be text, markdown, json or sarif; got "${output}"`,
    };
  if (v['fail-on'] !== undefined && !isSeverity(v['fail-on']))
    return {
      ok: false,
      message: `--fail-on must be info, low, medium, high or critical; got "${v['fail-on']}"`,
    };
  const evalTimeout =
    v['eval-timeout'] === undefined ? undefined : parseEvalTimeout(v['eval-timeout']);
  if (evalTimeout && !evalTimeout.ok) return { ok: false, message: evalTimeout.message };
  const liveOptions = liveOptionsFromFlags(v);
  if (!liveOptions.ok) return { ok: false, message: liveOptions.message };
  const maxRecords = v['max-records'] === undefined ? undefined : parseMaxRecords(v['max-records']);
  if (maxRecords && !maxRecords.ok) return { ok: false, message: maxRecords.message };
  const rdapUrl = v.rdap === undefined ? undefined : parseRdapUrl(v.rdap);
  if (rdapUrl && !rdapUrl.ok) return { ok: false, message: `--rdap: ${rdapUrl.message}` };
  if (rdapUrl && v['no-rdap'])
    return { ok: false, message: '--rdap and --no-rdap exclude each other' };
  const rdap: CheckSettings['rdap'] =
    v['no-rdap'] || (v['no-live'] && !rdapUrl)
      ? { on: false }
      : { on: true, ...(rdapUrl?.ok ? { url: rdapUrl.url } : {}) };
  return {
    ok: true,
    settings: {
      repo: v.repo ?? cwd,
      base: v.base,
      head: v.head,
      paths: v.path ?? [],
      format: format as FormatId | 'auto',
      configFile: v['config-file'],
      credsFile: v['creds-file'],
      octodnsConfig: v['octodns-config'],
      octodnsCwd: v['octodns-cwd'],
      tfVarFiles: v['tf-var-file'] ?? [],
      terraformPlan: v['terraform-plan'],
      policy: v.policy,
      live: !v['no-live'],
      liveOptions: liveOptions.options,
      rdap,
      output: output as OutputKind | undefined,
      quiet: v.quiet === true,
      failOn: v['fail-on'] as Severity | undefined,
      evalTimeoutMs: evalTimeout?.ok ? evalTimeout.value : undefined,
      maxRecords: maxRecords?.ok ? maxRecords.value : undefined,
      vars: vars.vars,
      zones: v.zone ?? [],
    },
  };
}

/**
 * An argument no flag takes. One with `=` is likely a variable missing its `--var` (its value
 * may be a secret), so it is not quoted.
 */
export function unexpected(arg: string, command = 'check'): string {
  return arg.includes('=')
    ? `unexpected argument (a NAME=VALUE without --var? Its text is not shown: it may hold a secret; see zoneguard ${command} --help)`
    : `unexpected argument "${arg}" (see zoneguard ${command} --help)`;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      repo: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      path: { type: 'string', multiple: true },
      format: { type: 'string' },
      'config-file': { type: 'string' },
      'creds-file': { type: 'string' },
      var: { type: 'string', multiple: true },
      'octodns-config': { type: 'string' },
      'octodns-cwd': { type: 'string' },
      zone: { type: 'string', multiple: true },
      'tf-var-file': { type: 'string', multiple: true },
      'terraform-plan': { type: 'string' },
      policy: { type: 'string' },
      live: { type: 'boolean' },
      'no-live': { type: 'boolean' },
      ...LIVE_FLAGS,
      rdap: { type: 'string' },
      'no-rdap': { type: 'boolean' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      'eval-timeout': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      'max-records': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
