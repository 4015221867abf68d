import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import "./chunk-Y6VGXGMD.js";

// src/cli/main.ts
var MAIN_HELP = `Usage: zoneguard <command> [options]

Commands:
  check      review a DNS-as-code change (base \u2192 head, and live DNS); see zoneguard check --help
  print-ir   print DNSControl's intermediate representation of a dnsconfig.js
  export     write the zones as BIND zone files (a last-good copy for a secondary provider)
  targets    list the zones as a GitHub Actions matrix, to review a large repository in shards
  merge-reports
             join the JSON reports of a sharded review into one review and one verdict

Exit codes: 0 pass or warn, 1 block, 2 error.
`;
var COMMANDS = {
  check: async () => (await import("./check-PCBOUUF5.js")).checkCommand,
  "print-ir": async () => (await import("./print-ir-2KT4U2PE.js")).printIrCommand,
  export: async () => (await import("./export-GZWPTSUD.js")).exportCommand,
  targets: async () => (await import("./targets-2FW556XI.js")).targetsCommand,
  "merge-reports": async () => (await import("./merge-reports-6T4PXNMJ.js")).mergeReportsCommand
};
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help") {
    io.stdout(MAIN_HELP);
    return name === void 0 ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!load) {
    io.stderr(
      `zoneguard: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")}; see zoneguard --help)
`
    );
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    io.stderr(`zoneguard: internal error: ${e instanceof Error ? e.message : String(e)}
`);
    return 2;
  }
}
export {
  MAIN_HELP,
  main
};
