/** The `zoneguard` command line: sub-commands, exit codes 0 pass/warn, 1 block, 2 error. */

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  io.stderr(`zoneguard: unknown command ${argv[0] ?? ''}\n`);
  return 2;
}
