/** The `zoneguard` command line: sub-commands, exit codes 0 pass/warn, 1 block, 2 error. */
import type { CliIO } from './io.js';
import { VERSION } from './version.js';

export const MAIN_HELP = `Usage: zoneguard <command> [options]

Commands:
  check      review a DNS-as-code change (base → head, and live DNS); see zoneguard check --help
  audit      review every zone of one ref against live DNS (scheduled); see zoneguard audit --help
  print-ir   print DNSControl's intermediate representation of a dnsconfig.js
  export     write the zones as BIND zone files (a last-good copy for a secondary provider)
  targets    list the zones as a GitHub Actions matrix, to review a large repository in shards
  merge-reports
             join the JSON reports of a sharded review into one review and one verdict

Options:
  -h, --help     show this help (zoneguard COMMAND --help: the command's own)
  -V, --version  print the version

Exit codes: 0 pass or warn, 1 block, 2 error.
`;

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

// Each command's module is loaded when it runs: a start-up compiles only what the command uses
// (dist/ is split into chunks along these imports; see scripts/build.mjs).
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.js')).checkCommand,
  audit: async () => (await import('./audit.js')).auditCommand,
  'print-ir': async () => (await import('./print-ir.js')).printIrCommand,
  export: async () => (await import('./export.js')).exportCommand,
  targets: async () => (await import('./targets.js')).targetsCommand,
  'merge-reports': async () => (await import('./merge-reports.js')).mergeReportsCommand,
};

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  // Asking for help is not an error: bare `zoneguard` too prints it where it is read, exit 0.
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(MAIN_HELP);
    return 0;
  }
  if (name === '-V' || name === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    // The command is not quoted: a mistyped `zoneguard NAME=VALUE` may hold a secret.
    io.stderr(
      `zoneguard: unknown command${/^[a-z][a-z-]{0,30}$/.test(name) ? ` "${name}"` : ''} (commands: ${Object.keys(COMMANDS).join(', ')})\n\n${MAIN_HELP}`,
    );
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    // A bug, not bad input: say so plainly, without a stack trace full of bundle offsets.
    io.stderr(`zoneguard: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
