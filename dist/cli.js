#!/usr/bin/env node
import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/cli/main.ts
async function main(argv, io) {
  io.stderr(`zoneguard: unknown command ${argv[0] ?? ""}
`);
  return 2;
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env
});
