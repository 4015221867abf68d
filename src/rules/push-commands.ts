/**
 * The DNS pushes a shell script runs: `dnscontrol push` (also through a container image such
 * as `ghcr.io/stackexchange/dnscontrol:4.18.0 push`), `octodns-sync --doit`, `terraform apply`,
 * with the flags that limit what they push. Read by words, not by substring, so
 * `dnscontrol preview && git push` is a preview, and a comment or an `echo` names no push.
 *
 * What limits a push, from the tools' own sources:
 * - DNSControl (`commands/commands.go`, `ppreviewPush.go`): `--providers a,b` (default: every
 *   provider not marked `_exclude_from_defaults` in creds.json; `all`: every one), `--domains`
 *   (comma list), `--config`, `--creds`. The registrar of each zone pushed is run too, whatever
 *   `--providers` says, unless it has the name of one of the DNS providers being pushed (then
 *   DNSControl prints it as skipped).
 * - octoDNS `octodns-sync` (`octodns/cmds/sync.py`): `--doit` (else a dry run), `--config-file`,
 *   `--target` (repeatable), zone names as positional arguments, `--source`.
 * - Terraform: `apply` (`plan` only reads). Which resources an apply reaches is the Terraform
 *   format's to say (an extension point: the rules treat it as every provider of the config).
 */

export type PushTool = 'dnscontrol' | 'octodns' | 'terraform';

export interface PushCommand {
  readonly tool: PushTool;
  /**
   * `--providers` (DNSControl) or every `--target` (octoDNS); undefined when not given (the
   * tool's default set), `all` for DNSControl's `--providers all` (also the providers creds.json
   * excludes from the default).
   */
  readonly providers?: readonly string[] | 'all';
  /**
   * `--domains` or octoDNS positional zone names, lower-cased without the trailing dot;
   * undefined when not limited.
   */
  readonly zones?: readonly string[];
  /** `--config` / `--config-file`, as written. */
  readonly config?: string;
  /** Line of the command within the script, 1-based. */
  readonly line: number;
}

const DNSCONTROL_PUSH = new Set(['push', 'ppush']);
const DNSCONTROL_COMMANDS = new Set([
  ...DNSCONTROL_PUSH,
  'preview',
  'ppreview',
  'check',
  'print-ir',
  'get-zones',
  'get-zone',
  'get-certs',
  'check-creds',
  'create-domains',
  'fmt',
  'write-types',
  'version',
  'help',
]);

/** `octodns-sync` options that take a value (everything else is a switch or a zone name). */
const OCTODNS_VALUE_FLAGS = new Set(['--config-file', '--source', '--target', '--checksum']);

/** Every push in a `run:` script. */
export function pushCommands(script: string): PushCommand[] {
  const out: PushCommand[] = [];
  for (const { text, line } of logicalLines(script))
    for (const words of simpleCommands(text)) {
      const cmd = pushOf(words, line);
      if (cmd) out.push(cmd);
    }
  return out;
}

/** A DNSControl invocation's arguments (the DNSControl action's `args`/`cmdargs`). */
export function dnscontrolArgsPush(args: string, line: number): PushCommand | undefined {
  return dnscontrolPush(words(args), line);
}

function pushOf(ws: readonly string[], line: number): PushCommand | undefined {
  for (let i = 0; i < ws.length; i++) {
    const name = programName(ws[i]!);
    if (name === 'dnscontrol') return dnscontrolPush(ws.slice(i + 1), line);
    if (name === 'octodns-sync') return octodnsPush(ws.slice(i + 1), line);
    if (name === 'terraform' || name === 'tofu')
      return ws.slice(i + 1).find((w) => !w.startsWith('-')) === 'apply'
        ? { tool: 'terraform', line }
        : undefined;
  }
  return undefined;
}

/** `dnscontrol`, `./dnscontrol`, `/usr/bin/dnscontrol`, `ghcr.io/stackexchange/dnscontrol:4.18.0`. */
function programName(word: string): string {
  const base = word.slice(word.lastIndexOf('/') + 1);
  const colon = base.indexOf(':');
  return colon > 0 ? base.slice(0, colon) : base;
}

function dnscontrolPush(args: readonly string[], line: number): PushCommand | undefined {
  const sub = args.find((w) => DNSCONTROL_COMMANDS.has(w));
  if (!sub || !DNSCONTROL_PUSH.has(sub)) return undefined;
  const providers = flagValue(args, 'providers');
  const domains = flagValue(args, 'domains');
  const config = flagValue(args, 'config');
  return {
    tool: 'dnscontrol',
    ...(providers !== undefined
      ? { providers: providers === 'all' ? ('all' as const) : list(providers) }
      : {}),
    ...(domains !== undefined ? { zones: list(domains).map(zoneName) } : {}),
    ...(config !== undefined ? { config } : {}),
    line,
  };
}

function octodnsPush(args: readonly string[], line: number): PushCommand | undefined {
  if (!args.includes('--doit')) return undefined;
  const targets: string[] = [];
  const zones: string[] = [];
  let config: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const eq = w.indexOf('=');
    const flag = w.startsWith('--') && eq > 0 ? w.slice(0, eq) : w;
    if (OCTODNS_VALUE_FLAGS.has(flag)) {
      const value = eq > 0 && flag !== w ? w.slice(eq + 1) : args[++i];
      if (value === undefined) break;
      if (flag === '--target') targets.push(value);
      if (flag === '--config-file') config = value;
      continue;
    }
    if (!w.startsWith('-')) zones.push(w);
  }
  return {
    tool: 'octodns',
    ...(targets.length ? { providers: targets } : {}),
    ...(zones.length ? { zones: zones.map(zoneName) } : {}),
    ...(config !== undefined ? { config } : {}),
    line,
  };
}

/** `--name v`, `--name=v`, `-name v`, `-name=v` (urfave/cli accepts one or two dashes). */
function flagValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    for (const prefix of [`--${name}`, `-${name}`]) {
      if (w === prefix) return args[i + 1];
      if (w.startsWith(`${prefix}=`)) return w.slice(prefix.length + 1);
    }
  }
  return undefined;
}

function zoneName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Lines with backslash continuations joined, comments dropped, each with its first line. */
function logicalLines(script: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const lines = script.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = lines[i]!;
    while (text.endsWith('\\') && i + 1 < lines.length) text = `${text.slice(0, -1)} ${lines[++i]}`;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    out.push({ text, line: start + 1 });
  }
  return out;
}

/** The simple commands of one line: split at `;`, `&&`, `||`, `|`, `&`, then into words. */
function simpleCommands(text: string): string[][] {
  const noComment = text.replace(/(^|\s)#.*$/, '$1');
  return noComment
    .split(/&&|\|\||[;|&]/)
    .map(words)
    .filter((ws) => ws.length > 0 && !['echo', 'printf'].includes(ws[0]!));
}

/** Shell-like words: quotes removed, redirections and `$(`/backticks treated as breaks. */
function words(text: string): string[] {
  return text
    .replace(/[`()]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^["']|["']$/g, ''))
    .filter((w) => w !== '' && !/^\d?>/.test(w));
}
