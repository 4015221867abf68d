/** The `zoneguard` command line: sub-commands, exit codes 0 pass/warn, 1 block, 2 error. */
import { checkCommand } from './check.js';
import { exportCommand } from './export.js';
import type { CliIO } from './io.js';
import { printIrCommand } from './print-ir.js';

export const MAIN_HELP = `Usage: zoneguard <command> [options]

Commands:
  check      review a DNS-as-code change (base → head, and live DNS); see zoneguard check --help
  print-ir   print DNSControl's intermediate representation of a dnsconfig.js
  export     write the zones as BIND zone files (a last-good copy for a secondary provider)

Exit codes: 0 pass or warn, 1 block, 2 error.
`;

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  'print-ir': printIrCommand,
  export: exportCommand,
};

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(
      `zoneguard: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')}; see zoneguard --help)\n`,
    );
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    // A bug, not bad input: say so plainly, without a stack trace full of bundle offsets.
    io.stderr(`zoneguard: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
