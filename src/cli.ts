#!/usr/bin/env node
import module from 'node:module';

// Node ≥ 22.1 keeps the compiled code of dist/ on disk (os.tmpdir()/node-compile-cache, or
// NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so the next start reads it
// instead of compiling again; Node 20 has no such cache. It covers what is imported after it,
// hence the dynamic import. Figures: `npm run bench -- startup`.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./cli/main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
});
