import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  reviewAndPrint
} from "./chunk-HNRKUXIZ.js";
import {
  parseCheckArgs
} from "./chunk-WTYQWW2V.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-4BYGSF5S.js";
import "./chunk-UF76ROFU.js";
import "./chunk-FOGY22XO.js";
import "./chunk-RIZ772I3.js";
import "./chunk-QG7UGGD7.js";
import "./chunk-XQKESXWW.js";
import "./chunk-YD2F3FGD.js";
import "./chunk-TMYA7VNJ.js";
import "./chunk-BIWLE6VI.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-6726HYXS.js";
import "./chunk-43NXJOJ3.js";
import "./chunk-NPJJ6ZXY.js";
import "./chunk-KWXGGXOU.js";
import "./chunk-SLAJVB5B.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-SYYWBRKN.js";
import "./chunk-6YSZJKEN.js";
import "./chunk-ZTWXCZHL.js";
import "./chunk-STTGIKZ5.js";
import "./chunk-J7BEQH3Y.js";
import "./chunk-QF3ZHR46.js";
import "./chunk-BW47LDJB.js";
import "./chunk-7BXAX2Z4.js";
import "./chunk-UFWOLI4P.js";
import "./chunk-PW6GGXO2.js";
import "./chunk-UEUQZ7ZE.js";
import "./chunk-NHBBLBWC.js";
import "./chunk-Y6VGXGMD.js";

// src/cli/audit.ts
var AUDIT_HELP = `Usage: zoneguard audit [options]

Audits every zone of the repository at one ref against live DNS: drift made outside git, what
each authoritative server answers, the delegation and DNSSEC. Every finding counts in the
verdict. Exit 0: clean or warnings; 1: findings at or above --fail-on; 2: error.

Options:
  --ref REF              the ref whose zones are audited (default: HEAD)
  --zone PATTERN         audit only the zones matching PATTERN; repeatable (a shard: see
                         zoneguard targets --help)
  --output KIND          text | markdown | json | sarif (default: text on a terminal,
                         else markdown)
  --fail-on SEVERITY     findings at or above it fail the audit (default: high, or the
                         policy's fail-on)
  --repo, --path, --format, --config-file, --creds-file, --var, --octodns-config,
  --octodns-cwd, --policy, --live/--no-live, --resolver, --authoritative, --live-deadline,
  --live-in-flight, --eval-timeout
                         as for zoneguard check (see zoneguard check --help); the policy is
                         read from the audited ref
  -h, --help             show this help
`;
async function auditCommand(argv, io, hooks = {}) {
  const named = argv.find((a) => /^--(base|head)(=|$)/.test(a));
  if (named !== void 0) {
    io.stderr(
      `zoneguard: audit has no ${named.replace(/=.*$/, "")}: it audits one ref, named with --ref (default HEAD)
`
    );
    return 2;
  }
  const translated = [];
  let ref = "HEAD";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--ref" && i + 1 < argv.length) ref = argv[++i];
    else if (a.startsWith("--ref=")) ref = a.slice("--ref=".length);
    else translated.push(a);
  }
  const args = parseCheckArgs([...translated, "--head", ref], io.cwd);
  if (args.ok === "help") {
    io.stdout(AUDIT_HELP);
    return 0;
  }
  if (!args.ok) {
    io.stderr(
      `zoneguard: ${args.message.replace("zoneguard check --help", "zoneguard audit --help")}
`
    );
    return 2;
  }
  return reviewAndPrint(args.settings, io, hooks, true);
}
export {
  AUDIT_HELP,
  auditCommand
};
