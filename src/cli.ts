#!/usr/bin/env node
import { enableCompileCache } from './cli/compile-cache.js';

// Before the rest is imported: the cache covers what is compiled after it is on.
enableCompileCache();
const { main } = await import('./cli/main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
});
