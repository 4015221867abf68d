/**
 * `zoneguard audit`: every zone of one ref (the default branch, on a schedule) against the
 * world, not only those a pull request touches: live drift, the servers' answers, delegation
 * and DNSSEC facts. There is no change, so every finding counts in the verdict; the exit code
 * is as for `check`. The flags are check's, with `--ref` in place of `--base` and `--head`.
 */
import type { ReviewHooks } from '../review/review.js';
import { parseCheckArgs } from './args.js';
import { reviewAndPrint } from './check.js';
import type { CliIO } from './io.js';

export const AUDIT_HELP = `Usage: zoneguard audit [options]

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

export async function auditCommand(
  argv: readonly string[],
  io: CliIO,
  hooks: ReviewHooks = {},
): Promise<number> {
  const named = argv.find((a) => /^--(base|head)(=|$)/.test(a));
  if (named !== undefined) {
    io.stderr(
      `zoneguard: audit has no ${named.replace(/=.*$/, '')}: it audits one ref, named with --ref (default HEAD)\n`,
    );
    return 2;
  }
  // --ref REF is check's --head REF: the side whose zones are read.
  const translated: string[] = [];
  let ref = 'HEAD';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--ref' && i + 1 < argv.length) ref = argv[++i]!;
    else if (a.startsWith('--ref=')) ref = a.slice('--ref='.length);
    else translated.push(a);
  }
  const args = parseCheckArgs([...translated, '--head', ref], io.cwd);
  if (args.ok === 'help') {
    io.stdout(AUDIT_HELP);
    return 0;
  }
  if (!args.ok) {
    io.stderr(
      `zoneguard: ${args.message.replace('zoneguard check --help', 'zoneguard audit --help')}\n`,
    );
    return 2;
  }
  return reviewAndPrint(args.settings, io, hooks, true);
}
