#!/usr/bin/env node
import { enableCompileCache } from './cli/compile-cache.js';

// Before the rest is imported: the cache covers what is compiled after it is on.
enableCompileCache();

// A reader that goes away (`zoneguard export … | head`) is not an error: stop quietly, as
// Unix tools do, instead of an unhandled EPIPE. Other write errors keep their default.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });

const { main } = await import('./cli/main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTerminal: process.stdout.isTTY === true,
  stderrIsTerminal: process.stderr.isTTY === true,
});
