/**
 * `zoneguard print-ir FILE [--creds creds.json]`: evaluates a dnsconfig.js in the sandbox and
 * prints DNSControl's IR as JSON (DNSControl's field names). `require` may read files inside the
 * repository that holds FILE (or FILE's folder outside a repository). With `--creds`, provider
 * types written as `-` are filled from creds.json `TYPE`; no other creds value is read out.
 * The config's console.log output and warnings go to stderr. Exit 0, or 2 with one line.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import JSON5 from 'json5';
import { readCreds } from '../formats/dnscontrol/creds.js';
import { evaluateDnsconfigFull, knownValues } from '../formats/dnscontrol/evaluate.js';
import type { DnscontrolIR, IrProvider } from '../formats/dnscontrol/ir.js';
import { formatLocation } from '../model/location.js';
import { cliVariables } from '../review/variables.js';
import { maskKnownValuesDeep } from '../secrets/known-values.js';
import { findRepositoryRoot, openTree } from '../sources/git.js';
import { repoRelativePath } from '../sources/repo-path.js';
import { parseEvalTimeout } from './eval-timeout.js';
import type { CliIO } from './io.js';

export const PRINT_IR_HELP = `Usage: zoneguard print-ir FILE [--creds creds.json] [--var NAME=VALUE] [--eval-timeout SECONDS]

Evaluates a DNSControl dnsconfig.js in ZoneGuard's sandbox and prints its intermediate
representation (the JSON of \`dnscontrol print-ir\`).

Options:
  --creds FILE            fill provider types declared as "-" from creds.json TYPE
  --var NAME=VALUE        a variable for CLI_DEFAULTS (dnscontrol -v); repeatable. Values are
                          masked as [var NAME] in the output
  --eval-timeout SECONDS  deadline for the evaluation (default: 10)
  -h, --help              show this help
`;

function withCredsTypes(ir: DnscontrolIR, types: ReadonlyMap<string, string>): DnscontrolIR {
  const fill = (list: readonly IrProvider[]) =>
    list.map((p) => (p.type === '-' && types.has(p.name) ? { ...p, type: types.get(p.name)! } : p));
  return { ...ir, registrars: fill(ir.registrars), dns_providers: fill(ir.dns_providers) };
}

export async function printIrCommand(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.stderr(`zoneguard print-ir: ${(e as Error).message}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(PRINT_IR_HELP);
    return 0;
  }
  const [fileArg, ...extra] = parsed.positionals;
  if (!fileArg || extra.length) {
    // A stray NAME=VALUE may hold a secret: never quoted (see unexpected).
    io.stderr('zoneguard print-ir: expected exactly one FILE (see zoneguard print-ir --help)\n');
    return 2;
  }
  const vars = cliVariables(parsed.values.var ?? []);
  if (!vars.ok) {
    io.stderr(`zoneguard print-ir: ${vars.message}\n`);
    return 2;
  }
  const raw = parsed.values['eval-timeout'];
  const timeout = raw === undefined ? undefined : parseEvalTimeout(raw);
  if (timeout && !timeout.ok) {
    io.stderr(`zoneguard print-ir: ${timeout.message}\n`);
    return 2;
  }
  const file = resolve(io.cwd, fileArg);
  const root = (await findRepositoryRoot(dirname(file))) ?? dirname(file);
  const rel = repoRelativePath(root, file);
  if (!rel.ok) {
    io.stderr(`zoneguard print-ir: ${fileArg} is outside ${root}\n`);
    return 2;
  }
  const tree = await openTree(root, undefined);
  const result = await evaluateDnsconfigFull(tree, rel.path, {
    ...(timeout === undefined ? {} : { evalTimeoutMs: timeout.value }),
    ...(vars.vars.size > 0 ? { vars: vars.vars } : {}),
  });
  if (!result.ok) {
    const first = result.errors[0]!;
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
    io.stderr(`zoneguard print-ir: ${formatLocation(first.location)}: ${first.message}${more}\n`);
    return 2;
  }
  let ir = result.value.ir;
  if (parsed.values.creds !== undefined) {
    const credsPath = resolve(io.cwd, parsed.values.creds);
    let text: string;
    try {
      text = await readFile(credsPath, 'utf8');
    } catch {
      io.stderr(`zoneguard print-ir: cannot read ${parsed.values.creds}\n`);
      return 2;
    }
    const creds = readCreds(text, parsed.values.creds, JSON5.parse);
    if (creds.errors.length) {
      io.stderr(
        `zoneguard print-ir: ${formatLocation(creds.errors[0]!.location)}: ${creds.errors[0]!.message}\n`,
      );
      return 2;
    }
    ir = withCredsTypes(ir, creds.types);
  }
  for (const line of result.value.log) io.stderr(`${line}\n`);
  for (const w of result.warnings ?? [])
    io.stderr(`warning: ${formatLocation(w.location)}: ${w.message}\n`);
  io.stdout(`${JSON.stringify(maskKnownValuesDeep(ir, knownValues(vars.vars)), null, 2)}\n`);
  return 0;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      creds: { type: 'string' },
      var: { type: 'string', multiple: true },
      'eval-timeout': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
