/**
 * Reads each `dnsconfig.js` under the path (evaluated in the sandbox) and the `creds.json`
 * beside it. Imported by the format when a load runs, so a repository of another format never
 * compiles the sandbox host or JSON5 (start-up time, issue 15).
 */
import { posix } from 'node:path';
import JSON5 from 'json5';
import { type Diagnostic, fail, ok, type Result } from '../../model/location.js';
import type { CredentialInfo, Zone } from '../../model/zone.js';
import { isUnder, resolveRepoPath } from '../../sources/repo-path.js';
import { SourceError, type SourceTree } from '../../sources/types.js';
import { budgetMessage, InputBudget } from '../budget.js';
import type { Memo } from '../side-memo.js';
import type { FormatLoadOptions, LoadedZones } from '../types.js';
import { defaultCredsFile, readCreds } from './creds.js';
import { evaluateDnsconfigFull, knownValues, maskDiagnostic } from './evaluate.js';
import { CONFIG, findDnsconfigs } from './files.js';
import { SandboxAhead, sandboxMemoryBytes } from './sandbox.js';
import { irToZones } from './to-model.js';

/** DNSControl's BIND provider writes here when creds.json gives no `directory`. */
const BIND_DEFAULT_DIRECTORY = 'zones';

function outside(skip: readonly string[] | undefined): (f: string) => boolean {
  return (f) => !(skip ?? []).some((dir) => isUnder(f, dir));
}

/** Where a review's side memo keeps its sandbox started ahead. */
const AHEAD_KEY = 'dnscontrol sandbox ahead';

/**
 * The review's sandbox started ahead (sandbox.ts), one for both sides: its first evaluation
 * starts one for the next. A load without a memo (one side: export, history) starts none.
 */
function sandboxAhead(memo: Memo | undefined): SandboxAhead | undefined {
  if (!memo) return undefined;
  const ahead = (memo.take(AHEAD_KEY) as SandboxAhead | undefined) ?? new SandboxAhead();
  memo.keep(AHEAD_KEY, ahead);
  return ahead;
}

/** One dnsconfig.js and its creds.json: the zones, and where its BIND providers write. */
async function loadConfig(
  tree: SourceTree,
  file: string,
  options: FormatLoadOptions,
): Promise<Result<LoadedZones>> {
  const ahead = sandboxAhead(options.memo);
  const evaluated = await evaluateDnsconfigFull(tree, file, {
    ...(ahead ? { ahead } : {}),
    ...(options.memo ? { memo: options.memo } : {}),
    ...(tree.readsAheadOf ? { next: tree.readsAheadOf } : {}),
    ...(options.vars !== undefined ? { vars: options.vars } : {}),
    ...(options.evalTimeoutMs !== undefined ? { evalTimeoutMs: options.evalTimeoutMs } : {}),
    // The sandbox's memory cap follows a raised budget, as the other formats' caps do.
    evalMemoryBytes:
      options.evalMemoryBytes ?? sandboxMemoryBytes((options.budget ?? new InputBudget()).limits),
  });
  if (!evaluated.ok) return evaluated;
  const credsFile = options.creds ?? defaultCredsFile(file);
  let credsText: string | undefined;
  try {
    credsText = await tree.readText(credsFile);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
  }
  if (credsText === undefined && options.creds !== undefined)
    return fail({
      level: 'error',
      message: `the creds file ${credsFile} does not exist`,
      location: { file: credsFile },
    });
  const creds = credsText === undefined ? undefined : readCreds(credsText, credsFile, JSON5.parse);
  const model = irToZones(evaluated.value.ir, file, creds?.types ?? new Map());
  const masked = knownValues(options.vars);
  const errors: Diagnostic[] = [
    ...model.errors.map((e) => maskDiagnostic(e, masked)),
    ...(creds?.errors ?? []),
  ];
  if (errors.length) return { ok: false, errors };
  const overBudget = chargeRecords(model.zones, file, options.budget);
  if (overBudget) return fail(overBudget);
  // DNSControl runs where dnsconfig.js is (its default --config), and its BIND provider writes
  // `<directory>/<zone>.zone` relative to that folder: those files are this config's output.
  const outputs = new Set<string>();
  for (const zone of model.zones)
    for (const p of zone.providers)
      if (p.type === 'BIND') {
        const dir = creds?.bindDirectories.get(p.name) ?? BIND_DEFAULT_DIRECTORY;
        const resolved = resolveRepoPath(dir, posix.dirname(file).replace(/^\.$/, ''));
        if (resolved.ok) outputs.add(resolved.path);
      }
  const zones: Zone[] = model.zones.map((z) => ({ ...z, config: file }));
  return ok(
    {
      zones,
      credentials: creds?.credentials ?? [],
      files: [...evaluated.value.files, ...(credsText === undefined ? [] : [credsFile])],
      ...(evaluated.value.log.length ? { log: evaluated.value.log } : {}),
      ...(outputs.size ? { outputs: [...outputs].sort() } : {}),
    },
    evaluated.warnings,
  );
}

/**
 * Charges the records the evaluation made (each value one) to the review's input budget, as
 * every format does (formats/budget.ts); the error is at the first record past it. The
 * sandbox's caps bound one evaluation, the budget the review: both sides, every config.
 */
function chargeRecords(
  zones: readonly Zone[],
  file: string,
  budget: InputBudget | undefined,
): Diagnostic | undefined {
  const meter = (budget ?? new InputBudget()).meter();
  for (const zone of zones)
    for (const rrset of zone.rrsets)
      for (let i = 0; i < Math.max(1, rrset.values.length); i++)
        if (!meter.record()) {
          const location = rrset.location ?? zone.location ?? { file };
          return {
            level: 'error',
            message: budgetMessage('records', meter.limits, location.file),
            location,
            code: 'dnscontrol/budget',
          };
        }
  return undefined;
}

export async function loadDnscontrol(
  tree: SourceTree,
  options: FormatLoadOptions,
): Promise<Result<LoadedZones>> {
  const configs =
    options.config !== undefined
      ? [options.config]
      : findDnsconfigs(await tree.listFiles(), options.path).filter(outside(options.skip));
  if (configs.length === 0)
    return fail({
      level: 'error',
      message: `no ${CONFIG} under ${options.path || 'the repository root'}`,
      location: { file: options.path || '.' },
    });
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const zones: Zone[] = [];
  const credentials = new Map<string, CredentialInfo>();
  const files = new Set<string>();
  const log: string[] = [];
  const outputs = new Set<string>();
  for (const file of configs) {
    const loaded = await loadConfig(tree, file, options);
    if (!loaded.ok) {
      errors.push(...loaded.errors);
      continue;
    }
    warnings.push(...(loaded.warnings ?? []));
    zones.push(...loaded.value.zones);
    // Two configs sharing one creds file (--creds-file) list its providers once.
    for (const c of loaded.value.credentials)
      credentials.set(`${c.location.file} ${c.provider}`, c);
    for (const f of loaded.value.files) files.add(f);
    log.push(...(loaded.value.log ?? []));
    for (const o of loaded.value.outputs ?? []) outputs.add(o);
  }
  if (errors.length) return { ok: false, errors };
  return ok(
    {
      zones,
      credentials: [...credentials.values()],
      files: [...files],
      ...(log.length ? { log } : {}),
      ...(outputs.size ? { outputs: [...outputs].sort() } : {}),
    },
    warnings,
  );
}
