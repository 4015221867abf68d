import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import "./chunk-Y6VGXGMD.js";

// src/cli/version.ts
var VERSION = "0.1.0";

// src/cli/main.ts
var MAIN_HELP = `Usage: zoneguard <command> [options]

Commands:
  check      review a DNS-as-code change (base \u2192 head, and live DNS); see zoneguard check --help
  audit      review every zone of one ref against live DNS (scheduled); see zoneguard audit --help
  print-ir   print DNSControl's intermediate representation of a dnsconfig.js
  export     write the zones as BIND zone files (a last-good copy for a secondary provider)
  targets    list the zones as a GitHub Actions matrix, to review a large repository in shards
  merge-reports
             join the JSON reports of a sharded review into one review and one verdict

Options:
  -h, --help     show this help (zoneguard COMMAND --help: the command's own)
  -V, --version  print the version

Exit codes: 0 pass or warn, 1 block, 2 error.
`;
var COMMANDS = {
  check: async () => (await import("./check-6DGSS2RG.js")).checkCommand,
  audit: async () => (await import("./audit-HH4MZ2HX.js")).auditCommand,
  "print-ir": async () => (await import("./print-ir-7DF7XCQ3.js")).printIrCommand,
  export: async () => (await import("./export-CVRZVSME.js")).exportCommand,
  targets: async () => (await import("./targets-EBIZGMNR.js")).targetsCommand,
  "merge-reports": async () => (await import("./merge-reports-G4LLEVNL.js")).mergeReportsCommand
};
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help") {
    io.stdout(MAIN_HELP);
    return 0;
  }
  if (name === "-V" || name === "--version") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!load) {
    io.stderr(
      `zoneguard: unknown command${/^[a-z][a-z-]{0,30}$/.test(name) ? ` "${name}"` : ""} (commands: ${Object.keys(COMMANDS).join(", ")})

${MAIN_HELP}`
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
