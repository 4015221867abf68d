#!/usr/bin/env node
import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import "./chunks/chunk-Y6VGXGMD.js";

// src/cli/compile-cache.ts
import { lstatSync, mkdirSync } from "node:fs";
import module from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
function enableCompileCache(env = process.env) {
  const enable = module.enableCompileCache;
  if (!enable) return void 0;
  const folder = compileCacheFolder(env);
  if (folder !== void 0) enable(folder);
  return folder;
}
function compileCacheFolder(env, parent = tmpdir(), uid = process.getuid?.()) {
  if (env["NODE_DISABLE_COMPILE_CACHE"]) return void 0;
  if (env["NODE_COMPILE_CACHE"]) return env["NODE_COMPILE_CACHE"];
  const folder = join(parent, `zoneguard-compile-cache-${uid ?? "user"}`);
  try {
    mkdirSync(folder, { mode: 448 });
  } catch {
  }
  try {
    const found = lstatSync(folder);
    if (!found.isDirectory()) return void 0;
    if (uid !== void 0 && (found.uid !== uid || (found.mode & 63) !== 0)) return void 0;
    return folder;
  } catch {
    return void 0;
  }
}

// src/cli.ts
enableCompileCache();
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(0);
  });
var { main } = await import("./chunks/main-VZY6LLYT.js");
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTerminal: process.stdout.isTTY === true,
  stderrIsTerminal: process.stderr.isTTY === true
});
