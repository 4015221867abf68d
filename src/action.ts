/** The Action's entry point (dist/index.js): everything else is in src/github/main.ts. */
import { run } from './github/main.js';

void run();
