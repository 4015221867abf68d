/** The Action's entry point (dist/index.js): everything else is in src/github/main.ts. */
import module from 'node:module';

// Node's compile cache, as in src/cli.ts (the Action runs on Node 24).
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { run } = await import('./github/main.js');

void run();
